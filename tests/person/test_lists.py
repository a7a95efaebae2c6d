"""The list families: names in lists closed by 等同志 / a count, numbered, or set apart by spaces.

Each case is read by this family alone (exactly these names), and by the whole layer."""

from __future__ import annotations

import pytest

from recognizers.person.lists import NameLists, NumberedLists, SpacedLists
from tests.conftest import family_names, person_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("公示名单：1.侯建中 2.史玉芳 3.武小兵", ["侯建中", "史玉芳", "武小兵"], id="numbered-list"),
    ],
)
def test_numbered_lists(redactor, text, expected):
    assert family_names(NumberedLists(), text) == expected
    assert person_names(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("现对扎西顿珠、格桑旺姆两人予以通报批评", ["扎西顿珠", "格桑旺姆"], id="list-closed-by-count"),
        pytest.param("贾宝平、林玉珍夫妇经营的商店", ["贾宝平", "林玉珍"], id="list-closed-by-fufu"),
        pytest.param("关继业、关继德、关继兴三兄弟合伙经营", ["关继业", "关继德", "关继兴"], id="list-closed-by-count-and-kin"),
        pytest.param("据了解，澳门人甘志成、甘志达兄弟", ["甘志成", "甘志达"], id="list-after-demonym"),
        pytest.param("表彰：张建国、李国庆等同志", ["张建国", "李国庆"], id="list-given-names-that-are-words"),
        pytest.param("在防汛工作中，格桑旺姆、其其格、冼过璜等同志表现突出", ["格桑旺姆", "其其格", "冼过璜"], id="list-before-deng-tongzhi"),
        pytest.param("工作中，司马军骏、斯日古楞等同志", ["司马军骏", "斯日古楞"], id="list-compound-surname-first"),
        pytest.param("工作中，于岳梅、靳秀阗等同志", ["于岳梅", "靳秀阗"], id="list-surname-yu-first"),
        pytest.param("张刚、林涛夫妻二人均为残疾人", ["张刚", "林涛"], id="list-closed-by-kin-and-count"),
        pytest.param("邱朝、帕尔哈提·吐尔洪夫妻二人均为残疾人", ["邱朝", "帕尔哈提·吐尔洪"], id="list-dotted-item-before-kin"),
        pytest.param("经黄婷、宋杨两位专家鉴定，该文物为明代。", ["黄婷", "宋杨"], id="rules-list-first-item-after-jing"),
        pytest.param("唐淑华、高洁两户被认定为防止返贫监测对象。", ["唐淑华", "高洁"], id="rules-list-closed-by-lianghu"),
        pytest.param("请黄琳、杨婷婷两位同志于本周五前报送材料。", ["黄琳", "杨婷婷"], id="rules-list-closed-by-liangwei"),
        pytest.param("现在，由曾月郁、周实两位作家执笔。", ["曾月郁", "周实"], id="rules-list-first-item-after-you"),
    ],
)
def test_name_lists(redactor, text, expected):
    assert family_names(NameLists(), text) == expected
    assert person_names(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("名单如下：\n王雪　杨桂珍　萧玉梅　丛帆\n", ["王雪", "杨桂珍", "萧玉梅", "丛帆"], id="spaced-list-line"),
        pytest.param("获奖人员：杜琴　管秀芳　吕方圆", ["杜琴", "管秀芳", "吕方圆"], id="spaced-list-after-label"),
    ],
)
def test_spaced_lists(redactor, text, expected):
    assert family_names(SpacedLists(), text) == expected
    assert person_names(redactor, text) == expected
