"""Reaching clients outside the counter: e-mail with a stored copy of every message."""
