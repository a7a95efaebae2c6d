"""Numbers, plates and names as people type them: groups, line breaks, Han digits, O for 0.

Case tables for each form and its hard negatives, then properties: a generated value of each
form in random Chinese text is found with exact offsets and never survives redaction, and a
generated hard negative of the same shape is never touched.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.corpus import Gen
from recognizers import license_plate, phone, resident_id
from recognizers.phone import HAN_DIGITS
from recognizers.resident_id import check_char
from tests.test_properties import HAN_FILLER, SETTINGS

ID = "130102199001011237"  # a valid ID whose first 11 digits look like a mobile (130…)
assert check_char(ID[:17]) == ID[17]
ID_X = "11010119850315118X"  # one whose check character is X
assert check_char(ID_X[:17]) == "X"


def found(redactor, text, etype):
    return [text[f.start : f.end] for f in redactor.analyze(text) if f.entity_type == etype]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(f"身份证号 {ID[:4]} {ID[4:8]} {ID[8:12]} {ID[12:16]} {ID[16:]}", None, id="4-4-4-4-2-spaces"),
        pytest.param(f"{ID[:4]}-{ID[4:8]}-{ID[8:12]}-{ID[12:16]}-{ID[16:]}", None, id="4-4-4-4-2-dashes-no-cue"),
        pytest.param(f"身份证号：{ID[:4]}\u3000{ID[4:8]}\u3000{ID[8:12]}\u3000{ID[12:16]}\u3000{ID[16:]}", None, id="full-width-spaces"),
        pytest.param(f"证件号 {ID[:4]}  {ID[4:8]}  {ID[8:12]}  {ID[12:16]}  {ID[16:]}", None, id="double-spaces"),
        pytest.param(f"身份证号：{ID[:11]}\n{ID[11:]}，电话13812345678", f"{ID[:11]}\n{ID[11:]}", id="broken-after-11th-digit"),
        pytest.param(f"{ID[:6]}\n{ID[6:]}", None, id="broken-after-6th-digit"),
        pytest.param("张三（411081850715123）驾驶", "411081850715123", id="id15-in-parentheses-after-name"),
        pytest.param("1. 王小明 411081850715123 驾驶摩托车", "411081850715123", id="id15-after-name-in-list"),
        pytest.param(f"身份证号：{ID_X[:17]}×，电话13812345678", f"{ID_X[:17]}×", id="check-x-written-as-times-sign"),
    ],
)
def test_typed_ids(redactor, text, value):
    value = value or text[text.index(ID[:4]) :].split("，")[0]
    if value.endswith("×"):  # the check character: masked like the digits
        assert redactor.redact_text(text).text.startswith(f"身份证号：{ID_X[:6]}{'*' * 12}，")
    assert found(redactor, text, "CN_RESIDENT_ID") == [value]
    assert found(redactor, text, "CN_PHONE_NUMBER") == (["13812345678"] if "电话" in text else [])
    out = redactor.redact_text(text).text
    assert _compact(value)[6:] not in _compact(out)  # only the address code is left


def _compact(text: str) -> str:
    return "".join(ch for ch in text.translate({0x3000: " "}) if ch not in " -\n")


def test_grouped_id_mask_keeps_its_spaces(redactor):
    text = f"身份证号 {ID[:4]} {ID[4:8]} {ID[8:12]} {ID[12:16]} {ID[16:]}"
    assert redactor.redact_text(text).text == "身份证号 1301 02** **** **** **"


@pytest.mark.parametrize(
    ("text", "value", "masked"),
    [
        pytest.param("联系电话一三九一二三四五六七八", "一三九一二三四五六七八", "联系电话一三九****五六七八", id="han-digits"),
        pytest.param("电话：幺三九洞幺二三四五六七", "幺三九洞幺二三四五六七", "电话：幺三九****四五六七", id="yao-and-dong"),
        pytest.param("手机139.1234.5678", "139.1234.5678", "手机139.****.5678", id="dots"),
        pytest.param("手机139  1234  5678", "139  1234  5678", "手机139  ****  5678", id="double-spaces"),
        pytest.param("电话0351-7221234转 123", "0351-7221234转 123", "电话0351-*******转 ***", id="extension-after-zhuan-space"),
    ],
)
def test_typed_phones(redactor, text, value, masked):
    assert found(redactor, text, "CN_PHONE_NUMBER") == [value]
    assert redactor.redact_text(text).text == masked


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("统一社会信用代码91140100MA0K123456", id="credit-code"),
        pytest.param("案号(2023)冀0102民初456号", id="case-number"),
        pytest.param("处罚决定书文号140105202301010001", id="decision-number-like-an-id"),
        pytest.param("举报电话12345、12122、110", id="service-numbers"),
        pytest.param("订单号2023 0101 1234 5678 90", id="grouped-order-number"),
        pytest.param("银行卡号6222 0212 3456 7890 123", id="bank-card-in-groups"),
        pytest.param("版本1.39.1234发布于2023.12.01", id="dotted-version-and-date"),
        pytest.param("金额一三九元，二〇二三年一月", id="han-numerals-that-are-no-phone"),
        pytest.param("罚款人民币贰佰元，记3分", id="capital-amount"),
        pytest.param("根据《中华人民共和国道路交通安全法》第九十条", id="law-title"),
        pytest.param("京ABOOKS号", id="a-word-after-a-plate-prefix"),
        pytest.param("依据GB 11643-1999和GB 12345标准", id="standards"),
    ],
)
def test_hard_negatives_stay(redactor, text):
    assert redactor.redact_text(text).text == text


# -- properties ---------------------------------------------------------------------------

_SEPARATORS = st.sampled_from([" ", "  ", "\u3000", "-"])


def _grouped(number: str, sep: str) -> str:
    return sep.join((number[:4], number[4:8], number[8:12], number[12:16], number[16:]))


def _han_digits(rng, number: str) -> str:
    """A number as said on the phone, each digit one of its Han forms (1: 一 or 幺, 0: 零 〇 洞)."""
    forms: dict[str, str] = {}
    for han, digit in HAN_DIGITS.items():
        forms[digit] = forms.get(digit, "") + han
    return "".join(rng.choice(forms[d]) for d in number)


def _typed(seed: int, kind: int, sep: str) -> tuple[str, str, str]:
    """(entity type, value as typed, what must not survive) of one typed form."""
    g = Gen(seed)
    if kind == 0:
        number = g.id18()
        return "CN_RESIDENT_ID", _grouped(number, sep), number[6:]
    if kind == 1:
        number = g.id18()
        k = g.rng.randint(1, 17)
        return "CN_RESIDENT_ID", number[:k] + "\n" + number[k:], number[6:]
    if kind == 2:
        mobile = g.rng.choice(("139", "138", "186", "150", "177")) + f"{g.rng.randrange(10**8):08d}"
        return "CN_PHONE_NUMBER", _han_digits(g.rng, mobile), None
    if kind == 3:
        mobile = g.rng.choice(("139", "138", "186", "150", "177")) + f"{g.rng.randrange(10**8):08d}"
        return "CN_PHONE_NUMBER", f"{mobile[:3]}.{mobile[3:7]}.{mobile[7:]}", mobile[3:7]
    province = g.rng.choice("京津沪冀晋苏浙粤川湘")
    serial = "".join(g.rng.choice("0123456789") for _ in range(5))
    typo = serial.replace("0", "O").replace("1", "I")
    if typo == serial:
        typo = "O" + serial[1:]
    plate = f"{province}{g.rng.choice('ABCDEFG')}{g.rng.choice(['', '·'])}{typo}"
    return "CN_LICENSE_PLATE", plate, typo[:3]


@SETTINGS
@given(seed=st.integers(0, 10**6), kind=st.integers(0, 4), sep=_SEPARATORS, left=HAN_FILLER, right=HAN_FILLER)
def test_typed_value_found_with_exact_offsets_and_never_survives(redactor, seed, kind, sep, left, right):
    etype, value, secret = _typed(seed, kind, sep)
    text = left + "，" + value + "。" + right
    start = len(left) + 1
    spans = [(f.start, f.end) for f in redactor.analyze(text) if f.entity_type == etype]
    assert (start, start + len(value)) in spans, (etype, value)
    out = redactor.redact_text(text).text
    assert value not in out
    if secret:
        assert secret not in out.replace("\n", "").replace(" ", "").replace("\u3000", "").replace("-", "")


def _bad_check(number: str) -> str:
    wrong = "0" if number[17] != "0" else "1"
    return number[:17] + wrong


#: Filler with no cue word of the ID, phone or plate recognizers in it: with a cue (证号，4601 …)
#: a number of those shapes is read, on purpose; these cases are about numbers with none.
_NO_CUE = tuple(resident_id.CONTEXT) + tuple(phone.CONTEXT) + tuple(license_plate.CONTEXT)
_NO_CUE_FILLER = HAN_FILLER.filter(lambda s: not any(cue in s for cue in _NO_CUE))


@SETTINGS
@given(seed=st.integers(0, 10**6), kind=st.integers(0, 3), sep=_SEPARATORS, left=_NO_CUE_FILLER, right=_NO_CUE_FILLER)
def test_hard_negatives_of_the_same_shapes_are_never_touched(redactor, seed, kind, sep, left, right):
    g = Gen(seed)
    if kind == 0:  # an 18-digit number in groups whose check character is wrong, no cue
        value = _grouped(_bad_check(g.id18()), sep)
    elif kind == 1:  # a number in groups of four that is too long to be an ID (a bank card)
        value = sep.join(f"{g.rng.randrange(10**4):04d}" for _ in range(4)) + sep + f"{g.rng.randrange(1000):03d}"
    elif kind == 2:  # a dotted version or date
        value = f"{g.rng.randint(1, 9)}.{g.rng.randint(10, 99)}.{g.rng.randint(1000, 9999)}"
    else:  # a word after a province character and a letter: at most two digits once O, I are read
        value = g.rng.choice("京沪苏浙") + g.rng.choice("ABC") + g.rng.choice(["BOOKS", "POLLO", "OASIS", "IKEAS"])
    text = left + "，" + value + "。" + right
    assert not [f for f in redactor.analyze(text) if f.entity_type != "PERSON"], value


def test_typed_forms_through_run_and_check(tmp_path):
    """The typed forms are masked by ``redact run`` and seen by ``redact check`` on a real folder."""
    import redact

    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    values = [
        f"{ID[:4]} {ID[4:8]} {ID[8:12]} {ID[12:16]} {ID[16:]}",
        f"{ID[:11]}\n{ID[11:]}",
        "一三九一二三四五六七八",
        "139.1234.5678",
        "冀B·O1234",
    ]
    (src / "登记表.txt").write_text(
        f"当事人身份证号：{values[0]}。\n另一证件：{values[1]}。\n联系电话{values[2]}，备用{values[3]}，驾驶{values[4]}号车。\n",
        encoding="utf-8",
    )
    assert len(redact.check(src).findings) == len(values)
    redact.run(src, out)
    text = (out / "登记表.txt").read_text(encoding="utf-8")
    assert not any(value in text for value in values)
    assert not redact.check(out).findings
