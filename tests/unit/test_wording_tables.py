"""Every wording table of the core names every member of its enum (no raw code reaches a person)."""

from __future__ import annotations

from postdesk.postal.mailclasses import MailCategory, MailRank, MailType, NoticeKind
from postdesk.printing import wording
from tests.support.wording import enum_tables, incomplete, modules, string_table_gaps

# Tables keyed by an enum that deliberately hold only some members, and why.
PARTIAL = {
    "postdesk.lists.mailkind._FIRST_CLASS": "maps only the kinds that have a first-class variant",
    "postdesk.lists.normalise._WORD_CODES": "only the fields written as words have a finding code",
    "postdesk.printing.render._PER_ITEM": "only the forms printed one per item",
    "postdesk.printing.render._SELECTORS": "only the forms printed for some of the items",
    "postdesk.services.surveys.catalogue.NUMERIC_RANGES": "only the questions answered with a number",
    "postdesk.tariffs.changes._NOTICE_ITEMS": "no notice has no price",
}
CORE = ("postdesk.",)
NOT_CORE = ("postdesk.ui", "postdesk.devices.qt", "postdesk.cli")


def test_every_enum_keyed_table_of_the_core_covers_its_enum() -> None:
    assert incomplete(CORE, PARTIAL, NOT_CORE) == []


def test_the_search_finds_the_tables_it_should() -> None:
    searched = modules(("postdesk.postal", "postdesk.services.feedback"))
    found = {t.where for m in searched for t in enum_tables(m)}
    expected = {
        "postdesk.postal.mailclasses.RANK_TITLES",
        "postdesk.services.feedback.catalogue.STATE_TITLES",
    }
    assert expected <= found


def test_the_partial_list_names_only_tables_that_exist_and_are_partial() -> None:
    tables = {t.where: t for m in modules(CORE, NOT_CORE) for t in enum_tables(m)}
    for where in PARTIAL:
        assert where in tables, where
        assert tables[where].missing(), f"{where} is complete now: drop it from PARTIAL"


def test_the_printed_forms_name_every_mail_type_category_rank_and_notice() -> None:
    assert string_table_gaps(wording.MAIL_TYPES, MailType) == []
    assert string_table_gaps(wording.MAIL_CATEGORIES, MailCategory) == []
    assert string_table_gaps(wording.MAIL_RANKS, MailRank) == []
    assert string_table_gaps(wording.NOTICES, NoticeKind) == []
    assert string_table_gaps(wording.NOTICES_SHORT, NoticeKind) == []
    assert string_table_gaps(wording.NOTICE_TITLES, NoticeKind) == ["NONE"]
