"""Generate examples/bulletin/: a traffic-violation exposure bulletin package, seeded.

    python examples/make_bulletin.py [--seed 2026] [--out examples/bulletin]

Everything is invented (Faker zh_CN and our generators); images are drawn, not photographed.
The package: a notice (.docx and .txt), a violation list (.xlsx and .csv), a penalty decision
(.txt, and again as a text PDF titled with the name), a vehicle scene and a 2×2 evidence sheet
with a caption strip (.jpg).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx import Document  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from benchmarks.corpus import Gen, penalty_decision  # noqa: E402
from benchmarks.pdf_docs import Extras, text_pdf  # noqa: E402
from benchmarks.scenes import composite, jpeg_bytes, scene  # noqa: E402

HEADER = ["序号", "号牌号码", "违法时间", "违法地点", "违法行为", "当事人", "联系电话", "身份证号"]


def rows(g: Gen, n: int) -> list[list[str]]:
    out = []
    for i in range(1, n + 1):
        plate, _ = g._plate()
        out.append([str(i), plate, g.date(), g.place(), g.violation(), g.name(), g.mobile(), g.id18()])
    return out


def notice(g: Gen, table: list[list[str]]) -> list[str]:
    city = "长治市"
    paras = [
        f"{city}公安局交通警察支队关于曝光一批严重交通违法行为的公告",
        "为进一步加强道路交通安全管理，警示广大交通参与者自觉遵守交通法规，根据《中华人民共和国道路交通安全法》"
        "及相关规定，现将近期查处的部分严重交通违法行为予以曝光：",
    ]
    for r in table[:6]:
        paras.append(
            f"{r[0]}、驾驶人{r[5]}驾驶{r[1]}号小型轿车，于{r[2]}在{r[3]}{r[4]}，"
            f"身份证号{r[7]}，联系电话{r[6]}。"
        )
    paras.append(f"请上述当事人自公告之日起十五日内到{city}公安局交通警察支队违法处理窗口接受处理。")
    paras.append("监督电话：0355-12345（工作日）；交通事故报警：12122；执勤警车晋D0123警不在曝光之列。")
    paras.append(f"{city}公安局交通警察支队　{g.date()}")
    return paras


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=HERE / "bulletin")
    args = parser.parse_args()
    g = Gen(args.seed)
    out = args.out
    (out / "图片").mkdir(parents=True, exist_ok=True)
    table = rows(g, 12)

    paras = notice(g, table)
    (out / "曝光公告.txt").write_text("\n".join(paras) + "\n", encoding="utf-8")
    doc = Document()
    doc.add_heading(paras[0], level=1)
    for p in paras[1:]:
        doc.add_paragraph(p)
    t = doc.add_table(rows=1, cols=len(HEADER))
    for cell, name in zip(t.rows[0].cells, HEADER):
        cell.text = name
    for r in table[6:]:
        for cell, value in zip(t.add_row().cells, r):
            cell.text = value
    buf = io.BytesIO()
    doc.save(buf)
    (out / "曝光公告.docx").write_bytes(buf.getvalue())

    with open(out / "违法名单.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(table)
    book = Workbook()
    sheet = book.active
    sheet.title = "违法名单"
    sheet.append(HEADER)
    for r in table:
        sheet.append(r)
    buf = io.BytesIO()
    book.save(buf)
    (out / "违法名单.xlsx").write_bytes(buf.getvalue())

    (out / "行政处罚决定书.txt").write_text(penalty_decision(g).text, encoding="utf-8")

    img, _, _ = scene(g, 1024, 768)
    (out / "图片" / "抓拍.jpg").write_bytes(jpeg_bytes(img))
    sheet_img, _, _ = composite(g)
    (out / "图片" / "证据组图.jpg").write_bytes(jpeg_bytes(sheet_img))

    decision = penalty_decision(g)  # as a PDF, titled with the person's name as offices save them
    name = next(decision.text[s:e] for s, e, kind in decision.spans if kind == "PERSON")
    pdf = text_pdf(decision.text, extras=Extras(title=f"{name}交通违法行政处罚决定书", author="交警支队"))
    (out / "处罚决定书.pdf").write_bytes(pdf)
    print(f"wrote {sum(1 for p in out.rglob('*') if p.is_file())} files to {out}")


if __name__ == "__main__":
    main()
