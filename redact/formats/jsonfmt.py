"""JSON and JSON Lines: every string value is a unit; keys stay as they are.

A key that names a personal-data field (姓名, 身份证号, 联系电话 ...) covers its value the
way a table header covers a column.
"""

from __future__ import annotations

import json
from typing import Any, Optional

from redact.columns import column_entity, row_role, with_row_role
from redact.errors import FileRejected
from redact.formats.encoding import decode
from redact.limits import current
from redact.units import UnitFn


def _walk(value: Any, unit: UnitFn, path: str, column: Optional[str] = None, depth: int = 0) -> Any:
    if isinstance(value, str):
        return unit(value, path, column)
    if isinstance(value, (list, dict)) and depth >= current().json_depth:
        raise FileRejected(f"JSON nested more than {current().json_depth} levels deep (raise limits.json_depth)")
    if isinstance(value, list):
        return [_walk(v, unit, f"{path}[{i}]", column, depth + 1) for i, v in enumerate(value)]
    if isinstance(value, dict):
        role = row_role(value.items())  # {"号牌号码": …, "使用单位": "区城管执法局"}
        return {
            k: _walk(v, unit, f"{path}.{k}", with_row_role(column_entity(k) or column, role), depth + 1)
            for k, v in value.items()
        }
    return value


def _load(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise FileRejected(f"not valid JSON{where} (line {err.lineno}, column {err.colno})") from None
    except RecursionError:
        raise FileRejected(f"JSON{where} nested too deeply to read (thousands of levels)") from None


def process_json(data: bytes, unit: UnitFn) -> bytes:
    decoded = decode(data)
    value = _walk(_load(decoded.text, ""), unit, "$")
    indent = 2 if "\n" in decoded.text.strip() else None
    return decoded.encode(json.dumps(value, ensure_ascii=False, indent=indent) + ("\n" if decoded.text.endswith("\n") else ""))


def process_jsonl(data: bytes, unit: UnitFn) -> bytes:
    decoded = decode(data)
    out = []
    for n, line in enumerate(decoded.text.splitlines(), start=1):
        if not line.strip():
            out.append(line)
            continue
        value = _walk(_load(line, f" on line {n}"), unit, f"line {n} $")
        out.append(json.dumps(value, ensure_ascii=False))
    return decoded.encode("\n".join(out) + ("\n" if decoded.text.endswith("\n") else ""))
