"""A realistic input folder for the batch, gate and audit tests, with planted values."""

from __future__ import annotations

import codecs
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from openpyxl import Workbook

from benchmarks.corpus import Gen
from benchmarks.pdf_docs import text_pdf
from benchmarks.scenes import jpeg_bytes, scene


@dataclass
class Tree:
    root: Path
    planted: list[str] = field(default_factory=list)
    bad: dict[str, str] = field(default_factory=dict)  # relative path -> words expected in the reason


def build_tree(root: Path, seed: int = 7) -> Tree:
    g = Gen(seed)
    tree = Tree(root)
    root.mkdir(parents=True, exist_ok=True)
    people = [g.fake.name() for _ in range(6)]
    ids = [g.id18() for _ in range(6)]
    phones = [g.mobile() for _ in range(6)]
    plates = [g._plate()[0] for _ in range(6)]
    plates = [p if p[-1].isascii() else p[:-1] + "8" for p in plates]  # no kept classes here
    tree.planted += people + ids + phones + plates

    def line(i: int) -> str:
        return f"驾驶人{people[i]}驾驶{plates[i]}号小型轿车，身份证号{ids[i]}，联系电话{phones[i]}。\n"

    (root / "通告").mkdir()
    (root / "通告" / "曝光公告.txt").write_text("交通违法曝光\n" + line(0), encoding="utf-8")
    (root / "通告" / "gbk公告.txt").write_bytes(("曝光\n" + line(1)).encode("gb18030"))
    (root / "bom.md").write_bytes(codecs.BOM_UTF8 + ("# 公告\n" + line(2)).encode("utf-8"))
    (root / "utf16.txt").write_bytes(("公告\n" + line(3)).encode("utf-16"))
    (root / "名单.csv").write_text(
        "序号,号牌号码,当事人,联系电话,身份证号\n"
        f"1,{plates[4]},{people[4]},{phones[4]},{ids[4]}\n"
        "2,无,无,无,无\n",
        encoding="utf-8",
    )
    (root / "data.json").write_text(
        json.dumps({"姓名": people[5], "记录": [{"电话": phones[5], "说明": f"身份证{ids[5]}"}]}, ensure_ascii=False),
        encoding="utf-8",
    )
    (root / "list.jsonl").write_text(
        json.dumps({"text": line(0).strip()}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (root / "page.html").write_text(
        f'<html><head><title>公告</title><style>p{{color:red}}</style></head><body>'
        f'<p class="x" title="车主{people[1]}">当事人{people[2]}，电话{phones[2]}</p>'
        f'<img src="a.png" alt="{plates[3]}"></body></html>',
        encoding="utf-8",
    )
    book = Workbook()
    sheet = book.active
    sheet.title = "名单"
    sheet.append(["序号", "当事人", "身份证号", "手机"])
    sheet.append([1, "钱多多", ids[0], int(phones[0])])
    sheet.append([2, people[3], ids[3], phones[3]])
    buf = io.BytesIO()
    book.save(buf)
    (root / "名单.xlsx").write_bytes(buf.getvalue())
    tree.planted.append("钱多多")

    doc = Document()
    p = doc.add_paragraph("被处罚人")
    surname = p.add_run(people[0][0])
    surname.bold = True
    p.add_run(people[0][1:] + f"，联系电话{phones[1]}。")
    table = doc.add_table(rows=3, cols=2)
    table.rows[0].cells[0].text = "姓名"
    table.rows[0].cells[1].text = "号牌号码"
    table.rows[1].cells[0].text = "孙莉莉"
    table.rows[1].cells[1].text = plates[5]
    table.rows[2].cells[0].text = "周大福"
    table.rows[2].cells[1].text = plates[0]
    buf = io.BytesIO()
    doc.save(buf)
    (root / "深层" / "二级").mkdir(parents=True)
    (root / "深层" / "二级" / "决定书.docx").write_bytes(buf.getvalue())
    tree.planted += ["孙莉莉", "周大福"]

    photo, _, _ = scene(g, 800, 600)
    (root / "图片").mkdir()
    (root / "图片" / "抓拍.jpg").write_bytes(jpeg_bytes(photo))
    (root / "图片" / "损坏.jpg").write_bytes(jpeg_bytes(photo)[:2000])
    tree.bad["图片/损坏.jpg"] = "truncated"

    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 4)
    tree.bad["binary.txt"] = "binary"
    (root / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    tree.bad["broken.xlsx"] = "not a valid .xlsx"
    (root / "通告" / "决定书.pdf").write_bytes(text_pdf("行政处罚决定书\n" + line(4) + line(5)))
    (root / "报告.pdf").write_bytes(b"%PDF-1.4\n")
    tree.bad["报告.pdf"] = "truncated PDF"
    return tree
