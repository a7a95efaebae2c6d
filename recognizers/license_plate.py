"""CN_LICENSE_PLATE: motor vehicle plate numbers (GA 36).

A plate is a province character, the issuing authority's letter, an optional
separator, and a serial: 5 characters on ordinary plates, 6 on new-energy plates
(a letter A-K first on small cars, last on large ones). Special plates end in a class
character (警 学 挂 港 澳 领 试 超) or have their own layout (使 embassy, WJ armed police,
two-letter military). Every finding names its class as its subtype, so a policy can
keep police and military plates while masking private ones.
"""

from __future__ import annotations

from typing import Optional

from presidio_analyzer import Pattern

from recognizers._base import ChinesePatternRecognizer
from recognizers._text import NO_ALNUM_AFTER, NO_ALNUM_BEFORE, normalize_width
from recognizers.entities import LICENSE_PLATE

ENTITY = LICENSE_PLATE.entity

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_P = f"[{PROVINCES}] ?"  # some clerks put a space after the province character
#: Characters people put between the authority letter and the serial.
SEPARATORS = "·•・‧.- "
_SEP = "[·•・‧\\.\\- ]?"
#: I and O never appear in a serial; typed for 1 and 0 (冀B·O1234), they still make a plate.
_SERIAL = "[A-Z0-9]"
_TYPED_FOR_DIGITS = str.maketrans("OI", "01")
_NEW_ENERGY_LETTER = "[A-HJ-K]"

CLASS_SUFFIXES = {
    "警": "police",
    "学": "learner",
    "挂": "trailer",
    "港": "hong_kong",
    "澳": "macao",
    "领": "consulate",
    "试": "test",
    "超": "oversize",
}

# A plate starts with a Han province character, so only its end needs a boundary.
PATTERNS = (
    Pattern("cn_plate_ordinary", _P + "[A-Z]" + _SEP + _SERIAL + "{5}" + NO_ALNUM_AFTER, 0.4),
    Pattern(
        "cn_plate_new_energy_small",
        _P + "[A-Z]" + _SEP + _NEW_ENERGY_LETTER + _SERIAL + r"\d{4}" + NO_ALNUM_AFTER,
        0.4,
    ),
    Pattern(
        "cn_plate_new_energy_large",
        _P + "[A-Z]" + _SEP + r"\d{5}" + _NEW_ENERGY_LETTER + NO_ALNUM_AFTER,
        0.4,
    ),
    Pattern(
        "cn_plate_special",
        _P + "[A-Z]" + _SEP + _SERIAL + "{4}[" + "".join(CLASS_SUFFIXES) + "]",
        0.85,
    ),
    Pattern("cn_plate_embassy", r"使" + _SEP + r"\d{3}" + _SEP + r"\d{3}" + NO_ALNUM_AFTER, 0.5),  # 使198·476
    Pattern(
        "cn_plate_armed_police",
        NO_ALNUM_BEFORE + f"WJ[{PROVINCES}]?" + _SEP + r"\d{4,5}[0-9A-Z消边通森金警电]?" + NO_ALNUM_AFTER,
        0.6,
    ),
    Pattern(
        # The 2012 armed-police layout: WJ, a two-digit unit code, five characters (WJ16·93015, WJ07X0230).
        "cn_plate_armed_police_2012",
        NO_ALNUM_BEFORE + r"WJ[0-9O]{2}" + _SEP + r"[0-9A-Z]{5}" + NO_ALNUM_AFTER,  # O: a 0 as OCR reads it
        0.6,
    ),
    Pattern("cn_plate_military", NO_ALNUM_BEFORE + "[VKHBSLJNZ][A-Z]" + _SEP + r"\d{5}" + NO_ALNUM_AFTER, 0.3),
)

CONTEXT = (
    "车牌", "号牌", "号牌号码", "车牌号", "车牌号码", "车辆", "机动车", "牌照", "小型汽车",
    "大型汽车", "轿车", "货车", "客车", "驾驶", "号车", "车号",
)

NEGATIVE_CONTEXT = ("型号", "规格", "产品编号")


_UPPER = {code: code - 32 for code in range(ord("a"), ord("z") + 1)}


def serial_of(matched: str) -> str:
    """The characters after the province and authority letter, separators removed."""
    rest = matched[1:].lstrip(" ")[1:]
    return rest.lstrip(SEPARATORS)


class ChineseLicensePlateRecognizer(ChinesePatternRecognizer):
    """Recognise ordinary, new-energy and special Chinese plates and name their class."""

    FACTS = LICENSE_PLATE
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    NEGATIVE_CONTEXT = NEGATIVE_CONTEXT

    def prepare(self, text: str) -> str:
        """Widths folded and ASCII letters upper-cased (晋j·a12b3 is typed too); one char for one."""
        return normalize_width(text).translate(_UPPER)

    def validate_result(self, pattern_text: str) -> Optional[bool]:
        """Ordinary and new-energy serials are mostly digits; vanity plates have <= 3 letters."""
        if pattern_text[0] not in PROVINCES:
            return None  # embassy / armed police / military: keep the pattern score
        serial = serial_of(pattern_text)
        if serial[-1] in CLASS_SUFFIXES:
            return True
        typed = serial.translate(_TYPED_FOR_DIGITS)
        digits = sum(ch.isdigit() for ch in typed)
        letters = len(typed) - digits
        if typed != serial:  # an O or I where a plate has 0 or 1: mistyped, if the rest is plain;
            # plates have no O or I, so a serial that is no plain plate even then is a word (京ABOOKS号车)
            return digits >= 3 and letters <= 2
        return True if digits >= 2 and letters <= 3 else None

    def can_be_doubted(self, matched: str) -> bool:
        """A confirmed plate is never demoted: 型号晋A12345 is likelier a plate than a model number."""
        return False

    def subtype(self, matched: str) -> Optional[str]:
        """Plate class: ordinary, new_energy, police, learner, trailer, ..., military."""
        if matched.startswith("使"):
            return "embassy"
        if matched.startswith("WJ"):
            return "armed_police"
        if matched[0] not in PROVINCES:
            return "military"
        serial = serial_of(matched)
        if serial[-1] in CLASS_SUFFIXES:
            return CLASS_SUFFIXES[serial[-1]]
        return "new_energy" if len(serial) == 6 else "ordinary"
