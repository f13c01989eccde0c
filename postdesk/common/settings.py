"""Every user-changeable setting, declared once: key, type, default and label.

Settings are stored per workstation in a small JSON file in the user's configuration folder.
The file carries a format version; :data:`UPGRADES` turn older files into the current shape.
Reading an undeclared key is a programming error and raises ``KeyError``.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.paths import create_private_file

log = logging.getLogger(__name__)

T = TypeVar("T", str, int, bool, float)

SETTINGS_FORMAT_VERSION = 1


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting; ``choices`` limits a string setting to known values."""

    key: str
    type: type[T]
    default: T
    label: str
    choices: tuple[str, ...] = ()
    env: str = ""

    def coerce(self, raw: object) -> T:
        if not isinstance(raw, str | int | float):
            raise TypeError(f"{self.key}: {raw!r} is not a {self.type.__name__}")
        converter = cast(Callable[[object], T], _parse_bool if self.type is bool else self.type)
        value = converter(raw)
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {self.choices}")
        return value


def _parse_bool(raw: object) -> bool:
    return raw.strip().lower() in {"1", "true", "yes", "on"} if isinstance(raw, str) else bool(raw)


_REGISTRY: dict[str, Setting[Any]] = {}


def declare(setting: Setting[T]) -> Setting[T]:
    if setting.key in _REGISTRY:
        raise ValueError(f"setting {setting.key} declared twice")
    _REGISTRY[setting.key] = setting
    return setting


def declared() -> Iterator[Setting[Any]]:
    return iter(_REGISTRY.values())


# --- General ---------------------------------------------------------------------------------
LANGUAGE = declare(
    Setting(
        "ui.language",
        str,
        "ru",
        QT_TRANSLATE_NOOP("Settings", "Interface language"),
        choices=("ru", "en"),
        env="POSTDESK_LANGUAGE",
    )
)
DATABASE_URL = declare(
    Setting(
        "database.url",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Shared database address"),
        env="POSTDESK_DATABASE_URL",
    )
)
WORKSTATION_NAME = declare(
    Setting("workstation.name", str, "", QT_TRANSLATE_NOOP("Settings", "Workstation name"))
)
OFFICE_POSTCODE = declare(
    Setting(
        "workstation.office_postcode",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Post office postcode"),
        env="POSTDESK_OFFICE_POSTCODE",
    )
)
ERROR_DIALOGS = declare(
    Setting(
        "ui.error_dialogs",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Show error dialogs"),
        env="POSTDESK_ERROR_DIALOGS",
    )
)
CONTRACT_EXPIRY_WARNING_DAYS = declare(
    Setting(
        "clients.contract_expiry_warning_days",
        int,
        30,
        QT_TRANSLATE_NOOP("Settings", "Warn about contracts ending within, days"),
    )
)


# --- Money under contracts ----------------------------------------------------------------------
REMINDER_REPEAT_DAYS = declare(
    Setting(
        "money.reminder_repeat_days",
        int,
        14,
        QT_TRANSLATE_NOOP("Settings", "Send a debt reminder to a client at most once in, days"),
    )
)
REMINDER_DEADLINE_DAYS = declare(
    Setting(
        "money.reminder_deadline_days",
        int,
        10,
        QT_TRANSLATE_NOOP("Settings", "Days given in a debt reminder to pay"),
    )
)

# --- Printing --------------------------------------------------------------------------------
SHEET_PRINTER = declare(
    Setting(
        "printing.sheet_printer",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Printer for lists and forms (empty: default)"),
    )
)
LABEL_PRINTER = declare(
    Setting(
        "printing.label_printer",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Printer for address labels (empty: default)"),
    )
)
LABEL_STOCK = declare(
    Setting(
        "printing.label_stock",
        str,
        "198x141",
        QT_TRANSLATE_NOOP("Settings", "Label stock size, mm"),
        choices=("198x141", "176x125", "148x105", "120x85"),
    )
)
SHEET_OFFSET_X_MM = declare(
    Setting(
        "printing.sheet_offset_x_mm",
        float,
        0.0,
        QT_TRANSLATE_NOOP("Settings", "Forms printer: shift right, mm"),
    )
)
SHEET_OFFSET_Y_MM = declare(
    Setting(
        "printing.sheet_offset_y_mm",
        float,
        0.0,
        QT_TRANSLATE_NOOP("Settings", "Forms printer: shift down, mm"),
    )
)
LABEL_OFFSET_X_MM = declare(
    Setting(
        "printing.label_offset_x_mm",
        float,
        0.0,
        QT_TRANSLATE_NOOP("Settings", "Label printer: shift right, mm"),
    )
)
LABEL_OFFSET_Y_MM = declare(
    Setting(
        "printing.label_offset_y_mm",
        float,
        0.0,
        QT_TRANSLATE_NOOP("Settings", "Label printer: shift down, mm"),
    )
)
BARCODE_SYMBOLOGY = {
    form: declare(Setting(f"printing.barcode_{form}", str, "code128", label, choices=("code128", "itf")))
    for form, label in (
        ("labels", QT_TRANSLATE_NOOP("Settings", "Barcode on address labels (form 7-p)")),
        ("f116", QT_TRANSLATE_NOOP("Settings", "Barcode on form 116")),
        ("f107", QT_TRANSLATE_NOOP("Settings", "Barcode on inventories (form 107)")),
        ("f119", QT_TRANSLATE_NOOP("Settings", "Barcode on notices (form 119)")),
        ("f112", QT_TRANSLATE_NOOP("Settings", "Barcode on money orders (form 112EP)")),
    )
}


# --- Scales ----------------------------------------------------------------------------------
SCALE_ENABLED = declare(
    Setting(
        "scales.enabled",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Use an electronic scale"),
        env="POSTDESK_SCALE_ENABLED",
    )
)
SCALE_PORT = declare(
    Setting("scales.port", str, "", QT_TRANSLATE_NOOP("Settings", "Scale port"), env="POSTDESK_SCALE_PORT")
)
SCALE_PROTOCOL = declare(
    Setting(
        "scales.protocol",
        str,
        "auto",
        QT_TRANSLATE_NOOP("Settings", "Scale protocol"),
        choices=("auto", "massak100", "massak1c", "pos2", "cas6", "casstream", "mtsics", "toledo8217"),
        env="POSTDESK_SCALE_PROTOCOL",
    )
)
SCALE_BAUDRATE = declare(Setting("scales.baudrate", int, 0, QT_TRANSLATE_NOOP("Settings", "Baud rate")))
SCALE_BYTESIZE = declare(Setting("scales.bytesize", int, 0, QT_TRANSLATE_NOOP("Settings", "Data bits")))
SCALE_PARITY = declare(
    Setting("scales.parity", str, "", QT_TRANSLATE_NOOP("Settings", "Parity"), choices=("", "N", "E", "O"))
)
SCALE_STOPBITS = declare(Setting("scales.stopbits", int, 0, QT_TRANSLATE_NOOP("Settings", "Stop bits")))
SCALE_HOLD_MS = declare(
    Setting("scales.hold_ms", int, 300, QT_TRANSLATE_NOOP("Settings", "Hold a stable weight for, ms"))
)
SCALE_HOLD_COUNT = declare(
    Setting("scales.hold_count", int, 3, QT_TRANSLATE_NOOP("Settings", "Stable readings in a row"))
)
SCALE_DEADBAND_GRAMS = declare(
    Setting("scales.deadband_grams", int, 2, QT_TRANSLATE_NOOP("Settings", "Deadband, g"))
)


def _upgrade_from_0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 files were a flat mapping without a version field."""
    return {"version": 1, "values": dict(data)}


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _upgrade_from_0}


class SettingsStore:
    """Reads and writes the declared settings; environment variables win over the file."""

    def __init__(self, path: Path | None, environ: dict[str, str] | None = None) -> None:
        self.path = path
        self._environ = dict(os.environ if environ is None else environ)
        self._values: dict[str, Any] = {}
        if path is not None and path.exists():
            self._values = self._read(path)

    @staticmethod
    def _read(path: Path) -> dict[str, Any]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); defaults used", path, exc)
            return {}
        if not isinstance(data, dict):
            return {}
        version = data.get("version", 0) if "values" in data else 0
        while version < SETTINGS_FORMAT_VERSION:
            data = UPGRADES[version](data)
            version = data["version"]
        values = data.get("values", {})
        return values if isinstance(values, dict) else {}

    def get(self, setting: Setting[T]) -> T:
        if setting.key not in _REGISTRY:
            raise KeyError(setting.key)
        raw: object = None
        if setting.env and self._environ.get(setting.env):
            raw = self._environ[setting.env]
        elif setting.key in self._values:
            raw = self._values[setting.key]
        if raw is None:
            return setting.default
        try:
            return setting.coerce(raw)
        except (TypeError, ValueError):
            log.warning("setting %s has a bad value %r; default used", setting.key, raw)
            return setting.default

    def overridden_by_environment(self, setting: Setting[Any]) -> bool:
        return bool(setting.env and self._environ.get(setting.env))

    def set(self, setting: Setting[T], value: T) -> None:
        if setting.key not in _REGISTRY:
            raise KeyError(setting.key)
        self._values[setting.key] = setting.coerce(value)
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        payload = {"version": SETTINGS_FORMAT_VERSION, "values": self._values}
        tmp.unlink(missing_ok=True)
        create_private_file(tmp)  # the file may hold the database password
        tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(self.path)


# --- Batch lists -----------------------------------------------------------------------------
LISTS_MAX_FILE_MB = declare(
    Setting("lists.max_file_mb", int, 200, QT_TRANSLATE_NOOP("Settings", "Largest list file accepted, MB"))
)
LISTS_MAX_ROWS = declare(
    Setting("lists.max_rows", int, 300_000, QT_TRANSLATE_NOOP("Settings", "Most rows in one list"))
)


# --- Accounts and sign-in --------------------------------------------------------------------
THROTTLE_AFTER_FAILURES = declare(
    Setting(
        "accounts.throttle_after_failures",
        int,
        3,
        QT_TRANSLATE_NOOP("Settings", "Slow down sign-in after this many failed attempts"),
    )
)
THROTTLE_SECONDS = declare(
    Setting(
        "accounts.throttle_seconds",
        int,
        5,
        QT_TRANSLATE_NOOP("Settings", "Wait between attempts once slowed down, s (doubles each time)"),
    )
)
LOCK_AFTER_FAILURES = declare(
    Setting(
        "accounts.lock_after_failures",
        int,
        10,
        QT_TRANSLATE_NOOP("Settings", "Lock an account after this many failed attempts"),
    )
)
WORKSTATION_LOCK_AFTER_FAILURES = declare(
    Setting(
        "accounts.workstation_lock_after_failures",
        int,
        30,
        QT_TRANSLATE_NOOP("Settings", "Lock sign-in at a workstation after this many failed attempts"),
    )
)
LOCK_MINUTES = declare(
    Setting("accounts.lock_minutes", int, 15, QT_TRANSLATE_NOOP("Settings", "Lock lasts, minutes"))
)
IDLE_LOCK_MINUTES = declare(
    Setting(
        "accounts.idle_lock_minutes",
        int,
        10,
        QT_TRANSLATE_NOOP("Settings", "Lock the window after this many idle minutes (0: never)"),
    )
)
MIN_PASSWORD_LENGTH = declare(
    Setting(
        "accounts.min_password_length", int, 8, QT_TRANSLATE_NOOP("Settings", "Shortest password allowed")
    )
)


# --- Backups ---------------------------------------------------------------------------------
BACKUP_DAILY = declare(
    Setting(
        "backup.daily",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Back up the embedded database daily at the first start"),
    )
)
BACKUP_KEEP = declare(
    Setting("backup.keep", int, 14, QT_TRANSLATE_NOOP("Settings", "Automatic backups kept"))
)


# --- Letters and the feedback register ---------------------------------------------------------
OFFICE_NAME = declare(
    Setting("letters.office_name", str, "", QT_TRANSLATE_NOOP("Settings", "Post office name on letters"))
)
OFFICE_ADDRESS = declare(
    Setting(
        "letters.office_address", str, "", QT_TRANSLATE_NOOP("Settings", "Post office address on letters")
    )
)
OFFICE_CONTACTS = declare(
    Setting("letters.office_contacts", str, "", QT_TRANSLATE_NOOP("Settings", "Phone and e-mail on letters"))
)
LETTER_SIGNATORY = declare(
    Setting(
        "letters.signatory", str, "", QT_TRANSLATE_NOOP("Settings", "Letters signed by (position and name)")
    )
)
HIGHER_ORGANISATION_NAME = declare(
    Setting(
        "feedback.higher_organisation_name",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Higher organisation for appeals: name"),
    )
)
HIGHER_ORGANISATION_ADDRESS = declare(
    Setting(
        "feedback.higher_organisation_address",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Higher organisation for appeals: address"),
    )
)
FEEDBACK_CLAIM_DAYS = declare(
    Setting(
        "feedback.claim_days", int, 30, QT_TRANSLATE_NOOP("Settings", "Claims under the postal rules: days")
    )
)
FEEDBACK_LOCAL_CLAIM_DAYS = declare(
    Setting(
        "feedback.local_claim_days",
        int,
        5,
        QT_TRANSLATE_NOOP("Settings", "Claims for items within one settlement: days"),
    )
)
FEEDBACK_MAX_ATTACHMENT_MB = declare(
    Setting("feedback.max_attachment_mb", int, 10, QT_TRANSLATE_NOOP("Settings", "Largest attached file, MB"))
)


# --- Outgoing e-mail ---------------------------------------------------------------------------
SMTP_HOST = declare(
    Setting(
        "mail.smtp_host",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Mail server (SMTP)"),
        env="POSTDESK_SMTP_HOST",
    )
)
SMTP_PORT = declare(
    Setting(
        "mail.smtp_port",
        int,
        587,
        QT_TRANSLATE_NOOP("Settings", "Mail server port"),
        env="POSTDESK_SMTP_PORT",
    )
)
SMTP_SECURITY = declare(
    Setting(
        "mail.smtp_security",
        str,
        "starttls",
        QT_TRANSLATE_NOOP("Settings", "Mail server encryption"),
        choices=("starttls", "ssl", "none"),
        env="POSTDESK_SMTP_SECURITY",
    )
)
SMTP_LOGIN = declare(
    Setting(
        "mail.smtp_login",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Mail server login"),
        env="POSTDESK_SMTP_LOGIN",
    )
)
SMTP_PASSWORD = declare(
    Setting(
        "mail.smtp_password",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Mail server password"),
        env="POSTDESK_SMTP_PASSWORD",
    )
)
MAIL_FROM = declare(
    Setting(
        "mail.from_address",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Sender address"),
        env="POSTDESK_MAIL_FROM",
    )
)
SMTP_TIMEOUT_S = declare(
    Setting("mail.smtp_timeout_s", int, 20, QT_TRANSLATE_NOOP("Settings", "Mail server timeout, s"))
)
SMTP_CA_FILE = declare(
    Setting(
        "mail.smtp_ca_file",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Certificate of the mail server's own authority (empty: system)"),
        env="POSTDESK_SMTP_CA_FILE",
    )
)


# --- Office set-up and the reference shelf -------------------------------------------------------
OFFICE_LOGO = declare(
    Setting(
        "letters.office_logo", str, "", QT_TRANSLATE_NOOP("Settings", "Logo on letters (PNG or JPEG file)")
    )
)
OFFICE_REQUISITES = declare(
    Setting(
        "letters.office_requisites",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Requisites on letters (INN, KPP, OGRN, bank)"),
    )
)
RANGE_WARN_BELOW = declare(
    Setting(
        "identifiers.warn_below",
        int,
        1000,
        QT_TRANSLATE_NOOP("Settings", "Warn when an identifier range has fewer numbers left than"),
    )
)


# --- Questionnaires -----------------------------------------------------------------------------
SURVEY_OFFER_AT_COUNTER = declare(
    Setting(
        "surveys.offer_at_counter",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Offer the client's questionnaire after an acceptance"),
    )
)
