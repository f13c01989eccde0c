from hypothesis import given
from hypothesis import strategies as st

from postdesk.postal import requisites as r

# Published examples: Sberbank INN/OGRN/BIK and its correspondent account.
SBER_INN = "7707083893"
SBER_OGRN = "1027700132195"
SBER_BIK = "044525225"
SBER_CORR = "30101810400000000225"


def test_known_real_requisites_are_valid():
    assert r.is_valid_inn(SBER_INN)
    assert r.is_valid_ogrn(SBER_OGRN)
    assert r.check_bik(SBER_BIK) is None
    assert r.account_key_valid(SBER_BIK, SBER_CORR, correspondent=True)
    assert r.check_correspondent_account(SBER_CORR, SBER_BIK) is None


def test_individual_inn_with_two_check_digits():
    assert r.is_valid_inn("500100732259")
    assert not r.is_valid_inn("500100732258")


def test_wrong_check_digit_is_reported_in_russian():
    message = r.check_inn("7707083894")
    assert message is not None and "контрольн" in message.lower()
    assert r.check_inn("") is not None
    assert r.check_inn("12345") is not None


def test_kpp_format():
    assert r.check_kpp("770701001") is None
    assert r.check_kpp("7707AB001") is None
    assert r.check_kpp("77070100") is not None


def test_ogrnip_check_digit():
    prefix = "30450010000000"
    assert r.is_valid_ogrn(prefix + r.ogrn_check_digit(prefix))
    assert not r.is_valid_ogrn(prefix + str((int(r.ogrn_check_digit(prefix)) + 1) % 10))


def test_settlement_account_must_match_bik():
    account = r.account_check_digit(SBER_BIK, "40702810" + "0" + "38000000001", correspondent=False)
    assert r.check_settlement_account(account, SBER_BIK) is None
    broken = account[:-1] + str((int(account[-1]) + 1) % 10)
    assert r.check_settlement_account(broken, SBER_BIK) is not None
    assert r.check_settlement_account(account, "") is not None


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_generated_legal_inn_is_valid_and_any_digit_change_breaks_it(prefix):
    inn = r.inn_check_digits(prefix)
    assert r.is_valid_inn(inn)
    last = (int(inn[-1]) + 1) % 10
    assert not r.is_valid_inn(inn[:-1] + str(last))


@given(st.text(alphabet="0123456789", min_size=10, max_size=10))
def test_generated_individual_inn_is_valid(prefix):
    assert r.is_valid_inn(r.inn_check_digits(prefix))


@given(st.text(alphabet="0123456789", min_size=11, max_size=11), st.sampled_from([SBER_BIK, "045655718"]))
def test_account_key_detects_any_single_digit_error(tail, bik):
    account = r.account_check_digit(bik, "40702810" + "0" + tail, correspondent=False)
    assert r.account_key_valid(bik, account, correspondent=False)
    for position in range(20):
        if position == 8:
            continue
        digit = int(account[position])
        changed = account[:position] + str((digit + 1) % 10) + account[position + 1 :]
        assert not r.account_key_valid(bik, changed, correspondent=False)
