"""PERSON (model layer): the trained spaCy NER model shipped in models/person_ner/.

The model finds names that no cue word, column header or follower pattern points at.
Its spans are checked against what the rule layer knows (``model_spans``):

* a span that starts with a gazetteer surname (or is a dotted name) scores 0.8,
  any other span 0.55: still reported (recall first), but below the rule layer's
  cue-anchored 1.0, so where both claim a name the rule's boundaries win;
* masked forms (张某, 王*), spans without a Han character, spans that start with a
  word the rule layer knows is no name (陈述, 信息 ...), a plate's province character
  (湘Q•***99) and spans that run into a road or place name (but not into a post:
  李淑芬院长) are dropped; punctuation at either end, a trailing 的/了 and the first
  character of a form of address (王师|傅) are cut off;
* a name the model cut apart at a rare or compound surname (笪|楷泽, 诸|葛泽) or inside a
  transliteration (艾合买|提·依明) is put back together; a name written twice in a row
  (林悦林悦) is two names;
* a surname alone (张先生) gets the subtype ``surname_only``, which the presets keep;
* spans inside 《…》 are kept: the model's context decides there, and a name in a title
  is still a name.

The model is loaded once per recognizer instance; nothing is downloaded. Where it is
looked for: ``$REDACT_PERSON_MODEL``, the checkout's ``models/person_ner``, then
``<sys.prefix>/share/redact/models/person_ner`` (installed wheels).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

import numpy
import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from recognizers import spacy_support  # registers the tokenizer and scorer the model's config names
from recognizers._base import DEFAULT_THRESHOLD, make_result
from recognizers.entities import SURNAME_ONLY
from recognizers.person import minority_names
from recognizers.person.guards import is_surname_only
from recognizers.person.lexicon import STOP_CHARS
from recognizers.person.model_location import model_path
from recognizers.person.model_spans import mend, split_repeated, to_follower, trim, vet
from recognizers.person.patterns import HAN_RE
from recognizers.person.rules import ENTITY, PersonFacts
from recognizers.person.surnames import SURNAMES

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts
    from spacy.language import Language
    from spacy.tokens import Doc
    from threadpoolctl import ThreadpoolController

#: The model has no pattern; the tuple is kept for the shared recognizer anatomy.
PATTERNS: tuple = ()
#: Cue words are the rule layer's job; model spans are not boosted by them, so that
#: a rule's cue-anchored boundary outranks the model's where both claim a name.
CONTEXT: tuple[str, ...] = ()
#: Subtype of every other span the model finds.
MODEL_RULE = "person_model"
_LINE = re.compile(r"[^\n]+")
#: Lines tagged in one call. One call for all the lines of a 70,000-character document ran at
#: two thirds of the speed of calls of 64 lines (matrices that no longer fit the cache).
LINE_BATCH = 64


@functools.lru_cache(maxsize=4)
def _load_model(path: str) -> "Language":
    """One pipeline per process and path, shared by every recognizer instance (and Redactor).

    On the CPU the model runs its matrix products through NumPy's BLAS, not blis (thinc's
    default): for the tagger's (tokens × 192)·(192 × 192) products that is 2.7 times
    faster on one thread, and ``Redactor.analyze`` 1.4 times (benchmarks/text_bench.py);
    the weights and the findings are the same. Other ops a caller has chosen (a GPU) are
    left alone. See ``_one_blas_thread`` for the threads.
    """
    import spacy
    from thinc.api import NumpyOps, get_current_ops, use_ops

    if type(get_current_ops()) is not NumpyOps:
        return spacy.load(path)
    with use_ops("numpy", use_blis=False):
        return spacy.load(path)


@functools.lru_cache(maxsize=1)
def _blas_controller() -> "ThreadpoolController":
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _one_blas_thread():
    """Run the model's products on one BLAS thread, as blis did.

    OpenBLAS would otherwise start a thread per core for every product; in processes that
    already share the cores (``redact run --workers N``, a caller's own pool) its spinning
    threads made two workers 7 times slower than one. Parallelism is the batch runner's job.
    """
    return _blas_controller().limit(limits=1, user_api="blas")


class ChinesePersonNerRecognizer(PersonFacts, LocalRecognizer):
    """Run the shipped spaCy PERSON model and vet its spans with the rule layer's knowledge."""

    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    NEGATIVE_CONTEXT: tuple[str, ...] = ()
    SUBTYPES = (MODEL_RULE, SURNAME_ONLY)

    def __init__(self, supported_language: str = "zh", model: Optional[str] = None) -> None:
        self._model_dir = Path(model) if model else None
        self.nlp: Optional["Language"] = None
        self._prefetched: dict[str, tuple] = {}
        self._tagger = None
        self._labels: tuple[str, ...] = ()
        self.threshold = 0.5
        super().__init__(
            supported_entities=[ENTITY],
            supported_language=supported_language,
            name=type(self).__name__,
            context=list(CONTEXT),
        )
        self.negative_context: list[str] = []
        self.score_thresholds = {"default": DEFAULT_THRESHOLD}

    def load(self) -> None:
        """Load the model (once per process and path); a missing model is an error, never a no-op."""
        path = self._model_dir or model_path()
        self.nlp = _load_model(str(Path(path).resolve()))
        self._tagger = self.nlp.get_pipe("tagger")
        self._labels = tuple(self._tagger.labels)
        self.threshold = float(self.nlp.meta.get("redact", {}).get("threshold", 0.5))
        self.version = self.nlp.meta.get("version", "0")

    @property
    def model_version(self) -> str:
        """Name and version of the loaded model, for the audit log."""
        meta = self.nlp.meta if self.nlp else {}
        return f"{meta.get('name', 'unknown')}-{meta.get('version', '0')}"

    def token_probabilities(self, texts: list[str]) -> list[tuple["Doc", "numpy.ndarray"]]:
        """Tokenise and tag many texts in one batch: (Doc, B/I/O probabilities per token)."""
        docs = [self.nlp.make_doc(text) for text in texts]
        nonempty = [doc for doc in docs if len(doc)]
        with _one_blas_thread():
            scores = iter(self._tagger.model.predict(nonempty) if nonempty else [])
        return [(doc, next(scores) if len(doc) else None) for doc in docs]

    def spans_from(self, doc: "Doc", probs, threshold: Optional[float] = None) -> list[tuple[int, int, float]]:
        """Character spans with the model's name probability."""
        if probs is None:
            return []
        # The tagger's output layer skips the softmax at inference (normalize = false): logits.
        logits = self._tagger.model.ops.to_numpy(probs)
        exp = numpy.exp(logits - logits.max(axis=1, keepdims=True))
        probs = exp / exp.sum(axis=1, keepdims=True)
        out = []
        for start, end, prob in spacy_support.decode(probs, self._labels, threshold or self.threshold):
            out.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), prob))
        return out

    def prefetch(self, texts: Iterable[str], batch_size: int = 64) -> None:
        """Tag many texts at once; ``analyze`` then reuses the results."""
        todo = [t for t in dict.fromkeys(texts) if t and t not in self._prefetched and HAN_RE.search(t)]
        for k in range(0, len(todo), batch_size):
            chunk = todo[k : k + batch_size]
            for text, pair in zip(chunk, self.token_probabilities(chunk)):
                self._prefetched[text] = pair

    def clear_prefetched(self) -> None:
        """Forget results that were prefetched but not analysed."""
        self._prefetched.clear()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Optional["NlpArtifacts"] = None
    ) -> list[RecognizerResult]:
        """Model spans, vetted and scored (see module docstring)."""
        if not HAN_RE.search(text):
            return []
        pair = self._prefetched.pop(text, None)
        spans = self.spans_from(*pair) if pair else self._spans_by_line(text)
        results = []
        pieces = [piece for span in mend(text, spans) for piece in split_repeated(text, *span)]
        pieces = [(start, to_follower(text, start, end)) for start, end in pieces]
        pieces = list(dict.fromkeys(minority_names.snap(pieces, text)))  # 阿旺|布 → 阿旺罗布
        starts = {start for start, _ in pieces}
        for start, end in pieces:
            if end - start == 1 and end in starts and text[start] not in SURNAMES:
                continue  # 经|黄瑜介绍: a character right before a name, not a name of its own
            if end - start == 1 and text[start] not in SURNAMES and start and text[start - 1] in SURNAMES and start - 1 not in starts:
                if not HAN_RE.match(text[start - 2 : start - 1] or "a") or text[start - 2] in STOP_CHARS:
                    start -= 1  # 凌晨，莫|航（另案处理）: the given name alone, its surname left out (not 马|列)
            start, end = trim(text, start, end)
            score = vet(text, start, end)
            if score > 0:
                kind = SURNAME_ONLY if is_surname_only(text[start:end]) else MODEL_RULE
                results.append(make_result(self, ENTITY, start, end, score, kind))
        return results

    def _spans_by_line(self, text: str) -> list[tuple[int, int, float]]:
        """Tag a document's lines as one batch; lines without a Han character are skipped.

        A name never spans a line break, and one batched call over the lines is faster
        than one call over the whole text (the model sees equal-sized pieces).
        """
        lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if HAN_RE.search(m.group())]
        pairs = []
        for k in range(0, len(lines), LINE_BATCH):  # a long document: batches that stay in cache
            pairs.extend(self.token_probabilities([line for _, line in lines[k : k + LINE_BATCH]]))
        return [(offset + s, offset + e, p) for (offset, _), pair in zip(lines, pairs) for s, e, p in self.spans_from(*pair)]
