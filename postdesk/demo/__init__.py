"""Demo data for ``postdesk demo``: each area seeds its part through one function."""
