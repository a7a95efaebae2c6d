"""The openers family: a name that opens a clause and goes on with what people do.

Each case is read by this family alone (exactly these names), and by the whole layer."""

from __future__ import annotations

import pytest

from recognizers.person.openers import ClauseOpeners
from tests.conftest import family_names, person_names, rule_layer_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("经查，达娃卓嘎涉嫌醉酒驾驶", ["达娃卓嘎"], id="clause-opener-before-shexian"),
        pytest.param("（7）达娃卓嘎驾驶的浙C6ABC1号车", ["达娃卓嘎"], id="clause-opener-before-verb"),
        pytest.param("经查，阿旺罗布于2024年5月醉酒驾驶", ["阿旺罗布"], id="clause-opener-before-date"),
        pytest.param("通知褚国栋于2024年5月10日到场。", ["褚国栋"], id="clause-opener-after-tongzhi"),
        pytest.param("（6）经查，夏温可于2022年5月酒后驾驶", ["夏温可"], id="clause-opener-beats-model-boundary"),
        pytest.param("经查，达娃卓嘎涉嫌醉酒驾驶", ["达娃卓嘎"], id="clause-opener-before-shexian"),
        pytest.param("马途祖因交通肇事罪被判处有期徒刑一年", ["马途祖"], id="opener-before-yin-zui"),
        pytest.param("郗宅太未经许可擅自经营", ["郗宅太"], id="opener-before-weijing-xuke"),
        pytest.param("李春梅已于2023年死亡", ["李春梅"], id="opener-adverb-before-date"),
        pytest.param("杨立先于2023年8月醉酒驾驶", ["杨立先"], id="opener-given-name-xian"),
        pytest.param("格桑旺姆向本院提出再审申请", ["格桑旺姆"], id="opener-before-xiang-benyuan"),
        pytest.param("楚莉现羁押于市看守所。", ["楚莉"], id="rules-opener-before-jiya"),
        pytest.param("海建的行为构成非法经营罪。", ["海建"], id="rules-opener-before-de-xingwei-goucheng"),
        pytest.param("成亮醉酒驾驶机动车一案，已移送起诉。", ["成亮"], id="rules-opener-before-zuijiu-jiashi"),
        pytest.param("2024年5月3日，王小明酒后驾驶小型轿车。", ["王小明"], id="rules-opener-before-jiuhou-jiashi"),
        pytest.param("经审理查明：王小明与张建国于2010年登记结婚。", ["王小明", "张建国"], id="rules-two-openers-joined-by-yu"),
        pytest.param("刘东的驾驶证已被注销。", ["刘东"], id="rules-opener-before-de-jiashizheng"),
        pytest.param("经调查，连英无证经营的事实清楚。经调查，该店无证经营。", ["连英"], id="rules-opener-before-wuzheng"),
        pytest.param("经鉴定，赖峰血液中乙醇含量为156mg/100ml。", ["赖峰"], id="rules-opener-before-xueye"),
        pytest.param("牛柳现年68岁，无儿无女。独子小军今年32岁。", ["牛柳"], id="rules-opener-before-age"),
        pytest.param("刁阳不慎遗失营业执照正本。金平持有的不动产权证书已作废。", ["刁阳", "金平"], id="rules-opener-before-yishi-chiyou"),
        pytest.param("请戴建华于接到本通知后三日内到我院领取判决书。", ["戴建华"], id="rules-opener-given-name-a-word"),
        pytest.param("项红负事故主要责任，傅强负次要责任。", ["项红", "傅强"], id="rules-opener-before-fu-zeren"),
        pytest.param("陈洁因涉嫌危险驾驶罪被刑事拘留。", ["陈洁"], id="rules-opener-the-shortest-run"),
        pytest.param("陈秀荣因涉嫌危险驾驶罪被刑事拘留。", ["陈秀荣"], id="rules-opener-the-shortest-run-of-three"),
        pytest.param("钟瑜所驾驶的车辆系套牌车辆。", ["钟瑜"], id="rules-opener-before-suo-jiashi"),
        pytest.param("成亮签收了行政处罚决定书。封洋对上述事实无异议。当事人对上述事实无异议。", ["成亮", "封洋"], id="rules-opener-before-qianshou-and-wuyiyi"),
    ],
)
def test_clause_openers(redactor, text, expected):
    assert family_names(ClauseOpeners(), text) == expected
    assert person_names(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("吴平任县委办公室主任。张作玺刚担任村支部书记。", ["吴平"], id="rules-opener-before-ren-a-post"),
    ],
)
def test_clause_openers_in_the_rule_layer(text, expected):
    """Cases the model alone would add to or cut: the rule layer without it."""
    assert family_names(ClauseOpeners(), text) == expected
    assert rule_layer_names(text) == expected
