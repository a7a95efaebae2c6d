"""Hard-wrapped text: what a line break cuts in two is still found, and whole."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.corpus import corpus
from redact.dewrap import Joined, display_width, merge, soft_breaks
from redact.findings import Finding


def wrap(text: str, width: int) -> tuple[str, list[int]]:
    """Each line of ``text`` broken at a display width, as a PDF's text comes out; also the
    original offset of every character of the result (breaks added map to -1)."""
    out: list[str] = []
    where: list[int] = []
    column = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            column = 0
        elif column + display_width(ch) > width:
            out.append("\n")
            where.append(-1)
            column = 0
        if ch != "\n":
            column += display_width(ch)
        out.append(ch)
        where.append(i)
    return "".join(out), where


def test_a_wrapped_paragraph_has_soft_breaks_and_joins_back():
    paragraph = "经查，2024年3月5日10时许，驾驶人李建国驾驶晋A·12345小型轿车在长治路与英雄街交叉口闯红灯，" * 3
    wrapped, _ = wrap(paragraph, 36)
    breaks = soft_breaks(wrapped)
    after_comma = sum(wrapped[i - 1] == "，" for i, ch in enumerate(wrapped) if ch == "\n")
    assert len(breaks) == wrapped.count("\n") - after_comma  # a wrap after a comma looks like an end
    assert Joined(wrapped, breaks).text.replace("\n", "") == paragraph


def test_a_number_cut_by_a_full_line_is_joined_in_any_text():
    text = "被处罚人：萧婷，性别：女，身份证号码：８２００００１９７３\n１０３０１９９８，住址：天津市。\n决定如下。"
    assert soft_breaks(text) == [(text.index("\n"), text.index("\n") + 1)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("关于2024年第一季度交通违法行为的曝光通报\n各有关单位：\n现将有关情况通报如下。", id="heading"),
        pytest.param("1、王芳，女，1990年出生，联系电话13812345678\n2、张伟，男，1985年出生，联系电话13912345678\n", id="numbered-items"),
        pytest.param("序号  姓名      身份证号\n1   黄坤      220102197007076296\n2   司刚      460105197207270273\n", id="aligned-table"),
        pytest.param("检查人：乔梅、林想　记录人：王博\n何雪已于2023年死亡。\n权利人：严洁　共有人：王秀芳\n", id="form-lines"),
    ],
)
def test_lines_that_end_on_purpose_are_no_wrap(text):
    assert soft_breaks(text) == []


@given(st.text(alphabet="张伟李国1234，。\n\r·", max_size=60), st.data())
def test_joined_offsets_map_back(text, data):
    lines = [i for i, ch in enumerate(text) if ch == "\n"]
    chosen = sorted(data.draw(st.sets(st.sampled_from(lines))) if lines else [])
    breaks = [(i - 1, i + 1) if i and text[i - 1] == "\r" else (i, i + 1) for i in chosen]
    breaks = [b for k, b in enumerate(breaks) if not k or b[0] >= breaks[k - 1][1]]
    joined = Joined(text, breaks)
    assert all(joined.text[k] == text[joined.original(k)] for k in range(len(joined.text)))


@pytest.mark.parametrize("width", [30, 37, 44, 51, 58])
def test_everything_found_in_a_bulletin_is_found_when_it_is_wrapped(redactor, width):
    """Generated bulletins wrapped at page widths: every name, ID, phone and plate is still
    covered by a finding of its type (a width cuts many of them somewhere), and the pieces of
    lines (联系方 / 式) give no findings of their own."""
    docs = [d for d in corpus(seed=424_242, docs=12) if d.kind == "bulletin"][:3]
    assert docs
    for doc in docs:
        wrapped, where = wrap(doc.text, width)
        assert soft_breaks(wrapped), "the wrapped bulletin should read as wrapped"
        position = {orig: k for k, orig in enumerate(where) if orig >= 0}
        findings = redactor.analyze(wrapped)
        covered = {(f.entity_type, k) for f in findings for k in range(f.start, f.end)}
        for start, end, etype in doc.spans:
            missing = [k for k in range(start, end) if (etype, position[k]) not in covered]
            assert not missing, (width, etype, doc.text[start:end])
        gold = {position[k] for start, end, _ in doc.spans for k in range(start, end)}
        spurious = [wrapped[f.start : f.end] for f in findings if not gold.intersection(range(f.start, f.end))]
        assert not spurious, (width, spurious)


def test_a_name_and_an_id_cut_by_a_wrap_are_redacted_whole(redactor):
    text = (
        "经查，2024年3月5日10时许，驾驶人李建\n"
        "国驾驶晋A·12345小型轿车在长治路与英雄\n"
        "街交叉口闯红灯，身份证号1411811990\n"
        "01011237，联系电话13812345678。"
    )
    result = redactor.redact_text(text)
    types = {text[f.start : f.end]: f.entity_type for f in result.findings}
    assert types["李建\n国"] == "PERSON"
    assert types["1411811990\n01011237"] == "CN_RESIDENT_ID"
    assert "国驾驶" not in result.text and "01011237" not in result.text


def test_numbers_at_a_joined_break_are_kept(redactor):
    """The joined reading runs the phone into the ID (13812345678 / 11010519491231002X) and
    finds neither; both are still found, as they stand."""
    text = "补贴发放名单：张三，联系电话13812345678\n11010519491231002X为其身份证号码，请核对。\n"
    found = {(f.entity_type, text[f.start : f.end]) for f in redactor.analyze(text)}
    assert {("CN_PHONE_NUMBER", "13812345678"), ("CN_RESIDENT_ID", "11010519491231002X")} <= found


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 15)), max_size=30), st.integers(0, 60), st.integers(1, 20))
def test_overlap_index_matches_brute_force(spans, start, length):
    from redact.findings import Finding, FindingIndex

    findings = [Finding("PERSON", s, s + n, 0.8, "r") for s, n in spans]
    end = start + length
    expected = sorted((f.start, f.end) for f in findings if f.start < end and start < f.end)
    assert sorted((f.start, f.end) for f in FindingIndex(findings).overlapping(start, end)) == expected
    grown = FindingIndex()
    for f in findings:
        grown.add(f)
    assert sorted((f.start, f.end) for f in grown.overlapping(start, end)) == expected


@pytest.mark.parametrize(("breaks", "kept"), [(2, True), (3, False)])
def test_an_unconfirmed_name_at_a_break_is_dropped_only_in_a_clearly_wrapped_text(breaks, kept):
    """A short form whose full lines end on a field value (记录人：陆雪梅 / 楚莉现羁押于…) shows two
    soft breaks; the name that opens a line there is real. Only three breaks or more make the
    joined reading's say-so needed."""
    lines = ["开户名：赵荣　开户行：中国农业银行", "检查人：李杰、朱丽华　记录人：陆雪梅", "楚莉现羁押于市看守所。"]
    text = "\n".join(lines)
    first_break = len(lines[0])
    soft = [(first_break, first_break + 1), (len(lines[0]) + len(lines[1]) + 1, len(lines[0]) + len(lines[1]) + 2)]
    soft += [(len(text) + 1, len(text) + 2)] * (breaks - 2)  # a further break, past what is looked at
    name_at = text.index("楚莉")
    opener = Finding("PERSON", name_at, name_at + 2, 0.85, "ChinesePersonRuleRecognizer", "person_clause_opener")
    assert (opener in merge(text, soft, [opener], [])) is kept


