"""Demo data: what ``postdesk demo`` seeds so that every page has something to show."""
