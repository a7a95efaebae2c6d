"""Plate redaction on a labelled folder: recall, area redacted outside plates, and cost.

    python benchmarks/image_eval.py ../shared/data/plates [--limit N] [--no-ocr] [--no-colour]
    python benchmarks/image_eval.py --generated 40

Folder format (../shared/data/README.md): ``images/`` and ``labels.jsonl`` with one line per
image, ``{"file", "boxes": [[x1, y1, x2, y2], ...], "box_kinds": [...], ...}``; recall is also
printed per box kind, and a photo the decoder refuses counts as missing all its plates. A plate counts as redacted when at
least 90% of its box lies inside the blurred area AND the detail inside the box is gone in
the output (horizontal-gradient energy down to a quarter or less). Images the decoder
rejects (truncated, PNG behind .jpg ...) are never written; they are counted apart.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from redact.image import (  # noqa: E402
    ImageConfig, ImageRejected, blur, confirm_colour_regions, decode, expand, find_plates_by_colour, merge, read_text,
    regions_from_text,
)


def detail(img: np.ndarray, box) -> float:
    x1, y1, x2, y2 = box
    gray = cv2.cvtColor(img[y1:y2, x1:x2], cv2.COLOR_BGR2GRAY)
    return float(np.abs(cv2.Sobel(gray, cv2.CV_32F, 1, 0, ksize=3)).mean()) if gray.size else 0.0


def evaluate(items, redactor, cfg: ImageConfig) -> dict:
    stats = {"plates": 0, "redacted": 0, "outside_area": 0.0, "area": 0.0, "rejected": 0, "images": 0,
             "colour_ms": 0.0, "ocr_ms": 0.0, "megapixels": 0.0, "misses": [], "kinds": {}}
    for item in items:
        name, data, boxes = item[:3]
        kinds = list(item[3]) if len(item) > 3 and item[3] else ["-"] * len(boxes)
        try:
            img, _ = decode(data, name, cfg)
        except ImageRejected as err:
            stats["rejected"] += 1
            stats["misses"].append((name, f"rejected: {err}"))
            for kind in kinds:  # a refused photo misses all its plates
                stats["plates"] += 1
                stats["kinds"].setdefault(kind, [0, 0])[1] += 1
            continue
        stats["images"] += 1
        h, w = img.shape[:2]
        stats["megapixels"] += h * w / 1e6
        colour, regions = [], []
        if cfg.use_colour:
            t0 = time.perf_counter()
            colour = find_plates_by_colour(img, cfg)
            stats["colour_ms"] += (time.perf_counter() - t0) * 1000
        if cfg.use_ocr:
            t0 = time.perf_counter()
            regions = regions_from_text(read_text(img, cfg), redactor)
            regions += confirm_colour_regions(img, colour, regions, cfg)
            stats["ocr_ms"] += (time.perf_counter() - t0) * 1000
        else:
            regions = colour
        blurred = [expand(r.box, cfg, img.shape) for r in merge(regions)]
        out = blur(img, blurred, cfg)
        mask = np.zeros((h, w), bool)
        for x1, y1, x2, y2 in blurred:
            mask[y1:y2, x1:x2] = True
        plate_mask = np.zeros((h, w), bool)
        for (x1, y1, x2, y2), kind in zip(boxes, kinds):
            x1, y1, x2, y2 = max(0, int(x1)), max(0, int(y1)), min(w, int(x2)), min(h, int(y2))
            plate_mask[y1:y2, x1:x2] = True
            stats["plates"] += 1
            counts = stats["kinds"].setdefault(kind, [0, 0])
            counts[1] += 1
            covered = mask[y1:y2, x1:x2].mean() if (x2 > x1 and y2 > y1) else 0.0
            gone = detail(out, (x1, y1, x2, y2)) <= 0.25 * max(1e-6, detail(img, (x1, y1, x2, y2)))
            if covered >= 0.9 and gone:
                stats["redacted"] += 1
                counts[0] += 1
            else:
                stats["misses"].append((name, f"{kind}: covered {covered:.0%}, detail gone: {gone}"))
        stats["outside_area"] += float((mask & ~plate_mask).sum())
        stats["area"] += h * w
    return stats


def labelled_folder(folder: Path, limit: int | None):
    rows = [json.loads(line) for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows[:limit]:
        yield row["file"], (folder / "images" / row["file"]).read_bytes(), row["boxes"], row.get("box_kinds")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--generated", type=int, default=0, help="also score N generated scenes and composites")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--no-colour", action="store_true")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()

    import redact

    cfg = ImageConfig(use_ocr=not args.no_ocr, use_colour=not args.no_colour)
    redactor = redact.Redactor()
    sets = []
    if args.folder:
        sets.append((str(args.folder), list(labelled_folder(args.folder, args.limit))))
    if args.generated:
        from benchmarks.scenes import generated_items

        sets.append((f"generated ({args.generated})", generated_items(args.generated)))
    for label, items in sets:
        s = evaluate(items, redactor, cfg)
        print(f"\n{label}: {s['images']} images decoded, {s['rejected']} rejected (never written)")
        print(f"  plate recall          {s['redacted'] / max(1, s['plates']):.4f}  ({s['redacted']}/{s['plates']})")
        for kind, (found, total) in sorted(s["kinds"].items()):
            if kind != "-":
                print(f"    {kind:20}  {found}/{total}")
        print(f"  area outside plates   {100 * s['outside_area'] / max(1, s['area']):.2f}% of image area")
        mp = max(1e-9, s["megapixels"])
        print(f"  colour path           {s['colour_ms'] / max(1, s['images']):.1f} ms/image, {s['colour_ms'] / mp:.1f} ms/MP")
        print(f"  OCR path              {s['ocr_ms'] / max(1, s['images']):.1f} ms/image, {s['ocr_ms'] / mp:.1f} ms/MP")
        if args.show_misses:
            for name, why in s["misses"]:
                print(f"  miss {name}: {why}")


if __name__ == "__main__":
    main()
