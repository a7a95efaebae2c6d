"""Where the models redact ships are found: the checkout's ``models/NAME`` or, in an installed
wheel, ``<sys.prefix>/share/redact/models/NAME`` (pyproject.toml's data-files)."""

from __future__ import annotations

import sys
from pathlib import Path


def candidates(name: str) -> list[Path]:
    return [
        Path(__file__).resolve().parent.parent / "models" / name,
        Path(sys.prefix) / "share" / "redact" / "models" / name,
    ]


def find(name: str, file: str, extra: tuple[Path, ...] = ()) -> Path | None:
    """The first folder of ``candidates(name)`` (then ``extra``) that holds ``file``, or None."""
    for folder in [*candidates(name), *extra]:
        if (folder / file).is_file():
            return folder
    return None
