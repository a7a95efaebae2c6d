"""spaCy registry entries the PERSON model's config names, and BIO decoding.

Importing this module registers them; the model cannot be loaded without it.

*Tokenizer.* spaCy's blank ``zh`` pipeline segments into single characters, so an
18-digit ID costs 18 model steps although it can never be part of a name. Here a run
of ASCII letters and digits is one token, every other character (Han, punctuation) its
own token, and each whitespace run one token. Names are Han characters, so their
boundaries are exactly those of character segmentation, while bulletin text, heavy
with IDs, phone numbers and dates, needs about half as many tokens. The text is
width-folded first (one character for one), so Doc offsets are the caller's offsets.

*Tagging.* The model is a spaCy ``tagger`` over B/I/O tags rather than the
transition-based ``ner``: a softmax per token is much cheaper than a parser step, and
its probabilities let us trade precision for recall with one threshold.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

import numpy
import regex as re
import spacy
from spacy.tokens import Doc
from spacy.training import Example
from spacy.vocab import Vocab

from recognizers._text import normalize_width

TOKENIZER_NAME = "redact.zh_char_run_tokenizer.v1"
SCORER_NAME = "redact.bio_span_scorer.v1"
BEGIN, INSIDE, OUTSIDE = "B", "I", "O"
_TOKEN = re.compile(r"[A-Za-z0-9]+|\s+|.", re.DOTALL)


class CharRunTokenizer:
    """Callable spaCy tokenizer; stateless, so serialisation writes nothing."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = _TOKEN.findall(normalize_width(text))
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # spaCy serialises the tokenizer with the pipeline; there is nothing to store.
    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> "CharRunTokenizer":
        return self

    def to_disk(self, _path: Any, **_: Any) -> None:
        return None

    def from_disk(self, _path: Any, **_: Any) -> "CharRunTokenizer":
        return self


@spacy.registry.tokenizers(TOKENIZER_NAME)
def create_char_run_tokenizer() -> Callable[[Any], CharRunTokenizer]:
    """Registry entry referenced by the model's config.cfg."""

    def make(nlp: Any) -> CharRunTokenizer:
        return CharRunTokenizer(nlp.vocab)

    return make


def tags_to_spans(tags: Iterable[str]) -> list[tuple[int, int]]:
    """Token spans from B/I/O tags; an I after O starts a span too (lenient)."""
    spans, start = [], None
    for i, tag in enumerate(list(tags) + [OUTSIDE]):
        if tag == BEGIN or (tag == INSIDE and start is None) or tag == OUTSIDE:
            if start is not None:
                spans.append((start, i))
                start = None
            if tag != OUTSIDE:
                start = i
    return spans


def decode(probs: numpy.ndarray, labels: tuple[str, ...], threshold: float) -> list[tuple[int, int, float]]:
    """Token spans with a score from per-token B/I/O probabilities.

    A token belongs to a name when P(B) + P(I) >= ``threshold``; it starts a new name
    when P(B) >= P(I). The span's score is the mean name probability of its tokens.
    """
    b, i = labels.index(BEGIN), labels.index(INSIDE)
    name = probs[:, b] + probs[:, i]
    spans, start = [], None
    for k in range(len(name) + 1):
        inside = k < len(name) and name[k] >= threshold
        begins = inside and (start is None or probs[k, b] >= probs[k, i])
        if start is not None and (not inside or begins):
            spans.append((start, k, float(name[start:k].mean())))
            start = None
        if begins:
            start = k
    return spans


@spacy.registry.scorers(SCORER_NAME)
def create_bio_span_scorer() -> Callable[[Iterable[Example]], dict[str, float]]:
    """Span precision/recall/F over B/I/O tags, for model selection during training."""

    def score(examples: Iterable[Example], **_: Any) -> dict[str, float]:
        tp = fp = fn = 0
        for eg in examples:
            gold = set(tags_to_spans(t.tag_ or OUTSIDE for t in eg.reference))
            pred = set(tags_to_spans(t.tag_ or OUTSIDE for t in eg.predicted))
            # Predicted and reference Docs share the tokenizer, so token spans compare.
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn += len(gold - pred)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return {"ents_p": p, "ents_r": r, "ents_f": 2 * p * r / (p + r) if p + r else 0.0}

    return score
