"""The frames family: names both of whose ends the sentence marks.

Each case is read by this family alone (exactly these names), and by the whole layer."""

from __future__ import annotations

import pytest

from recognizers.person.frames import Frames
from tests.conftest import family_names, person_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("记者从王伟处了解到", ["王伟"], id="name-then-chu-at-someones"),
        pytest.param("经黄瑜介绍，双方达成协议", ["黄瑜"], id="preposition-before-a-name-is-no-name"),
        pytest.param("给予秦毅崇行政拘留五日的处罚", ["秦毅崇"], id="framed-geiyu-juliu"),
        pytest.param("经冼慈术介绍，双方达成协议", ["冼慈术"], id="framed-jing-jieshao"),
        pytest.param("经蒲晓东同意，双方签订了协议。", ["蒲晓东"], id="framed-jing-tongyi"),
        pytest.param("限储超在收到本通知之日起十五日内缴纳罚款。", ["储超"], id="framed-xian-zai-shoudao"),
        pytest.param("任命周晓云为市交通局局长", ["周晓云"], id="framed-renming-wei"),
        pytest.param("记者从费旭处了解到有关情况", ["费旭"], id="framed-cong-chu"),
        pytest.param("据兰荣交代，其于当晚饮酒后驾车。", ["兰荣"], id="rules-framed-ju-jiaodai"),
        pytest.param("据高建华回忆，据王芳透露，据有关人士透露，", ["高建华", "王芳"], id="rules-framed-ju-huiyi-toulu"),
        pytest.param("在刘秀清的带领下，合作社年收入超过百万元。", ["刘秀清"], id="rules-framed-zai-de-dailing-xia"),
        pytest.param("获奖学生代表龙阳发言。", ["龙阳"], id="rules-framed-daibiao-fayan"),
        pytest.param("免去平明的县财政局局长职务。", ["平明"], id="rules-framed-mianqu-de-zhiwu"),
        pytest.param("兹证明车楠系我村村民。", ["车楠"], id="rules-framed-zizhengming-xi"),
        pytest.param("回复苏莉：您反映的问题已收悉。", ["苏莉"], id="rules-framed-huifu-colon-across-fusu"),
        pytest.param("如莫娜不服本决定，可申请行政复议。", ["莫娜"], id="rules-framed-ru-bufu"),
        pytest.param("“我们一定要把路修好。”时东说。“什么时候能兑奖？”于海问。“幸福在哪里？”母狮子说。", ["时东", "于海"], id="rules-framed-after-a-quote"),
        pytest.param("在潘建国家，在孙子家，在欧盟国家中", ["潘建国"], id="rules-framed-zai-jia-a-home"),
        pytest.param("如林建军不服本决定", ["林建军"], id="rules-framed-ru-across-rulin"),
        pytest.param("图为何建在田间查看小麦长势。由钱想递补。", ["何建", "钱想"], id="rules-framed-tuwei-and-dibu"),
        pytest.param("特聘陈华为我校客座教授。", ["陈华"], id="rules-framed-tepin-wei"),
        pytest.param("兹证明杨磊与罗阳系夫妻关系。", ["杨磊", "罗阳"], id="rules-framed-yu-xi-fuqi"),
        pytest.param("本院受理杨莉诉马杰合同纠纷一案。本院受理马杰诉王丹民间借贷纠纷一案。", ["杨莉", "马杰", "马杰", "王丹"], id="rules-framed-x-su-y-case"),
        pytest.param("给予鞠杨党内严重警告处分。", ["鞠杨"], id="rules-framed-geiyu-dangnei"),
        pytest.param("经许英申请，本机关决定延期缴纳罚款。如对黄红有异议，请反映。", ["许英", "黄红"], id="rules-framed-jing-shenqing-dui-yiyi"),
        pytest.param("“感谢党和政府！”高平激动地说。", ["高平"], id="rules-framed-quote-jidong-de-shuo"),
        pytest.param("请曲宁在收到本通知后及时联系我局。", ["曲宁"], id="rules-framed-qing-zai-shoudao"),
        pytest.param("请黄玉珍本人或其委托代理人到我局领取。", ["黄玉珍"], id="rules-framed-qing-benren"),
    ],
)
def test_frames(redactor, text, expected):
    assert family_names(Frames(), text) == expected
    assert person_names(redactor, text) == expected
