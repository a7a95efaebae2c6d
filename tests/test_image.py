"""Images: plates found and made unreadable, metadata stripped, bad input rejected cleanly."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest
from PIL import Image

import redact
from benchmarks.corpus import Gen
from benchmarks.scenes import composite, jpeg_bytes, scene
from redact.image import ImageConfig, ImageRejected, blur, decode, expand, read_text
from redact.batch import state_dir


@pytest.fixture(scope="module")
def photo(tmp_path_factory):
    """A generated scene whose plate the OCR path can read, saved with EXIF incl. GPS."""
    g = Gen(11)
    for _ in range(20):
        img, boxes, text = scene(g, 800, 600)
        lines = read_text(np.asarray(img)[:, :, ::-1].copy())
        if any(t.replace("·", "")[-4:] in text.replace(" ", "") for _, t, _ in lines):
            break
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    exif[0x8825] = {1: "N", 2: (36.0, 11.0, 0.0)}  # GPS IFD
    exif[0x0112] = 1
    path = tmp_path_factory.mktemp("img") / "photo.jpg"
    img.save(path, format="JPEG", quality=95, exif=exif, comment=b"camera 12 at crossing")
    return path, boxes, text


def test_plate_is_found_and_unreadable_afterwards(redactor, photo, tmp_path):
    path, boxes, text = photo
    dst = tmp_path / "out.jpg"
    result = redactor.redact_image(path, dst)
    assert any(r.entity_type == "CN_LICENSE_PLATE" for r in result.regions)
    (x1, y1, x2, y2), = boxes
    covered = [r for r in result.regions if r.box[0] < x2 and x1 < r.box[2] and r.box[1] < y2 and y1 < r.box[3]]
    assert covered, "the plate's box must be among the regions"
    out = np.asarray(Image.open(dst))[:, :, ::-1].copy()
    after = " ".join(t for _, t, _ in read_text(out))
    serial = text.replace(" ", "").replace("·", "")[-4:]
    assert serial not in after.replace("·", "")


def test_output_same_format_size_no_metadata(redactor, photo, tmp_path):
    path, _, _ = photo
    dst = tmp_path / "out.jpg"
    redactor.redact_image(path, dst)
    src, out = Image.open(path), Image.open(dst)
    assert out.format == "JPEG" and out.size == src.size
    assert src.getexif() and not out.getexif()
    assert "exif" not in out.info and "comment" not in out.info and "xmp" not in out.info


def test_exif_orientation_is_applied(tmp_path):
    img = Image.new("RGB", (40, 20), (255, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise when shown
    buf = io.BytesIO()
    img.save(buf, format="JPEG", exif=exif)
    arr, fmt = decode(buf.getvalue(), "x.jpg")
    assert fmt == "JPEG" and arr.shape[:2] == (40, 20)


def _gif() -> bytes:
    buf = io.BytesIO()
    Image.new("P", (20, 20)).save(buf, format="GIF")
    return buf.getvalue()


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (20, 20)).save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        pytest.param(b"", "a.jpg", "empty file", id="zero-bytes"),
        pytest.param(b"hello, not an image", "a.jpg", "not an image", id="not-an-image"),
        pytest.param(_gif(), "a.jpg", "GIF data, which is not a supported", id="gif-behind-jpg"),
        pytest.param(jpeg_bytes(Image.new("RGB", (64, 64), (9, 9, 9)))[:300], "a.jpg", "truncated", id="truncated-jpeg"),
        pytest.param(_png()[:60], "a.png", "truncated", id="truncated-png"),
    ],
)
def test_bad_input_is_rejected(data, name, message):
    with pytest.raises(ImageRejected, match=message):
        decode(data, name)


def test_pixel_limit(tmp_path, redactor):
    big = io.BytesIO()
    Image.new("L", (3000, 3000)).save(big, format="PNG")
    with pytest.raises(ImageRejected, match="over the limit"):
        decode(big.getvalue(), "big.png", ImageConfig(max_pixels=1_000_000))
    src = tmp_path / "broken.jpg"
    src.write_bytes(_png()[:60])
    with pytest.raises(ImageRejected):
        redactor.redact_image(src, tmp_path / "never.jpg")
    assert not (tmp_path / "never.jpg").exists()


@pytest.mark.parametrize("style", ["gaussian", "mosaic", "fill"])
def test_blur_styles_destroy_detail(style):
    rng = np.random.default_rng(0)
    img = rng.integers(0, 255, (100, 200, 3), dtype=np.uint8)
    out = blur(img, [(50, 30, 150, 70)], ImageConfig(style=style))
    inside = out[30:70, 50:150].astype(float)
    assert np.abs(np.diff(inside, axis=1)).mean() < 0.25 * np.abs(np.diff(img[30:70, 50:150].astype(float), axis=1)).mean()
    assert (out[:30] == img[:30]).all()


def test_expand_over_covers_and_clips():
    assert expand((10, 10, 110, 40), ImageConfig(margin=0.2), (50, 200, 3)) == (4, 4, 116, 46)
    assert expand((0, 0, 10, 10), ImageConfig(margin=1.0), (12, 12, 3)) == (0, 0, 12, 12)


def test_composite_caption_text_is_redacted(redactor, tmp_path):
    g = Gen(3)
    img, boxes, caption = composite(g)
    src = tmp_path / "sheet.png"
    img.save(src)
    result = redactor.redact_image(src, tmp_path / "sheet_out.png")
    strip_top = 2 * 480
    caption_regions = [r for r in result.regions if r.box[1] >= strip_top - 5]
    assert {r.entity_type for r in caption_regions} >= {"CN_LICENSE_PLATE", "PERSON"}


def test_array_api(redactor):
    g = Gen(2)
    img, _, _ = scene(g, 640, 480)
    arr = np.asarray(img)[:, :, ::-1].copy()
    out, regions = redactor.redact_image_array(arr)
    assert out.shape == arr.shape and out is not arr
    assert all(isinstance(r, redact.image.Region) for r in regions)


@pytest.mark.parametrize(("content", "name", "written"), [("PNG", "photo.jpg", "JPEG"), ("JPEG", "photo.png", "PNG"), ("WEBP", "photo.jpeg", "JPEG")])
def test_content_decides_not_the_name(tmp_path, redactor, content, name, written):
    """A photo behind the wrong extension is redacted, written in the format its name promises,
    and the audit log says so."""
    import redact

    img = Image.new("RGB", (64, 48), (40, 90, 160))
    buf = io.BytesIO()
    img.save(buf, format=content)
    arr, fmt = decode(buf.getvalue(), name)
    assert fmt == content and arr.shape[:2] == (48, 64)
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / name).write_bytes(buf.getvalue())
    summary = redact.run(src, out, progress=False)
    assert summary.ok
    assert Image.open(out / name).format == written
    records = [json.loads(line) for line in (state_dir(out) / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    note = next(r for r in records if r["type"] == "file")["note"]
    assert note.startswith(f"{content} data behind") and note.endswith(f"written as {written}")


def test_a_photo_cut_short_is_read_as_far_as_it_goes(tmp_path, redactor):
    """A JPEG without its end marker (an app that drops it, a download stopped at the last
    bytes) is a whole photo: its plate is found and blurred, and the audit log says what was cut.
    Cut at 70%, the rows it holds are redacted and the rest written blank; with less than half
    of the rows in the file it is refused, in words."""
    photo, plates, _ = scene(Gen(3), 800, 600)
    whole = jpeg_bytes(photo)
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "no_marker.jpg").write_bytes(whole[:-2])
    (src / "stopped.jpg").write_bytes(whole[: int(len(whole) * 0.7)])
    (src / "mostly_missing.jpg").write_bytes(whole[: int(len(whole) * 0.2)])
    summary = redact.run(src, out, progress=False)
    assert [(rel, reason.split(":")[0]) for rel, reason in summary.quarantined] == [("mostly_missing.jpg", "truncated JPEG")]
    records = {r["file"]: r for r in map(json.loads, (state_dir(out) / "audit.jsonl").read_text(encoding="utf-8").splitlines())
               if r["type"] == "file"}
    assert records["no_marker.jpg"]["note"] == "JPEG cut short (no end marker): the whole picture was in the file"
    assert records["stopped.jpg"]["note"].startswith("JPEG cut short: ") and "written blank" in records["stopped.jpg"]["note"]
    plate = plates[0]
    arr, _ = decode(whole, "a.jpg")
    published, _ = decode((out / "no_marker.jpg").read_bytes(), "a.jpg")
    x1, y1, x2, y2 = plate
    assert np.abs(published[y1:y2, x1:x2].astype(int) - arr[y1:y2, x1:x2].astype(int)).mean() > 10  # blurred
    stopped, _ = decode((out / "stopped.jpg").read_bytes(), "a.jpg")
    assert stopped.shape == arr.shape and np.all(np.abs(stopped[-8:].astype(int) - 128) <= 2)  # the missing rows, blank


def test_policy_decides_which_plates_photos_keep():
    """Every plate in a photo is blurred by default, a police plate too (text keeps it); a policy
    that names the class in images.keep_plate_classes keeps it in photos, the private plate beside
    it is blurred all the same."""
    import cv2 as _cv2

    import redact
    from benchmarks.scenes import plate_image

    canvas = Image.new("RGB", (800, 600), (120, 120, 120))
    canvas.paste(plate_image("晋J1234警", "white", 60), (100, 400))
    canvas.paste(plate_image("晋J·A12B3", "blue", 60), (450, 400))
    arr = _cv2.cvtColor(np.asarray(canvas), _cv2.COLOR_RGB2BGR)
    police, private = (100, 400, 292, 460), (450, 400, 642, 460)

    def blurred(regions, box):
        return any(r.box[0] < box[2] and box[0] < r.box[2] and r.box[1] < box[3] and box[1] < r.box[3] for r in regions)

    _, regions = redact.Redactor().redact_image_array(arr)
    assert blurred(regions, private) and blurred(regions, police)
    _, regions = redact.Redactor({"images": {"keep_plate_classes": ["police"]}}).redact_image_array(arr)
    assert blurred(regions, private) and not blurred(regions, police)
    with pytest.raises(redact.PolicyError, match="images.keep_plate_classes"):
        redact.Redactor({"images": {"keep_plate_classes": ["polce"]}})


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(  # a Z cross-border plate and the Hong Kong plate above it, read in two rows
            [((949, 1948, 1077, 2012), "LX", 0.98), ((926, 1999, 1102, 2073), "8170", 0.95), ((859, 2076, 1173, 2168), "粤Z·EV52港", 0.97)],
            [(859, 2076, 1173, 2168), (859, 1948, 1173, 2012), (859, 1999, 1173, 2073)],
            id="cross-border-pair",
        ),
        pytest.param(  # the province lost by OCR, the Hong Kong plate above half read
            [((889, 1474, 1131, 1616), "333", 0.74), ((888, 1623, 1156, 1708), "ZBD60港", 0.99)],
            [(888, 1623, 1156, 1708), (888, 1474, 1156, 1616)],
            id="cross-border-without-province",
        ),
        pytest.param(
            [((405, 272, 583, 326), "粤Z·J541澳", 0.96), ((405, 314, 590, 367), "MP-61-78", 1.0)],
            [(405, 272, 583, 326), (405, 314, 590, 367)],
            id="macao-pair",
        ),
        pytest.param(  # a double-row yellow plate: 渝·D above 00796
            [((319, 123, 380, 146), "00796", 1.0), ((333, 115, 367, 126), "渝·D", 0.71)],
            [(319, 115, 380, 146)],
            id="double-row",
        ),
        pytest.param([((80, 81, 146, 113), "闵D·G065G", 0.92)], [(80, 81, 146, 113)], id="province-read-as-look-alike"),
        pytest.param([((10, 10, 90, 30), "平等", 0.99), ((10, 50, 90, 70), "欢迎光临", 0.99)], [], id="banner-words"),
    ],
)
def test_plate_reads_in_photos(redactor, lines, expected):
    """What OCR makes of special plates (rows, lost provinces, look-alike characters), deterministically."""
    from redact.image import regions_from_text

    boxes = [r.box for r in regions_from_text(lines, redactor) if r.entity_type == "CN_LICENSE_PLATE"]
    assert all(any(_contains(b, e) for b in boxes) for e in expected), boxes
    if not expected:
        assert regions_from_text(lines, redactor) == []


def test_lines_are_read_as_one_text(redactor):
    """An ID cut at a scanned page's edge, its end on the next line: both parts are blurred."""
    from redact.image import regions_from_text

    lines = [
        ((112, 243, 1123, 277), "址：北京市六安市金平六安路R座，联系电话：0891-6855855，驾驶证号：450103196302", 0.99),
        ((112, 290, 218, 318), "104506。", 0.96),
    ]
    ids = [r.box for r in regions_from_text(lines, redactor) if r.entity_type == "CN_RESIDENT_ID"]
    assert len(ids) == 2 and ids[0][2] >= 1120 and ids[0][0] > 900 and ids[1][:2] == (112, 290)
    assert [r.entity_type for r in regions_from_text(lines[1:], redactor)] == []  # the tail alone is nothing


def _contains(outer, inner) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and outer[2] >= inner[2] and outer[3] >= inner[3]


def test_no_ocr_installed_names_the_package(monkeypatch, redactor):
    """A plain pip install has no OCR: the photo is quarantined with the package to install named."""
    import builtins

    import redact
    from redact import image as image_module

    real_import = builtins.__import__

    def without_rapidocr(name, *args, **kwargs):
        if name.startswith("rapidocr"):
            raise ModuleNotFoundError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_rapidocr)
    image_module._ocr_engine.cache_clear()
    try:
        outcome = redact.process_file(jpeg_bytes(Image.new("RGB", (64, 48), (9, 90, 9))), "photo.jpg", redactor)
    finally:
        monkeypatch.undo()
        image_module._ocr_engine.cache_clear()
    assert outcome.status == "quarantined" and "pip install 'rapidocr==3.10.0'" in outcome.reason


def _blue_band_at_left_edge(strokes: bool) -> np.ndarray:
    """A street-grey photo with a blue plate half out of frame at its left edge."""
    img = np.full((300, 480, 3), 128, np.uint8)
    img[150:172, 0:44] = (170, 70, 10)  # BGR: plate blue (hue ~108)
    if strokes:
        for x in range(3, 42, 6):
            img[154:168, x : x + 2] = 245  # the characters' vertical strokes
    return img


def test_a_plate_cut_by_the_frame_is_blurred_unread(redactor):
    """What shows of a plate the photo's edge cuts cannot be read as a plate, but it is one."""
    _, regions = redactor.redact_image_array(_blue_band_at_left_edge(strokes=True))
    assert any(r.entity_type == "CN_LICENSE_PLATE" and r.box[0] == 0 and r.source.endswith("+frame") for r in regions)
    _, regions = redactor.redact_image_array(_blue_band_at_left_edge(strokes=False))
    assert not [r for r in regions if r.entity_type == "CN_LICENSE_PLATE"]  # a blue sign without strokes stays
