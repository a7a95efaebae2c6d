"""Disclosure documents in wordings and with names that the training data never holds.

``benchmarks/corpus.py`` generates the bulletins the PERSON model is partly trained on, so
a score on more of them says little about a bulletin written by someone else. These
documents are written independently: other document kinds (enforcement lists, commendations,
decisions with agents and witnesses, sentences whose frame marks the name), other wordings (名下, 弃车逃逸, 经查), other table
headers, and names from other sources — surname and given-name characters as they occur in the names
of jieba's dictionary (words tagged ``nr``), rare and compound surnames, and
Tibetan/Mongolian names made of parts the training generator does not use.

    python models/evaluate.py --other-templates 300
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from faker import Faker


#: Undotted names from parts that benchmarks/corpus.py never uses.
UNDOTTED_NAMES = ("格桑旺姆", "阿旺罗布", "其其格", "朝格图", "达娃卓嘎", "斯日古楞", "仁增曲珍", "额日和木")
DOTTED_NAMES = ("艾合买提·依明", "热依拉·阿不都", "帕尔哈提·吐尔洪", "米日古丽·阿西木")
RARE_SURNAMES = tuple("亓仉逄笪昝郗佘靳栾訾冼蒯") + ("欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "慕容", "东方")
#: The hundred most common surnames; names with them are Chinese names, not transliterations.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
#: Characters of transliterations and of places (县, 湾): a word holding one is no Chinese given name.
TRANSLITERATION_CHARS = frozenset("斯尔特克德普尼基维夫娜亚巴拉罗卡里耶森姆县市省乡镇村湾街路巷州")
#: Function characters that dictionary words run into after a name (郭靖|拳 is rare, 之/与/家 common).
FUNCTION_CHARS = frozenset("之与其人家老于的了在是和及也都就而以为所将把被向从到")
PLACES = ("解放路与迎泽大街交叉口", "长治北站停车场", "太行西街", "G5京昆高速K1120处", "英雄南路", "滨河东路")
ACTS = ("闯红灯", "不按规定让行", "违法停车", "酒后驾驶", "超速50%以上", "驾驶时拨打电话", "不系安全带")


@lru_cache(maxsize=1)
def dictionary_names() -> tuple[str, ...]:
    """Three-character words jieba's dictionary tags as person names (nr), surname first.

    Some are a name run into the next word (郭靖拳), so they only supply characters:
    the surname and given-name characters in their natural proportions.
    """
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tags = jieba.posseg.dt.word_tag_tab
    return tuple(
        sorted(w for w, t in tags.items() if t == "nr" and len(w) == 3 and w[0] in COMMON_SURNAMES
               and not set(w) & TRANSLITERATION_CHARS)
    )


#: Where a template takes a name (a character no document holds).
NAME = "\x00"


@dataclass
class Doc:
    kind: str
    text: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)

    def add(self, text: str, name: bool = False) -> None:
        if name:
            self.spans.append((len(self.text), len(self.text) + len(text)))
        self.text += text

    def fill(self, w: "Writer", template: str, common_names: bool = False) -> None:
        """Append ``template`` with a fresh name wherever it holds ``NAME`` (Faker's common
        names with ``common_names``, else the writer's hard ones)."""
        for k, piece in enumerate(template.split(NAME)):
            if k:
                self.add(w.fake.name() if common_names else w.name(), True)
            self.add(piece)


class Writer:
    """One seeded source of names, plates and dates."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("zh_CN")
        self.fake.seed_instance(seed)
        self.names = dictionary_names()

    def given_name(self) -> str:
        chars: list[str] = []
        length = self.rng.choice((1, 2, 2, 2))
        while len(chars) < length:
            ch = self.rng.choice(self.names)[self.rng.choice((1, 2))]
            if ch not in FUNCTION_CHARS:
                chars.append(ch)
        return "".join(chars)

    def name(self) -> str:
        r = self.rng.random()
        if r < 0.6:
            return self.rng.choice(self.names)[0] + self.given_name()
        if r < 0.8:
            return self.rng.choice(RARE_SURNAMES) + self.given_name()
        if r < 0.9:
            return self.rng.choice(UNDOTTED_NAMES)
        return self.rng.choice(DOTTED_NAMES)

    def plate(self) -> str:
        letters = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
        return self.rng.choice("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新") + self.rng.choice(
            "ABCDEFGHJK"
        ) + "".join(self.rng.choice(letters) for _ in range(5))

    def date(self) -> str:
        return f"{self.rng.randint(2022, 2026)}年{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日"


def exposure(w: Writer) -> Doc:
    d = Doc("exposure", "关于对部分交通违法驾驶员予以曝光的通报\n")
    for i in range(1, 9):
        where = f"{w.date()}在{w.rng.choice(PLACES)}{w.rng.choice(ACTS)}"
        form = w.rng.choice((
            f"驾驶员{NAME}驾驶{w.plate()}小型汽车于{where}。",
            f"{NAME}驾驶的{w.plate()}号车辆，{where}。",
            f"交通违法人：{NAME}，号牌：{w.plate()}，违法行为：{w.rng.choice(ACTS)}。",
            f"机动车所有人{NAME}名下的{w.plate()}有{w.rng.randint(5, 30)}起违法未处理。",
            f"经查，{NAME}于{w.date()}醉酒驾驶机动车，血液酒精含量{w.rng.randint(80, 250)}mg/100ml。",
            f"肇事司机{NAME}弃车逃逸，现已归案。",
        ))
        d.fill(w, f"（{i}）{form}\n")
    d.add(CLOSING)
    return d


#: Traffic-bulletin phrases where a surname character starts a word (危险驾驶, 文明驾驶, 司机驾驶).
CLOSING = "对涉嫌危险驾驶罪的依法移送司法机关。请广大驾驶人文明驾驶，营运车辆司机驾驶时不得接打电话。\n"


def enforcement_list(w: Writer) -> Doc:
    d = Doc("enforcement", "失信被执行人名单公布\n")
    for _ in range(6):
        d.fill(w, f"被执行人姓名：{NAME}，性别：{w.rng.choice('男女')}，年龄：{w.rng.randint(25, 70)}，执行依据文号："
                  f"（{w.rng.randint(2019, 2025)}）晋0402执{w.rng.randint(100, 999)}号，申请执行人：{NAME}。\n")
    return d


TABLE_HEADERS = (
    ("序号", "姓名", "性别", "车牌号", "违法行为"),
    ("编号", "车主姓名", "号牌号码", "罚款金额"),
    ("户主", "家庭人口", "补贴金额", "所在村组"),
    ("序号", "申请人", "申请事项", "办理结果"),
)
NAME_COLUMNS = frozenset(("姓名", "车主姓名", "户主", "申请人"))


def table(w: Writer) -> Doc:
    sep = w.rng.choice((",", "\t", " | "))
    header = w.rng.choice(TABLE_HEADERS)
    d = Doc("table", sep.join(header) + "\n")
    cells: dict[str, Callable[[int], str]] = {
        "序号": str, "编号": str, "性别": lambda i: w.rng.choice("男女"), "车牌号": lambda i: w.plate(),
        "号牌号码": lambda i: w.plate(), "违法行为": lambda i: w.rng.choice(ACTS),
        "罚款金额": lambda i: f"{w.rng.randint(1, 30) * 100}元", "补贴金额": lambda i: f"{w.rng.randint(1, 30) * 100}元",
        "家庭人口": lambda i: str(w.rng.randint(1, 6)), "所在村组": lambda i: w.rng.choice(("东关村一组", "南街社区")),
        "申请事项": lambda i: w.rng.choice(("低保申请", "危房改造", "临时救助")),
        "办理结果": lambda i: w.rng.choice(("通过", "不予通过")),
    }
    for i in range(1, 11):
        for j, column in enumerate(header):
            if j:
                d.add(sep)
            d.add(w.name(), True) if column in NAME_COLUMNS else d.add(cells[column](i))
        d.add("\n")
    return d


def decision(w: Writer) -> Doc:
    d = Doc("decision", "行政处罚决定书\n")
    d.fill(w, f"当事人：{NAME}，{w.rng.choice('男女')}，汉族，{w.rng.randint(1960, 2000)}年{w.rng.randint(1, 12)}月出生。\n"
              f"委托代理人：{NAME}，山西某律师事务所律师。\n经本机关调查，当事人{NAME}于{w.date()}在其经营的商店内"
              f"销售过期食品。以上事实有现场笔录、证人{NAME}的证言等证据证实。\n执法人员：{NAME}、{NAME}\n")
    return d


def commendation(w: Writer) -> Doc:
    d = Doc("commendation", "表彰通报\n")
    d.fill(w, f"在今年的防汛工作中，{NAME}、{NAME}、{NAME}等同志表现突出，特予通报表扬。\n"
              f"举报人{NAME}反映的问题经核查属实。村民{NAME}家中房屋受损严重。\n")
    return d


#: Sentences of decisions, court notices, letters and commendations, where the name sits in
#: the frame of a sentence (对…作出, 从…处, …因…, …夫妻二人) more than after a cue word.
FRAMES = (
    f"对{NAME}作出罚款二百元的行政处罚。", f"给予{NAME}行政拘留五日的处罚。", f"{NAME}同志在抗洪抢险中表现突出。",
    f"决定对{NAME}予以表彰。", f"{NAME}（身份证号码略）于案发后主动投案。", f"{NAME}，女，住本市城区。",
    f"经审理查明，{NAME}在担任会计期间挪用公款。", f"{NAME}的车辆已被依法扣押。", f"该车登记在{NAME}名下。",
    f"罪犯{NAME}，男，汉族。", f"兹有我单位职工{NAME}前往办理相关手续。", f"{NAME}家庭被认定为低保户。",
    f"拟推荐{NAME}为先进个人。", f"公示期间，{NAME}对结果提出异议。", f"{NAME}与{NAME}因宅基地纠纷发生争执。",
    f"报案人称，其被{NAME}殴打致轻伤。", f"{NAME}未经许可擅自经营。", f"村委会主任{NAME}介绍了情况。",
    f"记者从{NAME}处了解到有关情况。", f"{NAME}向本院提出再审申请。", f"由{NAME}负责具体实施。",
    f"{NAME}等三人被依法刑事拘留。", f"联系人：{NAME}，电话：0351-7654321。", f"承办人：{NAME}",
    f"审判长{NAME}，审判员{NAME}。", f"{NAME}、{NAME}夫妻二人均为残疾人。", f"经{NAME}介绍，双方达成协议。",
    f"{NAME}因交通肇事罪被判处有期徒刑一年。", f"现场负责人{NAME}已被约谈。", f"感谢{NAME}同志的辛勤付出。",
)


def frames(w: Writer) -> Doc:
    d = Doc("frames", "情况通报\n")
    for template in w.rng.sample(FRAMES, 8):
        d.fill(w, template + "\n")
    return d


#: More places where bulletins, registers and news on government sites put names: tables under
#: other headers, bylines, sentence-initial names before what follows them (…户, …已于, …之子).
#: The rules of 2026-11-27 were written against these (with other Faker seeds), so a score on
#: them is a floor against regressions more than a claim about unseen text.
MORE_FRAMES = (
    f"序号,驾驶员姓名,号牌号码,违法地点\n1,{NAME},晋A12345,迎泽大街\n2,{NAME},晋K6D789,长风街",
    f"名字\t身份证号\t补贴金额\n{NAME}\t1401**********1234\t500", f"人员名单：{NAME}（组长）、{NAME}、{NAME}",
    f"当 事 人：{NAME}    性 别：男", f"被处罚人：{NAME}，男，1980年5月生。", f"检查人：{NAME}、{NAME}　记录人：{NAME}",
    f"申请人{NAME}因家庭困难申请临时救助。", f"我局接到{NAME}的举报。", f"据{NAME}交代，其于当晚饮酒后驾车。",
    f"收款人：{NAME}　开户行：中国农业银行", f"第一名：{NAME}　第二名：{NAME}", f"其中{NAME}、{NAME}二人为重点帮扶对象。",
    f"序号|持证人|证书编号\n1|{NAME}|A2024001", f"权利人：{NAME}　共有人：{NAME}", f"拟录用人员：{NAME}（男，1995年生）",
    f"{NAME}户享受危房改造补助。", f"{NAME}已于2023年死亡。", f"{NAME}之子{NAME}在外地务工。", f"{NAME}一家五口住在危房中。",
    f"{NAME}现羁押于市看守所。", f"{NAME}系该公司法定代表人。", f"{NAME}的行为构成非法经营罪。", f"{NAME}自愿认罪认罚。",
    f"通讯员{NAME}摄", f"{NAME}说：“感谢政府的帮助。”", f"市委书记{NAME}出席会议并讲话。", f"在{NAME}的带领下，全村脱贫致富。",
    f"{NAME}和爱人{NAME}一起经营一家小超市。", f"任命{NAME}为市交通运输局局长。", f"经{NAME}介绍，双方达成协议。",
)


def common_name_frames(w: Writer) -> Doc:
    d = Doc("common-name frames", "公示\n")
    for template in w.rng.sample(MORE_FRAMES + FRAMES, 10):
        d.fill(w, template + "\n", common_names=True)
    return d


WRITERS: tuple[Callable[[Writer], Doc], ...] = (
    exposure, enforcement_list, table, decision, commendation, frames, common_name_frames,
)


def documents(seed: int = 0, docs: int = 300) -> list[Doc]:
    """``docs`` documents, the kinds in turn."""
    w = Writer(seed)
    return [WRITERS[i % len(WRITERS)](w) for i in range(docs)]
