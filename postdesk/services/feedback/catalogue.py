"""The fixed vocabularies of the register, with their titles for screens and letters."""

from __future__ import annotations

import enum

from postdesk.common.i18n import QT_TRANSLATE_NOOP


class Kind(enum.StrEnum):
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    REVIEW = "review"


class Sentiment(enum.StrEnum):
    NONE = ""
    POSITIVE = "positive"
    NEGATIVE = "negative"


class Channel(enum.StrEnum):
    COUNTER = "counter"
    LETTER = "letter"
    PHONE = "phone"
    HOTLINE = "hotline"
    FAX = "fax"
    EMAIL = "email"
    WEB = "web"
    ACCOUNT = "account"
    CHAT = "chat"


class Topic(enum.StrEnum):
    DELIVERY_TIME = "delivery_time"
    LOSS = "loss"
    DAMAGE = "damage"
    COUNTER_SERVICE = "counter_service"
    TARIFFS = "tariffs"
    STAFF_CONDUCT = "staff_conduct"
    DOCUMENTS = "documents"
    OTHER = "other"


class State(enum.StrEnum):
    REGISTERED = "registered"
    IN_WORK = "in_work"
    EXTENDED = "extended"
    DRAFT_READY = "draft_ready"
    DECISION_SENT = "decision_sent"
    CLOSED = "closed"
    APPEALED = "appealed"


OPEN_STATES = frozenset({State.REGISTERED, State.IN_WORK, State.EXTENDED})
"""The clock runs in these states: the draft answer is not ready yet."""


class Decision(enum.StrEnum):
    SATISFIED = "satisfied"
    PARTLY = "partly"
    REFUSED = "refused"


KIND_TITLES = {
    Kind.COMPLAINT: QT_TRANSLATE_NOOP("Feedback", "Complaint"),
    Kind.SUGGESTION: QT_TRANSLATE_NOOP("Feedback", "Suggestion"),
    Kind.REVIEW: QT_TRANSLATE_NOOP("Feedback", "Review"),
}
CHANNEL_TITLES = {
    Channel.COUNTER: QT_TRANSLATE_NOOP("Feedback", "In person at the counter"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Feedback", "Letter"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Feedback", "Phone"),
    Channel.HOTLINE: QT_TRANSLATE_NOOP("Feedback", "Hotline"),
    Channel.FAX: QT_TRANSLATE_NOOP("Feedback", "Fax"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Feedback", "E-mail"),
    Channel.WEB: QT_TRANSLATE_NOOP("Feedback", "Web reception"),
    Channel.ACCOUNT: QT_TRANSLATE_NOOP("Feedback", "Personal account"),
    Channel.CHAT: QT_TRANSLATE_NOOP("Feedback", "Online consultant"),
}
TOPIC_TITLES = {
    Topic.DELIVERY_TIME: QT_TRANSLATE_NOOP("Feedback", "Delivery time"),
    Topic.LOSS: QT_TRANSLATE_NOOP("Feedback", "Loss"),
    Topic.DAMAGE: QT_TRANSLATE_NOOP("Feedback", "Damage"),
    Topic.COUNTER_SERVICE: QT_TRANSLATE_NOOP("Feedback", "Service at the counter"),
    Topic.TARIFFS: QT_TRANSLATE_NOOP("Feedback", "Tariffs and payment"),
    Topic.STAFF_CONDUCT: QT_TRANSLATE_NOOP("Feedback", "Staff conduct"),
    Topic.DOCUMENTS: QT_TRANSLATE_NOOP("Feedback", "Documents"),
    Topic.OTHER: QT_TRANSLATE_NOOP("Feedback", "Other"),
}
STATE_TITLES = {
    State.REGISTERED: QT_TRANSLATE_NOOP("Feedback", "Registered"),
    State.IN_WORK: QT_TRANSLATE_NOOP("Feedback", "In work"),
    State.EXTENDED: QT_TRANSLATE_NOOP("Feedback", "Extended"),
    State.DRAFT_READY: QT_TRANSLATE_NOOP("Feedback", "Draft answer ready"),
    State.DECISION_SENT: QT_TRANSLATE_NOOP("Feedback", "Decision sent"),
    State.CLOSED: QT_TRANSLATE_NOOP("Feedback", "Closed"),
    State.APPEALED: QT_TRANSLATE_NOOP("Feedback", "Appealed"),
}
DECISION_TITLES = {
    Decision.SATISFIED: QT_TRANSLATE_NOOP("Feedback", "Satisfied"),
    Decision.PARTLY: QT_TRANSLATE_NOOP("Feedback", "Partly satisfied"),
    Decision.REFUSED: QT_TRANSLATE_NOOP("Feedback", "Refused"),
}

# Allowed moves; answering passes through DRAFT_READY on its way to DECISION_SENT.
TRANSITIONS: dict[State, frozenset[State]] = {
    State.REGISTERED: frozenset({State.IN_WORK, State.EXTENDED, State.DRAFT_READY}),
    State.IN_WORK: frozenset({State.EXTENDED, State.DRAFT_READY}),
    State.EXTENDED: frozenset({State.DRAFT_READY}),
    State.DRAFT_READY: frozenset({State.DECISION_SENT}),
    State.DECISION_SENT: frozenset({State.CLOSED, State.APPEALED}),
    State.CLOSED: frozenset({State.APPEALED}),
    State.APPEALED: frozenset({State.CLOSED}),
}
