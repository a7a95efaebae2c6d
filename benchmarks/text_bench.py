"""Accuracy and speed of ``Redactor.analyze`` on a generated bulletin corpus.

Prints per-type recall and precision, hits on hard-negative documents, and the
throughput (characters per second) of ``Redactor.analyze`` side by side with a vanilla
Presidio ``AnalyzerEngine`` holding the same recognizers (spaCy blank ``zh`` NLP engine,
Presidio's default lemma context enhancer), on the same corpus in the same run.

    python benchmarks/text_bench.py [--seed 0] [--docs 400] [--repeat 3] [--sentences FILE.jsonl]

A ground-truth span counts as found when findings of its type cover every character
of it; a finding is a false positive when it overlaps no ground-truth span of its type.

It also times ``analyze`` called once per text against a naive baseline in the same run (three
regexes for IDs, phones and plates, and ``jieba.posseg`` for names tagged ``nr``) on the
bulletins, on short one-line sentences (``--sentences``: the first 3,000 texts of a JSONL file
with a ``text`` field, e.g. ``../shared/data/ner/msra_train.jsonl``; by default the
``probe_frames`` templates filled with generated names), and on both together.

Throughput is measured on one core: the process pins itself to one CPU and NumPy's BLAS
(which runs the PERSON model's matrix products) to one thread, before NumPy is imported.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # read when NumPy loads its BLAS, so set before any import of it
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

from benchmarks.corpus import Doc, corpus  # noqa: E402
from recognizers import spacy_support  # noqa: E402


def score(docs: list[Doc], analyze: Callable[[str], Iterable]) -> dict[str, Counter]:
    """Count found/missed ground truth and false positives per entity type."""
    stats = {"found": Counter(), "missed": Counter(), "fp": Counter(), "reported": Counter(), "neg_hits": Counter()}
    for doc in docs:
        findings = [(f.entity_type, f.start, f.end) for f in analyze(doc.text)]
        for start, end, etype in doc.spans:
            covered = set()
            for ftype, fs, fe in findings:
                if ftype == etype:
                    covered.update(range(max(start, fs), min(end, fe)))
            stats["found" if len(covered) == end - start else "missed"][etype] += 1
        for ftype, fs, fe in findings:
            stats["reported"][ftype] += 1
            if not any(t == ftype and s < fe and fs < e for s, e, t in doc.spans):
                stats["fp"][ftype] += 1
                if doc.kind == "negatives":
                    stats["neg_hits"][ftype] += 1
    return stats


def throughput(docs: list[Doc], analyze: Callable[[str], object], repeat: int) -> float:
    """Best-of-``repeat`` characters per second over the whole corpus."""
    chars = sum(len(d.text) for d in docs)
    best = float("inf")
    for _ in range(repeat):
        spacy_support.clear_word_cache()  # each repeat starts cold, not on a warmed-up corpus
        t0 = time.perf_counter()
        for doc in docs:
            analyze(doc.text)
        best = min(best, time.perf_counter() - t0)
    return chars / best


def naive_analyzer() -> Callable[[str], list]:
    """What a first attempt looks like: three regexes and jieba's part-of-speech names."""
    import jieba
    import jieba.posseg
    import regex as re

    from recognizers.license_plate import PROVINCES

    jieba.setLogLevel(60)
    jieba.dt.check_initialized()
    patterns = [re.compile(r"\d{17}[\dXx]|\d{15}"), re.compile(r"1[3-9]\d{9}"), re.compile(f"[{PROVINCES}][A-Z][A-Z0-9]{{5,6}}")]

    def analyze(text: str) -> list:
        found = [m.span() for pattern in patterns for m in pattern.finditer(text)]
        pos = 0
        for word, flag in jieba.posseg.cut(text):
            if flag == "nr":
                found.append((pos, pos + len(word)))
            pos += len(word)
        return found

    return analyze


def short_sentences(path: Optional[Path], n: int = 3000) -> list[Doc]:
    """One-line texts: from a JSONL file, or the probe_frames templates with generated names."""
    if path is not None:
        with open(path, encoding="utf-8") as fh:
            return [Doc("sentence", json.loads(line)["text"], []) for line, _ in zip(fh, range(n))]
    from faker import Faker

    from benchmarks import probe_frames

    faker = Faker("zh_CN")
    faker.seed_instance(0)
    one_line = [t for group in probe_frames.TEMPLATES.values() for t in group if "\n" not in t]
    return [Doc("sentence", probe_frames.fill(one_line[k % len(one_line)], faker.name)[0], []) for k in range(n)]


def against_naive(docs: list[Doc], sentences: list[Doc], repeat: int) -> None:
    """``analyze`` once per text, and the naive baseline, on the same texts in the same run."""
    import redact

    redactor, naive = redact.Redactor(), naive_analyzer()
    print("\nanalyze once per text against a naive regex + jieba baseline (one core, best of %d)" % repeat)
    print(f"  {'texts':28} {'analyze chars/s':>16} {'naive chars/s':>14} {'ratio':>7}")
    for label, texts in (("bulletins", docs), ("short sentences", sentences), ("both", docs + sentences)):
        ours, theirs = throughput(texts, redactor.analyze, repeat), throughput(texts, naive, repeat)
        print(f"  {label + f' ({len(texts)})':28} {ours:16,.0f} {theirs:14,.0f} {ours / theirs:6.2f}x")


def vanilla_engine(model_dir: Path, person_model: bool):
    """Presidio as shipped: spaCy NLP engine (blank zh) and the lemma context enhancer."""
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from redact.engine import build_registry

    spacy.blank("zh").to_disk(model_dir)
    nlp = SpacyNlpEngine(models=[{"lang_code": "zh", "model_name": str(model_dir)}])
    return AnalyzerEngine(registry=build_registry(person_model), nlp_engine=nlp, supported_languages=["zh"])


def report(name: str, stats: dict[str, Counter]) -> None:
    print(f"\n{name}")
    print(f"  {'type':18} {'recall':>8} {'precision':>10} {'found':>7} {'missed':>7} {'false+':>7}")
    for etype in sorted(set(stats["found"]) | set(stats["missed"])):
        found, missed = stats["found"][etype], stats["missed"][etype]
        reported, fp = stats["reported"][etype], stats["fp"][etype]
        recall = found / max(1, found + missed)
        precision = 1 - fp / reported if reported else 1.0
        print(f"  {etype:18} {recall:8.4f} {precision:10.4f} {found:7d} {missed:7d} {fp:7d}")
    hits = sum(stats["neg_hits"].values())
    print(f"  hits on hard-negative documents: {hits} {dict(stats['neg_hits']) if hits else ''}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sentences", type=Path, help="JSONL of short texts (a 'text' field) for the naive comparison")
    parser.add_argument("--naive-only", action="store_true", help="only the comparison with the naive baseline")
    args = parser.parse_args()

    import redact

    docs = corpus(seed=args.seed, docs=args.docs)
    chars = sum(len(d.text) for d in docs)
    kinds = Counter(d.kind for d in docs)
    print(f"corpus: seed {args.seed}, {len(docs)} documents {dict(kinds)}, {chars:,} characters")
    against_naive(docs, short_sentences(args.sentences), args.repeat)
    if args.naive_only:
        return
    for person_model in (True, False):
        label = "with the PERSON model" if person_model else "rules only (person_model = false)"
        print(f"\n=== {label} ===")
        redactor = redact.Redactor(policy={"person_model": person_model})
        report("redact.Redactor.analyze", score(docs, redactor.analyze))
        with tempfile.TemporaryDirectory() as tmp:
            vanilla = vanilla_engine(Path(tmp) / "zh_blank", person_model)

            def vanilla_analyze(text: str):
                return [r for r in vanilla.analyze(text, language="zh") if r.score >= 0.5]

            report("vanilla Presidio AnalyzerEngine, same recognizers", score(docs, vanilla_analyze))
            ours = throughput(docs, redactor.analyze, args.repeat)
            batched = throughput_batch(docs, redactor, args.repeat)
            theirs = throughput(docs, vanilla_analyze, args.repeat)
            # The whole corpus as one document: a long file must not cost more per character.
            whole = [Doc("whole", "\n".join(d.text for d in docs), [])]
            long_one = throughput(whole, redactor.analyze, args.repeat)
        print("\nthroughput (one core, one thread of BLAS, best of %d)" % args.repeat)
        print(f"  redact.Redactor.analyze         {ours:11,.0f} chars/s")
        print(f"  redact.Redactor.analyze_batch   {batched:11,.0f} chars/s")
        print(f"  analyze, corpus as one document {long_one:11,.0f} chars/s")
        print(f"  vanilla Presidio AnalyzerEngine {theirs:11,.0f} chars/s")
        print(f"  ratio analyze / vanilla         {ours / theirs:11.2f}x")


def throughput_batch(docs: list[Doc], redactor, repeat: int) -> float:
    chars = sum(len(d.text) for d in docs)
    texts = [d.text for d in docs]
    best = float("inf")
    for _ in range(repeat):
        spacy_support.clear_word_cache()  # each repeat starts cold, not on a warmed-up corpus
        t0 = time.perf_counter()
        redactor.analyze_batch(texts)
        best = min(best, time.perf_counter() - t0)
    return chars / best


if __name__ == "__main__":
    main()
