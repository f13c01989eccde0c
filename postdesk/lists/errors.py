"""Why a list file cannot be read at all (as opposed to findings about its rows)."""

from __future__ import annotations

from postdesk.common.errors import UserError


class ListUnreadable(UserError):
    """The file is not a list we can read safely; nothing was stored. The message says why."""
