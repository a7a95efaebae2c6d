"""Hard-wrapped text: line breaks that cut a sentence, and the name or number in it, in two.

Text copied out of a PDF or a fixed-width report breaks its lines at a width, not where
sentences end: ``驾驶人李建`` / ``国驾驶…`` or ``身份证号：1411811990`` / ``01011237``. Every
recognizer reads one side of such a break, so an ID number cut in two is found nowhere and
the last character of a name is left in clear. The Redactor therefore also reads the text
with its *soft* breaks removed and keeps what it finds across one (see
:meth:`redact.Redactor.analyze`).

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
import re

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

#: What ends a line on purpose: the end of a sentence, a clause or a field label.
_ENDS_ON_PURPOSE = frozenset("。！？!?；;：:，,、…”』」")
#: What starts a line on its own: indentation, an opening bracket or quote.
_STARTS_ON_ITS_OWN = frozenset(" \t\u3000\r\n（(【[《“「『")
#: List items: 2、 3. 一、 第三条 always; 7） 8, only when no number runs on (…9001011 / 237）).
_ITEM_MARKER = re.compile(r"(?:\d{1,3}[、.．]|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十百\d]+[条章节款项、])")
_WEAK_MARKER = re.compile(r"\d{1,3}[)）:：,，\t|]")
_TABLE_ROW = re.compile(r"\t|\||(?:,.*){2}| {2,}")  # tabs, pipes, commas, columns aligned with spaces
_BREAK = re.compile(r"\r?\n")


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
        self.breaks = breaks

    def original(self, offset: int) -> int:
        """Original offset of the joined character at ``offset``."""
        k = bisect.bisect_right(self._starts, offset)
        return offset + (self._shifts[k - 1] if k else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of a joined span; it covers the breaks inside it."""
        return self.original(start), self.original(end - 1) + 1

    def crosses(self, start: int, end: int) -> bool:
        """Whether an original span holds a soft break."""
        return any(start < b_start and b_end < end for b_start, b_end in self.breaks)
