"""CN_PHONE_NUMBER: case tables for detection and validation."""

from __future__ import annotations

import pytest

from recognizers.phone import ChinesePhoneRecognizer, national_number
from tests.conftest import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("联系电话13812345678。", "13812345678", id="mobile-plain"),
        pytest.param("电话138-1234-5678", "138-1234-5678", id="mobile-dashes"),
        pytest.param("手机 138 1234 5678 ", "138 1234 5678", id="mobile-spaces"),
        pytest.param("手机+8613812345678", "+8613812345678", id="plus86"),
        pytest.param("手机+86 138 1234 5678", "+86 138 1234 5678", id="plus86-grouped"),
        pytest.param("手机0086-13812345678", "0086-13812345678", id="0086"),
        pytest.param("手机(+86)13812345678", "(+86)13812345678", id="paren-plus86"),
        pytest.param("手机8613812345678", "8613812345678", id="bare-86"),
        pytest.param("手机１３８１２３４５６７８", "１３８１２３４５６７８", id="full-width"),
        pytest.param("号码16212345678", "16212345678", id="prefix-162"),
        pytest.param("号码16512345678", "16512345678", id="prefix-165"),
        pytest.param("号码16712345678", "16712345678", id="prefix-167"),
        pytest.param("号码19012345678", "19012345678", id="prefix-190"),
        pytest.param("号码19912345678", "19912345678", id="prefix-199"),
        pytest.param("号码14912345678", "14912345678", id="prefix-unknown-to-plan-still-flagged"),
        pytest.param("张三13812345678李四", "13812345678", id="between-han"),
        pytest.param("电话0358-7221234", "0358-7221234", id="landline-dash"),
        pytest.param("电话(0358)7221234", "(0358)7221234", id="landline-parens"),
        pytest.param("电话（0358）7221234", "（0358）7221234", id="landline-full-width-parens"),
        pytest.param("电话0358 7221234", "0358 7221234", id="landline-space"),
        pytest.param("电话0472—5123456", "0472—5123456", id="landline-em-dash"),
        pytest.param("电话010-62345678", "010-62345678", id="beijing"),
        pytest.param("电话021-62345678", "021-62345678", id="shanghai"),
        pytest.param("电话0358-7221234转123", "0358-7221234转123", id="extension-zhuan"),
        pytest.param("电话0358-7221234-123", "0358-7221234-123", id="extension-dash"),
        pytest.param("座机03587221234", "03587221234", id="landline-no-separator"),
        pytest.param("联系电话：0571-7221234", "0571-7221234", id="wrong-length-with-cue"),
        pytest.param("单号：13812345678", "13812345678", id="confirmed-mobile-beats-negative-cue"),
        pytest.param("单号（010）20975351", "（010）20975351", id="formatted-landline-beats-negative-cue"),
    ],
)
def test_finds_phone_numbers(redactor, text, expected):
    assert spans(redactor, text, "CN_PHONE_NUMBER") == [("CN_PHONE_NUMBER", expected)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("政务服务热线12345", id="hotline-12345"),
        pytest.param("交通事故报警12122", id="hotline-12122"),
        pytest.param("报警请拨打110或120", id="emergency"),
        pytest.param("客服电话95588、95598", id="95xxx"),
        pytest.param("服务热线400-800-1234", id="400"),
        pytest.param("免费电话800-820-8820", id="800"),
        pytest.param("电话4008001234", id="400-compact"),
        pytest.param("长治市12345热线0355-12345", id="local-hotline"),
        pytest.param("日期20220503", id="date"),
        pytest.param("孝公（交）决字〔2022〕第141181000123号", id="document-number"),
        pytest.param("账号6222021234567890123", id="bank-account"),
        pytest.param("订单号138123456789", id="12-digits"),
        pytest.param("编号12012345678", id="prefix-120"),
        pytest.param("数量0571-7221234", id="wrong-length-no-cue"),
        pytest.param("设备编号051227168685", id="negative-cue-device-number"),
    ],
)
def test_ignores_non_personal_numbers(redactor, text):
    assert spans(redactor, text, "CN_PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("matched", "national"),
    [
        pytest.param("+86 138 1234 5678", "13812345678", id="plus86"),
        pytest.param("0086-13812345678", "13812345678", id="0086"),
        pytest.param("(0358)7221234转123", "03587221234", id="extension"),
        pytest.param("0358-7221234-12", "03587221234", id="dash-extension"),
        pytest.param("0358-7221234", "03587221234", id="no-extension"),
    ],
)
def test_national_number(matched, national):
    assert national_number(matched) == national


@pytest.mark.parametrize(
    ("matched", "result"),
    [
        pytest.param("13812345678", True, id="assigned-mobile"),
        pytest.param("0358-7221234", True, id="landline"),
        pytest.param("15412345678", None, id="unassigned-keeps-score"),
        pytest.param("0571-7221234", None, id="short-local-keeps-score"),
    ],
)
def test_validate_result(matched, result):
    assert ChinesePhoneRecognizer().validate_result(matched) is result


@pytest.mark.parametrize(("matched", "kind"), [("13812345678", "mobile"), ("0358-7221234", "landline")])
def test_subtype(matched, kind):
    assert ChinesePhoneRecognizer().subtype(matched) == kind
