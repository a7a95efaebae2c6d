"""The regexes more than one part of the PERSON wing reads, compiled from tables.

What follows a name (``FOLLOWERS``) and what a person does at the start of a clause
(``DOES``) are tables of regex pieces, one piece a line, joined into one alternation each:
a new follower is a new line, not an edit inside a long pattern.
"""

from __future__ import annotations

import regex as re

from recognizers._text import HAN, NAME_DOTS, alternation
from recognizers.person.lexicon import COURT_FOLLOWERS, CUES
from recognizers.person.surnames import COMPOUND, SINGLE

HAN_RE = re.compile(f"[{HAN}]")

#: A surname: a compound one first (欧阳), then a single character.
SURNAME = rf"(?:{'|'.join(sorted(COMPOUND, key=len, reverse=True))}|[{''.join(sorted(SINGLE))}])"

# -- cue words ------------------------------------------------------------------------------
CUE_ALTERNATION = alternation(CUES)
#: A cue word, an optional note in brackets (被告人（反诉原告）), then a colon, a space or a copula.
AFTER_CUE = rf"(?:{CUE_ALTERNATION})(?:[（(][^（()）\n]{{1,24}}[）)])?(?:[:：]|\s|为|是|系)*(?=[{HAN}])"
CUE_RE = re.compile(AFTER_CUE)

# -- transliterated names ------------------------------------------------------------------
# No list or function characters inside a part (张三和买买提·艾力).
NAME_CHAR = rf"(?:(?![和及与的是在为了、])[{HAN}])"
DOTTED = rf"{NAME_CHAR}{{1,6}}(?:[{NAME_DOTS}]{NAME_CHAR}{{1,8}})+"
#: A dotted name not inside a longer run of name characters.
DOTTED_NAME = rf"(?<!{NAME_CHAR}|[{NAME_DOTS}]){DOTTED}"
DOTTED_RE = re.compile(DOTTED_NAME)
DOTTED_AT = re.compile(DOTTED)  # anchored use right after a cue; trimmed afterwards
DOT_RUN_RE = re.compile(rf"[{HAN}]+(?:[{NAME_DOTS}][{HAN}]+)+")
DOT_SPLIT = re.compile(f"[{NAME_DOTS}]")

# -- what follows a name ---------------------------------------------------------------------
#: What follows a name in enforcement prose: ，男 / 同志 / 等三人 / 名下 / 驾驶 / 于2024年 /
#: （身份证… / 家庭被认定为… / （左一） / 你户于 / 张三辩称 / （另案处理）.
FOLLOWER_PIECES = (
    r"[，,（(\s]\s*[男女][，,）)\s。；;]",
    "同志", "先生", "女士", "等人", r"等[两二三四五六七八九十0-9]+[人名]", "名下(?!岗)", "驾驶", "驾车",
    "出生年月", "涉嫌", r"于\s*(?:19|20)\d\d",
    r"家庭(?:被|成员|人口|困难|住|[，,（(])",
    "户(?:因病|因残|因灾|享受|符合|纳入|房屋)",
    r"[（(][左右中前后][一二三四五六七八九\d]?[）)]",
    r"[，,]\s*(?:曾用名|你[户于因未已])",
    r"[：:]\s*(?:19|20)\d\d年",
    r"[，,（(]\s*(?:身份证|公民身份|住|现住|户籍)",
) + COURT_FOLLOWERS
FOLLOWERS = "(?:" + "|".join(FOLLOWER_PIECES) + ")"
#: A surname and one or two characters right before a follower.
BEFORE_FOLLOWER = rf"{SURNAME}[{HAN}]{{1,2}}(?={FOLLOWERS})"
FOLLOWER_RE = re.compile(BEFORE_FOLLOWER)

# -- what a person does, at the start of a clause -------------------------------------------
#: （7）达娃卓嘎驾驶的 / 经查，阿旺罗布于2024年 / 楚莉现羁押于 / 海建的行为构成…罪: what people do,
#: after a run that opens a clause (gazetteer surname or not) or follows a cue.
DOES_PIECES = (
    "驾驶", "驾车", "涉嫌", "名下(?!岗)", "弃车", r"于\s*(?:19|20)\d\d", "于(?:接到|收到)", "未经许可", "擅自",
    "无证", "无照", "遗失", "持有的",
    "(?<![担主责信就出兼现曾历升调继连留接首前新聘委放])任(?:中共|[县市省区乡镇村党副])",  # 吴平任县…, not 担任
    "血液(?:中|酒精|乙醇)", "的(?:遗体|骨灰)", r"[现今]年\s*\d{1,3}\s*岁", r"因[^，,。；;\n]{1,10}罪", "向本院", "向本机关",
    "羁押于", "的行为(?:已)?构成", "签收了?(?:行政|处罚|本|该|通知|决定)", "对(?:上述|以上|指控的?)事实",
    "负(?:此次|本次)?(?:事故)?的?(?:全部|主要|次要|同等)责任",
)
DOES = "(?=" + "|".join(DOES_PIECES) + ")"
