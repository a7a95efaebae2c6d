"""Rule families: names in lists.

* :class:`NameLists` — a 、-separated list closed by 等同志 / 等3人 / 两人 / 夫妇;
* :class:`NumberedLists` — a line of numbered short items (1.侯建中 2.史玉芳 3.武小兵);
* :class:`SpacedLists` — a line (after a label) of three or more short items set apart by
  spaces, most of them shaped like names (名单如下：\\n王雪　杨桂珍　萧玉梅).
"""

from __future__ import annotations

from typing import Iterator

import regex as re

from recognizers._text import HAN, NAME_DOTS
from recognizers.person import boundary, guards
from recognizers.person.family import Family
from recognizers.person.lexicon import (
    LIST_PREPOSITIONS,
    MIN_WORD_FREQ,
    OPENER_PREFIXES,
    STOP_CHARS,
    holds_common_word,
    jieba_words,
)
from recognizers.person.patterns import DOTTED
from recognizers.person.surnames import COMPOUND, SURNAMES

# 张三、李四、买买提·艾力等同志: a list of short items closed by 等 + people is a list of names.
_LIST_ITEM = rf"(?:{DOTTED}|[{HAN}]{{2,4}}?)"  # lazy: 林涛|夫妻二人, not 林涛夫妻|二人
_COUNT = r"(?:\d+|[两二三四五六七八九十]+)"
_KIN = "(?:夫妇|夫妻|兄弟|姐妹|父子|父女|母子|母女)"
_NAME_LIST_RE = re.compile(  # the first item may carry what opens the clause (现对扎西顿珠、…)
    rf"(?<![{HAN}{NAME_DOTS}])(?:{DOTTED}|[{HAN}]{{2,7}})(?:、{_LIST_ITEM})+"
    rf"(?=等(?:同志|人|{_COUNT}[人名])|(?<![等两二三四五六七八九十])(?:{_COUNT}人|[两二三四五六七八九十][位户]|{_COUNT}?{_KIN}))"
)
# 公示名单：1.侯建中 2.史玉芳 3.武小兵: numbered short items, two or more on one line.
_NUMBERED_ITEM = rf"\d{{1,3}}[.．、]\s*(?:{DOTTED}|[{HAN}]{{2,4}})"
_NUMBERED_LIST_RE = re.compile(rf"(?:(?<=[：:\s])|^){_NUMBERED_ITEM}(?:[\s，,；;]+{_NUMBERED_ITEM})+(?=[\s。；;]*$)", re.MULTILINE)
_NUMBERED_NAME_RE = re.compile(rf"(?<=\d[.．、]\s*)(?:{DOTTED}|[{HAN}]{{2,4}})")
# 名单如下：\n王雪　杨桂珍　萧玉梅　丛帆, 获奖人员：杜琴　管秀芳　黄龙.
_SPACED_LIST_RE = re.compile(
    rf"^[ \t]*(?:[^\n：:]{{1,12}}[：:])?[ \t]*\K[{HAN}]{{2,4}}(?:[ \t]+[{HAN}]{{2,4}}){{2,}}[ \t]*$", re.MULTILINE
)
_SPACED_ITEM_RE = re.compile(rf"[{HAN}]+")


class NameLists(Family):
    """Names in a 、-separated list closed by 等同志 / 等3人 / 两人 / 夫妇."""

    rule = "person_name_list"
    score = 0.85  # below a cue's, above the model's

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for match in _NAME_LIST_RE.finditer(text):
            start = match.start()
            for k, item in enumerate(match.group().split("、")):
                end = start + len(item)
                first = _first_item_start(text, start, end) if k == 0 else start
                if (end - first <= 4 or "·" in text[first:end]) and is_list_name(text, first, end):
                    last = end if not guards.has_dot(text[first:end]) else boundary.trim_dotted(text, first, end)
                    yield first, last  # 热依拉·阿不都|夫妻二人
                start = end + 1


class NumberedLists(NameLists):
    """Names in a line of numbered short items (1.侯建中 2.史玉芳 3.武小兵)."""

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for line in _NUMBERED_LIST_RE.finditer(text):
            for item in _NUMBERED_NAME_RE.finditer(text, line.start(), line.end()):
                start, end = item.span()
                name = item.group()
                shaped = "·" in name or name_shaped(name)  # not 文明驾驶
                if shaped and is_list_name(text, start, end):
                    yield start, end


class SpacedLists(NameLists):
    """Names on a line of short items set apart by spaces, two thirds of them shaped like
    names (surname + one or two characters) and none a common word (春季 夏季 秋季)."""

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for line in _SPACED_LIST_RE.finditer(text):
            items = [m.span() for m in _SPACED_ITEM_RE.finditer(text, line.start(), line.end())]
            shaped = [(s, e) for s, e in items if name_shaped(text[s:e]) and is_list_name(text, s, e)]
            if 3 * len(shaped) >= 2 * len(items):
                yield from shaped


def _first_item_start(text: str, start: int, end: int) -> int:
    """Where the name in a list's first item starts: after what opens the clause.

    抓获|张伟, 与|徐悲鸿, 现对|扎西顿珠, 香港人|谭志伟; but 于岳梅 (于 is a surname) and
    约翰·列农 (what is left before the dot is the name) stay whole.
    """
    words = jieba_words()
    dot = next((i for i in range(start, end) if text[i] in NAME_DOTS), None)
    while end - start >= 3 and text[start : start + 2] not in COMPOUND:
        if dot is not None and dot - start <= 3:
            break
        if words.get(text[start : start + 2], 0) >= MIN_WORD_FREQ:
            start += 2
        elif text[start] in STOP_CHARS and text[start] not in SURNAMES:
            start += 1
        elif text[start] in LIST_PREPOSITIONS and text[start + 1] in SURNAMES and (
            end - start >= 4 or text[start] not in SURNAMES
        ):
            start += 1  # 由|曾月郁、周实两位作家, 经|黄婷、宋杨两位专家
        elif (prefix := next((p for p in OPENER_PREFIXES if text.startswith(p, start)), None)):
            start += len(prefix)  # 请|黄琳、杨婷婷两位同志
        elif end - start >= 4 and text[start] == "人" and text[start + 1] in SURNAMES:
            start += 1  # 人 closes a demonym
        else:
            break
    return start


def name_shaped(item: str) -> bool:
    """Surname + one or two characters (a compound surname + up to two)."""
    return (item[:2] in COMPOUND and len(item) <= 4) or (item[0] in SURNAMES and len(item) <= 3)


def is_list_name(text: str, start: int, end: int) -> bool:
    """An item of a list of names that is one: no common word, not excluded."""
    item = text[start:end]
    if guards.has_dot(item):
        return True
    if jieba_words().get(item, 0) >= MIN_WORD_FREQ or boundary.excluded(text, start, end):
        return False  # 公安、交通等人员 is no list of names
    if item[0] in SURNAMES or item[:2] in COMPOUND:
        return True  # 武小兵, 张建国: a given name may well be a word
    return len(item) >= 3 and not holds_common_word(item, jieba_words())  # 球王贝利
