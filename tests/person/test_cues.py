"""The cues family: the name after a cue word or a field label, with exact boundaries.

Each case is read by this family alone (exactly these names), and by the whole layer."""

from __future__ import annotations

import pytest

from recognizers.person.cues import AfterCues
from tests.conftest import family_names, person_names, rule_layer_names


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
        pytest.param("再审申请人（一审原告、二审上诉人）：钱多多，男。", ["钱多多"], id="cue-with-parenthetical"),
        pytest.param("对违法驾驶人刘明亮处以罚款200元", ["刘明亮"], id="name-then-chuyi"),
        pytest.param("乘客刘洋受轻伤", ["刘洋"], id="name-then-shou"),
        pytest.param("环保督查发现，养殖户燕春生未建设污染防治设施", ["燕春生"], id="cue-yangzhihu"),
        pytest.param("其父母：麻卫国、苟桂兰", ["麻卫国", "苟桂兰"], id="cue-qi-fumu"),
        pytest.param("处罚对象：洪七公", ["洪七公"], id="cue-chufa-duixiang"),
        pytest.param("当事人高峰驾驶", ["高峰"], id="name-that-is-a-noun"),
        pytest.param("原告万里诉被告", ["万里"], id="name-that-is-a-numeral-word"),
        pytest.param("申请人：张建军，配偶：李秀梅，家庭成员：张小宝、张小贝", ["张建军", "李秀梅", "张小宝", "张小贝"],
                     id="housing-application"),
        pytest.param("当事人杨　帆（身份证", ["杨　帆"], id="two-char-name-padded"),
        pytest.param("违法人员：郑晓东  车牌", ["郑晓东"], id="cue-weifa-renyuan"),
        pytest.param("报案人钱小二，电话", ["钱小二"], id="cue-baoanren"),
        pytest.param("被执行人姓名：次仁央宗，性别：女", ["次仁央宗"], id="field-value-without-gazetteer-surname"),
        pytest.param("交通违法人：扎西顿珠，号牌：藏A12345", ["扎西顿珠"], id="field-value-then-next-field"),
        pytest.param("申请执行人：龙辉泽。", ["龙辉泽"], id="cue-shenqing-zhixingren"),
        pytest.param("申请执行人：东方明先。", ["东方明先"], id="field-value-compound-surname-common-word"),
        pytest.param("驾驶员阿旺罗布驾驶黑A12345", ["阿旺罗布"], id="cue-run-to-verb"),
        pytest.param("机动车所有人朝格图名下的车辆", ["朝格图"], id="cue-run-to-mingxia"),
        pytest.param("执法人员：上官梅、白峻\n", ["上官梅", "白峻"], id="field-value-list"),
        pytest.param("当事人：张三、李四和王五", ["张三", "李四", "王五"], id="field-value-list-with-he"),
        pytest.param("当事人：王和平，男", ["王和平"], id="field-value-name-with-he"),
        pytest.param("肇事司机王瑞弃车逃逸，现已归案", ["王瑞"], id="name-then-qiche-taoyi"),
        pytest.param("机动车所有人郭桂英名下的车辆", ["郭桂英"], id="third-char-before-mingxia"),
        pytest.param("机动车所有人慕容文名下的车辆", ["慕容文"], id="mingxia-after-compound-surname"),
        pytest.param("村民笪轩家中房屋受损", ["笪轩"], id="cue-cunmin-rare-surname"),
        pytest.param("肇事司机古丽娜尔·吐尔逊弃车逃逸", ["古丽娜尔·吐尔逊"], id="dotted-then-qiche"),
        pytest.param("举报人仁增曲珍反映的问题已查实", ["仁增曲珍"], id="cue-run-to-fanying"),
        pytest.param("村民斯日古楞家中房屋受损", ["斯日古楞"], id="cue-run-to-jiazhong"),
        pytest.param("当事人：额日和木，女，汉族", ["额日和木"], id="field-value-he-inside-one-name"),
        pytest.param("当事人：李四和王五，", ["李四", "王五"], id="field-value-he-between-two-names"),
        pytest.param("当事人：张强和其家属，", ["张强"], id="field-value-he-before-a-phrase"),
        pytest.param("当事人文明华驾驶小型轿车", ["文明华"], id="name-starting-like-a-slogan"),
        pytest.param("当事人曾建华驾驶小型轿车", ["曾建华"], id="function-surname-then-noun-given-name"),
        pytest.param("当事人艾尔肯·吐逊于2026年8月驾驶", ["艾尔肯·吐逊"], id="dotted-end-joined-to-yu-by-jieba"),
        pytest.param("承办人：诸葛祺", ["诸葛祺"], id="cue-chengbanren"),
        pytest.param("罪犯额日和木，男，汉族", ["额日和木"], id="cue-run-to-gender"),
        pytest.param("通讯员孟柳摄", ["孟柳"], id="cue-tongxunyuan-photo-byline"),
        pytest.param("以上事实有证人斯日古楞的证言等证据证实", ["斯日古楞"], id="cue-run-to-de-zhengyan"),
        pytest.param("肇事司机皇甫志先弃车逃逸", ["皇甫志先"], id="cue-run-compound-surname-word"),
        pytest.param("审判长欧阳山，审判员热依拉·阿不都。", ["欧阳山", "热依拉·阿不都"], id="cue-list-then-cue-before-dotted"),
        pytest.param("判决如下：被告人李荣犯盗窃罪，判处有期徒刑一年", ["李荣"], id="cue-name-before-fan"),
        pytest.param("第三人马东经本院传票传唤，无正当理由拒不到庭", ["马东"], id="cue-name-before-jing-benyuan"),
        pytest.param("被征收人：严明，房屋坐落：城关镇解放路12号", ["严明"], id="field-value-adjective-name-then-next-field"),
        pytest.param("被征收人：董海燕，房屋坐落：城关镇", ["董海燕"], id="field-comma-ends-the-list"),
        pytest.param("被告人周芳明知他人实施犯罪", ["周芳"], id="cue-name-before-common-verb"),
        pytest.param("被告人刘军辩称其行为不构成犯罪", ["刘军"], id="cue-name-before-bian"),
        pytest.param("检查人：韩淑珍、房鑫\u3000记录人：李凤英", ["韩淑珍", "房鑫", "李凤英"], id="inspection-record-cues"),
        pytest.param("申请人胡秀梅因家庭困难申请救助", ["胡秀梅"], id="cue-third-char-before-yin"),
        pytest.param("签收人：栾板英　日期：2024年5月6日", ["栾板英"], id="rules-any-role-in-ren-labels-a-field"),
        pytest.param("出借人：笪顺盖，借款人：亓安。", ["笪顺盖", "亓安"], id="rules-role-fields-in-a-row"),
        pytest.param("记录员：栾板英　民警：亓安、訾郡飞", ["栾板英", "亓安", "訾郡飞"], id="rules-roles-in-yuan-and-jing"),
        pytest.param("当事人郄文岭驾驶小型轿车，乘车人丘炜、翦英伟", ["郄文岭", "丘炜", "翦英伟"],
                     id="rules-surnames-qie-qiu-jian"),
        pytest.param("据行业主管部门介绍，车主关小平已到场，户主张三未到。", ["关小平", "张三"], id="rules-cue-inside-a-word-is-none"),
        pytest.param("户主张三、车主关小平已到场。", ["张三", "关小平"], id="rules-list-after-cue-stops-at-next-cue"),
        pytest.param("第一名：韩平　第二名：汤燕　一等奖：郎怡", ["韩平", "汤燕", "郎怡"], id="rules-rank-labels-a-field"),
        pytest.param("审核：笪楷泽　校对：亓安　责任编辑：訾郡飞", ["笪楷泽", "亓安", "訾郡飞"], id="rules-byline-roles-label-a-field"),
        pytest.param("网络编辑：笪楷泽　本书作者：亓安", ["笪楷泽", "亓安"], id="rules-byline-role-ending-a-longer-label"),
        pytest.param("通讯员张秀珍摄", ["张秀珍"], id="rules-photo-credit-she-follows-a-name"),
        pytest.param("驾驶员傅强、乘车人苏丹均未按规定使用安全带。", ["傅强", "苏丹"], id="rules-jun-after-the-last-of-several-names"),
        pytest.param("当事人陈国均未到场。", ["陈国均"], id="rules-jun-ending-a-lone-name"),
        pytest.param("被告人王玉华以非法占有为目的，对驾驶人刘想处以罚款", ["王玉华", "刘想"], id="rules-rare-word-across-the-last-character"),
        pytest.param("走访慰问了困难群众项红。为困难群众办实事。", ["项红"], id="rules-kunnan-qunzhong-cue"),
        pytest.param("当 事 人：冷平    性 别：男", ["冷平"], id="rules-letter-spaced-cue-label"),
        pytest.param("拟提拔人选：全东　服务对象：老年人", ["全东"], id="rules-renxuan-duixiang-label-a-field"),
        pytest.param("患者高平因术后感染转入上级医院。", ["高平"], id="rules-huanzhe-cue"),
        pytest.param("民警黄凯、辅警陈雪迅速赶到现场。", ["黄凯", "陈雪"], id="rules-minjing-fujing-cues"),
        pytest.param("参保人李超于2024年1月办理退休手续。", ["李超"], id="rules-opener-after-a-role"),
        pytest.param("优抚对象石军享受定期抚恤补助。受让方来说", ["石军"], id="rules-youfu-duixiang-cue"),
        pytest.param("婚姻登记当事人：男方金健，女方应伟", ["金健", "应伟"], id="rules-nanfang-nyufang-cues"),
        pytest.param("一等功：刘静　二等功：平明", ["刘静", "平明"], id="rules-merit-labels-a-field"),
    ],
)
def test_after_cues(redactor, text, expected):
    assert family_names(AfterCues(), text) == expected
    assert person_names(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("胡红梅之子叶岩在外地务工。", ["叶岩"], id="rules-zhizi-cue"),
        pytest.param("刘敏与妻子王晨育有一子一女。", ["王晨"], id="rules-yuyou-follows-a-name"),
        pytest.param("甲方：牛柳　乙方：何婷婷。出租方杨磊与承租方罗阳签约。", ["牛柳", "何婷婷", "杨磊", "罗阳"], id="rules-contract-parties"),
    ],
)
def test_after_cues_in_the_rule_layer(text, expected):
    """Cases the model alone would add to or cut: the rule layer without it."""
    assert family_names(AfterCues(), text) == expected
    assert rule_layer_names(text) == expected
