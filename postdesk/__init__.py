"""postdesk: the corporate-client counter workstation of a post office."""

__version__ = "0.1.0"
