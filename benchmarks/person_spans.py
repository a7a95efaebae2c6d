"""Dump every PERSON span the layer finds, to show that a change of structure changed nothing.

Three readings of each text are written: the rule recognizer's results (start, end, score,
rule), the model recognizer's, and what ``Redactor.analyze`` keeps in the end. Texts: the last
``--tail`` lines of each ``ner/*_train.jsonl`` and ``*_dev.jsonl`` file, the court judgments,
every ``benchmarks/probe_frames.py`` template filled with two seeds, and generated court
documents (``benchmarks/court_docs.py``).

    python benchmarks/person_spans.py ../shared/data --out before.jsonl
    # ... restructure ...
    python benchmarks/person_spans.py ../shared/data --out after.jsonl --compare before.jsonl

``--compare`` prints each text whose spans differ and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import court_docs, probe_frames  # noqa: E402


def texts(data: Path | None, tail: int):
    """(label, text) pairs, the same ones in the same order on every run."""
    if data is not None:
        for path in sorted((data / "ner").glob("*.jsonl")):
            with open(path, encoding="utf-8") as fh:
                lines = deque(fh, maxlen=tail)
            for k, line in enumerate(lines):
                yield f"{path.name}:{k}", json.loads(line)["text"]
        court = data / "court" / "court_dev.jsonl"
        if court.exists():
            for k, doc in enumerate(court_eval_docs(court)):
                yield f"court:{k}", doc
    from faker import Faker

    for group, templates in probe_frames.TEMPLATES.items():
        for seed in probe_frames.SEEDS[:2]:
            faker = Faker("zh_CN")
            faker.seed_instance(seed)
            for k, template in enumerate(templates):
                yield f"{group}:{seed}:{k}", probe_frames.fill(template, faker.name)[0]
    for k, doc in enumerate(court_docs.documents(seed=0, docs=20)):
        yield f"court_docs:{k}", doc["text"]


def court_eval_docs(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def readings(text: str, rules, model, redactor) -> dict:
    def spans(results):
        return sorted(
            [r.start, r.end, round(r.score, 4), (r.recognition_metadata or {}).get("subtype")] for r in results
        )

    return {
        "rules": spans(rules.analyze(text, ["PERSON"])),
        "model": spans(model.analyze(text, ["PERSON"])),
        "final": sorted(
            [f.start, f.end, round(f.score, 4), f.subtype] for f in redactor.analyze(text) if f.entity_type == "PERSON"
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("--tail", type=int, default=400, help="lines from the end of each ner file")
    parser.add_argument("--out", type=Path, required=True, help="where to write the dump (JSONL)")
    parser.add_argument("--compare", type=Path, help="an earlier dump: print what differs")
    args = parser.parse_args(argv)

    import recognizers
    import redact

    rules, model = recognizers.ChinesePersonRuleRecognizer(), recognizers.ChinesePersonNerRecognizer()
    rules.load()
    model.load()
    redactor = redact.Redactor()
    with open(args.out, "w", encoding="utf-8") as out:
        for label, text in texts(args.data, args.tail):
            row = {"label": label, "text": text, **readings(text, rules, model, redactor)}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.compare is None:
        return 0
    return compare(args.compare, args.out)


def compare(before: Path, after: Path) -> int:
    """Print each text whose readings differ between two dumps; 1 when any does."""
    with open(before, encoding="utf-8") as a, open(after, encoding="utf-8") as b:
        old, new = [json.loads(x) for x in a], [json.loads(x) for x in b]
    differ = 0
    for x, y in zip(old, new):
        if x["text"] != y["text"]:
            print(f"{x['label']}: a different text; the dumps are not of the same inputs")
            return 1
        for key in ("rules", "model", "final"):
            if x[key] != y[key]:
                differ += 1
                text = x["text"]
                gone = [s for s in x[key] if s not in y[key]]
                came = [s for s in y[key] if s not in x[key]]
                show = lambda spans: ", ".join(f"{text[s[0]:s[1]]}({s[0]},{s[2]},{s[3]})" for s in spans)  # noqa: E731
                print(f"{x['label']} {key}: -[{show(gone)}] +[{show(came)}]")
    print(f"{len(new)} texts, {differ} readings differ")
    return 1 if differ or len(old) != len(new) else 0


if __name__ == "__main__":
    sys.exit(main())
