"""The parts of a letter, as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Letterhead:
    office_name: str
    address: str = ""
    contacts: str = ""
    higher_organisation: str = ""  # printed small above the office name when set
    requisites: str = ""  # INN, KPP, OGRN, bank: printed small under the contacts
    logo_file: str = ""  # a PNG or JPEG drawn above the office name; skipped when unreadable


@dataclass(frozen=True)
class Addressee:
    name: str
    address: str = ""
    email: str = ""


@dataclass(frozen=True)
class Letter:
    letterhead: Letterhead
    addressee: Addressee
    date: dt.date
    number: str
    subject: str
    paragraphs: tuple[str, ...]
    signature: str = ""
    in_reply_to: str = ""  # "on your No ... of ..."
