"""Sending a run of notices: by e-mail through the mail queue, or for post when a client has no e-mail.

Every e-mail is queued first; once the server has failed (down, login refused) the rest are
only queued, so one dead server costs one timeout, not one per client, and the queue's retry
sends them later. Letters for post are listed for printing with their address labels (printing
a label marks the letter printed). Stopping part-way keeps what was done and says how far it got.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from postdesk.common.errors import UserError
from postdesk.services.context import Actor
from postdesk.services.outreach.letters import LetterService
from postdesk.services.outreach.mail import SENT, MailService
from postdesk.services.outreach.notices import NoticeSent

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DeliveryFailure:
    client_name: str
    email: str
    message: str


@dataclass(frozen=True)
class DeliveryReport:
    sent: tuple[NoticeSent, ...]
    queued: tuple[NoticeSent, ...]  # waiting in the mail queue for a retry
    for_post: tuple[NoticeSent, ...]  # no e-mail (or one the queue refuses): to print
    failures: tuple[DeliveryFailure, ...]
    cancelled: bool
    total: int


def deliver_notices(
    letters: LetterService,
    mail: MailService,
    actor: Actor,
    notices: Sequence[NoticeSent],
    *,
    progress: Progress = lambda done, total, text: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> DeliveryReport:
    sent: list[NoticeSent] = []
    queued: list[NoticeSent] = []
    for_post: list[NoticeSent] = []
    failures: list[DeliveryFailure] = []
    server_failed = False
    stopped = False
    total = len(notices)
    for done, notice in enumerate(notices):
        if cancelled():
            stopped = True
            break
        progress(done, total, notice.client_name)
        mail_id = None
        if notice.email:
            try:
                mail_id = letters.queue(actor, notice.letter_id, notice.email)
            except UserError as exc:  # an address the queue refuses: the letter goes by post instead
                failures.append(DeliveryFailure(notice.client_name, notice.email, exc.message))
        if mail_id is None:
            for_post.append(notice)
            continue
        if server_failed:
            queued.append(notice)
            continue
        try:
            view = mail.send(actor, mail_id)
        except UserError as exc:
            server_failed = True
            failures.append(DeliveryFailure(notice.client_name, notice.email, exc.message))
            queued.append(notice)
            continue
        (sent if view.status == SENT else queued).append(notice)
    progress(len(sent) + len(queued) + len(for_post), total, "")
    return DeliveryReport(tuple(sent), tuple(queued), tuple(for_post), tuple(failures), stopped, total)
