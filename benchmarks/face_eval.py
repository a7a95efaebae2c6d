"""Faces in photos: recall, area blurred outside faces and time per megapixel.

    python benchmarks/face_eval.py ../shared/data/faces [--threshold 0.35] [--show]

The folder holds ``images/`` and ``labels.jsonl`` (``file``, ``boxes`` forehead to chin,
optional ``notes``). A labelled face counts as found when the blurred boxes cover at least
70% of it; what is blurred outside every labelled face is reported as a share of the image.
Faces are grouped by kind from their size (small: under 40 px high in the photo) and, where
a label line names them, by its ``kinds`` list (``profile``, ``windshield`` …), so recall is
printed per kind. Time is for ``find_faces`` alone, per megapixel.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from redact.faces import FaceConfig, find_faces  # noqa: E402

MIN_COVER = 0.7
SMALL_PX = 40


def covered(box, regions) -> float:
    x1, y1, x2, y2 = box
    mask = np.zeros((y2 - y1, x2 - x1), bool)
    for r in regions:
        a1, b1, a2, b2 = r.box
        mask[max(0, b1 - y1) : max(0, min(y2, b2) - y1), max(0, a1 - x1) : max(0, min(x2, a2) - x1)] = True
    return float(mask.mean()) if mask.size else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder with images/ and labels.jsonl")
    parser.add_argument("--threshold", type=float, default=FaceConfig.threshold)
    parser.add_argument("--show", action="store_true", help="print each missed face")
    args = parser.parse_args(argv)
    cfg = FaceConfig(threshold=args.threshold)
    stats: Counter = Counter()
    outside, seconds, megapixels = [], 0.0, 0.0
    for line in (args.folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        img = cv2.imread(str(args.folder / "images" / label["file"]))
        if img is None:
            continue
        t0 = time.perf_counter()
        regions = find_faces(img, cfg)
        seconds += time.perf_counter() - t0
        megapixels += img.shape[0] * img.shape[1] / 1e6
        faces = np.zeros(img.shape[:2], bool)
        for k, box in enumerate(label["boxes"]):
            x1, y1, x2, y2 = (int(v) for v in box)
            faces[y1:y2, x1:x2] = True
            kinds = ["small" if y2 - y1 < SMALL_PX else "large"] + list(label.get("kinds", [[]] * len(label["boxes"]))[k] or [])
            hit = covered((x1, y1, x2, y2), regions) >= MIN_COVER
            for kind in ["all"] + kinds:
                stats[(kind, hit)] += 1
            if args.show and not hit:
                print(f"missed {label['file']} {box} ({', '.join(kinds)})")
        blurred = np.zeros(img.shape[:2], bool)
        for r in regions:
            x1, y1, x2, y2 = r.box
            blurred[y1:y2, x1:x2] = True
        outside.append(float((blurred & ~faces).mean()))
    for kind in sorted({k for k, _ in stats}, key=lambda k: (k != "all", k)):
        found, total = stats[(kind, True)], stats[(kind, True)] + stats[(kind, False)]
        print(f"{kind:12} recall {found / total:.3f} ({found}/{total})")
    print(f"area blurred outside faces: mean {np.mean(outside):.4f}, max {np.max(outside):.4f} of the image")
    print(f"time: {1000 * seconds / megapixels:.0f} ms per megapixel ({megapixels:.1f} MP)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
