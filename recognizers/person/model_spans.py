"""Vetting the model's spans: the same boundary knowledge the rules read names with.

The model finds names that no cue, column or follower points at, but its edges are a
tagger's guesses. Each span is mended (a name cut apart at a rare or compound surname, or
inside a transliteration, is put back together), trimmed (punctuation, a trailing 的, what
follows a name) and scored by :func:`vet` against the wing's tables and guards: a span that
starts with a gazetteer surname (or is a dotted name) scores 0.8, any other 0.55, a span the
rules know is no name 0.
"""

from __future__ import annotations

import regex as re

from recognizers.license_plate import PROVINCES
from recognizers.person import guards
from recognizers.person.boundary import dotted_names
from recognizers.person.lexicon import (
    ADDRESS_FORMS,
    AFTER_BARE_SURNAME,
    FACILITY_WORDS,
    FIELD_CONJUNCTIONS,
    KIN_AFTER_ZHI,
    KIN_PAIRS,
    KIN_WORDS,
    LEADING_FUNCTION,
    MASK_CHARS,
    MIN_WORD_FREQ,
    NOT_NAMES,
    OPENER_ADVERBS,
    ROAD_ENDS,
    SHOP_WORDS,
    STOP_CHARS,
    TAILS_AFTER_NAME,
    TO_SOMEONES_HOME,
    TRAILING_AFTER_NAME,
    TRAILING_NON_NAME,
    holds_common_word,
    jieba_words,
)
from recognizers._text import NAME_DOTS
from recognizers.person.patterns import FOLLOWERS, HAN_RE
from recognizers.person.surnames import COMPOUND, SURNAMES

SCORE_WITH_SURNAME = 0.8
SCORE_WITHOUT_SURNAME = 0.55
#: How many people a household counts, after 家: （3口人）, 四口人, 共5人.
_HOUSEHOLD_SIZE_RE = re.compile(r"[（(]?\s*(?:共)?[0-9０-９一二三四五六七八九十两]+\s*(?:口人|口|人)")
_HOUSE_NUMBER_RE = re.compile(r"\s*[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{1,6}\s*[号座栋幢楼弄室]")
#: What no name holds: a digit or a Latin letter (a masked 某1 is excluded elsewhere).
_NOT_NAME_CHAR_RE = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
#: A follower (同志, （身份证…, 于2024年) right here; 同志们 addresses a group, not a name.
_FOLLOWER_AT = re.compile(f"(?!同志们){FOLLOWERS}")
#: Characters that stand between a name and a follower without being part of the name.
_NOT_BEFORE_FOLLOWER = STOP_CHARS | OPENER_ADVERBS | FIELD_CONJUNCTIONS | frozenset("共另再各")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without edge characters that never start or end a name.

    Punctuation the model ran over (杨帆， 郑宁（ ·王晓川), a compound surname read across
    the end of a word (县长|孙旭), a trailing 的/了, what follows a
    name (see ``_after_name``), and the first character of a form of address (王师|傅). A dot
    inside a name (阿依古丽·买买提) stays.
    """
    while end - start > 1 and not HAN_RE.match(text[start]):
        start += 1
    if end - start >= 3 and text[start] in LEADING_FUNCTION and text[start + 1] in SURNAMES:
        start += 1  # 参会代表有|易娟: a function character the model ran over
    if end - start >= 3 and start and text[start : start + 2] in COMPOUND and text[start + 1] in SURNAMES:
        if jieba_words().get(text[start - 1 : start + 1], 0) >= MIN_WORD_FREQ:
            start += 1  # 县长|孙旭, 公司|马明: the first character of 长孙/司马 ends the word before
    while end - start > 1 and not HAN_RE.match(text[end - 1]):
        end -= 1
    inner = _NOT_NAME_CHAR_RE.search(text, start, end)
    if inner and inner.start() > start:
        end = inner.start()  # 赵|400元钱: a name holds no digit
    if end - start == 2 and text[start] in SURNAMES and text[start + 1] in AFTER_BARE_SURNAME:
        end -= 1  # 赵|又让, 吴|二人: a surname alone, pointing back at a person
    while end - start > 1 and text[end - 1] in TRAILING_NON_NAME:
        end -= 1
    end = _after_name(text, start, end)
    if end - start > 1 and any(text.startswith(form, end - 1) for form in ADDRESS_FORMS):
        end -= 1
    return start, end


def _after_name(text: str, start: int, end: int) -> int:
    """Where a span ends without what follows the name in it.

    之 + kinship (王兰英|之子, 梁军|之|子; 贺敬之 stays), 一 before 家 (张明|一家; 张永一 stays),
    和/与/及 before a kinship word (陈雪|和爱人; 郭德和 stays), one of TRAILING_AFTER_NAME after
    a surname and given name that make no dictionary word (杜欣|因, 杨博|户; 侯赛因 stays), and
    为/向 after a surname and a character they make no word with (刘丹|为; 张有为, 王志向 stay).
    """
    words = jieba_words()
    if end - start >= 4 and text[end - 2] == "之" and text[end - 1] in KIN_AFTER_ZHI:
        end -= 2
    elif end - start >= 3 and text[end - 1] == "之" and text[end : end + 1] in KIN_AFTER_ZHI:
        end -= 1
    if end - start >= 3 and text[end - 1] == "一" and text[end : end + 1] == "家":
        end -= 1
    if end - start == 3 and text[end - 1] == "家":
        if _HOUSEHOLD_SIZE_RE.match(text, end) or text[start - 1 : start] in TO_SOMEONES_HOME:
            end -= 1  # 赵成|家（3口人）: the household, named after its head; 在陈柳|家: the home
    if end - start == 3 and text[start:end] not in words and text.startswith(TAILS_AFTER_NAME, end - 1):
        end -= 1  # 周雪|所反映, 陆文|来电反映, 陈艳|应于 (周恩来 is a dictionary word and stays)
    if end - start >= 3 and text[end - 1] in "和与及" and text.startswith(KIN_WORDS, end):
        end -= 1
    if end - start >= 3 and text[end - 1 : end + 1] in KIN_PAIRS:
        end -= 1  # 王秀云|母子二人
    if end - start == 3 and text[end - 1] == "等" and guards.count_of_people_at(text, end):
        end -= 1  # 刘平|等三名同志 (平等 is a word)
    if end - start == 3 and guards.adverb_after_list(text, start, end - 1):
        end -= 1  # 张三、李四|均未到场
    if text[start] not in SURNAMES:
        return end
    if 3 <= end - start <= 4 and text[end - 1] in TRAILING_AFTER_NAME:
        if not guards.has_dot(text[start:end]) and text[start:end] not in words:
            end -= 1
    elif end - start == 3 and text[end - 1] in "为向" and text[start + 1 : end] not in words:
        end -= 1
    return end


def to_follower(text: str, start: int, end: int) -> int:
    """Where a surname + one character ends when one more character stands before a follower.

    黄平|委同志, 薛引|子（身份证…: the model stopped a character short of what closes the
    name (the rule layer reads these whole, but the model's span outscores it). Not across a
    function character, an adverb or a conjunction (李明|均于2024年, 李明|和同志们), nor a
    character that makes a word with the follower (班宇|生于1986年, 金庸|老先生).
    """
    surname = 2 if text[start : start + 2] in COMPOUND else 1
    if end - start != surname + 1 or text[start : start + surname] not in SURNAMES:
        return end
    nxt = text[end : end + 1]
    if not nxt or not HAN_RE.match(nxt) or nxt in _NOT_BEFORE_FOLLOWER:
        return end
    words = jieba_words()
    if any(words.get(text[end : end + k], 0) >= MIN_WORD_FREQ for k in (2, 3)):
        return end  # 班宇|生于1986年, 金庸|老先生: the character makes a word with the follower
    return end + 1 if _FOLLOWER_AT.match(text, end + 1) else end


def mend(text: str, spans: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """Put back together names the model cut apart; rare surnames are where it does.

    * 诸|葛泽, 皇|甫杰, 诸葛|致鸿: a span that starts on or right after a compound
      surname's second character gets the whole surname;
    * 笪|楷泽, 仉|俊明: a lone surname right before a span that looks like a given name
      (two characters or more, no surname first: not 马|列, 赔付|王芳) joins it, and so
      does the prefix 阿 before a single character (阿|袁);
    * 艾合买|提·依明, 帕尔|哈提·吐尔洪: a dotted span starts where the rule layer's
      reading of that transliterated name starts, unless what it would gain holds a
      dictionary word (男主角|约翰·史密斯).
    """
    dotted = list(dotted_names(text)) if guards.has_dot(text) else []
    out: list[tuple[int, int]] = []
    for start, end, _ in sorted(spans):
        previous_end = out[-1][1] if out else 0
        if start > 0 and text[start - 1 : start + 1] in COMPOUND and previous_end < start:
            start -= 1
        elif out and out[-1] == (start - 1, start) and text[start - 1 : start + 1] in COMPOUND:
            start = out.pop()[0]  # 诸|葛泽 came as two spans
            previous_end = out[-1][1] if out else 0
        elif start > 1 and text[start - 2 : start] in COMPOUND and previous_end <= start - 2:
            start -= 2  # 诸葛|致鸿: the model left out the whole surname
        if guards.has_dot(text[start:end]):
            for d_start, d_end in dotted:
                gained = text[d_start:start]
                if len(gained) == 1 and text[start] in NAME_DOTS:
                    continue  # 精品选|·王晓川: one character before a dot the model left out is no name
                if d_start < start < d_end and not holds_common_word(gained, jieba_words()):
                    while out and out[-1][0] >= d_start:
                        out.pop()  # 米|日|古丽·阿西木: pieces of the same name
                    start = max(d_start, out[-1][1] if out else 0)
        before = text[out[-1][0] : start] if out and out[-1][1] == start else ""
        nickname = before == "阿" and end - start == 1
        if nickname or (guards.is_surname_only(before) and guards.is_given_name(text[start:end])):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def split_repeated(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """A name written twice in a row (林悦林悦, common in posts) is two names, not one."""
    half = (end - start) // 2
    if half >= 2 and (end - start) % 2 == 0 and text[start : start + half] == text[start + half : end]:
        return ((start, start + half), (start + half, end))
    return ((start, end),)


def vet(text: str, start: int, end: int) -> float:
    """Score for a model span, 0 when the rule layer's exclusions reject it."""
    span = text[start:end]
    if not HAN_RE.search(span) or any(ch in MASK_CHARS for ch in span):
        return 0.0
    if end < len(text) and text[end] in MASK_CHARS:
        return 0.0  # 张某 split as 张 + 某
    if text[start : start + 2] in NOT_NAMES or guards.holds_admin_unit(span):
        return 0.0  # 当事人陈述申辩, 东县新达
    if guards.holds_court_word(span) or guards.is_amount(span[1:]) or guards.in_org_name(text, end):
        return 0.0  # 经审理查明, 壹万陆仟元, 湖北江铭建|设工程有限公司
    if span[-1] in PROVINCES and end < len(text) and text[end].isascii() and text[end].isalpha():
        return 0.0  # 湘Q•***99: the province character of a (masked) plate
    if len(span) == 1 and not (start and text[start - 1] in SURNAMES):  # (马|列 after a surname stays)
        if span not in SURNAMES:
            return 0.0  # 东方日|升, #|豪|礼: one character, not a surname, is no name
        if start and jieba_words().get(text[start - 1 : end], 0) >= MIN_WORD_FREQ:
            return 0.0  # 警|方, 曹老|师: a surname character that ends a word
        if start and text[start - 1] == "之" and span in KIN_AFTER_ZHI:
            return 0.0  # 吴艳之|母: kin, and 母 a surname too
    if len(span) >= 3 and span.endswith(FACILITY_WORDS):
        return 0.0  # 石门水库, 王府饭店: a place named like a person
    if len(span) <= 3 and text.startswith(SHOP_WORDS, end):
        return 0.0  # 东洲小区金鹏|茶馆: the name of a shop
    if span[-1] in ROAD_ENDS and _HOUSE_NUMBER_RE.match(text, end):
        return 0.0  # 欧阳路V座, 张路12号: a road, and the building on it
    # Inside 《…》 the model is trusted: a name in a title (《王晓川画集》) is still a name.
    if len(span) <= 3 and "·" not in span and guards.followed_by_place(text, end):
        return 0.0
    dotted = "·" in span or "•" in span
    if dotted or span[:2] in COMPOUND or span[:1] in SURNAMES:
        return SCORE_WITH_SURNAME
    return SCORE_WITHOUT_SURNAME
