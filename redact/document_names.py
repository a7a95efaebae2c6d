"""One reading per document: a name found once is a name everywhere in the document.

A judgment names a defendant after 被告人 three times and then goes on without the cue
(报警人称孙丽华酒后滋事, 案发后，孙丽华主动投案); the rules see only a surname there, and a
surname alone is kept by policy. A reader of the published page would then know who 孙某 is.
So once the analysis of a document is done, every name string it found with enough
confidence is looked up again in the whole document, and each occurrence becomes a finding
too. It outranks a partial or surname-only finding at the same place (which it widens to the
whole name) and yields to a longer one (the cover only grows).

A given name used alone after the full name (…张晓鸥…晓鸥说) is a finding as well, with its
own subtype, so the surname operator masks all of it instead of keeping its first character.

Strings that are common words (齐心, 方向) are not spread: outside the position where a cue
or a list made them a name they are words, and the rules already read those positions.
``names`` lets a caller hand in the names found in the other units of the same file (the
cells of a table, the paragraphs of a DOCX), so the file is one document.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Optional

import regex as re

from recognizers._text import HAN, NAME_DOTS
from recognizers.person import (
    COMPOUND,
    ENTITY,
    MASK_CHARS,
    MIN_WORD_FREQ,
    PLACE_ENDS,
    STOP_CHARS,
    SURNAME_ONLY,
    SURNAMES,
    holds_court_word,
    jieba_words,
    verbal_words,
)
from redact.findings import Finding, FindingIndex

RECOGNIZER = "DocumentReading"
SAME_NAME = "same_name_in_document"
GIVEN_NAME = "given_name_in_document"
#: ``redact check``: a name left in clear in a document that masks its surname elsewhere.
LEFT_BESIDE_MASKED = "left_beside_masked"
#: A finding at least this sure makes its string a name for the whole document: the model's
#: spans that start with a surname (0.8) and every cue-anchored rule; not the model's spans
#: without a surname (0.55) nor the weakest rules.
MIN_SCORE = 0.6
#: A finding this sure was anchored by a cue (the rules' 1.0 after Presidio's context boost).
CUE_SCORE = 0.95
#: Above the model and the list completion, equal to a cue: a longer finding still wins.
SCORE = 1.0
_NAME_RE = re.compile(rf"[{HAN}]{{2,4}}|[{HAN}]{{1,8}}(?:[{NAME_DOTS}][{HAN}]{{1,10}})+")


def names_in(text: str, findings: Iterable[Finding]) -> dict[str, str]:
    """The strings that ``findings`` of ``text`` establish as a person's name, each mapped to
    the full name it stands for: a full name to itself, a given name (晓鸥) to its full name
    (张晓鸥) when a cue anchored that name (the model's guesses lend no given names)."""
    words = jieba_words()
    names: dict[str, str] = {}
    for f in findings:
        if f.entity_type != ENTITY or f.subtype in (SURNAME_ONLY, GIVEN_NAME) or f.score < MIN_SCORE:
            continue
        name = text[f.start : f.end]
        if _spreadable(name, words):
            names[name] = name
            given = _given_name(name, words) if f.score >= CUE_SCORE else None
            if given:
                names.setdefault(given, name)
    return names


class NameIndex(dict):
    """A document's names (value → the full name it stands for), indexed for search.

    A table of 20,000 rows names 20,000 people: merging a cell's names into a copy of the
    whole set, and scanning every cell with every name, made the cost grow with the square of
    the rows. Names are merged in place, and a text is searched from the positions where a
    name can start (its first two characters), so a cell costs its own length.
    """

    def __init__(self, names: Optional[Mapping[str, str]] = None) -> None:
        super().__init__()
        #: What the document makes its values (redact.roles.learned): value key → role, or
        #: None for a name that stands after a party's cue somewhere.
        self.roles: dict[str, Optional[str]] = {}
        self._by_head: dict[str, list[str]] = {}
        self._firsts: Optional["re.Pattern[str]"] = None
        self.add(names or {})

    def add(self, names: Mapping[str, str]) -> "NameIndex":
        """Merge ``names`` in; a string that is a full name anywhere stays one."""
        for value, full in names.items():
            if value not in self:
                heads = self._by_head.setdefault(value[:2], [])
                heads.append(value)
                heads.sort(key=len, reverse=True)
                self._firsts = None
            if self.get(value) != value:
                self[value] = full
        return self

    def places(self, text: str):
        """(value, start) of every occurrence in ``text``, longer values first at one start."""
        if len(self) <= _SEARCH_EACH_UP_TO:
            for value in sorted(self, key=len, reverse=True):
                for start in _starts(text, value):
                    yield value, start
            return
        if self._firsts is None:
            self._firsts = re.compile("[" + "".join(sorted({re.escape(h[0]) for h in self._by_head})) + "]")
        for match in self._firsts.finditer(text):  # only where a name can start
            start = match.start()
            for value in self._by_head.get(text[start : start + 2], ()):
                if text.startswith(value, start):
                    yield value, start


def _spreadable(name: str, words: dict[str, int]) -> bool:
    if not _NAME_RE.fullmatch(name) or any(ch in MASK_CHARS for ch in name):
        return False
    if name[-1] in PLACE_ENDS:
        return False  # 郭赵庄村: a place the model took for a name is not spread
    if name[:2] in verbal_words():
        return False  # 支付张|伟: a verb that starts with a surname character
    return words.get(name, 0) < MIN_WORD_FREQ and not holds_court_word(name)


def _given_name(name: str, words: dict[str, int]) -> Optional[str]:
    """The given name of a three-character name when it is no word at all (张晓鸥 → 晓鸥;
    王建国's 建国 is a word and stays out)."""
    if len(name) != 3 or name[:2] in COMPOUND or name[0] not in SURNAMES:
        return None
    given = name[1:]
    return None if given in words or holds_court_word(given) else given


def occurrences(text: str, *indexes: Mapping[str, str], subtype: str = SAME_NAME) -> list[Finding]:
    """A finding for every place in ``text`` where a name of ``indexes`` stands (see ``names_in``).

    Several indexes (a unit's own names and its document's) are read as one, without merging
    them: a value that is a full name in any of them is a full name.
    """
    indexes = tuple(i if isinstance(i, NameIndex) else NameIndex(i) for i in indexes)
    found, seen = [], set()
    for index in indexes:
        for value, start in index.places(text):
            if (value, start) in seen:
                continue
            seen.add((value, start))
            full = value if any(i.get(value) == value for i in indexes) else index[value]
            if full == value:
                found.append(Finding(ENTITY, start, start + len(value), SCORE, RECOGNIZER, subtype=subtype))
            elif text[start - 1 : start + 2] != full and not _masked_before(text, start):
                found.append(Finding(ENTITY, start, start + len(value), SCORE, RECOGNIZER, subtype=GIVEN_NAME))
    return found


#: Up to this many names a search per name is cheapest; with more, one pass over the text
#: from the positions where a name can start (its cost does not grow with the names).
_SEARCH_EACH_UP_TO = 8


def _starts(text: str, value: str):
    start = text.find(value)
    while start >= 0:
        yield start
        start = text.find(value, start + len(value))


def _masked_before(text: str, start: int) -> bool:
    """赵某晓鸥 is no given name alone: a masked form runs into it (a name cut by the mask)."""
    return start > 0 and text[start - 1] in MASK_CHARS


_HAN_RUN_RE = re.compile(rf"[{HAN}]+")
_MASKED_RE = re.compile(
    rf"(?:{'|'.join(sorted(COMPOUND, key=len, reverse=True))}|[{''.join(sorted(s for s in SURNAMES if len(s) == 1))}])"
    rf"(?=[{''.join(sorted(MASK_CHARS))}])"
)
#: How often a string must stand in clear beside a masked form of its surname to be flagged.
MIN_CLEAR_REPEATS = 2


def left_beside_masked(text: str) -> set[str]:
    """Name strings a de-identified document left in clear although it masks their surname.

    孙某 three times and 孙丽华 eight times in one judgment: the masking missed the bare
    mentions, and the reader now knows who 孙某 is. For the gate (``redact check``), which
    sees only the output: a surname that the document masks somewhere, followed elsewhere by
    one or two characters that start no word (孙|丽华, not 王|手中) and no stop character, the
    same string at least twice, is a name left in clear.
    """
    words = jieba_words()
    counts: dict[str, int] = {}
    for surname in {m.group() for m in _MASKED_RE.finditer(text)}:
        for match in re.finditer(re.escape(surname), text):
            given_at = match.end()
            if text[given_at : given_at + 1] in MASK_CHARS:
                continue
            for size in (2, 1):
                given = text[given_at : given_at + size]
                if _clear_given_name(text, given_at, given, words):
                    counts[surname + given] = counts.get(surname + given, 0) + 1
                    break
    repeated = {name for name, n in counts.items() if n >= MIN_CLEAR_REPEATS}
    return {name for name in repeated if not holds_court_word(name) and name[:2] not in verbal_words()}


def _clear_given_name(text: str, pos: int, given: str, words: dict[str, int]) -> bool:
    if not _HAN_RUN_RE.fullmatch(given) or any(ch in STOP_CHARS or ch in MASK_CHARS for ch in given):
        return False
    # No common word starts inside the given name (王|手中, 李|家中) or at its end.
    return not any(words.get(text[k : k + n], 0) >= MIN_WORD_FREQ for k in range(pos, pos + len(given)) for n in (2, 3))


def merge(findings: list[Finding], found: list[Finding]) -> Optional[list[Finding]]:
    """``findings`` with the occurrences ``found`` of document names, overlaps not yet resolved;
    ``None`` when the occurrences add nothing (each is a PERSON finding already, or inside one).

    The document has confirmed a name's boundaries, so a PERSON finding that cuts across an
    occurrence (原告向|刘宇伟 read as 向刘宇) gives way to it; one that holds the whole
    occurrence (孙强独) stays, and the occurrence is dropped: the cover only grows.
    """
    people = FindingIndex(f for f in findings if f.entity_type == ENTITY)
    new = [o for o in found if not any(_holds(f, o) for f in people.overlapping(o.start, o.end))]
    if not new:
        return None
    index = FindingIndex(new)
    kept = [f for f in findings if f.entity_type != ENTITY or not any(_crosses(f, o) for o in index.overlapping(f.start, f.end))]
    return kept + new


def _holds(outer: Finding, inner: Finding) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and outer.subtype != SURNAME_ONLY


def _crosses(f: Finding, o: Finding) -> bool:
    """``f`` overlaps ``o`` without holding it (a surname alone inside it counts as crossing)."""
    return f.start < o.end and o.start < f.end and not _holds(f, o)
