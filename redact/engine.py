"""Building the Presidio engines the Redactor runs on.

The analyzer gets our recognizers, our character-window context enhancer and an NLP
engine that does no work: none of our rule recognizers reads tokens, so tokenising
every text would only cost time. Engines are built once per Redactor.
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NoOpNlpEngine
from presidio_anonymizer import AnonymizerEngine

import recognizers
from recognizers import ChineseContextEnhancer, ContextSettings
from recognizers.person import ChinesePersonNerRecognizer, PersonModelNotFound
from redact.errors import RedactError
from redact.operators import OPERATORS

LANGUAGE = "zh"


def build_registry(person_model: bool = True) -> RecognizerRegistry:
    """A registry holding one instance of every class in ``recognizers.ALL`` (the model optional)."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    try:
        for cls in recognizers.ALL:
            if cls is ChinesePersonNerRecognizer and not person_model:
                continue
            registry.add_recognizer(cls())
    except PersonModelNotFound as err:
        raise RedactError(str(err)) from None
    return registry


def build_analyzer(context: ContextSettings, person_model: bool = True) -> AnalyzerEngine:
    """Presidio analyzer over our recognizers with the Chinese context enhancer."""
    return AnalyzerEngine(
        registry=build_registry(person_model),
        nlp_engine=NoOpNlpEngine(models=[{"lang_code": LANGUAGE, "model_name": "none"}]),
        supported_languages=[LANGUAGE],
        context_aware_enhancer=ChineseContextEnhancer(context),
    )


def build_anonymizer() -> AnonymizerEngine:
    """Presidio anonymizer with our operators registered next to Presidio's own."""
    engine = AnonymizerEngine()
    for op in OPERATORS:
        engine.add_anonymizer(op)
    return engine
