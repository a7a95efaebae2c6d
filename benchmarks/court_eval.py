"""PERSON recall per mention and precision on court judgments with every name mention labelled.

    python benchmarks/court_eval.py ../shared/data/court/court_dev.jsonl [--policy bulletin] [--show]
    python benchmarks/court_eval.py --generated [--docs 200] [--seed 0]

The file is JSONL in the ``ner/`` format (``text``, ``spans`` with ``start``/``end``, optional
``role``), one document a line. Each document is redacted with ``Redactor.redact_text`` as one
unit, as ``redact run`` reads a file. Counts, on what the output actually masks:

* a mention is *found* when masked PERSON findings cover every character of it, *partly* found
  when they cover some (a half-masked name: the worst leak, the reader sees both halves);
* a masked PERSON finding is *wrong* when it overlaps no labelled mention. Findings the policy
  keeps (a surname alone) mask nothing and are not counted;
* a mention left in clear because the policy keeps its role (``court`` keeps the court's officers
  and lawyers, see ``redact.roles``) is counted per labelled role as *kept*, and recall is also
  given over the other mentions.

``--generated`` runs the same measure on court-style documents from ``benchmarks.court_docs``
(several mentions per person, some without a cue), so the floor can be checked without the
shared data. ``--show`` prints each miss and wrong finding with ten characters of context.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import redact  # noqa: E402


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(redactor: "redact.Redactor", docs: Iterable[dict], show: bool = False) -> Counter:
    """Counts of found / partly / missed mentions (also per role) and of right / wrong findings."""
    stats: Counter = Counter()
    for doc in docs:
        text = doc["text"]
        people = [f for f in redactor.redact_text(text).findings if f.entity_type == "PERSON"]
        masked = [f for f in people if f.operator != "keep"]
        covered, published = set(), set()
        for f in masked:
            covered.update(range(f.start, f.end))
        for f in people:
            if f.operator == "keep" and f.role:  # kept on purpose: a court officer, a lawyer
                published.update(range(f.start, f.end))
        for span in doc["spans"]:
            chars = set(range(span["start"], span["end"]))
            kind = "found" if chars <= covered else ("partly" if chars & covered else "missed")
            stats[kind] += 1
            stats[f"{kind}:{span.get('role', '-')}"] += 1
            if kind != "found" and chars <= published:
                stats[f"kept:{span.get('role', '-')}"] += 1
            if show and kind != "found":
                print(f"{kind:7} {doc.get('source', '')}: {_context(text, span['start'], span['end'])}")
        for f in masked:
            right = any(s["start"] < f.end and f.start < s["end"] for s in doc["spans"])
            stats["right" if right else "wrong"] += 1
            if show and not right:
                print(f"wrong   {doc.get('source', '')}: {_context(text, f.start, f.end)}  ({f.recognizer})")
    return stats


def _context(text: str, start: int, end: int, width: int = 10) -> str:
    before = text[max(0, start - width) : start].replace("\n", "⏎")
    after = text[end : end + width].replace("\n", "⏎")
    return f"{before}[{text[start:end]}]{after}"


def report(stats: Counter) -> str:
    mentions = stats["found"] + stats["partly"] + stats["missed"]
    reported = stats["right"] + stats["wrong"]
    recall = stats["found"] / mentions if mentions else 1.0
    precision = stats["right"] / reported if reported else 1.0
    lines = [
        f"mentions {mentions}: found {stats['found']}, half-masked {stats['partly']}, missed {stats['missed']}",
        f"recall per mention {recall:.4f}; precision {precision:.4f} ({stats['wrong']} wrong of {reported} masked)",
    ]
    roles = sorted({key.split(":", 1)[1] for key in stats if ":" in key})
    for role in roles:
        total = sum(stats[f"{kind}:{role}"] for kind in ("found", "partly", "missed"))
        kept = f", kept by the policy's roles {stats[f'kept:{role}']}" if stats[f"kept:{role}"] else ""
        lines.append(f"  {role:8} masked {stats[f'found:{role}']}/{total}{kept}")
    kept = sum(stats[f"kept:{role}"] for role in roles)
    if kept:
        rest = mentions - kept
        lines.append(f"recall on the mentions the policy does not keep on purpose: {stats['found']}/{rest}"
                     f" = {stats['found'] / rest if rest else 1.0:.4f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, help="court JSONL (e.g. ../shared/data/court/court_dev.jsonl)")
    parser.add_argument("--generated", action="store_true", help="use generated court-style documents instead")
    parser.add_argument("--docs", type=int, default=200, help="generated documents (with --generated)")
    parser.add_argument("--seed", type=int, default=0, help="generator seed (with --generated)")
    parser.add_argument("--policy", default=None, help="policy preset or file (default: bulletin)")
    parser.add_argument("--show", action="store_true", help="print every miss and wrong finding in context")
    args = parser.parse_args(argv)
    if args.generated:
        from benchmarks.court_docs import documents

        docs = documents(args.seed, args.docs)
    elif args.path:
        docs = load(args.path)
    else:
        parser.error("give a court JSONL path or --generated")
    stats = evaluate(redact.Redactor(args.policy), docs, show=args.show)
    print(report(stats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
