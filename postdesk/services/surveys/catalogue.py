"""The fixed vocabularies of questionnaires, with their titles for screens and exports."""

from __future__ import annotations

import enum

from postdesk.common.i18n import QT_TRANSLATE_NOOP


class QuestionKind(enum.StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    SCALE = "scale"  # 1-5 satisfaction: CSAT
    NPS = "nps"  # 0-10 recommendation
    EFFORT = "effort"  # 1-7 "how easy was it": CES
    YES_NO = "yes_no"
    TEXT = "text"
    LONG_TEXT = "long_text"


NUMERIC_RANGES: dict[QuestionKind, tuple[int, int]] = {
    QuestionKind.SCALE: (1, 5),
    QuestionKind.NPS: (0, 10),
    QuestionKind.EFFORT: (1, 7),
    QuestionKind.YES_NO: (0, 1),
}
CHOICE_KINDS = frozenset({QuestionKind.SINGLE, QuestionKind.MULTIPLE})
SCORE_KINDS = frozenset({QuestionKind.SCALE, QuestionKind.NPS, QuestionKind.EFFORT})
TEXT_KINDS = frozenset({QuestionKind.TEXT, QuestionKind.LONG_TEXT})
SHORT_TEXT_LIMIT = 300
LONG_TEXT_LIMIT = 4000


class Audience(enum.StrEnum):
    CORPORATE = "corporate"
    CONTACTS = "contacts"
    WALK_IN = "walk_in"


class Channel(enum.StrEnum):
    COUNTER = "counter"  # the operator enters the answers
    KIOSK = "kiosk"  # the client answers on the screen turned to them
    PAPER = "paper"
    WEB = "web"  # imported from a web form's export


class InvitationChannel(enum.StrEnum):
    COUNTER = "counter"
    PAPER = "paper"
    LETTER = "letter"
    EMAIL = "email"


class ClientGroup(enum.StrEnum):
    """How the respondent stands with the office when answering: compared in the results."""

    CONTRACT = "contract"
    PROSPECT = "prospect"
    FORMER = "former"
    WALK_IN = "walk_in"


class ReachBy(enum.StrEnum):
    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"


KIND_TITLES = {
    QuestionKind.SINGLE: QT_TRANSLATE_NOOP("Surveys", "Single choice"),
    QuestionKind.MULTIPLE: QT_TRANSLATE_NOOP("Surveys", "Multiple choice"),
    QuestionKind.SCALE: QT_TRANSLATE_NOOP("Surveys", "Satisfaction 1–5 (CSAT)"),
    QuestionKind.NPS: QT_TRANSLATE_NOOP("Surveys", "Recommendation 0–10 (NPS)"),
    QuestionKind.EFFORT: QT_TRANSLATE_NOOP("Surveys", "Effort 1–7 (CES)"),
    QuestionKind.YES_NO: QT_TRANSLATE_NOOP("Surveys", "Yes or no"),
    QuestionKind.TEXT: QT_TRANSLATE_NOOP("Surveys", "Short text"),
    QuestionKind.LONG_TEXT: QT_TRANSLATE_NOOP("Surveys", "Long text"),
}
AUDIENCE_TITLES = {
    Audience.CORPORATE: QT_TRANSLATE_NOOP("Surveys", "Corporate clients"),
    Audience.CONTACTS: QT_TRANSLATE_NOOP("Surveys", "Clients' contact persons"),
    Audience.WALK_IN: QT_TRANSLATE_NOOP("Surveys", "Walk-in visitors"),
}
CHANNEL_TITLES = {
    Channel.COUNTER: QT_TRANSLATE_NOOP("Surveys", "At the counter"),
    Channel.KIOSK: QT_TRANSLATE_NOOP("Surveys", "On the client's screen"),
    Channel.PAPER: QT_TRANSLATE_NOOP("Surveys", "Paper form"),
    Channel.WEB: QT_TRANSLATE_NOOP("Surveys", "Web form"),
}
GROUP_TITLES = {
    ClientGroup.CONTRACT: QT_TRANSLATE_NOOP("Surveys", "Clients under contract"),
    ClientGroup.PROSPECT: QT_TRANSLATE_NOOP("Surveys", "Prospects"),
    ClientGroup.FORMER: QT_TRANSLATE_NOOP("Surveys", "Former clients"),
    ClientGroup.WALK_IN: QT_TRANSLATE_NOOP("Surveys", "Walk-in visitors"),
}
REACH_TITLES = {
    ReachBy.EMAIL: QT_TRANSLATE_NOOP("Surveys", "E-mail"),
    ReachBy.LETTER: QT_TRANSLATE_NOOP("Surveys", "Letter"),
    ReachBy.PHONE: QT_TRANSLATE_NOOP("Surveys", "Phone"),
}
YES_NO_KEYS = ("no", "yes")
