"""Text helpers shared by the Chinese recognizers.

Every helper here keeps offsets valid: Presidio reports spans into the text it was
given, so any normalisation must map one character to exactly one character.
"""

from __future__ import annotations

import re

# Full-width ASCII variants (U+FF01..U+FF5E) sit at a fixed distance from ASCII.
_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20  # ideographic space
_WIDTH_TABLE[0x2014] = 0x2D  # em dash, often typed between digit groups
_WIDTH_TABLE[0x2013] = 0x2D  # en dash
_NEEDS_WIDTH_FOLD = re.compile("[\uff01-\uff5e\u3000\u2013\u2014]")

#: Lookarounds that stand in for ``\\b`` next to Chinese text (a Han character and a
#: digit are both ``\\w``, so ``\\b`` never separates them).
NO_ALNUM_BEFORE = r"(?<![0-9A-Za-z])"
NO_ALNUM_AFTER = r"(?![0-9A-Za-z])"

HAN = "\u4e00-\u9fff\u3400-\u4dbf"
#: The dots that join the parts of a transliterated name (买买提·艾力).
NAME_DOTS = "·•・"


_last_fold: tuple[str, str] = ("", "")


def normalize_width(text: str) -> str:
    """Fold full-width digits, letters and punctuation to ASCII, one char for one.

    Every recognizer and the context enhancer fold the same text in turn, so the last
    result is remembered (one entry; replacing a tuple is atomic across threads).
    """
    global _last_fold
    last_text, last_folded = _last_fold
    if text is last_text or text == last_text:
        return last_folded
    folded = text.translate(_WIDTH_TABLE) if _NEEDS_WIDTH_FOLD.search(text) else text
    _last_fold = (text, folded)
    return folded


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first (so 委托代理人 wins over 代理人)."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


def window(text: str, start: int, end: int, before: int, after: int) -> tuple[str, str]:
    """Return the raw characters just before ``start`` and just after ``end``."""
    return text[max(0, start - before) : start], text[end : end + after]


def nearest_cue(prefix: str, cues: tuple[str, ...] | list[str]) -> int:
    """Distance from the end of ``prefix`` to the nearest cue word in it, or -1.

    The distance is measured from the cue's last character, so a cue that touches
    the match has distance 0.
    """
    best = -1
    for cue in cues:
        idx = prefix.rfind(cue)
        if idx >= 0:
            dist = len(prefix) - (idx + len(cue))
            if best < 0 or dist < best:
                best = dist
    return best
