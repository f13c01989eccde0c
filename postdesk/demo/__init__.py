"""Demo data for ``postdesk demo``, one module per area, each exposing one seeding function."""
