"""A violation list as CSV against the same rows written as prose: time and the ratio, one run.

    python benchmarks/table_bench.py [--rows 20000] [--seed 5]

Both go through ``redact.fileproc.process_file`` (what ``redact run`` does per file) with one
Redactor, on one core (the process pins itself to one CPU and BLAS to one thread). The prose
holds every cell with its header as a clause (号牌号码湘A·…，违法时间…。), one row a line, so
both carry the same values. Issue 23's target: the CSV within 1.5× the prose.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # read when NumPy loads its BLAS, so set before any import of it
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import redact  # noqa: E402
from benchmarks.corpus import Gen, table  # noqa: E402
from redact.fileproc import process_file  # noqa: E402


def as_prose(csv_text: str) -> str:
    header, *rows = csv_text.splitlines()
    names = header.split(",")
    return "\n".join("，".join(f"{h}{v}" for h, v in zip(names, row.split(","))) + "。" for row in rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    csv_text = table(Gen(args.seed), args.rows).text
    prose = as_prose(csv_text)
    redactor = redact.Redactor()
    process_file("序号,姓名\n1,张伟\n".encode(), "warm.csv", redactor)  # load models outside the timing
    timings = {}
    for name, data, path in (("csv", csv_text, "list.csv"), ("prose", prose, "list.txt")):
        started = time.perf_counter()
        outcome = process_file(data.encode("utf-8"), path, redactor)
        timings[name] = time.perf_counter() - started
        print(f"{name:6} {timings[name]:8.2f} s  {args.rows / timings[name]:8.0f} rows/s  {len(outcome.findings)} findings")
    print(f"ratio csv / prose: {timings['csv'] / timings['prose']:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
