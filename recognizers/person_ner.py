"""PERSON (model layer): the trained spaCy NER model shipped in models/person_ner/.

The model finds names that no cue word, column header or follower pattern points at.
Its spans are checked against what the rule layer knows:

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
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

import numpy
import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from recognizers import minority_names, spacy_support  # spacy_support registers the tokenizer and scorer the model's config names
from recognizers._base import DEFAULT_THRESHOLD, make_result
from recognizers._text import HAN
from recognizers.license_plate import PROVINCES
from recognizers.person_lexicon import AFTER_BARE_SURNAME, SHOP_WORDS, count_of_people_at, holds_court_word, in_org_name, is_amount
from recognizers.person_rules import (
    ADDRESS_FORMS,
    FIELD_CONJUNCTIONS,
    FOLLOWERS,
    MASK_CHARS,
    MIN_WORD_FREQ,
    NAME_DOTS,
    NOT_NAMES,
    OPENER_ADVERBS,
    STOP_CHARS,
    adverb_after_list,
    dotted_names,
    followed_by_place,
    has_dot,
    holds_admin_unit,
    holds_common_word,
    jieba_words,
)
from recognizers.surnames import ALL as SURNAMES
from recognizers.surnames import COMPOUND

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts
    from spacy.language import Language
    from spacy.tokens import Doc
    from threadpoolctl import ThreadpoolController

ENTITY = "PERSON"
MODEL_ENV = "REDACT_PERSON_MODEL"
#: The model has no pattern; the tuple is kept for the shared recognizer anatomy.
PATTERNS: tuple = ()
#: Cue words are the rule layer's job; model spans are not boosted by them, so that
#: a rule's cue-anchored boundary outranks the model's where both claim a name.
CONTEXT: tuple[str, ...] = ()

#: Subtype of a span that is a surname and nothing else (张先生, 李大娘, 陈老师): a name
#: in the annotated corpora, but what de-identified text keeps anyway, so the presets
#: keep it (``keep_classes``) and the gate does not count it.
SURNAME_ONLY = "surname_only"
#: Characters the model sometimes runs a name into (姓张的先生, 周明远则表示); no given name ends in them.
TRAILING_NON_NAME = frozenset("的了则")
#: Before a name and 家, what makes 家 someone's home (在陈柳家, 来到王强家).
_TO_SOMEONES_HOME = frozenset("在到去来回住")
#: What goes on after a name and starts with a character a name rarely ends in: a letter or a
#: call from someone (所反映, 来电) or what someone must do (应于15日内).
_TAILS_AFTER_NAME = ("所反映", "所诉", "所述", "所提", "来电", "来信", "来函", "应于", "应当", "应按", "应在", "应自")
#: How many people a household counts, after 家: （3口人）, 四口人, 共5人.
_HOUSEHOLD_SIZE_RE = re.compile(r"[（(]?\s*(?:共)?[0-9０-９一二三四五六七八九十两]+\s*(?:口人|口|人)")
#: Last characters of road names; a span ending in one before a house number is an address.
ROAD_ENDS = frozenset("路街道巷弄")
_HOUSE_NUMBER_RE = re.compile(r"\s*[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{1,6}\s*[号座栋幢楼弄室]")
#: Function characters, none of them a surname, that the model now and then runs into the
#: start of a name (参会代表有|易娟, 获奖者是|张伟).
LEADING_FUNCTION = frozenset("有是在被把给为从对将")
#: Characters that follow names (杜欣因交通肇事, 从王伟处了解到, 杨博户, 李春梅已于, 王静现羁押)
#: and end only transliterations (侯赛因) or names of two characters (周处): cut from surname +
#: given name spans of 3-4 characters that are no dictionary word. No name of three characters
#: or more in the shared corpora ends in 户, 现 or 已.
#: 摄 ends a byline (通讯员孟柳摄); 犯/负/无/辩 start what a judgment says of a person (李荣犯盗窃罪,
#: 程平负全部责任, 张慧无责任, 刘军辩称).
TRAILING_AFTER_NAME = frozenset("因处户现已摄犯负无辩系诉")
#: 王兰英之子, 孙秀芳之女: a kinship word after 之 follows a name (贺敬之, 侯仁之 end in 之).
KIN_AFTER_ZHI = frozenset("子女妻夫父母兄弟姐妹")
#: Kinship words after 和/与/及: the conjunction joins two people (陈雪和爱人姚杰).
#: A number of people after 等: 等三名同志, 等5人.
#: Two kin together (王秀云母子二人): the first character ends no name.
KIN_PAIRS = frozenset(("母子", "母女", "父子", "父女", "夫妇", "夫妻"))
KIN_WORDS = tuple("爱人 妻子 丈夫 老伴 儿子 女儿 父亲 母亲 家人 家属 其".split())
#: Words that end the names of places and facilities, never a person's (石门水库).
FACILITY_WORDS = tuple(
    "水库 大桥 广场 公园 医院 学校 中学 小学 大学 车站 机场 码头 电站 工程 公司 集团 大厦 宾馆 酒店 饭店 商场 超市 市场 景区".split()
)
SCORE_WITH_SURNAME = 0.8
SCORE_WITHOUT_SURNAME = 0.55
_HAN_RE = re.compile(f"[{HAN}]")
#: What no name holds: a digit or a Latin letter (a masked 某1 is excluded elsewhere).
_NOT_NAME_CHAR_RE = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
#: A follower (同志, （身份证…, 于2024年) right here; 同志们 addresses a group, not a name.
_FOLLOWER_AT = re.compile(f"(?!同志们){FOLLOWERS}")
#: Characters that stand between a name and a follower without being part of the name.
_NOT_BEFORE_FOLLOWER = STOP_CHARS | OPENER_ADVERBS | FIELD_CONJUNCTIONS | frozenset("共另再各")
_LINE = re.compile(r"[^\n]+")
#: Lines tagged in one call. One call for all the lines of a 70,000-character document ran at
#: two thirds of the speed of calls of 64 lines (matrices that no longer fit the cache).
LINE_BATCH = 64


class PersonModelNotFound(RuntimeError):
    """The trained model is missing: say where it was looked for and how to get it."""


def model_path() -> Path:
    """The first place that holds the model (see module docstring)."""
    candidates = []
    if os.environ.get(MODEL_ENV):
        candidates.append(Path(os.environ[MODEL_ENV]))
    candidates.append(Path(__file__).resolve().parent.parent / "models" / "person_ner")
    candidates.append(Path(sys.prefix) / "share" / "redact" / "models" / "person_ner")
    for path in candidates:
        if (path / "config.cfg").exists():
            return path
    raise PersonModelNotFound(
        "the PERSON model was not found (looked in: "
        + ", ".join(str(p) for p in candidates)
        + f"); set {MODEL_ENV} or reproduce it with models/train_person_ner.py"
    )


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


class ChinesePersonNerRecognizer(LocalRecognizer):
    """Run the shipped spaCy PERSON model and vet its spans with the rule layer's knowledge."""

    ENTITY = ENTITY
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    NEGATIVE_CONTEXT: tuple[str, ...] = ()

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
        todo = [t for t in dict.fromkeys(texts) if t and t not in self._prefetched and _HAN_RE.search(t)]
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
        if not _HAN_RE.search(text):
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
                if not _HAN_RE.match(text[start - 2 : start - 1] or "a") or text[start - 2] in STOP_CHARS:
                    start -= 1  # 凌晨，莫|航（另案处理）: the given name alone, its surname left out (not 马|列)
            start, end = trim(text, start, end)
            score = vet(text, start, end)
            if score > 0:
                kind = SURNAME_ONLY if is_surname_only(text[start:end]) else "person_model"
                results.append(make_result(self, ENTITY, start, end, score, kind))
        return results

    def _spans_by_line(self, text: str) -> list[tuple[int, int, float]]:
        """Tag a document's lines as one batch; lines without a Han character are skipped.

        A name never spans a line break, and one batched call over the lines is faster
        than one call over the whole text (the model sees equal-sized pieces).
        """
        lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if _HAN_RE.search(m.group())]
        pairs = []
        for k in range(0, len(lines), LINE_BATCH):  # a long document: batches that stay in cache
            pairs.extend(self.token_probabilities([line for _, line in lines[k : k + LINE_BATCH]]))
        return [(offset + s, offset + e, p) for (offset, _), pair in zip(lines, pairs) for s, e, p in self.spans_from(*pair)]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without edge characters that never start or end a name.

    Punctuation the model ran over (杨帆， 郑宁（ ·王晓川), a compound surname read across
    the end of a word (县长|孙旭), a trailing 的/了, what follows a
    name (see ``_after_name``), and the first character of a form of address (王师|傅). A dot
    inside a name (阿依古丽·买买提) stays.
    """
    while end - start > 1 and not _HAN_RE.match(text[start]):
        start += 1
    if end - start >= 3 and text[start] in LEADING_FUNCTION and text[start + 1] in SURNAMES:
        start += 1  # 参会代表有|易娟: a function character the model ran over
    if end - start >= 3 and start and text[start : start + 2] in COMPOUND and text[start + 1] in SURNAMES:
        if jieba_words().get(text[start - 1 : start + 1], 0) >= MIN_WORD_FREQ:
            start += 1  # 县长|孙旭, 公司|马明: the first character of 长孙/司马 ends the word before
    while end - start > 1 and not _HAN_RE.match(text[end - 1]):
        end -= 1
    inner = _NOT_NAME_CHAR_RE.search(text, start, end)
    if inner and inner.start() > start:
        end = inner.start()  # 赵|400元钱: a name holds no digit
    if end - start == 2 and text[start] in SURNAMES and text[start + 1] in AFTER_BARE_SURNAME:
        end -= 1  # 赵|又让, 吴|二人: a surname alone, pointing back at a person
    while end - start > 1 and text[end - 1] in TRAILING_NON_NAME:
        end -= 1
    end = _after_name(text, start, end)
    if end - start > 1 and any(text.startswith(form, end - 1) for form in ADDRESS_FORMS):
        end -= 1
    return start, end


def _after_name(text: str, start: int, end: int) -> int:
    """Where a span ends without what follows the name in it.

    之 + kinship (王兰英|之子, 梁军|之|子; 贺敬之 stays), 一 before 家 (张明|一家; 张永一 stays),
    和/与/及 before a kinship word (陈雪|和爱人; 郭德和 stays), one of TRAILING_AFTER_NAME after
    a surname and given name that make no dictionary word (杜欣|因, 杨博|户; 侯赛因 stays), and
    为/向 after a surname and a character they make no word with (刘丹|为; 张有为, 王志向 stay).
    """
    words = jieba_words()
    if end - start >= 4 and text[end - 2] == "之" and text[end - 1] in KIN_AFTER_ZHI:
        end -= 2
    elif end - start >= 3 and text[end - 1] == "之" and text[end : end + 1] in KIN_AFTER_ZHI:
        end -= 1
    if end - start >= 3 and text[end - 1] == "一" and text[end : end + 1] == "家":
        end -= 1
    if end - start == 3 and text[end - 1] == "家":
        if _HOUSEHOLD_SIZE_RE.match(text, end) or text[start - 1 : start] in _TO_SOMEONES_HOME:
            end -= 1  # 赵成|家（3口人）: the household, named after its head; 在陈柳|家: the home
    if end - start == 3 and text[start:end] not in words and text.startswith(_TAILS_AFTER_NAME, end - 1):
        end -= 1  # 周雪|所反映, 陆文|来电反映, 陈艳|应于 (周恩来 is a dictionary word and stays)
    if end - start >= 3 and text[end - 1] in "和与及" and text.startswith(KIN_WORDS, end):
        end -= 1
    if end - start >= 3 and text[end - 1 : end + 1] in KIN_PAIRS:
        end -= 1  # 王秀云|母子二人
    if end - start == 3 and text[end - 1] == "等" and count_of_people_at(text, end):
        end -= 1  # 刘平|等三名同志 (平等 is a word)
    if end - start == 3 and adverb_after_list(text, start, end - 1):
        end -= 1  # 张三、李四|均未到场
    if text[start] not in SURNAMES:
        return end
    if 3 <= end - start <= 4 and text[end - 1] in TRAILING_AFTER_NAME:
        if not has_dot(text[start:end]) and text[start:end] not in words:
            end -= 1
    elif end - start == 3 and text[end - 1] in "为向" and text[start + 1 : end] not in words:
        end -= 1
    return end


def to_follower(text: str, start: int, end: int) -> int:
    """Where a surname + one character ends when one more character stands before a follower.

    黄平|委同志, 薛引|子（身份证…: the model stopped a character short of what closes the
    name (the rule layer reads these whole, but the model's span outscores it). Not across a
    function character, an adverb or a conjunction (李明|均于2024年, 李明|和同志们), nor a
    character that makes a word with the follower (班宇|生于1986年, 金庸|老先生).
    """
    surname = 2 if text[start : start + 2] in COMPOUND else 1
    if end - start != surname + 1 or text[start : start + surname] not in SURNAMES:
        return end
    nxt = text[end : end + 1]
    if not nxt or not _HAN_RE.match(nxt) or nxt in _NOT_BEFORE_FOLLOWER:
        return end
    words = jieba_words()
    if any(words.get(text[end : end + k], 0) >= MIN_WORD_FREQ for k in (2, 3)):
        return end  # 班宇|生于1986年, 金庸|老先生: the character makes a word with the follower
    return end + 1 if _FOLLOWER_AT.match(text, end + 1) else end


def mend(text: str, spans: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """Put back together names the model cut apart; rare surnames are where it does.

    * 诸|葛泽, 皇|甫杰, 诸葛|致鸿: a span that starts on or right after a compound
      surname's second character gets the whole surname;
    * 笪|楷泽, 仉|俊明: a lone surname right before a span that looks like a given name
      (two characters or more, no surname first: not 马|列, 赔付|王芳) joins it, and so
      does the prefix 阿 before a single character (阿|袁);
    * 艾合买|提·依明, 帕尔|哈提·吐尔洪: a dotted span starts where the rule layer's
      reading of that transliterated name starts, unless what it would gain holds a
      dictionary word (男主角|约翰·史密斯).
    """
    dotted = list(dotted_names(text)) if has_dot(text) else []
    out: list[tuple[int, int]] = []
    for start, end, _ in sorted(spans):
        previous_end = out[-1][1] if out else 0
        if start > 0 and text[start - 1 : start + 1] in COMPOUND and previous_end < start:
            start -= 1
        elif out and out[-1] == (start - 1, start) and text[start - 1 : start + 1] in COMPOUND:
            start = out.pop()[0]  # 诸|葛泽 came as two spans
            previous_end = out[-1][1] if out else 0
        elif start > 1 and text[start - 2 : start] in COMPOUND and previous_end <= start - 2:
            start -= 2  # 诸葛|致鸿: the model left out the whole surname
        if has_dot(text[start:end]):
            for d_start, d_end in dotted:
                gained = text[d_start:start]
                if len(gained) == 1 and text[start] in NAME_DOTS:
                    continue  # 精品选|·王晓川: one character before a dot the model left out is no name
                if d_start < start < d_end and not holds_common_word(gained, jieba_words()):
                    while out and out[-1][0] >= d_start:
                        out.pop()  # 米|日|古丽·阿西木: pieces of the same name
                    start = max(d_start, out[-1][1] if out else 0)
        before = text[out[-1][0] : start] if out and out[-1][1] == start else ""
        nickname = before == "阿" and end - start == 1
        if nickname or (is_surname_only(before) and is_given_name(text[start:end])):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def is_given_name(span: str) -> bool:
    """True when ``span`` can be a given name on its own: 2+ characters, no surname first."""
    return len(span) >= 2 and span[:1] not in SURNAMES and span[:2] not in COMPOUND


def split_repeated(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """A name written twice in a row (林悦林悦, common in posts) is two names, not one."""
    half = (end - start) // 2
    if half >= 2 and (end - start) % 2 == 0 and text[start : start + half] == text[start + half : end]:
        return ((start, start + half), (start + half, end))
    return ((start, end),)


def is_surname_only(span: str) -> bool:
    """True for 张 or 欧阳 alone: a surname without a given name."""
    return span in COMPOUND or (len(span) == 1 and span in SURNAMES)


def vet(text: str, start: int, end: int) -> float:
    """Score for a model span, 0 when the rule layer's exclusions reject it."""
    span = text[start:end]
    if not _HAN_RE.search(span) or any(ch in MASK_CHARS for ch in span):
        return 0.0
    if end < len(text) and text[end] in MASK_CHARS:
        return 0.0  # 张某 split as 张 + 某
    if text[start : start + 2] in NOT_NAMES or holds_admin_unit(span):
        return 0.0  # 当事人陈述申辩, 东县新达
    if holds_court_word(span) or is_amount(span[1:]) or in_org_name(text, end):
        return 0.0  # 经审理查明, 壹万陆仟元, 湖北江铭建|设工程有限公司
    if span[-1] in PROVINCES and end < len(text) and text[end].isascii() and text[end].isalpha():
        return 0.0  # 湘Q•***99: the province character of a (masked) plate
    if len(span) == 1 and not (start and text[start - 1] in SURNAMES):  # (马|列 after a surname stays)
        if span not in SURNAMES:
            return 0.0  # 东方日|升, #|豪|礼: one character, not a surname, is no name
        if start and jieba_words().get(text[start - 1 : end], 0) >= MIN_WORD_FREQ:
            return 0.0  # 警|方, 曹老|师: a surname character that ends a word
        if start and text[start - 1] == "之" and span in KIN_AFTER_ZHI:
            return 0.0  # 吴艳之|母: kin, and 母 a surname too
    if len(span) >= 3 and span.endswith(FACILITY_WORDS):
        return 0.0  # 石门水库, 王府饭店: a place named like a person
    if len(span) <= 3 and text.startswith(SHOP_WORDS, end):
        return 0.0  # 东洲小区金鹏|茶馆: the name of a shop
    if span[-1] in ROAD_ENDS and _HOUSE_NUMBER_RE.match(text, end):
        return 0.0  # 欧阳路V座, 张路12号: a road, and the building on it
    # Inside 《…》 the model is trusted: a name in a title (《王晓川画集》) is still a name.
    if len(span) <= 3 and "·" not in span and followed_by_place(text, end):
        return 0.0
    dotted = "·" in span or "•" in span
    if dotted or span[:2] in COMPOUND or span[:1] in SURNAMES:
        return SCORE_WITH_SURNAME
    return SCORE_WITHOUT_SURNAME
