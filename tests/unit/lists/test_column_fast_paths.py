"""The whole-column shortcuts of the check give exactly what the cell-by-cell rules give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from postdesk.lists.items import ListItem, fill_recipient_keys, recipient_key
from postdesk.lists.normalise import _barcode_text, _text_column
from postdesk.lists.values import plain_text
from postdesk.postal.identifiers import is_valid_rpo, rpo_check_digit

_TEXT = st.text(
    alphabet=st.sampled_from(["a", "Б", "ß", "ё", "Ё", " ", "\t", "\n", "\xa0", "\u2028", "\x00", "1"])
)
_CELL = st.one_of(
    st.none(), _TEXT, st.integers(-5, 5), st.floats(allow_nan=False), st.sampled_from(["x y", ""])
)


@given(st.lists(_CELL, min_size=1, max_size=8))
def test_a_text_column_reads_as_its_cells_one_by_one(column):
    for parse in (plain_text, _barcode_text):
        assert _text_column(list(column), parse) == [parse(value) for value in column]


@given(
    st.lists(st.tuples(_TEXT, _TEXT, st.sampled_from(["", "101000", "A1"]), st.none() | st.integers(0, 99)))
)
def test_keys_of_a_chunk_are_the_keys_of_its_items(rows):
    items = [
        ListItem(n, n, recipient_name=r, address=a, postcode=p, declared_mass_g=m)
        for n, (r, a, p, m) in enumerate(rows)
    ]
    fill_recipient_keys(items)
    assert [item.key_cache for item in items] == [recipient_key(r, p, a, m) for r, a, p, m in rows]


@given(st.text(alphabet="0123456789١", min_size=12, max_size=15))
def test_the_identifier_check_is_the_check_digit_rule(code):
    expected = (
        len(code) == 14 and code.isdigit() and code.isascii() and rpo_check_digit(code[:13]) == int(code[13])
    )
    assert is_valid_rpo(code) is expected
