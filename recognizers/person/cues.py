"""Rule families: a name right after a word that announces one.

* :class:`AfterCues` — a cue word (当事人, 驾驶人, 车主, 姓名 ...) or a role field label (制表人：,
  审核：); after ``cue：`` the whole field value up to the next comma is the name when it can
  be one, and after any cue a short run that goes straight on with 驾驶 / 于2024年 / 名下 is
  read whole, so names without a gazetteer surname (次仁央宗) keep their full length;
* :class:`Reporters` — a reporter's byline (（记者 常玉兰 通讯员 李淑珍）);
* :class:`Aliases` — what a person is called (绰号“小泥鳅”, 一个叫大海的);
* :class:`PinyinAfterCues` — a name in pinyin after a cue (当事人Chen Jianguo).
"""

from __future__ import annotations

from typing import Iterator

import regex as re

from recognizers._text import HAN, NAME_DOTS
from recognizers.person import boundary, guards
from recognizers.person.family import Family
from recognizers.person.lexicon import (
    ALIAS_CUES,
    BYLINE_ROLES,
    CALLED_AFTER,
    CUES,
    MASK_CHARS,
    MAX_WORD_AFTER_CUE,
    MIN_WORD_FREQ,
    PINYIN_SURNAMES,
    STOP_CHARS,
    jieba_words,
)
from recognizers.person.patterns import CUE_ALTERNATION, CUE_RE
from recognizers.person.tables import is_name_header

_CUES = frozenset(CUES)
#: Any role that ends in 人, 员, 警 or 官 labels a field whose value is a person (制表人：,
#: 签收人：, 受送达人：, 记录员：, 网格员：, 民警：, 法官：): forms name more roles than a cue
#: list can hold. Only as a field label, with its colon; in prose these words are left to the
#: list. Not the speakers of a transcript (主持人：谢谢…), whose colon opens what they said.
#: Ranks and prizes label such fields too (第一名：韩平, 一等奖：郎怡), and so do bylines and
#: sign-offs (审核：金佳　校对：江欣), also at the end of a longer label (网络编辑：, 资格审核：);
#: the value must still read as a name.
_ROLE_FIELD_RE = re.compile(
    rf"(?:(?<=[{HAN}])(?<!主持|发言|主讲|讲解|解说|代言)[人员警官]|第[一二三四五六七八九十\d]{{1,3}}名|[一二三特]等[奖功]|(?:{BYLINE_ROLES})|人选|对象)"
    rf"\s*[:：]\s*(?=[{HAN}])"
)
# 当 事 人：/ 姓    名：: a form label spread out with spaces to line up with the labels above it.
_SPACED_LABEL_RE = re.compile(
    rf"(?<![{HAN}])([{HAN}](?:[ \u3000]+[{HAN}]){{1,4}})[ \u3000]*[:：][ \u3000]*(?=[{HAN}])"
)
_SPACES_RE = re.compile(r"[ \u3000]+")
# （记者 常玉兰 通讯员 李淑珍）, 本报记者杨斌, 记者王薇薇/文: a reporter's byline. 记者 is no cue on its
# own (记者利用周末, 记者慕名来到): what follows the name must close the byline.
_REPORTER_RE = re.compile(rf"记者[ \u3000]*(?=[{HAN}])")
_BYLINE_END_RE = re.compile(rf"[ \u3000]*(?:[）)、/／\n]|$|报道|摄|发自|通讯员|实习生|文(?![{HAN}]))")
# 绰号“小泥鳅”, 一名叫“阿贵”的人, 一个叫大海的: what a person is called, quoted or before 的.
_ALIAS_RE = re.compile(
    rf"(?:{'|'.join(ALIAS_CUES)}|(?<=[{CALLED_AFTER}])叫)[为是：:]?"
    rf"(?:[“\"「『](?P<quoted>[{HAN}]{{1,4}}(?:[{NAME_DOTS}][{HAN}]{{1,8}})?)[”\"」』]|(?P<bare>[{HAN}]{{2,3}})(?=的))"
)
# 当事人Chen Jianguo, 驾驶人（Liu Yang）, 姓名：ZHANG Wei: a name in pinyin after a cue.
_PINYIN_WORD = r"(?:[A-Z][a-z]{1,8}|[A-Z]{2,9})"
_PINYIN_HINT_RE = re.compile(r"[A-Za-z]{2}[ \u00a0\-][A-Z]")
_PINYIN_AFTER_CUE_RE = re.compile(
    rf"(?:{CUE_ALTERNATION})[（(:：\s]*(?P<name>{_PINYIN_WORD}(?:[ \u00a0\-]{_PINYIN_WORD}){{1,2}})(?![A-Za-z])"
)


class AfterCues(Family):
    """The name after each cue, and the further names of a list after one cue (当事人张三、李四和王五)."""

    rule = "person_after_cue"
    score = 0.85

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for pos, is_field in cue_ends(text):
            if text[pos : pos + 1] == "和":
                continue  # 业主和经营者: a conjunction after the cue, not the surname 和
            while pos < len(text):
                span = boundary.read_field(text, pos) if is_field else None
                separators = "、"  # after a whole field value, a comma starts the next field
                if span is None:
                    # After 当事人：, a comma starts the next field, also when the value was
                    # read as a name (董海燕，房屋坐落：); without a colon it lists names.
                    span = boundary.read_run(text, pos) or boundary.read_name(text, pos)
                    separators = "、和及与" if is_field else "、和及与,，"
                if span is None or _cue_runs_into(text, pos, span[1]):
                    break
                if text[pos - 1 : pos] in "，," and guards.starts_with_plain_word(text[span[0] : span[1]]):
                    break  # 被告人丁宇凯、董子亮，|利用孔建勇…: the list ended, a clause goes on
                yield span
                nxt = span[1]
                if nxt < len(text) and text[nxt] in separators and text[nxt : nxt + 2] != "，男":
                    pos = nxt + 1
                    if CUE_RE.match(text, pos):
                        break  # 户主张三、车主关小平: the next item opens with a cue of its own
                else:
                    break


def cue_ends(text: str) -> list[tuple[int, bool]]:
    """Where a name may start after a cue word or a role field label, and whether it is a
    field value (after a colon). Role labels have their own regex: one alternative
    ``[HAN]{1,4}人：`` in the cue regex made it five times slower. A cue that a longer word
    starts with is none (律师|费用, 律师费)."""
    words = jieba_words()
    ends = {
        m.end(): any(ch in ":：" for ch in m.group())
        for m in CUE_RE.finditer(text)
        if not words.get(text[m.start() : m.end() + 1], 0) >= MIN_WORD_FREQ
    }
    for m in _ROLE_FIELD_RE.finditer(text):
        ends.setdefault(m.end(), True)
    for m in _SPACED_LABEL_RE.finditer(text):
        label = _SPACES_RE.sub("", m.group(1))
        if label in _CUES or is_name_header(label):
            ends.setdefault(m.end(), True)
    return sorted(ends.items())


def _cue_runs_into(text: str, pos: int, end: int) -> bool:
    """企业主|管部门: the cue's last character and all of what follows it up to ``end`` make
    one dictionary word (主管部门, however rare: a word of three characters or more that
    holds the whole candidate says more than its frequency), so the cue word was no cue
    there. (车主|张伟 is a name: 主张 stops inside it.)"""
    last = min(len(text), pos + MAX_WORD_AFTER_CUE)
    words = jieba_words()
    return any(words.get(text[pos - 1 : stop]) for stop in range(end, last + 1))


class Reporters(AfterCues):
    """Reporters named in a byline (（记者 常玉兰 通讯员 李淑珍）, 记者邹惠琳、魏宗凯）)."""

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        words = jieba_words()
        for match in _REPORTER_RE.finditer(text):
            pos = match.end()
            if pos == match.start() + 2 and words.get(text[match.start() : pos + 1]):
                continue  # 记者席上, 记者站: 记者 opens a longer word
            while (span := boundary.read_name(text, pos)) and _BYLINE_END_RE.match(text, span[1]):
                yield span
                if text[span[1] : span[1] + 1] != "、":
                    break
                pos = span[1] + 1


class Aliases(Family):
    """Nicknames and aliases (绰号“小泥鳅”, 一个叫大海的): the cue bounds the name, so no
    surname is needed; a bare one must not be a stop character or a masked form."""

    rule = "person_alias"
    score = 0.85

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for match in _ALIAS_RE.finditer(text):
            group = "quoted" if match.group("quoted") else "bare"
            start, end = match.span(group)
            value = text[start:end]
            if any(ch in STOP_CHARS or ch in MASK_CHARS for ch in value) or guards.holds_court_word(value):
                continue
            yield start, end


class PinyinAfterCues(Family):
    """A name in pinyin after a cue: two or three words, the first or last a pinyin surname."""

    rule = "person_pinyin"
    score = 0.85

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        if not _PINYIN_HINT_RE.search(text):
            return  # the cue regex is costly; most texts hold no two Latin words in a row
        for match in _PINYIN_AFTER_CUE_RE.finditer(text):
            words = re.split(r"[ \u00a0\-]", match.group("name").lower())
            if words[0] in PINYIN_SURNAMES or words[-1] in PINYIN_SURNAMES:
                yield match.span("name")
