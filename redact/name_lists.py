"""Names listed together: an item of a list of names is a name.

A notice lists people between enumeration commas (入党积极分子：韦东、谢桂芝、马勇。). The rule
layer reads such lists only after a cue it knows (当事人, 获奖人员 ...); the model reads each
item on its own and now and then misses one, or keeps only part of it (花|雪梅, 都|桂芳), for a
rare surname or a name that is also a word. Once two items of a list are names with exactly
the item's boundaries, and they are at least half of the name-shaped items, the others that
look like names (a surname, then one to three characters, or a dotted name; no common word
starting at the surname) are names too.

This runs on the fused findings (model and rules), before overlaps are resolved; a completed
item scores above the model's spans, so it replaces a part of it found by the model.
"""

from __future__ import annotations

import regex as re

from recognizers._text import HAN, NAME_DOTS
from recognizers.person_rules import ENTITY, MASK_CHARS, MIN_WORD_FREQ
from recognizers.surnames import ALL as SURNAMES
from recognizers.surnames import COMPOUND
from redact.findings import Finding

RECOGNIZER = "NameListCompletion"
SUBTYPE = "person_in_name_list"
#: Above the model's spans (0.8) and below a cue-anchored rule finding (1.0).
SCORE = 0.85
#: A note after an item that does not end it: 漆亮（请假）、王晨.
_NOTE = r"(?:[（(][^（()）\n]{1,10}[）)])?"
_ITEM = rf"[{HAN}{NAME_DOTS}]{{1,12}}{_NOTE}"
#: Items joined by enumeration commas; the list starts where a clause or field starts.
_LIST_RE = re.compile(rf"(?:(?<=[：:，,；;。（(\s])|^){_ITEM}(?:、{_ITEM})+")
_ITEM_RE = re.compile(rf"[{HAN}{NAME_DOTS}]+")
_DOTTED_RE = re.compile(rf"[{HAN}]{{1,6}}(?:[{NAME_DOTS}][{HAN}]{{1,8}})+")
MIN_NAMED = 2
#: Characters that end what opens a list of people (参会代表有|文波、…, 成员包括|张建国、…).
_OPENER_ENDS = frozenset("有是为即括")


def complete(text: str, findings: list[Finding], word_freq: dict[str, int]) -> list[Finding]:
    """New PERSON findings for the unfound items of lists whose other items are found names.

    ``word_freq`` is jieba's dictionary (word → frequency), to keep words out.
    """
    exact = {(f.start, f.end) for f in findings if f.entity_type == ENTITY and f.subtype != "surname_only"}
    ends = {end: start for start, end in exact}
    starts = {start: end for start, end in exact}
    added = []
    for match in _LIST_RE.finditer(text):
        items = _items(match)
        # The first item may hold what opens the clause (参会代表有杨俊、…): a name that ends it counts.
        first_start, first_end = items[0]
        if not _name_shaped(text[first_start:first_end]):
            if first_start < ends.get(first_end, -1):
                items[0] = (ends[first_end], first_end)
            else:
                items[0] = _after_opener(text, first_start, first_end)
        # Any item may run on into the clause (…、洪岩报道：): a name that starts it counts.
        items = [(s, starts[s]) if starts.get(s, e) < e else (s, e) for s, e in items]
        shaped = [(s, e) for s, e in items if _name_shaped(text[s:e])]
        named = [span for span in shaped if span in exact]
        if len(named) < MIN_NAMED or 2 * len(named) < len(shaped):
            continue
        for start, end in shaped:
            if (start, end) not in exact and _may_be_name(text[start:end], word_freq):
                added.append(Finding(ENTITY, start, end, SCORE, RECOGNIZER, subtype=SUBTYPE))
    return added


def _after_opener(text: str, start: int, end: int) -> tuple[int, int]:
    """The name at the end of a list's first item after what opens the list (参会代表有|文波),
    or the item as it is."""
    for length in (3, 2):
        if end - length > start and text[end - length - 1] in _OPENER_ENDS:
            return end - length, end
    return start, end


def _items(match: "re.Match[str]") -> list[tuple[int, int]]:
    """Each item's name part: the Han run it starts with, without a note or a closing 等."""
    spans, pos = [], match.start()
    for item in match.group().split("、"):
        head = _ITEM_RE.match(item)
        if head:
            end = head.end()
            if end == len(item) and item.endswith("等") and end > 2:
                end -= 1  # …、吴建军等。
            spans.append((pos, pos + end))
        pos += len(item) + 1
    return spans


def _name_shaped(item: str) -> bool:
    return (2 <= len(item) <= 4 and all(ch not in NAME_DOTS for ch in item)) or bool(_DOTTED_RE.fullmatch(item))


def _may_be_name(item: str, word_freq: dict[str, int]) -> bool:
    """A surname first, nothing masked, no common word that starts at the surname (高中生,
    公安局); a dotted name needs only to be unmasked."""
    if any(ch in MASK_CHARS for ch in item):
        return False
    if _DOTTED_RE.fullmatch(item):
        return True
    surname = 2 if item[:2] in COMPOUND and len(item) >= 3 else 1
    if item[:surname] not in SURNAMES:
        return False
    if any(word_freq.get(item[:end], 0) >= MIN_WORD_FREQ for end in range(surname + 1, len(item) + 1)):
        return False
    # Four characters with a one-character surname are rarely a name; ending in a word (洪岩|报道), none.
    return not (len(item) - surname == 3 and word_freq.get(item[2:], 0) >= MIN_WORD_FREQ)
