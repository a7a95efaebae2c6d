"""Operators: mask styles as tables, parameter validation with pytest.raises."""

from __future__ import annotations

import pytest
from presidio_anonymizer.entities import InvalidParamError

from redact.operators import (
    FillOperator,
    HmacOperator,
    KeepEndsOperator,
    PhoneMaskOperator,
    PlateMaskOperator,
    SurnameOperator,
    keyed_digest,
)

KEY = b"0123456789abcdef-test-key"


@pytest.mark.parametrize(
    ("value", "params", "expected"),
    [
        pytest.param("张伟", {}, "张某", id="default"),
        pytest.param("欧阳娜娜", {}, "欧阳某", id="compound-surname"),
        pytest.param("张志强", {"per_char": True, "mask_char": "*"}, "张**", id="per-char"),
        pytest.param("买买提·艾力", {}, "买某", id="dotted"),
        pytest.param("张伟", {"numbered": True, "document_values": ("张伟", "李四", "张敏", "张伟")}, "张某1", id="numbered-first"),
        pytest.param("张敏", {"numbered": True, "document_values": ("张伟", "李四", "张敏")}, "张某2", id="numbered-second"),
        pytest.param("李四", {"numbered": True, "document_values": ("张伟", "李四", "张敏")}, "李某", id="numbered-unique-surname"),
    ],
)
def test_surname(value, params, expected):
    op = SurnameOperator()
    op.validate(params)
    assert op.operate(value, params) == expected


@pytest.mark.parametrize(
    ("value", "params", "expected"),
    [
        pytest.param("141181199001011235", {"keep_first": 6}, "141181************", id="bulletin-id"),
        pytest.param("141181 19900101 1235", {"keep_first": 6}, "141181 ******** ****", id="separators-kept"),
        pytest.param("11010519491231002X", {"keep_first": 1, "keep_last": 2}, "1***************2X", id="hutool-id"),
        pytest.param("１４１１８１１９９００１０１１２３５", {"keep_first": 6}, "１４１１８１************", id="full-width"),
    ],
)
def test_keep_ends(value, params, expected):
    assert KeepEndsOperator().operate(value, params) == expected


@pytest.mark.parametrize(
    ("value", "params", "expected"),
    [
        pytest.param("13812345678", {}, "138****5678", id="mobile"),
        pytest.param("138-1234-5678", {}, "138-****-5678", id="mobile-dashes"),
        pytest.param("+86 13812345678", {}, "+86 138****5678", id="plus86-kept"),
        pytest.param("(+86)13812345678", {}, "(+86)138****5678", id="paren-plus86"),
        pytest.param("0358-7221234", {}, "0358-*******", id="landline"),
        pytest.param("(0358)7221234", {}, "(0358)*******", id="landline-parens"),
        pytest.param("010-62345678", {}, "010-********", id="beijing"),
        pytest.param("03587221234", {}, "0358*******", id="landline-compact"),
        pytest.param("01062345678", {}, "010********", id="beijing-compact"),
        pytest.param("0358-7221234转123", {}, "0358-*******转***", id="extension-masked"),
        pytest.param("03587221234", {"landline_keep_first": 4, "landline_keep_last": 2}, "0358*****34", id="hutool-landline"),
        pytest.param("１３８１２３４５６７８", {}, "１３８****５６７８", id="full-width"),
    ],
)
def test_phone_mask(value, params, expected):
    op = PhoneMaskOperator()
    op.validate(params)
    assert op.operate(value, params) == expected


@pytest.mark.parametrize(
    ("value", "params", "expected"),
    [
        pytest.param("晋J·A12B3", {}, "晋J·***B3", id="ordinary-dot"),
        pytest.param("晋JA1223", {}, "晋J***23", id="ordinary"),
        pytest.param("晋JD12345", {}, "晋J****45", id="new-energy"),
        pytest.param("晋J1234警", {}, "晋J**34警", id="class-character-kept"),
        pytest.param("WJ晋12345", {}, "WJ晋***45", id="armed-police"),
        pytest.param("苏D4A8B0", {"keep_first": 1, "keep_last": 1}, "苏D4***0", id="hutool"),
    ],
)
def test_plate_mask(value, params, expected):
    assert PlateMaskOperator().operate(value, params) == expected


def test_fill():
    assert FillOperator().operate("13812345678", {"char": "×"}) == "×" * 11


def test_hmac_is_keyed_and_stable():
    op = HmacOperator()
    params = {"key": KEY, "entity_type": "PERSON"}
    op.validate(params)
    token = op.operate("张伟", params)
    assert token == op.operate("张伟", params)
    assert token != op.operate("张伟", {**params, "key": KEY + b"x"})
    assert token.startswith("〔PERSON:") and "张伟" not in token
    # the same ID typed two ways links
    assert keyed_digest(KEY, "141181 19900101 1235") == keyed_digest(KEY, "１４１１８１１９９００１０１１２３５")


@pytest.mark.parametrize(
    ("op", "params", "message"),
    [
        pytest.param(SurnameOperator(), {"mask_char": "某某"}, "single character", id="surname-mask-char"),
        pytest.param(SurnameOperator(), {"numbered": "yes"}, "true or false", id="surname-numbered"),
        pytest.param(KeepEndsOperator(), {"keep_first": -1}, "whole number", id="keep-negative"),
        pytest.param(KeepEndsOperator(), {"keep_first": 1.5}, "whole number", id="keep-float"),
        pytest.param(PhoneMaskOperator(), {"landline_keep_first": "all"}, "whole number", id="phone-landline"),
        pytest.param(PlateMaskOperator(), {"mask_char": ""}, "single character", id="plate-mask-char"),
        pytest.param(HmacOperator(), {"key": b"short"}, "at least 16 bytes", id="hmac-short-key"),
        pytest.param(HmacOperator(), {}, "at least 16 bytes", id="hmac-no-key"),
        pytest.param(HmacOperator(), {"key": KEY, "length": 4}, "between 8 and 64", id="hmac-length"),
    ],
)
def test_bad_params_are_rejected(op, params, message):
    with pytest.raises(InvalidParamError, match=message):
        op.validate(params)
