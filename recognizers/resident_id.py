"""CN_RESIDENT_ID: resident identity card numbers (GB 11643-1999).

18 characters: a 6-digit address code, the birth date YYYYMMDD, a 3-digit sequence
and an ISO 7064 MOD 11-2 check character. The legacy 15-digit form has YYMMDD and no
check character, so on its own it looks like any other number: it needs a cue word.

A number that fails the check but stands next to 身份证号 is still a (mistyped)
identifier, so validation never rejects outright: it returns ``None`` and leaves the
low pattern score for the context enhancer to lift.
"""

from __future__ import annotations

import datetime as _dt
from typing import Optional

import regex as re
from presidio_analyzer import Pattern

from recognizers._base import SUBTYPE_KEY, ChinesePatternRecognizer
from recognizers._text import HAN, NO_ALNUM_AFTER, NO_ALNUM_BEFORE
from recognizers.entities import RESIDENT_ID
from recognizers.person import COMPOUND, SINGLE

ENTITY = RESIDENT_ID.entity

_SEP = "[ -]?"
#: The check character: a digit or X, which people and OCR also write as the sign × (64010419811006810×).
_CHECK = "[0-9Xx×]"
#: Between the groups people type an ID in (4-4-4-4-2, 3-3-4-4-4): one or two spaces or a dash.
_GROUP_SEP = "(?:[ -]| {2})"
_GROUPED = (
    rf"\d{{3}}{_GROUP_SEP}\d{{4}}{_GROUP_SEP}\d{{4}}{_GROUP_SEP}\d{{4}}{_GROUP_SEP}\d"
    rf"|\d{{2}}{_GROUP_SEP}\d{{3}}{_GROUP_SEP}\d{{4}}{_GROUP_SEP}\d{{4}}{_GROUP_SEP}\d{{3}}"
)
PATTERNS = (
    Pattern(
        "cn_resident_id_18",  # 6-8-4 and its parts run together, or typed in groups (one scan for both)
        NO_ALNUM_BEFORE
        + rf"[1-9](?:\d{{5}}{_SEP}\d{{4}}{_SEP}\d{{4}}{_SEP}\d{{3}}|{_GROUPED}){_CHECK}"
        + NO_ALNUM_AFTER,
        0.3,
    ),
    Pattern(
        # Broken by a line break (a table cell, a wrapped form) at any digit; a run of another
        # length is rejected by validation. Possessive runs keep this to one short scan.
        "cn_resident_id_18_wrapped",
        NO_ALNUM_BEFORE + r"[1-9](?=[\d\r\n]{17})\d{0,16}+\r?\n(?:\d{1,17}+|\d{0,16}+[Xx×])" + NO_ALNUM_AFTER,
        0.3,
    ),
    Pattern(
        "cn_resident_id_15",
        NO_ALNUM_BEFORE + r"[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}" + NO_ALNUM_AFTER,
        0.2,
    ),
)

CONTEXT = (
    "身份证", "身份证号", "身份证号码", "公民身份号码", "公民身份证", "证件号", "证件号码",
    "身份号码", "驾驶证号", "驾驶证", "驾驶证号码", "居住证", "居民身份证", "证号", "ID",
    "身份证明", "永久居留",
)

#: Only codes that share the ID's 18-character layout. Generic cues (流水号, 订单号, 账号)
#: would only ever demote a number that already passed province, date and check digit.
NEGATIVE_CONTEXT = ("统一社会信用代码", "社会信用代码", "信用代码", "注册号", "税号", "纳税人识别号")

#: First two digits of a real province-level address code; 81/82/83 are the Hong Kong,
#: Macao and Taiwan residence permits, 9x the foreigners' permanent residence ID.
PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83 "
    "91 92 93 94 95 96 97 98 99".split()
)

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"


_NOT_ID_CHARS = str.maketrans({" ": None, "-": None, "\r": None, "\n": None, "×": "X"})


def digits_of(matched: str) -> str:
    """The ID characters without the separators and line breaks inside it, upper-cased."""
    return matched.translate(_NOT_ID_CHARS).upper()


def check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS))
    return _CHECK_CHARS[total % 11]


def valid_birth_date(year: int, month: int, day: int, today: Optional[_dt.date] = None) -> bool:
    """A real calendar date from 1900 up to today."""
    try:
        born = _dt.date(year, month, day)
    except ValueError:
        return False
    return _dt.date(1900, 1, 1) <= born <= (today or _dt.date.today())


def is_valid_id18(number: str) -> bool:
    """Province code, birth date and check character all agree."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    if number[:2] not in PROVINCE_CODES:
        return False
    if not valid_birth_date(int(number[6:10]), int(number[10:12]), int(number[12:14])):
        return False
    return check_char(number[:17]) == number[17]


def has_real_origin(number: str) -> bool:
    """An 18-digit number whose province code and birth date are real (check not asked)."""
    return (
        number[:17].isdigit()
        and number[:2] in PROVINCE_CODES
        and valid_birth_date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    )


def is_plausible_id15(number: str) -> bool:
    """Legacy 15-digit form: real province and a real 19YY birth date."""
    if len(number) != 15 or not number.isdigit() or number[:2] not in PROVINCE_CODES:
        return False
    return valid_birth_date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))


#: A person's name right before a number (张三（411081850715123）, 1. 王小明 4110818507…): the
#: number is that person's, which is as strong a cue as 身份证号 for a legacy 15-digit ID.
_NAME_BEFORE = re.compile(
    rf"(?:^|[^{HAN}])(?:{'|'.join(sorted(COMPOUND, key=len, reverse=True))}|[{''.join(sorted(SINGLE))}])"
    rf"[{HAN}]{{1,2}}[ \t]*[（(：:，,]?[ \t]*$"
)
#: Score of a plausible 15-digit ID right after a name: above the reporting threshold.
NAME_BEFORE_SCORE = 0.6


class ChineseResidentIdRecognizer(ChinesePatternRecognizer):
    """Recognise 18- and 15-digit resident ID numbers, ASCII or full-width."""

    FACTS = RESIDENT_ID
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    NEGATIVE_CONTEXT = NEGATIVE_CONTEXT

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """As every pattern recognizer, and a plausible 15-digit ID right after a name counts."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        folded = self.prepare(text)
        for result in results:
            if result.score < NAME_BEFORE_SCORE and result.recognition_metadata.get(SUBTYPE_KEY) == "id15":
                if _NAME_BEFORE.search(folded, max(0, result.start - 8), result.start):
                    result.score = NAME_BEFORE_SCORE
        return results

    def validate_result(self, pattern_text: str) -> Optional[bool]:
        """True for a fully valid 18-digit ID; otherwise keep the low pattern score.

        An 18-digit number broken by a line break whose address code and birth date are real
        is an ID even with a wrong check character: read as anything shorter (its first 11
        digits look like a mobile), most of it would stay in clear.
        """
        number = digits_of(pattern_text)
        if len(number) == 18:
            if is_valid_id18(number):
                return True
            return True if "\n" in pattern_text and has_real_origin(number) else None
        return None if is_plausible_id15(number) else False

    def subtype(self, matched: str) -> Optional[str]:
        """``id18``/``id15``, or the permit kind the address code reveals."""
        number = digits_of(matched)
        if len(number) == 15:
            return "id15"
        if number[:2] in ("81", "82", "83"):
            return "residence_permit"
        if number[0] == "9":
            return "foreigner_permanent_residence"
        return "id18"
