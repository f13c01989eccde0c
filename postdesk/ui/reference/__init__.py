"""The Reference page (tariffs, delivery times, schedule, forms, organisations, documents) and the
office set-up section of the Settings page."""
