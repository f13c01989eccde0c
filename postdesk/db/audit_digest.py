"""The hash of one audit entry: what links it to the previous one in the chain.

Kept apart from the models so that the migration which linked the existing entries uses
exactly this definition without importing any model.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

HASHED_FIELDS = (
    "user_id",
    "user_login",
    "workstation",
    "action",
    "object_type",
    "object_id",
    "before",
    "after",
)


def _timestamp(at: dt.datetime) -> str:
    at = at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)
    return at.isoformat(timespec="microseconds")


def entry_digest(prev_hash: str, at: dt.datetime, fields: Mapping[str, Any]) -> str:
    """SHA-256 of the previous hash, the time and every recorded field in a canonical form."""
    payload = [prev_hash, _timestamp(at), *[fields.get(name) for name in HASHED_FIELDS]]
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
