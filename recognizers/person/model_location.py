"""Where the PERSON model's files are, apart from the model itself: a run's header and its
detector digest name the model without loading spaCy.

Looked for in order: ``$REDACT_PERSON_MODEL``, the checkout's ``models/person_ner``, then
``<sys.prefix>/share/redact/models/person_ner`` (installed wheels).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MODEL_ENV = "REDACT_PERSON_MODEL"


class PersonModelNotFound(RuntimeError):
    """The trained model is missing: say where it was looked for and how to get it."""


def model_path() -> Path:
    """The first place that holds the model (see module docstring)."""
    candidates = []
    if os.environ.get(MODEL_ENV):
        candidates.append(Path(os.environ[MODEL_ENV]))
    candidates.append(Path(__file__).resolve().parents[2] / "models" / "person_ner")
    candidates.append(Path(sys.prefix) / "share" / "redact" / "models" / "person_ner")
    for path in candidates:
        if (path / "config.cfg").exists():
            return path
    raise PersonModelNotFound(
        "the PERSON model was not found (looked in: "
        + ", ".join(str(p) for p in candidates)
        + f"); set {MODEL_ENV} or reproduce it with models/train_person_ner.py"
    )
