"""The cue-word settings a policy may change (``[context]``), apart from the enhancer that
uses them (``recognizers.context``), so that reading a policy does not load Presidio."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContextSettings:
    """Window sizes (characters) and score changes for cue words."""

    window_before: int = 16
    window_after: int = 4
    boost: float = 0.35
    min_score_with_context: float = 0.5
    negative_factor: float = 0.25
