"""Who a list says it is from: the INN, КПП and name in its title block."""

from __future__ import annotations

import pytest

from postdesk.lists.check import check_list, open_list
from postdesk.lists.mapping import parse_title
from tests.support.lists import SAMPLES


@pytest.mark.parametrize(
    ("rows", "inn", "kpp", "sender"),
    [
        ([["ООО «Ромашка», ИНН 1326000000"]], "1326000000", "", "ООО «Ромашка»"),
        ([["Отправитель:", "ИП Петров И. И."]], "", "", "ИП Петров И. И."),
        (
            [["Отправитель: АО «Лето»; ИНН: 132600000012; КПП 132601001"]],
            "132600000012",
            "132601001",
            "АО «Лето»",
        ),
        ([["Реквизиты: ИНН 1326000000"], ["Список № 5"]], "1326000000", "", ""),
        ([["Список внутренних почтовых отправлений № 17"], ["Вид: письмо заказное"]], "", "", ""),
        ([["ИНН 13260000001"]], "", "", ""),  # eleven digits: not an INN
    ],
)
def test_the_title_block_gives_the_sender(rows, inn, kpp, sender):
    title = parse_title(rows)
    assert (title.inn, title.kpp, title.sender) == (inn, kpp, sender)


def test_the_shipped_sample_names_its_sender_and_keeps_it_with_a_kind_given():
    result = check_list(open_list(SAMPLES / "general-list-header-row6.xlsx"), kind="Письмо заказное")
    assert (result.title.inn, result.title.sender, result.title.number) == (
        "1326000000",
        "ООО «Ромашка»",
        "17",
    )
