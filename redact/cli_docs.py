"""Render the CLI reference in README.md from the argument parser, so the two cannot drift.

    python -m redact.cli_docs          # rewrite the block in README.md
    python -m redact.cli_docs --check  # exit 1 when README.md is out of date
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from redact.cli import build_parser

START, END = "<!-- cli-help:start -->", "<!-- cli-help:end -->"
README = Path(__file__).resolve().parent.parent / "README.md"


def _subparsers(parser: argparse.ArgumentParser):
    for action in parser._actions:  # argparse offers no public accessor
        if isinstance(action, argparse._SubParsersAction):
            return action.choices
    return {}


def reference() -> str:
    """Every command's --help, in order, at a fixed width."""
    os.environ["COLUMNS"] = "100"
    parser = build_parser()
    blocks = [parser.format_help()]
    for name, sub in _subparsers(parser).items():
        blocks.append(sub.format_help())
        blocks += [inner.format_help() for inner in _subparsers(sub).values()]
    body = "\n".join(f"```\n{b.rstrip()}\n```\n" for b in blocks)
    return f"{START}\n{body}{END}"


def main() -> int:
    text = README.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    new = head + reference() + tail
    if "--check" in sys.argv[1:]:
        return 0 if new == text else 1
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
