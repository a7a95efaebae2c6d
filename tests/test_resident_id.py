"""CN_RESIDENT_ID: case tables for detection and for validation."""

from __future__ import annotations

import datetime as dt

import pytest

from recognizers.resident_id import ChineseResidentIdRecognizer, check_char, is_plausible_id15, is_valid_id18
from tests.conftest import spans

VALID = "141181199001011235"
VALID_X = "11010519491231002X"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(f"身份证号{VALID}。", VALID, id="plain-after-cue"),
        pytest.param(f"其号码{VALID}，", VALID, id="valid-without-cue"),
        pytest.param(f"证件：{VALID_X}", VALID_X, id="check-X"),
        pytest.param(f"证件：{VALID_X[:-1]}x", VALID_X[:-1] + "x", id="check-lowercase-x"),
        pytest.param("身份证１４１１８１１９９００１０１１２３５号", "１４１１８１１９９００１０１１２３５", id="full-width"),
        pytest.param("身份证号141181 19900101 1235", "141181 19900101 1235", id="spaces-6-8-4"),
        pytest.param("号码810000199203045674", "810000199203045674", id="hk-macao-residence-permit"),
        pytest.param("永久居留身份证931100199001010012", "931100199001010012", id="foreigner-permanent-residence"),
        pytest.param("身份证号141181199001011234", "141181199001011234", id="bad-checksum-with-cue"),
        pytest.param("公民身份号码：140402198802301238", "140402198802301238", id="impossible-date-with-cue"),
        pytest.param("身份证号码：141181900101123", "141181900101123", id="legacy-15-with-cue"),
        pytest.param(f"张三{VALID}李四", VALID, id="between-han-characters"),
        pytest.param(f"驾驶证号：{VALID_X}", VALID_X, id="driving-licence-number"),
        pytest.param(f"流水号{VALID}", VALID, id="valid-id-beats-generic-negative-cue"),
    ],
)
def test_finds_resident_ids(redactor, text, expected):
    assert spans(redactor, text, "CN_RESIDENT_ID") == [("CN_RESIDENT_ID", expected)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("编码141181199001011234。", id="bad-checksum-no-cue"),
        pytest.param("批次141181900101123", id="legacy-15-no-cue"),
        pytest.param("统一社会信用代码：136501022597919075", id="credit-code-digits"),
        pytest.param("统一社会信用代码：533401046NFHTHFCL3", id="credit-code-letters"),
        pytest.param("孝公（交）决字〔2022〕第141181000123号", id="document-number"),
        pytest.param("卡号6217002860129040123", id="bank-account-19"),
        pytest.param(f"流水号9{VALID}", id="inside-longer-digit-run"),
        pytest.param("订单号14118120991231123 5", id="17-digits"),
        pytest.param("日期20220503，金额1000元", id="date-and-amount"),
        pytest.param("号码141181209912311235", id="future-birth-date-no-cue"),
    ],
)
def test_ignores_non_ids(redactor, text):
    assert spans(redactor, text, "CN_RESIDENT_ID") == []


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        pytest.param(VALID, True, id="valid"),
        pytest.param(VALID_X, True, id="valid-X"),
        pytest.param("141181199001011234", False, id="wrong-check"),
        pytest.param("991181199001011235"[:17] + check_char("99118119900101123"), True, id="province-9x"),
        pytest.param("001181199001011235"[:17] + check_char("00118119900101123"), False, id="province-00"),
        pytest.param("141181199002301235"[:17] + check_char("14118119900230123"), False, id="feb-30"),
        pytest.param("141181189912311235"[:17] + check_char("14118118991231123"), False, id="before-1900"),
        pytest.param("14118120991231123" + check_char("14118120991231123"), False, id="future"),
    ],
)
def test_is_valid_id18(number, valid):
    assert is_valid_id18(number) is valid


def test_legacy_15_needs_real_date():
    assert is_plausible_id15("141181900101123")
    assert not is_plausible_id15("141181901301123")


@pytest.mark.parametrize(
    ("matched", "result"),
    [
        pytest.param(VALID, True, id="valid-18-confirmed"),
        pytest.param("141181199001011234", None, id="bad-check-keeps-pattern-score"),
        pytest.param("141181900101123", None, id="legacy-keeps-pattern-score"),
        pytest.param("141181901301123", False, id="legacy-bad-date-rejected"),
    ],
)
def test_validate_result(matched, result):
    assert ChineseResidentIdRecognizer().validate_result(matched) is result


def test_check_char_matches_standard_example():
    # GB 11643-1999 worked example: 11010519491231002X
    assert check_char("11010519491231002") == "X"
