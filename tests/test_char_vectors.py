"""Reading LAC's character vectors (models/char_vectors.py) from an archive shaped like LAC's."""

from __future__ import annotations

import io
import struct
import sys
import tarfile
from pathlib import Path

import numpy
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "models"))

from char_vectors import add_to_vocab, read_lac_char_vectors, read_paddle_tensor  # noqa: E402


def varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def paddle_tensor(array: numpy.ndarray, dtype: int = 5) -> bytes:
    """What Paddle's save_persistables writes for one dense tensor."""
    desc = b"\x08" + varint(dtype) + b"".join(b"\x10" + varint(d) for d in array.shape)
    return struct.pack("<IQIi", 0, 0, 0, len(desc)) + desc + array.astype("<f4").tobytes()


VOCAB = ["OOV", "张", "伟", "县", "中国", "陈"]
TABLE = numpy.arange(len(VOCAB) * 200, dtype="float32").reshape(len(VOCAB), 200) / 7


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    files = {
        "LAC/lac_model/model/word_emb": paddle_tensor(TABLE),
        "LAC/lac_model/conf/word.dic": "".join(f"{i}\t{w}\n" for i, w in enumerate(VOCAB)).encode(),
        "LAC/lac_model/conf/q2b.dic": "陳\t陈\n張\t张\n萬\t万\nＡ\tA\n".encode(),
    }
    path = tmp_path / "LAC-2.1.2.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(f"LAC-2.1.2/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_a_paddle_tensor_reads_back_with_its_shape():
    assert numpy.array_equal(read_paddle_tensor(paddle_tensor(TABLE)), TABLE)


def test_a_tensor_of_another_type_is_refused():
    with pytest.raises(ValueError, match="float32"):
        read_paddle_tensor(paddle_tensor(TABLE, dtype=3))


def test_single_characters_keep_their_rows_and_words_are_left_out(archive: Path):
    chars, table, normalise = read_lac_char_vectors(archive)
    assert chars == ["张", "伟", "县", "陈"]
    assert numpy.array_equal(table, TABLE[[1, 2, 3, 5]])
    assert normalise["陳"] == "陈" and normalise["Ａ"] == "A"


def test_traditional_characters_share_the_row_of_their_simplified_form(archive: Path):
    from spacy.vocab import Vocab

    vocab = Vocab()
    assert add_to_vocab(vocab, archive) == 4
    assert numpy.array_equal(vocab.get_vector("陳"), vocab.get_vector("陈"))
    assert numpy.array_equal(vocab.get_vector("张"), TABLE[1])
    assert not vocab.has_vector("萬")  # its simplified form is not in the table
    assert not vocab.has_vector("中国")
