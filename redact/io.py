"""Writing files so that a crash never leaves a half-written file that looks complete."""

from __future__ import annotations

import os
from pathlib import Path


def atomic_write(path: "str | os.PathLike[str]", data: bytes, durable: bool = True) -> None:
    """Write to a temporary sibling, fsync (unless ``durable`` is False), rename over the target.

    The rename is what guarantees that no half-written file ever appears under the
    target name. ``durable=False`` skips the fsync for outputs whose manifest hash is
    checked before they are trusted again (``redact run``'s resume does that), so a
    power cut can at worst cost a redo.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
