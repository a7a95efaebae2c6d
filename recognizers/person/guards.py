"""Named guards: what the characters around a candidate say about it.

Each guard answers one question about a position in a text (does a place word follow? a
court word start here? is this inside a 《title》?). The rule families, the boundary reader
and the model's vetting ask the same questions through these functions, so a guard mended
here is mended for all of them.
"""

from __future__ import annotations

import regex as re

from recognizers._text import HAN, NAME_DOTS, alternation
from recognizers.person.lexicon import (
    ADMIN_UNITS,
    ADVERB_COMPLEMENTS,
    CAPITAL_NUMERALS,
    CHU_VERBS,
    CLAUSE_ENDS,
    COMMON_VERB_FREQ,
    COURT_WORDS,
    FIELD_CONJUNCTIONS,
    MIN_WORD_FREQ,
    NAME_TAGS,
    OPENER_ADVERBS,
    ORG_SUFFIXES,
    PLACE_SUFFIXES,
    SUO_VERBS,
    TOPIC_YU,
    VILLAGE_SUFFIXES,
    jieba_words,
    word_tags,
)
from recognizers.person.surnames import COMPOUND, SURNAMES


_COUNT_OF_PEOPLE_RE = re.compile(r"[0-9０-９一二三四五六七八九十两]+\s*[名人位户]")


def count_of_people_at(text: str, pos: int) -> bool:
    """A count of people starts at ``pos`` (代刚|三人去, 刘平等|三名同志): it follows a name."""
    return bool(_COUNT_OF_PEOPLE_RE.match(text, pos))


#: A person's facts right after a field value: sex, birth year, ID (当事人：方向，男，1980年生).
_PERSON_FACTS_RE = re.compile(r"[，,（(]\s*(?:[男女](?:[，,）)。；;\s]|$)|(?:19|20)\d\d年|出生|公民身份|身份证)")


def person_facts_at(text: str, pos: int) -> bool:
    """A person's sex, birth year or ID number follows at ``pos``."""
    return bool(_PERSON_FACTS_RE.match(text, pos))


#: Court words by their first character, so that a position is checked against a few words only.
_COURT_WORDS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _word in sorted(COURT_WORDS):
    _COURT_WORDS_BY_FIRST[_word[0]] = _COURT_WORDS_BY_FIRST.get(_word[0], ()) + (_word,)


def court_word_at(text: str, pos: int) -> bool:
    """A word of court prose starts at ``pos`` (审判员孙强|独任审判, 向|原告)."""
    words = _COURT_WORDS_BY_FIRST.get(text[pos : pos + 1])
    return bool(words) and text.startswith(words, pos)


def holds_court_word(cand: str) -> bool:
    """``cand`` is, starts with, or goes on after its first character with a court word
    (查明, 向原告, 戴头盔, 公民身份)."""
    return court_word_at(cand, 0) or court_word_at(cand, 1)


#: Characters that end a clause rather than run on inside an organisation's name
#: (经理张伟|所在公司 is a person, then where he works).
_NOT_IN_ORG_NAME = "与和及的、某所在系为是到去从向给将把被于因对诉告称说"


_ORG_RUN = re.compile(
    rf"(?:(?![{_NOT_IN_ORG_NAME}])[{HAN}]){{0,12}}?(?:{alternation(ORG_SUFFIXES)})"
)


def in_org_name(text: str, end: int) -> bool:
    """What follows ``end`` runs without a break into the end of a firm's name: the span
    before ``end`` is part of that name (被告海南暨|阳房地产开发有限公司)."""
    return bool(_ORG_RUN.match(text, end))


def is_amount(given: str) -> bool:
    """A given name made only of capital numerals and money units (陆|仟元) is an amount."""
    return bool(given) and all(ch in CAPITAL_NUMERALS for ch in given)


def holds_admin_unit(cand: str) -> bool:
    """True for 东县新 or 石桥乡: an administrative unit after the first character is a place."""
    return any(ch in ADMIN_UNITS for ch in cand[1:])


def followed_by_place(text: str, end: int) -> bool:
    """True when the characters after ``end`` make the span a place (李庄村, 张家湾, 孙|家庄).

    A suffix that opens a post title (李淑芬院长, 蒋局长, 王村长), 所 before a verb
    (袁鹰所说) or 处 as a verb (刘明亮处以罚款) follows a person instead.
    """
    if text[end : end + 1] == "家" and text[end + 1 : end + 2] in VILLAGE_SUFFIXES:
        return True  # 孙家庄, 王家村: a village named after a family (but 王强家院内, 家所在)
    if end >= len(text) or text[end] not in PLACE_SUFFIXES:
        return False
    after = text[end + 1 : end + 2]
    if text[end] == "处" and after in CHU_VERBS:
        return False
    return after != "长" and not (text[end] == "所" and after in SUO_VERBS)


def adverb_after_list(text: str, start: int, pos: int) -> bool:
    """The adverb at ``pos`` (均, 都) ends the name that starts at ``start``: it speaks of
    several people, since a negation or a copula follows it and the clause listed a name
    before this one (张三、李四|均未到场, 王芳和李强|都是). Alone, 均 is a given-name character
    (陈国均未到场, 首席秘书康奉均在传达)."""
    if text[pos : pos + 1] not in OPENER_ADVERBS or text[pos + 1 : pos + 2] not in ADVERB_COMPLEMENTS:
        return False
    clause = max(text.rfind(ch, 0, start) for ch in CLAUSE_ENDS) + 1
    return "、" in text[clause:start] or text[start - 1 : start] in FIELD_CONJUNCTIONS


def starts_with_plain_word(cand: str) -> bool:
    """``cand`` opens with a very common word that is no name (利用|孔, 查明|情况): a clause,
    not a name. Names that open with such a word are one in a thousand (王家|兴, 黄金|华)."""
    head = cand[:2]
    return jieba_words().get(head, 0) >= COMMON_VERB_FREQ and word_tags().get(head) not in NAME_TAGS | {"ns", "nrt"}


def has_dot(chars: str) -> bool:
    """True when ``chars`` holds a dot that joins parts of a transliterated name."""
    return any(dot in chars for dot in NAME_DOTS)


def is_surname_only(span: str) -> bool:
    """True for 张 or 欧阳 alone: a surname without a given name."""
    return span in COMPOUND or (len(span) == 1 and span in SURNAMES)


def is_given_name(span: str) -> bool:
    """True when ``span`` can be a given name on its own: 2+ characters, no surname first."""
    return len(span) >= 2 and span[:1] not in SURNAMES and span[:2] not in COMPOUND


def inside_title(text: str, start: int) -> bool:
    """Inside 《…》 (a law or document title), names are not people."""
    opened = text.rfind("《", max(0, start - 40), start)
    return opened >= 0 and text.find("》", opened, start) < 0


def topic_yu(text: str, start: int) -> bool:
    """于 before ``start`` ends 关于/对于/由于: it names a topic, not a place (关于金健等三人)."""
    return text[start - 2 : start] in TOPIC_YU


def common_word(chars: str) -> bool:
    """A dictionary word this common that jieba does not tag as a person's name (高速, 王府井,
    欧盟)."""
    return jieba_words().get(chars, 0) >= MIN_WORD_FREQ and not (word_tags().get(chars) or "").startswith("nr")


def starts_a_word(text: str, start: int) -> bool:
    """A candidate must not be the tail of a dictionary word (高速公路 → 公路)."""
    words = jieba_words()
    for length in (2, 3, 4):
        lo = start - length + 1
        if lo < 0:
            continue
        for cut in range(lo, start):
            if words.get(text[cut : cut + length], 0) >= MIN_WORD_FREQ and cut + length > start:
                return False
    return True
