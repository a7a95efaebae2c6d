"""PERSON (rule layer): names the document itself points at.

Signals, strongest first:

* a cue word right before the name (当事人, 驾驶人, 车主, 姓名 ...); after ``cue：`` the
  whole field value up to the next comma is the name when it can be one, and after any
  cue a short run that goes straight on with 驾驶 / 于2024年 / 名下 is read whole, so
  names without a gazetteer surname (次仁央宗) keep their full length;
* a table column whose header is a name header (CSV, TSV, ``|`` tables);
* a 、-separated list closed by 等同志 / 等3人 / 两人 / 夫妇, or a line of numbered short items
  that start with a surname (1.侯建中 2.史玉芳);
* a gazetteer surname followed by what follows names in enforcement prose
  (，男 / 于2022年 / 驾驶 / 同志 ...), or any short run of characters that opens a
  clause and goes on with 驾驶 / 于2024年 / 名下 (经查，阿旺罗布于2024年).

Boundaries matter as much as detection: "驾驶人张伟驾驶" must yield 张伟, not 张伟驾.
A second given-name character is dropped when it is a function character or starts a
jieba dictionary word (驾驶, 家住, 联系), which is jieba's role here as a secondary
signal. Exclusions: already-masked forms (张某, 张*), names inside 《》 titles, and
candidates that run into place or road names.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Optional

import regex as re
from presidio_analyzer import EntityRecognizer, LocalRecognizer, Pattern, RecognizerResult

from recognizers import minority_names
from recognizers.person_lexicon import (
    ALIAS_CUES,
    CALLED_AFTER,
    CLAUSE_ADVERBS,
    COURT_CUES,
    COURT_FOLLOWERS,
    KIN_CUES,
    PINYIN_SURNAMES,
    RUN_BREAKS,
    count_of_people_at,
    court_word_at,
    holds_court_word,
    in_org_name,
    person_facts_at,
)
from recognizers._base import DEFAULT_THRESHOLD, make_result
from recognizers._text import HAN, NAME_DOTS, alternation, normalize_width
from recognizers.surnames import ALL as SURNAMES
from recognizers.surnames import COMPOUND, SINGLE

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

ENTITY = "PERSON"

#: Words after which a person's name follows (the rule layer's strongest cue).
CONTEXT = (
    "当事人", "驾驶人", "驾驶员", "车主", "被处罚人", "申请人", "被申请人", "姓名", "法定代表人",
    "负责人", "违法行为人", "违法人", "行为人", "被告人", "原告", "被告", "第三人", "委托代理人",
    "代理人", "联系人", "户主", "举报人", "投诉人", "受害人", "肇事人", "肇事者", "机动车所有人",
    "所有人", "其妻", "其夫", "其子", "其女", "其父", "其母", "妻子", "丈夫", "经办人", "收款人",
    "领取人", "户名", "承包人", "业主", "补贴对象", "监护人", "犯罪嫌疑人", "嫌疑人", "乘车人",
    "乘客", "受益人", "持卡人", "借款人", "担保人", "出租人", "承租人", "违法人员", "报案人", "报警人",
    "涉事人", "责任人", "肇事司机", "司机", "证人", "见证人", "被害人", "伤者", "死者", "房主", "户名",
    "被执行人", "申请执行人", "执法人员", "办案人员", "村民", "处罚对象", "救助对象", "帮扶对象", "慰问对象",
    "配偶", "共同申请人", "家庭成员", "其父母", "父母", "其子女", "子女", "亲属",
    "承办人", "审判长", "审判员", "书记员", "陪审员", "罪犯", "服刑人员", "社区矫正对象", "矫正对象",
    "持证人", "权利人", "产权人", "共有人", "通讯员", "被征收人", "被拆迁人", "检查人", "被检查人", "记录人", "询问人", "被询问人", "调查人",
    "商户", "养殖户", "种植户", "经营户", "个体户", "贫困户", "低保户",
    "困难群众", "困难职工", "五保户", "脱贫户", "监测户", "特困人员", "退役军人",
    "之子", "之女", "之妻", "之夫", "之父", "之母", "曾用名", "患者", "民警", "辅警",
    "男方", "女方", "参保人", "投保人", "被保险人", "实际控制人", "项目经理",
    "甲方", "乙方", "出租方", "承租方", "被征地农户", "优抚对象", "保障对象", "供养对象",
    "受助人", "调解员", "逝者",
) + KIN_CUES + COURT_CUES

#: Table header cells that make every cell below them a name.
NAME_HEADERS = frozenset(
    "姓名 当事人 驾驶人 驾驶员 车主 被处罚人 申请人 户主 联系人 法定代表人 负责人 违法行为人 "
    "所有人 机动车所有人 当事人姓名 驾驶人姓名 车主姓名 姓名/名称 户名 领取人 收款人 补贴对象 "
    "受助人 被申请人 举报人 投诉人 经办人 持卡人 配偶 共同申请人 被执行人 申请执行人 "
    "持证人 权利人 产权人 共有人 承租人 承办人".split()
)

#: Every name header holds one of these (their last characters and 名).
_HEADER_HINT_CHARS = frozenset(h[-1] for h in NAME_HEADERS) | {"名"}

_DOT_SPLIT = re.compile(f"[{NAME_DOTS}]")

_CUES = frozenset(CONTEXT)
_CUE_ALTERNATION = alternation(CONTEXT)
#: Any role that ends in 人, 员, 警 or 官 labels a field whose value is a person (制表人：,
#: 签收人：, 受送达人：, 记录员：, 网格员：, 民警：, 法官：): forms name more roles than a cue
#: list can hold. Only as a field label, with its colon; in prose these words are left to the
#: list. Not the speakers of a transcript (主持人：谢谢…), whose colon opens what they said.
#: Ranks and prizes label such fields too (第一名：韩平, 一等奖：郎怡).
#: Bylines and sign-offs name who wrote, checked or approved a text (审核：金佳　校对：江欣).
#: Also at the end of a longer label (网络编辑：, 资格审核：); the value must still read as a name.
_BYLINE_ROLES = "审核|校对|责任编辑|编辑|责编|主编|编审|作者|撰稿|撰文|执笔|摄影|摄像|签发|审定|审签|核稿|复核|审批|制表|填表"
_ROLE_FIELD_RE = re.compile(
    rf"(?:(?<=[{HAN}])(?<!主持|发言|主讲|讲解|解说|代言)[人员警官]|第[一二三四五六七八九十\d]{{1,3}}名|[一二三特]等[奖功]|(?:{_BYLINE_ROLES})|人选|对象)"
    rf"\s*[:：]\s*(?=[{HAN}])"
)
# 当 事 人：/ 姓    名：: a form label spread out with spaces to line up with the labels above it.
_SPACED_LABEL_RE = re.compile(
    rf"(?<![{HAN}])([{HAN}](?:[ \u3000]+[{HAN}]){{1,4}})[ \u3000]*[:：][ \u3000]*(?=[{HAN}])"
)
_SPACES_RE = re.compile(r"[ \u3000]+")
# 受理龚玉诉任丽丽合同纠纷一案: what names a case after its second party.
_CASE_TAIL_RE = re.compile(r"[^，,。；;\s]{0,12}(?:纠纷|一案)")
# 书记朱长洪（左一）: where a photo caption places a person.
_CAPTION_RE = re.compile(r"[（(][左右中前后]")
# （记者 常玉兰 通讯员 李淑珍）, 本报记者杨斌, 记者王薇薇/文: a reporter's byline. 记者 is no cue on its
# own (记者利用周末, 记者慕名来到): what follows the name must close the byline.
_REPORTER_RE = re.compile(rf"记者[ \u3000]*(?=[{HAN}])")
_BYLINE_END_RE = re.compile(rf"[ \u3000]*(?:[）)、/／\n]|$|报道|摄|发自|通讯员|实习生|文(?![{HAN}]))")
# Transliterated names: no list or function characters inside a part (张三和买买提·艾力).
_NAME_CHAR = rf"(?:(?![和及与的是在为了、])[{HAN}])"
_DOTTED = rf"{_NAME_CHAR}{{1,6}}(?:[{NAME_DOTS}]{_NAME_CHAR}{{1,8}})+"

#: What follows a name in enforcement prose: ，男 / 同志 / 等三人 / 名下 / 驾驶 / 于2024年 /
#: （身份证… / 家庭被认定为….
FOLLOWERS = (
    r"(?:[，,（(\s]\s*[男女][，,）)\s。；;]|同志|先生|女士|等人|等[两二三四五六七八九十0-9]+[人名]|名下(?!岗)|驾驶|驾车|"
    r"出生年月|涉嫌|于\s*(?:19|20)\d\d|家庭(?:被|成员|人口|困难|住|[，,（(])|户(?:因病|因残|因灾|享受|符合|纳入|房屋)|"
    r"[（(][左右中前后][一二三四五六七八九\d]?[）)]|[，,]\s*(?:曾用名|你[户于因未已])|[：:]\s*(?:19|20)\d\d年|"
    r"[，,（(]\s*(?:身份证|公民身份|住|现住|户籍)|" + "|".join(COURT_FOLLOWERS) + ")"
)

PATTERNS = (
    Pattern(
        "person_after_cue",
        rf"(?:{_CUE_ALTERNATION})(?:[（(][^（()）\n]{{1,24}}[）)])?(?:[:：]|\s|为|是|系)*(?=[{HAN}])",
        0.85,
    ),
    Pattern("person_dotted_name", rf"(?<!{_NAME_CHAR}|[{NAME_DOTS}]){_DOTTED}", 0.6),
    Pattern(
        "person_before_follower",
        rf"(?:{'|'.join(sorted(COMPOUND, key=len, reverse=True))}|[{''.join(sorted(SINGLE))}])"
        rf"[{HAN}]{{1,2}}(?={FOLLOWERS})",
        0.65,
    ),
)

#: Characters that do not continue a given name: they are what comes after names.
STOP_CHARS = frozenset(
    "的于在因等系男女是与及将被向对未无持所称为已从到以由把给不也都就还又并且而或了着过之其该驾驶身住户出性"
    "涉违酒醉骑闯逆拒诉签号电手证车姓岁籍家现曾先同某等称弃逃受他她它们摄犯负辩、，,。.；;：:（）()《》“”\"' \t\r\n"
)
#: Characters that mark a candidate as already masked, never a real name.
MASK_CHARS = frozenset("某*＊×XxＸ〇○")
#: A candidate followed by one of these is a place or road, not a person.
PLACE_SUFFIXES = frozenset("路街道巷村镇乡县市区省州桥湾庄屯寨河江湖山岭坡园苑城港站场馆局所院校厅处科队组社")
#: After X家, these make a village's name (孙家庄, 王家村, 李家湾, 王家峪, 张家沟).
VILLAGE_SUFFIXES = frozenset("庄村湾屯寨营堡峪沟坪洼窑铺")
#: After 所, these make it a verb phrase (袁鹰所说), not a place (派出所).
SUO_VERBS = frozenset("说言述写著作讲指在提称想见反诉驾持")
#: After 处, these make it a verb (刘明亮处以罚款, 处罚) or "at someone's" (从王伟处了解到,
#: 在李明处借款), not a place (办事处).
CHU_VERBS = frozenset("以罚了得获借购买学拿取租听问看")
#: Longest run after a cue that a dictionary word straddling the cue's end is looked for in.
MAX_WORD_AFTER_CUE = 5
#: jieba dictionary words rarer than this (强到: 3) say nothing about boundaries.
MIN_WORD_FREQ = 50
#: A word this rare that jieba reads across a name's last character (王玉|华以|非法, freq. 16) does
#: not end the name there.
RARE_WORD_FREQ = 20
#: A verb or adverb this common (明知: 897) after surname + one character ends the name.
COMMON_VERB_FREQ = 500
#: What follows a name in enforcement prose; ends a transliterated name.
AFTER_NAME_WORDS = tuple(
    "驾驶 驾车 骑行 到场 一起 同志 先生 女士 性别 身份 住址 出生 户籍 联系 电话 手机 违反 酒后 实施 涉嫌 弃车 逃逸 名下 家中 反映 "
    "经本院 经传票 育有 "
    "于 在 因 等 的 是 与 和 及 将 被 向 对 从 为 系 男 女 现 住 持 未 已 经 称 犯 负 摄".split()
)
#: The words among them: a name's last character stays when one of them comes next (郭桂英名下).
AFTER_NAME_PHRASES = tuple(word for word in AFTER_NAME_WORDS if len(word) >= 2)
#: A candidate right after one of these is a place (在长治路驾驶), not a person.
PLACE_PREPOSITIONS = frozenset("在至经沿往到从于")
#: Words ending in 于 that introduce a topic or a cause, not a place.
TOPIC_YU = frozenset(("关于", "对于", "由于", "鉴于", "基于", "至于"))
#: Two-character words that start with a surname character and follow cue words.
NOT_NAMES = frozenset(
    "陈述 申辩 申请 信息 应当 应该 于是 方面 方式 全部 全体 本人 签名 签字 姓名 身份 未能 安全 "
    "向其 对其 车辆 常住 高速 路段 明确 未按 何时 何种 何处 经查 经营 黄色 蓝色 白色 黑色 绿色 "
    "和其 及其 王府 金额 时间 时任 所在 方向 石头 江边 全党 全军 全民 方才 暂无 待查 隐去 单位 匿名 保密 空缺 缺席 兹有".split()
)
#: What ends the value of a form field (当事人：次仁央宗，男): the whole value is the name.
FIELD_END = frozenset("，,。；;、（(\n\r\t ")
#: Longest field value read as one name (Mongolian names run to five characters, firms longer).
MAX_FIELD_NAME = 6
#: Particles inside a field value mean a phrase, not one name.
FIELD_PARTICLES = frozenset("的是在为了")
#: Conjunctions inside a field value mean a list when a name of two characters can follow
#: (李四和王五); 额日和木 is one name.
FIELD_CONJUNCTIONS = frozenset("和及与")
#: A clause opener that starts with a pronoun (他将于) or ends like a role (抢劫人) is none.
PRONOUNS = frozenset("他她我你它您咱")
NOT_NAME_ENDS = frozenset("人者员们方")
#: Last characters of posts (董事长, 信贷员); a dictionary word ending in one is no name.
ROLE_ENDS = frozenset("长员师官")
#: Kinship words that start with a surname character (在孙子家).
KIN_WITH_SURNAME = frozenset(("孙子", "孙女", "孙儿", "孙媳", "孙辈", "岳父", "岳母"))
#: Last characters of titles that follow a bare surname (李主席, 王老师, 张书记, 刘主任, 赵局长).
TITLE_ENDS = frozenset("席师记任长")
#: Adverbs between a clause-opening name and what follows (李春梅已于2023年, 张三均于); given
#: names rarely end in them (but 先, 曾, 过 are given-name characters: 杨立先, 方国曾).
OPENER_ADVERBS = frozenset("已现均也又还则便即仍亦都")
#: Last characters of what may stand right before a name in a photo caption (书记黄宇忠（左一）, 总理|…,
#: 志愿者赵晖（左）, 教师亓瑜萍（左五）).
CAPTION_LEADS = frozenset("长员师官席记任者人生工理统队相板练士院的是")
#: Forms of address after a surname (王师傅, 高先生): a name the model ends in their first
#: character ran into one (王师|傅), and a surname with one is no name of its own.
ADDRESS_FORMS = (
    "师傅", "先生", "女士", "小姐", "老师", "同志", "大娘", "大爷", "大妈", "大叔", "大婶", "阿姨",
    "医生", "大夫", "律师", "警官", "经理", "主任", "书记", "局长", "队长", "师父", "老板", "总经理",
)
#: Kin that may open a clause before a name (独子小军今年32岁).
KIN_OPENERS = ("独子", "独女", "长子", "次子", "长女", "次女", "儿子", "女儿", "妻子", "丈夫")
#: Prepositions a list's first item may start with (经黄婷、宋杨两位专家); 由 and 向 are
#: surnames too, so after them the name needs three characters (由|曾月郁).
LIST_PREPOSITIONS = frozenset("对被经由从据向请给把")
#: Score of a clause opener (经查，夏温可于2024年): both of its ends are marked, so its
#: boundaries beat the model's where the two disagree.
OPENER_SCORE = 0.85
#: Words that open a clause before the name in it: 经查阿旺罗布于…, 请靳少华于…前到我局, 责令…于.
#: (Not 令: 令狐 is a compound surname.)
OPENER_PREFIXES = ("经查", "责令", "通知", "要求", "请")
#: How someone drove, between a clause-opening name and 驾驶 (成亮醉酒驾驶机动车).
DRIVING_MANNERS = ("饮酒后", "醉酒", "酒后", "无证", "超速", "疲劳", "逆向")
#: How someone did what follows a clause-opening name, by what they did (刁阳不慎遗失).
OPENER_MANNERS = {"驾驶": DRIVING_MANNERS, "遗失": ("不慎",)}
#: What the opener adverbs go on with when they follow the last of several names (驾驶员傅强、
#: 乘车人苏丹|均未系安全带): a negation, a copula or a preposition.
ADVERB_COMPLEMENTS = frozenset("未不没无已为被系是在有属按受予于将曾")
#: What ends a clause; a list of names does not reach across it.
CLAUSE_ENDS = "，,。；;：:\n"
#: A run of Tibetan or Mongolian name parts with nothing else pointing at it: as weak as an
#: unanchored model span, so a model or cue finding that covers more (奇丹巴拉姆) wins.
MINORITY_NAME_SCORE = 0.55
#: Last characters of what a sentence frame holds that is no name (据居民们反映, 据林业部介绍).
FRAMED_NOT_ENDS = frozenset("们部")
#: Score of a name read from a list closed by 等同志 (below a cue's, above the model's).
LIST_SCORE = 0.85
#: jieba part-of-speech tags of words that say what someone does or how (verbs, adverbs,
#: conjunctions, prepositions, adjectives); names are nouns there (高峰, 黄河) or person names (nr).
VERBAL_TAGS = frozenset(("v", "vn", "vd", "d", "c", "p", "ad", "a", "an"))  # an: 危险(驾驶)
#: Whole candidates that are slogans, never names, though jieba tags them as names (文明驾驶);
#: unlike NOT_NAMES they do not exclude longer names that start with them (文明华).
SLOGAN_WORDS = frozenset("文明".split())
#: A surname character before one of these is a word, not a name (由本人驾驶).
NOT_GIVEN_NAMES = frozenset("本人 自己 他人 别人 家人 个人 本身".split())
#: Surname characters that are far more often prepositions, adverbs or modals (向记者, 曾多次,
#: 应定期): followed by a word of these tags they start no name. Given names that are words
#: are nouns there (曾建华: 建华 nz, 向建平: 建平 n).
FUNCTION_SURNAMES = frozenset("向应曾都时由于和从对将")
NOT_GIVEN_TAGS = VERBAL_TAGS | {"b", "m", "r", "s", "f", "q", "t", "u"}
#: Tags of dictionary words that are no name before a follower (公司涉嫌, 居委会于2024年,
#: 那位驾驶, 许多驾驶人); on the shared train files 0 right and 28 wrong (n: 4 right, 18 wrong).
NOT_NAME_TAGS = frozenset(("n", "j", "m", "nt", "nz", "r", "s", "u", "f", "q"))
#: A dotted candidate each of whose parts holds a word this common is a title, not a name:
#: no dotted name in the shared corpora (748) has one in every part.
WORDY_PART_FREQ = 500
#: Single characters that come before a transliterated name (经|帕尔哈提·吐尔洪, 对|米日古丽)
#: and after one (…·吐尔洪|说); jieba tags of the words that are part of one (names, proper nouns).
DOTTED_LEFT_FUNCTION = STOP_CHARS | frozenset("经对给向兼叫令让请由从被把将与和及")
DOTTED_RIGHT_FUNCTION = frozenset(w for w in AFTER_NAME_WORDS if len(w) == 1) | frozenset(
    "说称讲问答道有要当曾以也就还又并而或了着过把给则时均像更即便亦仍却"
)
NAME_TAGS = frozenset(("nr", "nrt", "nrfg", "nz"))
#: Longest part of a transliterated name before its first dot, and after its last.
MAX_DOTTED_PART = 6
MAX_DOTTED_TAIL = 8
#: Administrative units: a given name never holds one (东县新达 after 原告, 石桥乡 after 第三人).
ADMIN_UNITS = frozenset("省市县乡镇")
#: Last characters of villages, towns and roads: a string ending in one is a place, no name
#: (郭赵庄村 that the model took for a name, 向阳村 listed with masked names).
PLACE_ENDS = VILLAGE_SUFFIXES | ADMIN_UNITS | frozenset("区村路街道巷")

# 绰号“小泥鳅”, 一名叫“阿贵”的人, 一个叫大海的: what a person is called, quoted or before 的.
_ALIAS_RE = re.compile(
    rf"(?:{'|'.join(ALIAS_CUES)}|(?<=[{CALLED_AFTER}])叫)[为是：:]?"
    rf"(?:[“\"「『](?P<quoted>[{HAN}]{{1,4}}(?:[{NAME_DOTS}][{HAN}]{{1,8}})?)[”\"」』]|(?P<bare>[{HAN}]{{2,3}})(?=的))"
)
ALIAS_SCORE = 0.85
# 当事人Chen Jianguo, 驾驶人（Liu Yang）, 姓名：ZHANG Wei: a name in pinyin after a cue.
_PINYIN_WORD = r"(?:[A-Z][a-z]{1,8}|[A-Z]{2,9})"
_PINYIN_HINT_RE = re.compile(r"[A-Za-z]{2}[ \u00a0\-][A-Z]")
_PINYIN_AFTER_CUE_RE = re.compile(
    rf"(?:{_CUE_ALTERNATION})[（(:：\s]*(?P<name>{_PINYIN_WORD}(?:[ \u00a0\-]{_PINYIN_WORD}){{1,2}})(?![A-Za-z])"
)
_CUE_RE = re.compile(PATTERNS[0].regex)
_DOTTED_RE = re.compile(PATTERNS[1].regex)
_DOT_RUN_RE = re.compile(rf"[{HAN}]+(?:[{NAME_DOTS}][{HAN}]+)+")
_DOTTED_AT = re.compile(_DOTTED)  # anchored use right after a cue; trimmed afterwards
_FOLLOWER_RE = re.compile(PATTERNS[2].regex)
# （7）达娃卓嘎驾驶的 / 经查，阿旺罗布于2024年 / 楚莉现羁押于 / 海建的行为构成…罪: a clause that
# opens with a short run and goes on with what people do opens with a name, gazetteer surname or not.
# The shortest such run is the name (陈洁|因涉嫌危险驾驶罪, not 陈洁因|涉嫌).
_DOES = (
    r"(?=驾驶|驾车|涉嫌|名下(?!岗)|弃车|于\s*(?:19|20)\d\d|于(?:接到|收到)|未经许可|擅自|无证|无照|遗失|持有的|"
    r"(?<![担主责信就出兼现曾历升调继连留接首前新聘委放])任(?:中共|[县市省区乡镇村党副])|"  # 吴平任县…, not 担任
    r"血液(?:中|酒精|乙醇)|的(?:遗体|骨灰)|[现今]年\s*\d{1,3}\s*岁|因[^，,。；;\n]{1,10}罪|向本院|向本机关|"
    r"羁押于|的行为(?:已)?构成|签收了?(?:行政|处罚|本|该|通知|决定)|对(?:上述|以上|指控的?)事实|负(?:此次|本次)?(?:事故)?的?(?:全部|主要|次要|同等)责任)"
)
_OPENING_NAME_RE = re.compile(
    rf"(?:^|(?<=[，,。；;：:）)\n]))((?:[{HAN}]{{2,4}}?[与和及])?[{HAN}]{{2,5}}?){_DOES}", re.MULTILINE
)
# After a cue, what follows a person is also enough (举报人仁增曲珍反映, 村民朝格图家中, 罪犯额日和木，男,
# 证人斯日古楞的证言).
_RUN_TO_DOES = re.compile(
    rf"[{HAN}]{{2,5}}(?:{_DOES}|(?=反映|家中|的(?:证言|证词|陈述|询问笔录)|[，,]\s*[男女][，,）)\s。；;]))"
)
#: The words that open a frame and after which a surname starts a name even where it would make a
#: word with their last character (回复|苏莉, not 复苏; 如|林建军, not 如林); all but 如 are longer
#: than one character, which the other framing prepositions are.
_FRAMING_WORDS = (
    "给予", "推荐", "提名", "任命", "选举", "聘任", "聘请", "特聘", "责令", "代表", "免去", "撤销",
    "兹证明", "回复", "图为", "受理", "如",
)
# 对王芳作出处罚, 给予王芳行政拘留, 其被王芳殴打, 经王芳介绍, 任命王芳为, 从王芳处了解到, 据王芳交代: a name
# both of whose ends the sentence marks (a preposition or verb before it, what is done to or by
# a person after it; 经王芳同意, 限王芳在收到本通知之日起, 责令王芳于2024年). On all shared train
# files: 14 names (任命…为 11), 0 wrong, 14 words excluded; 据…交代/介绍 3 names more, 0 wrong;
# 在…的带领下 and 代表…发言 (在刘秀清的带领下, 代表刘洪康介绍) 4 more, 0 wrong.
_FRAMED_RE = re.compile(
    rf"(?<=对|被|经|由|从|限|据|在|向|请|与|诉|”|{'|'.join(_FRAMING_WORDS)})"
    rf"(?:{'|'.join(sorted(COMPOUND, key=len, reverse=True))}|[{''.join(sorted(SINGLE))}])[{HAN}]{{1,2}}"
    rf"(?=作出|予以|处以|同意|行政拘留|警告|记过|记大过|撤职|开除|党内|政务|殴打|打伤|砍伤|刺伤|撞伤|骗走|介绍|负责|主持|"
    rf"(?<=(?:推荐|提名|任命|选举|聘任|聘请|特聘)\S{{2,4}})(?:为|担任)|(?<=从\S{{2,4}})处(?:了解|得知|获悉|借|购|买|拿|取|租)|"
    rf"(?<=(?:限|责令|请)\S{{2,4}})(?:在|于|自)(?:收到|接到|本(?:通知|决定)|\d)|"
    rf"(?<=据\S{{2,4}})(?:交代|供述|陈述|反映|证实|称|回忆|透露)|"
    rf"(?<=在\S{{2,4}})的(?:带领|领导|帮助|指导|陪同|关心|支持|组织|带动|劝说|鼓励)下|"
    rf"(?<=代表\S{{2,4}})(?:发言|讲话|致辞|作|上台)|"
    rf"(?<=(?:免去|撤销)\S{{2,4}})的(?=[^，,。；;\n]{{1,24}}(?:职务|资格|称号))|"
    rf"(?<=向\S{{2,4}})(?:借款|借钱|借了|索要|索取|支付|转让|出售|出租|赔礼|道歉|行贿|颁发|授予|发放|了解|询问|求助)|"
    rf"(?<=兹证明\S{{2,4}})(?:系|为|是|同志|与)|(?<=与\S{{2,4}})系(?:夫妻|父子|父女|母子|母女|兄弟|姐妹)|(?<=回复\S{{2,4}})[：:]|"
    rf"(?<=如\S{{2,4}})(?:不服|对本)|(?<=请\S{{2,4}})本人|(?<=”\S{{2,4}})(?:说|问|表示|介绍|告诉|感慨|(?:激动|高兴|笑着|动情)地?说)|"
    rf"(?<=经\S{{2,4}})申请|(?<=对\S{{2,4}})有异议|(?<=由\S{{2,4}})递补|"
    rf"(?<=受理\S{{2,4}})诉|(?<=诉\S{{2,4}})[^，,。；;\s]{{0,12}}(?:纠纷|一案)|"
    rf"(?<=图为\S{{2,4}})(?:在|正在|与|和|向|[（(])|(?<=在\S{{2,4}})家(?=[，,。；;里中门院]))"
)
# 张三、李四、买买提·艾力等同志: a list of short items closed by 等 + people is a list of names.
_LIST_ITEM = rf"(?:{_DOTTED}|[{HAN}]{{2,4}}?)"  # lazy: 林涛|夫妻二人, not 林涛夫妻|二人
_COUNT = r"(?:\d+|[两二三四五六七八九十]+)"
_KIN = "(?:夫妇|夫妻|兄弟|姐妹|父子|父女|母子|母女)"
_NAME_LIST_RE = re.compile(  # the first item may carry what opens the clause (现对扎西顿珠、…)
    rf"(?<![{HAN}{NAME_DOTS}])(?:{_DOTTED}|[{HAN}]{{2,7}})(?:、{_LIST_ITEM})+"
    rf"(?=等(?:同志|人|{_COUNT}[人名])|(?<![等两二三四五六七八九十])(?:{_COUNT}人|[两二三四五六七八九十][位户]|{_COUNT}?{_KIN}))"
)
# 公示名单：1.侯建中 2.史玉芳 3.武小兵: numbered short items, two or more on one line.
_NUMBERED_ITEM = rf"\d{{1,3}}[.．、]\s*(?:{_DOTTED}|[{HAN}]{{2,4}})"
_NUMBERED_LIST_RE = re.compile(rf"(?:(?<=[：:\s])|^){_NUMBERED_ITEM}(?:[\s，,；;]+{_NUMBERED_ITEM})+(?=[\s。；;]*$)", re.MULTILINE)
_NUMBERED_NAME_RE = re.compile(rf"(?<=\d[.．、]\s*)(?:{_DOTTED}|[{HAN}]{{2,4}})")
# 名单如下：\n王雪　杨桂珍　萧玉梅　丛帆, 获奖人员：杜琴　管秀芳　黄龙: a line (after a label) of nothing
# but three or more short items set apart by spaces.
_SPACED_LIST_RE = re.compile(
    rf"^[ \t]*(?:[^\n：:]{{1,12}}[：:])?[ \t]*\K[{HAN}]{{2,4}}(?:[ \t]+[{HAN}]{{2,4}}){{2,}}[ \t]*$", re.MULTILINE
)
_SPACED_ITEM_RE = re.compile(rf"[{HAN}]+")
_HAN_RE = re.compile(f"[{HAN}]")
_SPACED_NAME = re.compile(rf"[ \u3000](?![{''.join(STOP_CHARS - set(' '))}])[{HAN}](?![{HAN}])")
_TABLE_SPLIT = {
    "\t": re.compile(r"\t"),
    ",": re.compile(r","),
    "|": re.compile(r"\|"),
    "  ": re.compile(r" {2,}"),
    " ": re.compile(r" "),  # 序号 姓名 性别: a table pasted with single spaces; tried last
}


class ChinesePersonRuleRecognizer(LocalRecognizer):
    """Find person names from cue words, name columns and surname + follower patterns."""

    ENTITY = ENTITY
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    NEGATIVE_CONTEXT: tuple[str, ...] = ()

    def __init__(self, supported_language: str = "zh", context: Optional[list[str]] = None) -> None:
        self._words: dict[str, int] = {}
        self._jieba = None
        super().__init__(
            supported_entities=[ENTITY],
            supported_language=supported_language,
            name=type(self).__name__,
            context=list(CONTEXT if context is None else context),
        )
        self.negative_context = list(self.NEGATIVE_CONTEXT)
        self.score_thresholds = {"default": DEFAULT_THRESHOLD}

    def load(self) -> None:
        """Load jieba's dictionary once; it tells where a dictionary word starts."""
        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.dt.check_initialized()
        self._jieba = jieba.dt
        self._words = jieba.dt.FREQ

    # -- analysis ---------------------------------------------------------------
    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Optional["NlpArtifacts"] = None
    ) -> list[RecognizerResult]:
        """Run the three rule families and return non-duplicate findings."""
        folded = normalize_width(text)
        spans: list[tuple[int, int, float, str]] = []
        spans.extend(self._after_cues(folded))
        spans.extend(self._in_name_columns(folded))
        spans.extend(self._dotted(folded))
        spans.extend(self._before_followers(folded))
        spans.extend(self._listed(folded))
        spans.extend(self._numbered(folded))
        spans.extend(self._spaced_list(folded))
        spans.extend(self._clause_openers(folded))
        spans.extend(self._framed(folded))
        spans.extend(self._reporters(folded))
        spans.extend(self._minority_names(folded))
        spans.extend(self._aliases(folded))
        spans.extend(self._pinyin_after_cues(folded))
        # Tibetan and Mongolian names get their boundaries from the parts they are made of.
        snapped = minority_names.snap([(start, end) for start, end, _, _ in spans], folded)
        results = [make_result(self, ENTITY, s, e, score, rule) for (s, e), (_, _, score, rule) in zip(snapped, spans)]
        return EntityRecognizer.remove_duplicates(results)

    def _reporters(self, text: str):
        """Reporters named in a byline (（记者 常玉兰 通讯员 李淑珍）, 记者邹惠琳、魏宗凯）)."""
        for match in _REPORTER_RE.finditer(text):
            pos = match.end()
            if pos == match.start() + 2 and self._words.get(text[match.start() : pos + 1]):
                continue  # 记者席上, 记者站: 记者 opens a longer word
            while (span := self.read_name(text, pos)) and _BYLINE_END_RE.match(text, span[1]):
                yield span[0], span[1], PATTERNS[0].score, PATTERNS[0].name
                if text[span[1] : span[1] + 1] != "、":
                    break
                pos = span[1] + 1

    def _aliases(self, text: str):
        """Nicknames and aliases (绰号“小泥鳅”, 一个叫大海的): the cue bounds the name, so no
        surname is needed; a bare one must not be a stop character or a masked form."""
        for match in _ALIAS_RE.finditer(text):
            group = "quoted" if match.group("quoted") else "bare"
            start, end = match.span(group)
            value = text[start:end]
            if any(ch in STOP_CHARS or ch in MASK_CHARS for ch in value) or holds_court_word(value):
                continue
            yield start, end, ALIAS_SCORE, "person_alias"

    @staticmethod
    def _pinyin_after_cues(text: str):
        """A name in pinyin after a cue: two or three words, the first or last a pinyin surname."""
        if not _PINYIN_HINT_RE.search(text):
            return  # the cue regex is costly; most texts hold no two Latin words in a row
        for match in _PINYIN_AFTER_CUE_RE.finditer(text):
            words = re.split(r"[ \u00a0\-]", match.group("name").lower())
            if words[0] in PINYIN_SURNAMES or words[-1] in PINYIN_SURNAMES:
                yield match.start("name"), match.end("name"), PATTERNS[0].score, "person_pinyin"

    def _minority_names(self, text: str):
        for start, end in minority_names.standalone_runs(text):
            if not self._inside_title(text, start):
                yield start, end, MINORITY_NAME_SCORE, "person_minority_name"

    def _cue_ends(self, text: str) -> list[tuple[int, bool]]:
        """Where a name may start after a cue word or a role field label, and whether it is a
        field value (after a colon). Role labels have their own regex: one alternative
        ``[HAN]{1,4}人：`` in the cue regex made it five times slower. A cue that a longer word
        starts with is none (律师|费用, 律师费)."""
        ends = {
            m.end(): any(ch in ":：" for ch in m.group())
            for m in _CUE_RE.finditer(text)
            if not self._words.get(text[m.start() : m.end() + 1], 0) >= MIN_WORD_FREQ
        }
        for m in _ROLE_FIELD_RE.finditer(text):
            ends.setdefault(m.end(), True)
        for m in _SPACED_LABEL_RE.finditer(text):
            label = _SPACES_RE.sub("", m.group(1))
            if label in _CUES or is_name_header(label):
                ends.setdefault(m.end(), True)
        return sorted(ends.items())

    def _after_cues(self, text: str):
        for pos, is_field in self._cue_ends(text):
            if text[pos : pos + 1] == "和":
                continue  # 业主和经营者: a conjunction after the cue, not the surname 和
            while pos < len(text):
                span = self.read_field(text, pos) if is_field else None
                separators = "、"  # after a whole field value, a comma starts the next field
                if span is None:
                    # After 当事人：, a comma starts the next field, also when the value was
                    # read as a name (董海燕，房屋坐落：); without a colon it lists names.
                    span = self.read_run(text, pos) or self.read_name(text, pos)
                    separators = "、和及与" if is_field else "、和及与,，"
                if span is None or self._cue_runs_into(text, pos, span[1]):
                    break
                if text[pos - 1 : pos] in "，," and starts_with_plain_word(text[span[0] : span[1]]):
                    break  # 被告人丁宇凯、董子亮，|利用孔建勇…: the list ended, a clause goes on
                yield span[0], span[1], PATTERNS[0].score, PATTERNS[0].name
                # A list of names after one cue: 当事人张三、李四和王五
                nxt = span[1]
                if nxt < len(text) and text[nxt] in separators and text[nxt : nxt + 2] != "，男":
                    pos = nxt + 1
                    if _CUE_RE.match(text, pos):
                        break  # 户主张三、车主关小平: the next item opens with a cue of its own
                else:
                    break

    def _cue_runs_into(self, text: str, pos: int, end: int) -> bool:
        """企业主|管部门: the cue's last character and all of what follows it up to ``end`` make
        one dictionary word (主管部门, however rare: a word of three characters or more that
        holds the whole candidate says more than its frequency), so the cue word was no cue
        there. (车主|张伟 is a name: 主张 stops inside it.)"""
        last = min(len(text), pos + MAX_WORD_AFTER_CUE)
        return any(self._words.get(text[pos - 1 : stop]) for stop in range(end, last + 1))

    def _in_name_columns(self, text: str):
        offset = 0
        column: Optional[tuple[str, int]] = None
        for line in text.splitlines(keepends=True):
            body = line.rstrip("\r\n")
            if not body.strip():
                column = None
            else:
                header = self._name_column(body)
                if header is not None:
                    column = header
                elif column is not None:
                    span = self._cell_span(body, *column)
                    if span is not None:
                        yield offset + span[0], offset + span[1], 0.85, "person_name_column"
            offset += len(line)

    def _dotted(self, text: str):
        for start, end in dotted_names(text):
            parts = _DOT_SPLIT.split(text[start:end])
            if self._inside_title(text, start) or all(holds_common_word(p, self._words, WORDY_PART_FREQ) for p in parts):
                continue  # 城市周刊·民生服务版: a column title, every part of it common words
            yield start, end, PATTERNS[1].score, PATTERNS[1].name

    def _clause_openers(self, text: str):
        """A run of 2-5 characters that opens a clause and is followed by 驾驶 / 于2024年 / 名下;
        two such runs joined by 与/和/及 are two names (王琳与向博于2010年登记结婚)."""
        for match in _OPENING_NAME_RE.finditer(text):
            start, end = match.span(1)
            cand = match.group(1)
            prefix = next((p for p in OPENER_PREFIXES if cand.startswith(p) and len(cand) - len(p) >= 2), "")
            start, cand = start + len(prefix), cand[len(prefix) :]  # 经查|阿旺罗布于, 请|靳少华于
            role = max(
                (i + 1 for i in range(1, len(cand) - 2) if cand[i] in NOT_NAME_ENDS and cand[i + 1] in SURNAMES), default=0
            )
            start, cand = start + role, cand[role:]  # 参保人|李超于2024年: a role, then the name
            if len(cand) >= 3 and (cand[-1] in OPENER_ADVERBS or cand[-1] in "的所"):
                end, cand = end - 1, cand[:-1]  # 李春梅|已于2023年, 王五|均于, 刘东|的驾驶证, 钟瑜|所驾驶
            verb = next((v for v in OPENER_MANNERS if text.startswith(v, end)), "")
            manner = next((m for m in OPENER_MANNERS.get(verb, ()) if cand.endswith(m) and len(cand) - len(m) >= 2), "")
            if manner:
                end, cand = end - len(manner), cand[: -len(manner)]  # 成亮|醉酒驾驶, 刁阳|不慎遗失
            parts = self._joined_names(text, start, end)
            if len(parts) == 2:  # 李元与卞德培|初识于1949年: the second name ends as names end
                parts[1] = (parts[1][0], min(end, (self.read_name(text, parts[1][0]) or (0, end))[1]))
                if any(text[e - 1] in PLACE_SUFFIXES or followed_by_place(text, e) for _, e in parts):
                    continue  # 兰州街与丁路交叉口: two places
            for part_start, part_end in parts:
                if self._opener_can_be_name(text, part_start, part_end):
                    yield part_start, part_end, OPENER_SCORE, "person_clause_opener"

    @staticmethod
    def _joined_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """王琳|与|向博: a conjunction with a surname and one or more characters on either side
        joins two names; otherwise the run is one (额日和木)."""
        for i in range(start + 2, end - 2):
            if text[i] in FIELD_CONJUNCTIONS and text[start] in SURNAMES and text[i + 1] in SURNAMES:
                return [(start, i), (i + 1, end)]
        return [(start, end)]

    def _opener_can_be_name(self, text: str, start: int, end: int) -> bool:
        cand = text[start:end]
        if len(cand) < 2 or cand[0] in PRONOUNS or cand[-1] in NOT_NAME_ENDS:
            return False  # 他将于2025年, 抢劫人弃车
        if len(cand) == 2 and cand[0] not in SURNAMES:
            return False  # 日韩于2020年: two characters without a surname are no name here
        if cand.startswith(KIN_OPENERS):
            return False  # 独子小军今年32岁: kin, then a name the model may find
        if len(cand) <= 3 and cand[0] in SURNAMES and cand[0] not in STOP_CHARS and not self._common_word(cand):
            if cand[1:] in ADDRESS_FORMS:
                return False  # 高先生已于2020年: a surname and a form of address
            return not self._excluded(text, start, end)  # 戴建华于接到, 金平持有的: a given name may be a word
        return self._run_can_be_name(text, start, end)

    def _common_word(self, chars: str) -> bool:
        """A dictionary word this common that jieba does not tag as a person's name (高速, 王府井,
        欧盟)."""
        return self._words.get(chars, 0) >= MIN_WORD_FREQ and not (word_tags().get(chars) or "").startswith("nr")

    def _framed(self, text: str):
        """A surname and given name between a preposition and what is done (对王芳作出处罚)."""
        for match in _FRAMED_RE.finditer(text):
            start, end = match.span()
            tag = word_tags().get(match.group())
            if self._excluded(text, start, end) or (tag is not None and not tag.startswith("nr")):
                continue  # 对伊朗作出, 给予黄牌警告: a dictionary word that is no name
            given = text[start + 1 : end]
            if given[-1] in TITLE_ENDS and self._words.get(given, 0) >= MIN_WORD_FREQ:
                continue  # 向李主席介绍, 在王老师的帮助下: a surname and a title, no name
            if text[start - 1] == "”" and word_tags().get(given) == "n":
                continue  # ”母狮子说: a surname character before a noun
            if text[start - 1] == "与" and text[end : end + 1] != "系":
                continue  # 与 frames a person only in 与…系夫妻关系
            if text[start - 1] == "诉":
                end = min(end, (self.read_name(text, start) or (start, end))[1])  # 诉马杰|合同纠纷
                if not _CASE_TAIL_RE.match(text, end):
                    continue  # 诉 frames a person only in X诉Y…纠纷一案
            if text[start - 1] == "在" and text[end : end + 1] not in ("的", "家"):
                continue  # 在巴格达主持: 在 frames a person only in 在…的带领下 and 在…家，
            home = text[end : end + 1] == "家"
            if home and (text[start:end] in KIN_WITH_SURNAME or self._common_word(text[start : start + 2])):
                continue  # 在孙子家: kin, whose first character is also a surname; 在欧盟|国家中
            if text[end - 1] in FRAMED_NOT_ENDS:
                continue  # 据居民们反映, 由林业部负责: people in the plural, a ministry
            across = self._words.get(text[start - 1 : start + 1], 0) >= MIN_WORD_FREQ
            if across and not text.endswith(_FRAMING_WORDS, 0, start):
                continue  # 对华政策作出: the surname character ends a word with what comes before (not 回复|苏莉)
            yield start, end, OPENER_SCORE, "person_framed"

    def _listed(self, text: str):
        """Names in a 、-separated list closed by 等同志 / 等3人 / 两人 / 夫妇."""
        for match in _NAME_LIST_RE.finditer(text):
            start = match.start()
            for k, item in enumerate(match.group().split("、")):
                end = start + len(item)
                first = self._first_item_start(text, start, end) if k == 0 else start
                if (end - first <= 4 or "·" in text[first:end]) and self._is_list_name(text, first, end):
                    last = end if not has_dot(text[first:end]) else trim_dotted(text, first, end)
                    yield first, last, LIST_SCORE, "person_name_list"  # 热依拉·阿不都|夫妻二人
                start = end + 1

    def _first_item_start(self, text: str, start: int, end: int) -> int:
        """Where the name in a list's first item starts: after what opens the clause.

        抓获|张伟, 与|徐悲鸿, 现对|扎西顿珠, 香港人|谭志伟; but 于岳梅 (于 is a surname) and
        约翰·列农 (what is left before the dot is the name) stay whole.
        """
        dot = next((i for i in range(start, end) if text[i] in NAME_DOTS), None)
        while end - start >= 3 and text[start : start + 2] not in COMPOUND:
            if dot is not None and dot - start <= 3:
                break
            if self._words.get(text[start : start + 2], 0) >= MIN_WORD_FREQ:
                start += 2
            elif text[start] in STOP_CHARS and text[start] not in SURNAMES:
                start += 1
            elif text[start] in LIST_PREPOSITIONS and text[start + 1] in SURNAMES and (
                end - start >= 4 or text[start] not in SURNAMES
            ):
                start += 1  # 由|曾月郁、周实两位作家, 经|黄婷、宋杨两位专家
            elif (prefix := next((p for p in OPENER_PREFIXES if text.startswith(p, start)), None)):
                start += len(prefix)  # 请|黄琳、杨婷婷两位同志
            elif end - start >= 4 and text[start] == "人" and text[start + 1] in SURNAMES:
                start += 1  # 人 closes a demonym
            else:
                break
        return start

    def _numbered(self, text: str):
        """Names in a line of numbered short items (1.侯建中 2.史玉芳 3.武小兵)."""
        for line in _NUMBERED_LIST_RE.finditer(text):
            for item in _NUMBERED_NAME_RE.finditer(text, line.start(), line.end()):
                start, end = item.span()
                name = item.group()
                shaped = "·" in name or self._name_shaped(name)  # not 文明驾驶
                if shaped and self._is_list_name(text, start, end):
                    yield start, end, LIST_SCORE, "person_name_list"

    def _spaced_list(self, text: str):
        """Names on a line of short items set apart by spaces, two thirds of them shaped like
        names (surname + one or two characters) and none a common word (春季 夏季 秋季)."""
        for line in _SPACED_LIST_RE.finditer(text):
            items = [m.span() for m in _SPACED_ITEM_RE.finditer(text, line.start(), line.end())]
            shaped = [(s, e) for s, e in items if self._name_shaped(text[s:e]) and self._is_list_name(text, s, e)]
            if 3 * len(shaped) >= 2 * len(items):
                for start, end in shaped:
                    yield start, end, LIST_SCORE, "person_name_list"

    @staticmethod
    def _name_shaped(item: str) -> bool:
        """Surname + one or two characters (a compound surname + up to two)."""
        return (item[:2] in COMPOUND and len(item) <= 4) or (item[0] in SURNAMES and len(item) <= 3)

    def _is_list_name(self, text: str, start: int, end: int) -> bool:
        item = text[start:end]
        if has_dot(item):
            return True
        if self._words.get(item, 0) >= MIN_WORD_FREQ or self._excluded(text, start, end):
            return False  # 公安、交通等人员 is no list of names
        if item[0] in SURNAMES or item[:2] in COMPOUND:
            return True  # 武小兵, 张建国: a given name may well be a word
        return len(item) >= 3 and not holds_common_word(item, self._words)  # 球王贝利

    def _before_followers(self, text: str):
        for match in _FOLLOWER_RE.finditer(text, overlapped=True):
            start, end = match.span()
            cand = text[start:end]
            if start and text[start - 1] in NAME_DOTS:
                continue  # 米日古丽·阿西木同志: the end of a dotted name, which _dotted reads
            if self._excluded(text, start, end) or not self._starts_a_word(text, start):
                continue
            before = text[start - 1 : start]
            if cand[-1] in STOP_CHARS or cand[-1] in PLACE_SUFFIXES:
                continue
            if cand.endswith(DRIVING_MANNERS):
                continue  # 王小|明酒后驾驶: how someone drove, not a given name
            if cand[1:] in ADDRESS_FORMS:
                continue  # 杨先生于1990年, 陈志|华先生：1960年: a surname and a form of address
            if _CAPTION_RE.match(text, end) and (
                (_HAN_RE.match(before or "a") and before not in CAPTION_LEADS)
                or (cand[0] in FIELD_CONJUNCTIONS and holds_common_word(cand[1:], self._words))
            ):
                continue  # 萨|利姆（左一）: inside a longer name; 和|银牌（右）: a conjunction and a thing
            if before in PLACE_PREPOSITIONS and not text.startswith("名下", end) and not self._topic_yu(text, start):
                continue  # 在长治路驾驶 is a place; 登记在陶佳名下 is a person
            if cand[0] in PLACE_SUFFIXES and _HAN_RE.match(before or "a"):
                continue  # 黄路实施: the tail of a road name, not the surname 路
            if cand[-1] == "员" or (cand[-1] in ROLE_ENDS and self._words.get(cand, 0) >= MIN_WORD_FREQ):
                continue  # 信贷员涉嫌, 董事长涉嫌: a post, not a person's name
            tag = word_tags().get(cand)
            if tag in NOT_NAME_TAGS or (tag == "t" and len(cand) == 2):
                continue  # 公司涉嫌, 常委会于2024年, 白天驾驶 (but 周恩来, which jieba tags t)
            if text.startswith("家庭", end) and cand in self._words and not (tag or "").startswith("nr"):
                continue  # 单亲家庭: a kind of household, not a household named after its head
            yield start, end, PATTERNS[2].score, PATTERNS[2].name

    @staticmethod
    def _topic_yu(text: str, start: int) -> bool:
        """于 before ``start`` ends 关于/对于/由于: it names a topic, not a place (关于金健等三人)."""
        return text[start - 2 : start] in TOPIC_YU

    # -- name boundaries --------------------------------------------------------
    def read_name(self, text: str, pos: int) -> Optional[tuple[int, int]]:
        """Read one name starting at ``pos``; ``None`` when none starts there."""
        dotted = _DOTTED_AT.match(text, pos)
        if dotted:
            first_dot = min(i for i in (text.find(d, pos, dotted.end()) for d in NAME_DOTS) if i >= 0)
            start = dotted_start(text, pos, first_dot)  # 审判员热依拉·阿不都: the next cue is no part
            return (start, trim_dotted(text, start, dotted.end())) if start is not None else None
        if text[pos : pos + 2] in COMPOUND:
            surname_end = pos + 2
        elif pos < len(text) and text[pos] in SURNAMES:
            surname_end = pos + 1
        else:
            return None
        spaced = _SPACED_NAME.match(text, surname_end)
        if spaced and surname_end - pos == 1:
            return pos, spaced.end()  # 杨　帆: a two-character name padded to three
        end = surname_end
        for i in range(2):
            ch = text[end] if end < len(text) else ""
            if not ch or not _HAN_RE.match(ch) or ch in STOP_CHARS:
                break
            if i == 1 and (text.startswith(AFTER_NAME_PHRASES, end) or court_word_at(text, end) or count_of_people_at(text, end)):
                break  # 慕容文|名下, 审判员孙强|独任审判
            if i == 1 and adverb_after_list(text, pos, end):
                break  # 傅强、乘车人苏丹|均未: jieba reads 苏丹 as a word, so nothing else ends it
            if i == 1 and self._third_char_ends(text, end, pos):
                common = self._words.get(text[end : end + 2], 0) >= COMMON_VERB_FREQ  # 黄莉|主持
                if common or not text.startswith(AFTER_NAME_WORDS, end + 1):
                    break  # 郭桂英名下, 胡秀梅因: jieba reads 英名, 梅因, but 名下, 因 follow names
            end += 1
        if end == surname_end or self._excluded(text, pos, end):
            return None
        return pos, end

    def read_run(self, text: str, pos: int) -> Optional[tuple[int, int]]:
        """After a cue, a run that goes straight on with 驾驶 / 于2024年 / 名下 is the whole name.

        That reads 阿旺罗布 in 驾驶员阿旺罗布驾驶, which surname + two characters would cut.
        """
        match = _RUN_TO_DOES.match(text, pos)
        return match.span() if match and self._run_can_be_name(text, pos, match.end()) else None

    def _run_can_be_name(self, text: str, start: int, end: int) -> bool:
        """A run of characters that nothing but its context marks as a name (no surname needed):
        it starts with no function character, holds no common word and is not excluded."""
        run = text[start:end]
        given = run[2:] if run[:2] in COMPOUND else run  # 皇甫志先: 皇甫 is a word, and a surname
        if run[0] in STOP_CHARS or holds_common_word(given, self._words) or RUN_BREAKS.intersection(run[1:]):
            return False
        return not self._excluded(text, start, end)

    def read_field(self, text: str, pos: int) -> Optional[tuple[int, int]]:
        """The whole value of a form field (被执行人姓名：次仁央宗，) when it can be a name.

        After ``cue：`` the document itself bounds the name, so names that start with no
        gazetteer surname (次仁央宗, 扎西顿珠) or run longer than surname + two characters
        are read whole. A value that holds a common word (不详, 办公室, 个体工商户) is none.
        """
        end = pos
        while end < len(text) and _HAN_RE.match(text[end]):
            end += 1
        value = text[pos:end]
        if not 2 <= len(value) <= MAX_FIELD_NAME or (end < len(text) and text[end] not in FIELD_END):
            return None
        listed = any(ch in FIELD_CONJUNCTIONS for ch in value[1:-2])  # two characters can follow
        phrase = any(ch in FIELD_PARTICLES for ch in value)
        if person_facts_at(text, end) and self._named_by_facts(value):
            return pos, end  # 当事人：方向，男 / 被执行人：文明，1979年生: a word, but a person's facts follow
        # 被征收人：严明，: a whole field value that is an adjective or verb is still a name there
        verbal = len(value) <= 3 and value[0] in SURNAMES and word_tags().get(value) in VERBAL_TAGS
        if value[0] in STOP_CHARS or listed or phrase or self._excluded(text, pos, end, verbal_ok=verbal):
            return None  # 未到场; 李四和王五 is two names, which read_name separates
        if verbal:
            return pos, end
        if value[:2] in COMPOUND and len(value) <= 5:
            return pos, end  # 东方明先: the surname is a common word, the name is still a name
        if holds_common_word(value, self._words):
            return None  # 个体工商户, 见附件; 高峰 is left to read_name, which knows surnames
        return pos, end

    @staticmethod
    def _named_by_facts(value: str) -> bool:
        """A field value followed by a person's sex or birth year is a name when it is shaped
        like one (a surname and one to three characters, nothing masked, no court word)."""
        surname = 2 if value[:2] in COMPOUND else 1
        return (
            value[:surname] in SURNAMES
            and 1 <= len(value) - surname <= 3
            and not any(ch in MASK_CHARS for ch in value[surname:])
            and not holds_court_word(value)
        )

    def _third_char_ends(self, text: str, pos: int, name_start: int) -> bool:
        """The character at ``pos`` starts what follows the name rather than ending it."""
        return self._starts_word(text, pos, name_start) or self._joins_next_name(text, pos) or self._verb_at(text, pos)

    def _verb_at(self, text: str, pos: int) -> bool:
        """A very common verb or adverb starts at ``pos`` (周芳|明知他人, 李强|当即): jieba, which
        reads 周芳明 as one word, cannot say so there."""
        pair = text[pos : pos + 2]
        return self._words.get(pair, 0) >= COMMON_VERB_FREQ and word_tags().get(pair) in VERBAL_TAGS

    def _joins_next_name(self, text: str, pos: int) -> bool:
        """和/及/与 followed by another name or a pronoun joins, it is no given name."""
        nxt = pos + 1
        return text[pos] in "和及与" and nxt < len(text) and (
            text[nxt] in SURNAMES or text[nxt : nxt + 2] in COMPOUND or bool(_DOTTED_RE.match(text, nxt))
            or text[nxt] in PRONOUNS or text[nxt] == "其"  # 张强和其家属, 李明与他人
        )

    def _starts_word(self, text: str, pos: int, name_start: int) -> bool:
        """True when jieba segments a word of 2+ characters, not a rare one, starting at ``pos``.

        The window starts at the name, so 张志强于 (志强 / 于) keeps 强 while
        张伟驾驶 (张伟 / 驾驶) and 王芳家住 (王芳 / 家住) drop the third character.
        """
        offset = name_start
        for token in self._jieba.cut(text[name_start : pos + 4], HMM=False):
            if offset == pos:
                return len(token) >= 2 and self._words.get(token, 0) >= RARE_WORD_FREQ
            offset += len(token)
            if offset > pos:
                return False
        return False

    def _starts_a_word(self, text: str, start: int) -> bool:
        """A candidate must not be the tail of a dictionary word (高速公路 → 公路)."""
        for length in (2, 3, 4):
            lo = start - length + 1
            if lo < 0:
                continue
            for cut in range(lo, start):
                if self._words.get(text[cut : cut + length], 0) >= MIN_WORD_FREQ and cut + length > start:
                    return False
        return True

    def _excluded(self, text: str, start: int, end: int, verbal_ok: bool = False) -> bool:
        cand = text[start:end]
        if any(ch in MASK_CHARS for ch in cand) or (end < len(text) and text[end] in MASK_CHARS):
            return True
        if cand in NOT_NAMES or cand[:2] in NOT_NAMES or cand in SLOGAN_WORDS or holds_admin_unit(cand):
            return True
        if cand[1:] in NOT_GIVEN_NAMES or cand in CONTEXT:
            return True  # 由本人驾驶; 司机驾驶 (a cue word is no name)
        if cand[0] in FUNCTION_SURNAMES and start and text[start - 1] in CLAUSE_ADVERBS:
            return True  # 遂|由孙强驾驶: a preposition after an adverb
        if holds_court_word(cand) or in_org_name(text, end):
            return True  # 被告向原告借款, 经审理查明; 被告海南暨|阳房地产开发有限公司
        if len(cand) == 3 and cand[0] in FUNCTION_SURNAMES and word_tags().get(cand[1:]) in NOT_GIVEN_TAGS:
            return True  # 驾驶人应定期体检, 当事人曾多次
        if not verbal_ok and self._words.get(cand[:2], 0) >= MIN_WORD_FREQ and cand[:2] in verbal_words():
            return True  # 被告支付原告货款, 同商户谈判时
        if followed_by_place(text, end):
            return True
        return self._inside_title(text, start)

    @staticmethod
    def _inside_title(text: str, start: int) -> bool:
        """Inside 《…》 (a law or document title), names are not people."""
        opened = text.rfind("《", max(0, start - 40), start)
        return opened >= 0 and text.find("》", opened, start) < 0

    # -- tables -----------------------------------------------------------------
    @staticmethod
    def _split(body: str, sep: str) -> list[tuple[int, int]]:
        cells, last = [], 0
        for m in _TABLE_SPLIT[sep].finditer(body):
            cells.append((last, m.start()))
            last = m.end()
        cells.append((last, len(body)))
        return cells

    def _name_column(self, body: str) -> Optional[tuple[str, int]]:
        for sep in _TABLE_SPLIT:
            cells = self._split(body, sep)
            if len(cells) < 2:
                continue
            for idx, (a, b) in enumerate(cells):
                if is_name_header(body[a:b]):
                    return sep, idx
        return None

    def _cell_span(self, body: str, sep: str, idx: int) -> Optional[tuple[int, int]]:
        cells = self._split(body, sep)
        if idx >= len(cells):
            return None
        a, b = cells[idx]
        cell = body[a:b]
        stripped = cell.strip().strip('"').strip()
        if not stripped:
            return None
        a += cell.index(stripped)
        b = a + len(stripped)
        if not looks_like_name(stripped):
            return None
        return a, b


@functools.lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, str], frozenset[str]]:
    """One read of jieba's dictionary file (a sixth of a second, on first use): the tags of its
    words of 2-4 characters seen 50+ times (45,000 words), and all its words tagged as names
    or other proper nouns."""
    import jieba

    tags, names = {}, set()
    with jieba.get_dict_file() as fh:
        for line in fh:
            word, freq, tag = line.decode("utf-8").split()
            if 2 <= len(word) <= 4 and int(freq) >= MIN_WORD_FREQ:
                tags[word] = tag
            if len(word) >= 2 and tag in NAME_TAGS:
                names.add(word)
    return tags, frozenset(names)


def word_tags() -> dict[str, str]:
    """jieba's part-of-speech tag of each dictionary word of 2-4 characters seen 50+ times."""
    return _dictionary()[0]


@functools.lru_cache(maxsize=1)
def verbal_words() -> frozenset[str]:
    """Two-character words that start with a surname character and are verbs, adverbs,
    conjunctions, prepositions or adjectives in jieba's dictionary (支付, 安排, 干脆, 关于,
    严重, 危险), seen 50+ times.

    After a cue they are what the person does, not the person (被告支付原告货款).
    """
    return frozenset(w for w, tag in word_tags().items() if len(w) == 2 and w[0] in SURNAMES and tag in VERBAL_TAGS)


def holds_common_word(chars: str, freq: dict[str, int], at_least: int = MIN_WORD_FREQ) -> bool:
    """True when ``chars`` holds a jieba dictionary word of 2+ characters seen ``at_least`` times."""
    return any(freq.get(chars[i:j], 0) >= at_least for i in range(len(chars)) for j in range(i + 2, len(chars) + 1))


def is_name_header(cell: str) -> bool:
    """A header cell over a column of names: 姓名, 姓 名, 被处罚人姓名, 姓名（名称）, 车主 ..."""
    label = cell.strip().strip('"')
    if label in NAME_HEADERS:
        return True
    if len(label) > 16 or not _HEADER_HINT_CHARS.intersection(label):
        return False  # most cells are values; this is called for every cell of every line
    label = re.sub(r"\s+", "", label)
    note = re.search(r"[（(]([^）)]*)[）)]$", label)
    if note and note.group(1) in NAME_HEADERS:
        return True  # 当事人名称（姓名）: a column of names or of firms
    label = re.sub(r"[（(][^）)]*[）)]$|/名称$", "", label)  # 姓名（名称）, 姓名/名称
    return label in NAME_HEADERS or (label.endswith("姓名") and len(label) <= 8)


def looks_like_name(cell: str) -> bool:
    """A table cell that can be a person's name: 2-4 Han chars, 杨　帆, or a dotted name."""
    if any(ch in MASK_CHARS for ch in cell):
        return False
    if _DOTTED_RE.fullmatch(cell) or (len(cell) == 3 and cell[1] in " \u3000" and cell[0] in SURNAMES):
        return True
    return 2 <= len(cell) <= 4 and all(_HAN_RE.match(ch) for ch in cell)


def holds_admin_unit(cand: str) -> bool:
    """True for 东县新 or 石桥乡: an administrative unit after the first character is a place."""
    return any(ch in ADMIN_UNITS for ch in cand[1:])


def followed_by_place(text: str, end: int) -> bool:
    """True when the characters after ``end`` make the span a place (李庄村, 张家湾, 孙|家庄).

    A suffix that opens a post title (李淑芬院长, 蒋局长, 王村长), 所 before a verb
    (袁鹰所说) or 处 as a verb (刘明亮处以罚款) follows a person instead.
    """
    if text[end : end + 1] == "家" and text[end + 1 : end + 2] in VILLAGE_SUFFIXES:
        return True  # 孙家庄, 王家村: a village named after a family (but 王强家院内, 家所在)
    if end >= len(text) or text[end] not in PLACE_SUFFIXES:
        return False
    after = text[end + 1 : end + 2]
    if text[end] == "处" and after in CHU_VERBS:
        return False
    return after != "长" and not (text[end] == "所" and after in SUO_VERBS)


def name_words() -> frozenset[str]:
    """Words jieba's dictionary tags as names or other proper nouns (约翰, 帕尔哈, 穆斯塔法):
    around a dot they are part of the name."""
    return _dictionary()[1]


def _plain_word(token: str) -> bool:
    """A dictionary word that is no name: 主任, 作出, and rare long ones (古人类学家)."""
    if len(token) < 2 or token in name_words():
        return False
    freq = jieba_words().get(token, 0)
    return freq >= MIN_WORD_FREQ or (len(token) >= 3 and freq > 0)


def _title_word(token: str) -> bool:
    """A word common enough (周刊: 978) to make a dotted run a title, not a name; places are
    not counted (米兰, 亚历山大: jieba tags many transliterated first names as places)."""
    if len(token) < 2 or word_tags().get(token) in NAME_TAGS | {"ns"}:
        return False
    return jieba_words().get(token, 0) >= WORDY_PART_FREQ


def jieba_words() -> dict[str, int]:
    """jieba's word frequencies (loaded once per process, shared with the tokenizer, the rules
    and the model layer's vetting)."""
    import jieba

    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def _jieba_cut(chars: str) -> list[str]:
    import jieba

    return jieba.dt.lcut(chars, HMM=False)


def adverb_after_list(text: str, start: int, pos: int) -> bool:
    """The adverb at ``pos`` (均, 都) ends the name that starts at ``start``: it speaks of
    several people, since a negation or a copula follows it and the clause listed a name
    before this one (张三、李四|均未到场, 王芳和李强|都是). Alone, 均 is a given-name character
    (陈国均未到场, 首席秘书康奉均在传达)."""
    if text[pos : pos + 1] not in OPENER_ADVERBS or text[pos + 1 : pos + 2] not in ADVERB_COMPLEMENTS:
        return False
    clause = max(text.rfind(ch, 0, start) for ch in CLAUSE_ENDS) + 1
    return "、" in text[clause:start] or text[start - 1 : start] in FIELD_CONJUNCTIONS


def starts_with_plain_word(cand: str) -> bool:
    """``cand`` opens with a very common word that is no name (利用|孔, 查明|情况): a clause,
    not a name. Names that open with such a word are one in a thousand (王家|兴, 黄金|华)."""
    head = cand[:2]
    return jieba_words().get(head, 0) >= COMMON_VERB_FREQ and word_tags().get(head) not in NAME_TAGS | {"ns", "nrt"}


def has_dot(chars: str) -> bool:
    """True when ``chars`` holds a dot that joins parts of a transliterated name."""
    return any(dot in chars for dot in NAME_DOTS)


def dotted_names(text: str):
    """(start, end) of every dotted transliterated name (买买提·艾力), what comes before and after cut off.

    Where the name starts and ends is read from jieba's segmentation of the characters
    around the dots: words that are no names (主任, 作出, 古人类学家) and function characters
    (对, 经, 的) are cut off; names and proper nouns (约翰, 帕尔哈, 穆斯塔法) are kept. A
    part that ends before the next dot ends the name; the next one starts after it
    (纳伊夫·哈瓦特迈|和人阵总书记|穆斯塔法·纳伊布).
    """
    for match in _DOT_RUN_RE.finditer(text):
        run_end = match.end()
        dots = [i for i in range(match.start(), run_end) if text[i] in NAME_DOTS]
        before, k = match.start(), 0
        while k < len(dots):
            start = dotted_start(text, before, dots[k])
            end = trim_dotted(text, dots[k], (dots + [run_end])[k + 1])
            while k + 1 < len(dots) and end == dots[k + 1]:
                k += 1
                end = trim_dotted(text, dots[k], (dots + [run_end])[k + 1])
            if start is not None:
                yield start, end
            before, k = end, k + 1


def dotted_start(text: str, start: int, first_dot: int) -> Optional[int]:
    """Where the name whose first dot is at ``first_dot`` starts; ``None`` when nothing is left.

    A cue word ends what comes before (驾驶人|买买提·艾力); so does the last word that is no
    name or function character (村委会主任|米日古丽·阿西木, 决定对|米日古丽, 冻结巴前总理|贝·布托).
    """
    for cue in _CUE_RE.finditer(text, start, first_dot):
        start = cue.end()
    name_start = pos = start
    for token in _jieba_cut(text[start:first_dot]):
        pos += len(token)
        if pos < first_dot and (_plain_word(token) or token in DOTTED_LEFT_FUNCTION):
            name_start = pos
        elif pos == first_dot and pos - len(token) == name_start and _title_word(token):
            return None  # 城市周刊·民生服务版: a part that is one common noun is a title's
    return name_start if 0 < first_dot - name_start <= MAX_DOTTED_PART else None


def trim_dotted(text: str, start: int, end: int) -> int:
    """Cut what ran on after a dotted name (买买提·艾力驾驶 → 买买提·艾力, 依明|作出).

    Reads the part after the last dot in ``text[start:end]``. Transliterations use
    characters that are function words in Chinese (不, 尔, 提), so the name ends only at a
    word that is no name (作出, 同志, 介绍), at a character that follows names (在, 说) or
    at what follows names (弃车, 名下); the part keeps at least its first word.
    """
    last = max(text.rfind(dot, start, end) for dot in NAME_DOTS) + 1
    pos = last
    for k, token in enumerate(_jieba_cut(text[last:end])):
        after = pos + len(token)
        if len(token) == 2 and token[1] in AFTER_NAME_WORDS and text[after : after + 1].isdigit():
            return pos + 1  # 吐|逊于2026年: jieba joined the name's end to a date's 于 (not 少将。)
        if not _HAN_RE.match(token[0]) or (k and (token in DOTTED_RIGHT_FUNCTION or _plain_word(token))):
            break
        if k and text.startswith(AFTER_NAME_PHRASES, pos):
            break  # 弃车, 名下: rarer than the dictionary's threshold, but they follow names
        pos += len(token)
    return min(pos, last + MAX_DOTTED_TAIL) if pos > last else last - 1  # nothing after the dot: end before it
