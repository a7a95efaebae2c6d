"""The ``redact`` command: parse arguments, call one library function, map errors to exit codes.

Exit codes: 0 success / clean / intact; 1 files quarantined (run), personal data found
(check, text --fail-on-findings), log altered (audit verify); 2 usage or policy error;
3 input could not be read or decoded (text); 4 a run cut short (Ctrl-C, SIGTERM, or its Dask
cluster went away).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path
from typing import Optional, Sequence

from redact._version import __version__
from redact.errors import PolicyError, RedactError, RunInterrupted, UsageError

#: The preset names, from their files: importing redact.policy would load Presidio first, and
#: --help and usage errors are to answer at once.
PRESETS = tuple(sorted(p.stem for p in (Path(__file__).resolve().parent / "presets").glob("*.toml")))

EXIT_OK, EXIT_FOUND, EXIT_USAGE, EXIT_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 4
_POLICY_HELP = f"policy TOML file or preset name ({', '.join(PRESETS)}); default: bulletin"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; README's CLI reference is generated from its help."""
    parser = argparse.ArgumentParser(
        prog="redact",
        description=(
            "De-identify Chinese government publications: resident ID numbers, phone "
            "numbers, vehicle plates and person names. Works offline."
        ),
    )
    parser.add_argument("--version", action="version", version=f"redact {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    run = sub.add_parser(
        "run",
        help="de-identify every supported file under SRC into OUT",
        description=(
            "De-identify every supported file under SRC into the same relative path under OUT. "
            "Supported: text (.txt .md), tables (.csv .tsv .xlsx), .json .jsonl, .docx, web pages (.html .htm), "
            "photos (.jpg .jpeg .png .bmp .tif .tiff .webp) and PDF (.pdf, text and scanned). "
            "OUT receives the de-identified documents only; the run's state and audit log live beside it in "
            "OUT.redact/. Files that cannot be read, decoded or analysed are quarantined: listed with the reason, "
            "never written. A rerun skips files whose input, output and policy, and redact's code and "
            "model files, are unchanged since the last run. "
            "Exit 0 when every file was processed, 1 when any was quarantined, 2 on a usage or policy error, "
            "4 when the run was cut short (Ctrl-C, a stop signal, or its Dask cluster went away; what finished "
            "is recorded, run again to resume)."
        ),
    )
    run.add_argument("src", metavar="SRC", help="folder to read (never modified)")
    run.add_argument("-o", "--out", metavar="OUT", required=True, help="output folder (outside SRC)")
    run.add_argument("--policy", metavar="FILE|PRESET", help=_POLICY_HELP)
    run.add_argument("--audit", metavar="FILE", help="audit log to append to, outside OUT (default: OUT.redact/audit.jsonl, beside OUT)")
    run.add_argument(
        "--audit-key-file", metavar="FILE",
        help="secret for the audit chain and value digests (default: $REDACT_AUDIT_KEY; none: no digests)",
    )
    run.add_argument("--workers", type=int, metavar="N", help="worker processes (default: CPU count)")
    run.add_argument(
        "--file-timeout", type=float, metavar="SECONDS",
        help=(
            "time budget per file (default 600, the policy's limits.file_timeout_s; a file over 10 MB "
            "gets proportionally more); a file over budget is stopped, quarantined and logged, and a "
            "worker that does not stop is replaced; 0 turns the budget off"
        ),
    )
    run.add_argument(
        "--dask", metavar="ADDRESS",
        help=(
            "run the files on a Dask cluster: tcp://HOST:PORT of its scheduler, or local:N to start N "
            "local worker processes; SRC and OUT must be on storage every worker sees at the same paths"
        ),
    )
    run.add_argument(
        "--report", metavar="FILE",
        help="also write a self-contained HTML report (counts, quarantine reasons, redacted image thumbnails) "
        "to FILE, outside OUT, e.g. OUT.redact/report.html",
    )
    run.add_argument("--force", action="store_true", help="redo every file, even those unchanged since the last run")
    run.add_argument(
        "--keep-withdrawn", action="store_true",
        help="keep the outputs of files that are gone from SRC (by default a rerun removes them and logs it)",
    )
    run.add_argument("--dry-run", action="store_true", help="list what would be done, write nothing")
    run.add_argument("--quiet", action="store_true", help="no progress bar and no summary")

    check = sub.add_parser(
        "check",
        help="fail when personal data is still present (pre-publish gate)",
        description=(
            "Scan files for personal data that is still present. Each finding is listed as file, type "
            "and position, never the value. A folder a run wrote may hold only that run's documents: an "
            "audit log, run state or any other file in it fails the check. Exit 0 when clean, 1 when anything is found or a file "
            "cannot be scanned, 2 on a usage or policy error (also a path that holds no files)."
        ),
    )
    check.add_argument("path", metavar="PATH", help="file or folder to scan")
    check.add_argument(
        "--policy", metavar="FILE|PRESET",
        help="policy TOML file or preset name; default: the policy of the run that wrote PATH (kept in "
        "PATH.redact/, beside it), else bulletin",
    )
    check.add_argument("--json", action="store_true", help="print a JSON report for machines")
    check.add_argument(
        "--require-approval", action="store_true",
        help="also fail on every file of the run that a reviewer has not approved (`redact review`), or "
        "that changed since it was approved",
    )

    review = sub.add_parser(
        "review",
        help="serve the review page for a finished run (127.0.0.1 only)",
        description=(
            "Serve a local page on which a person checks a finished run before it is published: every "
            "file with its findings in context, the original value on demand, photos with their blurred "
            "regions. The reviewer accepts or rejects findings (a rejected value is written back), adds "
            "a missed span or a box on a photo, and approves or holds each file; each decision rewrites "
            "the output through the pipeline and is recorded in the run's audit log (never a value). "
            "The server listens on 127.0.0.1 only; the first line printed is the page's URL with a "
            "secret token, and requests without it are refused. Ctrl-C stops it. Exit 0 when stopped, "
            "2 on a usage error."
        ),
    )
    review.add_argument("out", metavar="OUT", help="the output folder of a finished `redact run`")
    review.add_argument("--port", type=int, default=8765, metavar="P", help="port on 127.0.0.1 (default 8765; 0: any free port)")
    review.add_argument("--reviewer", metavar="NAME", help="who reviews, for the audit log (default: the login name)")
    review.add_argument("--src", metavar="SRC", help="the run's input folder, when it moved since the run")
    review.add_argument("--audit", metavar="FILE", help="the run's audit log, when not where the run wrote it")
    review.add_argument(
        "--audit-key-file", metavar="FILE",
        help="the audit chain's secret, as for the run (default: $REDACT_AUDIT_KEY)",
    )

    audit = sub.add_parser("audit", help="work with audit logs", description="Work with audit logs.")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser(
        "verify",
        help="check an audit log's integrity",
        description=(
            "Check an audit log's hash chain, line numbers and run footers. Exit 0 when intact, 1 when "
            "anything was altered, removed, inserted, reordered or cut off (the line is named), 2 when "
            "the file cannot be read."
        ),
    )
    verify.add_argument("file", metavar="AUDIT", help="the audit log (JSON Lines)")
    verify.add_argument("--key-file", metavar="FILE", help="the audit key, when the log was written with one")

    text = sub.add_parser(
        "text",
        help="de-identify one UTF-8 text (a file or standard input) to standard output",
        description=(
            "De-identify one UTF-8 text and print the result. With --json, print the "
            "findings (type, offsets, recognizer, score, operator; never the values) instead. "
            "Exit 0 on success, 1 with --fail-on-findings when anything was found, 2 on a usage or "
            "policy error, 3 when the input cannot be read or is not UTF-8."
        ),
    )
    text.add_argument("file", nargs="?", help="UTF-8 text file to read; standard input when omitted")
    text.add_argument("--policy", metavar="FILE|PRESET", help=_POLICY_HELP)
    text.add_argument("--json", action="store_true", help="print findings as JSON instead of the text")
    text.add_argument("--fail-on-findings", action="store_true", help="exit with status 1 when any personal data was found")
    return parser


def _stop(signum, frame) -> None:
    raise KeyboardInterrupt  # a stop signal ends a run as Ctrl-C does: in order, recorded


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the ``redact`` console script."""
    args = build_parser().parse_args(argv)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop)
    commands = {"run": _run, "check": _check, "review": _review, "audit": _audit, "text": _text}
    try:
        return commands[args.command](args)
    except PolicyError as err:
        print(f"redact: policy error: {err}", file=sys.stderr)
    except (UsageError, FileNotFoundError) as err:
        print(f"redact: {err}", file=sys.stderr)
    except RunInterrupted as err:
        print(f"redact: {err}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:  # outside a run (loading models, checking): nothing to record
        print("redact: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except RedactError as err:
        print(f"redact: {err}", file=sys.stderr)
    return EXIT_USAGE


def _key(path: Optional[str]) -> Optional[bytes]:
    from redact.audit import load_key

    try:
        return load_key(path)
    except OSError as err:
        raise UsageError(f"cannot read the audit key file ({err.strerror})") from None


def _run(args: argparse.Namespace) -> int:
    from redact.batch import run

    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    summary = run(
        args.src, args.out, policy=args.policy, audit=args.audit, workers=args.workers, force=args.force,
        dry_run=args.dry_run, progress=False if args.quiet else None, audit_key=_key(args.audit_key_file),
        report=args.report, dask=args.dask, keep_withdrawn=args.keep_withdrawn, file_timeout=args.file_timeout,
    )
    if args.dry_run:
        for rel, action in summary.planned:
            print(f"{action:24} {rel}")
        return EXIT_OK
    lines = summary.quarantine_lines() if args.quiet else summary.lines()
    if lines:
        print("\n".join(lines), file=sys.stderr)
    return EXIT_OK if summary.ok else EXIT_FOUND


def _review(args: argparse.Namespace) -> int:
    import getpass

    from redact.review.server import ReviewServer
    from redact.review.session import ReviewSession

    session = ReviewSession(
        Path(args.out), args.reviewer or getpass.getuser(), src=args.src, audit=args.audit,
        audit_key=_key(args.audit_key_file),
    )
    server = ReviewServer(session, args.port)
    print(server.url, flush=True)  # the first line: the page, with its token
    print(f"reviewing {len(session.files())} file(s) of {args.out} as {session.reviewer}; Ctrl-C stops", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from redact.check import check

    report = check(args.path, policy=args.policy, require_approval=args.require_approval)
    if args.json:
        print(report.to_json())
    else:
        for f in report.findings:
            if f.location == "text" and f.line:  # file:line:column, as compilers say it: editors jump there
                print(f"{f.file}:{f.line}:{f.column}: {f.entity_type}")
            elif f.line:
                print(f"{f.file}: {f.entity_type} at {f.location}, line {f.line} column {f.column}")
            else:
                print(f"{f.file}: {f.entity_type} at {f.location}")
        for rel, reason in report.unscanned:
            print(f"{rel}: not scanned: {reason}")
        for rel in report.unapproved:
            print(f"{rel}: not approved in review yet, or changed since (redact review)")
        verdict = "clean" if report.clean else f"{len(report.findings)} finding(s), {len(report.unscanned)} file(s) not scanned"
        if report.unapproved:
            verdict += f", {len(report.unapproved)} file(s) not approved"
        print(f"checked {report.files} file(s): {verdict}", file=sys.stderr)
    return EXIT_OK if report.clean else EXIT_FOUND


def _audit(args: argparse.Namespace) -> int:
    from redact.audit import verify

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"no such audit log: {args.file}")
    key = _key(args.key_file) if args.key_file else _key(None)
    report = verify(path, key)
    if report.ok:
        extra = f"; {len(report.interrupted_runs)} interrupted run(s)" if report.interrupted_runs else ""
        extra += f"; {report.reviews} review decision(s)" if report.reviews else ""
        print(f"intact: {report.records} records in {report.runs} run(s){extra}")
        return EXIT_OK
    for problem in report.problems:
        print(f"ALTERED: {problem}")
    return EXIT_FOUND


def _text(args: argparse.Namespace) -> int:
    from redact.redactor import Redactor  # heavy import only for commands that need it

    try:
        if args.file:
            content = Path(args.file).read_text(encoding="utf-8")
        else:
            content = sys.stdin.buffer.read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) else "not valid UTF-8"
        print(f"redact: cannot read input: {reason}", file=sys.stderr)
        return EXIT_INPUT
    result = Redactor(policy=args.policy).redact_text(content)
    if args.json:
        rows = [
            {"entity_type": f.entity_type, "start": f.start, "end": f.end, "score": round(f.score, 4),
             "recognizer": f.recognizer, "subtype": f.subtype, "role": f.role, "operator": f.operator}
            for f in result.findings
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(result.text)
    return EXIT_FOUND if args.fail_on_findings and result.findings else EXIT_OK

