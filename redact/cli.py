"""The ``redact`` command: parse arguments, call one library function, map errors to exit codes.

Exit codes: 0 success, 1 personal data found (``--fail-on-findings``), 2 usage or policy
error, 3 input could not be read or decoded.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional, Sequence

from redact import __version__
from redact.errors import PolicyError, RedactError
from redact.policy import PRESETS

EXIT_OK, EXIT_FOUND, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3


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

    text = sub.add_parser(
        "text",
        help="de-identify one UTF-8 text (a file or standard input) to standard output",
        description=(
            "De-identify one UTF-8 text and print the result. With --json, print the "
            "findings (type, offsets, recognizer, score, operator; never the values) instead."
        ),
    )
    text.add_argument("file", nargs="?", help="UTF-8 text file to read; standard input when omitted")
    text.add_argument(
        "--policy",
        metavar="FILE|PRESET",
        help=f"policy TOML file or preset name ({', '.join(PRESETS)}); default: bulletin",
    )
    text.add_argument("--json", action="store_true", help="print findings as JSON instead of the text")
    text.add_argument(
        "--fail-on-findings",
        action="store_true",
        help="exit with status 1 when any personal data was found",
    )
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the ``redact`` console script."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "text":
            return _text(args)
    except PolicyError as err:
        print(f"redact: policy error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except RedactError as err:
        print(f"redact: {err}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_USAGE


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
            {
                "entity_type": f.entity_type,
                "start": f.start,
                "end": f.end,
                "score": round(f.score, 4),
                "recognizer": f.recognizer,
                "subtype": f.subtype,
                "operator": f.operator,
            }
            for f in result.findings
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(result.text)
    return EXIT_FOUND if args.fail_on_findings and result.findings else EXIT_OK
