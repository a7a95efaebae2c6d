"""The boundary reader: where a name that starts at a position ends, and whether it is one.

Boundaries matter as much as detection: "驾驶人张伟驾驶" must yield 张伟, not 张伟驾. Every
rule family reads names through these functions, and the model's vetting
(``recognizers.person.model_spans``) reads transliterated names through them too:

* :func:`read_name` — a gazetteer surname and at most two characters, or a dotted name. A
  second given-name character is dropped when it is a function character or starts a jieba
  dictionary word (驾驶, 家住, 联系), which is jieba's role here as a secondary signal;
* :func:`read_run` — after a cue, a run that goes straight on with what people do (阿旺罗布驾驶);
* :func:`read_field` — the whole value of a form field (当事人：次仁央宗，);
* :func:`excluded` — already-masked forms (张某, 张*), words that are no names, names inside
  《》 titles and candidates that run into place or road names;
* :func:`dotted_names`, :func:`dotted_start`, :func:`trim_dotted` — transliterated names
  (买买提·艾力), bounded by jieba's reading of the characters around the dots.
"""

from __future__ import annotations

from typing import Optional

import regex as re

from recognizers._text import HAN, NAME_DOTS
from recognizers.person import guards
from recognizers.person.lexicon import (
    AFTER_NAME_PHRASES,
    AFTER_NAME_WORDS,
    CLAUSE_ADVERBS,
    COMMON_VERB_FREQ,
    CUES,
    DOTTED_LEFT_FUNCTION,
    DOTTED_RIGHT_FUNCTION,
    FIELD_CONJUNCTIONS,
    FIELD_END,
    FIELD_PARTICLES,
    FUNCTION_SURNAMES,
    MASK_CHARS,
    MAX_DOTTED_PART,
    MAX_DOTTED_TAIL,
    MAX_FIELD_NAME,
    MIN_WORD_FREQ,
    NAME_TAGS,
    NOT_GIVEN_NAMES,
    NOT_GIVEN_TAGS,
    NOT_NAMES,
    PRONOUNS,
    RARE_WORD_FREQ,
    RUN_BREAKS,
    SLOGAN_WORDS,
    STOP_CHARS,
    VERBAL_TAGS,
    WORDY_PART_FREQ,
    cut,
    holds_common_word,
    jieba_words,
    name_words,
    verbal_words,
    word_tags,
)
from recognizers.person.patterns import CUE_RE, DOES, DOT_RUN_RE, DOTTED_AT, DOTTED_RE, HAN_RE
from recognizers.person.surnames import COMPOUND, SURNAMES

# 杨　帆: a two-character name padded with a space to line up with three-character names.
_SPACED_NAME = re.compile(rf"[ \u3000](?![{''.join(STOP_CHARS - set(' '))}])[{HAN}](?![{HAN}])")
# After a cue, what follows a person is also enough (举报人仁增曲珍反映, 村民朝格图家中, 罪犯额日和木，男,
# 证人斯日古楞的证言).
_RUN_TO_DOES = re.compile(
    rf"[{HAN}]{{2,5}}(?:{DOES}|(?=反映|家中|的(?:证言|证词|陈述|询问笔录)|[，,]\s*[男女][，,）)\s。；;]))"
)


def read_name(text: str, pos: int) -> Optional[tuple[int, int]]:
    """Read one name starting at ``pos``; ``None`` when none starts there."""
    dotted = DOTTED_AT.match(text, pos)
    if dotted:
        first_dot = min(i for i in (text.find(d, pos, dotted.end()) for d in NAME_DOTS) if i >= 0)
        start = dotted_start(text, pos, first_dot)  # 审判员热依拉·阿不都: the next cue is no part
        return (start, trim_dotted(text, start, dotted.end())) if start is not None else None
    if text[pos : pos + 2] in COMPOUND:
        surname_end = pos + 2
    elif pos < len(text) and text[pos] in SURNAMES:
        surname_end = pos + 1
    else:
        return None
    spaced = _SPACED_NAME.match(text, surname_end)
    if spaced and surname_end - pos == 1:
        return pos, spaced.end()  # 杨　帆: a two-character name padded to three
    end = surname_end
    words = jieba_words()
    for i in range(2):
        ch = text[end] if end < len(text) else ""
        if not ch or not HAN_RE.match(ch) or ch in STOP_CHARS:
            break
        if i == 1 and (
            text.startswith(AFTER_NAME_PHRASES, end) or guards.court_word_at(text, end) or guards.count_of_people_at(text, end)
        ):
            break  # 慕容文|名下, 审判员孙强|独任审判
        if i == 1 and guards.adverb_after_list(text, pos, end):
            break  # 傅强、乘车人苏丹|均未: jieba reads 苏丹 as a word, so nothing else ends it
        if i == 1 and _third_char_ends(text, end, pos):
            common = words.get(text[end : end + 2], 0) >= COMMON_VERB_FREQ  # 黄莉|主持
            if common or not text.startswith(AFTER_NAME_WORDS, end + 1):
                break  # 郭桂英名下, 胡秀梅因: jieba reads 英名, 梅因, but 名下, 因 follow names
        end += 1
    if end == surname_end or excluded(text, pos, end):
        return None
    return pos, end


def read_run(text: str, pos: int) -> Optional[tuple[int, int]]:
    """After a cue, a run that goes straight on with 驾驶 / 于2024年 / 名下 is the whole name.

    That reads 阿旺罗布 in 驾驶员阿旺罗布驾驶, which surname + two characters would cut.
    """
    match = _RUN_TO_DOES.match(text, pos)
    return match.span() if match and run_can_be_name(text, pos, match.end()) else None


def run_can_be_name(text: str, start: int, end: int) -> bool:
    """A run of characters that nothing but its context marks as a name (no surname needed):
    it starts with no function character, holds no common word and is not excluded."""
    run = text[start:end]
    given = run[2:] if run[:2] in COMPOUND else run  # 皇甫志先: 皇甫 is a word, and a surname
    if run[0] in STOP_CHARS or holds_common_word(given, jieba_words()) or RUN_BREAKS.intersection(run[1:]):
        return False
    return not excluded(text, start, end)


def read_field(text: str, pos: int) -> Optional[tuple[int, int]]:
    """The whole value of a form field (被执行人姓名：次仁央宗，) when it can be a name.

    After ``cue：`` the document itself bounds the name, so names that start with no
    gazetteer surname (次仁央宗, 扎西顿珠) or run longer than surname + two characters
    are read whole. A value that holds a common word (不详, 办公室, 个体工商户) is none.
    """
    end = pos
    while end < len(text) and HAN_RE.match(text[end]):
        end += 1
    value = text[pos:end]
    if not 2 <= len(value) <= MAX_FIELD_NAME or (end < len(text) and text[end] not in FIELD_END):
        return None
    listed = any(ch in FIELD_CONJUNCTIONS for ch in value[1:-2])  # two characters can follow
    phrase = any(ch in FIELD_PARTICLES for ch in value)
    if guards.person_facts_at(text, end) and _named_by_facts(value):
        return pos, end  # 当事人：方向，男 / 被执行人：文明，1979年生: a word, but a person's facts follow
    # 被征收人：严明，: a whole field value that is an adjective or verb is still a name there
    verbal = len(value) <= 3 and value[0] in SURNAMES and word_tags().get(value) in VERBAL_TAGS
    if value[0] in STOP_CHARS or listed or phrase or excluded(text, pos, end, verbal_ok=verbal):
        return None  # 未到场; 李四和王五 is two names, which read_name separates
    if verbal:
        return pos, end
    if value[:2] in COMPOUND and len(value) <= 5:
        return pos, end  # 东方明先: the surname is a common word, the name is still a name
    if holds_common_word(value, jieba_words()):
        return None  # 个体工商户, 见附件; 高峰 is left to read_name, which knows surnames
    return pos, end


def excluded(text: str, start: int, end: int, verbal_ok: bool = False) -> bool:
    """``text[start:end]`` is no name whatever points at it: masked, a word that is none, a
    court word, the start of a firm's or a place's name, inside a title."""
    cand = text[start:end]
    if any(ch in MASK_CHARS for ch in cand) or (end < len(text) and text[end] in MASK_CHARS):
        return True
    if cand in NOT_NAMES or cand[:2] in NOT_NAMES or cand in SLOGAN_WORDS or guards.holds_admin_unit(cand):
        return True
    if cand[1:] in NOT_GIVEN_NAMES or cand in CUES:
        return True  # 由本人驾驶; 司机驾驶 (a cue word is no name)
    if cand[0] in FUNCTION_SURNAMES and start and text[start - 1] in CLAUSE_ADVERBS:
        return True  # 遂|由孙强驾驶: a preposition after an adverb
    if guards.holds_court_word(cand) or guards.in_org_name(text, end):
        return True  # 被告向原告借款, 经审理查明; 被告海南暨|阳房地产开发有限公司
    if len(cand) == 3 and cand[0] in FUNCTION_SURNAMES and word_tags().get(cand[1:]) in NOT_GIVEN_TAGS:
        return True  # 驾驶人应定期体检, 当事人曾多次
    if not verbal_ok and jieba_words().get(cand[:2], 0) >= MIN_WORD_FREQ and cand[:2] in verbal_words():
        return True  # 被告支付原告货款, 同商户谈判时
    if guards.followed_by_place(text, end):
        return True
    return guards.inside_title(text, start)


def _named_by_facts(value: str) -> bool:
    """A field value followed by a person's sex or birth year is a name when it is shaped
    like one (a surname and one to three characters, nothing masked, no court word)."""
    surname = 2 if value[:2] in COMPOUND else 1
    return (
        value[:surname] in SURNAMES
        and 1 <= len(value) - surname <= 3
        and not any(ch in MASK_CHARS for ch in value[surname:])
        and not guards.holds_court_word(value)
    )


def _third_char_ends(text: str, pos: int, name_start: int) -> bool:
    """The character at ``pos`` starts what follows the name rather than ending it."""
    return _starts_word(text, pos, name_start) or _joins_next_name(text, pos) or _verb_at(text, pos)


def _verb_at(text: str, pos: int) -> bool:
    """A very common verb or adverb starts at ``pos`` (周芳|明知他人, 李强|当即): jieba, which
    reads 周芳明 as one word, cannot say so there."""
    pair = text[pos : pos + 2]
    return jieba_words().get(pair, 0) >= COMMON_VERB_FREQ and word_tags().get(pair) in VERBAL_TAGS


def _joins_next_name(text: str, pos: int) -> bool:
    """和/及/与 followed by another name or a pronoun joins, it is no given name."""
    nxt = pos + 1
    return text[pos] in "和及与" and nxt < len(text) and (
        text[nxt] in SURNAMES or text[nxt : nxt + 2] in COMPOUND or bool(DOTTED_RE.match(text, nxt))
        or text[nxt] in PRONOUNS or text[nxt] == "其"  # 张强和其家属, 李明与他人
    )


def _starts_word(text: str, pos: int, name_start: int) -> bool:
    """True when jieba segments a word of 2+ characters, not a rare one, starting at ``pos``.

    The window starts at the name, so 张志强于 (志强 / 于) keeps 强 while
    张伟驾驶 (张伟 / 驾驶) and 王芳家住 (王芳 / 家住) drop the third character.
    """
    offset = name_start
    for token in cut(text[name_start : pos + 4]):
        if offset == pos:
            return len(token) >= 2 and jieba_words().get(token, 0) >= RARE_WORD_FREQ
        offset += len(token)
        if offset > pos:
            return False
    return False


# -- transliterated names ------------------------------------------------------------------
def dotted_names(text: str):
    """(start, end) of every dotted transliterated name (买买提·艾力), what comes before and after cut off.

    Where the name starts and ends is read from jieba's segmentation of the characters
    around the dots: words that are no names (主任, 作出, 古人类学家) and function characters
    (对, 经, 的) are cut off; names and proper nouns (约翰, 帕尔哈, 穆斯塔法) are kept. A
    part that ends before the next dot ends the name; the next one starts after it
    (纳伊夫·哈瓦特迈|和人阵总书记|穆斯塔法·纳伊布).
    """
    for match in DOT_RUN_RE.finditer(text):
        run_end = match.end()
        dots = [i for i in range(match.start(), run_end) if text[i] in NAME_DOTS]
        before, k = match.start(), 0
        while k < len(dots):
            start = dotted_start(text, before, dots[k])
            end = trim_dotted(text, dots[k], (dots + [run_end])[k + 1])
            while k + 1 < len(dots) and end == dots[k + 1]:
                k += 1
                end = trim_dotted(text, dots[k], (dots + [run_end])[k + 1])
            if start is not None:
                yield start, end
            before, k = end, k + 1


def dotted_start(text: str, start: int, first_dot: int) -> Optional[int]:
    """Where the name whose first dot is at ``first_dot`` starts; ``None`` when nothing is left.

    A cue word ends what comes before (驾驶人|买买提·艾力); so does the last word that is no
    name or function character (村委会主任|米日古丽·阿西木, 决定对|米日古丽, 冻结巴前总理|贝·布托).
    """
    for cue in CUE_RE.finditer(text, start, first_dot):
        start = cue.end()
    name_start = pos = start
    for token in cut(text[start:first_dot]):
        pos += len(token)
        if pos < first_dot and (_plain_word(token) or token in DOTTED_LEFT_FUNCTION):
            name_start = pos
        elif pos == first_dot and pos - len(token) == name_start and _title_word(token):
            return None  # 城市周刊·民生服务版: a part that is one common noun is a title's
    return name_start if 0 < first_dot - name_start <= MAX_DOTTED_PART else None


def trim_dotted(text: str, start: int, end: int) -> int:
    """Cut what ran on after a dotted name (买买提·艾力驾驶 → 买买提·艾力, 依明|作出).

    Reads the part after the last dot in ``text[start:end]``. Transliterations use
    characters that are function words in Chinese (不, 尔, 提), so the name ends only at a
    word that is no name (作出, 同志, 介绍), at a character that follows names (在, 说) or
    at what follows names (弃车, 名下); the part keeps at least its first word.
    """
    last = max(text.rfind(dot, start, end) for dot in NAME_DOTS) + 1
    pos = last
    for k, token in enumerate(cut(text[last:end])):
        after = pos + len(token)
        if len(token) == 2 and token[1] in AFTER_NAME_WORDS and text[after : after + 1].isdigit():
            return pos + 1  # 吐|逊于2026年: jieba joined the name's end to a date's 于 (not 少将。)
        if not HAN_RE.match(token[0]) or (k and (token in DOTTED_RIGHT_FUNCTION or _plain_word(token))):
            break
        if k and text.startswith(AFTER_NAME_PHRASES, pos):
            break  # 弃车, 名下: rarer than the dictionary's threshold, but they follow names
        pos += len(token)
    return min(pos, last + MAX_DOTTED_TAIL) if pos > last else last - 1  # nothing after the dot: end before it


def _plain_word(token: str) -> bool:
    """A dictionary word that is no name: 主任, 作出, and rare long ones (古人类学家)."""
    if len(token) < 2 or token in name_words():
        return False
    freq = jieba_words().get(token, 0)
    return freq >= MIN_WORD_FREQ or (len(token) >= 3 and freq > 0)


def _title_word(token: str) -> bool:
    """A word common enough (周刊: 978) to make a dotted run a title, not a name; places are
    not counted (米兰, 亚历山大: jieba tags many transliterated first names as places)."""
    if len(token) < 2 or word_tags().get(token) in NAME_TAGS | {"ns"}:
        return False
    return jieba_words().get(token, 0) >= WORDY_PART_FREQ
