"""One registration list: every recognizer is registered, documented and tested."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import recognizers
from redact.engine import build_registry
from recognizers.entities import ENTITIES
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
    # the entity's facts: its row of recognizers.entities, carried by the class
    facts = cls.FACTS
    assert (cls.ENTITY, cls.CLASSES, cls.PLACEHOLDER, cls.PRIORITY, cls.HEADER_WORDS) == (
        facts.entity, facts.classes, facts.placeholder, facts.priority, facts.header_words
    )
    assert cls.PLACEHOLDER.startswith("〔") and isinstance(cls.PRIORITY, int) and cls.HEADER_WORDS


def test_every_entity_type_has_a_recognizer():
    covered = {cls().get_supported_entities()[0] for cls in recognizers.ALL}
    assert covered == set(ENTITY_TYPES)
    # the facts table lists the types in registration order, without Presidio loaded
    assert tuple(dict.fromkeys(cls.ENTITY for cls in recognizers.ALL)) == tuple(f.entity for f in ENTITIES)


def test_reading_a_policy_loads_no_recognizer():
    """What a Dask client imports (the run, the policy, its facts) leaves Presidio, spaCy and
    jieba unloaded; the recognizers load when first asked for."""
    code = (
        "import sys, redact.batch, redact.dask_runner, recognizers; from redact.policy import Policy; "
        "Policy.load('court', check_values=False); "
        "print(sorted(m for m in ('presidio_analyzer', 'presidio_anonymizer', 'spacy', 'jieba') if m in sys.modules)); "
        "recognizers.ALL; print('presidio_analyzer' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.split() == ["[]", "True"]
