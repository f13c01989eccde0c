"""Tariffs without UI or storage: versioned tariff files, their loader and the pricing engine.

Money is integer kopecks everywhere outside the file format; the shipped tables are samples
that an administrator replaces with the current official ones.
"""
