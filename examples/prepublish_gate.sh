#!/usr/bin/env bash
# What a CMS hook runs before publishing a folder: de-identify, gate, verify the audit log.
# Usage: examples/prepublish_gate.sh SRC OUT
# Exit codes: 0 publish; 1 something was quarantined, personal data remains, or the log is altered.
set -u
src=${1:?usage: prepublish_gate.sh SRC OUT}
out=${2:?usage: prepublish_gate.sh SRC OUT}
redact=${REDACT:-redact}

$redact run "$src" -o "$out" --quiet
run_status=$?
if [ "$run_status" -ne 0 ]; then
    echo "gate: files were quarantined (see above); fix them before publishing" >&2
    exit 1
fi
if ! $redact check "$out"; then
    echo "gate: personal data is still present in $out; do not publish" >&2
    exit 1
fi
if ! $redact audit verify "$out.redact/audit.jsonl"; then
    echo "gate: the audit log does not verify" >&2
    exit 1
fi
echo "gate: $out is ready to publish"
