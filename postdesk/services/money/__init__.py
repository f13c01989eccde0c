"""Money under contracts: the ledger, payments, acceptance checks, debtors and reminders."""
