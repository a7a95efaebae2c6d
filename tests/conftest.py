"""Shared fixtures. Test data is generated here (Faker zh_CN + benchmarks.corpus), never read from ../shared."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# CI replays the same examples every run (a red CI must mean a regression, not a new draw);
# local runs keep exploring and store what they find in .hypothesis/.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import redact  # noqa: E402
from benchmarks.corpus import Gen  # noqa: E402


@pytest.fixture(scope="session")
def redactor() -> redact.Redactor:
    """The default-policy Redactor, built once: construction is the slow part."""
    return redact.Redactor()


@pytest.fixture()
def gen() -> Gen:
    return Gen(seed=1234)


def spans(redactor: redact.Redactor, text: str, entity_type: str | None = None) -> list[tuple[str, str]]:
    """(type, matched text) pairs, optionally of one type."""
    return [
        (f.entity_type, text[f.start : f.end])
        for f in redactor.analyze(text)
        if entity_type is None or f.entity_type == entity_type
    ]


def person_names(redactor: redact.Redactor, text: str) -> list[str]:
    """The matched text of the PERSON findings, in order."""
    return [value for _, value in spans(redactor, text, "PERSON")]


def family_names(family, text: str) -> list[str]:
    """What one PERSON rule family reads in ``text``, alone (in the order it reads them)."""
    from recognizers._text import normalize_width

    return [text[start:end] for start, end in family.find(normalize_width(text))]


def rule_layer_names(text: str) -> list[str]:
    """What the PERSON rule layer finds without the model (the model would hide a rule that
    stopped working)."""
    from recognizers.person import ChinesePersonRuleRecognizer

    return [text[r.start : r.end] for r in ChinesePersonRuleRecognizer().analyze(text, ["PERSON"])]
