"""What a non-editable install ships: every subpackage, the presets, the PERSON model."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_subpackage_is_included():
    include = CONFIG["packages"]["find"]["include"]
    packages = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for top in ("redact", "recognizers")
        for p in (ROOT / top).rglob("__init__.py")
    }
    missing = [pkg for pkg in packages if not any(fnmatch.fnmatch(pkg, pattern) for pattern in include)]
    assert missing == []


def test_model_files_are_shipped_as_data_files():
    shipped = {f for files in CONFIG["data-files"].values() for pattern in files for f in ROOT.glob(pattern)}
    for name in ("person_ner", "ppocr", "centerface"):  # a plain pip install is the complete tool
        model = {p for p in (ROOT / "models" / name).rglob("*") if p.is_file()}
        assert model and model <= shipped, name
