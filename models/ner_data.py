"""Reading PERSON-annotated JSONL and turning it into spaCy training data.

Format (../shared/data/README.md): one sentence per line,
``{"text": ..., "spans": [{"start", "end", "label": "PERSON"}]}``, offsets are ``str``
indices, end exclusive. The same reader serves training and evaluation.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import numpy
from spacy.attrs import LEMMA

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Sentence:
    text: str
    spans: tuple[tuple[int, int], ...]


def read_jsonl(path: Path) -> list[Sentence]:
    """PERSON spans of every sentence in a shared-format JSONL file."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            spans = tuple(
                (int(s["start"]), int(s["end"])) for s in row.get("spans", []) if s.get("label", "PERSON") == "PERSON"
            )
            out.append(Sentence(row["text"], spans))
    return out


def split_tail(rows: list[Sentence], share: float) -> tuple[list[Sentence], list[Sentence]]:
    """(head, tail): the last ``share`` of a file is the dev split, as the data README suggests."""
    cut = int(len(rows) * (1 - share))
    return rows[:cut], rows[cut:]


def generated_sentences(seed: int, docs: int) -> list[Sentence]:
    """Lines of generated bulletins, tables, decisions and lists with their PERSON spans."""
    from benchmarks.corpus import corpus

    out = []
    for doc in corpus(seed=seed, docs=docs):
        offset = 0
        for line in doc.text.split("\n"):
            end = offset + len(line)
            spans = tuple((s - offset, e - offset) for s, e, t in doc.spans if t == "PERSON" and offset <= s and e <= end)
            if line.strip():
                out.append(Sentence(line, spans))
            offset = end + 1
    return out


def to_docs(nlp, rows: Iterable[Sentence]) -> Iterator:
    """spaCy Docs whose token tags are B/I/O for PERSON; misaligned spans are dropped."""
    for row in rows:
        doc = nlp.make_doc(row.text)
        tags = ["O"] * len(doc)
        for start, end in row.spans:
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is None or not len(span) or any(t != "O" for t in tags[span.start : span.end]):
                continue
            tags[span.start] = "B"
            for k in range(span.start + 1, span.end):
                tags[k] = "I"
        for token, tag in zip(doc, tags):
            token.tag_ = tag
        # A reference Doc only carries tags (training re-tokenizes its text for the features);
        # its word features are hashes without strings, which a DocBin cannot store.
        doc.from_array([LEMMA], numpy.zeros((len(doc), 1), dtype="uint64"))
        yield doc
