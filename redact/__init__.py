"""redact: de-identify Chinese government publications before they go public.

    import redact
    r = redact.Redactor()                  # default policy "bulletin"; offline
    r.redact_text("驾驶人张伟驾驶晋J·A12B3").text   # '驾驶人张某驾驶晋J·***B3'

See README.md and ../shared/CONTRACT.md for the public API.
"""

from redact.errors import PolicyError, RedactError, SecretKeyError
from redact.findings import Finding, TextResult
from redact.policy import ENTITY_TYPES, PRESETS, EntityPolicy, Policy
from redact.redactor import Redactor

__version__ = "0.1.0"

__all__ = [
    "ENTITY_TYPES",
    "PRESETS",
    "EntityPolicy",
    "Finding",
    "Policy",
    "PolicyError",
    "RedactError",
    "Redactor",
    "SecretKeyError",
    "TextResult",
    "__version__",
]
