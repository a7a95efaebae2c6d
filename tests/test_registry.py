"""One registration list: every recognizer is registered, documented and tested."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import recognizers
from redact.engine import build_registry
from redact.policy import ENTITY_TYPES

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("cls", recognizers.ALL, ids=lambda c: c.__name__)
def test_recognizer_is_registered_documented_and_tested(cls):
    names = {type(r).__name__ for r in build_registry().recognizers}
    assert cls.__name__ in names
    assert cls.__name__ in (ROOT / "README.md").read_text(encoding="utf-8"), "document it in README"
    module = Path(inspect.getfile(cls)).relative_to(ROOT / "recognizers")  # person/rules.py → tests/person/test_rules.py
    tests = ROOT / "tests" / module.parent / f"test_{module.stem}.py"
    assert tests.exists(), f"{tests.relative_to(ROOT)} is missing"


@pytest.mark.parametrize("cls", recognizers.ALL, ids=lambda c: c.__name__)
def test_recognizer_anatomy(cls):
    instance = cls()  # constructible with no arguments
    assert instance.supported_language == "zh"
    assert instance.get_supported_entities()[0] in ENTITY_TYPES
    assert isinstance(cls.PATTERNS, tuple) and isinstance(cls.CONTEXT, tuple)
    assert cls.PATTERNS or cls.__name__.endswith("NerRecognizer"), "pattern recognizers declare PATTERNS"
    assert instance.context == list(cls.CONTEXT)
    # the entity's facts, declared on the class (redact.policy, resolve and columns derive theirs)
    assert cls.PLACEHOLDER.startswith("〔") and isinstance(cls.PRIORITY, int) and cls.HEADER_WORDS
    assert isinstance(cls.CLASSES, tuple)


def test_every_entity_type_has_a_recognizer():
    covered = {cls().get_supported_entities()[0] for cls in recognizers.ALL}
    assert covered == set(ENTITY_TYPES)
