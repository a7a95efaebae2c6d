"""Chinese recognizers for Microsoft Presidio.

Each class in :data:`ALL` is constructible with no arguments and works in any
Presidio ``AnalyzerEngine`` whose ``supported_languages`` include ``"zh"``::

    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    import recognizers

    registry = RecognizerRegistry(supported_languages=["zh"])
    for cls in recognizers.ALL:
        registry.add_recognizer(cls())

Presidio's default context enhancer matches lemmas and never fires on Chinese; pass
``context_aware_enhancer=recognizers.ChineseContextEnhancer()`` to the engine so that
cue words (身份证号, 联系电话, 车牌 ...) lift unconfirmed matches.

The classes load on first use (``__getattr__``), with Presidio and spaCy; the entity facts
(``recognizers.entities``) and the cue settings (``ContextSettings``) need neither.
"""

from __future__ import annotations

import importlib
from typing import Any

from recognizers.settings import ContextSettings

#: Each class, by the module that holds it; ``ALL`` lists them in registration order.
_CLASSES = {
    "ChineseResidentIdRecognizer": "recognizers.resident_id",
    "ChinesePhoneRecognizer": "recognizers.phone",
    "ChineseLicensePlateRecognizer": "recognizers.license_plate",
    "ChinesePersonRuleRecognizer": "recognizers.person.rules",
    "ChinesePersonNerRecognizer": "recognizers.person.model",
}
_OTHERS = {"SUBTYPE_KEY": "recognizers._base", "ChineseContextEnhancer": "recognizers.context"}

__all__ = ["ALL", "ContextSettings", *sorted(_CLASSES), *sorted(_OTHERS)]


def __getattr__(name: str) -> Any:
    """``ALL`` (the one registration list: the engine, the docs and the tests all read it)
    and the classes, imported when first asked for."""
    if name == "ALL":
        value: Any = tuple(__getattr__(cls) for cls in _CLASSES)
    elif name in _CLASSES or name in _OTHERS:
        value = getattr(importlib.import_module(_CLASSES.get(name) or _OTHERS[name]), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
