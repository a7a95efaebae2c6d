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

import functools
from typing import Any, Callable, Iterable

import numpy
import regex as re
import spacy
from spacy.attrs import LEMMA, MORPH
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.training import Example
from spacy.vocab import Vocab

from recognizers._text import normalize_width

TOKENIZER_NAME = "redact.zh_char_run_tokenizer.v1"
SCORER_NAME = "redact.bio_span_scorer.v1"
BEGIN, INSIDE, OUTSIDE = "B", "I", "O"
_TOKEN = re.compile(r"[A-Za-z0-9]+|\s+|.", re.DOTALL)
#: What jieba segments for the word features: its own range of Han characters.
_HAN_RUN = re.compile(r"[\u4E00-\u9FD5]+")


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


WORD_TOKENIZER_NAME = "redact.zh_char_run_word_tokenizer.v1"


class CharRunWordTokenizer(CharRunTokenizer):
    """The same tokens, each carrying the jieba word it falls in as model features.

    A character alone rarely says whether it starts a name (雷 in 雷同, 张 in 张力);
    the word it belongs to does. ``lemma`` holds that word's hash (of "" outside multi-character
    words) and ``morph`` its position (B/M/E), length (2, 3, 4+) and whether jieba knew it
    from its dictionary or only found it with its HMM (unknown words are often names).

    Digits become 0 in the tokens' text (offsets are unchanged) and the words are set as
    hashes only: no phone number, ID or name a long batch run reads is kept in the
    vocabulary or its string store, which therefore stop growing.
    """

    def __init__(self, vocab: Vocab) -> None:
        super().__init__(vocab)
        import logging

        import jieba

        # jieba's shared segmenter (the PERSON rules load it too): one dictionary in memory.
        jieba.setLogLevel(logging.WARNING)
        jieba.dt.check_initialized()
        self._jieba = jieba.dt
        self._none = (vocab.strings.add(""), vocab.morphology.add("Seg=S"))
        self._morph_ids = {
            (known, length, place): vocab.morphology.add(f"Dict={known}|Len={length}|Seg={place}")
            for known in ("Yes", "No")
            for length in (2, 3, 4)
            for place in "BME"
        }

    def __call__(self, text: str) -> Doc:
        folded = normalize_width(text).translate(_DIGITS_TO_ZERO)
        words = _TOKEN.findall(folded)
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        if words:
            doc.from_array(_WORD_FEATURES, self._feature_ids(folded, words))
        return doc

    def _feature_ids(self, text: str, tokens: list[str]) -> numpy.ndarray:
        """(lemma, morph) hashes per token: building strings per token cost more than the model."""
        words = word_spans(self._jieba, text)
        ids = []
        offset = 0
        for token in tokens:
            word = words.get(offset)
            if word is None or token[0] < "\u2e80":
                ids.append(self._none)
            else:
                start, end, known = word
                place = "B" if offset == start else ("E" if offset == end - 1 else "M")
                ids.append((get_string_id(text[start:end]), self._morph_ids[known, min(end - start, 4), place]))
            offset += len(token)
        return numpy.array(ids, dtype="uint64")


_WORD_FEATURES = [LEMMA, MORPH]
_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")


@functools.lru_cache(maxsize=1 << 15)
def _segment(segmenter: Any, run: str) -> tuple[tuple[int, bool], ...]:
    """(length, in jieba's dictionary) of each word of a Han run.

    Cached: bulletins repeat their phrases (驾驶人, 未按规定), and jieba is the costliest
    step of the features. Bounded, and held in memory only.
    """
    segmenter.check_initialized()  # loads the dictionary into FREQ on first use
    freq = segmenter.FREQ
    return tuple((len(word), freq.get(word, 0) > 0) for word in segmenter.cut(run, HMM=True))


def clear_word_cache() -> None:
    """Forget cached segmentations (benchmarks time a cold start with it)."""
    _segment.cache_clear()


def word_spans(segmenter: Any, text: str) -> dict[int, tuple[int, int, str]]:
    """For each character inside a multi-character jieba word: (start, end, "Yes"/"No" in dictionary).

    Only runs of Han characters are segmented: jieba treats digits one by one, and in
    bulletins (IDs, phone numbers, dates) that was half its work for no feature.
    """
    spans: dict[int, tuple[int, int, str]] = {}
    for run in _HAN_RUN.finditer(text):
        pos = run.start()
        for length, in_dict in _segment(segmenter, run.group()):
            if length > 1:
                word = (pos, pos + length, "Yes" if in_dict else "No")
                for k in range(pos, pos + length):
                    spans[k] = word
            pos += length
    return spans


@spacy.registry.tokenizers(WORD_TOKENIZER_NAME)
def create_char_run_word_tokenizer() -> Callable[[Any], CharRunWordTokenizer]:
    """Registry entry for models trained with word features (see CharRunWordTokenizer)."""

    def make(nlp: Any) -> CharRunWordTokenizer:
        return CharRunWordTokenizer(nlp.vocab)

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
