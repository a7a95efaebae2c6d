"""redact: de-identify Chinese government publications before they go public.

    import redact
    r = redact.Redactor()                  # default policy "bulletin"; offline
    r.redact_text("驾驶人张伟驾驶晋J·A12B3").text   # '驾驶人张某驾驶晋J·***B3'

See README.md and ../shared/CONTRACT.md for the public API.
"""

from redact import audit
from redact._version import __version__
from redact.batch import RunSummary, run
from redact.check import CheckReport, check
from redact.errors import FileRejected, PolicyError, RedactError, RunInterrupted, SecretKeyError, UsageError
from redact.fileproc import FileOutcome, process_file
from redact.findings import Finding, TextResult
from redact.policy import ENTITY_TYPES, PRESETS, EntityPolicy, Policy
from redact.redactor import Redactor

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
