"""De-identification styles as Presidio operators.

Presidio ships replace, mask, redact, keep, hash and encrypt. Chinese disclosure
practice needs a few it lacks: surname + 某, masks that keep an ID's address code or a
phone's area code, a plate mask that keeps the issuing region, a fill for court
documents, and a keyed HMAC token (Presidio's ``hash`` is unkeyed, and an unkeyed hash
of a phone number is a lookup table away). Each is registered with the
``AnonymizerEngine`` through ``add_anonymizer``.

Every operator receives the original span (possibly with full-width digits) and keeps
its layout: separators stay where they were, only the identifying characters change.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any, Dict, Optional

from presidio_anonymizer.entities import InvalidParamError
from presidio_anonymizer.operators import Operator, OperatorType

from recognizers._text import normalize_width
from recognizers.license_plate import PROVINCES, SEPARATORS
from recognizers.phone import ascii_digits, national_number
from recognizers.person import split_surname

#: Param our Redactor adds: the values of this entity type in document order, so an
#: operator can number pseudonyms consistently within one document.
DOCUMENT_VALUES = "document_values"
#: Param our Redactor adds for PERSON: values that are a given name standing alone (晓鸥 after
#: 张晓鸥 was named), which have no surname to keep.
GIVEN_NAMES = "given_names"


def _int_param(params: Dict[str, Any], key: str, default: int) -> int:
    value = params.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidParamError(f"'{key}' must be a whole number >= 0")
    return value


def _char_param(params: Dict[str, Any], key: str, default: str) -> str:
    value = params.get(key, default)
    if not isinstance(value, str) or len(value) != 1:
        raise InvalidParamError(f"'{key}' must be a single character")
    return value


def mask_identifying(text: str, keep_first: int, keep_last: int, char: str) -> str:
    """Mask letters and digits except the first/last ones; keep separators in place.

    The sign × stands for an ID's check character X where people or OCR write it so."""
    positions = [i for i, ch in enumerate(text) if ch.isalnum() or ch == "×"]
    hide = set(positions[keep_first : max(keep_first, len(positions) - keep_last)])
    return "".join(char if i in hide else ch for i, ch in enumerate(text))


class _ChineseOperator(Operator):
    """Shared plumbing: all our operators anonymize and validate their own params."""

    NAME = ""

    def operator_name(self) -> str:
        return self.NAME

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class SurnameOperator(_ChineseOperator):
    """张伟 → 张某 (or 张**); compound surnames kept (欧阳某); optional 张某1/张某2."""

    NAME = "surname"

    def validate(self, params: Optional[Dict] = None) -> None:
        params = params or {}
        _char_param(params, "mask_char", "某")
        for key in ("per_char", "numbered"):
            if not isinstance(params.get(key, False), bool):
                raise InvalidParamError(f"'{key}' must be true or false")

    def operate(self, text: str, params: Optional[Dict] = None) -> str:
        params = params or {}
        char = params.get("mask_char", "某")
        if text in params.get(GIVEN_NAMES, ()):
            return char * len(text)  # 晓鸥 → 某某: nothing of it is a surname
        surname, given = split_surname(text)
        masked = surname + (char * max(1, len(given)) if params.get("per_char") else char)
        if params.get("numbered"):
            masked += self._number(text, surname, params.get(DOCUMENT_VALUES) or ())
        return masked

    @staticmethod
    def _number(name: str, surname: str, values: tuple[str, ...]) -> str:
        """1-based index among distinct people with this surname, when there are several."""
        same = _people_by_surname(values).get(surname, {})
        if len(same) < 2 or name not in same:
            return ""
        return str(same[name])


#: The last document's people by surname: the operator is called once per value with the same
#: tuple of the document's values, and grouping them on every call cost the square of their number.
#: One tuple, replaced whole, so that a thread never reads one document's values with another's groups.
_GROUPED: tuple = (None, {})


def _people_by_surname(values: tuple[str, ...]) -> dict[str, dict[str, int]]:
    """surname → {distinct name: its 1-based place among that surname's names}, in document order."""
    global _GROUPED
    cached_values, groups = _GROUPED
    if cached_values is not values:
        groups = {}
        for v in dict.fromkeys(values):
            group = groups.setdefault(split_surname(v)[0], {})
            group[v] = len(group) + 1
        _GROUPED = (values, groups)
    return groups


class KeepEndsOperator(_ChineseOperator):
    """Keep the first/last N letters and digits (141181************); mask the rest."""

    NAME = "keep_ends"

    def validate(self, params: Optional[Dict] = None) -> None:
        params = params or {}
        _int_param(params, "keep_first", 0)
        _int_param(params, "keep_last", 0)
        _char_param(params, "mask_char", "*")

    def operate(self, text: str, params: Optional[Dict] = None) -> str:
        params = params or {}
        return mask_identifying(
            text, params.get("keep_first", 0), params.get("keep_last", 0), params.get("mask_char", "*")
        )


class PhoneMaskOperator(_ChineseOperator):
    """Mobile 138****5678; landline keeps its area code (0358-*******).

    ``landline_keep_first`` is either ``"area_code"`` or a number of digits.
    """

    NAME = "phone_mask"

    def validate(self, params: Optional[Dict] = None) -> None:
        params = params or {}
        _int_param(params, "mobile_keep_first", 3)
        _int_param(params, "mobile_keep_last", 4)
        _int_param(params, "landline_keep_last", 0)
        _char_param(params, "mask_char", "*")
        first = params.get("landline_keep_first", "area_code")
        if first != "area_code":
            _int_param(params, "landline_keep_first", 0)

    def operate(self, text: str, params: Optional[Dict] = None) -> str:
        params = params or {}
        char = params.get("mask_char", "*")
        national = national_number(normalize_width(text))
        digits = ascii_digits(text)  # 一三九… is masked like 139…
        digit_positions = [i for i, ch in enumerate(digits) if ch.isdigit()]
        # Digits before the national number (+86, 0086) are not identifying.
        lead = _count_prefix_digits(text, national)
        if national.startswith("0"):
            first = params.get("landline_keep_first", "area_code")
            keep_first = area_code_length(text, national) if first == "area_code" else first
            keep_last = params.get("landline_keep_last", 0)
        else:
            keep_first = params.get("mobile_keep_first", 3)
            keep_last = params.get("mobile_keep_last", 4)
        subscriber = digit_positions[lead : lead + len(national)]
        hide = set(subscriber[keep_first : max(keep_first, len(subscriber) - keep_last)])
        hide.update(digit_positions[lead + len(national) :])  # extension
        return "".join(char if i in hide else ch for i, ch in enumerate(text))


def _count_prefix_digits(text: str, national: str) -> int:
    digits = "".join(ch for ch in ascii_digits(normalize_width(text)) if ch.isdigit())
    return digits.find(national) if national else 0


def area_code_length(text: str, national: str) -> int:
    """Digits of the area code: as written (before a separator), else from the plan."""
    folded = normalize_width(text)
    written = folded.lstrip("(").split(")")[0] if folded.lstrip().startswith("(") else None
    if written is None:
        for sep in ("-", " "):
            head = folded.split(sep)[0]
            if head.isdigit() and 3 <= len(head) <= 4 and len(head) < len(national):
                written = head
                break
    if written and written.isdigit():
        return len(written)
    # 010 and 02x are three digits; every other area code is four.
    return 3 if national[:2] in ("01", "02") else 4


class PlateMaskOperator(_ChineseOperator):
    """晋J·A12B3 → 晋J·***B3: keep region, authority letter, separator and class character."""

    NAME = "plate_mask"

    def validate(self, params: Optional[Dict] = None) -> None:
        params = params or {}
        _int_param(params, "keep_first", 0)
        _int_param(params, "keep_last", 2)
        _char_param(params, "mask_char", "*")

    def operate(self, text: str, params: Optional[Dict] = None) -> str:
        params = params or {}
        char = params.get("mask_char", "*")
        head = 1 if text[:1] == "使" else 2  # 使 / military and WJ letters / province + letter
        if text[:1] in PROVINCES:
            head = len(text) - len(text[1:].lstrip(" ")) + 1  # a space may follow the province
        elif text[:2] == "WJ" and text[2:3] and text[2] in PROVINCES:
            head = 3
        while head < len(text) and text[head] in SEPARATORS:
            head += 1
        serial = text[head:]
        suffix = ""
        if serial and not serial[-1].isascii():
            serial, suffix = serial[:-1], serial[-1]
        masked = mask_identifying(serial, params.get("keep_first", 0), params.get("keep_last", 2), char)
        return text[:head] + masked + suffix


class FillOperator(_ChineseOperator):
    """Replace every character with one fill character (court style: ××××)."""

    NAME = "fill"

    def validate(self, params: Optional[Dict] = None) -> None:
        _char_param(params or {}, "char", "×")

    def operate(self, text: str, params: Optional[Dict] = None) -> str:
        return (params or {}).get("char", "×") * len(text)


class HmacOperator(_ChineseOperator):
    """A keyed HMAC-SHA256 token: same value and key → same token, unlinkable without the key."""

    NAME = "hmac"

    def validate(self, params: Optional[Dict] = None) -> None:
        params = params or {}
        key = params.get("key")
        if not isinstance(key, (bytes, bytearray)) or len(key) < 16:
            raise InvalidParamError("'key' must be a secret of at least 16 bytes")
        length = _int_param(params, "length", 16)
        if not 8 <= length <= 64:
            raise InvalidParamError("'length' must be between 8 and 64 hex characters")
        if not isinstance(params.get("template", "〔{entity}:{digest}〕"), str):
            raise InvalidParamError("'template' must be a string")

    def operate(self, text: str, params: Optional[Dict] = None) -> str:
        params = params or {}
        digest = keyed_digest(params["key"], text)[: params.get("length", 16)]
        template = params.get("template", "〔{entity}:{digest}〕")
        return template.format(entity=params.get("entity_type", ""), digest=digest)


def keyed_digest(key: bytes, value: str) -> str:
    """HMAC-SHA256 of the width-folded, space-free value: the same ID typed two ways links."""
    normal = normalize_width(value).replace(" ", "").replace("-", "").upper()
    return hmac.new(bytes(key), normal.encode("utf-8"), hashlib.sha256).hexdigest()


#: Our operators, registered with every AnonymizerEngine the Redactor builds.
OPERATORS: tuple[type[Operator], ...] = (
    SurnameOperator,
    KeepEndsOperator,
    PhoneMaskOperator,
    PlateMaskOperator,
    FillOperator,
    HmacOperator,
)

#: Presidio's own operators a policy may name. ``hash`` is left out on purpose: it is
#: unkeyed, and we refuse to fall back to an unkeyed hash.
PRESIDIO_OPERATORS = ("replace", "mask", "redact", "keep", "encrypt")

OPERATOR_NAMES: tuple[str, ...] = tuple(op.NAME for op in OPERATORS) + PRESIDIO_OPERATORS
