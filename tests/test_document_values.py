"""Numbered masks (the court preset's 张某1/张某2) count people across the whole document.

A judgment is the same document whether it comes as one text or as DOCX paragraphs: each
person gets one form everywhere, and one form never stands for two people."""

from __future__ import annotations

import csv
import io

import docx
import pytest

from benchmarks.court_docs import documents
from redact.fileproc import process_file
from redact.redactor import Redactor


@pytest.fixture(scope="module")
def court():
    return Redactor(policy="court")


def as_docx(paragraphs: list[str]) -> bytes:
    doc = docx.Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def docx_paragraphs(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def test_a_paragraph_per_sentence_reads_as_the_whole_text(court):
    """Generated judgments, a sentence per DOCX paragraph: the output's paragraphs are the
    lines of the same text redacted whole (counted per paragraph, 朱某1 of the text was 朱某
    in three paragraphs of the DOCX, and two people of one surname shared a form)."""
    differ = []
    for n, doc in enumerate(documents(seed=3, docs=40)):
        lines = doc["text"].replace("。", "。\n").rstrip("\n").split("\n")
        whole = process_file("\n".join(lines).encode(), "judgment.txt", court, True, None).output.decode()
        paragraphs = docx_paragraphs(process_file(as_docx(lines), "judgment.docx", court, True, None).output)
        if paragraphs != whole.split("\n"):
            differ.append(n)
    assert differ == []


def test_one_form_per_person_across_paragraphs(court):
    lines = [
        "原告张伟，男，1980年出生，住孝义市新义街道。",
        "被告张强，男，1985年出生，住孝义市胜溪街道。",
        "被告张强向原告张伟借款伍万元，张伟多次催讨未果。",
        "证人张丽证实，张强曾承认借款。",
    ]
    out = docx_paragraphs(process_file(as_docx(lines), "judgment.docx", court, True, None).output)
    assert out == [
        "原告张某1，男，1980年出生，住孝义市新义街道。",
        "被告张某2，男，1985年出生，住孝义市胜溪街道。",
        "被告张某2向原告张某1借款伍万元，张某1多次催讨未果。",
        "证人张某3证实，张某2曾承认借款。",
    ]


def test_table_cells_are_numbered_across_rows(court):
    rows = [["姓名", "事由"], ["张伟", "借款"], ["张强", "担保"], ["李娜", "借款"], ["张伟", "还款"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    out = process_file(buf.getvalue().encode(), "list.csv", court, True, None).output.decode()
    names = [row[0] for row in csv.reader(io.StringIO(out))][1:]
    assert names == ["张某1", "张某2", "李某", "张某1"]


def test_unnumbered_policies_are_untouched():
    """The bulletin preset does not number: the document's values are not even gathered."""
    bulletin = Redactor(policy="bulletin")
    out = process_file(as_docx(["当事人张伟驾驶。", "当事人张强驾驶。"]), "a.docx", bulletin, True, None).output
    assert docx_paragraphs(out) == ["当事人张某驾驶。", "当事人张某驾驶。"]
