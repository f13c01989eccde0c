"""Accounts in the GUI: the administrator's account list, sign-out and the idle lock."""
