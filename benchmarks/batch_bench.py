"""Files per second of ``redact run`` with 1 and 2 workers, and peak memory versus file count.

    python benchmarks/batch_bench.py [--files 10000] [--small 2000]
    python benchmarks/batch_bench.py --dask [--files 2000]     # and on a local Dask cluster
    python benchmarks/batch_bench.py --dask-workers --files 1500 --photos 40 [--photo-dir ../shared/data/plates/images]

Generates small bulletin files (seeded) in a temporary folder, runs the real command
in a subprocess per configuration, and prints files/s, the speed-up of 2 workers over
1, and the peak resident memory of the main process and of the largest worker, for
``--small`` files and for ``--files`` files (it should not grow with the count).

``--dask-workers`` starts a ``dask scheduler`` and two ``dask worker`` processes from this
environment (as an operator would, before the run; their start is not timed) and compares
``--dask tcp://…`` with ``--workers 1`` on the same folder: ``--files`` short texts and
``--photos`` photos (copied from ``--photo-dir``, or generated scenes), outputs compared.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import Gen, prose_item, _Builder  # noqa: E402

RUNNER = """
import json, resource, sys, redact
how = sys.argv[3]
if how.startswith(("local:", "tcp://")):
    s = redact.run(sys.argv[1], sys.argv[2], dask=how, progress=False)
else:
    s = redact.run(sys.argv[1], sys.argv[2], workers=int(how), progress=False)
print(json.dumps({"done": s.done, "quarantined": len(s.quarantined),
                  "main_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "child_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def make_files(root: Path, n: int, seed: int = 0) -> None:
    g = Gen(seed)
    for i in range(n):
        b = _Builder()
        prose_item(g, b, 1)
        folder = root / f"batch{i // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"notice{i:05d}.txt").write_text(b.doc("item").text, encoding="utf-8")


def measure(src: Path, out: Path, workers) -> dict:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", RUNNER, str(src), str(out), str(workers)],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    seconds = time.perf_counter() - t0
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["seconds"] = seconds
    result["files_per_s"] = result["done"] / seconds
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=2_000)
    parser.add_argument("--dask", action="store_true", help="compare a local Dask cluster of 1 and 2 workers instead")
    parser.add_argument("--dask-workers", action="store_true",
                        help="compare a scheduler and 2 worker processes started before the run instead")
    parser.add_argument("--photos", type=int, default=40, help="photos in the folder (with --dask-workers)")
    parser.add_argument("--photo-dir", type=Path, help="where the photos come from (default: generated scenes)")
    args = parser.parse_args()
    if args.dask:
        return dask_main(args.files)
    if args.dask_workers:
        return dask_workers_main(args.files, args.photos, args.photo_dir)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        runs = {}
        for n in (args.small, args.files):
            src = tmp / f"src{n}"
            make_files(src, n)
            for workers in (1, 2):
                runs[(n, workers)] = r = measure(src, tmp / f"out{n}_{workers}", workers)
                print(f"{n:6d} files, --workers {workers}: {r['seconds']:7.1f} s, {r['files_per_s']:7.1f} files/s, "
                      f"peak RSS main {r['main_kb'] / 1024:6.1f} MB, largest worker {r['child_kb'] / 1024:6.1f} MB",
                      flush=True)
        speedup = runs[(args.files, 2)]["files_per_s"] / runs[(args.files, 1)]["files_per_s"]
        print(f"speed-up of --workers 2 over --workers 1 on {args.files} files: {speedup:.2f}x")
        grow = runs[(args.files, 2)]["main_kb"] / runs[(args.small, 2)]["main_kb"]
        print(f"main-process peak memory, {args.files} vs {args.small} files: {grow:.2f}x")


def dask_main(files: int) -> None:
    """Files/s of the local runner (1 worker) and of a Dask LocalCluster of 1 and 2 processes,
    in the same run, on the same files; the cluster's start-up is counted."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "src"
        make_files(src, files)
        runs = {}
        for how in ("1", "local:1", "local:2"):
            runs[how] = r = measure(src, tmp / f"out_{how.replace(':', '_')}", how)
            label = f"--workers {how}" if how.isdigit() else f"--dask {how}"
            print(f"{files:6d} files, {label:16}: {r['seconds']:7.1f} s, {r['files_per_s']:7.1f} files/s", flush=True)
        for how in ("local:1", "local:2"):
            print(f"--dask {how} / --workers 1: {runs[how]['files_per_s'] / runs['1']['files_per_s']:.2f}x")


def add_photos(root: Path, n: int, photo_dir: Optional[Path]) -> None:
    folder = root / "photos"
    folder.mkdir(parents=True, exist_ok=True)
    if photo_dir is not None:
        for path in sorted(p for p in photo_dir.iterdir() if p.suffix.lower() in (".jpg", ".jpeg", ".png"))[:n]:
            shutil.copy(path, folder / path.name)
        return
    from benchmarks.scenes import generated_items

    for name, data, _ in generated_items(n):
        (folder / name).write_bytes(data)


def dask_workers_main(files: int, photos: int, photo_dir: Optional[Path]) -> None:
    """Files/s of ``--workers 1`` and of a scheduler with 2 worker processes started before the
    run (as on a cluster), on the same folder, outputs compared."""
    dask = Path(sys.executable).parent / "dask"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "src"
        make_files(src, files)
        add_photos(src, photos, photo_dir)
        local = measure(src, tmp / "out_local", 1)
        port = _free_port()
        procs = [subprocess.Popen([str(dask), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
        address = f"tcp://127.0.0.1:{port}"
        try:
            time.sleep(2)
            procs += [subprocess.Popen([str(dask), "worker", address, "--no-dashboard"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(2)]
            _wait_for_workers(address, 2)
            remote = measure(src, tmp / "out_dask", address)
        finally:
            for proc in reversed(procs):
                proc.terminate()
                proc.wait()
        same = _same_tree(tmp / "out_local", tmp / "out_dask")
        print(f"{files} texts + {photos} photos, --workers 1: {local['seconds']:6.1f} s, {local['files_per_s']:6.1f} files/s")
        print(f"{files} texts + {photos} photos, --dask (2 workers): {remote['seconds']:6.1f} s, {remote['files_per_s']:6.1f} files/s")
        print(f"ratio --dask / --workers 1: {remote['files_per_s'] / local['files_per_s']:.2f}x; outputs identical: {same}")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_workers(address: str, n: int, timeout: float = 120) -> None:
    """Until ``n`` workers have registered (each builds its Redactor while it starts)."""
    from dask.distributed import Client

    with Client(address, timeout="30s") as client:
        client.wait_for_workers(n, timeout=timeout)
    time.sleep(1)


def _same_tree(a: Path, b: Path) -> bool:
    files = lambda root: {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}  # noqa: E731
    return files(a) == files(b)


if __name__ == "__main__":
    main()
