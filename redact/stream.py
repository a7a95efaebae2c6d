"""Large TXT, Markdown, CSV and TSV files, streamed: memory per chunk, time linear in the size.

A traffic police detachment's violation list of 100 MB read whole costs the file several
times over in memory (bytes, text, rows, findings). From ``limits.stream_from_mb`` on, such a
file is read in chunks (lines of text, batches of rows), each de-identified and written
before the next is read; the findings go to a spool file, not to a list.

One document, one reading: the names learned so far travel from chunk to chunk. A name first
learned in a later chunk may also stand in an earlier one, so a second, cheap pass reads the
file again and looks for the names each chunk did not know yet (a search, no analysis); only
a chunk that holds one is de-identified again. Nothing else of the first pass is repeated.

Text chunks overlap their neighbours by ``redact.windows.OVERLAP`` characters and are cut
after a line break where there is one, so a value at a seam (or a long line without breaks)
is read whole; table chunks are whole rows.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import hashlib
import json
import os
from pathlib import Path
from typing import IO, Iterator, Optional

from redact import document_names, windows
from redact.errors import FileRejected
from redact.fileproc import FileOutcome, reason_for
from redact.formats import delimited
from redact.formats.encoding import output_encoding, sniff
from redact.limits import Limits
from redact.redactor import Redactor
from recognizers.person import SURNAME_ONLY
from redact.units import FindingRecord, NameCollector, UnitRedactor

#: Delimiter by extension; None for running text.
STREAMED = {".txt": None, ".md": None, ".csv": ",", ".tsv": "\t"}
#: Characters of text a chunk owns, and rows of a table per chunk.
CHUNK_CHARS = 1_000_000
CHUNK_ROWS = 2_000
_HEAD = 1 << 20
_BLOCK = 1 << 20


def streams(path: str, size: int, bounds: Limits) -> bool:
    """Whether the file at ``path`` (``size`` bytes) is streamed rather than read whole."""
    return size >= bounds.stream_from_mb * 2**20 and os.path.splitext(path)[1].lower() in STREAMED


def records(spool: str) -> Iterator[FindingRecord]:
    """The findings a streamed file's spool holds, in the order of the file."""
    with open(spool, encoding="utf-8") as fh:
        for line in fh:
            yield FindingRecord(**json.loads(line))


def process_path(
    src: Path, rel: str, redactor: Redactor, audit_key: Optional[bytes], target: Optional[Path], spool: Path,
) -> FileOutcome:
    """De-identify the large file ``src`` into ``target`` (atomically; ``None`` only looks),
    its findings into ``spool``. Never raises for bad input: it is quarantined, nothing written."""
    delimiter = STREAMED[os.path.splitext(rel)[1].lower()]
    digest = _sha256(src)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp") if target is not None else None
    leftovers = [p for p in (tmp, _sibling(tmp, "first"), _sibling(spool, "first")) if p is not None]
    spool.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(src, "rb") as fh:
            encoding = sniff(fh.read(_HEAD))
        kind = _Table(delimiter) if delimiter else _Text()
        count = _two_passes(kind, src, encoding, redactor, audit_key, tmp, spool)
    except FileRejected as err:
        _remove(leftovers + [spool])
        return FileOutcome("quarantined", None, str(err), [], digest)
    except Exception as err:  # noqa: BLE001 - fail closed, as process_file does
        _remove(leftovers + [spool])
        return FileOutcome("quarantined", None, reason_for(err), [], digest)
    except BaseException:  # stopped (the time budget, Ctrl-C): leave nothing half-written behind
        _remove(leftovers + [spool])
        raise
    if tmp is None:
        return FileOutcome("done", None, None, [], digest, spool=str(spool), spooled=count)
    out_digest = _sha256(tmp)
    os.replace(tmp, target)
    return FileOutcome("done", None, None, [], digest, out_digest, spool=str(spool), spooled=count)


class _DatedNames(document_names.NameIndex):
    """A document's names, each with the chunk it was first learned in."""

    def __init__(self) -> None:
        self.dated: dict[str, int] = {}
        self.chunk = 0
        super().__init__()

    def add(self, names):
        for value in names:
            self.dated.setdefault(value, self.chunk)
        return super().add(names)

    def learned_after(self, text: str, chunk: int, covered=(), offset: int = 0) -> bool:
        """Whether ``text`` holds a name first learned after ``chunk`` where none of the
        ``covered`` spans (``offset`` on from the text's start) holds it already."""
        return any(
            self.dated[value] > chunk
            and not any(s <= offset + start and offset + start + len(value) <= e for s, e in covered)
            for value, start in self.places(text)
        )


def _people(spooled: bytes) -> dict[str, list[tuple[int, int]]]:
    """The spans a chunk's spooled findings mask as a whole name, by location."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for line in spooled.decode("utf-8").splitlines():
        r = json.loads(line)
        if r["entity_type"] == document_names.ENTITY and r["subtype"] != SURNAME_ONLY and r["operator"] != "keep":
            spans.setdefault(r["location"], []).append((r["start"], r["end"]))
    return spans


def _two_passes(kind, src: Path, encoding: str, redactor: Redactor, key: Optional[bytes],
                tmp: Optional[Path], spool: Path) -> int:
    names = _DatedNames()
    first_out, first_spool = _sibling(tmp, "first"), _sibling(spool, "first")
    out = _Sink(first_out, encoding)
    found = _Sink(first_spool, "utf-8")
    with _open_text(src, encoding) as fh:
        for i, chunk in enumerate(kind.chunks(fh)):
            names.chunk = i
            text, recs = kind.redact(chunk, redactor, names, key, tmp is not None)
            out.write(text)
            found.write("".join(_json(r) for r in recs))
    out.close()
    found.close()
    last_learned = max(names.dated.values(), default=0)
    count = sum(found.lines)
    if last_learned == 0:  # every name was known from the first chunk on: nothing to look again
        _move(first_out, tmp)
        os.replace(first_spool, spool)
        return count
    # Second pass: the chunks that hold a name they did not know yet are de-identified again.
    final_out, final_spool = _Sink(tmp, encoding), _Sink(spool, "utf-8")
    with _open_text(src, encoding) as fh, _open_bytes(first_out) as old_out, open(first_spool, "rb") as old_spool:
        for i, chunk in enumerate(kind.chunks(fh)):
            held = old_spool.read(found.sizes[i])
            if i < last_learned and kind.holds_late(chunk, names, i, _people(held)):
                text, recs = kind.redact(chunk, redactor, names, key, tmp is not None)
                final_out.write(text)
                final_spool.write("".join(_json(r) for r in recs))
                _skip(old_out, out.sizes[i])
                count += len(recs) - found.lines[i]
            else:
                final_out.copy(old_out, out.sizes[i])
                final_spool.write_bytes(held)
    final_out.close()
    final_spool.close()
    _remove([first_out, first_spool])
    return count


class _Text:
    """Running text in chunks of about ``CHUNK_CHARS`` characters with overlapping context.

    The first pass decides where each chunk ends (a value that crosses a cut belongs to the
    chunk it starts in, whole); the second cuts at the same places.
    """

    def __init__(self) -> None:
        self.ends: list[int] = []
        self.positions: list[tuple[int, int]] = [(0, 0)]  # (lines, column) before each chunk

    def chunks(self, fh: IO[str]) -> Iterator[tuple]:
        reader = _Buffered(fh)
        own_start, i = 0, 0
        while True:
            window = reader.window(own_start)
            if window is None:
                return
            yield (i, *window)
            own_start = self.ends[i]
            i += 1

    def redact(self, chunk, redactor: Redactor, names: _DatedNames, key, write: bool):
        i, w, wtext = chunk
        found = [f for f in redactor.read(wtext) if w.owns(f)]
        if i == len(self.ends):
            self.ends.append(max([w.own_end] + [w.start + f.end for f in found]))
        a = w.own_start - w.start
        text = wtext[a : self.ends[i] - w.start]
        own = [f.shifted(-a) for f in found]
        names.add(redactor.names_in(text, own))
        unit = _unit(redactor, names, key, write, {text: own})
        out = unit(text, "text")
        line, column = self.positions[i]
        if len(self.positions) == i + 1:
            self.positions.append(_advance((line, column), text))
        shift = w.own_start
        recs = [dataclasses.replace(r, start=r.start + shift, end=r.end + shift, line=r.line + line,
                                    column=r.column + (column if r.line == 1 else 0)) for r in unit.records]
        return out, recs

    def holds_late(self, chunk, names: _DatedNames, i: int, people: dict) -> bool:
        _, w, wtext = chunk
        text = wtext[w.own_start - w.start : self.ends[i] - w.start]
        return names.learned_after(text, i, people.get("text", ()), w.own_start)


class _Buffered:
    """A text stream read block by block, holding only the current window and its context."""

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh
        self.buf = ""
        self.base = 0  # where buf starts in the text
        self.eof = False

    def window(self, own_start: int) -> Optional[tuple[windows.Window, str]]:
        while not self.eof and self.base + len(self.buf) < own_start + CHUNK_CHARS + 2 * windows.OVERLAP:
            block = self.fh.read(_BLOCK)
            if block:
                self.buf += block
            else:
                self.eof = True
        drop = own_start - windows.OVERLAP - self.base
        if drop > 0:
            self.buf, self.base = self.buf[drop:], self.base + drop
        end = self.base + len(self.buf)
        if own_start >= end:
            return None
        if end - own_start <= CHUNK_CHARS:
            own_end = end
        else:
            lo = own_start - self.base
            own_end = self.base + windows.cut_at(self.buf, lo, lo + CHUNK_CHARS)
        start, stop = max(self.base, own_start - windows.OVERLAP), min(end, own_end + windows.OVERLAP)
        return windows.Window(start, stop, own_start, own_end), self.buf[start - self.base : stop - self.base]


class _Table:
    """CSV or TSV rows in batches of ``CHUNK_ROWS``; the header's columns hold for every batch."""

    def __init__(self, delimiter: str) -> None:
        self.delimiter = delimiter
        self.columns: list = []
        self.newline = "\n"
        self.ends_with_newline = True

    def chunks(self, fh: IO[str]) -> Iterator[tuple]:
        seen = _LastCharacter(fh)
        reader = csv.reader(seen.lines(), delimiter=self.delimiter)
        batch: list[list[str]] = []
        first, i = 1, 0
        try:
            for row in reader:
                if first == 1 and not batch:
                    self.newline = seen.newline
                    self.columns = delimited.header_columns(row)
                batch.append(row)
                if len(batch) == CHUNK_ROWS:
                    yield i, first, batch, False
                    first, i, batch = first + len(batch), i + 1, []
        except csv.Error as err:
            raise FileRejected(f"not valid {'CSV' if self.delimiter == ',' else 'TSV'} ({err})") from None
        self.ends_with_newline = seen.last in ("\n", "\r")
        yield i, first, batch, True

    def redact(self, chunk, redactor: Redactor, names: _DatedNames, key, write: bool):
        _, first, rows, last = chunk
        reading = _reading(redactor, names, {})
        delimited.redact_rows(rows, first, self.columns, reading)  # learn the batch's names first
        unit = _unit(redactor, names, key, write, reading.finish().analysed)
        out = delimited.write_rows(delimited.redact_rows(rows, first, self.columns, unit), self.delimiter, self.newline)
        if last and not self.ends_with_newline and out.endswith(self.newline):
            out = out[: -len(self.newline)]
        return out, unit.records

    def holds_late(self, chunk, names: _DatedNames, i: int, people: dict) -> bool:
        _, first, rows, _ = chunk
        return any(
            names.learned_after(cell, i, people.get(f"row {r}, column {c + 1}", ()))
            for r, row in enumerate(rows, start=first) for c, cell in enumerate(row)
        )


class _LastCharacter:
    """Lines of a text stream, remembering the last character and the first line's ending."""

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh
        self.last = ""
        self.newline = "\n"

    def lines(self) -> Iterator[str]:
        first = True
        for line in self.fh:
            if first:
                self.newline = "\r\n" if line.endswith("\r\n") else "\n"
                first = False
            self.last = line[-1]
            yield line


def _reading(redactor: Redactor, names: _DatedNames, analysed: dict) -> NameCollector:
    """A first reading of one chunk that learns into the document's names."""
    reading = NameCollector(redactor)
    reading.names = names
    reading.analysed = analysed
    return reading


def _unit(redactor: Redactor, names: _DatedNames, key, write: bool, analysed: dict) -> UnitRedactor:
    """The chunk's redactor: its own analysis (``analysed``), the document's names."""
    return UnitRedactor(redactor, write=write, audit_key=key, reading=_reading(redactor, names, analysed))


def _advance(position: tuple[int, int], text: str) -> tuple[int, int]:
    line, column = position
    breaks = text.count("\n")
    return (line + breaks, len(text) - text.rfind("\n") - 1) if breaks else (line, column + len(text))


class _Sink:
    """An output file written chunk by chunk in one encoding; remembers each chunk's size."""

    def __init__(self, path: Optional[Path], encoding: str) -> None:
        self.fh = open(path, "wb") if path is not None else None
        self.encoder = codecs.getincrementalencoder(output_encoding(encoding))()
        self.sizes: list[int] = []
        self.lines: list[int] = []

    def write(self, text: str) -> None:
        data = self.encoder.encode(text)
        if self.fh is not None:
            self.fh.write(data)
        self.sizes.append(len(data))
        self.lines.append(text.count("\n"))

    def copy(self, source: IO[bytes], size: int) -> None:
        """``size`` bytes of ``source`` as the next chunk (a chunk of the first pass kept)."""
        self.encoder.encode("")  # a byte-order mark, if any, is in the copied bytes already
        self.sizes.append(size)
        if self.fh is None:
            return
        remaining = size
        while remaining:
            data = source.read(min(remaining, _BLOCK))
            if not data:
                raise OSError("a spool file ended early")
            self.fh.write(data)
            remaining -= len(data)

    def write_bytes(self, data: bytes) -> None:
        """``data`` as the next chunk, already encoded (a chunk of the first pass kept)."""
        if self.fh is not None:
            self.fh.write(data)
        self.sizes.append(len(data))

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()


def _open_text(path: Path, encoding: str) -> IO[str]:
    return open(path, encoding=encoding, errors="strict", newline="")


def _open_bytes(path: Optional[Path]):
    return open(path, "rb") if path is not None else open(os.devnull, "rb")


def _skip(fh: IO[bytes], size: int) -> None:
    fh.seek(size, os.SEEK_CUR)


def _json(record: FindingRecord) -> str:
    return json.dumps(dataclasses.asdict(record), ensure_ascii=False) + "\n"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def _sibling(path: Optional[Path], tag: str) -> Optional[Path]:
    return path.with_name(f"{path.name}.{tag}") if path is not None else None


def _move(src: Optional[Path], dst: Optional[Path]) -> None:
    if src is not None and dst is not None:
        os.replace(src, dst)


def _remove(paths) -> None:
    for path in paths:
        if path is not None and os.path.exists(path):
            os.unlink(path)
