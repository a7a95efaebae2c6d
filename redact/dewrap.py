"""Hard-wrapped text: line breaks that cut a sentence, and the name or number in it, in two.

Text copied out of a PDF or a fixed-width report breaks its lines at a width, not where
sentences end: ``驾驶人李建`` / ``国驾驶…`` or ``身份证号：1411811990`` / ``01011237``. Every
recognizer reads one side of such a break, so an ID number cut in two is found nowhere and
the last character of a name is left in clear. The Redactor therefore also reads the text
with its *soft* breaks removed and merges the two readings (:func:`merge`).

A break is soft when the text looks wrapped and the break looks like a wrap, not like the
end of a line on purpose (a form line, a heading, a list item):

* the line before it is *full*: its display width (a Han or full-width character counts
  two, as on a page) is within :data:`WIDTH_SLACK` of the widest line's, and at least
  :data:`MIN_WRAPPED_WIDTH`;
* it ends on a letter, digit or Han character (no 。，；： or bracket; a hyphen or a name
  dot may end it too), it is no table row (tabs, pipes, commas, columns aligned with spaces), and the next line starts straight on with one
  (no indentation, no list marker such as ``2、`` or ``（三）`` unless a number runs on:
  ``…9001011`` / ``237）``);
* the text has at least :data:`MIN_SOFT_BREAKS` such breaks, and they are at least
  :data:`MIN_SOFT_SHARE` of its full lines: one long line that ends without punctuation is a
  form line as often as a wrap. In any text, though, a full line that ends inside a number
  the next line goes on with is wrapped.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Iterable

from recognizers.person import MODEL_RULE, SURNAME_ONLY, BeforeFollowers, ClauseOpeners, is_surname_only
from redact.findings import Finding, FindingIndex

#: A line narrower than this (12 Han characters) ends on purpose: a heading, a list item.
MIN_WRAPPED_WIDTH = 24
#: How much narrower than the widest line a wrapped line may be (two Han characters: a wrap
#: does not split a character, and a page's lines differ by what they hold).
WIDTH_SLACK = 4
#: A text with fewer soft breaks than this is not read as wrapped,
MIN_SOFT_BREAKS = 2
#: nor one where fewer of its full lines run on: in a wrapped text most do (a wrap falls
#: after a comma now and then), in a text of a sentence per line most full lines end in 。.
MIN_SOFT_SHARE = 0.5
#: Only a text with this many soft breaks drops a name read at a line's edge that the joined
#: reading does not confirm. Two breaks are also what a short form shows whose full lines end
#: on a field value (记录人：陆雪梅 / 楚莉现羁押于…): the name that opens the next line is real.
MIN_CONFIRMING_BREAKS = 3

#: What ends a line on purpose: the end of a sentence, a clause or a field label.
_ENDS_ON_PURPOSE = frozenset("。！？!?；;：:，,、…”』」")
#: What starts a line on its own: indentation, an opening bracket or quote.
_STARTS_ON_ITS_OWN = frozenset(" \t\u3000\r\n（(【[《“「『")
#: List items: 2、 3. 一、 第三条 always; 7） 8, only when no number runs on (…9001011 / 237）).
_ITEM_MARKER = re.compile(r"(?:\d{1,3}[、.．]|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十百\d]+[条章节款项、])")
_WEAK_MARKER = re.compile(r"\d{1,3}[)）:：,，\t|]")
_TABLE_ROW = re.compile(r"\t|\||(?:,.*){2}| {2,}")  # tabs, pipes, commas, columns aligned with spaces
_BREAK = re.compile(r"\r?\n")


#: PERSON subtypes that a piece of a line can fool: the model's (a surname alone included) and
#: the rules that take a line's edge for a name's (a clause start, the left end before a follower).
LINE_PIECE_READINGS = frozenset((MODEL_RULE, SURNAME_ONLY, ClauseOpeners.rule, BeforeFollowers.rule))

#: East Asian wide and full-width characters (Unicode's W and F classes, in the blocks text uses).
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)


def display_width(line: str) -> int:
    """Width on a page: wide and full-width characters count two."""
    return len(line) + len(_WIDE.findall(line))


def soft_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line break (``\\n`` or ``\\r\\n``) that wraps a line."""
    if "\n" not in text:
        return []
    lines = []  # (line start, line end, break end)
    line_start = 0
    for match in _BREAK.finditer(text):
        lines.append((line_start, match.start(), match.end()))
        line_start = match.end()
    widths = [display_width(text[a:b]) for a, b, _ in lines] + [display_width(text[line_start:])]
    full = max(max(widths) - WIDTH_SLACK, MIN_WRAPPED_WIDTH)
    breaks = []
    full_lines = 0
    for (start, end, after), width in zip(lines, widths):
        if width < full or start == end or _TABLE_ROW.search(text, start, end):
            continue
        full_lines += 1
        last = text[start:end].rstrip(" ")[-1:]  # 鄂S / 8437港: a space at either side of the break stays
        first = after + 1 if text[after : after + 1] == " " else after
        if not last or last in _ENDS_ON_PURPOSE or first >= len(text) or text[first] in _STARTS_ON_ITS_OWN:
            continue
        if _ITEM_MARKER.match(text, first) or (_WEAK_MARKER.match(text, first) and not (last.isdigit() or last in "（(")):
            continue  # 2、 starts an item; but 14118119900101123 / 7） and 手机号（ / 024） run on
        breaks.append((end, after))
    if len(breaks) >= MIN_SOFT_BREAKS and len(breaks) >= MIN_SOFT_SHARE * full_lines:
        return breaks
    # A full line that ends inside a number the next line goes on with is a wrap in any text
    # (身份证号码：８２００００１９７３ / １０３０１９９８).
    return [(end, after) for end, after in breaks if text[end - 1].isdigit() and text[after].isdigit()]


class Joined:
    """The text with its soft breaks removed, and the way back to the original offsets."""

    def __init__(self, text: str, breaks: list[tuple[int, int]]) -> None:
        pieces, self._starts, self._shifts = [], [], []
        position = removed = 0
        for start, end in breaks:
            pieces.append(text[position:start])
            removed += end - start
            self._starts.append(start - removed + (end - start))  # joined offset of the char after the break
            self._shifts.append(removed)
            position = end
        pieces.append(text[position:])
        self.text = "".join(pieces)

    def original(self, offset: int) -> int:
        """Original offset of the joined character at ``offset``."""
        k = bisect.bisect_right(self._starts, offset)
        return offset + (self._shifts[k - 1] if k else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of a joined span; it covers the breaks inside it."""
        return self.original(start), self.original(end - 1) + 1


def merge(text: str, breaks: list[tuple[int, int]], found: list[Finding], rereads: list[Finding]) -> list[Finding]:
    """The findings of a wrapped text from those of its lines as they are (``found``) and those
    of the text with its soft ``breaks`` removed (``rereads``, mapped back to ``text``).

    * A name that the model or a rule bounded by the line's edge read in the lines, ending at
      a soft break or starting right after one, may be a piece of a line (联系方 / 式 gave the
      name 方, a line that starts 市储路驾驶 a clause opener); it stays only where the second
      reading finds a name there too (in a text with :data:`MIN_CONFIRMING_BREAKS` soft breaks
      or more; with fewer, the text may not be wrapped at all). Everything else stays:
      numbers, whose patterns and checksums do not misread a piece of a line (and a number
      the second reading runs into another, 13812345678 / 11010519491231002X, must not be
      lost), and names anchored on a cue, a column or a list, should a text be taken for
      wrapped that is not.
    * A finding of the second reading counts where part of it was found by nothing of its
      type in the lines (a surname standing alone, which is kept, counts as nothing): 李建 /
      国, 1411811990 / 01011237, or 公民身份号 / 码：440106641217383, whose cue the break cut.
      It absorbs the findings of its type it overlaps, so that it wins over them; but a name
      found up to the break stays apart from two or more characters after it that nothing
      found and that are no surname alone (杨帆 / 马超, a wrapped list: two names, not one;
      欧阳 / 娜娜 is one).

    Overlaps are left for :func:`redact.resolve.resolve_overlaps`.
    """
    edges = {b_start for b_start, _ in breaks} | {b_end for _, b_end in breaks}

    def at_edge(g: Finding) -> bool:
        return g.end in edges or g.start in edges

    out = list(found)
    if len(breaks) >= MIN_CONFIRMING_BREAKS:
        reread_at = FindingIndex(rereads).overlapping

        def confirmed(g: Finding) -> bool:
            return any(f.entity_type == g.entity_type for f in reread_at(g.start, g.end))

        out = [g for g in found if g.subtype not in LINE_PIECE_READINGS or not at_edge(g) or confirmed(g)]
    in_lines_at = FindingIndex(out).overlapping
    for f in rereads:
        same = [g for g in in_lines_at(f.start, f.end) if g.entity_type == f.entity_type and g.subtype != SURNAME_ONLY]
        covered = {i for g in same for i in range(g.start, g.end)}
        rest = _runs(i for i in range(f.start, f.end) if i not in covered and text[i] not in "\r\n")
        if not rest:
            continue
        apart = f.entity_type == "PERSON" and any(at_edge(g) for g in same)
        if apart and all(b - a >= 2 and not is_surname_only(text[a:b]) for a, b in rest):
            out.extend(dataclasses.replace(f, start=a, end=b) for a, b in rest)
            continue
        start = min([f.start] + [g.start for g in same])
        end = max([f.end] + [g.end for g in same])
        out.append(dataclasses.replace(f, start=start, end=end, score=max([f.score] + [g.score for g in same])))
    return out


def _runs(positions: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive positions as (start, end) spans."""
    spans: list[tuple[int, int]] = []
    for i in positions:
        if spans and spans[-1][1] == i:
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    return spans
