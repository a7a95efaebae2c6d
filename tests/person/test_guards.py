"""What is no name, whichever rule family or the model looks at it: masked forms, words after
cues, places, departments, agendas, titles (the guards and the boundary reader's exclusions)."""

from __future__ import annotations

import pytest

from tests.conftest import person_names, rule_layer_names


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
    assert person_names(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("某公司原董事长涉嫌职务侵占", [], id="post-before-shexian"),
        pytest.param("银行信贷员涉嫌违法放贷", [], id="post-ending-in-yuan"),
        pytest.param("禁止疲劳驾驶、危险驾驶", [], id="rules-weixian-jiashi"),
        pytest.param("经董事会同意，", [], id="framed-board-is-no-name"),
        pytest.param("对伊朗作出回应", [], id="framed-country-is-no-name"),
        pytest.param("给予黄牌警告", [], id="framed-common-word-is-no-name"),
        pytest.param("对华政策作出调整", [], id="framed-surname-char-ends-a-word"),
        pytest.param("联系人：暂无，电话：略", [], id="field-value-zanwu"),
        pytest.param("春季 夏季 秋季 冬季", [], id="spaced-list-of-words"),
        pytest.param("东城区 西城区 朝阳区", [], id="spaced-list-of-districts"),
        pytest.param("申请人：单位，电话：略", [], id="field-value-danwei"),
        pytest.param("在长治路驾驶", [], id="place-before-follower-stays-a-place"),
        pytest.param("驾驶人应主动配合调查", [], id="rules-cue-then-modal-ying"),
        pytest.param("美国某公司于1998年成立", [], id="rules-company-before-date"),
        pytest.param("中标人：山西建工集团有限公司", [], id="rules-role-field-holding-a-company"),
        pytest.param("器官：心脏、肝脏", [], id="rules-guan-field-holding-words"),
        pytest.param("均系离异或丧偶导致的单亲家庭，", [], id="rules-kind-of-household-is-no-name"),
        pytest.param("主持人：谢谢于老师的分享。", [], id="rules-transcript-speaker-is-no-field"),
        pytest.param("据居民们反映，据林业部介绍，据公司介绍，", [], id="rules-framed-ju-plural-ministry-word"),
        pytest.param("该公司的行为构成非法经营罪。", [], id="rules-company-before-de-xingwei"),
        pytest.param("上述行为已构成违法。第一名的奖金为五千元。", [], id="rules-no-name-before-goucheng-or-rank"),
        pytest.param("审核：通过　复核：同意　资格审核：合格", [], id="rules-byline-role-holding-a-verdict"),
        pytest.param("萨达姆在巴格达主持召开会议，在党中央的领导下，在大家的帮助下，", [], id="rules-zai-frames-no-place-or-body"),
        pytest.param("兰州街与丁路交叉口驾驶与准驾车型不符的机动车。", [], id="rules-two-places-joined-by-yu"),
        pytest.param("图为非统秘书长萨利姆（左一），金牌（左）和银牌（右）", [], id="rules-photo-caption-inside-a-longer-name-or-a-thing"),
        pytest.param("高先生已于2020年离职。高速于2020年通车。", [], id="rules-opener-surname-and-form-of-address"),
        pytest.param("李可染、黄胄等近20位画家", [], id="rules-list-not-closed-by-a-number-of-wei"),
    ],
)
def test_rule_layer_finds_no_name(text, expected):
    assert rule_layer_names(text) == expected
