"""Enforcement photos: find plates, caption text and faces, blur them, strip every piece of metadata.

Small pure functions over numpy arrays (BGR, as OpenCV uses) and one frozen config:

* ``decode(data, name, cfg)`` — decoding by content, whatever the name says; a file cut
  short is read as far as it goes (and refused when most of it is missing), the pixel
  count is under a limit (decompression bombs); EXIF orientation is applied so boxes refer
  to what a reader sees.
* ``find_plates_by_colour(img, cfg)`` — the fast path: plate-coloured (blue, yellow,
  green) regions of plate shape with dense vertical strokes.
* ``read_text(img, cfg)`` — the OCR path: PP-OCRv4 text detection and recognition
  (``models/ppocr``, run by ``rapidocr``; offline). Each text line is
  checked by our text recognizers; a plate, ID, phone or name in it is redacted. This is
  also what finds white, black, night and infrared plates the colour path misses.
* ``redact.faces.find_faces(img)`` — faces (CenterFace, ONNX, ``models/centerface``).
* ``expand(box, cfg, shape)``, ``blur(img, boxes, cfg)``, ``encode(img, fmt, cfg)`` —
  boxes are grown by a margin (over-cover by default), the pixels inside are destroyed
  (Gaussian, mosaic or solid fill), and the image is re-encoded from pixels only, so no
  EXIF, GPS, XMP or comment survives.

Models load once per process (``_ocr_engine`` is cached).
"""

from __future__ import annotations

import functools
import io
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Optional

import cv2
import numpy as np
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from redact.errors import RedactError

if TYPE_CHECKING:
    from redact.redactor import Redactor

Box = tuple[int, int, int, int]

#: What PIL calls each format, by the extensions we accept.
FORMATS = {
    ".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".bmp": "BMP", ".tif": "TIFF", ".tiff": "TIFF", ".webp": "WEBP",
}


#: The containers we decode, whatever the file's extension says.
CONTENT_FORMATS = frozenset(FORMATS.values())


def output_format(name: str, content: str) -> str:
    """The format an output is written in: the one its name promises (a ``.jpg`` that is a
    JPEG), else the content's."""
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return FORMATS.get(suffix, content)


class ImageRejected(RedactError):
    """An image we will not process: corrupt, truncated, mislabelled, too large, not an image."""


@dataclass(frozen=True)
class ImageConfig:
    """Everything the image path can be tuned with."""

    style: Literal["gaussian", "mosaic", "fill"] = "gaussian"
    margin: float = 0.2  # each side grows by this share of the box's height
    min_margin_px: int = 4
    max_pixels: int = 100_000_000
    jpeg_quality: int = 95
    use_colour: bool = True
    use_ocr: bool = True
    ocr_threads: int = 1
    min_plate_width: int = 24
    #: A reviewer's decisions (redact.review): boxes to blur on top of what was found, each
    #: (entity type, (x1, y1, x2, y2)); found boxes to leave as they are.
    added_boxes: tuple[tuple[str, tuple[int, int, int, int]], ...] = ()
    rejected_boxes: frozenset[tuple[int, int, int, int]] = frozenset()


@dataclass(frozen=True)
class Region:
    """A redacted area: ``box`` is (x1, y1, x2, y2) in pixels of the (orientation-corrected) source."""

    entity_type: str
    box: Box
    score: float
    source: str = ""

    def __repr__(self) -> str:
        return f"Region({self.entity_type}, box={self.box}, score={self.score:.2f}, source={self.source!r})"


@dataclass(frozen=True)
class ImageResult:
    regions: list[Region]
    width: int
    height: int
    #: Set when the content's format differs from the name's (PNG behind .jpg) and was converted.
    note: Optional[str] = None

    def __repr__(self) -> str:
        return f"ImageResult({self.width}x{self.height}, regions={len(self.regions)})"


# -- decoding and encoding -------------------------------------------------------------
def decode(data: bytes, name: str, cfg: ImageConfig = ImageConfig()) -> tuple[np.ndarray, str]:
    """Decode by content; return (BGR array, PIL format of the content) or raise ImageRejected
    (``read_image`` also says what a reader of the audit log should know)."""
    img, content, _ = read_image(data, name, cfg)
    return img, content


def read_image(data: bytes, name: str, cfg: ImageConfig = ImageConfig()) -> tuple[np.ndarray, str, Optional[str]]:
    """(BGR array, PIL format of the content, a note or None), or raise ImageRejected.

    The container is sniffed from the bytes, not the name: files saved from web pages and
    messaging apps often carry a wrong extension (PNG behind ``.jpg``), and a photo is a
    photo whatever its name says. A JPEG or PNG cut short (an interrupted download, an app
    that drops the end marker) is read as far as its data goes, and only that is analysed and
    written: the missing rows come out blank, and the note says how much was missing. One that
    holds less than ``MIN_ROWS_READ`` of its rows is refused, as is what is no supported image.
    """
    if not data:
        raise ImageRejected("empty file (0 bytes)")
    Image.MAX_IMAGE_PIXELS = None  # our own limit below, checked before decoding
    try:
        probe = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise ImageRejected("not an image (no known image signature)") from None
    except (OSError, SyntaxError, ValueError) as err:
        raise ImageRejected(f"corrupt or truncated image header ({type(err).__name__})") from None
    if probe.format not in CONTENT_FORMATS:
        raise ImageRejected(f"the file is {probe.format} data, which is not a supported image format")
    width, height = probe.size
    if width * height > cfg.max_pixels:
        raise ImageRejected(f"{width}x{height} pixels is over the limit of {cfg.max_pixels:,} (decompression bomb? limits.image_megapixels)")
    cut_short = (probe.format == "JPEG" and not data.rstrip(b"\0").endswith(b"\xff\xd9")) or (
        probe.format == "PNG" and b"IEND" not in data[-64:]
    )
    try:
        if cut_short:
            _load_as_far_as_it_goes(probe)
        else:
            probe.load()
        note = _rows_missing(probe) if cut_short else None
        image = ImageOps.exif_transpose(probe)
    except (OSError, SyntaxError, ValueError) as err:
        raise ImageRejected(f"corrupt or truncated {probe.format} ({type(err).__name__})") from None
    rgb = np.asarray(image.convert("RGB"))
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), probe.format, note


#: A file cut short is read if at least this share of its rows is in it; else it is refused.
MIN_ROWS_READ = 0.5
#: What Pillow leaves in the rows a cut-short file does not hold.
_BLANK = {"JPEG": 128, "PNG": 0}
_CUT_SHORT = threading.Lock()


def _load_as_far_as_it_goes(probe: "Image.Image") -> None:
    """Pillow's decoders stop where the data does when ``LOAD_TRUNCATED_IMAGES`` is set: a
    process-wide switch, turned on for this one load only."""
    with _CUT_SHORT:
        before = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = True
        try:
            probe.load()
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = before


def _rows_missing(probe: "Image.Image") -> str:
    """The note for a cut-short file: how many of its rows (counted from the bottom, in the
    file's own orientation) are blank; ImageRejected when too few were read."""
    pixels = np.asarray(probe.convert("RGB"))
    blank = np.all(pixels == _BLANK.get(probe.format, 0), axis=(1, 2))
    read = len(blank) - (int(np.argmin(blank[::-1])) if not blank.all() else len(blank))
    share = read / max(1, len(blank))
    if share < MIN_ROWS_READ:
        raise ImageRejected(
            f"truncated {probe.format}: the file is cut short and holds {share:.0%} of the picture's rows "
            f"(at least {MIN_ROWS_READ:.0%} are needed to publish it)"
        )
    if read == len(blank):
        return f"{probe.format} cut short (no end marker): the whole picture was in the file"
    return f"{probe.format} cut short: {read} of {len(blank)} rows were in the file; the rest is written blank"


def encode(img: np.ndarray, fmt: str, cfg: ImageConfig = ImageConfig()) -> bytes:
    """Encode from pixels alone: no EXIF, GPS, XMP, ICC or comments are carried over."""
    image = Image.fromarray(cv2.cvtColor(img, cv2.COLOR_BGR2RGB))
    out = io.BytesIO()
    options = {"quality": cfg.jpeg_quality, "subsampling": 0} if fmt == "JPEG" else {}
    if fmt == "WEBP":
        options = {"quality": cfg.jpeg_quality}
    image.save(out, format=fmt, **options)
    return out.getvalue()


# -- the colour path -------------------------------------------------------------------
_COLOURS = {
    "blue": ((100, 90, 50), (125, 255, 255)),
    "yellow": ((15, 90, 90), (35, 255, 255)),
    "green": ((35, 40, 90), (85, 255, 255)),
}


def find_plates_by_colour(img: np.ndarray, cfg: ImageConfig = ImageConfig()) -> list[Region]:
    """Plate-coloured rectangles of plate shape whose inside is full of vertical strokes."""
    h, w = img.shape[:2]
    scale = min(1.0, 1600 / max(h, w))
    small = cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else img
    hsv = cv2.cvtColor(small, cv2.COLOR_BGR2HSV)
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    edges = np.abs(cv2.Sobel(gray, cv2.CV_16S, 1, 0, ksize=3)) > 60
    regions = []
    for colour, (lo, hi) in _COLOURS.items():
        mask = cv2.inRange(hsv, np.array(lo), np.array(hi))
        mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 3)))
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            (cx, cy), (rw, rh), angle = cv2.minAreaRect(contour)
            long_side, short_side = max(rw, rh), min(rw, rh)
            if short_side < 6 or long_side < cfg.min_plate_width * scale:
                continue
            ratio = long_side / short_side
            if not 2.0 <= ratio <= 6.0:
                continue
            x, y, bw, bh = cv2.boundingRect(contour)
            # Plates lie within ±25° of horizontal, so their bounding box is wider than tall.
            if bw < 1.2 * bh or bw < cfg.min_plate_width * scale or bw * bh > 0.25 * small.shape[0] * small.shape[1]:
                continue
            fill = cv2.contourArea(contour) / max(1.0, rw * rh)
            density = float(edges[y : y + bh, x : x + bw].mean())
            if fill < 0.45 or density < 0.12:
                continue
            box = (int(x / scale), int(y / scale), int((x + bw) / scale), int((y + bh) / scale))
            regions.append(Region("CN_LICENSE_PLATE", box, min(1.0, 0.5 + density), f"colour:{colour}"))
    return regions


# -- the OCR path ----------------------------------------------------------------------
@functools.lru_cache(maxsize=4)
def _ocr_engine(threads: int) -> "_Ocr":
    try:
        from rapidocr import RapidOCR
        from rapidocr.utils.typings import OCRVersion
    except ImportError:  # fail closed, and say what to install
        raise ImageRejected(
            "no OCR: the 'rapidocr' package (which carries the PP-OCR models) is not installed; "
            "install it with: pip install 'rapidocr==3.10.0'"
        ) from None
    import logging

    models = _ppocr_models()
    engine = RapidOCR(params={
        "Global.log_level": "critical",
        "Det.ocr_version": OCRVersion.PPOCRV4, "Det.model_path": str(models / "ch_PP-OCRv4_det_infer.onnx"),
        "Rec.ocr_version": OCRVersion.PPOCRV4, "Rec.model_path": str(models / "ch_PP-OCRv4_rec_infer.onnx"),
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    })
    logging.getLogger("RapidOCR").setLevel(logging.CRITICAL)
    return _Ocr(engine)


def _ppocr_models() -> "Path":
    """PP-OCRv4's detector and recogniser, as shipped (``redact.model_files``)."""
    from redact import model_files

    folder = model_files.find("ppocr", "ch_PP-OCRv4_rec_infer.onnx")
    if folder is None:
        places = ", ".join(map(str, model_files.candidates("ppocr")))
        raise ImageRejected(f"no OCR models: ch_PP-OCRv4_*.onnx are in none of {places}")
    return folder


class _Ocr:
    """PP-OCR through RapidOCR: ``(img) -> [(points, text, score)]`` for detection and
    recognition, ``(img, detect=False) -> [(text, score)]`` to read a crop as one line.

    Every call states every switch: RapidOCR keeps the last call's settings otherwise.
    """

    def __init__(self, engine) -> None:
        self.engine = engine

    def __call__(self, img: np.ndarray, detect: bool = True) -> list:
        out = self.engine(img, use_det=detect, use_cls=False, use_rec=True, return_word_box=False,
                          return_single_char_box=False, text_score=0.0, box_thresh=0.5, unclip_ratio=1.6)
        texts, scores = out.txts or (), out.scores or ()
        if not detect:
            return list(zip(texts, (float(s) for s in scores)))
        boxes = out.boxes if out.boxes is not None else ()
        return [(points, text, float(score)) for points, text, score in zip(boxes, texts, scores)]


def read_text(img: np.ndarray, cfg: ImageConfig = ImageConfig()) -> list[tuple[Box, str, float]]:
    """Text lines in the image: (axis-aligned box, text, confidence).

    Lines are read as they stand: PP-OCR's angle classifier took upright lines (a tilted
    plate, a line of a scanned page) for upside-down ones, and recognition then read them
    backwards (赣L61936H as H9E61970) or not at all, which dropped an ID and a phone from a
    scanned page. A line read with little confidence is read again turned half a turn, for
    the page that really is upside down; every line the detector finds is kept.
    """
    import cv2

    engine = _ocr_engine(cfg.ocr_threads)
    lines = []
    for points, text, score in engine(img):
        pts = np.array(points, dtype=np.float32)
        x1, y1 = (int(v) for v in np.maximum(pts.min(axis=0), 0))
        x2, y2 = (int(np.ceil(v)) for v in pts.max(axis=0))
        if score < _WEAK_LINE and x2 > x1 and y2 > y1:
            turned = cv2.rotate(img[y1:y2, x1:x2], cv2.ROTATE_180)
            again = engine(turned, detect=False)
            if again and again[0][1] > score:
                text, score = again[0]
        if text.strip() and score >= _KEEP_LINE:
            lines.append(((x1, y1, x2, y2), text, float(score)))
    return lines


#: A line read with less confidence is read again, turned half a turn.
_WEAK_LINE = 0.5
#: Lines read with less confidence than this are noise (PP-OCR's own default is 0.5; what
#: we read badly we still check, since a half-read ID is still an ID).
_KEEP_LINE = 0.3


_SERIAL_ONLY = __import__("re").compile(r"^[·.\-]?[A-Z0-9]{0,2}[·.\-]?[A-Z0-9]{4,6}$")
#: Province characters OCR reads as their look-alikes (闵 for 闽, 翼 for 冀, traditional forms).
PROVINCE_SLIPS = {"闵": "闽", "翼": "冀", "晉": "晋", "蘇": "苏", "粵": "粤", "贛": "赣", "遼": "辽", "黒": "黑", "滬": "沪", "閩": "闽"}
_UPPER_ROW = __import__("re").compile(r"^[\u4e00-\u9fff][·.\- ]?[A-Z0-9]{1,2}$")  # 渝·D, 皖19: a double-row plate's top
_LOWER_ROW = __import__("re").compile(r"^[A-Z0-9]{4,5}$")  # 00796, 46673
#: A Macao plate (MP-61-78) or a Hong Kong plate's rows (LX / 8170) beside a Z cross-border plate.
_MACAO = __import__("re").compile(r"^[A-Z]{1,2}[-·. ]?\d{2}[-·. ]?\d{2}$")
#: A Z cross-border plate whose province OCR lost (ZBD60港).
_Z_WITHOUT_PROVINCE = __import__("re").compile(r"^Z[A-Z0-9]{4}[港澳]$")


def looks_like_plate(text: str) -> bool:
    """What OCR makes of plates in traffic photos, including its usual slips.

    A province + authority character (O read as 0) + at least 4 letters/digits; or, with the
    province lost, a serial of 5-7 upper-case letters and digits with both kinds in it
    (C·01701, B77TC9), or the lower row of a two-row plate (B2893).
    """
    from recognizers._text import normalize_width
    from recognizers.license_plate import PROVINCES

    t = normalize_width(text).strip()
    t = PROVINCE_SLIPS.get(t[:1], t[:1]) + t[1:]
    compact = t.replace("·", "").replace(" ", "").replace(".", "").replace("-", "")
    if _MACAO.match(t) or _Z_WITHOUT_PROVINCE.match(compact):
        return True
    if len(compact) >= 6 and compact[0] in PROVINCES and compact[1].isascii() and compact[1].isalnum():
        return sum(c.isascii() and c.isalnum() for c in compact[2:]) >= 4
    if not _SERIAL_ONLY.match(t) or not 5 <= len(compact) <= 7:
        return False
    letters = sum(c.isalpha() for c in compact)
    return 1 <= letters <= 3 and len(compact) - letters >= 3


def _cross_border_neighbours(regions: list[Region], lines) -> list[Region]:
    """The Hong Kong or Macao plate mounted beside a Z cross-border plate (粤Z·EV52港 with LX
    8170 above it): any short line of letters and digits within a plate's height above or below
    it, overlapping it across."""
    added = []
    for region in regions:
        if region.entity_type != "CN_LICENSE_PLATE" or not region.source.endswith(":cross-border"):
            continue
        x1, y1, x2, y2 = region.box
        height = y2 - y1
        for box, text, score in lines:
            bx1, by1, bx2, by2 = box
            near = by2 >= y1 - 1.6 * height and by1 <= y2 + 1.6 * height and bx1 < x2 and x1 < bx2
            plain = sum(ch.isascii() and ch.isalnum() for ch in text) >= 2
            if near and plain and box != region.box:  # the plates share a width: cover the Z plate's
                wide = (min(bx1, x1), by1, max(bx2, x2), by2)
                added.append(Region("CN_LICENSE_PLATE", wide, score * 0.9, "ocr:beside-cross-border"))
    return added


def _double_rows(lines) -> list[Region]:
    """Double-row plates read as two lines: the top (渝·D, 皖19) right above the serial (00796)."""
    from recognizers.license_plate import PROVINCES

    found = []
    for top, top_text, score in lines:
        t = top_text.strip()
        t = PROVINCE_SLIPS.get(t[:1], t[:1]) + t[1:]
        if not (_UPPER_ROW.match(t) and t[0] in PROVINCES):
            continue
        for low, low_text, _ in lines:
            height = low[3] - low[1]
            below = 0 <= low[1] - top[3] + 0.3 * height <= 0.8 * height and low[0] <= top[0] and top[2] <= low[2] + height
            if below and _LOWER_ROW.match(low_text.strip().replace("·", "")):
                box = (min(top[0], low[0]), top[1], max(top[2], low[2]), low[3])
                found.append(Region("CN_LICENSE_PLATE", box, score * 0.9, "ocr:double-row"))
    return found


#: Source prefix of a plate the policy keeps in photos (a public vehicle the caption names):
#: its box only tells the colour path that the plate is read, and is never blurred.
KEPT = "kept:"


def regions_from_text(lines, redactor: "Redactor", names=()) -> list[Region]:
    """Boxes of the text our recognizers flag; a plate read counts even when slightly misread.

    ``names``: names known from the rest of the document (a scanned page of a PDF), as for
    :meth:`redact.Redactor.analyze`.

    The policy decides: a class it keeps in text is kept in a photo too (a surname alone),
    except plates, whose classes kept in photos are ``images.keep_plate_classes`` (none by
    default: every plate in a photo is blurred).
    """
    regions = []
    joined, starts = joined_lines(lines)
    cut = per_line(redactor.analyze(joined, names=names) if joined else [], lines, starts)
    for n, (box, text, score) in enumerate(lines):
        findings = cut[n]
        if looks_like_plate(text) and not any(f.entity_type == "CN_LICENSE_PLATE" for f in findings):
            cross = ":cross-border" if text.strip()[-1:] in ("港", "澳") else ""
            regions.append(Region("CN_LICENSE_PLATE", _with_upper_row(box, lines, n), score * 0.9, "ocr:plate-shape" + cross))
            continue
        x1, y1, x2, y2 = box
        for f in findings:
            kept = redactor.policy.kept_in_photo(f)
            if kept:  # published on purpose; a plate's box stays known, so colour finds skip it
                if f.entity_type == "CN_LICENSE_PLATE" and f.end - f.start >= len(text) * 0.8:
                    regions.append(Region(f.entity_type, box, f.score, KEPT + kept))
                continue
            # Within a caption line, redact the characters' share of the box (plus margin later).
            if f.end - f.start >= len(text) * 0.8:
                sub = box
            else:
                edges = _char_edges(text, x2 - x1)
                sub = (int(x1 + edges[f.start]), y1, int(np.ceil(x1 + edges[f.end])), y2)
            cross = f.entity_type == "CN_LICENSE_PLATE" and f.subtype in ("hong_kong", "macao")
            regions.append(Region(f.entity_type, sub, min(score, f.score), f"ocr:{f.recognizer}" + (":cross-border" if cross else "")))
    regions += _double_rows(lines)
    regions += _cross_border_neighbours(regions, lines)
    return regions


def joined_lines(lines) -> tuple[str, list[int]]:
    """The OCR lines as one text, a line per row, and where each line starts in it.

    What an image shows is read as one document, as a text file is: a value wrapped onto the
    next line (an ID cut at a scanned page's right edge) is found whole, and a name's cue on
    one line counts for the next.
    """
    starts, position = [], 0
    for _, text, _ in lines:
        starts.append(position)
        position += len(text) + 1
    return "\n".join(text for _, text, _ in lines), starts


def per_line(findings, lines, starts) -> list[list]:
    """Findings of the joined text, each cut into its share of every line it runs over (in
    that line's offsets)."""
    import dataclasses

    cut: list[list] = [[] for _ in lines]
    for f in findings:
        for n, start in enumerate(starts):
            end = start + len(lines[n][1])
            if f.start < end and start < f.end:
                cut[n].append(dataclasses.replace(f, start=max(f.start, start) - start, end=min(f.end, end) - start))
    return cut


def _char_edges(text: str, width: float) -> list[float]:
    """Where each character of an OCR line starts (and the last ends), in pixels from its left:
    Latin letters, digits and half-width punctuation take about half the width of a Han
    character, so an even split put a name's box a character off after a run of digits."""
    weights = [0.55 if ch.isascii() else 1.0 for ch in text]
    unit = width / max(sum(weights), 1e-6)
    edges = [0.0]
    for w in weights:
        edges.append(edges[-1] + w * unit)
    return edges


def _with_upper_row(box: Box, lines, n: int) -> Box:
    """Two-row plates (trucks, buses) are read as two lines: 粤·A above B2893. Join a short line just above."""
    x1, y1, x2, y2 = box
    height = y2 - y1
    for k, (other, text, _) in enumerate(lines):
        ox1, oy1, ox2, oy2 = other
        if k != n and len(text.strip()) <= 4 and oy2 <= y1 + height * 0.3 and oy2 >= y1 - height and ox1 < x2 and x1 < ox2:
            return min(x1, ox1), min(y1, oy1), max(x2, ox2), y2
    return box


# -- boxes and blurring ----------------------------------------------------------------
def expand(box: Box, cfg: ImageConfig, shape: tuple[int, ...]) -> Box:
    """Grow a box on every side by a share of its height (at least ``min_margin_px``), clipped."""
    x1, y1, x2, y2 = box
    pad = max(cfg.min_margin_px, int(round((y2 - y1) * cfg.margin)))
    h, w = shape[:2]
    return max(0, x1 - pad), max(0, y1 - pad), min(w, x2 + pad), min(h, y2 + pad)


def blur(img: np.ndarray, boxes: list[Box], cfg: ImageConfig = ImageConfig()) -> np.ndarray:
    """Destroy the detail inside each box; the input array is not modified."""
    out = img.copy()
    for x1, y1, x2, y2 in boxes:
        patch = out[y1:y2, x1:x2]
        if patch.size == 0:
            continue
        if cfg.style == "fill":
            patch[:] = patch.reshape(-1, patch.shape[-1]).mean(axis=0).astype(patch.dtype)
        elif cfg.style == "mosaic":
            cells = max(1, min(patch.shape[0], patch.shape[1]) // 8)
            tiny = cv2.resize(patch, (max(1, patch.shape[1] // cells), max(1, patch.shape[0] // cells)), interpolation=cv2.INTER_AREA)
            patch[:] = cv2.resize(tiny, (patch.shape[1], patch.shape[0]), interpolation=cv2.INTER_NEAREST)
        else:
            k = max(3, (max(patch.shape[0], patch.shape[1]) // 2) | 1)
            patch[:] = cv2.GaussianBlur(patch, (k, k), 0)
            # A second, coarser pass: one Gaussian over a large plate still leaves strokes.
            tiny = cv2.resize(patch, (max(1, patch.shape[1] // 6), max(1, patch.shape[0] // 6)), interpolation=cv2.INTER_AREA)
            patch[:] = cv2.GaussianBlur(cv2.resize(tiny, (patch.shape[1], patch.shape[0])), (k, k), 0)
    return out


def merge(regions: list[Region]) -> list[Region]:
    """Drop regions contained in a bigger one; overlapping plate finds from both paths remain one."""
    regions = sorted(regions, key=lambda r: -(r.box[2] - r.box[0]) * (r.box[3] - r.box[1]))
    kept: list[Region] = []
    for r in regions:
        x1, y1, x2, y2 = r.box
        if any(k.box[0] <= x1 and k.box[1] <= y1 and k.box[2] >= x2 and k.box[3] >= y2 for k in kept):
            continue
        kept.append(r)
    return kept


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def confirm_colour_regions(img: np.ndarray, colour: list[Region], found: list[Region], cfg: ImageConfig) -> list[Region]:
    """Keep colour finds the OCR path did not already cover, and only those whose crop reads as a plate.

    Blue signs, yellow taxis and green trees have plate colours; characters in a plate's
    layout they rarely have. Reading a crop costs ~10 ms (recognition only, no detection).
    """
    kept = []
    for region in colour:
        if any(r.entity_type == "CN_LICENSE_PLATE" and _overlaps(r.box, region.box) for r in found):
            continue  # the text-confirmed box is tighter
        x1, y1, x2, y2 = region.box
        if _cut_by_frame(region.box, img.shape) and region.score >= FRAME_CUT_SCORE:
            # A plate the photo's edge cuts cannot be read whole, and what shows of it is still
            # part of a number: plate-coloured, plate-shaped, dense with strokes is enough.
            kept.append(Region(region.entity_type, region.box, region.score, region.source + "+frame"))
            continue
        result = _ocr_engine(cfg.ocr_threads)(img[y1:y2, x1:x2], detect=False)
        text = result[0][0] if result else ""
        if looks_like_plate(text) or sum(c.isascii() and c.isalnum() for c in text) >= 4:
            kept.append(Region(region.entity_type, region.box, region.score, region.source + "+read"))
    return kept


#: The colour path's score (0.5 + stroke density) a plate cut by the frame needs to be kept
#: unread: strokes over at least a third of its box.
FRAME_CUT_SCORE = 0.83


def _cut_by_frame(box: Box, shape: tuple[int, ...]) -> bool:
    """The box touches the left, right or bottom edge of the photo (a plate half out of frame)."""
    x1, _, x2, y2 = box
    h, w = shape[:2]
    return x1 <= 1 or x2 >= w - 1 or y2 >= h - 1


def redact_array(
    img: np.ndarray, redactor: Optional["Redactor"], cfg: ImageConfig = ImageConfig(), *, names=(), lines=None,
) -> tuple[np.ndarray, list[Region]]:
    """Find plates, flagged caption text and faces, blur them; return (new image, regions before margins).

    ``names``: names known from the rest of the document; ``lines``: the image's OCR lines
    (``read_text``) when the caller has read them already.

    Faces are blurred as found (the detector's box already runs brow to chin); plates and
    text get the margin of ``expand``. Raises ``ImageRejected`` when faces must be looked
    for and no detector is installed (fail closed).
    """
    colour = find_plates_by_colour(img, cfg) if cfg.use_colour else []
    if cfg.use_ocr and redactor is not None:
        regions = regions_from_text(read_text(img, cfg) if lines is None else lines, redactor, names)
        regions += confirm_colour_regions(img, colour, regions, cfg)
        regions = [r for r in regions if not r.source.startswith(KEPT)]
    else:
        regions = colour
    regions = [r for r in merge(regions) if r.box not in cfg.rejected_boxes]
    regions += [Region(etype, box, 1.0, "reviewer") for etype, box in cfg.added_boxes]  # redact.review
    boxes = [expand(r.box, cfg, img.shape) for r in regions]
    if redactor is None or redactor.policy.faces:
        faces = [r for r in find_faces_or_reject(img) if r.box not in cfg.rejected_boxes]
        regions += faces
        boxes += [r.box for r in faces]
    return blur(img, boxes, cfg), regions


def find_faces_or_reject(img: np.ndarray) -> list[Region]:
    """The faces in ``img``; ``ImageRejected`` when no face detector is installed."""
    from redact.faces import FaceDetectorMissing, find_faces

    try:
        return find_faces(img)
    except FaceDetectorMissing as err:
        raise ImageRejected(str(err)) from None


def redact_image_bytes(data: bytes, name: str, redactor: Optional["Redactor"], cfg: ImageConfig = ImageConfig()) -> tuple[bytes, ImageResult]:
    """Bytes in, bytes out (same format and size, metadata stripped)."""
    img, content, cut = read_image(data, name, cfg)
    out, regions = redact_array(img, redactor, cfg)
    fmt = output_format(name, content)
    renamed = f"{content} data behind a {name.rsplit('.', 1)[-1].lower()} name: written as {fmt}" if fmt != content else None
    note = "; ".join(n for n in (cut, renamed) if n) or None
    return encode(out, fmt, cfg), ImageResult(regions, img.shape[1], img.shape[0], note)
