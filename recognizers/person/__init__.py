"""PERSON: Chinese personal names, as one wing.

Two recognizers, one body of knowledge:

* ``ChinesePersonRuleRecognizer`` (``rules``) — names the document points at, one rule
  family a module: ``cues``, ``tables``, ``lists``, ``openers``, ``frames``, ``followers``,
  ``dotted``, ``minority_names``;
* ``ChinesePersonNerRecognizer`` (``model``) — the shipped tagger, its spans vetted by
  ``model_spans``.

Both read boundaries through ``boundary``, ask ``guards`` about the characters around a
candidate, and take every word table from ``lexicon`` (surnames in ``surnames``). The rest
of the project imports the names below, never a module's private parts.

What the package exports is loaded on first use (``__getattr__``): the word tables cost
nothing, the recognizers load Presidio and spaCy, and a process that only reads a policy
(a Dask client) should not pay for them.
"""

from __future__ import annotations

import importlib
from typing import Any

#: Each exported name, by the module that holds it.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "recognizers.entities": ("SURNAME_ONLY",),
    "recognizers.person.boundary": ("dotted_names",),
    "recognizers.person.followers": ("BeforeFollowers",),
    "recognizers.person.guards": ("holds_court_word", "is_surname_only"),
    "recognizers.person.lexicon": (
        "AGENT_CUES", "COURT_OFFICER_TITLES", "LAWYER_WORDS", "MASK_CHARS", "MIN_WORD_FREQ", "NAME_HEADERS",
        "PARTY_CUES", "PEOPLE_WORDS", "PINYIN_SURNAMES", "PLACE_ENDS", "PROSECUTOR_TITLES", "STOP_CHARS",
        "jieba_words", "verbal_words",
    ),
    "recognizers.person.model": ("MODEL_RULE", "ChinesePersonNerRecognizer"),
    "recognizers.person.model_location": ("PersonModelNotFound", "model_path"),
    "recognizers.person.openers": ("ClauseOpeners",),
    "recognizers.person.rules": ("ENTITY", "FAMILIES", "ChinesePersonRuleRecognizer"),
    "recognizers.person.surnames": ("COMPOUND", "SINGLE", "SURNAMES", "split_surname"),
    "recognizers.person.tables": ("is_name_header", "looks_like_name"),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
