"""Rule family: a gazetteer surname and one or two characters before what follows names.

，男 / 于2022年 / 驾驶 / 同志 / 名下 … (``patterns.FOLLOWERS``). The weakest rule: nothing
before the name points at it, so every guard below says why a candidate is no name.
"""

from __future__ import annotations

from typing import Iterator

import regex as re

from recognizers._text import NAME_DOTS
from recognizers.person import boundary, guards
from recognizers.person.family import Family
from recognizers.person.lexicon import (
    ADDRESS_FORMS,
    CAPTION_LEADS,
    DRIVING_MANNERS,
    FIELD_CONJUNCTIONS,
    MIN_WORD_FREQ,
    NOT_NAME_TAGS,
    PLACE_PREPOSITIONS,
    PLACE_SUFFIXES,
    ROLE_ENDS,
    STOP_CHARS,
    holds_common_word,
    jieba_words,
    word_tags,
)
from recognizers.person.patterns import FOLLOWER_RE, HAN_RE

# 书记朱长洪（左一）: where a photo caption places a person.
_CAPTION_RE = re.compile(r"[（(][左右中前后]")


class BeforeFollowers(Family):
    rule = "person_before_follower"
    score = 0.65

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        words = jieba_words()
        for match in FOLLOWER_RE.finditer(text, overlapped=True):
            start, end = match.span()
            cand = text[start:end]
            if start and text[start - 1] in NAME_DOTS:
                continue  # 米日古丽·阿西木同志: the end of a dotted name, which DottedNames reads
            if boundary.excluded(text, start, end) or not guards.starts_a_word(text, start):
                continue
            before = text[start - 1 : start]
            if cand[-1] in STOP_CHARS or cand[-1] in PLACE_SUFFIXES:
                continue
            if cand.endswith(DRIVING_MANNERS):
                continue  # 王小|明酒后驾驶: how someone drove, not a given name
            if cand[1:] in ADDRESS_FORMS:
                continue  # 杨先生于1990年, 陈志|华先生：1960年: a surname and a form of address
            if _CAPTION_RE.match(text, end) and (
                (HAN_RE.match(before or "a") and before not in CAPTION_LEADS)
                or (cand[0] in FIELD_CONJUNCTIONS and holds_common_word(cand[1:], words))
            ):
                continue  # 萨|利姆（左一）: inside a longer name; 和|银牌（右）: a conjunction and a thing
            if before in PLACE_PREPOSITIONS and not text.startswith("名下", end) and not guards.topic_yu(text, start):
                continue  # 在长治路驾驶 is a place; 登记在陶佳名下 is a person
            if cand[0] in PLACE_SUFFIXES and HAN_RE.match(before or "a"):
                continue  # 黄路实施: the tail of a road name, not the surname 路
            if cand[-1] == "员" or (cand[-1] in ROLE_ENDS and words.get(cand, 0) >= MIN_WORD_FREQ):
                continue  # 信贷员涉嫌, 董事长涉嫌: a post, not a person's name
            tag = word_tags().get(cand)
            if tag in NOT_NAME_TAGS or (tag == "t" and len(cand) == 2):
                continue  # 公司涉嫌, 常委会于2024年, 白天驾驶 (but 周恩来, which jieba tags t)
            if text.startswith("家庭", end) and cand in words and not (tag or "").startswith("nr"):
                continue  # 单亲家庭: a kind of household, not a household named after its head
            yield start, end
