"""Every user-changeable setting, declared once: key, type, default and label.

The declarations live in one module per section (general, printing, scales, lists, accounts,
backups, letters, mail, office, surveys), imported here in that order; the settings file is read and
written by :class:`SettingsStore` (``store.py``). Reading an undeclared key is a programming
error and raises ``KeyError``.
"""

from __future__ import annotations

# isort: off
# The sections first, in the order their settings are declared (and listed by declared()).
from postdesk.common.settings import general, printing, scales, lists, accounts
from postdesk.common.settings import backups, letters, mail, office, surveys

# isort: on

from postdesk.common.settings.accounts import IDLE_LOCK_MINUTES as IDLE_LOCK_MINUTES
from postdesk.common.settings.accounts import LOCK_AFTER_FAILURES as LOCK_AFTER_FAILURES
from postdesk.common.settings.accounts import LOCK_MINUTES as LOCK_MINUTES
from postdesk.common.settings.accounts import MIN_PASSWORD_LENGTH as MIN_PASSWORD_LENGTH
from postdesk.common.settings.accounts import THROTTLE_AFTER_FAILURES as THROTTLE_AFTER_FAILURES
from postdesk.common.settings.accounts import THROTTLE_SECONDS as THROTTLE_SECONDS
from postdesk.common.settings.accounts import (
    WORKSTATION_LOCK_AFTER_FAILURES as WORKSTATION_LOCK_AFTER_FAILURES,
)
from postdesk.common.settings.backups import BACKUP_DAILY as BACKUP_DAILY
from postdesk.common.settings.backups import BACKUP_KEEP as BACKUP_KEEP
from postdesk.common.settings.declaring import Setting as Setting
from postdesk.common.settings.declaring import declare as declare
from postdesk.common.settings.declaring import declared as declared
from postdesk.common.settings.general import CONTRACT_EXPIRY_WARNING_DAYS as CONTRACT_EXPIRY_WARNING_DAYS
from postdesk.common.settings.general import DATABASE_URL as DATABASE_URL
from postdesk.common.settings.general import ERROR_DIALOGS as ERROR_DIALOGS
from postdesk.common.settings.general import LANGUAGE as LANGUAGE
from postdesk.common.settings.general import OFFICE_POSTCODE as OFFICE_POSTCODE
from postdesk.common.settings.general import REMINDER_DEADLINE_DAYS as REMINDER_DEADLINE_DAYS
from postdesk.common.settings.general import REMINDER_REPEAT_DAYS as REMINDER_REPEAT_DAYS
from postdesk.common.settings.general import WORKSTATION_NAME as WORKSTATION_NAME
from postdesk.common.settings.letters import FEEDBACK_CLAIM_DAYS as FEEDBACK_CLAIM_DAYS
from postdesk.common.settings.letters import FEEDBACK_LOCAL_CLAIM_DAYS as FEEDBACK_LOCAL_CLAIM_DAYS
from postdesk.common.settings.letters import FEEDBACK_MAX_ATTACHMENT_MB as FEEDBACK_MAX_ATTACHMENT_MB
from postdesk.common.settings.letters import HIGHER_ORGANISATION_ADDRESS as HIGHER_ORGANISATION_ADDRESS
from postdesk.common.settings.letters import HIGHER_ORGANISATION_NAME as HIGHER_ORGANISATION_NAME
from postdesk.common.settings.letters import LETTER_SIGNATORY as LETTER_SIGNATORY
from postdesk.common.settings.letters import OFFICE_ADDRESS as OFFICE_ADDRESS
from postdesk.common.settings.letters import OFFICE_CONTACTS as OFFICE_CONTACTS
from postdesk.common.settings.letters import OFFICE_NAME as OFFICE_NAME
from postdesk.common.settings.lists import LISTS_MAX_FILE_MB as LISTS_MAX_FILE_MB
from postdesk.common.settings.lists import LISTS_MAX_ROWS as LISTS_MAX_ROWS
from postdesk.common.settings.mail import MAIL_FROM as MAIL_FROM
from postdesk.common.settings.mail import SMTP_CA_FILE as SMTP_CA_FILE
from postdesk.common.settings.mail import SMTP_HOST as SMTP_HOST
from postdesk.common.settings.mail import SMTP_LOGIN as SMTP_LOGIN
from postdesk.common.settings.mail import SMTP_PASSWORD as SMTP_PASSWORD
from postdesk.common.settings.mail import SMTP_PORT as SMTP_PORT
from postdesk.common.settings.mail import SMTP_SECURITY as SMTP_SECURITY
from postdesk.common.settings.mail import SMTP_TIMEOUT_S as SMTP_TIMEOUT_S
from postdesk.common.settings.office import OFFICE_LOGO as OFFICE_LOGO
from postdesk.common.settings.office import OFFICE_REQUISITES as OFFICE_REQUISITES
from postdesk.common.settings.office import RANGE_WARN_BELOW as RANGE_WARN_BELOW
from postdesk.common.settings.printing import BARCODE_SYMBOLOGY as BARCODE_SYMBOLOGY
from postdesk.common.settings.printing import LABEL_OFFSET_X_MM as LABEL_OFFSET_X_MM
from postdesk.common.settings.printing import LABEL_OFFSET_Y_MM as LABEL_OFFSET_Y_MM
from postdesk.common.settings.printing import LABEL_PRINTER as LABEL_PRINTER
from postdesk.common.settings.printing import LABEL_STOCK as LABEL_STOCK
from postdesk.common.settings.printing import SHEET_OFFSET_X_MM as SHEET_OFFSET_X_MM
from postdesk.common.settings.printing import SHEET_OFFSET_Y_MM as SHEET_OFFSET_Y_MM
from postdesk.common.settings.printing import SHEET_PRINTER as SHEET_PRINTER
from postdesk.common.settings.scales import SCALE_BAUDRATE as SCALE_BAUDRATE
from postdesk.common.settings.scales import SCALE_BYTESIZE as SCALE_BYTESIZE
from postdesk.common.settings.scales import SCALE_DEADBAND_GRAMS as SCALE_DEADBAND_GRAMS
from postdesk.common.settings.scales import SCALE_ENABLED as SCALE_ENABLED
from postdesk.common.settings.scales import SCALE_HOLD_COUNT as SCALE_HOLD_COUNT
from postdesk.common.settings.scales import SCALE_HOLD_MS as SCALE_HOLD_MS
from postdesk.common.settings.scales import SCALE_PARITY as SCALE_PARITY
from postdesk.common.settings.scales import SCALE_PORT as SCALE_PORT
from postdesk.common.settings.scales import SCALE_PROTOCOL as SCALE_PROTOCOL
from postdesk.common.settings.scales import SCALE_STOPBITS as SCALE_STOPBITS
from postdesk.common.settings.store import SETTINGS_FORMAT_VERSION as SETTINGS_FORMAT_VERSION
from postdesk.common.settings.store import UPGRADES as UPGRADES
from postdesk.common.settings.store import SettingsStore as SettingsStore
from postdesk.common.settings.surveys import SURVEY_OFFER_AT_COUNTER as SURVEY_OFFER_AT_COUNTER

SECTIONS = (general, printing, scales, lists, accounts, backups, letters, mail, office, surveys)
