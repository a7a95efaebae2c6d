"""Tibetan and Mongolian names written in Han characters, read from a lexicon of their parts.

Why a lexicon: these names carry no Han surname, so the surname gazetteer cannot anchor
them, and the model (trained mostly on Han names) cuts them apart or misses them
(阿旺罗布 came out as 阿旺 + 布, 斯琴高娃 as 斯琴 + 娃, 其其格 not at all). Yet they are
built from a small, well-known stock: a Tibetan name is one or two parts such as 扎西,
次仁, 卓玛, 格桑; a Mongolian name is one part (巴特尔, 其其格) or two (斯琴 + 高娃).
A run of known parts therefore gives exact boundaries.

Two uses, in both PERSON recognizers:

* :func:`snap` widens a finding that overlaps a run to the whole run (卓玛 → 次仁卓玛);
* :func:`standalone_runs` yields runs that are names on their own: two parts or more
  (白玛央金), or one long Mongolian name (朝格图), not followed by a place word
  (尼玛县, 阿古拉镇) and not part of a dotted name (阿沛·阿旺晋美);
  :class:`MinorityNames` reports them as findings.

A single two-character part (扎西, 乌兰, 巴图) is never a finding on its own: many are
words or place names too (乌兰浩特, 格桑花); it only widens what another signal found.
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

from recognizers._text import NAME_DOTS
from recognizers.person.family import Family
from recognizers.person.guards import inside_title

#: Two-character parts of Tibetan names (a few have three). Words of everyday Chinese
#: that merely sound alike (拉毛 brushed wool, 公保) are left out.
TIBETAN_PARTS = frozenset(
    """
    扎西 次仁 才仁 泽仁 策仁 卓玛 卓嘎 格桑 旺姆 旺堆 旺久 旺杰 旺青 仁增 曲珍 阿旺 昂旺 罗布 洛布
    多吉 多杰 顿珠 尼玛 达瓦 达娃 白玛 贝玛 央金 拉姆 德吉 普布 边巴 平措 彭措 索朗 索南 旦增 丹增
    洛桑 罗桑 群培 米玛 巴桑 次旦 才旦 益西 强巴 桑珠 贡嘎 嘉措 加措 琼达 措姆 央宗 拉巴 普琼 欧珠
    土登 赤列 晋美 久美 德庆 格列 格勒 次珍 曲吉 扎巴 桑吉 桑杰 巴珠 顿旦 仓决 拉珍 边珍 玉措 拉措
    措吉 降央 江白 坚参 坚赞 朗杰 南杰 仁青 仁钦 贡布 贡桑 嘎玛 噶玛 白珍 德央 央拉 拉宗 达杰 更登
    根敦 次成 才让 更藏 措毛 加央 夏吾 完玛 旦巴 丹巴 班觉 白央 贡觉 泽旺 次旺 才旺 洛松 伦珠
    巴姆 桑姆 央珍 曲扎 周措 尼珍 多布杰 次顿 斯朗 曲旺 丹珍 洛珠 琼吉 桑旦 次吉 德措 仁措 卓措
    """.split()
)

#: Mongolian names and name parts. Those of three characters or more are names on their
#: own; shorter ones only join a run (斯琴 + 高娃) or widen another finding. Names that end
#: in 和 (苏和, 孟和) are left out: 和 is the conjunction far more often (宣布和平措施
#: would read as 布和 + 平措).
MONGOLIAN_PARTS = frozenset(
    """
    巴特尔 巴图 其其格 朝格图 斯日古楞 阿木古楞 乌力吉 斯琴 高娃 图雅 萨仁 乌兰 其木格 乌日娜 萨日娜
    苏日娜 毕力格 特木尔 巴雅尔 额尔敦 德力格尔 满都拉 格日勒 呼斯楞 宝力格 那木吉拉 吉日嘎拉
    宝音 敖登 阿拉坦 娜仁 那仁 朝鲁 牧仁 诺敏 那顺 乌恩 图门 额尔德尼 照日格图
    阿古拉 塔娜 莫日根 巴达玛 宝力道 乌日图 格日乐 哈斯 通拉嘎 额尔顿 孟根 达来 斯庆 图布信
    """.split()
)

#: What makes a run a place, not a person: 尼玛县, 阿古拉镇, 巴音郭楞 are places.
PLACE_AFTER = frozenset("县乡镇村市区州旗盟苏嘎寺山河湖江峰沟路街站口湾岭滩")

#: A standalone single part must be at least this long (其其格, not 乌兰).
MIN_SINGLE_PART = 3


@functools.lru_cache(maxsize=1)
def _run_re() -> re.Pattern:
    # The lookahead on first characters lets the scan skip most positions at once: with it,
    # the standard library's engine reads 50M characters/s, 4 times the `regex` module's.
    parts = sorted(TIBETAN_PARTS | MONGOLIAN_PARTS, key=len, reverse=True)
    firsts = "".join(sorted({part[0] for part in parts}))
    return re.compile(f"(?=[{firsts}])(?:" + "|".join(parts) + ")+")


@functools.lru_cache(maxsize=1)
def _part_re() -> re.Pattern:
    parts = sorted(TIBETAN_PARTS | MONGOLIAN_PARTS, key=len, reverse=True)
    return re.compile("|".join(parts))


def runs(text: str) -> list[tuple[int, int, int]]:
    """Maximal runs of name parts as (start, end, number of parts)."""
    return [(m.start(), m.end(), len(_part_re().findall(m.group()))) for m in _run_re().finditer(text)]


def standalone_runs(text: str) -> Iterator[tuple[int, int]]:
    """Runs that are names without another signal (see module docstring)."""
    for start, end, count in runs(text):
        if count < 2 and end - start < MIN_SINGLE_PART:
            continue
        after = text[end : end + 1]
        if after and (after in PLACE_AFTER or after in NAME_DOTS):
            continue
        if start and text[start - 1] in NAME_DOTS:
            continue
        yield start, end


def snap(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Each span widened to cover the name-part runs it overlaps.

    A run of one two-character part widens only a span that lies inside it (卓 → 卓玛):
    such a part is often an ordinary word, and a Han name that ends where it starts
    (张才|让他) must keep its end.
    """
    found = runs(text) if spans else None
    if not found:
        return spans
    out = []
    for start, end in spans:
        for r_start, r_end, count in found:
            if r_start >= end or start >= r_end:
                continue
            if count < 2 and r_end - r_start < MIN_SINGLE_PART and not (r_start <= start and end <= r_end):
                continue
            start, end = min(start, r_start), max(end, r_end)
        out.append((start, end))
    return out


class MinorityNames(Family):
    """Runs of Tibetan or Mongolian name parts with nothing else pointing at them: as weak as
    an unanchored model span, so a model or cue finding that covers more (奇丹巴拉姆) wins."""

    rule = "person_minority_name"
    score = 0.55

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for start, end in standalone_runs(text):
            if not inside_title(text, start):
                yield start, end
