"""redact: de-identify Chinese government publications before they go public.

    import redact
    r = redact.Redactor()                  # default policy "bulletin"; offline
    r.redact_text("驾驶人张伟驾驶晋J·A12B3").text   # '驾驶人张某驾驶晋J·***B3'

See README.md and ../shared/CONTRACT.md for the public API.
"""

from typing import TYPE_CHECKING

from redact._version import __version__
from redact.check import CheckReport, check  # light; and bound now, so the submodule never shadows the function

# What `import redact` offers, loaded on first use: the command line's --help and a usage error
# then answer at once instead of after the models' libraries (spaCy, Presidio) have loaded.
_LAZY = {
    "audit": ("redact.audit", None),
    "RunSummary": ("redact.batch", "RunSummary"), "run": ("redact.batch", "run"),
    "FileRejected": ("redact.errors", "FileRejected"), "PolicyError": ("redact.errors", "PolicyError"),
    "RedactError": ("redact.errors", "RedactError"), "RunInterrupted": ("redact.errors", "RunInterrupted"),
    "SecretKeyError": ("redact.errors", "SecretKeyError"), "UsageError": ("redact.errors", "UsageError"),
    "FileOutcome": ("redact.fileproc", "FileOutcome"), "process_file": ("redact.fileproc", "process_file"),
    "Finding": ("redact.findings", "Finding"), "TextResult": ("redact.findings", "TextResult"),
    "ENTITY_TYPES": ("redact.policy", "ENTITY_TYPES"), "PRESETS": ("redact.policy", "PRESETS"),
    "EntityPolicy": ("redact.policy", "EntityPolicy"), "Policy": ("redact.policy", "Policy"),
    "Redactor": ("redact.redactor", "Redactor"),
}

if TYPE_CHECKING:
    from redact import audit
    from redact.batch import RunSummary, run
    from redact.errors import FileRejected, PolicyError, RedactError, RunInterrupted, SecretKeyError, UsageError
    from redact.fileproc import FileOutcome, process_file
    from redact.findings import Finding, TextResult
    from redact.policy import ENTITY_TYPES, PRESETS, EntityPolicy, Policy
    from redact.redactor import Redactor


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'redact' has no attribute {name!r}")
    import importlib

    module, attribute = _LAZY[name]
    value = importlib.import_module(module)
    value = value if attribute is None else getattr(value, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "CheckReport",
    "ENTITY_TYPES",
    "FileOutcome",
    "FileRejected",
    "RunSummary",
    "UsageError",
    "audit",
    "check",
    "process_file",
    "run",
    "PRESETS",
    "EntityPolicy",
    "Finding",
    "Policy",
    "PolicyError",
    "RedactError",
    "RunInterrupted",
    "Redactor",
    "SecretKeyError",
    "TextResult",
    "__version__",
]
