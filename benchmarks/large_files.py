"""Time and peak memory of `redact run` against the size of one large list (TXT and CSV).

Each size is generated (benchmarks.corpus bulletins / violation tables), then de-identified
by `redact run --workers 1` in a fresh process whose peak RSS is read from the kernel
(wait4). The same files are run once streamed (limits.stream_from_mb below the smallest
size) and once read whole, so the two memory curves can be compared in one run:

    python benchmarks/large_files.py --txt-mb 1 2 4 8 --csv-mb 0.25 0.5 1 2

Prints one line per (kind, size, mode): seconds, MB/s, peak RSS. Streamed, the RSS stays
flat while the size grows; time grows linearly.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import Gen, bulletin, table  # noqa: E402


def make(kind: str, megabytes: float, path: Path) -> None:
    """A file of about ``megabytes`` MB: bulletin prose, or one violation table."""
    g = Gen(7)
    goal = int(megabytes * 2**20)
    with open(path, "w", encoding="utf-8") as fh:
        written = 0
        if kind == "csv":
            header, *rows = table(g, 200).text.splitlines(True)
            fh.write(header)
            written += len(header.encode())
        while written < goal:
            piece = bulletin(g, 12).text if kind == "txt" else "".join(table(g, 200).text.splitlines(True)[1:])
            fh.write(piece)
            written += len(piece.encode())


def measure(src: Path, out: Path, stream_from_mb: float) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one `redact run` in its own process."""
    policy = out.parent / f"policy-{out.name}.toml"
    policy.write_text(f"[limits]\nstream_from_mb = {stream_from_mb}\nfile_timeout_s = 0\n", encoding="utf-8")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "redact", "run", str(src), "-o", str(out), "--workers", "1", "--policy", str(policy), "--quiet"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"redact run failed: {proc.stderr.read().decode()[-500:]}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--txt-mb", type=float, nargs="*", default=[1, 2, 4])
    ap.add_argument("--csv-mb", type=float, nargs="*", default=[0.25, 0.5, 1])
    ap.add_argument("--whole", action="store_true", help="also run each file read whole, for comparison")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        print(f"{'kind':5} {'MB':>6} {'mode':9} {'seconds':>8} {'MB/s':>6} {'peak RSS MB':>12}")
        for kind, sizes in (("txt", args.txt_mb), ("csv", args.csv_mb)):
            for mb in sizes:
                src = tmp_p / f"{kind}-{mb}"
                src.mkdir()
                make(kind, mb, src / f"list.{kind}")
                real_mb = (src / f"list.{kind}").stat().st_size / 2**20
                for mode in ("streamed", "whole") if args.whole else ("streamed",):
                    out = tmp_p / f"out-{kind}-{mb}-{mode}"
                    seconds, rss = measure(src, out, 0.1 if mode == "streamed" else 10_000)
                    print(f"{kind:5} {real_mb:6.2f} {mode:9} {seconds:8.1f} {real_mb / seconds:6.3f} {rss:12.0f}", flush=True)


if __name__ == "__main__":
    main()
