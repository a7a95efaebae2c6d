"""``python -m redact`` is the ``redact`` command."""

from redact.cli import main

raise SystemExit(main())
