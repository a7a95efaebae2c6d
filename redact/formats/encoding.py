"""Decode text files whose encoding nobody wrote down, and encode the result the same way.

Government offices still produce GB18030/GBK files next to UTF-8 (with or without BOM)
and UTF-16 exports. A BOM decides; otherwise strict UTF-8; otherwise charset-normalizer,
limited to the encodings such files really use. Anything else is rejected rather than
guessed: a wrong guess would hide personal data from the recognizers.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from redact.errors import FileRejected

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: What Chinese office files are written in; a detection outside this list is rejected.
ACCEPTED = ("gb18030", "gbk", "gb2312", "big5", "utf_16", "utf_16_le", "utf_16_be", "hz")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str

    def encode(self, text: str) -> bytes:
        """Encode in the input's encoding; GB2312/GBK outputs widen to GB18030 (a superset)."""
        try:
            return text.encode(output_encoding(self.encoding))
        except UnicodeEncodeError:
            raise FileRejected(f"the redacted text cannot be written back in {self.encoding}") from None


def sniff(head: bytes) -> str:
    """The encoding of a file too large to read whole, decided on its first bytes as ``decode``
    decides on all of them; a later byte that does not decode stops the reading then."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    if b"\x00" in head:
        raise FileRejected("binary data (NUL bytes) in a text file")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # a character cut at the end is fine
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(head).best()
    if best is None or best.encoding not in ACCEPTED:
        raise FileRejected("could not determine the text encoding (not UTF-8, UTF-16 or GB18030)")
    return best.encoding


def output_encoding(encoding: str) -> str:
    """GB2312/GBK outputs widen to GB18030 (a superset): a masked text may need its characters."""
    return "gb18030" if encoding in ("gb2312", "gbk") else encoding


def decode(data: bytes) -> Decoded:
    """Decode bytes to text, or raise FileRejected with the reason."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                raise FileRejected(f"starts with a {encoding} byte-order mark but does not decode as {encoding}") from None
    if b"\x00" in data:
        raise FileRejected("binary data (NUL bytes) in a text file")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding not in ACCEPTED:
        raise FileRejected("could not determine the text encoding (not UTF-8, UTF-16 or GB18030)")
    try:
        return Decoded(data.decode(best.encoding), best.encoding)
    except UnicodeDecodeError:
        raise FileRejected(f"does not decode as {best.encoding}") from None
