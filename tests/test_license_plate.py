"""CN_LICENSE_PLATE: case tables incl. separators, new-energy and special classes."""

from __future__ import annotations

import pytest

from recognizers.license_plate import ChineseLicensePlateRecognizer


def plates(redactor, text):
    return [
        (text[f.start : f.end], f.subtype) for f in redactor.analyze(text) if f.entity_type == "CN_LICENSE_PLATE"
    ]


@pytest.mark.parametrize(
    ("text", "plate", "cls"),
    [
        pytest.param("驾驶晋J·A12B3号车", "晋J·A12B3", "ordinary", id="plate-middle-dot"),
        pytest.param("驾驶晋J•A12B3号车", "晋J•A12B3", "ordinary", id="plate-bullet"),
        pytest.param("驾驶晋J・A12B3号车", "晋J・A12B3", "ordinary", id="plate-katakana-dot"),
        pytest.param("驾驶晋J-A12B3号车", "晋J-A12B3", "ordinary", id="plate-dash"),
        pytest.param("驾驶晋J.A12B3号车", "晋J.A12B3", "ordinary", id="plate-period"),
        pytest.param("驾驶晋J A12B3号车", "晋J A12B3", "ordinary", id="plate-space"),
        pytest.param("驾驶晋JA12B3号车", "晋JA12B3", "ordinary", id="plate-no-separator"),
        pytest.param("驾驶晋Ｊ·Ａ１２Ｂ３号车", "晋Ｊ·Ａ１２Ｂ３", "ordinary", id="plate-full-width"),
        pytest.param("京CX8888", "京CX8888", "ordinary", id="plate-alone"),
        pytest.param("驾驶晋j·a12b3号车", "晋j·a12b3", "ordinary", id="plate-lower-case"),
        pytest.param("车牌晋 J·A12B3", "晋 J·A12B3", "ordinary", id="plate-space-after-province"),
        pytest.param("(+86)18312348886贵P67013E", "贵P67013E", "new_energy", id="plate-right-after-digits"),
        pytest.param("型号晋A12345", "晋A12345", "ordinary", id="confirmed-plate-beats-negative-cue"),
        pytest.param("驾驶晋JD12345号车", "晋JD12345", "new_energy", id="new-energy-small"),
        pytest.param("驾驶晋JFA1234号车", "晋JFA1234", "new_energy", id="new-energy-small-letter"),
        pytest.param("驾驶晋J12345D号车", "晋J12345D", "new_energy", id="new-energy-large"),
        pytest.param("驾驶晋J·D12345号车", "晋J·D12345", "new_energy", id="new-energy-separator"),
        pytest.param("警车晋J1234警", "晋J1234警", "police", id="police"),
        pytest.param("教练车晋J1234学", "晋J1234学", "learner", id="learner"),
        pytest.param("挂车晋J1234挂", "晋J1234挂", "trailer", id="trailer"),
        pytest.param("粤Z·1234港", "粤Z·1234港", "hong_kong", id="hong-kong"),
        pytest.param("粤Z1234澳", "粤Z1234澳", "macao", id="macao"),
        pytest.param("沪A1234领", "沪A1234领", "consulate", id="consulate"),
        pytest.param("使馆车辆使014578", "使014578", "embassy", id="embassy"),
        pytest.param("WJ晋12345", "WJ晋12345", "armed_police", id="armed-police"),
        pytest.param("军车车牌KA·12345", "KA·12345", "military", id="military-with-cue"),
        pytest.param("使馆车辆使198·476", "使198·476", "embassy", id="embassy-with-dot"),
        pytest.param("WJ16·93015", "WJ16·93015", "armed_police", id="armed-police-2012"),
        pytest.param("WJ07X0230", "WJ07X0230", "armed_police", id="armed-police-2012-letter"),
        # Real serials never hold I or O: typed for 1 and 0, they are a mistyped plate.
        pytest.param("晋JI2345", "晋JI2345", "ordinary", id="letter-I-typed-for-1"),
        pytest.param("晋JO2345", "晋JO2345", "ordinary", id="letter-O-typed-for-0"),
        pytest.param("冀B·O1234号小型轿车", "冀B·O1234", "ordinary", id="letter-O-after-separator"),
        pytest.param("冀BO1234", "冀BO1234", "ordinary", id="letter-O-no-separator"),
    ],
)
def test_finds_plates_with_class(redactor, text, plate, cls):
    assert plates(redactor, text) == [(plate, cls)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("晋城市人民政府", id="city-name"),
        pytest.param("京港澳高速", id="expressway"),
        pytest.param("京ICP备12345678号", id="icp-licence"),
        pytest.param("京B2-20090059", id="telecom-licence"),
        pytest.param("湘ABCDE", id="all-letters"),
        pytest.param("京ABOOKS", id="a-word-with-O-is-no-mistyped-plate"),
        pytest.param("晋J1234567", id="too-long"),
        pytest.param("依据GB 11643-1999和GB 12345标准", id="gb-standard"),
        pytest.param("车辆识别代号LSVAM4187C2184847", id="vin"),
    ],
)
def test_ignores_non_plates(redactor, text):
    assert plates(redactor, text) == []


@pytest.mark.parametrize(
    ("matched", "result"),
    [
        pytest.param("晋J·A12B3", True, id="two-letters"),
        pytest.param("京A12345", True, id="all-digits"),
        pytest.param("晋JAB1C2", True, id="three-letters"),
        pytest.param("晋JABCD1", None, id="four-letters-keeps-low-score"),
        pytest.param("晋J1234警", True, id="class-suffix"),
        pytest.param("KA·12345", None, id="military-keeps-score"),
    ],
)
def test_validate_result(matched, result):
    assert ChineseLicensePlateRecognizer().validate_result(matched) is result
