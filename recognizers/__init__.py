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
"""

from recognizers._base import SUBTYPE_KEY
from recognizers.context import ChineseContextEnhancer, ContextSettings
from recognizers.license_plate import ChineseLicensePlateRecognizer
from recognizers.person import ChinesePersonNerRecognizer, ChinesePersonRuleRecognizer
from recognizers.phone import ChinesePhoneRecognizer
from recognizers.resident_id import ChineseResidentIdRecognizer

#: The one registration list: the engine, the docs and the tests all read it.
ALL = (
    ChineseResidentIdRecognizer,
    ChinesePhoneRecognizer,
    ChineseLicensePlateRecognizer,
    ChinesePersonRuleRecognizer,
    ChinesePersonNerRecognizer,
)

__all__ = [
    "ALL",
    "SUBTYPE_KEY",
    "ChineseContextEnhancer",
    "ContextSettings",
    "ChineseLicensePlateRecognizer",
    "ChinesePersonNerRecognizer",
    "ChinesePersonRuleRecognizer",
    "ChinesePhoneRecognizer",
    "ChineseResidentIdRecognizer",
]
