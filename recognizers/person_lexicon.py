"""Word tables of the PERSON wing that say what is *not* a name, grouped by meaning.

Court judgments and administrative decisions repeat a small vocabulary whose words start
with a character that is also a surname (向原告, 查明, 利息, 当庭, 周转, 戴头盔 …). A reader
of a judgment sees at once that they are no names; a surname gazetteer does not, and jieba
even tags some of them as names (查明, 周转: ``nr``). These tables hold that knowledge as
data; the rule layer and the model's vetting consult them through the functions below.
"""

from __future__ import annotations

import regex as re

from recognizers._text import HAN, alternation

#: Words of court and administrative prose that are never a person's name, also when
#: they follow a cue (二被告向原告借款: 向 is a surname, 原告 is a party) or stand where a
#: surname + given name could (经审理查明, 原告来院, 当事人当庭, 资金周转).
COURT_WORDS = frozenset(
    """
    原告 被告 原审 本院 法院 法庭 庭审 开庭 到庭 当庭 出庭 来院 到院 向院 审理 审判 审查 查明 查实 查证 查获 查处
    认定 判决 判处 判令 裁定 裁决 调解 执行 立案 受理 管辖 宣判 独任 合议 公诉 检察 侦查 羁押 拘留 逮捕 取保 候审
    释明 释放 辩称 诉称 诉请 诉讼 起诉 上诉 申诉 答辩 质证 举证 证据 证实 证明 陈述 供述 供认 自首 坦白 投案
    利息 利率 本金 本息 借款 借条 欠条 欠款 收条 还款 偿还 归还 清偿 给付 支付 周转 担保 保证 连带 抵押 质押 逾期
    违约 催要 催收 索要 转账 汇款 现金 金额 数额 共计 合计 人民币 尚欠 未还 款项 货款 工程款 承担 主张 驳回 依法
    公民 公安 公诉人 公司 单位 政府 机关 银行 派出所 看守所 户籍 身份 住所 住址 头盔 安全帽 安全带 酒后 醉酒
    刑事 民事 行政 有期 徒刑 缓刑 罚金 罚款 没收 赃款 赃物 作案 案发 案件 案外 事实 经过 理由 意见 请求 要求
    """.split()
)

#: Capital numerals and money units: 伍佰元, 陆仟元整 are amounts (伍 and 陆 are surnames).
CAPITAL_NUMERALS = frozenset("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆整角分")

#: What follows a surname used alone to point back at a person (赵又让…, 陈又多次找…,
#: 胡、吴二人): adverbs, prepositions and numerals, never a given-name character there.
AFTER_BARE_SURNAME = frozenset("又也就便再才都还却即已曾将把被让给对向在和与及二两俩")

#: Adverbs that open a clause: a surname character right after one is a preposition
#: (遂|由孙强驾驶, 并|向原告出具), not the start of a name.
CLAUSE_ADVERBS = frozenset("遂并后再已现均也又还则便即仍亦都")

#: Prepositions that open what someone did: a run after a cue that holds one after its first
#: character is a clause (被告人|遂由孙强|驾驶), not one name (阿旺罗布驾驶).
RUN_BREAKS = frozenset("由被将把让叫")

#: Words that introduce what a person is called: a nickname, an alias, a former name. What
#: they quote (绰号“小泥鳅”, 一名叫“阿贵”的人) is a name, also without a surname. 叫 alone only
#: after a measure word (一个叫大海的), where it cannot be part of a word (叫卖).
ALIAS_CUES = ("名叫", "叫做", "叫作", "绰号", "外号", "诨号", "网名", "化名", "别名", "又名", "乳名", "小名", "昵称", "人称")
CALLED_AFTER = "个位名人"

#: Kin a judgment names a party's relative by (其兄代刚, 之妹): they cue the name after them.
KIN_CUES = ("其兄", "其弟", "其姐", "其妹", "其哥", "其嫂", "其侄", "其儿子", "其女儿", "其岳父", "其岳母",
            "之兄", "之弟", "之姐", "之妹")

#: Words of court prose that a name follows: 伙同 joins two accused (张三伙同李四).
COURT_CUES = ("伙同",)

#: What follows a name in court prose (皇甫伟伙同曾某1, 张三辩称, 李四向原告借款, 王五（另案处理）).
COURT_FOLLOWERS = ("伙同", "辩称", "诉称", "供述", "向原告", "向被告", "向本院", r"[（(](?:均)?(?:另案|已判|在逃|已死亡)")

#: Places that a span right before them names (东洲小区金鹏|茶馆): a shop, not a person.
SHOP_WORDS = ("茶馆", "茶楼", "酒楼", "餐馆", "饭馆", "饭店", "酒店", "宾馆", "旅馆", "旅社", "超市", "商店", "药店",
              "网吧", "浴池", "歌厅", "会所", "诊所", "门诊", "批发部", "便利店", "加油站")

#: Surnames as Hanyu Pinyin writes them (Chen Jianguo, LIU Yang, Ouyang Nana): a pinyin name
#: after a cue is a name when its first or last word is one (Jianguo Chen).
PINYIN_SURNAMES = frozenset(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song
    tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lu ding ren shen
    yao cui zhong tan fan jin shi jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long
    mo kong xiang chang wen kang shi niu qi an qiao pang ni zhuang nie zhang geng guan lan jiao zuo liu gan
    zhu bao ning shang fu shu ruan ke mei tong ling bi dan ji pei huo tu cheng miao gu sheng qu weng ran luo
    lan lu you xin jin guan chai meng bao hua yu qi pu fang teng qu rao xie mu ai you yang shi mu nong si
    zhuo gu ji miao jian che xiang lian lou dou qi cen jing dang gong fei bu leng yan xi wei mi bo zong qu
    gui quan tong ying zang min gou wu bian bian ji shi he qiu luan sui shang diao sha rong wu kou sang lang
    zhen cong zhong yu ao gong ming she chi zha ma ouyang situ shangguan zhuge sima dongfang huangfu murong
    """.split()
)

#: Offices of the court and of the prosecution, named before the officer's name (审判员许文杰).
COURT_OFFICER_TITLES = tuple(
    "审判长 审判员 代理审判员 助理审判员 人民陪审员 陪审员 书记员 代书记员 法官助理 执行员 法官 速录员 "
    "司法警察 法警 合议庭成员 审判人员".split()
)
PROSECUTOR_TITLES = tuple("检察员 代理检察员 检察官 检察官助理 检察长 公诉人".split())
#: Who acts for a party; a lawyer when the clause names a law firm or a legal-service office.
AGENT_CUES = ("辩护人", "指定辩护人", "委托代理人", "委托诉讼代理人", "诉讼代理人", "代理人")
LAWYER_WORDS = ("律师事务所", "律师", "法律服务所", "法律工作者", "法律援助中心", "法律服务工作者")
#: Cues of the parties and the people of a case: a name after one is private in the whole document.
PARTY_CUES = (
    "被告人", "被告", "原告", "第三人", "上诉人", "被上诉人", "申请人", "被申请人", "被执行人", "申请执行人",
    "证人", "被害人", "受害人", "犯罪嫌疑人", "嫌疑人", "当事人", "罪犯", "驾驶人", "车主",
)

#: Words for people that stand where names stand and are none (张某、同伙等人; 同, 路 are surnames).
PEOPLE_WORDS = frozenset(
    "同伙 同案 同案犯 同事 同学 同乡 同村 朋友 村民 群众 邻居 工友 网友 家人 亲属 他人 众人 路人 民警 辅警 老板 司机 师傅 "
    "其他人 其妻 其夫 其子 其女 其父 其母 双方 对方 本人 等人".split()
)

#: What ends the name of a firm, a shop, an office: a name that runs on into one of these
#: without a break is part of an organisation's name (湖北江铭建设工程有限公司).
ORG_SUFFIXES = (
    "有限责任公司", "股份有限公司", "有限公司", "分公司", "公司", "集团", "律师事务所", "事务所", "合作社",
    "银行", "支行", "分行", "信用社", "商行", "经营部", "门市部", "工作室", "研究院", "加工厂", "厂",
)
#: Characters that end a clause rather than run on inside an organisation's name
#: (经理张伟|所在公司 is a person, then where he works).
_NOT_IN_ORG_NAME = "与和及的、某所在系为是到去从向给将把被于因对诉告称说"
_ORG_RUN = re.compile(
    rf"(?:(?![{_NOT_IN_ORG_NAME}])[{HAN}]){{0,12}}?(?:{alternation(ORG_SUFFIXES)})"
)


_COUNT_OF_PEOPLE_RE = re.compile(r"[0-9０-９一二三四五六七八九十两]+\s*[名人位户]")


def count_of_people_at(text: str, pos: int) -> bool:
    """A count of people starts at ``pos`` (代刚|三人去, 刘平等|三名同志): it follows a name."""
    return bool(_COUNT_OF_PEOPLE_RE.match(text, pos))


#: A person's facts right after a field value: sex, birth year, ID (当事人：方向，男，1980年生).
_PERSON_FACTS_RE = re.compile(r"[，,（(]\s*(?:[男女](?:[，,）)。；;\s]|$)|(?:19|20)\d\d年|出生|公民身份|身份证)")


def person_facts_at(text: str, pos: int) -> bool:
    """A person's sex, birth year or ID number follows at ``pos``."""
    return bool(_PERSON_FACTS_RE.match(text, pos))


def court_word_at(text: str, pos: int) -> bool:
    """A word of court prose starts at ``pos`` (审判员孙强|独任审判, 向|原告)."""
    words = _COURT_WORDS_BY_FIRST.get(text[pos : pos + 1])
    return bool(words) and text.startswith(words, pos)


def holds_court_word(cand: str) -> bool:
    """``cand`` is, starts with, or goes on after its first character with a court word
    (查明, 向原告, 戴头盔, 公民身份)."""
    return court_word_at(cand, 0) or court_word_at(cand, 1)


def in_org_name(text: str, end: int) -> bool:
    """What follows ``end`` runs without a break into the end of a firm's name: the span
    before ``end`` is part of that name (被告海南暨|阳房地产开发有限公司)."""
    return bool(_ORG_RUN.match(text, end))


def is_amount(given: str) -> bool:
    """A given name made only of capital numerals and money units (陆|仟元) is an amount."""
    return bool(given) and all(ch in CAPITAL_NUMERALS for ch in given)


_COURT_WORDS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _word in COURT_WORDS:
    _COURT_WORDS_BY_FIRST[_word[0]] = _COURT_WORDS_BY_FIRST.get(_word[0], ()) + (_word,)
