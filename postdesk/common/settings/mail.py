"""Outgoing e-mail: the SMTP server, its security and the sender."""

from __future__ import annotations

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.settings.declaring import Setting, declare

__all__ = [
    "MAIL_FROM",
    "SMTP_CA_FILE",
    "SMTP_HOST",
    "SMTP_LOGIN",
    "SMTP_PASSWORD",
    "SMTP_PORT",
    "SMTP_SECURITY",
    "SMTP_TIMEOUT_S",
]

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
