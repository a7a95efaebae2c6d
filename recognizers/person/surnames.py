"""Surname gazetteer for the PERSON rules and the surname-keeping operators.

Single-character surnames cover the Hundred Family Surnames and the common modern
ones; compound surnames are listed separately because a name like 欧阳娜娜 must keep
both characters when it becomes 欧阳某.
"""

from __future__ import annotations

SINGLE = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由宦钭"
    "钮水苍鄂贲萧訾聂晏谷寿仰琚台贡隗虎酆兆弓荀牧芦湛汲邴糜松充步郦红弘蔚越夔旷朗贝雪蓬巢冉郗瞿宓蒯"
    "傅阎赖洪闫禤濮蔺佀逄仉笪"
    "习丘郄翦刀冒汝溥幺墨拜沃稽禄蹇谯桓郏菅佴"
    "禚缑眭代占綦乜璩竺粘"
    "释"  # the surname monks and nuns take with their dharma name (释常照)
)

COMPOUND = frozenset(
    """欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 独孤 轩辕 端木 南宫 西门
    百里 呼延 万俟 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 闻人 赫连 钟离 闾丘 东郭 公羊 拓跋 司空 第五
    左丘 梁丘 子车 亓官 司寇 巫马 公西 颛孙 壤驷 公良 漆雕 乐正 宰父 谷梁 段干 微生 羊舌 东门 西门 仲孙
    叱干 乌孙""".split()
)

SURNAMES = SINGLE | COMPOUND


def split_surname(name: str) -> tuple[str, str]:
    """Split a Han name into (surname, given name), preferring a compound surname.

    Names written with ``·`` (transliterated minority and foreign names) have no
    surname in the Han sense; their first character stands in for it.
    """
    if "·" in name or "•" in name:
        return name[:1], name[1:]
    words = name.split()
    if len(words) >= 2 and name.isascii():  # Chen Jianguo → ("Chen ", "Jianguo"); Jianguo Chen too
        from recognizers.person.lexicon import PINYIN_SURNAMES

        if words[-1].lower() in PINYIN_SURNAMES and words[0].lower() not in PINYIN_SURNAMES:
            return words[-1] + " ", " ".join(words[:-1])
        return words[0] + " ", " ".join(words[1:])
    if name[:2] in COMPOUND and len(name) >= 3:
        return name[:2], name[2:]
    return name[:1], name[1:]
