"""Context enhancement for Chinese: cue words matched on raw characters.

Presidio's ``LemmaContextAwareEnhancer`` compares cue words with the lemmas of the
tokens around a match. A blank Chinese spaCy pipeline has no lemmas and splits text
into characters, so a cue such as 身份证号 never matches and a checksum-failing ID
next to it is lost. Here we look for each recognizer's ``context`` words as plain
substrings in a window of characters before and after the match, and for its
``negative_context`` words (统一社会信用代码, 订单号 ...) that make a match less likely.
The nearer cue wins when both kinds are present. A confirmed match (checksum, numbering
plan) is only demoted when the negative cue touches it and the match is a bare run of
characters, never when it carries phone or ID formatting.
"""

from __future__ import annotations

import re
from typing import Optional

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers._text import nearest_cue, normalize_width, window
from recognizers.settings import ContextSettings

_SENTENCE_END = re.compile("[。！？；!?;]")


def _can_be_doubted(recognizer: EntityRecognizer, matched: str) -> bool:
    """Recognizers of ours say (``can_be_doubted``); anyone else's confirmed match stands."""
    ask = getattr(recognizer, "can_be_doubted", None)
    return bool(ask(matched)) if ask else False


class ChineseContextEnhancer(ContextAwareEnhancer):
    """Raise scores of matches with a cue word nearby; lower them near a negative cue."""

    def __init__(self, settings: Optional[ContextSettings] = None) -> None:
        self.settings = settings or ContextSettings()
        super().__init__(
            context_similarity_factor=self.settings.boost,
            min_score_with_context_similarity=self.settings.min_score_with_context,
            context_prefix_count=self.settings.window_before,
            context_suffix_count=self.settings.window_after,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: Optional[list[str]] = None,
    ) -> list[RecognizerResult]:
        """Adjust each result's score from cue words in its character window."""
        by_id = {rec.id: rec for rec in recognizers}
        folded = normalize_width(text)
        extra = tuple(context or ())
        s = self.settings
        for result in raw_results:
            meta = result.recognition_metadata or {}
            rec = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if rec is None:
                continue
            cues = tuple(rec.context or ()) + extra
            negatives = tuple(getattr(rec, "negative_context", ()) or ())
            before, after = window(folded, result.start, result.end, s.window_before, s.window_after)
            after = _SENTENCE_END.split(after, 1)[0]  # a cue in the next sentence describes something else
            pos = nearest_cue(before, cues)
            neg = nearest_cue(before, negatives)
            if pos < 0 and cues and any(cue in after for cue in cues):
                pos = s.window_before  # a cue after the match counts, but as the farthest
            if neg >= 0 and (pos < 0 or neg < pos):
                doubtful = _can_be_doubted(rec, folded[result.start : result.end])
                if result.score < EntityRecognizer.MAX_SCORE or (neg <= 2 and doubtful):
                    result.score = result.score * s.negative_factor
                    self._explain(result, "negative context word nearby")
                continue
            if pos >= 0 and result.score < EntityRecognizer.MAX_SCORE:
                result.score = min(
                    EntityRecognizer.MAX_SCORE,
                    max(result.score + s.boost, s.min_score_with_context),
                )
                meta[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
                self._explain(result, "context word nearby")
        return raw_results

    @staticmethod
    def _explain(result: RecognizerResult, why: str) -> None:
        if result.analysis_explanation is not None:
            result.analysis_explanation.set_improved_score(result.score)
            result.analysis_explanation.append_textual_explanation_line(why)
