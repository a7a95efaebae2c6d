"""Generated enforcement-style images with plate boxes: for tests, the image benchmark and examples.

Nothing here is a photo of a real vehicle. A scene is a road, a car-like body and a plate
drawn with Noto Sans CJK (the ``cvttf-notosanscjk-regular`` dev dependency): blue, yellow,
new-energy green or white police plates, tilted and scaled. A composite is four scenes in a
2×2 grid with a burned-in caption strip (time, place, plate, driver), the layout of
traffic-camera evidence sheets.
"""

from __future__ import annotations

import io
import os
import random
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from benchmarks.corpus import Gen

PLATE_STYLES = {
    "blue": ((20, 70, 200), (255, 255, 255)),
    "yellow": ((240, 190, 20), (10, 10, 10)),
    "green": ((120, 220, 140), (10, 10, 10)),
    "white": ((245, 245, 245), (10, 10, 10)),
}


@lru_cache(maxsize=8)
def font(size: int) -> ImageFont.FreeTypeFont:
    import cvttf_NotoSansCJK_Regular as noto

    return ImageFont.truetype(os.path.join(os.path.dirname(noto.__file__), "NotoSansCJKtc-Regular.otf"), size)


def plate_image(text: str, style: str, height: int) -> Image.Image:
    """A plate: coloured plate, thin frame, the characters evenly spaced."""
    bg, fg = PLATE_STYLES[style]
    width = int(height * 3.2)
    plate = Image.new("RGB", (width, height), bg)
    draw = ImageDraw.Draw(plate)
    draw.rectangle([2, 2, width - 3, height - 3], outline=fg, width=max(1, height // 20))
    chars = [c for c in text if c not in "·-"]
    step = (width - height * 0.3) / len(chars)
    f = font(max(8, min(int(height * 0.62), int(step * 1.0))))
    for i, ch in enumerate(chars):
        colour = (200, 0, 0) if ch == "警" else fg
        draw.text((height * 0.15 + step * i + step * 0.1, height * 0.12), ch, font=f, fill=colour)
    return plate


def scene(g: Gen, width: int = 800, height: int = 600) -> tuple[Image.Image, list[tuple[int, int, int, int]], str]:
    """One vehicle-like scene; returns (image, plate boxes, plate text)."""
    rng = g.rng
    img = Image.new("RGB", (width, height), (rng.randint(90, 140),) * 3)
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, width, height // 3], fill=(rng.randint(150, 200), rng.randint(170, 210), 230))
    body = (rng.randint(20, 230), rng.randint(20, 230), rng.randint(20, 230))
    bx1, by1 = int(width * 0.18), int(height * 0.3)
    bx2, by2 = int(width * 0.82), int(height * 0.85)
    draw.rounded_rectangle([bx1, by1, bx2, by2], radius=40, fill=body)
    draw.rectangle([bx1 + 40, by1 + 20, bx2 - 40, by1 + (by2 - by1) // 3], fill=(40, 50, 60))
    text, cls = g._plate()
    style = {"new_energy": "green", "police": "white"}.get(cls, rng.choice(["blue", "blue", "yellow"]))
    plate_h = rng.randint(max(14, height // 30), height // 9)
    plate = plate_image(text.replace(" ", ""), style, plate_h)
    angle = rng.uniform(-20, 20)
    rotated = plate.rotate(angle, expand=True, resample=Image.BICUBIC, fillcolor=body)
    px = rng.randint(bx1 + 10, max(bx1 + 11, bx2 - rotated.width - 10))
    py = rng.randint((by1 + by2) // 2, max((by1 + by2) // 2 + 1, by2 - rotated.height - 5))
    img.paste(rotated, (px, py))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0, 0.8)))
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(2, 8), (height, width, 3))
    img = Image.fromarray(np.clip(np.asarray(img, dtype=np.float32) + noise, 0, 255).astype(np.uint8))
    return img, [(px, py, px + rotated.width, py + rotated.height)], text


def composite(g: Gen, tile: tuple[int, int] = (640, 480)) -> tuple[Image.Image, list[tuple[int, int, int, int]], str]:
    """A 2×2 evidence sheet with a caption strip; returns (image, plate boxes, caption)."""
    w, h = tile
    strip = max(36, h // 10)
    sheet = Image.new("RGB", (2 * w, 2 * h + strip), (0, 0, 0))
    boxes, plate = [], ""
    for k in range(4):
        img, bxs, text = scene(g, w, h)
        ox, oy = (k % 2) * w, (k // 2) * h
        sheet.paste(img, (ox, oy))
        boxes += [(x1 + ox, y1 + oy, x2 + ox, y2 + oy) for x1, y1, x2, y2 in bxs]
        plate = plate or text
    caption = f"违法时间：{g.date()} 08:{g.rng.randint(10, 59)} 地点：{g.place()} 号牌：{plate} 驾驶人：{g.fake.name()}"
    ImageDraw.Draw(sheet).text((12, 2 * h + strip // 6), caption, font=font(int(strip * 0.55)), fill=(255, 255, 255))
    return sheet, boxes, caption


def jpeg_bytes(img: Image.Image, quality: int = 92) -> bytes:
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def generated_items(n: int, seed: int = 4242) -> list[tuple[str, bytes, list]]:
    """(name, JPEG bytes, plate boxes) for the image benchmark: scenes and composites alternating."""
    g = Gen(seed)
    random.seed(seed)
    items = []
    for i in range(n):
        img, boxes, _ = composite(g) if i % 2 else scene(g)
        items.append((f"generated_{i:03d}.jpg", jpeg_bytes(img), boxes))
    return items
