"""The minimum password policy: long enough, letters and digits, not the login itself."""

from __future__ import annotations

from postdesk.common.i18n import translate


def password_problem(password: str, login: str, min_length: int) -> str | None:
    """The reason the password is refused, or ``None`` when it is acceptable."""
    if len(password) < min_length:
        if min_length == 8:
            return translate("Users", "A password has at least 8 characters.")
        return translate("Users", "A password has at least {n} characters.").replace("{n}", str(min_length))
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        return translate("Users", "A password has both letters and digits.")
    if login and login.lower() in password.lower():
        return translate("Users", "A password must not contain the login.")
    if len(set(password)) < 4:
        return translate("Users", "A password needs at least 4 different characters.")
    return None
