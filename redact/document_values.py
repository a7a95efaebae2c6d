"""The values a document masks, per type, in the order they first stand in it.

A numbered operator (the court preset's 张某1/张某2) counts the people of one surname across
the whole document: 张某1 is one person in every paragraph, cell and page. Counted per unit,
a judgment written as DOCX called its plaintiff 张某 in one paragraph and 张某2 in the next,
and gave 张某2 to two different people in two paragraphs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping


@dataclass(frozen=True)
class DocumentValues:
    ordered: Mapping[str, tuple[str, ...]]
    known: Mapping[str, frozenset[str]]

    @classmethod
    def of(cls, values: Mapping[str, Iterable[str]]) -> "DocumentValues":
        ordered = {etype: tuple(dict.fromkeys(found)) for etype, found in values.items()}
        return cls(ordered, {etype: frozenset(found) for etype, found in ordered.items()})

    def with_unit(self, etype: str, unit: Iterable[str]) -> tuple[str, ...]:
        """The document's values of ``etype``, then those of the unit it did not know (a
        reviewer's addition). The same tuple whenever it knew them all, so that the operator
        groups the document's values once, not once per unit."""
        ordered = self.ordered.get(etype, ())
        known = self.known.get(etype, frozenset())
        extra = tuple(dict.fromkeys(v for v in unit if v not in known))
        return ordered + extra if extra else ordered


def numbers_values(policy) -> bool:
    """Whether an operator of ``policy`` numbers what it masks (``numbered = true``)."""
    return any(entity.params.get("numbered") for entity in policy.entities.values())


def in_document_order(policy, decided: Iterable[tuple[str, list]]) -> DocumentValues:
    """What ``policy`` masks of each (text, its findings as ``Redactor.decide`` gives them),
    in order: the values the second pass will act on."""
    values: dict[str, list[str]] = defaultdict(list)
    for text, findings in decided:
        for f in findings:
            if not policy.entities[f.entity_type].keeps(f):
                values[f.entity_type].append(text[f.start : f.end])
    return DocumentValues.of(values)
