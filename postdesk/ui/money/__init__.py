"""Screens for money under contracts: the verdict at the counter, payments, debtors and letters."""
