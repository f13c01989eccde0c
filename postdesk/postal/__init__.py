"""Postal and legal rules without any UI or storage: identifiers, requisites, mail classes, tariffs."""
