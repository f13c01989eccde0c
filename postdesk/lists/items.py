"""The one normalised item every reader's rows become: grams, kopecks, codes of the online service."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from postdesk.postal.mailclasses import MailCategory, MailRank, MailType, NoticeKind


@dataclass(slots=True)
class ListItem:
    source_row: int  # the row number the client sees in their file
    seq: int  # position among the list's data rows, from 1
    barcode: str | None = None  # ШПИ or S10, upper case, no spaces; None: the list gives none
    client_ref: str = ""
    recipient_name: str = ""
    address: str = ""
    address_parts: dict[str, str] | None = None
    postcode: str = ""
    phone: str = ""
    mail_type: MailType | None = None  # None: the row does not say (the list's title may)
    mail_category: MailCategory | None = None
    mail_rank: MailRank = MailRank.WO_RANK
    declared_mass_g: int | None = None  # as the list states it (the weighed and priced masses come later)
    declared_value_kop: int = 0
    cod_kop: int = 0
    listed_fee_kop: int | None = None  # the fee the list states (our price is the charge)
    notice: NoticeKind = NoticeKind.NONE
    inventory: bool = False
    fragile: bool = False
    sms: bool = False
    length_mm: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None
    has_error: bool = False
    key_cache: str = ""

    @property
    def recipient_key(self) -> str:
        """Same recipient, address and weight: what a repeated item looks like without an identifier."""
        if not self.key_cache:
            self.key_cache = recipient_key(
                self.recipient_name, self.postcode, self.address, self.declared_mass_g
            )
        return self.key_cache


def recipient_key(recipient: str, postcode: str, address: str, mass_g: int | None) -> str:
    text = (
        f"{recipient.casefold().replace('ё', 'е')}|{postcode}|{address.casefold().replace('ё', 'е')}|{mass_g}"
    )
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def fill_recipient_keys(items: list[ListItem]) -> None:
    """Every item's :attr:`ListItem.recipient_key` at once, the same as one by one.

    The chunk's texts are case-folded, joined and encoded as one text each (a few C calls
    instead of several per item); a text holding a line break would split wrongly, so such a
    chunk is keyed item by item.
    """
    names = _folded(list(map(attrgetter("recipient_name"), items)))
    addresses = _folded(list(map(attrgetter("address"), items)))
    texts = None
    if names is not None and addresses is not None:
        postcodes = map(attrgetter("postcode"), items)
        masses = map(attrgetter("declared_mass_g"), items)
        joined = "\n".join(map("{}|{}|{}|{}".format, names, postcodes, addresses, masses))
        if joined.count("\n") == len(items) - 1:
            texts = joined.encode("utf-8").split(b"\n")
    if texts is None:
        for item in items:
            item.key_cache = recipient_key(
                item.recipient_name, item.postcode, item.address, item.declared_mass_g
            )
        return
    blake2b = hashlib.blake2b
    for item, text in zip(items, texts, strict=True):
        item.key_cache = blake2b(text, digest_size=12).hexdigest()


def _folded(texts: list[str]) -> list[str] | None:
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a line break inside a text (or no texts)
        return None
    return joined.casefold().replace("ё", "е").split("\n")


@dataclass
class ListInfo:
    """What is known about the list as a whole."""

    path: str
    format: str
    encoding: str | None
    sheet: str | None
    sheet_names: list[str]
    header_row: int | None  # as the client sees it; None when the format names its fields itself
    headers: list[str]
    first_column: int = 0
    number: str = ""
    date: dt.date | None = None
    sha256: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Totals:
    items: int = 0
    mass_g: int = 0
    declared_value_kop: int = 0
    cod_kop: int = 0

    def to_json(self) -> dict[str, int]:
        return {
            "items": self.items,
            "mass_g": self.mass_g,
            "declared_value": self.declared_value_kop,
            "cod": self.cod_kop,
        }
