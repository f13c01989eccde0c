"""Postal item identifiers: the domestic 14-digit ШПИ and the UPU S10 code.

ШПИ layout: office postcode (6) + month code (2) + serial (5) + check digit (1). The month code
counts months since January 2000 in a 99-month cycle. S10: two letters, 8-digit serial, check
digit, two-letter country code.
"""

from __future__ import annotations

import datetime as dt
import re

_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_S10_RE = re.compile(r"^[A-Z]{2}\d{9}[A-Z]{2}$")


def rpo_check_digit(first13: str) -> int:
    """EAN-style 3/1 weights from the left over the first 13 digits."""
    if len(first13) != 13 or not (first13.isdigit() and first13.isascii()):
        raise ValueError("a ШПИ body has 13 digits")
    codes = first13.encode("ascii")  # ASCII digits: subtract the code of "0" once per position (7*3 + 6)
    total = 3 * sum(codes[0::2]) + sum(codes[1::2]) - 27 * 48
    return (10 - total % 10) % 10


def is_valid_rpo(code: str) -> bool:
    """The check digit brings the weighted sum of all 14 digits to a multiple of 10 (one pass, in C)."""
    if len(code) != 14 or not (code.isdigit() and code.isascii()):
        return False
    codes = code.encode("ascii")  # 7 digits weighted 3, 7 weighted 1: minus 28 codes of "0"
    return (3 * sum(codes[0:13:2]) + sum(codes[1:14:2]) - 28 * 48) % 10 == 0


def month_code(day: dt.date) -> int:
    """Months since Jan 2000 (Jan 2000 = 1) in a 99-month cycle; 0 becomes 99."""
    value = ((day.year - 2000) * 12 + day.month) % 99
    return value or 99


def make_rpo(office_postcode: str, month: int, serial: int) -> str:
    if len(office_postcode) != 6 or not (office_postcode.isdigit() and office_postcode.isascii()):
        raise ValueError("the office postcode has 6 digits")
    if not 1 <= month <= 99:
        raise ValueError("the month code is 1..99")
    if not 1 <= serial <= 99_999:
        raise ValueError("the serial is 1..99999")
    body = f"{office_postcode}{month:02d}{serial:05d}"
    return body + str(rpo_check_digit(body))


def s10_check_digit(serial8: str) -> int:
    if len(serial8) != 8 or not (serial8.isdigit() and serial8.isascii()):
        raise ValueError("an S10 serial has 8 digits")
    raw = 11 - sum(int(c) * w for c, w in zip(serial8, _S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(raw, raw)


def is_valid_s10(code: str) -> bool:
    code = code.strip().upper()
    return bool(_S10_RE.match(code)) and s10_check_digit(code[2:10]) == int(code[10])


def make_s10(service: str, serial: int, country: str = "RU") -> str:
    if len(service) != 2 or not service.isalpha() or len(country) != 2:
        raise ValueError("service indicator and country are two letters")
    body = f"{serial:08d}"
    return f"{service.upper()}{body}{s10_check_digit(body)}{country.upper()}"


def is_valid_identifier(code: str) -> bool:
    code = code.strip().upper()
    return is_valid_rpo(code) or is_valid_s10(code)


def format_rpo_readable(code: str) -> str:
    """Group a ШПИ as printed under a barcode: index, month, serial, check digit."""
    if len(code) != 14:
        return code
    return f"{code[:6]} {code[6:8]} {code[8:13]} {code[13]}"
