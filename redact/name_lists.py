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
from recognizers.person import COMPOUND, ENTITY, MASK_CHARS, MIN_WORD_FREQ, PEOPLE_WORDS, PLACE_ENDS, SURNAMES
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


#: A masked name as judgments print them: 李某, 李某2, 李某某, 杨某甲, 欧阳某1.
_MASKED = rf"[{HAN}]{{1,2}}某(?:某|\d{{1,2}}|[甲乙丙丁戊己庚辛])?"
#: An unmasked run listed with masked names, before (腾某2、|任令吸食) or after (齐心、|李某2劝开) them.
_BESIDE_MASKED_RE = re.compile(
    rf"(?:{_MASKED}、)+(?P<after>[{HAN}]{{2,8}})|(?:(?<=[：:，,；;。（(\s被与和同])|^)(?P<before>[{HAN}]{{2,8}})(?=(?:、{_MASKED})+)"
)
_CLAUSE_CHARS = frozenset("的是在了和与及被把将等向对从给让到于为也都又还就便即已曾")
#: A word this common is no name even in such a list (于是, 方向); 齐心 (89) and rarer ones may be.
MAX_LISTED_WORD_FREQ = 500


def beside_masked(text: str, findings: list[Finding], word_freq: dict[str, int]) -> list[Finding]:
    """Names listed with names a court already masked: 李某2、齐心劝开; 腾某2、任令吸食毒品.

    A judgment that masks some of the people of a case and not others lists them together; an
    item of such a list that starts with a surname and is no word for people is a name, even
    when it is also a rarer word (齐心). Its end is where jieba's first word (or first two
    single characters) ends: the run goes on into the clause (劝开, 吸食).
    """
    found = [(f.start, f.end) for f in findings if f.entity_type == ENTITY]
    added = []
    for match in _BESIDE_MASKED_RE.finditer(text):
        if match.group("after"):
            start = match.start("after")
            name = _leading_name(match.group("after"), word_freq)
        else:  # the run ends at the list: its name is its last word (与|齐心、李某2)
            tokens = _cut(match.group("before"))
            tails = ["".join(tokens[-2:]), tokens[-1]] if len(tokens[-1]) == 1 else [tokens[-1]]  # 任|令、
            name = next((t for t in tails if _leading_name(t, word_freq) == t), "")
            start = match.end("before") - len(name)
        if not name:
            continue
        end = start + len(name)
        if any(s < end and start < e for s, e in found):
            continue
        added.append(Finding(ENTITY, start, end, SCORE, RECOGNIZER, subtype=SUBTYPE))
    return added


def _leading_name(run: str, word_freq: dict[str, int]) -> str:
    """The name a run starts with (齐心|劝开), or '' when it starts with none."""
    if any(ch in MASK_CHARS for ch in run[:3]):
        return ""
    surname = 2 if run[:2] in COMPOUND else 1
    if run[:surname] not in SURNAMES:
        return ""
    tokens = _cut(run)
    name, rest = tokens[0], tokens[1:]
    # Single characters after the first word are the name's own (任|令, 欧阳明|辉), up to its
    # length, unless they are the clause's (张三|将…, 齐心|劝开 is a word).
    while rest and len(rest[0]) == 1 and rest[0] not in _CLAUSE_CHARS and len(name) < surname + 2:
        name += rest.pop(0)
    if not surname < len(name) <= surname + 2 or name in PEOPLE_WORDS or any(name.startswith(w) for w in PEOPLE_WORDS):
        return ""
    if name[-1] in PLACE_ENDS:
        return ""  # 张某、刘某、向阳村村民: a village
    return "" if word_freq.get(name, 0) > MAX_LISTED_WORD_FREQ else name


def _cut(run: str) -> list[str]:
    import jieba

    return jieba.dt.lcut(run, HMM=False)


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
