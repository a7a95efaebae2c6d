"""Pretrained character vectors for the PERSON model, read from Baidu's LAC.

LAC (Apache 2.0; its source archive on PyPI, ``LAC-2.1.2.tar.gz``, carries its trained
model) is a character-level tagger for word segmentation, part of speech and named
entities, trained by Baidu on far more text than our corpora hold. The first layer of its
network is a table of 128-dimensional character embeddings. A character's row there has
been shaped by that training, and its neighbours show it: 张 sits beside 蒋 潘 郭 赵 薛,
县 beside 市 区 镇. Our tagger gets those rows as static vectors (spaCy's
``include_static_vectors``), a signal about characters it saw rarely or never in our
corpora, and the training learns only how to project them.

The archive's model files are Paddle tensors: a small header, a protobuf description of
the shape and the raw float32 data. They are read here with NumPy; Paddle is not needed.
Traditional characters get the row of their simplified form, by LAC's own table
(``q2b.dic``, which is what LAC does to its input).
"""

from __future__ import annotations

import argparse
import hashlib
import struct
import urllib.request
from pathlib import Path

import numpy

#: Inside the archive: the embedding table, its vocabulary and the character normalisation.
MODEL_DIR = "LAC/lac_model/"
EMBEDDINGS = MODEL_DIR + "model/word_emb"
VOCABULARY = MODEL_DIR + "conf/word.dic"
NORMALISATION = MODEL_DIR + "conf/q2b.dic"
FLOAT32 = 5  # Paddle's VarType.FP32
#: The archive the shipped model was trained with (PyPI's LAC 2.1.2 source distribution).
ARCHIVE = "LAC-2.1.2.tar.gz"
ARCHIVE_SHA256 = "22fcde0d5082d2044205ea6f6a7a9cd1f0d63e7b21b2dd5c9c73f27e7c0a3ef1"
ARCHIVE_URL = (
    "https://files.pythonhosted.org/packages/c3/88/966e99c95cac93730a7f3cdf92a17e2a0e924bea61b9a86ae7995feaa4fe/"
    + ARCHIVE
)


def read_paddle_tensor(data: bytes) -> numpy.ndarray:
    """A float32 tensor saved by Paddle (``save_persistables``): header, shape, data."""
    version, lod_levels = struct.unpack_from("<IQ", data, 0)
    if version != 0 or lod_levels != 0:
        raise ValueError("not a plain Paddle tensor file")
    _tensor_version, desc_size = struct.unpack_from("<Ii", data, 12)
    desc = data[20 : 20 + desc_size]
    dtype, dims, i = None, [], 0
    while i < len(desc):
        field = desc[i] >> 3
        value, i = _varint(desc, i + 1)
        if field == 1:
            dtype = value
        elif field == 2:
            dims.append(value)
    if dtype != FLOAT32:
        raise ValueError(f"expected float32 data, found Paddle type {dtype}")
    return numpy.frombuffer(data[20 + desc_size :], dtype="<f4").reshape(dims)


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = buf[i]
        value |= (byte & 0x7F) << shift
        shift += 7
        i += 1
        if not byte & 0x80:
            return value, i


def read_lac_char_vectors(archive: Path) -> tuple[list[str], numpy.ndarray, dict[str, str]]:
    """The single characters of LAC's vocabulary, their rows, and LAC's traditional→simplified map.

    ``archive`` is ``LAC-2.1.2.tar.gz`` (``fetch`` below; ``pip download`` would try to build it)
    or the unpacked ``LAC-2.1.2`` folder.
    """
    files = _read(archive, (EMBEDDINGS, VOCABULARY, NORMALISATION))
    table = read_paddle_tensor(files[EMBEDDINGS])
    chars, rows = [], []
    for line in files[VOCABULARY].decode("utf-8").splitlines():
        index, _, word = line.partition("\t")
        if len(word) == 1 and not word.isspace():
            chars.append(word)
            rows.append(int(index))
    normalise = {}
    for line in files[NORMALISATION].decode("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1 and len(parts[1]) == 1:
            normalise[parts[0]] = parts[1]
    return chars, numpy.ascontiguousarray(table[rows]), normalise


def _read(archive: Path, members: tuple[str, ...]) -> dict[str, bytes]:
    """The archive's files, in one pass over its 65 MB (or the unpacked folder's files)."""
    if archive.is_dir():
        return {member: (archive / member).read_bytes() for member in members}
    from ner_data import archive_members

    found = archive_members(archive, tuple("/" + member for member in members))
    return {member: found["/" + member] for member in members}


def add_to_vocab(vocab, archive: Path) -> int:
    """Put LAC's character vectors into a spaCy vocab (keyed by the character); returns the rows."""
    from spacy.vectors import Vectors

    chars, table, normalise = read_lac_char_vectors(archive)
    keys = [vocab.strings.add(ch) for ch in chars]
    vectors = Vectors(strings=vocab.strings, data=table, keys=keys)
    row_of = dict(zip(chars, range(len(chars))))
    for traditional, simplified in normalise.items():
        if traditional not in row_of and simplified in row_of:
            vectors.add(vocab.strings.add(traditional), row=row_of[simplified])
    vocab.vectors = vectors
    return len(chars)


def fetch(folder: Path) -> Path:
    """Download LAC's source archive from PyPI into ``folder`` (once) and check its digest."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / ARCHIVE
    if not target.exists():
        partial = target.with_suffix(".part")
        urllib.request.urlretrieve(ARCHIVE_URL, partial)
        partial.rename(target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    if digest != ARCHIVE_SHA256:
        raise SystemExit(f"{target}: sha256 {digest}, expected {ARCHIVE_SHA256}")
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Fetch LAC's source archive (its character vectors).")
    parser.add_argument("--fetch", type=Path, required=True, metavar="FOLDER", help="where the archive goes")
    print(fetch(parser.parse_args().fetch))
