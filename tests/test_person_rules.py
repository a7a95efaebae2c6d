"""PERSON rule layer: cue words, name columns, surname + follower, exclusions, boundaries."""

from __future__ import annotations

import pytest

from recognizers.person_rules import looks_like_name
from tests.conftest import spans


def names(redactor, text):
    return [value for _, value in spans(redactor, text, "PERSON")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("驾驶人张伟驾驶晋J·A12B3", ["张伟"], id="name-followed-by-verb"),
        pytest.param("当事人：李秀英，女", ["李秀英"], id="colon-after-cue"),
        pytest.param("车主王小明于2024年", ["王小明"], id="three-char-name"),
        pytest.param("车主张志强于2025年", ["张志强"], id="third-char-not-a-word-start"),
        pytest.param("驾驶员欧阳娜娜驾车", ["欧阳娜娜"], id="compound-surname"),
        pytest.param("当事人诸葛亮", ["诸葛亮"], id="compound-surname-one-char"),
        pytest.param("被处罚人刘洋的违法行为", ["刘洋"], id="followed-by-de"),
        pytest.param("申请人王芳家住长治市", ["王芳"], id="followed-by-word"),
        pytest.param("当事人张三、李四和王五", ["张三", "李四", "王五"], id="list-after-cue"),
        pytest.param("驾驶人买买提·艾力驾驶", ["买买提·艾力"], id="dotted-after-cue"),
        pytest.param("其妻迪丽娜尔·阿不都到场作证", ["迪丽娜尔·阿不都"], id="dotted-transliteration-chars"),
        pytest.param("法定代表人为赵六。", ["赵六"], id="cue-then-wei"),
        pytest.param("经查，李明华（男，1985年生）", ["李明华"], id="gender-follower"),
        pytest.param("刘洋同志、陈静女士", ["刘洋", "陈静"], id="honorific-followers"),
        pytest.param("由张建国驾驶", ["张建国"], id="verb-follower"),
        pytest.param("甄一鸣出生年月：1980年3月性别：男", ["甄一鸣"], id="form-label-follower"),
        pytest.param("再审申请人（一审原告、二审上诉人）：钱多多，男。", ["钱多多"], id="cue-with-parenthetical"),
        pytest.param("对违法驾驶人刘明亮处以罚款200元", ["刘明亮"], id="name-then-chuyi"),
        pytest.param("乘客刘洋受轻伤", ["刘洋"], id="name-then-shou"),
        pytest.param("环保督查发现，养殖户燕春生未建设污染防治设施", ["燕春生"], id="cue-yangzhihu"),
        pytest.param("其父母：麻卫国、苟桂兰", ["麻卫国", "苟桂兰"], id="cue-qi-fumu"),
        pytest.param("经查，邵建林涉嫌醉酒驾驶", ["邵建林"], id="name-then-shexian"),
        pytest.param("经查，达娃卓嘎涉嫌醉酒驾驶", ["达娃卓嘎"], id="clause-opener-before-shexian"),
        pytest.param("处罚对象：洪七公", ["洪七公"], id="cue-chufa-duixiang"),
        pytest.param("当事人高峰驾驶", ["高峰"], id="name-that-is-a-noun"),
        pytest.param("原告万里诉被告", ["万里"], id="name-that-is-a-numeral-word"),
        pytest.param("公示名单：1.侯建中 2.史玉芳 3.武小兵", ["侯建中", "史玉芳", "武小兵"], id="numbered-list"),
        pytest.param("现对扎西顿珠、格桑旺姆两人予以通报批评", ["扎西顿珠", "格桑旺姆"], id="list-closed-by-count"),
        pytest.param("贾宝平、林玉珍夫妇经营的商店", ["贾宝平", "林玉珍"], id="list-closed-by-fufu"),
        pytest.param("关继业、关继德、关继兴三兄弟合伙经营", ["关继业", "关继德", "关继兴"], id="list-closed-by-count-and-kin"),
        pytest.param("据了解，澳门人甘志成、甘志达兄弟", ["甘志成", "甘志达"], id="list-after-demonym"),
        pytest.param("表彰：张建国、李国庆等同志", ["张建国", "李国庆"], id="list-given-names-that-are-words"),
        pytest.param("申请人：张建军，配偶：李秀梅，家庭成员：张小宝、张小贝", ["张建军", "李秀梅", "张小宝", "张小贝"],
                     id="housing-application"),
        pytest.param("与阿卜杜拉·买买提一起", ["阿卜杜拉·买买提"], id="dotted-in-prose"),
        pytest.param("当事人杨　帆（身份证", ["杨　帆"], id="two-char-name-padded"),
        pytest.param("违法人员：郑晓东  车牌", ["郑晓东"], id="cue-weifa-renyuan"),
        pytest.param("报案人钱小二，电话", ["钱小二"], id="cue-baoanren"),
        pytest.param("被执行人姓名：次仁央宗，性别：女", ["次仁央宗"], id="field-value-without-gazetteer-surname"),
        pytest.param("交通违法人：扎西顿珠，号牌：藏A12345", ["扎西顿珠"], id="field-value-then-next-field"),
        pytest.param("申请执行人：龙辉泽。", ["龙辉泽"], id="cue-shenqing-zhixingren"),
        pytest.param("申请执行人：东方明先。", ["东方明先"], id="field-value-compound-surname-common-word"),
        pytest.param("驾驶员阿旺罗布驾驶黑A12345", ["阿旺罗布"], id="cue-run-to-verb"),
        pytest.param("机动车所有人朝格图名下的车辆", ["朝格图"], id="cue-run-to-mingxia"),
        pytest.param("（7）达娃卓嘎驾驶的浙C6ABC1号车", ["达娃卓嘎"], id="clause-opener-before-verb"),
        pytest.param("经查，阿旺罗布于2024年5月醉酒驾驶", ["阿旺罗布"], id="clause-opener-before-date"),
        pytest.param("请靳少华于2024年6月30日前到我局接受处理。", ["靳少华"], id="clause-opener-after-qing"),
        pytest.param("通知褚国栋于2024年5月10日到场。", ["褚国栋"], id="clause-opener-after-tongzhi"),
        pytest.param("在防汛工作中，格桑旺姆、其其格、冼过璜等同志表现突出", ["格桑旺姆", "其其格", "冼过璜"], id="list-before-deng-tongzhi"),
        pytest.param("抓获张伟、李强、王芳等3人", ["张伟", "李强", "王芳"], id="list-after-verb"),
        pytest.param("工作中，司马军骏、斯日古楞等同志", ["司马军骏", "斯日古楞"], id="list-compound-surname-first"),
        pytest.param("工作中，于岳梅、靳秀阗等同志", ["于岳梅", "靳秀阗"], id="list-surname-yu-first"),
        pytest.param("作品价格不一，与徐悲鸿、傅抱石等人相当", ["徐悲鸿", "傅抱石"], id="list-after-conjunction"),
        pytest.param("（6）经查，夏温可于2022年5月酒后驾驶", ["夏温可"], id="clause-opener-beats-model-boundary"),
        pytest.param("执法人员：上官梅、白峻\n", ["上官梅", "白峻"], id="field-value-list"),
        pytest.param("当事人：张三、李四和王五", ["张三", "李四", "王五"], id="field-value-list-with-he"),
        pytest.param("当事人：王和平，男", ["王和平"], id="field-value-name-with-he"),
        pytest.param("肇事司机王瑞弃车逃逸，现已归案", ["王瑞"], id="name-then-qiche-taoyi"),
        pytest.param("机动车所有人郭桂英名下的车辆", ["郭桂英"], id="third-char-before-mingxia"),
        pytest.param("机动车所有人慕容文名下的车辆", ["慕容文"], id="mingxia-after-compound-surname"),
        pytest.param("村民笪轩家中房屋受损", ["笪轩"], id="cue-cunmin-rare-surname"),
        pytest.param("肇事司机古丽娜尔·吐尔逊弃车逃逸", ["古丽娜尔·吐尔逊"], id="dotted-then-qiche"),
        pytest.param("张刚、林涛夫妻二人均为残疾人", ["张刚", "林涛"], id="list-closed-by-kin-and-count"),
        pytest.param("记者从王伟处了解到", ["王伟"], id="name-then-chu-at-someones"),
        pytest.param("在李明处借款5万元", ["李明"], id="name-then-chu-borrow"),
        pytest.param("米日古丽·阿西木同志在抗洪抢险中表现突出", ["米日古丽·阿西木"], id="dotted-model-pieces-joined"),
        pytest.param("感谢艾合买提·依明同志的辛勤付出", ["艾合买提·依明"], id="dotted-after-ganxie"),
        pytest.param("经黄瑜介绍，双方达成协议", ["黄瑜"], id="preposition-before-a-name-is-no-name"),
    ],
)
def test_finds_names_with_exact_boundaries(redactor, text, expected):
    assert names(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("当事人张某驾驶", id="masked-mou"),
        pytest.param("当事人李某某驾驶", id="masked-moumou"),
        pytest.param("当事人王*驾驶", id="masked-star"),
        pytest.param("当事人陈述申辩", id="cue-then-word"),
        pytest.param("当事人：个体工商户，", id="field-value-common-words"),
        pytest.param("负责人：未到场，", id="field-value-starts-with-function-char"),
        pytest.param("附件：见附件，", id="field-value-not-after-name-cue"),
        pytest.param("户主：本村村民，", id="field-value-village-words"),
        pytest.param("经村民委员会讨论决定", id="cunmin-weiyuanhui"),
        pytest.param("请到公安局交警大队刘庄处理", id="place-chu-stays-a-place-before-li"),
        pytest.param("公安、交通、城管等部门联合执法", id="list-of-departments"),
        pytest.param("议程：1.开幕 2.讲话 3.闭幕", id="numbered-agenda"),
        pytest.param("儿子、女儿两人都在外地工作", id="list-of-relatives-closed-by-count"),
        pytest.param("公安、交通两部门联合执法", id="list-of-departments-closed-by-count"),
        pytest.param("刊于《晋中日报》城市周刊·民生服务版", id="dotted-column-title"),
        pytest.param("经调解，被告方才同意分期还款", id="cue-then-fangcai"),
        pytest.param("某公司原董事长涉嫌职务侵占", id="post-before-shexian"),
        pytest.param("他们同商户谈判时要求降价", id="cue-then-verb-three-chars"),
        pytest.param("有村民向他咨询大棚技术", id="cue-then-pronoun"),
        pytest.param("判决被告支付货款并承担诉讼费", id="cue-then-verb-with-surname-char"),
        pytest.param("由车主安排人员到场", id="cue-then-anpai"),
        pytest.param("1.苹果 2.香蕉 3.橘子", id="numbered-fruit"),
        pytest.param("北京、上海、广州等地", id="list-of-cities-deng-di"),
        pytest.param("对王某、李某等人作出处罚", id="list-of-masked-names"),
        pytest.param("，随后驾驶车辆离开", id="clause-opener-common-word"),
        pytest.param("，次日于2024年5月", id="clause-opener-date-word"),
        pytest.param("（1）小型汽车驾驶人", id="clause-opener-vehicle-type"),
        pytest.param("外交部长日前表示，他将于1999年访华", id="clause-opener-pronoun"),
        pytest.param("老人说，我是一名下岗多年的工人", id="clause-opener-xiagang"),
        pytest.param("抢劫人弃车逃往山区", id="clause-opener-role-word"),
        pytest.param("车主信息已核实", id="cue-then-xinxi"),
        pytest.param("申请人应当提交", id="cue-then-yingdang"),
        pytest.param("依据《中华人民共和国道路交通安全法》", id="law-title"),
        pytest.param("在G5京昆高速555公里处驾驶时拨打电话", id="road-kilometre"),
        pytest.param("在晋中市关岭路驾驶与准驾车型不符", id="road-name"),
        pytest.param("在晋中市黄路实施驾驶时拨打电话", id="road-tail"),
        pytest.param("在高速公路于2022年", id="word-tail"),
        pytest.param("驾驶晋J·A12B3号车", id="plate-province"),
        pytest.param("据商贸城业主和经营者反映", id="cue-then-conjunction"),
        pytest.param("判决被告支付原告东县新达综合经营部货款", id="cue-then-county"),
        pytest.param("冻结了执行第三人石桥乡中学教师工资", id="cue-then-township"),
        pytest.param("要求全党同志加强学习", id="whole-party-comrades"),
        pytest.param("被告人犯危险驾驶罪，判处拘役二个月", id="weixian-jiashi-zui"),
        pytest.param("对涉嫌危险驾驶的违法行为人依法处理", id="shexian-weixian-jiashi"),
        pytest.param("请广大驾驶人文明驾驶，安全出行", id="cue-then-slogan"),
        pytest.param("营运车辆司机驾驶时接打电话", id="cue-word-before-follower"),
        pytest.param("该车辆由本人驾驶", id="surname-char-before-benren"),
        pytest.param("该公司涉嫌虚假宣传", id="company-before-shexian"),
        pytest.param("社区居委会于2024年换届", id="committee-before-date"),
        pytest.param("（一）白天驾驶时未开启前照灯的", id="time-word-before-jiashi"),
        pytest.param("营运车辆驾驶人应定期体检", id="cue-then-modal-ying"),
        pytest.param("部分村民曾多次上访", id="cue-then-adverb-ceng"),
    ],
)
def test_ignores_non_names(redactor, text):
    assert names(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("序号,号牌号码,当事人,联系电话\n1,晋J·A12B3,赵敏,13812345678\n2,晋JD12345,司马南,\n", ["赵敏", "司马南"], id="csv"),
        pytest.param("序号\t姓名\t金额\n1\t钱七\t200\n", ["钱七"], id="tsv"),
        pytest.param("| 序号 | 车主 |\n| 1 | 孙悟 |\n", ["孙悟"], id="pipe-table"),
        pytest.param("姓名,金额\n张某,200\n", [], id="masked-cell"),
        pytest.param("序号  姓名      金额\n1   杨　帆      200元\n", ["杨　帆"], id="aligned-padded-name"),
        pytest.param("姓名,金额\n张三,200\n\n说明,备注\n王府井,无\n", ["张三"], id="blank-line-ends-table"),
        pytest.param("序号,姓 名,金额\n1,次仁央宗,200\n", ["次仁央宗"], id="header-with-space"),
        pytest.param("序号|持证人|证书编号\n1|隆瑞|A2024002\n", ["隆瑞"], id="header-chizhengren"),
        pytest.param("序号 姓名 性别 准考证号\n1 邵雨桐 女 1014050101\n2 尤俊熙 男 1014050233\n", ["邵雨桐", "尤俊熙"],
                     id="single-space-table"),
        pytest.param("序号\t被处罚人姓名\t结果\n1\t格桑旺姆\t警告\n", ["格桑旺姆"], id="header-ending-in-xingming"),
        pytest.param("| 序号 | 姓名（名称） | 金额 |\n|---|---|---|\n| 1 | 其其格 | 200 |\n", ["其其格"], id="header-xingming-mingcheng"),
        pytest.param("序号,姓名拼音,金额\n1,王府井,200\n", [], id="header-not-a-name-column"),
    ],
)
def test_name_columns(redactor, text, expected):
    assert names(redactor, text) == expected


@pytest.mark.parametrize(
    ("cell", "ok"),
    [("张三", True), ("欧阳娜娜", True), ("买买提·艾力", True), ("张某", False), ("张", False), ("长治市公安局", False), ("A12", False)],
)
def test_looks_like_name(cell, ok):
    assert looks_like_name(cell) is ok


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("经查，达娃卓嘎涉嫌醉酒驾驶", ["达娃卓嘎"], id="clause-opener-before-shexian"),
        pytest.param("邵建林涉嫌醉酒驾驶", ["邵建林"], id="surname-name-before-shexian"),
        pytest.param("某公司原董事长涉嫌职务侵占", [], id="post-before-shexian"),
        pytest.param("银行信贷员涉嫌违法放贷", [], id="post-ending-in-yuan"),
        pytest.param("举报人仁增曲珍反映的问题已查实", ["仁增曲珍"], id="cue-run-to-fanying"),
        pytest.param("村民斯日古楞家中房屋受损", ["斯日古楞"], id="cue-run-to-jiazhong"),
        pytest.param("当事人：额日和木，女，汉族", ["额日和木"], id="field-value-he-inside-one-name"),
        pytest.param("当事人：李四和王五，", ["李四", "王五"], id="field-value-he-between-two-names"),
        pytest.param("当事人：张强和其家属，", ["张强"], id="field-value-he-before-a-phrase"),
        pytest.param("禁止疲劳驾驶、危险驾驶", [], id="rules-weixian-jiashi"),
        pytest.param("当事人文明华驾驶小型轿车", ["文明华"], id="name-starting-like-a-slogan"),
        pytest.param("当事人曾建华驾驶小型轿车", ["曾建华"], id="function-surname-then-noun-given-name"),
        pytest.param("村委会主任米日古丽·阿西木介绍了情况", ["米日古丽·阿西木"], id="dotted-after-a-post"),
        pytest.param("决定对艾合买提·依明予以表彰", ["艾合买提·依明"], id="dotted-between-preposition-and-verb"),
        pytest.param("由阿卜杜拉·买买提和县长热依拉·阿不都共同主持", ["阿卜杜拉·买买提", "热依拉·阿不都"], id="two-dotted-in-one-run"),
        pytest.param("当事人艾尔肯·吐逊于2026年8月驾驶", ["艾尔肯·吐逊"], id="dotted-end-joined-to-yu-by-jieba"),
        pytest.param("给予秦毅崇行政拘留五日的处罚", ["秦毅崇"], id="framed-geiyu-juliu"),
        pytest.param("经冼慈术介绍，双方达成协议", ["冼慈术"], id="framed-jing-jieshao"),
        pytest.param("经蒲晓东同意，双方签订了协议。", ["蒲晓东"], id="framed-jing-tongyi"),
        pytest.param("限储超在收到本通知之日起十五日内缴纳罚款。", ["储超"], id="framed-xian-zai-shoudao"),
        pytest.param("经董事会同意，", [], id="framed-board-is-no-name"),
        pytest.param("对伊朗作出回应", [], id="framed-country-is-no-name"),
        pytest.param("给予黄牌警告", [], id="framed-common-word-is-no-name"),
        pytest.param("对华政策作出调整", [], id="framed-surname-char-ends-a-word"),
        pytest.param("承办人：诸葛祺", ["诸葛祺"], id="cue-chengbanren"),
        pytest.param("罪犯额日和木，男，汉族", ["额日和木"], id="cue-run-to-gender"),
        pytest.param("马途祖因交通肇事罪被判处有期徒刑一年", ["马途祖"], id="opener-before-yin-zui"),
        pytest.param("郗宅太未经许可擅自经营", ["郗宅太"], id="opener-before-weijing-xuke"),
        pytest.param("王强等三人被依法刑事拘留", ["王强"], id="follower-deng-san-ren"),
        pytest.param("李春梅已于2023年死亡", ["李春梅"], id="opener-adverb-before-date"),
        pytest.param("杨立先于2023年8月醉酒驾驶", ["杨立先"], id="opener-given-name-xian"),
        pytest.param("通讯员孟柳摄", ["孟柳"], id="cue-tongxunyuan-photo-byline"),
        pytest.param("以上事实有证人斯日古楞的证言等证据证实", ["斯日古楞"], id="cue-run-to-de-zhengyan"),
        pytest.param("肇事司机皇甫志先弃车逃逸", ["皇甫志先"], id="cue-run-compound-surname-word"),
        pytest.param("审判长欧阳山，审判员热依拉·阿不都。", ["欧阳山", "热依拉·阿不都"], id="cue-list-then-cue-before-dotted"),
        pytest.param("邱朝、帕尔哈提·吐尔洪夫妻二人均为残疾人", ["邱朝", "帕尔哈提·吐尔洪"], id="list-dotted-item-before-kin"),
        pytest.param("格桑旺姆向本院提出再审申请", ["格桑旺姆"], id="opener-before-xiang-benyuan"),
        pytest.param("判决如下：被告人李荣犯盗窃罪，判处有期徒刑一年", ["李荣"], id="cue-name-before-fan"),
        pytest.param("第三人马东经本院传票传唤，无正当理由拒不到庭", ["马东"], id="cue-name-before-jing-benyuan"),
        pytest.param("被征收人：严明，房屋坐落：城关镇解放路12号", ["严明"], id="field-value-adjective-name-then-next-field"),
        pytest.param("被征收人：董海燕，房屋坐落：城关镇", ["董海燕"], id="field-comma-ends-the-list"),
        pytest.param("联系人：暂无，电话：略", [], id="field-value-zanwu"),
        pytest.param("被告人周芳明知他人实施犯罪", ["周芳"], id="cue-name-before-common-verb"),
        pytest.param("被告人刘军辩称其行为不构成犯罪", ["刘军"], id="cue-name-before-bian"),
        pytest.param("名单如下：\n王雪　杨桂珍　萧玉梅　丛帆\n", ["王雪", "杨桂珍", "萧玉梅", "丛帆"], id="spaced-list-line"),
        pytest.param("获奖人员：杜琴　管秀芳　吕方圆", ["杜琴", "管秀芳", "吕方圆"], id="spaced-list-after-label"),
        pytest.param("春季 夏季 秋季 冬季", [], id="spaced-list-of-words"),
        pytest.param("东城区 西城区 朝阳区", [], id="spaced-list-of-districts"),
        pytest.param("申请人：单位，电话：略", [], id="field-value-danwei"),
        pytest.param("检查人：韩淑珍、房鑫\u3000记录人：李凤英", ["韩淑珍", "房鑫", "李凤英"], id="inspection-record-cues"),
        pytest.param("任命周晓云为市交通局局长", ["周晓云"], id="framed-renming-wei"),
        pytest.param("记者从费旭处了解到有关情况", ["费旭"], id="framed-cong-chu"),
        pytest.param("该车登记在陶佳名下", ["陶佳"], id="follower-mingxia-after-zai"),
        pytest.param("申请人胡秀梅因家庭困难申请救助", ["胡秀梅"], id="cue-third-char-before-yin"),
        pytest.param("在长治路驾驶", [], id="place-before-follower-stays-a-place"),
        pytest.param("驾驶人应主动配合调查", [], id="rules-cue-then-modal-ying"),
        pytest.param("美国某公司于1998年成立", [], id="rules-company-before-date"),
        pytest.param("（6）令狐道成驾驶的车辆闯红灯。", ["令狐道成"], id="rules-opener-linghu-is-a-surname"),
        pytest.param("请靳少华于2024年6月30日前到我局接受处理。", ["靳少华"], id="rules-opener-after-qing"),
    ],
)
def test_rule_layer_alone(text, expected):
    """What the rules find without the model (the model would hide a rule that stopped working)."""
    from recognizers.person_rules import ChinesePersonRuleRecognizer

    rules = ChinesePersonRuleRecognizer()
    rules.load()
    assert [text[r.start : r.end] for r in rules.analyze(text, ["PERSON"])] == expected
