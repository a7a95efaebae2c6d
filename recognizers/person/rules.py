"""PERSON (rule layer): names the document itself points at, one rule family at a time.

Signals, strongest first: a cue word or a field label right before the name
(``cues``), a name column (``tables``), a list closed by 等同志 or numbered or spaced
(``lists``), a clause that opens with a name and goes on with what people do
(``openers``), a sentence frame around the name (``frames``), a surname before what
follows names (``followers``), a transliterated name (``dotted``), a run of Tibetan or
Mongolian name parts (``minority_names``). Every family reads boundaries through
``boundary`` and asks ``guards`` what the characters around a candidate say; the word
tables are all in ``lexicon``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Optional

from presidio_analyzer import EntityRecognizer, LocalRecognizer, Pattern, RecognizerResult

from recognizers._base import DEFAULT_THRESHOLD, EntityFacts, make_result
from recognizers._text import normalize_width
from recognizers.entities import PERSON
from recognizers.person import minority_names
from recognizers.person.cues import AfterCues, Aliases, PinyinAfterCues, Reporters
from recognizers.person.dotted import DottedNames
from recognizers.person.family import Family
from recognizers.person.followers import BeforeFollowers
from recognizers.person.frames import Frames
from recognizers.person.lexicon import CUES, jieba_words
from recognizers.person.lists import NameLists, NumberedLists, SpacedLists
from recognizers.person.openers import ClauseOpeners
from recognizers.person.patterns import AFTER_CUE, BEFORE_FOLLOWER, DOTTED_NAME
from recognizers.person.tables import NameColumns

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

ENTITY = PERSON.entity


class PersonFacts(EntityFacts):
    """PERSON's facts (see ``EntityFacts``), shared by the rule and the model recognizer."""

    FACTS = PERSON

#: Every rule family, in the order their findings are gathered.
FAMILIES: tuple[Family, ...] = (
    AfterCues(),
    NameColumns(),
    DottedNames(),
    BeforeFollowers(),
    NameLists(),
    NumberedLists(),
    SpacedLists(),
    ClauseOpeners(),
    Frames(),
    Reporters(),
    minority_names.MinorityNames(),
    Aliases(),
    PinyinAfterCues(),
)

#: The families that are one regex each, as Presidio patterns (for tools that list them).
PATTERNS = (
    Pattern(AfterCues.rule, AFTER_CUE, AfterCues.score),
    Pattern(DottedNames.rule, DOTTED_NAME, DottedNames.score),
    Pattern(BeforeFollowers.rule, BEFORE_FOLLOWER, BeforeFollowers.score),
)


class ChinesePersonRuleRecognizer(PersonFacts, LocalRecognizer):
    """Find person names from cue words, name columns, lists, frames and follower patterns."""

    PATTERNS = PATTERNS
    CONTEXT = CUES
    NEGATIVE_CONTEXT: tuple[str, ...] = ()
    FAMILIES = FAMILIES
    #: The subtypes of its findings: the rule that read each (no kinds of value, so no CLASSES).
    SUBTYPES = tuple(dict.fromkeys(family.rule for family in FAMILIES))

    def __init__(self, supported_language: str = "zh", context: Optional[list[str]] = None) -> None:
        super().__init__(
            supported_entities=[ENTITY],
            supported_language=supported_language,
            name=type(self).__name__,
            context=list(CUES if context is None else context),
        )
        self.negative_context = list(self.NEGATIVE_CONTEXT)
        self.score_thresholds = {"default": DEFAULT_THRESHOLD}

    def load(self) -> None:
        """Load jieba's dictionary once; it tells where a dictionary word starts."""
        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba_words()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Optional["NlpArtifacts"] = None
    ) -> list[RecognizerResult]:
        """Run every rule family and return non-duplicate findings."""
        folded = normalize_width(text)
        spans = [span for family in self.FAMILIES for span in family.spans(folded)]
        # Tibetan and Mongolian names get their boundaries from the parts they are made of.
        snapped = minority_names.snap([(start, end) for start, end, _, _ in spans], folded)
        results = [make_result(self, ENTITY, s, e, score, rule) for (s, e), (_, _, score, rule) in zip(snapped, spans)]
        return EntityRecognizer.remove_duplicates(results)
