"""Policy loading: presets, overrides, and errors that name the key."""

from __future__ import annotations

import pytest

import redact
from redact import Policy, PolicyError, SecretKeyError

TEXT = "驾驶人张伟驾驶晋J·A12B3号车，身份证号141181199001011235，电话13812345678，警车晋J1234警。"


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        pytest.param(
            "bulletin",
            "驾驶人张某驾驶晋J·***B3号车，身份证号141181************，电话138****5678，警车晋J1234警。",
            id="bulletin",
        ),
        pytest.param(
            "court",
            "驾驶人张某驾驶××××××××号车，身份证号××××××××××××××××××，电话×××××××××××，警车晋J1234警。",
            id="court",
        ),
        pytest.param(
            "hutool",
            "驾驶人张*驾驶晋J·A***3号车，身份证号1***************35，电话138****5678，警车晋J1234警。",
            id="hutool",
        ),
    ],
)
def test_presets(preset, expected):
    assert redact.Redactor(policy=preset).redact_text(TEXT).text == expected


def test_default_policy_is_bulletin():
    assert Policy.load(None).config == Policy.preset("bulletin").config


def test_toml_file_overrides_preset(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text(
        """
preset = "bulletin"
allow = ["13812345678"]

[entities.PERSON]
operator = "placeholder"

[entities.CN_LICENSE_PLATE]
keep_classes = []
""",
        encoding="utf-8",
    )
    out = redact.Redactor(policy=str(path)).redact_text(TEXT).text
    assert "〔姓名〕" in out
    assert "13812345678" in out  # allow-listed
    assert "晋J**34警" in out  # police plates masked when keep_classes is emptied
    assert "141181************" in out  # untouched entity keeps the preset


def test_disabled_entity_and_threshold():
    r = redact.Redactor(policy={"entities": {"PERSON": {"enabled": False}, "CN_PHONE_NUMBER": {"threshold": 1.0}}})
    types = {f.entity_type for f in r.analyze(TEXT + "号码14912345678")}
    assert "PERSON" not in types
    found = [TEXT[f.start : f.end] for f in r.analyze(TEXT) if f.entity_type == "CN_PHONE_NUMBER"]
    assert found == ["13812345678"]  # validated numbers score 1.0


def test_person_model_switch():
    text = "据新华社报道，国务院副总理王晓东昨天在北京会见了客人。"
    with_model = redact.Redactor().analyze(text)
    rules_only = redact.Redactor(policy={"person_model": False}).analyze(text)
    assert [f.recognizer for f in with_model] == ["ChinesePersonNerRecognizer"]
    assert rules_only == []
    with pytest.raises(PolicyError, match="^person_model: expected true or false"):
        Policy.from_dict({"person_model": "no"})


def test_deny_list_always_redacts():
    r = redact.Redactor(policy={"entities": {"PERSON": {"deny": ["小明"], "operator": "placeholder"}}})
    assert r.redact_text("今天小明来了").text == "今天〔姓名〕来了"


def test_digest_changes_with_config():
    assert Policy.preset("bulletin").digest() != Policy.preset("court").digest()
    assert Policy.preset("bulletin").digest() == Policy.load(None).digest()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param({"presett": "court"}, r"^presett: unknown key", id="unknown-top-key"),
        pytest.param({"preset": "strict"}, r"^preset: unknown preset 'strict'", id="unknown-preset"),
        pytest.param({"entities": {"EMAIL": {}}}, r"^entities\.EMAIL: unknown key", id="unknown-entity"),
        pytest.param({"entities": {"PERSON": {"thresold": 0.5}}}, r"^entities\.PERSON\.thresold: unknown key", id="typo"),
        pytest.param({"entities": {"PERSON": {"threshold": 2}}}, r"^entities\.PERSON\.threshold: expected a number between 0 and 1", id="threshold-range"),
        pytest.param({"entities": {"PERSON": {"threshold": "high"}}}, r"^entities\.PERSON\.threshold", id="threshold-type"),
        pytest.param({"entities": {"PERSON": {"enabled": "yes"}}}, r"^entities\.PERSON\.enabled", id="enabled-type"),
        pytest.param({"entities": {"PERSON": {"operator": "blur"}}}, r"^entities\.PERSON\.operator: unknown operator 'blur'", id="unknown-operator"),
        pytest.param({"entities": {"PERSON": {"operator": "hash"}}}, r"unknown operator 'hash'", id="unkeyed-hash-refused"),
        pytest.param({"entities": {"PERSON": {"params": {"mask": "*"}}}}, r"^entities\.PERSON\.params\.mask: unknown key", id="unknown-param"),
        pytest.param({"entities": {"PERSON": {"params": {"mask_char": "**"}}}}, r"^entities\.PERSON\.params: .*single character", id="bad-param-value"),
        pytest.param({"entities": {"CN_LICENSE_PLATE": {"keep_classes": ["polise"]}}}, r"keep_classes: unknown class 'polise'", id="unknown-class"),
        pytest.param({"allow": "12345"}, r"^allow: expected a list", id="allow-type"),
        pytest.param({"context": {"window_before": -1}}, r"^context\.window_before", id="context-negative"),
        pytest.param({"context": {"widow": 3}}, r"^context\.widow: unknown key", id="context-typo"),
    ],
)
def test_errors_name_the_key(data, message):
    with pytest.raises(PolicyError, match=message):
        Policy.from_dict(data)


@pytest.mark.parametrize(
    "params, message",
    [
        ({"PERSON": {"params": {"mask_char": "**"}}}, r"^entities\.PERSON\.params: .*single character"),
        ({"CN_PHONE_NUMBER": {"operator": "mask", "params": {"chars_to_mask": "four"}}}, r"^entities\.CN_PHONE_NUMBER\.params"),
    ],
)
def test_values_can_be_checked_later_with_the_same_error(params, message):
    """``check_values=False`` (a Dask client) reads the policy whole; ``check_values()`` (on a
    worker) then refuses it as loading would have."""
    late = Policy.from_dict({"entities": params}, check_values=False)
    assert late.entities["PERSON"].operator == "surname"
    with pytest.raises(PolicyError, match=message):
        late.check_values()
    with pytest.raises(PolicyError, match=message):
        Policy.from_dict({"entities": params})
    Policy.load("court", check_values=False).check_values()  # a preset passes both ways


def test_bad_toml_and_missing_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[entities\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="not valid TOML"):
        Policy.load(str(bad))
    with pytest.raises(PolicyError, match="policy file not found"):
        Policy.load(str(tmp_path / "missing.toml"))


def test_hmac_without_key_refuses(monkeypatch):
    monkeypatch.delenv("REDACT_SECRET", raising=False)
    with pytest.raises(SecretKeyError, match="needs a secret key.*REDACT_SECRET"):
        Policy.from_dict({"entities": {"PERSON": {"operator": "hmac"}}})


def test_hmac_with_key_file(tmp_path, monkeypatch):
    monkeypatch.delenv("REDACT_SECRET", raising=False)
    key = tmp_path / "key"
    key.write_bytes(b"a-long-enough-secret-key\n")
    r = redact.Redactor(policy={"entities": {"PERSON": {"operator": "hmac", "params": {"key_file": str(key)}}}})
    out = r.redact_text("驾驶人张伟驾驶").text
    assert out.startswith("驾驶人〔PERSON:") and "张伟" not in out
    # the secret itself never shows in the policy's digestible config
    assert "a-long-enough-secret-key" not in str(r.policy.config)


def test_encrypt_round_trip(monkeypatch):
    from presidio_anonymizer import DeanonymizeEngine
    from presidio_anonymizer.entities import OperatorConfig, OperatorResult

    monkeypatch.setenv("REDACT_ENCRYPT_KEY", "0123456789abcdef")
    r = redact.Redactor(policy={"entities": {"CN_PHONE_NUMBER": {"operator": "encrypt"}}})
    res = r.redact_text("电话13812345678")
    token = res.text[2:]
    assert "13812345678" not in res.text
    back = DeanonymizeEngine().deanonymize(
        res.text,
        [OperatorResult(start=2, end=2 + len(token), entity_type="CN_PHONE_NUMBER")],
        {"DEFAULT": OperatorConfig("decrypt", {"key": "0123456789abcdef"})},
    )
    assert back.text == "电话13812345678"
