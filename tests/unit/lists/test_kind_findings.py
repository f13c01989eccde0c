"""A kind the post does not send, or the tariff does not price, is a row finding of the check."""

from __future__ import annotations

from postdesk.lists.check import check_list, open_list
from postdesk.lists.findings import Severity
from tests.support.lists import good_rows, write_xlsx


def _by_row(result):
    return {f.row: f for f in result.findings if f.code.startswith("kind_")}


def test_impossible_and_unpriced_kinds_are_found_at_the_check_in_words(tmp_path):
    rows = good_rows(3)
    rows[0][5], rows[0][6] = "Посылка", "простая"  # a parcel is never simple
    rows[1][5], rows[1][6] = "Посылка", "заказная"  # provided, but not priced by this tariff
    path = write_xlsx(tmp_path / "kinds.xlsx", rows)

    def has_rate(mail_type: str, category: str) -> bool:
        return (mail_type, category) != ("POSTAL_PARCEL", "ORDERED")

    result = check_list(open_list(path), has_rate=has_rate)
    found = _by_row(result)
    assert set(found) == {2, 3} and result.valid == 1
    assert found[2].code == "kind_not_provided" and found[2].severity is Severity.ERROR
    assert "Посылка" in found[2].message and "обыкновенное" in found[2].message
    assert found[3].code == "kind_not_priced" and "Посылка, заказное" in found[3].message
    for finding in found.values():
        assert "POSTAL_PARCEL" not in finding.message and "ORDERED" not in finding.message
        assert finding.column  # the category column is named for the client
