"""Every word table of the PERSON wing, grouped by meaning, and jieba's dictionary.

What a reader of Chinese knows about where a name starts and ends lives here as data: the
cue words a name follows, what follows a name, kin, places, the words and characters that
are no name. The rule families, the boundary reader and the model's vetting consult these
tables; none of them holds a word list of its own. jieba's dictionary (its frequencies and
part-of-speech tags) is loaded once per process and shared with the tokenizer.
"""

from __future__ import annotations

import functools

from recognizers.person.surnames import SURNAMES

# -- Cues: words a name follows ------------------------------------------------------------
#: Kin a judgment names a party's relative by (其兄代刚, 之妹): they cue the name after them.
KIN_CUES = ("其兄", "其弟", "其姐", "其妹", "其哥", "其嫂", "其侄", "其儿子", "其女儿", "其岳父", "其岳母",
            "之兄", "之弟", "之姐", "之妹")
#: Words of court prose that a name follows: 伙同 joins two accused (张三伙同李四).
COURT_CUES = ("伙同",)
#: Words after which a person's name follows (the rule layer's strongest cue).
CUES = (
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
#: Any role that ends in 人, 员, 警 or 官 labels a field whose value is a person (制表人：,
#: 签收人：, 受送达人：, 记录员：, 网格员：, 民警：, 法官：): forms name more roles than a cue
#: list can hold. Only as a field label, with its colon; in prose these words are left to the
#: list. Not the speakers of a transcript (主持人：谢谢…), whose colon opens what they said.
#: Ranks and prizes label such fields too (第一名：韩平, 一等奖：郎怡).
#: Bylines and sign-offs name who wrote, checked or approved a text (审核：金佳　校对：江欣).
#: Also at the end of a longer label (网络编辑：, 资格审核：); the value must still read as a name.
BYLINE_ROLES = "审核|校对|责任编辑|编辑|责编|主编|编审|作者|撰稿|撰文|执笔|摄影|摄像|签发|审定|审签|核稿|复核|审批|制表|填表"
#: Words that introduce what a person is called: a nickname, an alias, a former name. What
#: they quote (绰号“小泥鳅”, 一名叫“阿贵”的人) is a name, also without a surname. 叫 alone only
#: after a measure word (一个叫大海的), where it cannot be part of a word (叫卖).
ALIAS_CUES = ("名叫", "叫做", "叫作", "绰号", "外号", "诨号", "网名", "化名", "别名", "又名", "乳名", "小名", "昵称", "人称")
CALLED_AFTER = "个位名人"
#: Words that open a clause before the name in it: 经查阿旺罗布于…, 请靳少华于…前到我局, 责令…于.
#: (Not 令: 令狐 is a compound surname.)
OPENER_PREFIXES = ("经查", "责令", "通知", "要求", "请")
#: The words that open a frame and after which a surname starts a name even where it would make a
#: word with their last character (回复|苏莉, not 复苏; 如|林建军, not 如林); all but 如 are longer
#: than one character, which the other framing prepositions are.
FRAMING_WORDS = (
    "给予", "推荐", "提名", "任命", "选举", "聘任", "聘请", "特聘", "责令", "代表", "免去", "撤销",
    "兹证明", "回复", "图为", "受理", "如",
)
#: Prepositions a list's first item may start with (经黄婷、宋杨两位专家); 由 and 向 are
#: surnames too, so after them the name needs three characters (由|曾月郁).
LIST_PREPOSITIONS = frozenset("对被经由从据向请给把")
#: A candidate right after one of these is a place (在长治路驾驶), not a person.
PLACE_PREPOSITIONS = frozenset("在至经沿往到从于")
#: Words ending in 于 that introduce a topic or a cause, not a place.
TOPIC_YU = frozenset(("关于", "对于", "由于", "鉴于", "基于", "至于"))

# -- Who is who in a judgment (read by redact.roles) ---------------------------------------
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

# -- What follows a name -------------------------------------------------------------------
#: What follows a name in enforcement prose; ends a transliterated name.
AFTER_NAME_WORDS = tuple(
    "驾驶 驾车 骑行 到场 一起 同志 先生 女士 性别 身份 住址 出生 户籍 联系 电话 手机 违反 酒后 实施 涉嫌 弃车 逃逸 名下 家中 反映 "
    "经本院 经传票 育有 "
    "于 在 因 等 的 是 与 和 及 将 被 向 对 从 为 系 男 女 现 住 持 未 已 经 称 犯 负 摄".split()
)
#: The words among them: a name's last character stays when one of them comes next (郭桂英名下).
AFTER_NAME_PHRASES = tuple(word for word in AFTER_NAME_WORDS if len(word) >= 2)
#: What follows a name in court prose (皇甫伟伙同曾某1, 张三辩称, 李四向原告借款, 王五（另案处理）).
COURT_FOLLOWERS = ("伙同", "辩称", "诉称", "供述", "向原告", "向被告", "向本院", r"[（(](?:均)?(?:另案|已判|在逃|已死亡)")
#: Forms of address after a surname (王师傅, 高先生): a name the model ends in their first
#: character ran into one (王师|傅), and a surname with one is no name of its own.
ADDRESS_FORMS = (
    "师傅", "先生", "女士", "小姐", "老师", "同志", "大娘", "大爷", "大妈", "大叔", "大婶", "阿姨",
    "医生", "大夫", "律师", "警官", "经理", "主任", "书记", "局长", "队长", "师父", "老板", "总经理",
)
#: How someone drove, between a clause-opening name and 驾驶 (成亮醉酒驾驶机动车).
DRIVING_MANNERS = ("饮酒后", "醉酒", "酒后", "无证", "超速", "疲劳", "逆向")
#: How someone did what follows a clause-opening name, by what they did (刁阳不慎遗失).
OPENER_MANNERS = {"驾驶": DRIVING_MANNERS, "遗失": ("不慎",)}
#: Adverbs between a clause-opening name and what follows (李春梅已于2023年, 张三均于); given
#: names rarely end in them (but 先, 曾, 过 are given-name characters: 杨立先, 方国曾).
OPENER_ADVERBS = frozenset("已现均也又还则便即仍亦都")
#: What the opener adverbs go on with when they follow the last of several names (驾驶员傅强、
#: 乘车人苏丹|均未系安全带): a negation, a copula or a preposition.
ADVERB_COMPLEMENTS = frozenset("未不没无已为被系是在有属按受予于将曾")
#: What follows a surname used alone to point back at a person (赵又让…, 陈又多次找…,
#: 胡、吴二人): adverbs, prepositions and numerals, never a given-name character there.
AFTER_BARE_SURNAME = frozenset("又也就便再才都还却即已曾将把被让给对向在和与及二两俩")
#: Characters that follow names (杜欣因交通肇事, 从王伟处了解到, 杨博户, 李春梅已于, 王静现羁押)
#: and end only transliterations (侯赛因) or names of two characters (周处): cut from surname +
#: given name spans of 3-4 characters that are no dictionary word. No name of three characters
#: or more in the shared corpora ends in 户, 现 or 已.
#: 摄 ends a byline (通讯员孟柳摄); 犯/负/无/辩 start what a judgment says of a person (李荣犯盗窃罪,
#: 程平负全部责任, 张慧无责任, 刘军辩称).
TRAILING_AFTER_NAME = frozenset("因处户现已摄犯负无辩系诉")
#: Characters the model sometimes runs a name into (姓张的先生, 周明远则表示); no given name ends in them.
TRAILING_NON_NAME = frozenset("的了则")
#: What goes on after a name and starts with a character a name rarely ends in: a letter or a
#: call from someone (所反映, 来电) or what someone must do (应于15日内).
TAILS_AFTER_NAME = ("所反映", "所诉", "所述", "所提", "来电", "来信", "来函", "应于", "应当", "应按", "应在", "应自")
DOTTED_RIGHT_FUNCTION = frozenset(w for w in AFTER_NAME_WORDS if len(w) == 1) | frozenset(
    "说称讲问答道有要当曾以也就还又并而或了着过把给则时均像更即便亦仍却"
)

# -- Kin -----------------------------------------------------------------------------------
#: Kinship words that start with a surname character (在孙子家).
KIN_WITH_SURNAME = frozenset(("孙子", "孙女", "孙儿", "孙媳", "孙辈", "岳父", "岳母"))
#: Kin that may open a clause before a name (独子小军今年32岁).
KIN_OPENERS = ("独子", "独女", "长子", "次子", "长女", "次女", "儿子", "女儿", "妻子", "丈夫")
#: 王兰英之子, 孙秀芳之女: a kinship word after 之 follows a name (贺敬之, 侯仁之 end in 之).
KIN_AFTER_ZHI = frozenset("子女妻夫父母兄弟姐妹")
#: Kinship words after 和/与/及: the conjunction joins two people (陈雪和爱人姚杰).
#: A number of people after 等: 等三名同志, 等5人.
#: Two kin together (王秀云母子二人): the first character ends no name.
KIN_PAIRS = frozenset(("母子", "母女", "父子", "父女", "夫妇", "夫妻"))
KIN_WORDS = tuple("爱人 妻子 丈夫 老伴 儿子 女儿 父亲 母亲 家人 家属 其".split())
#: Before a name and 家, what makes 家 someone's home (在陈柳家, 来到王强家).
TO_SOMEONES_HOME = frozenset("在到去来回住")

# -- Places, facilities, firms -------------------------------------------------------------
#: A candidate followed by one of these is a place or road, not a person.
PLACE_SUFFIXES = frozenset("路街道巷村镇乡县市区省州桥湾庄屯寨河江湖山岭坡园苑城港站场馆局所院校厅处科队组社")
#: After X家, these make a village's name (孙家庄, 王家村, 李家湾, 王家峪, 张家沟).
VILLAGE_SUFFIXES = frozenset("庄村湾屯寨营堡峪沟坪洼窑铺")
#: After 所, these make it a verb phrase (袁鹰所说), not a place (派出所).
SUO_VERBS = frozenset("说言述写著作讲指在提称想见反诉驾持")
#: After 处, these make it a verb (刘明亮处以罚款, 处罚) or "at someone's" (从王伟处了解到,
#: 在李明处借款), not a place (办事处).
CHU_VERBS = frozenset("以罚了得获借购买学拿取租听问看")
#: Administrative units: a given name never holds one (东县新达 after 原告, 石桥乡 after 第三人).
ADMIN_UNITS = frozenset("省市县乡镇")
#: Last characters of villages, towns and roads: a string ending in one is a place, no name
#: (郭赵庄村 that the model took for a name, 向阳村 listed with masked names).
PLACE_ENDS = VILLAGE_SUFFIXES | ADMIN_UNITS | frozenset("区村路街道巷")
#: Last characters of road names; a span ending in one before a house number is an address.
ROAD_ENDS = frozenset("路街道巷弄")
#: Words that end the names of places and facilities, never a person's (石门水库).
FACILITY_WORDS = tuple(
    "水库 大桥 广场 公园 医院 学校 中学 小学 大学 车站 机场 码头 电站 工程 公司 集团 大厦 宾馆 酒店 饭店 商场 超市 市场 景区".split()
)
#: Places that a span right before them names (东洲小区金鹏|茶馆): a shop, not a person.
SHOP_WORDS = ("茶馆", "茶楼", "酒楼", "餐馆", "饭馆", "饭店", "酒店", "宾馆", "旅馆", "旅社", "超市", "商店", "药店",
              "网吧", "浴池", "歌厅", "会所", "诊所", "门诊", "批发部", "便利店", "加油站")
#: What ends the name of a firm, a shop, an office: a name that runs on into one of these
#: without a break is part of an organisation's name (湖北江铭建设工程有限公司).
ORG_SUFFIXES = (
    "有限责任公司", "股份有限公司", "有限公司", "分公司", "公司", "集团", "律师事务所", "事务所", "合作社",
    "银行", "支行", "分行", "信用社", "商行", "经营部", "门市部", "工作室", "研究院", "加工厂", "厂",
)

# -- Words and characters that are no name -------------------------------------------------
#: Two-character words that start with a surname character and follow cue words.
NOT_NAMES = frozenset(
    "陈述 申辩 申请 信息 应当 应该 于是 方面 方式 全部 全体 本人 签名 签字 姓名 身份 未能 安全 "
    "向其 对其 车辆 常住 高速 路段 明确 未按 何时 何种 何处 经查 经营 黄色 蓝色 白色 黑色 绿色 "
    "和其 及其 王府 金额 时间 时任 所在 方向 石头 江边 全党 全军 全民 方才 暂无 待查 隐去 单位 匿名 保密 空缺 缺席 兹有".split()
)
#: Whole candidates that are slogans, never names, though jieba tags them as names (文明驾驶);
#: unlike NOT_NAMES they do not exclude longer names that start with them (文明华).
SLOGAN_WORDS = frozenset("文明".split())
#: A surname character before one of these is a word, not a name (由本人驾驶).
NOT_GIVEN_NAMES = frozenset("本人 自己 他人 别人 家人 个人 本身".split())
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
#: Words for people that stand where names stand and are none (张某、同伙等人; 同, 路 are surnames).
PEOPLE_WORDS = frozenset(
    "同伙 同案 同案犯 同事 同学 同乡 同村 朋友 村民 群众 邻居 工友 网友 家人 亲属 他人 众人 路人 民警 辅警 老板 司机 师傅 "
    "其他人 其妻 其夫 其子 其女 其父 其母 双方 对方 本人 等人".split()
)
#: A clause opener that starts with a pronoun (他将于) or ends like a role (抢劫人) is none.
PRONOUNS = frozenset("他她我你它您咱")
NOT_NAME_ENDS = frozenset("人者员们方")
#: Last characters of posts (董事长, 信贷员); a dictionary word ending in one is no name.
ROLE_ENDS = frozenset("长员师官")
#: Last characters of titles that follow a bare surname (李主席, 王老师, 张书记, 刘主任, 赵局长).
TITLE_ENDS = frozenset("席师记任长")
#: Last characters of what a sentence frame holds that is no name (据居民们反映, 据林业部介绍).
FRAMED_NOT_ENDS = frozenset("们部")
#: Last characters of what may stand right before a name in a photo caption (书记黄宇忠（左一）, 总理|…,
#: 志愿者赵晖（左）, 教师亓瑜萍（左五）).
CAPTION_LEADS = frozenset("长员师官席记任者人生工理统队相板练士院的是")

# -- Characters around and inside names ----------------------------------------------------
#: Characters that do not continue a given name: they are what comes after names.
STOP_CHARS = frozenset(
    "的于在因等系男女是与及将被向对未无持所称为已从到以由把给不也都就还又并且而或了着过之其该驾驶身住户出性"
    "涉违酒醉骑闯逆拒诉签号电手证车姓岁籍家现曾先同某等称弃逃受他她它们摄犯负辩、，,。.；;：:（）()《》“”\"' \t\r\n"
)
#: Characters that mark a candidate as already masked, never a real name.
MASK_CHARS = frozenset("某*＊×XxＸ〇○")
#: What ends the value of a form field (当事人：次仁央宗，男): the whole value is the name.
FIELD_END = frozenset("，,。；;、（(\n\r\t ")
#: Longest field value read as one name (Mongolian names run to five characters, firms longer).
MAX_FIELD_NAME = 6
#: Particles inside a field value mean a phrase, not one name.
FIELD_PARTICLES = frozenset("的是在为了")
#: Conjunctions inside a field value mean a list when a name of two characters can follow
#: (李四和王五); 额日和木 is one name.
FIELD_CONJUNCTIONS = frozenset("和及与")
#: What ends a clause; a list of names does not reach across it.
CLAUSE_ENDS = "，,。；;：:\n"
#: Adverbs that open a clause: a surname character right after one is a preposition
#: (遂|由孙强驾驶, 并|向原告出具), not the start of a name.
CLAUSE_ADVERBS = frozenset("遂并后再已现均也又还则便即仍亦都")
#: Prepositions that open what someone did: a run after a cue that holds one after its first
#: character is a clause (被告人|遂由孙强|驾驶), not one name (阿旺罗布驾驶).
RUN_BREAKS = frozenset("由被将把让叫")
#: Surname characters that are far more often prepositions, adverbs or modals (向记者, 曾多次,
#: 应定期): followed by a word of these tags they start no name. Given names that are words
#: are nouns there (曾建华: 建华 nz, 向建平: 建平 n).
FUNCTION_SURNAMES = frozenset("向应曾都时由于和从对将")
#: Function characters, none of them a surname, that the model now and then runs into the
#: start of a name (参会代表有|易娟, 获奖者是|张伟).
LEADING_FUNCTION = frozenset("有是在被把给为从对将")
#: Single characters that come before a transliterated name (经|帕尔哈提·吐尔洪, 对|米日古丽)
#: and after one (…·吐尔洪|说); jieba tags of the words that are part of one (names, proper nouns).
DOTTED_LEFT_FUNCTION = STOP_CHARS | frozenset("经对给向兼叫令让请由从被把将与和及")
#: Longest run after a cue that a dictionary word straddling the cue's end is looked for in.
MAX_WORD_AFTER_CUE = 5
#: Longest part of a transliterated name before its first dot, and after its last.
MAX_DOTTED_PART = 6
MAX_DOTTED_TAIL = 8

# -- Pinyin --------------------------------------------------------------------------------
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

# -- jieba's dictionary: how common a word is and what it is -------------------------------
#: jieba dictionary words rarer than this (强到: 3) say nothing about boundaries.
MIN_WORD_FREQ = 50
#: A word this rare that jieba reads across a name's last character (王玉|华以|非法, freq. 16) does
#: not end the name there.
RARE_WORD_FREQ = 20
#: A verb or adverb this common (明知: 897) after surname + one character ends the name.
COMMON_VERB_FREQ = 500
#: A dotted candidate each of whose parts holds a word this common is a title, not a name:
#: no dotted name in the shared corpora (748) has one in every part.
WORDY_PART_FREQ = 500
#: jieba part-of-speech tags of words that say what someone does or how (verbs, adverbs,
#: conjunctions, prepositions, adjectives); names are nouns there (高峰, 黄河) or person names (nr).
VERBAL_TAGS = frozenset(("v", "vn", "vd", "d", "c", "p", "ad", "a", "an"))  # an: 危险(驾驶)
NOT_GIVEN_TAGS = VERBAL_TAGS | {"b", "m", "r", "s", "f", "q", "t", "u"}
#: Tags of dictionary words that are no name before a follower (公司涉嫌, 居委会于2024年,
#: 那位驾驶, 许多驾驶人); on the shared train files 0 right and 28 wrong (n: 4 right, 18 wrong).
NOT_NAME_TAGS = frozenset(("n", "j", "m", "nt", "nz", "r", "s", "u", "f", "q"))
NAME_TAGS = frozenset(("nr", "nrt", "nrfg", "nz"))


# -- jieba ----------------------------------------------------------------------------------


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


def name_words() -> frozenset[str]:
    """Words jieba's dictionary tags as names or other proper nouns (约翰, 帕尔哈, 穆斯塔法):
    around a dot they are part of the name."""
    return _dictionary()[1]


def jieba_words() -> dict[str, int]:
    """jieba's word frequencies (loaded once per process, shared with the tokenizer, the rules
    and the model layer's vetting)."""
    import jieba

    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def cut(chars: str) -> list[str]:
    """jieba's segmentation of ``chars`` by its dictionary alone (no HMM guesses)."""
    import jieba

    return jieba.dt.lcut(chars, HMM=False)


def holds_common_word(chars: str, freq: dict[str, int], at_least: int = MIN_WORD_FREQ) -> bool:
    """True when ``chars`` holds a jieba dictionary word of 2+ characters seen ``at_least`` times."""
    return any(freq.get(chars[i:j], 0) >= at_least for i in range(len(chars)) for j in range(i + 2, len(chars) + 1))
