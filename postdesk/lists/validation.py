"""Rules every row and the whole list must satisfy; an error blocks the row, a warning does not.

The core knows nothing about the database: duplicates against items already handed in are
found through a :data:`StoredLookup` the service passes in, and fees are compared with our
tariff through a :data:`FeeOf` callable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from postdesk.common.money import rubles
from postdesk.lists.fields import Field
from postdesk.lists.findings import Finding, Severity, message
from postdesk.lists.items import ListItem
from postdesk.postal.identifiers import is_valid_rpo, is_valid_s10
from postdesk.postal.mail_kinds import categories_text, category_title, is_provided, kind_title, type_title
from postdesk.postal.mailclasses import MAIL_TYPES, MailCategory, MailType

_S10_SHAPE = re.compile(r"^[A-Z]{2}\d{9}[A-Z]{2}$")
_VALUED = frozenset({MailCategory.WITH_DECLARED_VALUE, MailCategory.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY})
_LIMITS: dict[MailType | None, int] = {t: info.max_mass_g for t, info in MAIL_TYPES.items()}
_UNSEEN = ("", ())  # a pair of type and category not judged yet


@dataclass(frozen=True)
class StoredMatches:
    """Identifiers and recipient keys already handed in, each with a description of where."""

    barcodes: dict[str, str] = field(default_factory=dict)
    recipients: dict[str, str] = field(default_factory=dict)


StoredLookup = Callable[[Collection[str], Collection[str]], StoredMatches]
# The fees that would be right for an item (the first one is shown), or None when it cannot be priced.
FeeOf = Callable[[ListItem], tuple[int, ...] | None]
# Whether the tariff in force has a price for a mail type and category.
HasRate = Callable[[MailType, MailCategory], bool]
# A finding's code and message arguments, or None: what a pair of type and category gets.
_Verdict = tuple[str, tuple[str, ...]] | None


class RowValidator:
    """Checks one item at a time and remembers what it has seen, for duplicates within the list."""

    def __init__(
        self,
        column_name: Callable[[Field], str],
        columns: dict[Field, int],
        fee_of: FeeOf | None = None,
        *,
        has_rate: HasRate | None = None,
        kind_known: bool = True,
    ) -> None:
        self._name = column_name
        self._kind_known = kind_known  # False: one list-level warning instead of one error per row
        self._columns = columns
        self._fee_of = fee_of
        self._has_rate = has_rate
        self._barcodes: dict[str, int] = {}
        self._kind_verdicts: dict[tuple[MailType, MailCategory], _Verdict] = {}
        self._recipients: dict[str, int] = {}
        self.has_barcode_column = Field.BARCODE in columns or Field.RECIPIENT_AND_BARCODE in columns
        self._barcode_field = (
            Field.RECIPIENT_AND_BARCODE if Field.RECIPIENT_AND_BARCODE in columns else Field.BARCODE
        )
        self._recipient_field = (
            Field.RECIPIENT_AND_BARCODE if Field.RECIPIENT_AND_BARCODE in columns else Field.RECIPIENT
        )

    def _finding(
        self, item: ListItem, field_: Field | None, code: str, severity: Severity, *args: object
    ) -> Finding:
        column = self._name(field_) if field_ is not None else ""
        index = self._columns.get(field_) if field_ is not None else None
        return Finding(item.source_row, column, code, severity, message(code, *args), index)

    def _reported(self, field_: Field, out: list[Finding]) -> bool:
        """A cell that could not be read already has its finding (``out`` holds this row's only)."""
        index = self._columns.get(field_)
        return index is not None and any(f.column_index == index for f in out)

    def check(self, item: ListItem, out: list[Finding]) -> None:
        """Append this row's findings to ``out``, which holds the row's reading findings so far."""
        error, warning = Severity.ERROR, Severity.WARNING
        if not item.recipient_name:
            out.append(self._finding(item, self._recipient_field, "missing_recipient", error))
        if not item.address:
            out.append(self._finding(item, Field.ADDRESS, "missing_address", error))
        postcode = item.postcode
        if not postcode:
            out.append(self._finding(item, Field.POSTCODE, "missing_postcode", error))
        elif len(postcode) != 6 or not postcode.isdigit() or not postcode.isascii():
            out.append(self._finding(item, Field.POSTCODE, "bad_postcode", error, postcode))
        elif postcode[0] not in "123456":
            out.append(self._finding(item, Field.POSTCODE, "unusual_postcode", warning, postcode))
        self._check_barcode(item, out)
        if item.mail_type is not None and item.mail_category is not None:
            verdict = self._kind_verdicts.get((item.mail_type, item.mail_category), _UNSEEN)
            if verdict is not None:  # the verdict is the pair's: most rows find it and move on
                self._check_kind(item, out, item.mail_type, item.mail_category)
        self._check_mass(item, out)
        if item.declared_value_kop or item.cod_kop or item.inventory:  # all zero: nothing to check
            self._check_money(item, out)
        if item.recipient_name and item.declared_mass_g is not None:
            self._check_duplicate_recipient(item, out)
        if self._fee_of is not None and item.listed_fee_kop is not None:
            expected = self._fee_of(item)
            if expected and item.listed_fee_kop not in expected:
                out.append(
                    self._finding(
                        item,
                        Field.FEE,
                        "fee_mismatch",
                        warning,
                        rubles(item.listed_fee_kop),
                        rubles(expected[0]),
                    )
                )

    def _check_barcode(self, item: ListItem, out: list[Finding]) -> None:
        code = item.barcode
        column = self._barcode_field
        if not code:
            known = self._kind_known or item.mail_category is not None
            if self.has_barcode_column and known and item.mail_category is not MailCategory.SIMPLE:
                out.append(self._finding(item, column, "missing_barcode", Severity.WARNING))
            return
        if len(code) == 14 and code.isdigit():
            valid = is_valid_rpo(code)
        elif _S10_SHAPE.match(code):
            valid = is_valid_s10(code)
        else:
            out.append(self._finding(item, column, "bad_barcode", Severity.ERROR, code))
            return
        if not valid:
            out.append(self._finding(item, column, "bad_check_digit", Severity.ERROR, code))
            return
        first = self._barcodes.setdefault(code, item.source_row)
        if first != item.source_row:
            out.append(self._finding(item, column, "duplicate_barcode", Severity.ERROR, code, first))

    def _check_kind(
        self, item: ListItem, out: list[Finding], mail_type: MailType, category: MailCategory
    ) -> None:
        """A type and category the post does not combine, or the tariff does not price, are found here,
        not first at acceptance. The verdict depends on the pair only: it is worked out once per pair."""
        pair = (mail_type, category)
        if pair not in self._kind_verdicts:
            self._kind_verdicts[pair] = self._kind_verdict(*pair)
        verdict = self._kind_verdicts[pair]
        if verdict is not None:
            code, args = verdict
            out.append(self._finding(item, Field.MAIL_CATEGORY, code, Severity.ERROR, *args))

    def _kind_verdict(self, mail_type: MailType, category: MailCategory) -> _Verdict:
        if not is_provided(mail_type, category):
            return (
                "kind_not_provided",
                (type_title(mail_type), category_title(category), categories_text(mail_type)),
            )
        if self._has_rate is not None and not self._has_rate(mail_type, category):
            return "kind_not_priced", (kind_title(mail_type, category),)
        return None

    def _check_mass(self, item: ListItem, out: list[Finding]) -> None:
        if item.mail_type is None and self._kind_known and not self._reported(Field.MAIL_TYPE, out):
            out.append(self._finding(item, Field.MAIL_TYPE, "missing_mail_type", Severity.ERROR))
        mass = item.declared_mass_g
        if mass is None:
            if not self._reported(Field.MASS, out):
                out.append(self._finding(item, Field.MASS, "missing_mass", Severity.ERROR))
            return
        if mass <= 0:
            out.append(self._finding(item, Field.MASS, "bad_mass", Severity.ERROR))
            return
        limit = _LIMITS.get(item.mail_type)
        if limit is not None and mass > limit:
            out.append(self._finding(item, Field.MASS, "mass_over_limit", Severity.ERROR, mass, limit))

    def _check_money(self, item: ListItem, out: list[Finding]) -> None:
        value, cod = item.declared_value_kop, item.cod_kop
        for field_, amount in ((Field.DECLARED_VALUE, value), (Field.COD, cod)):
            if amount < 0:
                out.append(self._finding(item, field_, "negative_amount", Severity.ERROR))
        if cod > 0 and value <= 0:
            out.append(self._finding(item, Field.COD, "cod_without_value", Severity.ERROR))
        elif cod > value > 0:
            out.append(
                self._finding(item, Field.COD, "cod_over_value", Severity.ERROR, rubles(cod), rubles(value))
            )
        if item.inventory and value <= 0:
            out.append(self._finding(item, Field.INVENTORY, "inventory_without_value", Severity.ERROR))
        if (
            value > 0
            and item.mail_category is not None
            and item.mail_category not in _VALUED
            and item.mail_category is not MailCategory.WITH_COMPULSORY_PAYMENT
        ):
            out.append(self._finding(item, Field.MAIL_CATEGORY, "value_without_category", Severity.WARNING))

    def _check_duplicate_recipient(self, item: ListItem, out: list[Finding]) -> None:
        if not item.recipient_name or item.declared_mass_g is None:
            return
        first = self._recipients.setdefault(item.key_cache or item.recipient_key, item.source_row)
        if first != item.source_row:
            out.append(
                self._finding(item, self._recipient_field, "duplicate_recipient", Severity.WARNING, first)
            )

    def check_stored(self, items: list[ListItem], lookup: StoredLookup, out: list[Finding]) -> None:
        """Identifiers and recipients already handed in, looked up once for the whole list."""
        barcodes = {i.barcode for i in items if i.barcode}
        keys = {i.recipient_key for i in items if i.recipient_name and i.declared_mass_g is not None}
        matches = lookup(barcodes, keys)
        if not matches.barcodes and not matches.recipients:
            return
        for item in items:
            where = matches.barcodes.get(item.barcode) if item.barcode else None
            if where is not None:
                out.append(
                    self._finding(
                        item,
                        self._barcode_field,
                        "duplicate_barcode_stored",
                        Severity.ERROR,
                        item.barcode,
                        where,
                    )
                )
            where = matches.recipients.get(item.recipient_key) if item.recipient_name else None
            if where is not None:
                out.append(
                    self._finding(
                        item, self._recipient_field, "duplicate_recipient_stored", Severity.WARNING, where
                    )
                )
