"""Rule family: a name that opens a clause and goes on with what people do.

（7）达娃卓嘎驾驶的 / 经查，阿旺罗布于2024年 / 楚莉现羁押于: a clause that opens with a short
run and goes on with 驾驶, 于2024年, 名下 … (``patterns.DOES``) opens with a name, gazetteer
surname or not. The shortest such run is the name (陈洁|因涉嫌危险驾驶罪, not 陈洁因|涉嫌). Both
of its ends are marked, so its boundaries beat the model's where the two disagree.
"""

from __future__ import annotations

from typing import Iterator

import regex as re

from recognizers._text import HAN
from recognizers.person import boundary, guards
from recognizers.person.family import Family
from recognizers.person.lexicon import (
    ADDRESS_FORMS,
    FIELD_CONJUNCTIONS,
    KIN_OPENERS,
    NOT_NAME_ENDS,
    OPENER_ADVERBS,
    OPENER_MANNERS,
    OPENER_PREFIXES,
    PLACE_SUFFIXES,
    PRONOUNS,
    STOP_CHARS,
)
from recognizers.person.patterns import DOES
from recognizers.person.surnames import SURNAMES

_OPENING_NAME_RE = re.compile(
    rf"(?:^|(?<=[，,。；;：:）)\n]))((?:[{HAN}]{{2,4}}?[与和及])?[{HAN}]{{2,5}}?){DOES}", re.MULTILINE
)


class ClauseOpeners(Family):
    """A run of 2-5 characters that opens a clause and is followed by 驾驶 / 于2024年 / 名下;
    two such runs joined by 与/和/及 are two names (王琳与向博于2010年登记结婚)."""

    rule = "person_clause_opener"
    score = 0.85

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for match in _OPENING_NAME_RE.finditer(text):
            start, end = match.span(1)
            cand = match.group(1)
            prefix = next((p for p in OPENER_PREFIXES if cand.startswith(p) and len(cand) - len(p) >= 2), "")
            start, cand = start + len(prefix), cand[len(prefix) :]  # 经查|阿旺罗布于, 请|靳少华于
            role = max(
                (i + 1 for i in range(1, len(cand) - 2) if cand[i] in NOT_NAME_ENDS and cand[i + 1] in SURNAMES), default=0
            )
            start, cand = start + role, cand[role:]  # 参保人|李超于2024年: a role, then the name
            if len(cand) >= 3 and (cand[-1] in OPENER_ADVERBS or cand[-1] in "的所"):
                end, cand = end - 1, cand[:-1]  # 李春梅|已于2023年, 王五|均于, 刘东|的驾驶证, 钟瑜|所驾驶
            verb = next((v for v in OPENER_MANNERS if text.startswith(v, end)), "")
            manner = next((m for m in OPENER_MANNERS.get(verb, ()) if cand.endswith(m) and len(cand) - len(m) >= 2), "")
            if manner:
                end, cand = end - len(manner), cand[: -len(manner)]  # 成亮|醉酒驾驶, 刁阳|不慎遗失
            parts = _joined_names(text, start, end)
            if len(parts) == 2:  # 李元与卞德培|初识于1949年: the second name ends as names end
                parts[1] = (parts[1][0], min(end, (boundary.read_name(text, parts[1][0]) or (0, end))[1]))
                if any(text[e - 1] in PLACE_SUFFIXES or guards.followed_by_place(text, e) for _, e in parts):
                    continue  # 兰州街与丁路交叉口: two places
            for part_start, part_end in parts:
                if _opener_can_be_name(text, part_start, part_end):
                    yield part_start, part_end


def _joined_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """王琳|与|向博: a conjunction with a surname and one or more characters on either side
    joins two names; otherwise the run is one (额日和木)."""
    for i in range(start + 2, end - 2):
        if text[i] in FIELD_CONJUNCTIONS and text[start] in SURNAMES and text[i + 1] in SURNAMES:
            return [(start, i), (i + 1, end)]
    return [(start, end)]


def _opener_can_be_name(text: str, start: int, end: int) -> bool:
    cand = text[start:end]
    if len(cand) < 2 or cand[0] in PRONOUNS or cand[-1] in NOT_NAME_ENDS:
        return False  # 他将于2025年, 抢劫人弃车
    if len(cand) == 2 and cand[0] not in SURNAMES:
        return False  # 日韩于2020年: two characters without a surname are no name here
    if cand.startswith(KIN_OPENERS):
        return False  # 独子小军今年32岁: kin, then a name the model may find
    if len(cand) <= 3 and cand[0] in SURNAMES and cand[0] not in STOP_CHARS and not guards.common_word(cand):
        if cand[1:] in ADDRESS_FORMS:
            return False  # 高先生已于2020年: a surname and a form of address
        return not boundary.excluded(text, start, end)  # 戴建华于接到, 金平持有的: a given name may be a word
    return boundary.run_can_be_name(text, start, end)
