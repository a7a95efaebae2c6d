"""CN_PHONE_NUMBER: mobile and landline numbers in mainland China.

The regexes only find the *shape* (11-digit mobile with optional +86 and 3-4-4
grouping; area code plus local number with optional extension). Whether a prefix is
assigned and whether a local number has the right length for its area code is what
the ``phonenumbers`` metadata knows, so validation asks it instead of keeping our own
ranges. Public service numbers (12345, 110, 95xxx, 400/800) have neither shape.
"""

from __future__ import annotations

from typing import Optional

import phonenumbers
import regex as re
from presidio_analyzer import Pattern

from recognizers._base import ChinesePatternRecognizer
from recognizers._text import NO_ALNUM_AFTER, NO_ALNUM_BEFORE
from recognizers.entities import PHONE

ENTITY = PHONE.entity

_COUNTRY = r"(?:(?:\+|00)?86[ -]?|\(\+?86\)[ -]?)"
_EXTENSION = r"(?:(?:(?:转|分机|ext\.?|EXT\.?) ?|-|x)\d{1,6})"
#: Between a mobile's 3-4-4 groups: a space, a dash, a dot, or two spaces.
_MOBILE_SEP = r"(?:[ .\-]| {2})?"
#: Digits as people say them on the phone: 幺 for 1, 洞 for 0, 两 for 2.
HAN_DIGITS = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3",
              "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_HAN_DIGIT = "[" + "".join(HAN_DIGITS) + "]"

PATTERNS = (
    Pattern(
        "cn_mobile",
        r"(?<![0-9A-Za-z+])" + _COUNTRY + rf"?1[3-9]\d{_MOBILE_SEP}\d{{4}}{_MOBILE_SEP}\d{{4}}" + NO_ALNUM_AFTER,
        # Reported even when the numbering plan does not know the prefix (149 ...):
        # a leaked mobile costs more than a flagged 11-digit number.
        0.5,
    ),
    Pattern(
        "cn_mobile_han_digits",  # 一三九一二三四五六七八, 幺三九洞幺二三四五六七
        rf"(?<!{_HAN_DIGIT})[一幺][三四五六七八九]{_HAN_DIGIT}{{9}}(?!{_HAN_DIGIT})",
        0.4,
    ),
    Pattern(
        "cn_landline",
        NO_ALNUM_BEFORE + r"(?:\(0\d{2,3}\)|0\d{2,3})[ -]?[2-9]\d{6,7}" + _EXTENSION + "?" + NO_ALNUM_AFTER,
        0.4,
    ),
)

CONTEXT = (
    "电话", "手机", "手机号", "手机号码", "联系电话", "联系方式", "电话号码", "联系号码",
    "固话", "座机", "移动电话", "Tel", "TEL", "tel", "电话：", "号码", "致电", "拨打",
)

NEGATIVE_CONTEXT = (
    "订单号", "流水号", "编号", "单号", "账号", "帐号", "卡号", "工号", "QQ", "qq", "案号", "文号",
    "信用代码",
)

_PREFIX = re.compile(r"^(?:\(\+?86\)|\+86|0086|86(?=-?1[3-9]))-?")
_EXT_TAIL = re.compile(_EXTENSION + "$")
_NON_DIGIT = re.compile(r"\D")


_HAN_DIGIT_TABLE = str.maketrans(HAN_DIGITS)


def ascii_digits(text: str) -> str:
    """``text`` with digits said in Han characters (一三九, 幺, 洞) as ASCII digits, one for one."""
    return text.translate(_HAN_DIGIT_TABLE)


def national_number(matched: str) -> str:
    """Digits of the number as dialled inside China: no +86, no extension."""
    compact = _PREFIX.sub("", ascii_digits(matched).replace(" ", ""))
    if compact.startswith(("0", "(")):
        compact = _EXT_TAIL.sub("", compact)
    return _NON_DIGIT.sub("", compact)


def is_valid_cn_number(national: str) -> bool:
    """Ask the numbering plan whether this mobile or landline number exists."""
    try:
        parsed = phonenumbers.parse(national, "CN")
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(parsed):
        return False
    kind = phonenumbers.number_type(parsed)
    return kind in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


class ChinesePhoneRecognizer(ChinesePatternRecognizer):
    """Recognise Chinese mobile and landline numbers, ASCII or full-width."""

    FACTS = PHONE
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    NEGATIVE_CONTEXT = NEGATIVE_CONTEXT

    def validate_result(self, pattern_text: str) -> Optional[bool]:
        """True when the plan knows the number; else keep the low score for cues."""
        return True if is_valid_cn_number(national_number(pattern_text)) else None

    def can_be_doubted(self, matched: str) -> bool:
        """A confirmed mobile is never demoted (even 快递单号13336539593 is someone's phone);
        a bare 12-digit landline after 设备编号 may be."""
        return super().can_be_doubted(matched) and self.subtype(matched) == "landline"

    def subtype(self, matched: str) -> Optional[str]:
        """``mobile`` or ``landline``."""
        return "landline" if national_number(matched).startswith("0") else "mobile"
