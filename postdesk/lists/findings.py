"""Findings: what is wrong with a row or the list, told so that the client can fix it."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from postdesk.common.i18n import QT_TRANSLATE_NOOP, translate


class Severity(enum.StrEnum):
    ERROR = "error"  # the row cannot be taken
    WARNING = "warning"  # the row is taken; someone should look


@dataclass(frozen=True, slots=True)
class Finding:
    row: int | None  # as the client sees it; None for the whole list
    column: str  # the column's header text (or letter) in the client's file; "" for the whole row
    code: str
    severity: Severity
    message: str
    column_index: int | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "column": self.column,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
        }


MESSAGES: dict[str, str] = {
    "missing_postcode": QT_TRANSLATE_NOOP("ListCheck", "The postcode is missing."),
    "missing_recipient": QT_TRANSLATE_NOOP("ListCheck", "The recipient is missing."),
    "missing_address": QT_TRANSLATE_NOOP("ListCheck", "The address is missing."),
    "missing_mass": QT_TRANSLATE_NOOP("ListCheck", "The mass is missing: enter it in grams."),
    "missing_mail_type": QT_TRANSLATE_NOOP(
        "ListCheck",
        "The mail type is not given in the row or in the "
        "list's title: enter it (letter, bandrol, parcel...).",
    ),
    "missing_barcode": QT_TRANSLATE_NOOP(
        "ListCheck", "The identifier is missing: the post office will assign one."
    ),
    "bad_postcode": QT_TRANSLATE_NOOP("ListCheck", "The postcode «%1» is wrong: it must have 6 digits."),
    "unusual_postcode": QT_TRANSLATE_NOOP(
        "ListCheck", "The postcode «%1» does not look like a Russian postcode: check it."
    ),
    "bad_barcode": QT_TRANSLATE_NOOP(
        "ListCheck",
        "«%1» is not a postal identifier: a ШПИ has 14 digits, an "
        "international one looks like RA123456785RU.",
    ),
    "bad_check_digit": QT_TRANSLATE_NOOP(
        "ListCheck",
        "The identifier «%1» has a wrong check digit: it was "
        "mistyped or made up. Copy it from the label again.",
    ),
    "bad_mass": QT_TRANSLATE_NOOP("ListCheck", "The mass must be above zero."),
    "mass_over_limit": QT_TRANSLATE_NOOP(
        "ListCheck", "The mass %1 g is over the limit of %2 g for this mail type."
    ),
    "not_a_number": QT_TRANSLATE_NOOP("ListCheck", "«%1» is not a number."),
    "date_in_number": QT_TRANSLATE_NOOP(
        "ListCheck",
        "The cell holds a date («%1») instead of a number: the "
        "spreadsheet has formatted it as a date. Set the cell "
        "format to «Number» and enter the value again.",
    ),
    "fraction_of_kopeck": QT_TRANSLATE_NOOP("ListCheck", "The amount «%1» has fractions of a kopeck."),
    "not_yes_no": QT_TRANSLATE_NOOP("ListCheck", "«%1» is not understood: write «да» or «нет»."),
    "unknown_mail_type": QT_TRANSLATE_NOOP(
        "ListCheck",
        "Unknown mail kind «%1»: write the kind and the category, for example «Письмо заказное». "
        "Known words: %2.",
    ),
    "unknown_category": QT_TRANSLATE_NOOP(
        "ListCheck",
        "Unknown category «%1»: write it in words, for example «заказное» or «с ОЦ». Known words: %2.",
    ),
    "unknown_rank": QT_TRANSLATE_NOOP("ListCheck", "Unknown rank «%1»."),
    "unknown_notice": QT_TRANSLATE_NOOP(
        "ListCheck", "Unknown kind of notice «%1»: write simple, registered, electronic or no."
    ),
    "negative_amount": QT_TRANSLATE_NOOP("ListCheck", "The amount cannot be negative."),
    "cod_without_value": QT_TRANSLATE_NOOP(
        "ListCheck", "Cash on delivery is only possible with a declared value: enter the declared value."
    ),
    "cod_over_value": QT_TRANSLATE_NOOP(
        "ListCheck", "Cash on delivery %1 is more than the declared value %2: it cannot exceed it."
    ),
    "inventory_without_value": QT_TRANSLATE_NOOP(
        "ListCheck", "An inventory is only possible with a declared value: enter the declared value."
    ),
    "value_without_category": QT_TRANSLATE_NOOP(
        "ListCheck", "A declared value is given but the category does not include it: check the category."
    ),
    "duplicate_barcode": QT_TRANSLATE_NOOP(
        "ListCheck", "The identifier %1 is repeated: it is already in row %2."
    ),
    "duplicate_barcode_stored": QT_TRANSLATE_NOOP(
        "ListCheck", "The identifier %1 has already been handed in: %2."
    ),
    "duplicate_recipient": QT_TRANSLATE_NOOP(
        "ListCheck", "The same recipient, address and mass as in row %1: is the item listed twice?"
    ),
    "duplicate_recipient_stored": QT_TRANSLATE_NOOP(
        "ListCheck", "The same recipient, address and mass were already handed in: %1."
    ),
    "fee_mismatch": QT_TRANSLATE_NOOP("ListCheck", "The fee in the list, %1, differs from the tariff, %2."),
    "totals_mismatch": QT_TRANSLATE_NOOP(
        "ListCheck", "The list's total «%1» is %2, but its rows add up to %3."
    ),
    "kind_not_set": QT_TRANSLATE_NOOP(
        "ListCheck",
        "The list gives no mail kind (no kind column, nothing in its title): set the kind for the "
        "whole list, for example «Письмо заказное», before the batch is accepted. Weight limits "
        "and the rules of the category are checked once the kind is known.",
    ),
    "no_rows": QT_TRANSLATE_NOOP("ListCheck", "The list has a header but no rows."),
    "kind_not_provided": QT_TRANSLATE_NOOP("ListCheck", "«%1» is not sent as «%2»: write one of: %3."),
    "kind_not_priced": QT_TRANSLATE_NOOP(
        "ListCheck", "The tariff in force has no price for «%1»: such an item cannot be accepted."
    ),
}


def message(code: str, *args: object) -> str:
    text = translate("ListCheck", MESSAGES[code])
    for number, value in enumerate(args, start=1):
        text = text.replace(f"%{number}", str(value))
    return text
