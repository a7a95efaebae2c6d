"""The de-identification policy: what to look for and what to do with it.

A policy is a TOML file (or a dict) layered over a preset::

    preset = "bulletin"            # bulletin (default) | court | hutool
    allow = ["0358-2021234"]       # never redact these exact strings (e.g. a hotline)
    person_model = true            # the trained PERSON model; false: rules only, faster

    [context]                      # cue-word window, in characters
    window_before = 16

    [entities.PERSON]
    threshold = 0.6
    operator = "surname"
    params = { numbered = true }
    deny = ["王小明"]               # always redact these strings as this type

Everything is validated when the policy is loaded: an unknown key, a bad value or a
missing secret stops the run with a message that names the key. Nothing falls back to
a default silently.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import json
import os
import tomllib
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from recognizers.entities import ENTITIES
from recognizers.settings import ContextSettings
from redact.errors import PolicyError, SecretKeyError
from redact.limits import Limits
from redact.roles import ROLES

if TYPE_CHECKING:
    from presidio_anonymizer.entities import OperatorConfig

#: The entity types, in the order of the recognizers that find them.
ENTITY_TYPES = tuple(facts.entity for facts in ENTITIES)
PRESETS = ("bulletin", "court", "hutool")
DEFAULT_PRESET = "bulletin"

#: The kinds of value the recognizers tell apart (their subtypes): what ``keep_classes`` may name.
SUBTYPES = {facts.entity: facts.classes for facts in ENTITIES}
#: What the text makes a value (redact.roles): ``keep_classes`` may name these too.
CLASSES = {etype: SUBTYPES[etype] + ROLES.get(etype, ()) for etype in SUBTYPES}

#: The ``replace`` operator's default text per type.
PLACEHOLDERS = {facts.entity: facts.placeholder for facts in ENTITIES}

_TOP_KEYS = ("preset", "allow", "context", "entities", "person_model", "faces", "images", "limits")
_IMAGE_KEYS = ("keep_plate_classes",)
_ENTITY_KEYS = ("enabled", "threshold", "operator", "params", "allow", "deny", "keep_classes")
_CONTEXT_KEYS = tuple(f.name for f in fields(ContextSettings))

#: Params each operator accepts (besides what our Redactor adds at run time).
_OPERATOR_PARAMS: dict[str, tuple[str, ...]] = {
    "surname": ("mask_char", "per_char", "numbered"),
    "keep_ends": ("keep_first", "keep_last", "mask_char"),
    "phone_mask": (
        "mobile_keep_first", "mobile_keep_last", "landline_keep_first", "landline_keep_last", "mask_char",
    ),
    "plate_mask": ("keep_first", "keep_last", "mask_char"),
    "fill": ("char",),
    "hmac": ("key_env", "key_file", "length", "template"),
    "placeholder": ("text",),
    "replace": ("new_value",),
    "mask": ("masking_char", "chars_to_mask", "from_end"),
    "redact": (),
    "keep": (),
    "encrypt": ("key_env", "key_file"),
}
_SECRET_ENV = {"hmac": "REDACT_SECRET", "encrypt": "REDACT_ENCRYPT_KEY"}


@dataclass(frozen=True)
class EntityPolicy:
    """What to do with one entity type."""

    enabled: bool
    threshold: float
    operator: str
    params: Mapping[str, Any] = field(repr=False)
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    keep_classes: frozenset[str] = frozenset()

    def keeps(self, finding) -> bool:
        """Whether the policy keeps this finding as it stands: its subtype (a police plate, a
        surname alone) or its role (a public vehicle, an agency hotline) is one it keeps."""
        return kept_class(finding, self.keep_classes) is not None

    def kept_by(self, finding) -> Optional[str]:
        """The policy key and class that keep ``finding`` (for the audit log), or None."""
        kept = kept_class(finding, self.keep_classes)
        return f"keep_classes={kept}" if kept else None

    def operator_config(self) -> "OperatorConfig":
        """The Presidio ``OperatorConfig`` this entity's findings are anonymized with."""
        from presidio_anonymizer.entities import OperatorConfig

        if self.operator == "placeholder":
            return OperatorConfig("replace", {"new_value": self.params["text"]})
        params = {k: v for k, v in self.params.items() if k not in ("key_env", "key_file")}
        return OperatorConfig(self.operator, params)


@dataclass(frozen=True)
class Policy:
    """A validated policy. Build it with :meth:`load`, :meth:`preset` or :meth:`from_dict`."""

    name: str
    entities: Mapping[str, EntityPolicy]
    allow: tuple[str, ...]
    context: ContextSettings
    config: Mapping[str, Any] = field(repr=False, compare=False)
    #: Run the trained PERSON model (models/person_ner). Off: rules only, several times faster.
    person_model: bool = True
    #: Find and blur faces in photos (FACE). Off: faces are published as taken, and the gate
    #: does not look for them either.
    faces: bool = True
    #: Plate classes kept in photos. A photo shows the car, the place and the time with the
    #: plate, so every plate is blurred there, also the classes text keeps (police, military);
    #: name them here to keep them in photos too. The presets keep ``public_vehicle``: a plate
    #: the caption attributes to an agency, in the caption and on the car it reads.
    photo_plate_keep_classes: frozenset[str] = frozenset()
    #: What one input may cost (``redact.limits``): sizes, nesting, the time budget.
    limits: Limits = Limits()

    @classmethod
    def load(
        cls, source: Union["Policy", str, os.PathLike, Mapping[str, Any], None] = None, *, check_values: bool = True
    ) -> "Policy":
        """Accept a Policy, a preset name, a TOML path, a dict, or ``None`` (default).

        ``check_values=False`` leaves the operators' check of their params' values to a later
        :meth:`check_values` (it loads Presidio: a Dask client has a worker do it)."""
        if source is None:
            return cls.preset(DEFAULT_PRESET, check_values=check_values)
        if isinstance(source, Policy):
            return source
        if isinstance(source, Mapping):
            return cls.from_dict(source, check_values=check_values)
        if isinstance(source, str) and source in PRESETS:
            return cls.preset(source, check_values=check_values)
        return cls.from_file(source, check_values=check_values)

    @classmethod
    def preset(cls, name: str, *, check_values: bool = True) -> "Policy":
        """One of the shipped presets: bulletin (default), court, hutool."""
        if name not in PRESETS:
            raise PolicyError(f"preset: unknown preset {name!r} (choose one of {', '.join(PRESETS)})")
        return cls.from_dict({"preset": name}, origin=f"preset {name}", check_values=check_values)

    @classmethod
    def from_file(cls, path: Union[str, os.PathLike], *, check_values: bool = True) -> "Policy":
        """Read a TOML policy file."""
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            close = difflib.get_close_matches(str(path), PRESETS, n=1)
            hint = f"did you mean the preset {close[0]!r}?" if close else f"nor a preset (presets: {', '.join(PRESETS)})"
            raise PolicyError(f"policy file not found: {path}; {hint}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise PolicyError(f"{path}: not valid TOML ({err})") from None
        return cls.from_dict(data, origin=str(path), check_values=check_values)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], origin: str = "policy", *, check_values: bool = True) -> "Policy":
        """Validate ``data`` layered over its preset; errors name the key."""
        _check_keys(data, _TOP_KEYS, "")
        preset = data.get("preset", DEFAULT_PRESET)
        if preset not in PRESETS:
            raise PolicyError(f"preset: unknown preset {preset!r} (choose one of {', '.join(PRESETS)})")
        merged = _merge(_preset_data(preset), data)
        merged["preset"] = preset
        entities = merged.get("entities", {})
        _check_mapping(entities, "entities")
        _check_keys(entities, ENTITY_TYPES, "entities.")
        built = {etype: _entity(etype, entities.get(etype, {})) for etype in ENTITY_TYPES}
        ctx = merged.get("context", {})
        _check_mapping(ctx, "context")
        _check_keys(ctx, _CONTEXT_KEYS, "context.")
        for key, value in ctx.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise PolicyError(f"context.{key}: expected a number >= 0, got {value!r}")
        context = ContextSettings(**ctx)
        person_model = merged.get("person_model", True)
        if not isinstance(person_model, bool):
            raise PolicyError(f"person_model: expected true or false, got {person_model!r}")
        faces = merged.get("faces", True)
        if not isinstance(faces, bool):
            raise PolicyError(f"faces: expected true (blur faces in photos) or false (keep them), got {faces!r}")
        images = merged.get("images", {})
        _check_mapping(images, "images")
        _check_keys(images, _IMAGE_KEYS, "images.")
        photo_keep = _strings(images.get("keep_plate_classes", []), "images.keep_plate_classes")
        unknown = sorted(set(photo_keep) - set(CLASSES["CN_LICENSE_PLATE"]))
        if unknown:
            raise PolicyError(
                f"images.keep_plate_classes: unknown class {unknown[0]!r} (known: {', '.join(CLASSES['CN_LICENSE_PLATE'])})"
            )
        limits = merged.get("limits", {})
        _check_mapping(limits, "limits")
        policy = cls(
            name=origin,
            entities=built,
            allow=_strings(merged.get("allow", []), "allow"),
            context=context,
            config=merged,
            person_model=person_model,
            faces=faces,
            photo_plate_keep_classes=frozenset(photo_keep),
            limits=Limits.from_config(limits),
        )
        if check_values:
            policy.check_values()
        return policy

    def check_values(self) -> None:
        """Each operator's check of its params' values; a PolicyError names the first bad one."""
        for etype, entity in self.entities.items():
            _check_values(etype, entity)

    def kept_in_photo(self, finding) -> Optional[str]:
        """The class that keeps ``finding`` in a photo or a scan, or None: a plate by
        ``images.keep_plate_classes``, any other type as in text."""
        if finding.entity_type == "CN_LICENSE_PLATE":
            return kept_class(finding, self.photo_plate_keep_classes)
        entity = self.entities.get(finding.entity_type)
        return kept_class(finding, entity.keep_classes) if entity else None

    def digest(self) -> str:
        """SHA-256 of the effective configuration (secrets are referenced, never included)."""
        canonical = json.dumps(self.config, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def kept_class(finding, classes: frozenset[str]) -> Optional[str]:
    """The subtype or role of ``finding`` that is one of ``classes``, or None."""
    return next((value for value in (finding.subtype, finding.role) if value is not None and value in classes), None)


# -- building blocks -----------------------------------------------------------------
def _preset_data(name: str) -> dict[str, Any]:
    text = resources.files("redact").joinpath("presets", f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _merge(base: dict[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Deep-merge ``override`` into a copy of ``base``.

    An entity that names a new operator does not inherit the preset's params, which
    belong to the old operator.
    """
    out = copy.deepcopy(base)
    for key, value in override.items():
        if key == "entities" and isinstance(value, Mapping) and isinstance(out.get(key), dict):
            for etype, spec in value.items():
                current = out[key].get(etype, {})
                if isinstance(spec, Mapping) and isinstance(current, dict):
                    if "operator" in spec and spec["operator"] != current.get("operator"):
                        current = {k: v for k, v in current.items() if k != "params"}
                    current = {**current, **copy.deepcopy(dict(spec))}
                    out[key][etype] = current
                else:
                    out[key][etype] = copy.deepcopy(spec)
        elif isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **copy.deepcopy(dict(value))}
        else:
            out[key] = copy.deepcopy(value)
    return out


def _entity(etype: str, spec: Any) -> EntityPolicy:
    where = f"entities.{etype}"
    _check_mapping(spec, where)
    _check_keys(spec, _ENTITY_KEYS, where + ".")
    enabled = spec.get("enabled", True)
    if not isinstance(enabled, bool):
        raise PolicyError(f"{where}.enabled: expected true or false, got {enabled!r}")
    threshold = spec.get("threshold", 0.5)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise PolicyError(f"{where}.threshold: expected a number between 0 and 1, got {threshold!r}")
    operator = spec.get("operator")
    if operator not in _OPERATOR_PARAMS:
        raise PolicyError(
            f"{where}.operator: unknown operator {operator!r} (choose one of {', '.join(_OPERATOR_PARAMS)})"
        )
    params = spec.get("params", {})
    _check_mapping(params, where + ".params")
    _check_keys(params, _OPERATOR_PARAMS[operator], where + ".params.")
    params = _resolve_params(etype, operator, dict(params), where)
    keep = _strings(spec.get("keep_classes", []), where + ".keep_classes")
    unknown = sorted(set(keep) - set(CLASSES[etype]))
    if unknown:
        raise PolicyError(
            f"{where}.keep_classes: unknown class {unknown[0]!r} "
            f"(known: {', '.join(CLASSES[etype]) or 'none for this type'})"
        )
    return EntityPolicy(
        enabled=enabled,
        threshold=float(threshold),
        operator=operator,
        params=params,
        allow=_strings(spec.get("allow", []), where + ".allow"),
        deny=_strings(spec.get("deny", []), where + ".deny"),
        keep_classes=frozenset(keep),
    )


def _resolve_params(etype: str, operator: str, params: dict[str, Any], where: str) -> dict[str, Any]:
    """Fill run-time params (secret keys, placeholder text); ``_check_values`` validates them."""
    if operator == "placeholder":
        params.setdefault("text", PLACEHOLDERS[etype])
        if not isinstance(params["text"], str):
            raise PolicyError(f"{where}.params.text: expected a string")
        return params
    if operator in _SECRET_ENV:
        params["key"] = _read_secret(operator, params, where)
    if operator == "encrypt":
        params["key"] = params["key"].decode("utf-8", errors="replace")
    return params


def _check_values(etype: str, entity: EntityPolicy) -> None:
    """The operator's own check of its params' values (a mask character, a key's length)."""
    if entity.operator == "placeholder":
        return  # checked while resolved
    from presidio_anonymizer.entities import InvalidParamError

    check = {k: v for k, v in entity.params.items() if k not in ("key_env", "key_file")}
    check["entity_type"] = etype
    try:
        _operator_instance(entity.operator).validate(params=check)
    except (InvalidParamError, ValueError, TypeError) as err:
        raise PolicyError(f"entities.{etype}.params: {err}") from None


def _read_secret(operator: str, params: dict[str, Any], where: str) -> bytes:
    env = params.get("key_env", _SECRET_ENV[operator])
    key_file = params.get("key_file")
    if key_file is not None:
        try:
            secret = Path(os.path.expanduser(str(key_file))).read_bytes().strip()
        except OSError as err:
            raise SecretKeyError(f"{where}.params.key_file: cannot read the key file ({err.strerror})") from None
    else:
        secret = os.environ.get(str(env), "").encode("utf-8")
    if not secret:
        raise SecretKeyError(
            f"{where}.operator: {operator!r} needs a secret key; set the environment variable "
            f"{env} or {where}.params.key_file. It will not fall back to an unkeyed hash."
        )
    return secret


def _operator_instance(name: str):
    from presidio_anonymizer.operators import OperatorsFactory, OperatorType

    from redact.operators import OPERATORS

    for op in OPERATORS:
        if op.NAME == name:
            return op()
    return OperatorsFactory().create_operator_class(name, OperatorType.Anonymize)


def _check_mapping(value: Any, where: str) -> None:
    if not isinstance(value, Mapping):
        raise PolicyError(f"{where}: expected a table, got {type(value).__name__}")


def _check_keys(data: Mapping[str, Any], known: tuple[str, ...], prefix: str) -> None:
    for key in data:
        if key not in known:
            raise PolicyError(f"{prefix}{key}: unknown key (known: {', '.join(known)})")


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise PolicyError(f"{where}: expected a list of non-empty strings")
    return tuple(value)

