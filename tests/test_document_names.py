"""One reading per document, court prose, and the gate's view of a half-masked document."""

from __future__ import annotations

import pytest

import redact
from benchmarks.court_docs import documents
from benchmarks.court_eval import evaluate
from redact.document_names import left_beside_masked
from tests.conftest import person_names as names


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        pytest.param(
            "被告人孙丽华于2020年5月被抓获。报警人称孙丽华酒后滋事，民警遇到孙丽华阻碍执法。案发后，孙丽华主动投案。",
            "被告人孙某于2020年5月被抓获。报警人称孙某酒后滋事，民警遇到孙某阻碍执法。案发后，孙某主动投案。",
            id="cue-once-bare-later",
        ),
        pytest.param(
            "凌晨，被告人莫航持刀追赶。莫航离开后，向磊伙同莫航返回现场。",
            "凌晨，被告人莫某持刀追赶。莫某离开后，向某伙同莫某返回现场。",
            id="two-character-name",
        ),
        pytest.param(
            "钱被被告刘宇伟花了，让原告向刘宇伟索要。",
            "钱被被告刘某花了，让原告向刘某索要。",
            id="document-name-beats-a-crossing-reading",
        ),
        pytest.param(
            "被告人张晓鸥驾驶机动车。晓鸥称其不知情。",
            "被告人张某驾驶机动车。某某称其不知情。",
            id="given-name-alone",
        ),
        pytest.param(
            "此时一名叫“阿贵”的人携带冰毒，李某从“阿贵”手中购得0.2克。",
            "此时一名叫“阿某”的人携带冰毒，李某从“阿某”手中购得0.2克。",
            id="nickname-in-quotes",
        ),
    ],
)
def test_a_name_found_once_is_masked_everywhere(redactor, text, masked):
    assert redactor.redact_text(text).text == masked


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2016年12月27日，二被告向原告借款3万元，约定每月付息。", id="xiang-yuangao"),
        pytest.param("本院经审理查明：2015年12月2日，被告出具借条。", id="shenli-chaming"),
        pytest.param("现原告来院起诉，请求判令被告给付原告利息。", id="laiyuan-lixi"),
        pytest.param("以上事实，有借条、存折以及当事人当庭的陈述为证。", id="dangting"),
        pytest.param("被告因资金周转于2015年8月向原告借款。", id="zhouzhuan"),
        pytest.param("驾驶人未按规定戴头盔，被处以罚款。", id="dai-toukui"),
        pytest.param("今借到人民币壹万陆仟元整，大写伍佰元正。", id="capital-numerals"),
        pytest.param("被告湖北江铭建设工程有限公司未到庭。", id="firm-name"),
        pytest.param("被告海南暨阳房地产开发有限公司未到庭。", id="firm-name-after-cue"),
        pytest.param("王某1给赵400元钱，赵又让李某某帮助联系。", id="bare-surname-then-amount"),
        pytest.param("在东洲小区金鹏茶馆与对方协商。", id="shop-name"),
    ],
)
def test_court_boilerplate_is_no_name(redactor, text):
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("由审判员孙强独任审判，公开开庭进行了审理。", ["孙强"], id="duren-ends-the-name"),
        pytest.param("案发后，被告人遂由孙强驾驶车辆离开。", ["孙强"], id="suiyou-is-no-name"),
        pytest.param("某与其妻严某1、其兄代刚三人去询问。", ["代刚"], id="kin-cue-and-count"),
        pytest.param("之后，皇甫伟伙同曾某1离开。", ["皇甫伟"], id="compound-before-huotong"),
        pytest.param("被告释常照未到庭应诉。", ["释常照"], id="dharma-name"),
        pytest.param("到宋某1的大哥一个叫大海的手中了。", ["大海"], id="called-bare"),
    ],
)
def test_court_names_and_their_boundaries(redactor, text, expected):
    assert names(redactor, text) == expected


def test_names_given_by_the_caller_count_as_the_same_document(redactor):
    text = "代刚持一小背椅从屋内冲出。"
    assert redactor.redact_text(text).text == text  # on its own, nothing marks the name
    assert redactor.redact_text(text, names={"代刚"}).text == "代某持一小背椅从屋内冲出。"


def test_common_words_are_not_spread(redactor):
    text = "当事人：方正，男。本案事实清楚，处理方正确。"
    # 方正 is a name after the cue, a word elsewhere: only the cue's position is masked.
    assert [f.start for f in redactor.analyze(text) if f.entity_type == "PERSON"] == [4]


def test_a_file_is_one_document(tmp_path):
    """A name in one cell of a table is masked in every other cell, also without a cue."""
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "案情.csv").write_text("序号,当事人,情况\n1,王建军,已处理\n2,,经查王建军系初犯\n", encoding="utf-8")
    redact.run(src, out)
    text = (out / "案情.csv").read_text(encoding="utf-8")
    assert "王建军" not in text and text.count("王某") == 2


def test_the_gate_flags_a_name_left_beside_its_masked_form(tmp_path):
    half = tmp_path / "判决.txt"
    half.write_text("被告人孙某于2020年被抓获。\n报警人称孙丽华酒后滋事，民警遇到孙丽华阻碍执法。\n", encoding="utf-8")
    report = redact.check(half)
    assert report.findings and all(f.entity_type == "PERSON" for f in report.findings)
    clean = tmp_path / "判决2.txt"
    clean.write_text("原告王某与被告李某民间借贷纠纷一案，王向李催要，从王手中取走借条。\n", encoding="utf-8")
    assert not redact.check(clean).findings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("孙某被抓获。孙丽华酒后滋事，遇到孙丽华阻碍。", {"孙丽华"}, id="repeated"),
        pytest.param("孙某被抓获。孙丽华酒后滋事。", set(), id="once-is-not-enough"),
        pytest.param("王某1证实，从王手中取走，王手中还有。", set(), id="surname-then-word"),
    ],
)
def test_left_beside_masked(text, expected):
    assert left_beside_masked(text) == expected


def test_generated_court_documents_floor(redactor):
    """Several mentions per person, most without a cue (benchmarks/court_docs.py)."""
    stats = evaluate(redactor, documents(seed=31, docs=60))
    mentions = stats["found"] + stats["partly"] + stats["missed"]
    recall = stats["found"] / mentions
    precision = stats["right"] / (stats["right"] + stats["wrong"])
    assert recall >= 0.99 and precision >= 0.97, (recall, precision)
    assert stats["partly"] == 0  # never half a name
