"""Identifier ranges: office months roll over past 99,999; contract and S10 ranges are validated."""

import datetime as dt

import pytest
from sqlalchemy import update

from postdesk.common.errors import PermissionDenied, ValidationFailed
from postdesk.models import IdentifierRange
from postdesk.postal.identifiers import is_valid_rpo
from postdesk.postal.numbering import IdentifierKind
from postdesk.services.counter.identifiers import IdentifierService
from tests.support.batches import make_client


def test_office_range_moves_to_the_next_month_code_when_full(core, staff):
    service = IdentifierService(core.uow, today=lambda: dt.date(2026, 5, 20))  # month code 20
    [first] = service.allocate_rpo(staff.operator, 1, office_postcode="430005")
    assert first[:8] == "43000520" and first[8:13] == "00001"
    with core.uow() as tx:
        tx.session.execute(update(IdentifierRange).values(next_serial=99_999))
        tx.commit()
    codes = service.allocate_rpo(staff.operator, 3, office_postcode="430005")
    assert [c[:13] for c in codes] == ["4300052099999", "4300052100001", "4300052100002"]
    assert all(map(is_valid_rpo, codes))
    # June's own numbering continues after what May borrowed
    june = IdentifierService(core.uow, today=lambda: dt.date(2026, 6, 2))
    [next_code] = june.allocate_rpo(staff.operator, 1, office_postcode="430005")
    assert next_code[:13] == "4300052100003"


def test_range_validation_and_permissions(core, staff):
    _client, contract_id = make_client(core)
    for not_allowed in (staff.operator, staff.supervisor):  # ranges are the administrator's office set-up
        with pytest.raises(PermissionDenied):
            core.identifiers.add_range(
                not_allowed, IdentifierKind.RPO, "80082240", 1, 10, contract_id=contract_id
            )
    for prefix, first, last in [
        ("8008224", 1, 10),
        ("80082200", 1, 10),
        ("80082240", 10, 1),
        ("80082240", 1, 100_000),
    ]:
        with pytest.raises(ValidationFailed):
            core.identifiers.add_range(
                staff.admin, IdentifierKind.RPO, prefix, first, last, contract_id=contract_id
            )
    core.identifiers.add_range(staff.admin, IdentifierKind.RPO, "80082240", 1, 100, contract_id=contract_id)
    with pytest.raises(ValidationFailed):
        core.identifiers.add_range(
            staff.admin, IdentifierKind.RPO, "80082240", 50, 150, contract_id=contract_id
        )
    with pytest.raises(ValidationFailed):
        core.identifiers.add_range(staff.admin, IdentifierKind.S10, "R1", 1, 10, suffix="RU")
    [info] = core.identifiers.ranges(staff.operator, contract_id=contract_id)
    assert info.remaining == 100 and info.kind is IdentifierKind.RPO
