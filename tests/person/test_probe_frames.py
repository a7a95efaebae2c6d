"""The fresh-check groups of ``benchmarks/probe_frames.py`` as a floor.

Each group was written after the one before it had been mended and scored before any mend
for it, so together they are the nearest thing to held-out text the PERSON layer has in
the repository. Over the benchmark's ten seeds the layer must not fall below what it
measured when the floor was set (recall, precision, truncated to three places).
"""

from __future__ import annotations

import pytest

from benchmarks import probe_frames

FLOORS = {
    "fresh-check": (0.995, 0.997),
    "fresh-check-2": (0.998, 0.999),
    "fresh-check-3": (0.998, 1.0),
    "fresh-check-4": (0.982, 0.993),
    "fresh-check-5": (0.995, 0.998),
    "fresh-check-6": (0.991, 0.992),
    "fresh-check-7": (0.984, 0.988),
}


def test_every_fresh_check_group_has_a_floor():
    assert set(FLOORS) == {group for group in probe_frames.TEMPLATES if group.startswith("fresh-check")}


@pytest.mark.parametrize("group", sorted(FLOORS))
def test_fresh_check_group_stays_above_its_floor(redactor, group):
    recall, precision = probe_frames.rates(probe_frames.score_group(redactor, group, probe_frames.SEEDS))
    floor_recall, floor_precision = FLOORS[group]
    assert recall >= floor_recall and precision >= floor_precision, (group, recall, precision)
