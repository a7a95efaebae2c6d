"""The Redactor: normalise → analyse → apply policy → resolve overlaps → operate.

Build one and reuse it: engines, recognizers and dictionaries load in the
constructor, and every call after that is pure computation on the text.
"""

from __future__ import annotations

import dataclasses
import os
from collections import defaultdict
from typing import Any, Iterable, Mapping, Optional, Union

import regex as re
from presidio_analyzer import RecognizerResult
from presidio_anonymizer.entities import OperatorConfig

from recognizers import SUBTYPE_KEY
from recognizers._text import normalize_width
from recognizers.person import jieba_words
from redact import dewrap, document_names, name_lists, roles, windows
from redact.document_values import DocumentValues
from redact.engine import LANGUAGE, build_analyzer, build_anonymizer
from redact.findings import Finding, TextResult
from redact.operators import DOCUMENT_VALUES, GIVEN_NAMES, OPERATORS
from redact.policy import Policy
from redact.resolve import resolve_overlaps

PolicySource = Union[Policy, str, "os.PathLike[str]", Mapping[str, Any], None]
#: Names known from elsewhere in a document: full names, or ``names_in``'s value → full name.
Names = Union[Iterable[str], Mapping[str, str]]

_OUR_OPERATORS = frozenset(op.NAME for op in OPERATORS)
_EXPLANATION_FIELDS = (
    "pattern_name",
    "original_score",
    "score_context_improvement",
    "validation_result",
    "textual_explanation",
)


class Redactor:
    """De-identify Chinese text according to a :class:`redact.Policy`.

    ``policy`` may be a Policy, a preset name (``"bulletin"``, ``"court"``,
    ``"hutool"``), a path to a TOML file, a dict, or ``None`` for the default
    (``bulletin``). Nothing is downloaded; an invalid policy raises
    :class:`redact.PolicyError` naming the key.
    """

    def __init__(self, policy: PolicySource = None) -> None:
        self.policy = Policy.load(policy)
        self._analyzer = build_analyzer(self.policy.context, self.policy.person_model)
        self._anonymizer = build_anonymizer()
        self._enabled = [etype for etype, ep in self.policy.entities.items() if ep.enabled]
        self._allow = {
            etype: frozenset(_allow_key(v) for v in self.policy.allow + ep.allow)
            for etype, ep in self.policy.entities.items()
        }
        self._deny = {
            etype: _deny_regex(ep.deny) for etype, ep in self.policy.entities.items() if ep.enabled and ep.deny
        }
        self._operators = {etype: ep.operator_config() for etype, ep in self.policy.entities.items()}
        # Recognizers that can run a model over many texts at once (nlp.pipe).
        self._prefetchers = [r for r in self._analyzer.registry.recognizers if hasattr(r, "prefetch")]

    def __repr__(self) -> str:
        return f"Redactor(policy={self.policy.name!r})"

    # -- analysis -------------------------------------------------------------------
    def analyze(self, text: str, *, names: Names = ()) -> list[Finding]:
        """Personal data in ``text`` as disjoint findings sorted by start.

        The text is one document: a name found anywhere in it is found wherever it stands
        (see :mod:`redact.document_names`). ``names`` adds names found elsewhere in the same
        document (other cells or paragraphs of one file): strings known to be full names, or
        what :meth:`names_in` returns (which also maps given names to their full names).
        """
        return self.read_document(text, self.read(text), names)

    def read(self, text: str) -> list[Finding]:
        """The findings of ``text`` read on its own, before the document-wide reading."""
        if not isinstance(text, str):
            raise TypeError(f"analyze() takes a str, not {type(text).__name__}")
        if not text or not self._enabled:
            return []
        if len(text) > windows.SIZE + windows.OVERLAP:  # cost and memory per window (redact.windows)
            return resolve_overlaps(windows.read_in_windows(text, self._read_one))
        return self._read_one(text)

    def _read_one(self, text: str) -> list[Finding]:
        found = self._unresolved(text)
        breaks = dewrap.soft_breaks(text)
        if breaks:
            found = self._with_wrapped_reading(text, breaks, found)
        return resolve_overlaps(found + self._listed_names(text, found))

    def names_in(self, text: str, findings: Iterable[Finding]) -> dict[str, str]:
        """The name strings that ``findings`` (of :meth:`read`) establish in ``text``, each
        mapped to the full name it stands for (see :func:`redact.document_names.names_in`)."""
        return document_names.names_in(text, findings) if "PERSON" in self._enabled else {}

    def read_document(self, text: str, findings: list[Finding], names: Names = ()) -> list[Finding]:
        """``findings`` of ``text`` (from :meth:`read`) with every occurrence of a document name
        added, and the role the document gives each value (:mod:`redact.roles`)."""
        found = roles.assign(text, self._with_document_names(text, findings, names), getattr(names, "roles", None))
        if self._deny and any(f.role for f in found):  # a denied value is redacted whatever its role
            found = [dataclasses.replace(f, role=None, role_rule=None) if f.role and self._denied(f, text) else f
                     for f in found]
        return found

    def _denied(self, finding: Finding, text: str) -> bool:
        pattern = self._deny.get(finding.entity_type)
        return pattern is not None and pattern.fullmatch(text, finding.start, finding.end) is not None

    def roles_in(self, text: str, findings: list[Finding], known=None) -> dict:
        """What ``findings`` (of :meth:`read`) of ``text`` teach about roles, merged into ``known``
        (see :func:`redact.roles.learned`): a file's other units read with it."""
        return roles.learned(text, roles.assign(text, findings, known), known)

    def _with_document_names(self, text: str, findings: list[Finding], names: Names) -> list[Finding]:
        if "PERSON" not in self._enabled or not findings and not names:
            return findings
        given = names if isinstance(names, Mapping) else {name: name for name in names}
        own = self.names_in(text, findings)
        if not own and not given:
            return findings
        folded = normalize_width(text) if self._allow["PERSON"] else text  # only an allow list reads it
        added = [f for f in document_names.occurrences(text, own, given) if self._passes(f, folded)]
        merged = document_names.merge(findings, added) if added else None
        return findings if merged is None else resolve_overlaps(merged)

    def _unresolved(self, text: str) -> list[Finding]:
        """Every finding that passes the policy, overlaps not yet resolved."""
        results = self._analyzer.analyze(
            text,
            language=LANGUAGE,
            entities=self._enabled,
            score_threshold=0.0,
            return_decision_process=True,
        )
        findings = [_to_finding(r) for r in results]
        findings.extend(self._deny_findings(text))
        folded = normalize_width(text)
        return [f for f in findings if self._passes(f, folded)]

    def _with_wrapped_reading(self, text: str, breaks: list[tuple[int, int]], found: list[Finding]) -> list[Finding]:
        """Read the text again with its soft breaks removed, as a reader reads it, and merge."""
        joined = dewrap.Joined(text, breaks)
        rereads = []
        for f in self._unresolved(joined.text):
            start, end = joined.span(f.start, f.end)
            rereads.append(dataclasses.replace(f, start=start, end=end))
        return dewrap.merge(text, breaks, found, rereads)

    def _listed_names(self, text: str, found: list[Finding]) -> list[Finding]:
        """Items of a list of names that the model and the rules left out (see name_lists)."""
        if "、" not in text or "PERSON" not in self._enabled:
            return []
        words = jieba_words()  # the PERSON rules loaded it already
        added = name_lists.complete(text, found, words)
        if "某" in text:
            added += name_lists.beside_masked(text, found + added, words)
        if not added:
            return []
        folded = normalize_width(text)
        return [f for f in added if self._passes(f, folded)]

    def analyze_batch(self, texts: Iterable[str]) -> list[list[Finding]]:
        """``analyze`` for many texts; models see them in batches, which is faster."""
        texts = list(texts)
        self.prefetch(texts)
        try:
            return [self.analyze(text) for text in texts]
        finally:
            self.clear_prefetched()

    def prefetch(self, texts: Iterable[str]) -> None:
        """Let the models tag ``texts`` in batches now; reading each of them later reuses that."""
        texts = list(texts)
        for recognizer in self._prefetchers:
            recognizer.prefetch(texts)

    def clear_prefetched(self) -> None:
        """Forget what :meth:`prefetch` tagged and no reading used."""
        for recognizer in self._prefetchers:
            recognizer.clear_prefetched()

    def _passes(self, finding: Finding, folded: str) -> bool:
        policy = self.policy.entities[finding.entity_type]
        if not policy.enabled or finding.score < policy.threshold:
            return False
        return _allow_key(folded[finding.start : finding.end]) not in self._allow[finding.entity_type]

    def _deny_findings(self, text: str) -> list[Finding]:
        return [
            Finding(etype, m.start(), m.end(), 1.0, "deny_list", subtype="deny_list")
            for etype, pattern in self._deny.items()
            for m in pattern.finditer(text)
        ]

    # -- de-identification ------------------------------------------------------------
    def redact_text(
        self, text: str, *, whole_as: Optional[str] = None, names: Names = (),
        findings: Optional[list[Finding]] = None,
    ) -> TextResult:
        """De-identify ``text``; findings carry offsets into the original and the operator used.

        ``whole_as`` (an entity type) treats the whole text, stripped, as that entity,
        on top of detection: a table cell under a 身份证号 header is an ID even when
        mistyped. A detection of the same span wins, so its subtype (plate class) counts.
        ``names``: as for :meth:`analyze`. ``findings``: this text's :meth:`read`, when the
        caller has it already (a file read twice, once to learn its names).
        """
        return self.apply(text, self.decide(text, whole_as=whole_as, names=names, findings=findings))

    def decide(
        self, text: str, *, whole_as: Optional[str] = None, names: Names = (),
        findings: Optional[list[Finding]] = None,
    ) -> list[Finding]:
        """The findings :meth:`redact_text` acts on (parameters as there), before any is acted on:
        a reviewer's decisions are applied between the two (``redact.review``)."""
        findings = self.analyze(text, names=names) if findings is None else self.read_document(text, findings, names)
        return self.with_column(text, findings, whole_as)

    def apply(self, text: str, findings: list[Finding], document: Optional[DocumentValues] = None) -> TextResult:
        """De-identify ``text`` by acting on ``findings`` (disjoint, sorted) as the policy says.

        ``document``: what the whole document masks, in order (``redact.document_values``), for
        operators that number values across it; without it they count this text's values."""
        acted: list[Finding] = []
        to_operate: list[RecognizerResult] = []
        values: dict[str, list[str]] = defaultdict(list)
        given: list[str] = []
        for f in findings:
            policy = self.policy.entities[f.entity_type]
            if policy.keeps(f):
                acted.append(dataclasses.replace(f, operator="keep"))
                continue
            acted.append(dataclasses.replace(f, operator=policy.operator))
            to_operate.append(RecognizerResult(f.entity_type, f.start, f.end, f.score))
            values[f.entity_type].append(text[f.start : f.end])
            if f.subtype == document_names.GIVEN_NAME:
                given.append(text[f.start : f.end])
        if not to_operate:
            return TextResult(text=text, findings=acted)
        configs = self._operator_configs(values, tuple(given), document)
        spans = sorted((r.start, r.end) for r in to_operate)
        replacements: list[tuple[int, int, str]] = []
        pieces = []
        for a, b in windows.segments(len(text), spans):  # one piece unless the text is long
            inside = [r for r in to_operate if a <= r.start < b]
            if not inside:
                pieces.append(text[a:b])
                continue
            shifted = [RecognizerResult(r.entity_type, r.start - a, r.end - a, r.score) for r in inside]
            result = self._anonymizer.anonymize(
                text=text[a:b], analyzer_results=shifted, operators=configs, merge_entities_with_spaces=False
            )
            pieces.append(result.text)
            # Items come back in output offsets; pair them, in order, with the disjoint inputs.
            items = sorted(result.items, key=lambda item: item.start)
            own = sorted((r.start + a, r.end + a) for r in shifted)
            replacements.extend((s, e, item.text) for (s, e), item in zip(own, items))
        return TextResult(text="".join(pieces), findings=acted, replacements=tuple(replacements))

    def with_column(self, text: str, findings: list[Finding], whole_as: Optional[str]) -> list[Finding]:
        """``findings`` and the whole (stripped) text as a ``whole_as`` finding: a cell under a
        身份证号 header is an ID even when mistyped; a detection of the same span wins."""
        if not whole_as or not self.policy.entities[whole_as].enabled or not text.strip():
            return findings
        start, end = len(text) - len(text.lstrip()), len(text.rstrip())
        role = getattr(whole_as, "role", None)  # 举报电话, or a row whose 使用单位 is an agency
        column = Finding(str(whole_as), start, end, 0.99, "column_header", subtype="column")
        column = dataclasses.replace(column, role=role, role_rule="column") if role and roles.fits(role, column) else column
        found = resolve_overlaps(findings + [column])
        if role is None:
            return found
        return [
            dataclasses.replace(f, role=role, role_rule="column")
            if f.entity_type == whole_as and f.role is None and roles.fits(role, f) else f
            for f in found
        ]

    # -- images -----------------------------------------------------------------------
    def redact_image(self, src: Union[str, "os.PathLike[str]"], dst: Union[str, "os.PathLike[str]"], config=None):
        """Blur plates and flagged caption text in the image at ``src``; write ``dst`` atomically.

        Same format and size as the input, EXIF orientation applied, all metadata stripped.
        Raises ``redact.image.ImageRejected`` (nothing written) for corrupt, truncated,
        mislabelled, oversized or non-image input. Returns a ``redact.image.ImageResult``.
        """
        from redact.image import ImageConfig, redact_image_bytes
        from redact.io import atomic_write

        src_path = os.fspath(src)
        with open(src_path, "rb") as fh:
            data = fh.read()
        out, result = redact_image_bytes(data, src_path, self, config or ImageConfig())
        atomic_write(dst, out)
        return result

    def redact_image_array(self, img, config=None):
        """numpy BGR image in, (redacted image, regions) out; for library users."""
        from redact.image import ImageConfig, redact_array

        return redact_array(img, self, config or ImageConfig())

    # -- PDF -----------------------------------------------------------------------------
    def redact_pdf(self, src: Union[str, "os.PathLike[str]"], dst: Union[str, "os.PathLike[str]"], config=None):
        """De-identify the PDF at ``src`` (text pages and scans); write a new PDF to ``dst`` atomically.

        Each output page is a picture of the page with every value covered (text) or blurred
        (plates, faces, text in photos and scans) and an invisible text layer holding the
        page's text with masks in place; nothing else of the input (metadata, annotations,
        bookmarks, attachments, scripts, earlier revisions) is carried over. Raises
        ``redact.pdf.PdfRejected`` (nothing written) for encrypted, corrupt, truncated,
        oversized or non-PDF input. Returns a ``redact.pdf.PdfResult``: findings per page,
        boxes in points from the page's top-left corner.
        """
        from redact.io import atomic_write
        from redact.pdf import PdfConfig, process

        with open(os.fspath(src), "rb") as fh:
            data = fh.read()
        out, result, _ = process(data, self, cfg=config or PdfConfig())
        atomic_write(dst, out)
        return result

    def _operator_configs(
        self, values: Mapping[str, list[str]], given: tuple[str, ...] = (), document: Optional[DocumentValues] = None,
    ) -> dict[str, OperatorConfig]:
        configs = {}
        for etype, config in self._operators.items():
            if config.operator_name in _OUR_OPERATORS:
                mine = values.get(etype, ())
                params = {**config.params, DOCUMENT_VALUES: document.with_unit(etype, mine) if document else tuple(mine)}
                if given and etype == "PERSON":
                    params[GIVEN_NAMES] = given
                config = OperatorConfig(config.operator_name, params)
            configs[etype] = config
        return configs


def _to_finding(result: RecognizerResult) -> Finding:
    meta = result.recognition_metadata or {}
    explanation: dict[str, Any] = {}
    if result.analysis_explanation is not None:
        for name in _EXPLANATION_FIELDS:
            value = getattr(result.analysis_explanation, name, None)
            if value is not None:
                explanation[name] = value
    return Finding(
        entity_type=result.entity_type,
        start=result.start,
        end=result.end,
        score=float(result.score),
        recognizer=meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown"),
        subtype=meta.get(SUBTYPE_KEY),
        explanation=explanation,
    )


def _allow_key(value: str) -> str:
    return normalize_width(value).strip()


def _deny_regex(terms: tuple[str, ...]) -> Optional["re.Pattern[str]"]:
    """Deny-list terms with boundaries only where the term's edge is a letter or digit."""
    parts = []
    for term in sorted(terms, key=len, reverse=True):
        left = r"(?<![0-9A-Za-z])" if term[0].isascii() and term[0].isalnum() else ""
        right = r"(?![0-9A-Za-z])" if term[-1].isascii() and term[-1].isalnum() else ""
        parts.append(left + re.escape(term) + right)
    return re.compile("|".join(parts))
