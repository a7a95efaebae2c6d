"""Personal data in file and folder names, de-identified like text.

Offices name files after the person (``处罚决定书_孙丽华.docx``, ``13812345678.jpg``); copied
as it is, the name would publish what the document hides, and repeat it in the audit log,
the report and every message. Each part of a path is read with the same policy as text (the
extension is kept), so ``处罚决定书_孙丽华.docx`` is published as ``处罚决定书_孙某.docx``. Two
inputs whose names come out alike are told apart by a number in the order of their names
(``孙某.txt``, ``孙某 (2).txt``), so a rerun maps each input to the same output. The mapping
from input to output names is kept only in the run's state, beside OUT.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Union

if TYPE_CHECKING:
    from redact.redactor import Redactor

#: Characters a mask may hold that file systems refuse (Windows: * ? " < > | :) → look-alikes.
_FILE_SAFE = str.maketrans({"*": "＊", "?": "？", '"': "＂", "<": "＜", ">": "＞", "|": "｜", ":": "："})
#: A name with a Han character may hold a name or a plate; one with seven digits or more, in
#: one run or in groups (138-1234-5678, 1411 8119 …), a phone or an ID. notice00042.txt holds none.
_HAN = re.compile(r"[\u3400-\u9fff]")
_DIGIT = re.compile(r"\d")
MIN_DIGITS = 7


def may_hold(name: str) -> bool:
    """Whether a file or folder name can hold personal data at all (else it is not read)."""
    return bool(_HAN.search(name)) or len(_DIGIT.findall(name)) >= MIN_DIGITS


def split_suffix(name: str) -> tuple[str, str]:
    """``('处罚决定书_孙丽华', '.docx')``; a name without an extension, or a hidden one, is all stem."""
    dot = name.rfind(".")
    if dot <= 0 or not name[dot + 1 :].isascii() or not name[dot + 1 :].isalnum():
        return name, ""
    return name[:dot], name[dot:]


def public_part(part: str, redactor: "Redactor") -> str:
    """One folder or file name with its personal data masked (extension kept)."""
    stem, suffix = split_suffix(part)
    if not may_hold(stem):
        return part
    return redactor.redact_text(stem).text.translate(_FILE_SAFE) + suffix


def public_paths(rels: Iterable[str], reader: Union["Redactor", Callable[[str], str]]) -> dict[str, str]:
    """Each relative path (POSIX) mapped to its public form, distinct ones kept distinct.

    ``reader`` reads the parts: a Redactor, or a function from a part to its public form (a
    Dask run has the parts read on a worker, which holds a Redactor already)."""
    read = (lambda part: public_part(part, reader)) if hasattr(reader, "redact_text") else reader
    cache: dict[str, str] = {}

    def public(part: str) -> str:
        if part not in cache:
            cache[part] = read(part)
        return cache[part]

    mapped = {rel: "/".join(public(p) for p in PurePosixPath(rel).parts) for rel in sorted(rels)}
    taken: dict[str, str] = {}
    for rel, out in mapped.items():
        if out in taken and taken[out] != rel:
            mapped[rel] = out = _numbered(out, set(taken))
        taken[out] = rel
    return mapped


def _numbered(path: str, taken: set[str]) -> str:
    folder, _, name = path.rpartition("/")
    stem, suffix = split_suffix(name)
    n = 2
    while True:
        candidate = f"{folder}/{stem} ({n}){suffix}" if folder else f"{stem} ({n}){suffix}"
        if candidate not in taken:
            return candidate
        n += 1


def _parts_to_read(rels: Iterable[str]) -> Iterator[str]:
    for rel in rels:
        for part in PurePosixPath(rel).parts:
            if may_hold(split_suffix(part)[0]):
                yield part


def parts(rels: Iterable[str]) -> list[str]:
    """The distinct folder and file names in ``rels`` that may hold personal data."""
    return sorted(set(_parts_to_read(rels)))


def needs_reading(rels: Iterable[str]) -> bool:
    """Whether any path may hold personal data (else no Redactor is needed for names)."""
    return next(_parts_to_read(rels), None) is not None
