"""The anatomy every Chinese pattern recognizer shares.

Presidio's ``PatternRecognizer`` runs regexes on the text as given. Chinese documents
mix full-width and half-width forms, so we fold widths first (one char for one, so
offsets stay valid), and we let each recognizer name a *subtype* for a match (plate
class, phone kind, ID form) that the policy and the audit log can act on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from recognizers._text import HAN, normalize_width
from recognizers.entities import Facts

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

_PLAIN = re.compile(f"[0-9A-Za-z{HAN}]+")

#: Key under ``RecognizerResult.recognition_metadata`` holding the match subtype.
SUBTYPE_KEY = "subtype"

#: Score below which an unconfirmed match stays unreported unless a cue word lifts it.
DEFAULT_THRESHOLD = 0.5

# Case-sensitive on purpose: plates and ID check characters are upper case in print,
# and IGNORECASE makes the `regex` module noticeably slower on long texts.
FLAGS = re.DOTALL | re.MULTILINE


def make_result(recognizer, entity: str, start: int, end: int, score: float, subtype: Optional[str]) -> RecognizerResult:
    """A result carrying the metadata Presidio and our pipeline read (name, id, subtype)."""
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            SUBTYPE_KEY: subtype,
        },
    )


class EntityFacts:
    """A recognizer's entity facts (``recognizers.entities``) as class attributes: a subclass
    names its row in ``FACTS`` and gets ``ENTITY``, ``CLASSES``, ``PLACEHOLDER``, ``PRIORITY``
    and ``HEADER_WORDS`` from it."""

    FACTS: Optional[Facts] = None
    ENTITY: str = ""
    CLASSES: tuple[str, ...] = ()
    PLACEHOLDER: str = ""
    PRIORITY: int = 9
    HEADER_WORDS: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        facts = cls.__dict__.get("FACTS")
        if facts is not None:
            cls.ENTITY, cls.CLASSES, cls.PLACEHOLDER = facts.entity, facts.classes, facts.placeholder
            cls.PRIORITY, cls.HEADER_WORDS = facts.priority, facts.header_words


class ChinesePatternRecognizer(EntityFacts, PatternRecognizer):
    """A ``PatternRecognizer`` for Chinese text with width folding and subtypes.

    Subclasses set ``ENTITY``, ``PATTERNS``, ``CONTEXT`` and optionally
    ``NEGATIVE_CONTEXT`` (cue words that make a match *less* likely, such as
    统一社会信用代码 next to an 18-character code), and implement ``subtype``.
    """

    PATTERNS: tuple[Pattern, ...] = ()
    CONTEXT: tuple[str, ...] = ()
    NEGATIVE_CONTEXT: tuple[str, ...] = ()

    def __init__(
        self,
        patterns: Optional[list[Pattern]] = None,
        context: Optional[list[str]] = None,
        negative_context: Optional[list[str]] = None,
        supported_language: str = "zh",
        supported_entity: Optional[str] = None,
        score_threshold: float = DEFAULT_THRESHOLD,
    ) -> None:
        if patterns is None:
            # Fresh copies: Presidio caches the compiled regex on the Pattern object.
            patterns = [Pattern(p.name, p.regex, p.score) for p in self.PATTERNS]
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            patterns=patterns,
            context=list(self.CONTEXT if context is None else context),
            supported_language=supported_language,
            global_regex_flags=FLAGS,
        )
        self.negative_context = list(
            self.NEGATIVE_CONTEXT if negative_context is None else negative_context
        )
        # Unconfirmed matches score below this; a cue word lifts them above it.
        self.score_thresholds = {"default": score_threshold}

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Optional["NlpArtifacts"] = None,
        regex_flags: Optional[int] = None,
    ) -> list[RecognizerResult]:
        """Match on the width-folded text and tag every result with its subtype."""
        folded = self.prepare(text)
        results = super().analyze(folded, entities, nlp_artifacts, FLAGS)
        for result in results:
            result.recognition_metadata[SUBTYPE_KEY] = self.subtype(
                folded[result.start : result.end]
            )
        return results

    def prepare(self, text: str) -> str:
        """The text the patterns run on: same length as ``text``, widths folded."""
        return normalize_width(text)

    def subtype(self, matched: str) -> Optional[str]:
        """Name the kind of match (e.g. plate class); ``None`` when there is one kind."""
        return None

    def can_be_doubted(self, matched: str) -> bool:
        """May a negative cue touching this *confirmed* match demote it?

        Only bare runs of characters: someone who wrote (010)2097-5351 or
        141181 19900101 1235 meant a phone number or an ID.
        """
        return _PLAIN.fullmatch(matched) is not None
