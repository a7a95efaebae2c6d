"""HTML: text nodes (scripts and styles included: a phone number in a JavaScript string
is still published) and the attributes people read (title, alt, placeholder,
aria-label, value, content) are units; markup is left byte for byte.

The standard library's HTMLParser reports where each piece of text starts; the output
is the source with exactly those ranges replaced.
"""

from __future__ import annotations

from html.parser import HTMLParser

import regex as re

from redact.formats.encoding import decode
from redact.units import UnitFn

TEXT_ATTRIBUTES = ("title", "alt", "placeholder", "aria-label", "value", "content")
_CODE = ("script", "style")
_ATTR = re.compile(
    r"""(?<=\s)(?P<name>[A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'=<>`]+))"""
)


class _Ranges(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.ranges: list[tuple[int, int, str]] = []
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self._code = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        raw = self.get_starttag_text() or ""
        base = self._offset()
        for m in _ATTR.finditer(raw):
            if m.group("name").lower() in TEXT_ATTRIBUTES:
                group = next(g for g in ("dq", "sq", "bare") if m.group(g) is not None)
                self.ranges.append((base + m.start(group), base + m.end(group), f"<{tag}> attribute {m.group('name')}"))
        if tag in _CODE:
            self._code += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _CODE:
            self._code -= 1

    def handle_endtag(self, tag):
        if tag in _CODE and self._code:
            self._code -= 1

    def handle_data(self, data):
        if data.strip():
            start = self._offset()
            # Our replacements (*, 某, 〔〕) contain no quote or markup character, so
            # script and style text stays valid.
            self.ranges.append((start, start + len(data), "script" if self._code else "text"))


def process(data: bytes, unit: UnitFn) -> bytes:
    decoded = decode(data)
    source = decoded.text
    parser = _Ranges(source)
    parser.feed(source)
    parser.close()
    out, last = [], 0
    for n, (start, end, kind) in enumerate(sorted(parser.ranges), start=1):
        if start < last:
            continue
        out.append(source[last:start])
        out.append(unit(source[start:end], f"{kind} #{n}"))
        last = end
    out.append(source[last:])
    return decoded.encode("".join(out))
