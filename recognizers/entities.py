"""What the rest of the project knows of each entity type, one row a type.

Plain data, no Presidio: the policy (and so a Dask client, which only validates a policy and
collects outcomes) reads it without loading the recognizers. Each recognizer class names its
row (``FACTS``) and carries it as class attributes (``recognizers._base.EntityFacts``).

``classes``: the kinds of value the findings' subtype tells apart, which a policy's
``keep_classes`` may name; ``placeholder``: the ``replace`` operator's default text;
``priority``: the rank among types of equal score and length (the rarer, more harmful first);
``header_words``: words of a table header over a column of such values.
"""

from __future__ import annotations

from dataclasses import dataclass

from recognizers.person.lexicon import NAME_HEADERS

#: The subtype of a span that is a surname and nothing else (张先生, 李大娘, 陈老师): a name in
#: the annotated corpora, but what de-identified text keeps anyway, so the presets keep it
#: (``keep_classes``) and the gate does not count it.
SURNAME_ONLY = "surname_only"


@dataclass(frozen=True)
class Facts:
    entity: str
    classes: tuple[str, ...]
    placeholder: str
    priority: int
    header_words: tuple[str, ...]


RESIDENT_ID = Facts(
    "CN_RESIDENT_ID",
    classes=("id18", "id15", "residence_permit", "foreigner_permanent_residence"),
    placeholder="〔身份证号〕",
    priority=0,
    header_words=("身份证", "证件号", "公民身份号码", "身份号码", "驾驶证号"),
)
PHONE = Facts(
    "CN_PHONE_NUMBER",
    classes=("mobile", "landline"),
    placeholder="〔电话号码〕",
    priority=1,
    header_words=("手机", "电话", "联系方式", "联系号码", "移动电话"),
)
LICENSE_PLATE = Facts(
    "CN_LICENSE_PLATE",
    classes=(
        "ordinary", "new_energy", "police", "learner", "trailer", "hong_kong", "macao",
        "consulate", "embassy", "test", "oversize", "military", "armed_police",
    ),
    placeholder="〔车牌号〕",
    priority=2,
    header_words=("号牌号码", "车牌", "号牌", "车辆号牌"),
)
PERSON = Facts(
    "PERSON",
    classes=(SURNAME_ONLY,),
    placeholder="〔姓名〕",
    priority=3,
    header_words=tuple(sorted(NAME_HEADERS)),  # one list for the name columns and the column operators
)

#: Every type, in the order of the recognizers that find them (``recognizers.ALL``).
ENTITIES: tuple[Facts, ...] = (RESIDENT_ID, PHONE, LICENSE_PLATE, PERSON)
