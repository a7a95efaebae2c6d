"""Seeded court-style documents with every name mention labelled, for tests and ``court_eval.py``.

Each document is a criminal fact section or a civil private-lending judgment. People are named
with a cue the first time (被告人X, 原告X) and then several times without one (报警人称X酒后滋事,
案发后，X主动投案, X向原告借款), as real judgments do; the texts also carry what must stay:
court boilerplate (经审理查明, 二被告向原告借款, 由审判员X独任审判 — the judge is named and
labelled, the default policy masks every name), amounts in capital numerals, a firm's name,
masked forms (王某1) and surname-only back-references (从王手中), which are not labelled.

Where this is easier than life (measure on real judgments, ``court_eval.py`` with the shared
court file): the sentence frames are a fixed set, names come from Faker's lists plus a few rare
and compound surnames, there are no typos, former names, dharma names or names that are
common words, and no line breaks inside a name.
"""

from __future__ import annotations

import random

from faker import Faker

PLACES = (
    "山西省孝义市新义街道", "河北省石家庄市长安区", "湖南省长沙市岳麓区", "广东省佛山市顺德区", "四川省绵阳市涪城区",
    "河南省郑州市金水区", "江西省丰城市孙渡街道", "黑龙江省五常市", "浙江省温州市鹿城区", "吉林省长春市朝阳区",
)
RARE_SURNAMES = "亓禚逯郜冼詹甄訾晏宓扈阚缑蔺鞠栾郗隗檀琚邴郦笪宦谯眭"
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "司徒", "东方", "皇甫", "慕容")
AMOUNTS = ("壹万伍仟元", "伍万元", "叁仟陆佰元", "贰拾万元", "陆仟元", "捌万伍仟元")

# {A}, {B}: people (their cue is in the frame); {a}, {b}: the same people again, without a cue.
CRIMINAL_OPENERS = (
    "{date}，被告人{A}与被害人{B}因琐事发生争执。",
    "{date}许，被告人{A}伙同{B}（另案处理）在{place}实施盗窃。",
    "经审理查明：{date}，被告人{A}驾驶小型轿车与被害人{B}驾驶的电动自行车相撞。",
)
CRIMINAL_LATER = (
    "报警人称{a}酒后滋事，民警赶到现场后遇到{a}阻碍执法。",
    "案发后，{a}主动投案，如实供述了犯罪事实。",
    "{b}受伤后被送往医院救治，经鉴定{b}的损伤程度为轻伤二级。",
    "后{a}将赃款人民币{amount}交给{b}保管。",
    "{a}未戴头盔，{b}当庭陈述了事发经过。",
    "次日，{a}又找到{b}，让{b}帮助联系买家，{b}从中获利{amount}。",
    "另查明，{b}与被告人{a}系朋友关系，{a}曾多次向{b}借钱。",
    "王某1证实，当晚{a}和{b}一同离开，从王手中取走手机一部。",
)
CIVIL_HEADER = (
    "原告：{A}，男，{year}年生，汉族，住{place}。\n"
    "委托诉讼代理人：{L}，{firm}律师事务所律师。\n"
    "被告：{B}，女，{year2}年生，汉族，住{place2}。\n"
    "被告：{company}。\n"
    "法定代表人：{C}。\n"
)
CIVIL_LATER = (
    "原告{a}与被告{b}、{company}民间借贷纠纷一案，本院受理后，依法由审判员{J}独任审判，公开开庭进行了审理。",
    "原告{a}向本院提出诉讼请求：判令二被告偿还借款本金{amount}及利息。",
    "经审理查明：{date}，二被告向原告借款{amount}，{b}向原告出具借条一份。",
    "借款到期后，经{a}多次催要，{b}以资金周转困难为由未予偿还。",
    "{c}作为共同借款人在借条上签字，{b}当庭对借款事实予以认可。",
    "本院认为，{b}向{a}借款的事实清楚，有借条及当事人的陈述为证。",
    "{b}辩称，其已向{a}归还人民币{amount}，但未提交证据。",
)


class _Doc:
    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict] = []

    def add(self, frame: str, people: dict[str, tuple[str, str]], values: dict[str, str]) -> None:
        """Append ``frame`` with its {placeholders} filled; people placeholders become spans."""
        pos = 0
        while pos < len(frame):
            open_ = frame.find("{", pos)
            if open_ < 0:
                self.text += frame[pos:]
                break
            close = frame.index("}", open_)
            self.text += frame[pos:open_]
            key = frame[open_ + 1 : close]
            if key in people:
                name, role = people[key]
                self.spans.append({"start": len(self.text), "end": len(self.text) + len(name), "label": "PERSON", "role": role})
                self.text += name
            else:
                self.text += values[key]
            pos = close + 1


def _name(rng: random.Random, fake: Faker) -> str:
    r = rng.random()
    given = fake.first_name()
    if r < 0.15:
        return rng.choice(RARE_SURNAMES) + given
    if r < 0.22:
        return rng.choice(COMPOUND_SURNAMES) + given[:1]
    if r < 0.40:
        return fake.last_name()[:1] + given[:1]  # two characters
    return fake.last_name()[:1] + given


def _people(rng: random.Random, fake: Faker, count: int) -> list[str]:
    """Distinct names whose surnames differ (one judgment's parties)."""
    names: list[str] = []
    while len(names) < count:
        name = _name(rng, fake)
        if all(name[0] != other[0] for other in names):
            names.append(name)
    return names


def _values(rng: random.Random, fake: Faker) -> dict[str, str]:
    return {
        "date": f"{rng.randint(2012, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        "year": str(rng.randint(1950, 2000)),
        "year2": str(rng.randint(1950, 2000)),
        "place": rng.choice(PLACES),
        "place2": rng.choice(PLACES),
        "amount": rng.choice(AMOUNTS),
        "company": fake.company(),
        "firm": fake.city_name() + rng.choice(("正义", "天平", "金诚", "明德")),
    }


def criminal(rng: random.Random, fake: Faker) -> dict:
    a, b = _people(rng, fake, 2)
    doc = _Doc()
    people = {"A": (a, "party"), "B": (b, "party"), "a": (a, "party"), "b": (b, "party")}
    doc.add(rng.choice(CRIMINAL_OPENERS), people, _values(rng, fake))
    for frame in rng.sample(CRIMINAL_LATER, rng.randint(3, 5)):
        doc.add(frame, people, _values(rng, fake))
    return {"text": doc.text, "spans": doc.spans, "source": "generated:criminal"}


def civil(rng: random.Random, fake: Faker) -> dict:
    a, b, c, lawyer, judge = _people(rng, fake, 5)
    doc = _Doc()
    values = _values(rng, fake)
    people = {
        "A": (a, "party"), "B": (b, "party"), "C": (c, "other"), "L": (lawyer, "lawyer"), "J": (judge, "official"),
        "a": (a, "party"), "b": (b, "party"), "c": (c, "other"),
    }
    doc.add(CIVIL_HEADER, people, values)
    for frame in rng.sample(CIVIL_LATER, rng.randint(4, 6)):
        doc.add(frame, people, values)
    return {"text": doc.text, "spans": doc.spans, "source": "generated:civil"}


def documents(seed: int = 0, docs: int = 200) -> list[dict]:
    """``docs`` documents, half criminal and half civil, in the court JSONL format."""
    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    return [(criminal if i % 2 == 0 else civil)(rng, fake) for i in range(docs)]
