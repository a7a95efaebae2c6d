"""Running ``redact run``'s per-file work on a Dask cluster (``--dask ADDRESS``).

The work on one file is the same pure function as on this machine (``batch.work``): a worker
reads the input from SRC, writes the output into OUT atomically and sends back the outcome
without the output bytes. So SRC and OUT must be one shared file system, seen at the same
paths by the client and every worker. The client keeps what must be single: the audit log
(with the key, which never leaves the client), the manifest, the summary and the progress
bar; it writes them in the order of the files, whatever order the workers finish in, so two
runs of the same folder give the same audit log but for times.

A worker builds its Redactor once per process and policy (a cached factory), not per file.
A worker that dies costs a retry of its chunk, not a file: Dask reschedules the task and the
atomic write makes a second write of the same output harmless. A scheduler that goes away
ends the run: what finished is in the audit log and the manifest, and a rerun resumes.

Addresses: ``tcp://HOST:PORT`` of a running scheduler (``dask scheduler`` and ``dask worker``
on each machine), or ``local:N`` for a LocalCluster of N processes on this machine.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from asyncio import CancelledError
from pathlib import Path
from typing import Iterator, Optional

from redact.errors import RunInterrupted, UsageError
from redact.outcome import FileOutcome
from redact.policy import Policy

#: How long the client waits for a scheduler to answer before it gives up.
CONNECT_TIMEOUT = "20s"
#: Most files in one task: fewer round trips through the scheduler, still a balanced end
#: (2,000 short bulletins on two local workers: 16 → 9.7 s, 32 → 7.3 s, 48 → 7.1 s).
CHUNK = 32
#: How often a chunk is retried when the worker running it dies.
RETRIES = 3

#: Dask's loggers that print to stderr on their own (each has its level and handler).
_DASK_LOGGERS = ("distributed", "distributed.client")

_STATE: dict[str, tuple] = {}
_LOCK = threading.Lock()
#: The client's open connections, by address: (client, the LocalCluster it started or None).
_OPEN: dict[str, tuple] = {}


def connect(address: str):
    """A dask.distributed Client for ``address``; the cluster it started (or None) comes along."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:  # pragma: no cover - a dependency; named for pip users
        raise UsageError("--dask needs the 'distributed' package (pip install distributed)") from err
    if address.startswith("local:"):
        try:
            n = int(address.split(":", 1)[1])
        except ValueError:
            raise UsageError(f"--dask {address}: write local:N with N the number of worker processes") from None
        if n < 1:
            raise UsageError("--dask local:N needs N >= 1")
        cluster = LocalCluster(
            n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",  # this machine only
            dashboard_address="127.0.0.1:0", worker_dashboard_address="127.0.0.1:0",  # no fixed port to collide on
        )
        return Client(cluster), cluster
    if not address.startswith(("tcp://", "tls://", "inproc://", "ws://", "wss://")):
        raise UsageError(f"--dask {address}: give a scheduler address (tcp://HOST:PORT) or local:N")
    try:
        return Client(address, timeout=CONNECT_TIMEOUT), None
    except (OSError, TimeoutError) as err:
        raise UsageError(f"--dask {address}: no Dask scheduler answered ({type(err).__name__})") from None


def prepare(address: str, rels: list[str], policy: Policy) -> dict[str, str]:
    """On a worker, before anything is written: the operators' check of the policy's values
    (``Policy.check_values``: it loads Presidio, which the client does without), and the public
    form of each folder and file name in ``rels`` that may hold personal data.

    The connection stays open for the run's files (``results``), so a ``local:N`` cluster is
    started once."""
    from redact.file_names import parts

    client, _ = _open(address)
    return client.submit(_prepare, parts(rels), policy, pure=False).result()


def _prepare(names: list[str], policy: Policy) -> dict[str, str]:
    """Runs on a Dask worker: a PolicyError travels back to the client as it is; each name
    with its personal data masked (``file_names.public_part``)."""
    policy.check_values()
    if not names:
        return {}
    from redact.file_names import public_part

    redactor, lock = _worker(policy)
    with lock:
        return {name: public_part(name, redactor) for name in names}


def _open(address: str):
    """This process's connection to ``address``, opened once per run (``results`` closes it)."""
    if address not in _OPEN:
        _OPEN[address] = connect(address)
    return _OPEN[address]


def _close_all() -> None:
    """A run that failed between reading the names and its files leaves no cluster behind."""
    for client, cluster in list(_OPEN.values()):
        _quietly(client.close)
        if cluster is not None:
            _quietly(cluster.close)
    _OPEN.clear()


atexit.register(_close_all)


def _worker(policy: Policy):
    """This process's (redactor, lock) for a policy, built once and shared by its threads."""
    from redact.redactor import Redactor

    key = policy.digest()
    with _LOCK:
        if key not in _STATE:
            _STATE[key] = (Redactor(policy=policy), threading.Lock())
        return _STATE[key]


def dask_setup(worker=None) -> None:
    """Dask's preload hook: a worker that preloads this module (``dask worker --preload
    redact.dask_runner``, or the ``distributed.worker.preload`` setting that ``make`` puts into
    the environment's ``etc/dask``) builds the default policy's Redactor and loads the image
    models while it starts, so the first files of a run do not wait for them (a cold first
    photo took 2.8 s instead of 0.65 s).

    It also makes the worker take one task at a time, before it registers with the scheduler:
    its files run one at a time anyway (one Redactor per process), and a second task queued
    behind the first on a busy worker is one that an idle worker cannot steal. Parallelism is
    one worker process per core (``dask worker ADDRESS --nworkers N``)."""
    redactor, _ = _worker(Policy.load(None))
    _warm_image_models(redactor)
    if worker is not None and worker.state.nthreads > 1:
        from concurrent.futures import ThreadPoolExecutor

        spare = worker.executors.get("default")
        worker.executors["default"] = ThreadPoolExecutor(1, thread_name_prefix="Dask-Default-Threads")
        worker.state.nthreads = 1
        if spare is not None:
            spare.shutdown(wait=False)


def _warm_image_models(redactor) -> None:
    """Run the photo path once on a small drawn image: the OCR and face models load now."""
    import numpy

    image = numpy.full((96, 320, 3), 230, numpy.uint8)
    image[30:66, 40:280] = 40  # a dark band: something for the text detector to look at
    redactor.redact_image_array(image)


def work_chunk(src: str, rels: list[str], policy: Policy, audit_key: Optional[bytes], out: str):
    """Runs on a Dask worker: the per-file work of ``redact run`` for each file of a chunk."""
    from redact.batch import _pair, work

    redactor, lock = _worker(policy)
    with lock:  # one file at a time per process: the Redactor's models are not shared across threads
        return [work(redactor, audit_key, Path(out), src, *_pair(item)) for item in rels]


def results(
    address: str, src: str, out: str, todo: list, policy: Policy, audit_key: Optional[bytes]
) -> Iterator[tuple[str, FileOutcome]]:
    """(relative path, outcome) for every file of ``todo``, in that order, computed on the cluster."""
    from dask.distributed import as_completed

    from redact.batch import chunked

    # Dask logs a lost scheduler as tracebacks on stderr; the run says it in one line instead.
    loggers = [logging.getLogger(name) for name in _DASK_LOGGERS]
    levels = [log.level for log in loggers]
    for log in loggers:
        log.setLevel(logging.CRITICAL)
    client, cluster = _open(address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or 1)
        chunks = chunked(todo, src, max(1, min(CHUNK, len(todo) // (workers * 8) or 1)))
        # The largest chunks first (a photo travels alone and costs most): the end of the run is
        # then small chunks, which even out the workers (40 photos on 2 workers: one worker
        # finished 2.1 s after the other in file order, 0.2 s with the largest first).
        futures = [
            client.submit(
                work_chunk, src, rels, policy, audit_key, out, retries=RETRIES, pure=False, priority=_chunk_bytes(src, rels)
            )
            for rels in chunks
        ]
        index = {fut.key: n for n, fut in enumerate(futures)}
        ready: dict[int, list] = {}
        emitted = files = 0
        try:
            for fut in as_completed(futures):
                ready[index[fut.key]] = fut.result()
                while emitted in ready:  # in the order of the files, whatever order they finish in
                    chunk = ready.pop(emitted)
                    emitted += 1
                    files += len(chunk)
                    yield from chunk
        except (Exception, CancelledError) as err:  # noqa: BLE001 - any loss of the cluster ends the run
            raise RunInterrupted(
                f"the Dask run stopped after {files} file(s) ({type(err).__name__}: the scheduler or its "
                "workers went away); what finished is recorded, run again to resume"
            ) from None
    finally:
        _OPEN.pop(address, None)
        _quietly(client.close)
        if cluster is not None:
            _quietly(cluster.close)
        for log, level in zip(loggers, levels):
            log.setLevel(level)


def _chunk_bytes(src: str, rels: list) -> int:
    """The input bytes of a chunk: what its work costs, roughly."""
    from redact.batch import _pair, _size

    return sum(_size(os.path.join(src, _pair(item)[0])) for item in rels)


def _quietly(close) -> None:
    """Close a client or cluster whose scheduler may be gone; that is no new error."""
    try:
        close(timeout=5) if "timeout" in close.__code__.co_varnames else close()
    except Exception:  # noqa: BLE001
        pass
