"""The ``postdesk`` command line: the GUI by default, plus administrative and scripting commands."""
