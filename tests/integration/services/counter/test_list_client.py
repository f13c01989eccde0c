"""A list whose title names another client: a list finding, a refused import until confirmed
(then audited), and the client the title's INN belongs to offered; on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from postdesk.models import AuditEntry, Batch
from postdesk.services.counter.list_client import OTHER_CLIENT
from postdesk.services.counter.lists import OtherClientList
from tests.support.lists import good_rows, make_client, write_xlsx


def _clients(core, staff):  # type: ignore[no-untyped-def]
    romashka, romashka_inn = make_client(core, staff.operator, "132600002", "ООО «Ромашка»")
    polka, polka_inn = make_client(core, staff.operator, "132600003", "ООО «Полка»")
    return (romashka, romashka_inn), (polka, polka_inn)


def _checked(core, staff, client_id, tmp_path, title):  # type: ignore[no-untyped-def]
    path = write_xlsx(tmp_path / "list.xlsx", good_rows(3), title=title)
    opened, _remembered = core.lists.open(staff.operator, client_id, path)
    return core.lists.check(staff.operator, client_id, opened)


def _drafts(core) -> int:  # type: ignore[no-untyped-def]
    with core.uow() as tx:
        return int(tx.session.scalar(select(func.count()).select_from(Batch)) or 0)


def test_another_clients_inn_is_a_list_finding_that_names_the_client(core, staff, tmp_path):
    (romashka, romashka_inn), (polka, _polka_inn) = _clients(core, staff)
    result = _checked(core, staff, polka, tmp_path, [f"ООО «Ромашка», ИНН {romashka_inn}", "Список № 17"])
    [finding] = [f for f in result.findings if f.code == OTHER_CLIENT]
    assert finding.row is None and finding.severity.value == "warning"
    assert "ООО «Ромашка»" in finding.message and romashka_inn in finding.message
    assert "ООО «Полка»" in finding.message and "INN" not in finding.message
    check = core.lists.client_check(staff.operator, polka, result)
    assert check.differs == ("inn",) and check.matching is not None and check.matching.id == romashka
    same = _checked(core, staff, romashka, tmp_path, [f"ООО «Ромашка», ИНН {romashka_inn}"])
    assert not [f for f in same.findings if f.code == OTHER_CLIENT]
    assert not core.lists.client_check(staff.operator, romashka, same).mismatch


def test_the_import_is_refused_until_confirmed_and_the_confirmation_is_audited(core, staff, tmp_path):
    (romashka, romashka_inn), (polka, _polka_inn) = _clients(core, staff)
    result = _checked(core, staff, polka, tmp_path, [f"Отправитель: ООО «Ромашка», ИНН {romashka_inn}"])
    with pytest.raises(OtherClientList, match="Ромашка"):
        core.lists.import_draft(staff.operator, polka, result)
    assert _drafts(core) == 0
    draft = core.lists.import_draft(staff.operator, polka, result, other_client_confirmed=True)
    assert draft.client_id == polka and draft.items_count == 3
    with core.uow() as tx:
        object_id, login, after = tx.session.execute(
            select(AuditEntry.object_id, AuditEntry.user_login, AuditEntry.after).where(
                AuditEntry.action == "list_other_client_confirmed"
            )
        ).one()
    assert object_id == str(draft.id) and login == staff.operator.login
    assert after["listed_inn"] == romashka_inn and after["matching_client_id"] == romashka


def test_a_name_a_kpp_and_an_unknown_inn(core, staff, tmp_path):
    (_romashka, romashka_inn), (polka, _polka_inn) = _clients(core, staff)
    by_name = core.lists.client_check(
        staff.operator, polka, _checked(core, staff, polka, tmp_path, ["Отправитель:", "ИП Сидоров"])
    )
    assert by_name.differs == ("name",) and by_name.matching is None
    spelled = _checked(core, staff, polka, tmp_path, ["Общество с ограниченной ответственностью «ПОЛКА»"])
    assert not core.lists.client_check(staff.operator, polka, spelled).mismatch
    branch = _checked(core, staff, polka, tmp_path, [f"ООО «Полка», ИНН {_polka_inn}, КПП 132602002"])
    assert core.lists.client_check(staff.operator, polka, branch).differs == ("kpp",)
    unknown = _checked(core, staff, polka, tmp_path, ["ООО «Кто-то», ИНН 7707083893"])
    check = core.lists.client_check(staff.operator, polka, unknown)
    assert check.differs == ("inn",) and check.matching is None
    assert "Кто-то" in check.message() and romashka_inn not in check.message()
