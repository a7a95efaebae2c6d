"""Writing files so that a crash never leaves a half-written file that looks complete."""

from __future__ import annotations

import os
from pathlib import Path


def atomic_write(path: "str | os.PathLike[str]", data: bytes) -> None:
    """Write to a temporary sibling, fsync, rename over the target."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
