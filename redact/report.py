"""``redact run --report report.html``: one self-contained page a reviewer would rather look at.

Counts per entity type and per file, the quarantine list with reasons, and for each image a
thumbnail of the REDACTED output with the redacted regions outlined. The original is never
shown, and no value from a document is written: file names, counts, types and boxes only.
Thumbnails are embedded as data URIs, so the page works offline and can be mailed.
"""

from __future__ import annotations

import base64
import html
import io
from collections import Counter
from pathlib import Path

from PIL import Image, ImageDraw

from redact.io import atomic_write

_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem;color:#1d2733;background:#f6f7f9}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{background:#fff;border-radius:8px;padding:1rem 1.4rem;box-shadow:0 1px 3px #0002}
.card b{display:block;font-size:1.6rem}.bad b{color:#b3261e}
table{border-collapse:collapse;background:#fff;box-shadow:0 1px 3px #0002}td,th{padding:.4rem .8rem;border-bottom:1px solid #e3e6ea;text-align:left}
.bar{display:inline-block;height:.7rem;background:#3b6fd8;border-radius:3px;vertical-align:middle}
.images{display:flex;gap:1rem;flex-wrap:wrap}.images figure{background:#fff;margin:0;padding:.6rem;border-radius:8px;box-shadow:0 1px 3px #0002}
.images img{max-width:420px;display:block}figcaption{font-size:.85rem;margin-top:.4rem}
"""


def thumbnail(path: Path, boxes: list[tuple[int, int, int, int]], width: int = 420) -> str:
    """A data URI of the redacted image at ``path`` with ``boxes`` outlined in red."""
    image = Image.open(path).convert("RGB")
    scale = min(1.0, width / image.width)
    image = image.resize((max(1, int(image.width * scale)), max(1, int(image.height * scale))))
    draw = ImageDraw.Draw(image)
    for x1, y1, x2, y2 in boxes:
        draw.rectangle([x1 * scale, y1 * scale, x2 * scale, y2 * scale], outline=(220, 30, 30), width=2)
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=80)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def write_report(path: Path, summary, out: Path) -> None:
    """Render the page for a finished run (``summary`` is a ``redact.batch.RunSummary``)."""
    e = html.escape
    totals: Counter = summary.findings
    biggest = max(totals.values(), default=1)
    parts = [
        "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'>",
        "<title>redact report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>De-identification report</h1>",
        f"<p>Policy: <b>{e(summary.policy or 'bulletin')}</b>. Findings are the values masked; values the policy "
        "keeps on purpose (police and military plates in text, a surname alone) are counted apart.</p>",
        "<div class='cards'>",
        f"<div class='card'><b>{summary.done}</b>files de-identified</div>",
        f"<div class='card'><b>{summary.skipped}</b>unchanged (skipped)</div>",
        f"<div class='card {'bad' if summary.quarantined else ''}'><b>{len(summary.quarantined)}</b>quarantined</div>",
        f"<div class='card'><b>{sum(totals.values())}</b>findings (masked)</div>",
        f"<div class='card'><b>{sum(summary.kept.values())}</b>kept by the policy</div>",
        f"<div class='card'><b>{summary.seconds:.1f} s</b>run time</div>",
        "</div><h2>Findings per type</h2><table><tr><th>type</th><th>count</th><th></th></tr>",
    ]
    for etype, count in sorted(totals.items()):
        parts.append(f"<tr><td>{e(etype)}</td><td>{count}</td><td><span class='bar' style='width:{int(240 * count / biggest)}px'></span></td></tr>")
    parts.append("</table><h2>Per file</h2><table><tr><th>file</th><th>status</th><th>findings</th></tr>")
    for rel, (status, counts) in sorted(summary.per_file.items()):
        detail = ", ".join(f"{e(k)} {v}" for k, v in sorted(counts.items())) or "none"
        parts.append(f"<tr><td>{e(rel)}</td><td>{e(status)}</td><td>{detail}</td></tr>")
    parts.append("</table>")
    if summary.quarantined:
        parts.append("<h2>Quarantined (not written to the output)</h2><table><tr><th>file</th><th>reason</th></tr>")
        parts += [f"<tr><td>{e(rel)}</td><td>{e(reason)}</td></tr>" for rel, reason in summary.quarantined]
        parts.append("</table>")
    if summary.images:
        parts.append("<h2>Images (redacted output, regions outlined)</h2><div class='images'>")
        for rel, boxes in sorted(summary.images.items()):
            target = out / rel
            if target.is_file():
                parts.append(f"<figure><img alt='{e(rel)}' src='{thumbnail(target, boxes)}'>"
                             f"<figcaption>{e(rel)} — {len(boxes)} region(s)</figcaption></figure>")
        parts.append("</div>")
    parts.append("</body></html>")
    atomic_write(path, "\n".join(parts).encode("utf-8"))
