"""Using redact as a library: analyze, redact_text, redact_image, a custom policy.

    python examples/library_usage.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import redact

HERE = Path(__file__).resolve().parent
TEXT = "驾驶人张伟驾驶晋J·A12B3号小型轿车，身份证号141181199001011235，联系电话138-1234-5678。"

# 1. Build once, reuse: construction loads the recognizers and the PERSON model.
r = redact.Redactor()

# 2. What is in the text? Findings never print the value itself.
for finding in r.analyze(TEXT):
    print(finding)

# 3. De-identify with the default 'bulletin' policy.
result = r.redact_text(TEXT)
print(result.text)

# 4. A custom policy: numbered pseudonyms, placeholders for IDs, the office's own number allowed
#    (a 咨询电话 or 举报电话 landline is kept by every preset anyway: an agency hotline).
custom = redact.Redactor(policy={
    "allow": ["0355-2021234"],
    "entities": {
        "PERSON": {"params": {"numbered": True}},
        "CN_RESIDENT_ID": {"operator": "placeholder"},
    },
})
print(custom.redact_text("当事人张伟、张敏，身份证号141181199001011235，联系电话0355-2021234。").text)

# 5. An enforcement photo: plates and flagged caption text are blurred, metadata stripped.
with tempfile.TemporaryDirectory() as tmp:
    out = Path(tmp) / "抓拍_redacted.jpg"
    image = r.redact_image(HERE / "bulletin" / "图片" / "抓拍.jpg", out)
    for region in image.regions:
        print(region)
    print(f"wrote {out.name}, {out.stat().st_size} bytes")
