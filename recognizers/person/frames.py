"""Rule family: a name both of whose ends the sentence marks.

对王芳作出处罚, 给予王芳行政拘留, 其被王芳殴打, 经王芳介绍, 任命王芳为, 从王芳处了解到, 据王芳交代:
a preposition or verb before a surname and one or two characters, what is done to or by a
person after them. :data:`FRAMES` is the table (openers, what follows); a frame with no
openers of its own follows any of :data:`OPENERS`. The table is compiled into one regex.
Some openers are prepositions far more often than they frame a person; their
:data:`OPENER_GUARDS` ask for more (与 only in 与…系夫妻, 诉 only in X诉Y…纠纷一案).

On all shared train files: 14 names (任命…为 11), 0 wrong, 14 words excluded; 据…交代/介绍 3
names more, 0 wrong; 在…的带领下 and 代表…发言 4 more, 0 wrong.
"""

from __future__ import annotations

from typing import Callable, Iterator, Optional

import regex as re

from recognizers._text import HAN, alternation
from recognizers.person import boundary
from recognizers.person.family import Family
from recognizers.person.lexicon import (
    FRAMED_NOT_ENDS,
    FRAMING_WORDS,
    KIN_WITH_SURNAME,
    MIN_WORD_FREQ,
    TITLE_ENDS,
    jieba_words,
    word_tags,
)
from recognizers.person import guards
from recognizers.person.patterns import SURNAME

#: What may stand right before a framed name.
OPENERS = ("对", "被", "经", "由", "从", "限", "据", "在", "向", "请", "与", "诉", "”") + FRAMING_WORDS

#: (openers, what follows the name): each row a frame. Empty openers: any of OPENERS.
FRAMES: tuple[tuple[tuple[str, ...], str], ...] = (
    ((), "作出|予以|处以|同意|行政拘留|警告|记过|记大过|撤职|开除|党内|政务|殴打|打伤|砍伤|刺伤|撞伤|骗走|介绍|负责|主持"),
    (("推荐", "提名", "任命", "选举", "聘任", "聘请", "特聘"), "为|担任"),
    (("从",), "处(?:了解|得知|获悉|借|购|买|拿|取|租)"),
    (("限", "责令", "请"), r"(?:在|于|自)(?:收到|接到|本(?:通知|决定)|\d)"),  # 限王芳在收到本通知之日起
    (("据",), "交代|供述|陈述|反映|证实|称|回忆|透露"),
    (("在",), "的(?:带领|领导|帮助|指导|陪同|关心|支持|组织|带动|劝说|鼓励)下"),
    (("代表",), "发言|讲话|致辞|作|上台"),
    (("免去", "撤销"), r"的(?=[^，,。；;\n]{1,24}(?:职务|资格|称号))"),
    (("向",), "借款|借钱|借了|索要|索取|支付|转让|出售|出租|赔礼|道歉|行贿|颁发|授予|发放|了解|询问|求助"),
    (("兹证明",), "系|为|是|同志|与"),
    (("与",), "系(?:夫妻|父子|父女|母子|母女|兄弟|姐妹)"),
    (("回复",), "[：:]"),
    (("如",), "不服|对本"),
    (("请",), "本人"),
    (("”",), "说|问|表示|介绍|告诉|感慨|(?:激动|高兴|笑着|动情)地?说"),
    (("经",), "申请"),
    (("对",), "有异议"),
    (("由",), "递补"),
    (("受理",), "诉"),
    (("诉",), r"[^，,。；;\s]{0,12}(?:纠纷|一案)"),
    (("图为",), "在|正在|与|和|向|[（(]"),
    (("在",), "家(?=[，,。；;里中门院])"),
)


def _compile(frames) -> "re.Pattern":
    follows = []
    for openers, after in frames:
        if openers:
            follows.append(rf"(?<=(?:{alternation(openers)})\S{{2,4}})(?:{after})")
        else:
            follows.append(after)
    return re.compile(rf"(?<={alternation(OPENERS)}){SURNAME}[{HAN}]{{1,2}}(?={'|'.join(follows)})")


_FRAMED_RE = _compile(FRAMES)
# 受理龚玉诉任丽丽合同纠纷一案: what names a case after its second party.
_CASE_TAIL_RE = re.compile(r"[^，,。；;\s]{0,12}(?:纠纷|一案)")


def _kin_follows(text: str, start: int, end: int) -> Optional[int]:
    """与 frames a person only in 与…系夫妻关系."""
    return end if text[end : end + 1] == "系" else None


def _names_a_case(text: str, start: int, end: int) -> Optional[int]:
    """诉 frames a person only in X诉Y…纠纷一案; the name ends as names end (诉马杰|合同纠纷)."""
    end = min(end, (boundary.read_name(text, start) or (start, end))[1])
    return end if _CASE_TAIL_RE.match(text, end) else None


def _leads_or_home(text: str, start: int, end: int) -> Optional[int]:
    """在 frames a person only in 在…的带领下 and 在…家，(not 在巴格达主持)."""
    return end if text[end : end + 1] in ("的", "家") else None


def _no_noun_after_quote(text: str, start: int, end: int) -> Optional[int]:
    """”母狮子说: a surname character before a noun is no name after a quotation."""
    return None if word_tags().get(text[start + 1 : end]) == "n" else end


#: The character right before the name → what else the frame needs (the name's end, or None).
OPENER_GUARDS: dict[str, Callable[[str, int, int], Optional[int]]] = {
    "与": _kin_follows,
    "诉": _names_a_case,
    "在": _leads_or_home,
    "”": _no_noun_after_quote,
}


class Frames(Family):
    """A surname and given name between a preposition and what is done (对王芳作出处罚)."""

    rule = "person_framed"
    score = 0.85

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        words = jieba_words()
        for match in _FRAMED_RE.finditer(text):
            start, end = match.span()
            tag = word_tags().get(match.group())
            if boundary.excluded(text, start, end) or (tag is not None and not tag.startswith("nr")):
                continue  # 对伊朗作出, 给予黄牌警告: a dictionary word that is no name
            given = text[start + 1 : end]
            if given[-1] in TITLE_ENDS and words.get(given, 0) >= MIN_WORD_FREQ:
                continue  # 向李主席介绍, 在王老师的帮助下: a surname and a title, no name
            guard = OPENER_GUARDS.get(text[start - 1])
            if guard is not None and (end := guard(text, start, end)) is None:
                continue
            home = text[end : end + 1] == "家"
            if home and (text[start:end] in KIN_WITH_SURNAME or guards.common_word(text[start : start + 2])):
                continue  # 在孙子家: kin, whose first character is also a surname; 在欧盟|国家中
            if text[end - 1] in FRAMED_NOT_ENDS:
                continue  # 据居民们反映, 由林业部负责: people in the plural, a ministry
            across = words.get(text[start - 1 : start + 1], 0) >= MIN_WORD_FREQ
            if across and not text.endswith(FRAMING_WORDS, 0, start):
                continue  # 对华政策作出: the surname character ends a word with what comes before (not 回复|苏莉)
            yield start, end
