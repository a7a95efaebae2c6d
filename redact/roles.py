"""What a document publishes on purpose: public vehicles, agency hotlines, the court's own officers.

The law asks to de-identify *private* personal information. A bulletin exposing agency cars
names each plate with its agency (湘A·0352B（区城管执法局）), prints the agency's 举报电话, and a
published judgment keeps the names of its judges, clerks, prosecutors and lawyers. Masking
those makes the office undo masks by hand.

So a finding may carry a *role*: what the text itself says the value is. The role is read from
the words the text uses to attribute the value (the agency in brackets after a plate, a 公交车
right before it, a 举报电话 label before a landline, 审判员 before a name, a law firm after an
agent's name) and travels with the value through the document: a plate, number or name given
a role once has it wherever it stands, unless the same name also stands after a party's cue
(then nothing is kept: fail closed). The policy decides what each role means: ``keep_classes``
names the roles it keeps, as it names the plate classes it keeps (see the presets).

Nothing is kept on a guess: a plate standing next to an agency without being attributed to it
(停在区教育局门前的小型轿车湘A·…), a person's 联系电话, an agent who is a relative, a taxi (its own
role, kept by no preset) stay private.
"""

from __future__ import annotations

import dataclasses
from typing import Iterable, Mapping, Optional

import regex as re

from recognizers._text import HAN, alternation, normalize_width
from recognizers.person import AGENT_CUES, COURT_OFFICER_TITLES, LAWYER_WORDS, PARTY_CUES, PROSECUTOR_TITLES
from redact.findings import Finding

PUBLIC_VEHICLE = "public_vehicle"
TAXI = "taxi"
AGENCY_HOTLINE = "agency_hotline"
COURT_OFFICER = "court_officer"
PROSECUTOR = "prosecutor"
LAWYER = "lawyer"

#: The roles each entity type can be given: the further values ``keep_classes`` may name.
ROLES: Mapping[str, tuple[str, ...]] = {
    "CN_LICENSE_PLATE": (PUBLIC_VEHICLE, TAXI),
    "CN_PHONE_NUMBER": (AGENCY_HOTLINE,),
    "PERSON": (COURT_OFFICER, PROSECUTOR, LAWYER),
}

#: The recognizer name of a policy's ``deny`` terms: always redacted, never given a role.
DENIED = "deny_list"
#: How a role was read, for the audit log (``Finding.role_rule``).
RULES = {
    "brackets": "the text after the value, in brackets, attributes it",
    "labelled": "a label after the value (使用单位, 使用性质) attributes it",
    "vehicle_word": "a vehicle word right before the plate",
    "agency_before": "an agency's name right before the plate",
    "hotline_label": "a hotline label (举报电话, 服务热线) right before the number",
    "agency_phone": "an agency's name and 电话 right before the number",
    "title": "an office (审判员, 书记员, 检察员) right before the name",
    "agent_firm": "an agent (辩护人, 诉讼代理人) with a law firm in the same clause",
    "list": "listed right after a value of the same role",
    "column": "the table's header or row attributes it",
    "same_value": "the same value has this role elsewhere in the document",
}

# -- knowledge ----------------------------------------------------------------------------
#: Vehicle words naming a vehicle in public service, and their role. Kept (public_vehicle):
#: buses and coaches of the public transport company, official cars of agencies, law-enforcement,
#: police, fire and ambulance vehicles, school buses (registered to a school or a licensed
#: operator under the 校车安全管理条例), sanitation vehicles: their plate identifies a body, not
#: a private person. Taxis and ride-hailing cars are often a driver's own car: their own role,
#: which no preset keeps.
VEHICLE_WORDS: Mapping[str, str] = {
    **dict.fromkeys(
        "公交车 公交大巴 公交客车 公交车辆 公共汽车 公交 公务车 公务车辆 公务用车 公车 公车私用 政府公务车 "
        "执法车 执法车辆 执法用车 警车 警用车 警用车辆 消防车 消防救援车 救护车 急救车 校车 环卫车 洒水车 "
        "应急救援车 工程抢险车".split(), PUBLIC_VEHICLE),
    **dict.fromkeys("出租车 出租汽车 巡游出租车 的士 网约车 网约出租车".split(), TAXI),
}
#: Values of a 使用性质/车辆性质 field (the registration's use) and their role.
USE_WORDS: Mapping[str, str] = {
    **dict.fromkeys("公交客运 警用 消防 救护 工程救险 公务 校车 非营运（公务）".split(), PUBLIC_VEHICLE),
    **dict.fromkeys("出租客运 网约车 预约出租客运".split(), TAXI),
}
#: Generic vehicle kinds that may stand between an agency and its plate (市水利局小型轿车湘A·…).
VEHICLE_KINDS = tuple(
    "小型普通客车 小型轿车 小型客车 中型客车 大型客车 越野车 面包车 小汽车 轿车 汽车 客车 货车 车辆 皮卡 车".split()
)
#: Where a public body's name starts: its level (区城管执法局, 市水利局, 县第一人民医院). A name
#: without one is read as an agency only when it is one of AGENCY_NAMES: 局 or 中心 after any
#: two characters is no agency (一委, 饭局).
AGENCY_LEVELS = ("省", "市", "区", "县", "州", "镇", "乡", "旗", "盟", "街道", "国家", "中央", "自治区")
#: Agencies named without their level in bulletins (交警大队湘A·…, 派出所).
AGENCY_NAMES = tuple(
    "公安局 公安分局 交警大队 交警支队 交警中队 交巡警大队 派出所 人民法院 人民检察院 人民政府 人民医院 "
    "城管局 城管执法局 综合执法局 水利局 教育局 交通运输局 卫健委 住建局 公交公司 公交集团 公共交通集团".split()
)
#: How the name of a public body ends (区城管执法局, 市水利局, 某某街道办事处, 市第一人民医院).
AGENCY_ENDS = (
    "人民政府 政府 委员会 管委会 办公室 办事处 人民法院 法院 人民检察院 检察院 公安局 派出所 司法所 "
    "研究所 研究院 设计院 医院 卫生院 学校 小学 中学 大学 学院 幼儿园 大队 支队 中队 中心 "
    "公交公司 公交总公司 公交集团 公共交通集团 局 厅 委 署"
).split()
#: Common words that end like an agency and are none (饭局, 格局, 原委).
NOT_AGENCIES = frozenset(
    "当局 格局 布局 结局 僵局 出局 开局 赌局 饭局 骗局 全局 大局 时局 政局 残局 棋局 牌局 定局 终局 变局 "
    "原委 市中心 城中心 正中心".split()
)
#: Words of place and movement: an agency after them is where a car was, not whose it is.
PLACE_WORDS = ("门前", "门口", "附近", "旁边", "对面", "路口", "院内", "停车场", "楼下", "周边", "之间")
_LOCATIVE = re.compile("在|于|至|到|驶入|进入|驶往|前往|经过|途经|路过|停放|停靠")
#: Words in an attribution that make the value a person's after all.
#: (车主：区城管执法局 is an agency's car: the owner label alone says nothing.)
PRIVATE_WORDS = ("驾驶人", "驾驶员", "司机", "私家车", "私车", "个人", "职工", "员工", "家属", "租用")
#: Labels after a plate that say whose it is or what it is used for.
ATTRIBUTION_LABELS = (
    "车辆所属单位", "所属单位", "使用单位", "使用部门", "所属部门", "车辆性质", "使用性质", "车主", "所有人",
)
#: Labels of an agency's own lines (a person's 联系电话 is none of them).
HOTLINE_LABELS = tuple(
    "举报电话 举报热线 监督电话 监督热线 监督举报电话 投诉电话 投诉热线 投诉举报电话 举报投诉电话 "
    "咨询电话 咨询热线 服务热线 服务电话 热线电话 政务热线 值班电话 受理电话 报名电话 求助电话 "
    "热线 举报专线 服务专线 传真".split()
)  # not 办公电话 alone: 联系人张三，办公电话… is a person's line; 区城管执法局办公电话 is read as the agency's
#: Offices of the court and the prosecution, named before the officer's name (the PERSON
#: wing's word tables: recognizers.person.lexicon).
OFFICER_TITLES: Mapping[str, str] = {
    **dict.fromkeys(COURT_OFFICER_TITLES, COURT_OFFICER),
    **dict.fromkeys(PROSECUTOR_TITLES, PROSECUTOR),
}

# -- patterns -----------------------------------------------------------------------------
_AGENCY = re.compile(
    rf"[{HAN}0-9]{{0,8}}?(?:{alternation(AGENCY_LEVELS)})[{HAN}0-9]{{1,16}}?(?:{alternation(AGENCY_ENDS)})"
    rf"|[{HAN}0-9]{{0,12}}?(?:{alternation(AGENCY_NAMES)})"
)
_FILLER_BEFORE_PLATE = re.compile(r"(?:号牌号码|车牌号码|车牌号|号牌|车牌|牌照|号码)?[为是：:\s（(“\"]*$")
_FILLER_BEFORE_PHONE = re.compile(r"(?:号码)?[为是：:\s（(]*$")
_FILLER_BEFORE_NAME = re.compile(r"(?:[（(][^（）()]{0,8}[）)])?[：:]*$")
#: What may stand between two listed values of one role: plates only in a 、 list (公交车A和B相撞
#: names two vehicles, not two buses), numbers also after 或 and commas, names also after 和/及.
_LIST_JOINERS = {
    "CN_LICENSE_PLATE": re.compile(r"^\s*、\s*$"),
    "CN_PHONE_NUMBER": re.compile(r"^[、，,/或及和\s]*$"),
    "PERSON": re.compile(r"^[、和及\s]*$"),
}
_BRACKETS = re.compile(r"^\s*[（(]([^（）()\n]{1,40})[）)]")
_LABELLED = re.compile(rf"^[\s，,；;|]*({alternation(ATTRIBUTION_LABELS)})[:：\s]*([^\s，,；;。|\n]{{1,24}})")
_APPOSED = re.compile(rf"^[，,]\s*([{HAN}0-9]{{2,24}})(?=[）)，,。；;\s]|$)")
_PARTS = re.compile(r"[，,、；;：:\s]+")
_CLAUSE_END = re.compile(rf"[。；;\n]|{alternation(PARTY_CUES)}")
_SPACES = re.compile(r"[ \t\u3000]+")
_PLATE_KEY = re.compile(r"[^0-9A-Z\p{Han}]")
_LEAD = 24
#: Findings looked at around one (a list's previous item, the names inside a bracket).
_LIST_LOOKBACK = 8
_TITLES_LONGEST_FIRST = tuple(sorted(OFFICER_TITLES.items(), key=lambda kv: -len(kv[0])))


def assign(text: str, findings: list[Finding], known: Optional[Mapping[str, Optional[str]]] = None) -> list[Finding]:
    """``findings`` of ``text`` with the role the text gives each, if any.

    ``known``: what other parts of the same document taught (:func:`learned`), by value key.
    """
    if not findings:
        return findings
    out = list(findings)
    for i, f in enumerate(out):
        if f.role is None and f.recognizer != DENIED:
            role, rule = _read_role(text, out, i)
            if role:
                out[i] = dataclasses.replace(f, role=role, role_rule=rule)
    roles = learned(text, out, known)
    for i, f in enumerate(out):
        key = value_key(f.entity_type, text[f.start : f.end])
        if key not in roles:
            continue
        if roles[key] is None:  # a party's name somewhere in the document
            if f.role is not None:
                out[i] = dataclasses.replace(f, role=None, role_rule=None)
        elif f.role is None and f.recognizer != DENIED:
            out[i] = dataclasses.replace(f, role=roles[key], role_rule="same_value")
    return out


def learned(
    text: str, findings: Iterable[Finding], known: Optional[Mapping[str, Optional[str]]] = None,
) -> dict[str, Optional[str]]:
    """Value key → role for every finding of ``text`` that has one, merged into ``known``; a
    name that stands after a party's cue maps to None (private wherever it stands)."""
    roles = dict(known or {})
    findings = list(findings)
    for f in findings:
        if f.role is not None:
            roles.setdefault(value_key(f.entity_type, text[f.start : f.end]), f.role)
    for key in _private_names(text, findings):
        roles[key] = None
    return roles


def fits(role: str, finding: Finding) -> bool:
    """Whether ``finding`` can hold ``role`` given from outside its text (a column, a row): only
    a landline is an agency's line (a mobile under 举报电话 may be an officer's own); a denied
    value never has a role."""
    if finding.recognizer == DENIED:
        return False
    return role != AGENCY_HOTLINE or finding.subtype == "landline"


def value_key(entity_type: str, value: str) -> str:
    """What makes two mentions the same value: a plate without its dot or spaces, a number's digits."""
    folded = normalize_width(value).upper()
    if entity_type == "CN_LICENSE_PLATE":
        body = _PLATE_KEY.sub("", folded)
    elif entity_type == "CN_PHONE_NUMBER":
        body = "".join(ch for ch in folded if ch.isdigit())
    else:
        body = _SPACES.sub("", folded)
    return f"{entity_type}:{body}"


def of_cell(entity_type: str, value: str) -> Optional[str]:
    """The role a table cell's value gives the plate in its row (使用单位 = 区城管执法局, 使用性质 =
    公交客运), or None."""
    del entity_type  # one reading for every attribution column today
    return _attribution(normalize_width(value).strip())


def _read_role(text: str, findings: list[Finding], i: int) -> tuple[Optional[str], Optional[str]]:
    """The role ``findings[i]`` gets from its own context; ``findings`` are sorted by start and
    those before ``i`` have their roles already (a list continues one)."""
    f = findings[i]
    if f.entity_type == "CN_LICENSE_PLATE":
        return _plate_role(text, findings, i)
    if f.entity_type == "CN_PHONE_NUMBER" and f.subtype == "landline":
        return _phone_role(text, findings, i)
    if f.entity_type == "PERSON":
        return _person_role(text, findings, i)
    return None, None


def _lead(text: str, start: int) -> str:
    """The characters before ``start`` on its line (spaces folded away: 审　判　长)."""
    line_start = text.rfind("\n", 0, start) + 1
    return _SPACES.sub("", normalize_width(text[max(line_start, start - _LEAD * 2) : start]))[-_LEAD:]


def _listed_after(text: str, findings: list[Finding], i: int) -> Optional[str]:
    """The role of the value of the same type that ``findings[i]`` is listed right after (审判员A、B)."""
    f = findings[i]
    for prev in reversed(findings[max(0, i - _LIST_LOOKBACK) : i]):
        if prev.entity_type == f.entity_type and prev.end <= f.start:
            if prev.role is not None and _LIST_JOINERS[f.entity_type].match(text[prev.end : f.start]):
                return prev.role
            return None
    return None


def _plate_role(text: str, findings: list[Finding], i: int) -> tuple[Optional[str], Optional[str]]:
    f = findings[i]
    after = normalize_width(text[f.end : f.end + 64])
    bracket = _BRACKETS.match(after)
    if bracket:
        inside, close = bracket.group(1), f.end + bracket.end()
        people = any(p.entity_type == "PERSON" and p.start < close for p in findings[i + 1 : i + 1 + _LIST_LOOKBACK])
        if people or any(word in inside for word in PRIVATE_WORDS):
            return None, None  # （车主：张伟）, （私家车）: the text says whose it is
        role = _attribution(inside)
        if role:
            return role, "brackets"
    apposed = _APPOSED.match(after)  # 湘A·0352B，区城管执法局）
    if apposed and _is_agency(apposed.group(1)):
        return PUBLIC_VEHICLE, "brackets"
    labelled = _LABELLED.match(after)
    if labelled:
        role = _attribution(labelled.group(2))
        if role:
            return role, "labelled"
    lead = _FILLER_BEFORE_PLATE.sub("", _lead(text, f.start))
    for word, role in VEHICLE_WORDS.items():
        if lead.endswith(word) and not _private_before(lead[: -len(word)]):
            return role, "vehicle_word"
    for kind in VEHICLE_KINDS:
        if lead.endswith(kind):
            lead = lead[: -len(kind)]
            break
    if _ends_with_agency(lead):
        return PUBLIC_VEHICLE, "agency_before"
    listed = _listed_after(text, findings, i)
    return (listed, "list") if listed else (None, None)


def _private_before(lead: str) -> bool:
    """私家车 ends with 车 too; 非公务车 is no official car."""
    return lead.endswith(("私家", "非", "假冒", "套牌"))


def _attribution(value: str) -> Optional[str]:
    """The role an attribution (a bracket's content, a 使用单位 value) gives a plate, or None."""
    if not value or any(word in value for word in PRIVATE_WORDS):
        return None
    parts = [p for p in _PARTS.split(value) if p]
    for part in parts:
        if part in USE_WORDS:
            return USE_WORDS[part]
    for part in parts:
        for word, role in VEHICLE_WORDS.items():
            if part.endswith(word) and not _private_before(part[: -len(word)]):
                return role
    if any(_is_agency(part) for part in parts):
        return PUBLIC_VEHICLE
    return None


def _is_agency(part: str) -> bool:
    return (bool(_AGENCY.fullmatch(part)) and not _LOCATIVE.search(part) and not part.endswith(PLACE_WORDS)
            and not part.endswith(tuple(NOT_AGENCIES)))


def _ends_with_agency(lead: str) -> bool:
    """The lead's last clause is an agency's name: 一、区城管执法局|, not 停在区教育局门前的|."""
    clause = re.split(r"[，,。；;、：:（）()“”\"\s\d]", lead)[-1]
    if not clause or _LOCATIVE.search(clause):
        return False
    return any(_is_agency(clause[i:]) for i in range(len(clause) - 1))


def _phone_role(text: str, findings: list[Finding], i: int) -> tuple[Optional[str], Optional[str]]:
    f = findings[i]
    lead = _FILLER_BEFORE_PHONE.sub("", _lead(text, f.start))
    if lead.endswith(HOTLINE_LABELS):
        return AGENCY_HOTLINE, "hotline_label"
    for label in ("联系电话", "办公电话", "电话"):
        if lead.endswith(label):
            owner = lead[: -len(label)].rstrip("（(的")
            if _ends_with_agency(owner) and not owner.endswith(tuple(PARTY_CUES)):
                return AGENCY_HOTLINE, "agency_phone"
            break
    listed = _listed_after(text, findings, i)
    return (listed, "list") if listed else (None, None)


def _person_role(text: str, findings: list[Finding], i: int) -> tuple[Optional[str], Optional[str]]:
    f = findings[i]
    lead = _FILLER_BEFORE_NAME.sub("", _lead(text, f.start))
    for title, role in _TITLES_LONGEST_FIRST:
        if lead.endswith(title):
            return role, "title"
    if lead.endswith("律师") or (lead.endswith(AGENT_CUES) and _clause_names_firm(text, f.end)):
        return LAWYER, "agent_firm"
    listed = _listed_after(text, findings, i)
    return (listed, "list") if listed else (None, None)


def _clause_names_firm(text: str, end: int) -> bool:
    """The rest of the agent's clause names a law firm (赵明，湖南天地人律师事务所律师), not a kinship
    (孙丽，女，系原告之女)."""
    tail = normalize_width(text[end : end + 80])
    stop = _CLAUSE_END.search(tail)
    return any(word in tail[: stop.start() if stop else len(tail)] for word in LAWYER_WORDS)


def _private_names(text: str, findings: Iterable[Finding]) -> set[str]:
    """Keys of the names that stand right after a party's cue somewhere in ``text``."""
    private = set()
    for f in findings:
        if f.entity_type == "PERSON" and _FILLER_BEFORE_NAME.sub("", _lead(text, f.start)).endswith(PARTY_CUES):
            private.add(value_key("PERSON", text[f.start : f.end]))
    return private
