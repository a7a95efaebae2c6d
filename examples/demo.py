"""The bundled example: de-identify a traffic-violation bulletin and show what was found.

Run it with ``make demo`` (which creates the virtual environment first).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import redact

HERE = Path(__file__).resolve().parent


def main() -> None:
    source = HERE / "bulletin_sample.txt"
    text = source.read_text(encoding="utf-8")
    result = redact.Redactor().redact_text(text)
    print(f"== {source.name}, de-identified with the default 'bulletin' policy ==\n")
    print(result.text)
    counts = Counter(f.entity_type for f in result.findings)
    print("== findings (values are never printed) ==")
    for entity_type, count in sorted(counts.items()):
        print(f"  {entity_type:18} {count}")
    kept = [f for f in result.findings if f.operator == "keep"]
    print(f"  kept on purpose    {len(kept)} (police and military plates)")


if __name__ == "__main__":
    main()
