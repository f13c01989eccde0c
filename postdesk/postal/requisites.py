"""Check digits of Russian legal requisites: INN, OGRN/OGRNIP, KPP, BIK and bank accounts.

Each ``check_*`` function returns ``None`` when the value is valid, otherwise a translated
message that tells the operator what is wrong. The algorithms are the published ones of the
Federal Tax Service and the Bank of Russia.
"""

from __future__ import annotations

import re

from postdesk.common.i18n import translate

_INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN11_WEIGHTS = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_ACCOUNT_WEIGHTS = (7, 1, 3) * 8
_KPP_RE = re.compile(r"^\d{4}[0-9A-Z]{2}\d{3}$")


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False))


def inn_check_digits(prefix: str) -> str:
    """Complete a 9-digit (legal entity) or 10-digit (individual) INN prefix with its check digits."""
    if len(prefix) == 9:
        return prefix + str(_weighted(prefix, _INN10_WEIGHTS) % 11 % 10)
    if len(prefix) == 10:
        first = prefix + str(_weighted(prefix, _INN11_WEIGHTS) % 11 % 10)
        return first + str(_weighted(first, _INN12_WEIGHTS) % 11 % 10)
    raise ValueError("an INN prefix has 9 or 10 digits")


def is_valid_inn(inn: str) -> bool:
    if not (inn.isdigit() and inn.isascii()) or len(inn) not in (10, 12):
        return False
    return inn_check_digits(inn[:9] if len(inn) == 10 else inn[:10]) == inn


def check_inn(inn: str) -> str | None:
    inn = inn.strip()
    if not inn:
        return translate("Requisites", "Enter the INN.")
    if not inn.isdigit() or len(inn) not in (10, 12):
        return translate(
            "Requisites", "An INN has 10 digits (organisation) or 12 digits (individual entrepreneur)."
        )
    if not is_valid_inn(inn):
        return translate(
            "Requisites",
            "The INN check digits do not match: check the number against the client's documents.",
        )
    return None


def ogrn_check_digit(prefix: str) -> str:
    """Check digit for a 12-digit OGRN prefix or a 14-digit OGRNIP prefix."""
    if len(prefix) == 12:
        return str(int(prefix) % 11 % 10)
    if len(prefix) == 14:
        return str(int(prefix) % 13 % 10)
    raise ValueError("an OGRN prefix has 12 digits, an OGRNIP prefix 14")


def is_valid_ogrn(ogrn: str) -> bool:
    if not ogrn.isdigit() or not ogrn.isascii() or len(ogrn) not in (13, 15):
        return False
    return ogrn_check_digit(ogrn[:-1]) == ogrn[-1]


def check_ogrn(ogrn: str) -> str | None:
    ogrn = ogrn.strip()
    if not ogrn:
        return None
    if not ogrn.isdigit() or len(ogrn) not in (13, 15):
        return translate("Requisites", "An OGRN has 13 digits, an OGRNIP 15 digits.")
    if not is_valid_ogrn(ogrn):
        return translate("Requisites", "The OGRN check digit does not match: check the number.")
    return None


def check_kpp(kpp: str) -> str | None:
    kpp = kpp.strip().upper()
    if not kpp:
        return None
    if not _KPP_RE.match(kpp):
        return translate(
            "Requisites", "A KPP has 9 characters: 4 digits, 2 digits or capital letters, 3 digits."
        )
    return None


def check_bik(bik: str) -> str | None:
    bik = bik.strip()
    if not bik:
        return None
    if not (bik.isdigit() and bik.isascii() and len(bik) == 9):
        return translate("Requisites", "A BIK has 9 digits.")
    if not bik.startswith("04"):
        return translate("Requisites", "A Russian bank's BIK starts with 04.")
    return None


def account_key_valid(bik: str, account: str, *, correspondent: bool) -> bool:
    """The Bank of Russia control key: weights 7-1-3 over 23 digits must sum to a multiple of 10."""
    prefix = ("0" + bik[4:6]) if correspondent else bik[-3:]
    digits = prefix + account
    if len(digits) != 23 or not digits.isdigit():
        return False
    return _weighted(digits, _ACCOUNT_WEIGHTS) % 10 == 0


def account_check_digit(bik: str, account_with_placeholder: str, *, correspondent: bool) -> str:
    """Return the account with its control key (9th digit) set correctly."""
    for key in "0123456789":
        candidate = account_with_placeholder[:8] + key + account_with_placeholder[9:]
        if account_key_valid(bik, candidate, correspondent=correspondent):
            return candidate
    raise ValueError("no control key fits")  # pragma: no cover - one always fits


def check_settlement_account(account: str, bik: str) -> str | None:
    account = account.strip()
    if not account:
        return None
    if not (account.isdigit() and account.isascii() and len(account) == 20):
        return translate("Requisites", "A settlement account has 20 digits.")
    if check_bik(bik) is not None or not bik.strip():
        return translate("Requisites", "Enter a valid BIK first: the account is checked against it.")
    if not account_key_valid(bik.strip(), account, correspondent=False):
        return translate(
            "Requisites", "The settlement account does not match the BIK (control key): check both."
        )
    return None


def check_correspondent_account(account: str, bik: str) -> str | None:
    account = account.strip()
    if not account:
        return None
    if not (account.isdigit() and account.isascii() and len(account) == 20):
        return translate("Requisites", "A correspondent account has 20 digits.")
    if not account.startswith("30101"):
        return translate("Requisites", "A correspondent account starts with 30101.")
    if check_bik(bik) is not None or not bik.strip():
        return translate("Requisites", "Enter a valid BIK first: the account is checked against it.")
    if not account_key_valid(bik.strip(), account, correspondent=True):
        return translate(
            "Requisites", "The correspondent account does not match the BIK (control key): check both."
        )
    return None
