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
"""

from recognizers.person.boundary import dotted_names
from recognizers.person.followers import BeforeFollowers
from recognizers.person.guards import holds_court_word, is_surname_only
from recognizers.person.lexicon import (
    AGENT_CUES,
    COURT_OFFICER_TITLES,
    LAWYER_WORDS,
    MASK_CHARS,
    MIN_WORD_FREQ,
    NAME_HEADERS,
    PARTY_CUES,
    PEOPLE_WORDS,
    PINYIN_SURNAMES,
    PLACE_ENDS,
    PROSECUTOR_TITLES,
    STOP_CHARS,
    jieba_words,
    verbal_words,
)
from recognizers.person.model import MODEL_RULE, SURNAME_ONLY, ChinesePersonNerRecognizer, PersonModelNotFound, model_path
from recognizers.person.openers import ClauseOpeners
from recognizers.person.rules import ENTITY, FAMILIES, ChinesePersonRuleRecognizer
from recognizers.person.surnames import COMPOUND, SINGLE, SURNAMES, split_surname
from recognizers.person.tables import is_name_header, looks_like_name

__all__ = [
    "AGENT_CUES",
    "BeforeFollowers",
    "COMPOUND",
    "COURT_OFFICER_TITLES",
    "ChinesePersonNerRecognizer",
    "ChinesePersonRuleRecognizer",
    "ClauseOpeners",
    "ENTITY",
    "FAMILIES",
    "LAWYER_WORDS",
    "MASK_CHARS",
    "MIN_WORD_FREQ",
    "MODEL_RULE",
    "NAME_HEADERS",
    "PARTY_CUES",
    "PEOPLE_WORDS",
    "PINYIN_SURNAMES",
    "PLACE_ENDS",
    "PROSECUTOR_TITLES",
    "PersonModelNotFound",
    "SINGLE",
    "STOP_CHARS",
    "SURNAMES",
    "SURNAME_ONLY",
    "dotted_names",
    "holds_court_word",
    "is_name_header",
    "is_surname_only",
    "jieba_words",
    "looks_like_name",
    "model_path",
    "split_surname",
    "verbal_words",
]
