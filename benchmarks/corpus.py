"""Seeded generators of realistic disclosure text with ground-truth spans.

Used by the tests (property tests, accuracy floors) and by ``text_bench.py``. Faker's
``zh_CN`` provider supplies names, addresses, companies and dates; what Faker lacks
(X check characters, legacy IDs, new-energy and special plates, landlines, every
mobile prefix, the writing variants clerks use) is generated here. Hard negatives
(credit codes, document numbers, bank accounts, hotlines ...) come with no spans.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Callable, Optional

import phonenumbers
from faker import Faker

from recognizers.resident_id import check_char
from recognizers.person import COMPOUND

# -- entities -----------------------------------------------------------------------

AREA_CODES = (
    "110101", "120103", "130102", "140105", "140402", "141181", "142701", "150102", "210102",
    "220102", "230102", "310104", "320106", "330106", "340104", "350102", "360102", "370102",
    "410105", "420106", "430104", "440106", "440305", "450103", "460105", "500103", "510104",
    "520102", "530102", "540102", "610104", "620102", "630102", "640104", "650102", "810000",
    "820000", "830000",
)
MOBILE_PREFIXES = (
    "130 131 132 133 134 135 136 137 138 139 145 147 149 150 151 152 153 155 156 157 158 159 "
    "162 165 166 167 170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 "
    "190 191 192 193 195 196 197 198 199"
).split()
LANDLINE_AREAS = (
    "010 020 021 022 023 024 025 027 028 029 0311 0351 0355 0358 0371 0431 0451 0471 0531 "
    "0551 0571 0591 0731 0755 0771 0791 0851 0871 0891 0931 0951 0971 0991"
).split()
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
SERIAL_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_SEPARATORS = ("", "", "", "·", "·", "•", "・", "-", ".", " ")
MINORITY_NAMES = (
    "买买提·艾力", "阿卜杜拉·买买提", "古丽娜尔·吐尔逊", "热依拉·艾山", "扎西·次仁", "阿依古丽·托合提",
    "努尔兰·哈斯木", "迪丽娜尔·阿不都", "艾尔肯·吐逊", "巴特尔·朝鲁",
)
_FW = {ord(c): ord(c) + 0xFEE0 for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+-()"}
_FW[ord(" ")] = 0x3000


def full_width(text: str) -> str:
    """ASCII digits, capitals and phone punctuation to their full-width forms."""
    return text.translate(_FW)


@dataclass
class Gen:
    """One seeded source of entities and filler text."""

    seed: int = 0
    fake: Faker = field(init=False)
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.fake = Faker("zh_CN")
        self.fake.seed_instance(self.seed)
        self.rng = random.Random(self.seed)

    # people
    def name(self) -> str:
        r = self.rng.random()
        if r < 0.06:
            return self.rng.choice(sorted(COMPOUND)[:12]) + self.fake.first_name()
        if r < 0.10:
            return self.rng.choice(MINORITY_NAMES)
        if r < 0.20:
            return self.fake.last_name() + self.fake.first_name()[:1]
        return self.fake.name()

    # resident IDs
    def birth_date(self) -> dt.date:
        return self.fake.date_between(dt.date(1940, 1, 1), dt.date(2006, 12, 31))

    def id18(self) -> str:
        born = self.birth_date()
        body = self.rng.choice(AREA_CODES) + born.strftime("%Y%m%d") + f"{self.rng.randrange(1000):03d}"
        return body + check_char(body)

    def id18_x(self) -> str:
        while True:
            number = self.id18()
            if number.endswith("X"):
                return number

    def id15(self) -> str:
        born = self.birth_date()
        return self.rng.choice(AREA_CODES[:-3]) + born.strftime("%y%m%d") + f"{self.rng.randrange(1000):03d}"

    def id_written(self) -> tuple[str, bool]:
        """An ID as a clerk writes it; the flag says whether it needs a cue word."""
        r = self.rng.random()
        if r < 0.05:
            return self.id15(), True
        number = self.id18_x() if r < 0.2 else (self.fake.ssn() if r < 0.5 else self.id18())
        if r > 0.9:
            number = full_width(number)
        elif r > 0.85:
            number = f"{number[:6]} {number[6:14]} {number[14:]}"
        elif r > 0.8:
            number = number[:-1] + number[-1].lower()
        return number, False

    # phones
    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def landline(self) -> tuple[str, str]:
        while True:
            area = self.rng.choice(LANDLINE_AREAS)
            local = str(self.rng.randint(2, 8)) + "".join(
                str(self.rng.randrange(10)) for _ in range(self.rng.choice((6, 7)))
            )
            if phonenumbers.is_valid_number(phonenumbers.parse(area + local, "CN")):
                return area, local

    def phone_written(self) -> str:
        r = self.rng.random()
        if r < 0.55:
            m = self.mobile() if r > 0.1 else self.fake.phone_number()
            variants = (
                m, m, m, f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]} {m[3:7]} {m[7:]}", f"+86{m}",
                f"+86 {m}", f"0086-{m}", f"(+86){m}", f"86-{m}", full_width(m),
            )
            return self.rng.choice(variants)
        area, local = self.landline()
        variants = (
            f"{area}-{local}", f"{area}-{local}", f"({area}){local}", f"（{area}）{local}",
            f"{area} {local}", f"{area}{local}", f"{area}-{local}转{self.rng.randint(1, 999)}",
            f"{area}-{local}-{self.rng.randint(10, 9999)}", full_width(f"{area}-{local}"),
            f"{area}—{local}", f"（{area}）－{local}",
        )
        return self.rng.choice(variants)

    # plates
    def plate(self) -> tuple[str, str]:
        """(plate as written, class): mostly as printed, sometimes lower-cased or spaced."""
        plate, cls = self._plate()
        r = self.rng.random()
        if r < 0.03:
            plate = plate.lower()
        elif r < 0.05:
            plate = plate[0] + " " + plate[1:]
        elif r < 0.08:
            plate = full_width(plate)
        return plate, cls

    def _plate(self) -> tuple[str, str]:
        r = self.rng.random()
        prov = self.rng.choice(PROVINCES)
        letter = self.rng.choice("ABCDEFGHJKLMNPQRS")
        sep = self.rng.choice(PLATE_SEPARATORS)
        if r < 0.1:
            return self.fake.license_plate(), "ordinary"
        if r < 0.55:
            serial = [str(self.rng.randrange(10)) for _ in range(5)]
            for pos in self.rng.sample(range(5), self.rng.choice((0, 0, 1, 1, 2))):
                serial[pos] = self.rng.choice(SERIAL_LETTERS)
            return f"{prov}{letter}{sep}{''.join(serial)}", "ordinary"
        if r < 0.75:
            head = self.rng.choice("ABCDEFGHJK")
            second = self.rng.choice(SERIAL_LETTERS + "0123456789")
            return f"{prov}{letter}{sep}{head}{second}{self.rng.randrange(10**4):04d}", "new_energy"
        if r < 0.85:
            tail = self.rng.choice("ABCDEFGHJK")
            return f"{prov}{letter}{sep}{self.rng.randrange(10**5):05d}{tail}", "new_energy"
        suffix, cls = self.rng.choice((("警", "police"), ("学", "learner"), ("挂", "trailer"), ("港", "hong_kong"), ("澳", "macao")))
        return f"{prov}{letter}{sep}{self.rng.randrange(10**4):04d}{suffix}", cls

    # filler
    def date(self) -> str:
        d = self.fake.date_between(dt.date(2024, 1, 1), dt.date(2026, 10, 31))
        return self.rng.choice((f"{d.year}年{d.month}月{d.day}日", d.isoformat(), d.strftime("%Y/%m/%d")))

    def place(self) -> str:
        city = self.rng.choice(("长治市", "太原市", "晋中市", "孝义市", "大同市", "运城市"))
        road = self.fake.street_name()
        return self.rng.choice((f"{city}{road}与{self.fake.street_name()}交叉口", f"{city}{road}", f"G5京昆高速{self.rng.randint(100, 999)}公里处"))

    def violation(self) -> str:
        return self.rng.choice((
            "驾驶机动车违反道路交通信号灯通行", "机动车违反规定停放", "超过规定时速50%以上",
            "驾驶时拨打接听手持电话", "未按规定使用安全带", "醉酒驾驶机动车", "不按规定车道行驶",
            "机动车不避让行人", "逆向行驶", "驾驶与准驾车型不符的机动车",
        ))


# -- hard negatives -----------------------------------------------------------------

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc(rng: random.Random, digits_only: bool = False) -> str:
    """A unified social credit code (GB 32100) with a correct check character."""
    pool = "0123456789" if digits_only else _USCC_CHARS
    body = rng.choice("159") + rng.choice("123") + rng.choice(AREA_CODES) + "".join(rng.choice(pool) for _ in range(9))
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_WEIGHTS))
    return body + _USCC_CHARS[(31 - total % 31) % 31]


def bank_account(rng: random.Random) -> str:
    """A 16-19 digit card number with a valid Luhn check digit."""
    body = rng.choice(("622202", "621700", "622848", "955880")) + "".join(
        str(rng.randrange(10)) for _ in range(rng.choice((9, 10, 12)))
    )
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def hard_negatives(g: Gen) -> list[str]:
    """Sentences full of numbers that are NOT personal data."""
    rng = g.rng
    year = rng.randint(2019, 2026)
    serial = rng.randint(1, 999999)
    return [
        f"孝公（交）决字〔{year}〕第{rng.choice(AREA_CODES)}{serial:06d}号",
        f"行政处罚决定书文号：晋公交决字〔{year}〕{rng.randint(1, 99999):05d}号。",
        f"统一社会信用代码：{uscc(rng)}；{uscc(rng, digits_only=True)}。",
        f"订单号{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randrange(10**8):08d}，日期{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}。",
        f"罚款{rng.choice((100, 200, 500, 1000, 2000))}元，记{rng.choice((3, 6, 9, 12))}分，缴款账号{bank_account(rng)}。",
        f"开户银行：中国工商银行长治分行，账号：{bank_account(rng)}，户名：长治市财政局。",
        "监督电话：12345；举报电话：12122；报警电话：110；客服热线：95598、95588。",
        f"全国统一服务热线：400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}，800-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}。",
        f"依据《中华人民共和国道路交通安全法》第{rng.choice(('九十', '九十九', '一百一十四'))}条、GB 11643-1999、GA 36-2018的规定。",
        f"案号：（{year}）晋0402行初{rng.randint(1, 999)}号，京ICP备{rng.randrange(10**8):08d}号。",
        f"邮政编码：046000，办公时间：08:30-12:00，发布日期：{g.date()}，第{rng.randint(1, 52)}期。",
        f"本次共查处违法行为{rng.randint(100, 99999)}起，同比下降{rng.randint(1, 60)}.{rng.randint(0, 9)}%，车速{rng.randint(60, 180)}km/h。",
        f"{g.fake.company()}位于{g.place()}，注册资本{rng.randint(10, 5000)}万元。",
        f"车辆识别代号LSVAM4187C2{rng.randrange(10**6):06d}，发动机号{rng.randrange(10**7):07d}。",
        f"抓拍时间{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}，设备编号{rng.randrange(10**12):012d}。",
        f"已公示信息：张某，身份证号141181********{rng.randrange(10**4):04d}，电话138****{rng.randrange(10**4):04d}，车牌晋J·***{rng.randint(10, 99)}。",
        f"参照GB/T 35273-2020、JT/T 808-2019，坐标112.{rng.randrange(10**6):06d}，36.{rng.randrange(10**6):06d}。",
        f"移动客服10086、联通客服10010、电信客服10000，政务邮箱{rng.randrange(10**5):05d}@sx.gov.cn。",
        f"共收缴罚没款{rng.randint(1, 99)},{rng.randrange(1000):03d},{rng.randrange(1000):03d}.00元，涉及车辆{rng.randint(10, 999)}台次。",
    ]


# -- documents ----------------------------------------------------------------------

Span = tuple[int, int, str]


@dataclass
class Doc:
    """A generated document and its ground truth."""

    kind: str
    text: str
    spans: list[Span]


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.length = 0

    def add(self, text: str, entity: Optional[str] = None) -> None:
        if entity:
            self.spans.append((self.length, self.length + len(text), entity))
        self.parts.append(text)
        self.length += len(text)

    def doc(self, kind: str) -> Doc:
        return Doc(kind, "".join(self.parts), self.spans)


def prose_item(g: Gen, b: _Builder, index: int) -> None:
    """One numbered violation in bulletin prose."""
    plate, _ = g.plate()
    name = g.name()
    b.add(f"{index}、")
    opener = g.rng.choice(("驾驶人", "当事人", "机动车驾驶人", "", "车主"))
    b.add(opener)
    if not opener:
        b.add(name, "PERSON")
        b.add(g.rng.choice(("于", "，男，于", "（女）于")) + f"{g.date()}驾驶")
    else:
        b.add(name, "PERSON")
        b.add(g.rng.choice(("驾驶", "于" + g.date() + "驾驶", "驾驶号牌为")))
    b.add(plate, "CN_LICENSE_PLATE")
    b.add(g.rng.choice(("号小型轿车", "号小型普通客车", "号重型货车", "的车辆", "号车")))
    b.add(f"在{g.place()}{g.violation()}")
    if g.rng.random() < 0.7:
        idn, needs_cue = g.id_written()
        b.add(g.rng.choice(("，身份证号", "，公民身份号码：", "，身份证号码", "（身份证号：")) if needs_cue or g.rng.random() < 0.8 else "，")
        b.add(idn, "CN_RESIDENT_ID")
    if g.rng.random() < 0.7:
        b.add(g.rng.choice(("，联系电话", "，电话：", "，手机号", "，联系方式：", "，")))
        b.add(g.phone_written(), "CN_PHONE_NUMBER")
    b.add("。\n")


def bulletin(g: Gen, items: int = 8) -> Doc:
    b = _Builder()
    b.add(f"{g.rng.choice(('长治市', '孝义市', '晋中市'))}公安局交通警察支队关于曝光一批交通违法行为的公告\n")
    b.add(f"为进一步规范道路交通秩序，现将{g.date()}以来查处的部分交通违法行为予以曝光：\n")
    for i in range(1, items + 1):
        prose_item(g, b, i)
    b.add("".join(g.rng.sample(hard_negatives(g), 3)) + "\n")
    return b.doc("bulletin")


TABLE_HEADER = ("序号", "号牌号码", "违法时间", "违法地点", "违法行为", "当事人", "联系电话", "身份证号")


def table(g: Gen, rows: int = 12, sep: str = ",") -> Doc:
    b = _Builder()
    b.add(sep.join(TABLE_HEADER) + "\n")
    for i in range(1, rows + 1):
        plate, _ = g.plate()
        idn = g.id18() if g.rng.random() < 0.9 else g.id18_x()
        cells: list[tuple[str, Optional[str]]] = [
            (str(i), None), (plate, "CN_LICENSE_PLATE"), (g.date(), None), (g.place(), None),
            (g.violation(), None), (g.name(), "PERSON"), (g.phone_written(), "CN_PHONE_NUMBER"), (idn, "CN_RESIDENT_ID"),
        ]
        for j, (value, entity) in enumerate(cells):
            if j:
                b.add(sep)
            b.add(value, entity)
        b.add("\n")
    return b.doc("table")


def penalty_decision(g: Gen) -> Doc:
    b = _Builder()
    year = g.rng.randint(2023, 2026)
    b.add(f"公安交通管理行政处罚决定书\n编号：{g.rng.choice(AREA_CODES)}{g.rng.randrange(10**10):010d}\n")
    b.add("被处罚人：")
    b.add(g.name(), "PERSON")
    b.add(g.rng.choice(("，性别：男", "，性别：女", "，男", "，女")) + "，身份证号码：")
    idn, _ = g.id_written()
    b.add(idn, "CN_RESIDENT_ID")
    b.add(f"，住址：{g.fake.address()[:-7]}，联系电话：")
    b.add(g.phone_written(), "CN_PHONE_NUMBER")
    b.add("，驾驶证号：")
    b.add(g.id18(), "CN_RESIDENT_ID")
    b.add("。\n车辆牌号：")
    plate, _ = g.plate()
    b.add(plate, "CN_LICENSE_PLATE")
    b.add(f"。\n被处罚人于{g.date()}在{g.place()}实施{g.violation()}的违法行为，")
    b.add(f"依据《中华人民共和国道路交通安全法》第九十条，决定处以罚款{g.rng.choice((200, 500, 1000))}元。\n")
    b.add("其妻")
    b.add(g.name(), "PERSON")
    b.add("到场作证。如不服本决定，可于六十日内申请行政复议。")
    b.add(f"文号：晋公交决字〔{year}〕第{g.rng.randrange(10**6):06d}号\n")
    return b.doc("decision")


def subsidy_list(g: Gen, rows: int = 10) -> Doc:
    """A space-aligned subsidy list, the kind pasted from a word processor."""
    b = _Builder()
    b.add(f"{g.rng.choice(('长治市', '孝义市'))}{g.rng.choice(('城乡居民', '困难群众', '退役军人'))}补贴发放名单公示\n")
    b.add("序号  姓名      身份证号              补贴金额  联系电话\n")
    for i in range(1, rows + 1):
        b.add(f"{i:<4}")
        name = g.name()
        b.add(name, "PERSON")
        b.add(" " * max(2, 10 - 2 * len(name)))
        b.add(g.id18(), "CN_RESIDENT_ID")
        b.add(f"    {g.rng.randint(100, 3000)}元    ")
        b.add(g.mobile(), "CN_PHONE_NUMBER")
        b.add("\n")
    b.add(f"公示期{g.rng.randint(5, 7)}天，监督电话：12345。\n")
    return b.doc("subsidy")


def negatives_only(g: Gen) -> Doc:
    return Doc("negatives", "".join(hard_negatives(g)) + "\n", [])


GENERATORS: dict[str, Callable[[Gen], Doc]] = {
    "bulletin": bulletin,
    "table": table,
    "tsv": lambda g: table(g, sep="\t"),
    "decision": penalty_decision,
    "subsidy": subsidy_list,
    "negatives": negatives_only,
}


def corpus(seed: int = 0, docs: int = 200) -> list[Doc]:
    """A mixed corpus: prose bulletins, CSV/TSV tables, penalty decisions, negatives."""
    g = Gen(seed)
    kinds = list(GENERATORS)
    return [GENERATORS[kinds[i % len(kinds)]](g) for i in range(docs)]
