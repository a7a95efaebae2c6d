"""The followers family: a surname and one or two characters before what follows names.

Each case is read by this family alone (exactly these names), and by the whole layer."""

from __future__ import annotations

import pytest

from recognizers.person.followers import BeforeFollowers
from tests.conftest import family_names, person_names, rule_layer_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("刘洋同志、陈静女士", ["刘洋", "陈静"], id="honorific-followers"),
        pytest.param("由张建国驾驶", ["张建国"], id="verb-follower"),
        pytest.param("甄一鸣出生年月：1980年3月性别：男", ["甄一鸣"], id="form-label-follower"),
        pytest.param("经查，邵建林涉嫌醉酒驾驶", ["邵建林"], id="name-then-shexian"),
        pytest.param("请靳少华于2024年6月30日前到我局接受处理。", ["靳少华"], id="clause-opener-after-qing"),
        pytest.param("邵建林涉嫌醉酒驾驶", ["邵建林"], id="surname-name-before-shexian"),
        pytest.param("王强等三人被依法刑事拘留", ["王强"], id="follower-deng-san-ren"),
        pytest.param("该车登记在陶佳名下", ["陶佳"], id="follower-mingxia-after-zai"),
        pytest.param("（6）令狐道成驾驶的车辆闯红灯。", ["令狐道成"], id="rules-opener-linghu-is-a-surname"),
        pytest.param("栾板英家庭被认定为低保户。", ["栾板英"], id="rules-household-named-after-its-head"),
        pytest.param("请靳少华于2024年6月30日前到我局接受处理。", ["靳少华"], id="rules-opener-after-qing"),
        pytest.param("向博　男　汉族　1968.05", ["向博"], id="rules-sex-after-a-space"),
        pytest.param("关于金健等三人违法建设的处理决定", ["金健"], id="rules-guanyu-is-no-place-preposition"),
        pytest.param("姬阳户因病致贫。全市有1.8万农户被评为文明户。", ["姬阳"], id="rules-hu-after-the-head-of-a-household"),
        pytest.param("局党委书记朱长洪（左一）、志愿者赵晖（左）", ["朱长洪", "赵晖"], id="rules-photo-caption"),
        pytest.param("应伟，你户承包的土地已被依法征收。除了泡温泉，你还可以", ["应伟"], id="rules-name-then-ni-hu"),
        pytest.param("平明户房屋拆迁补偿款共计35.8万元。", ["平明"], id="rules-hu-fangwu"),
        pytest.param("龙阳：1968年生，高级工程师。", ["龙阳"], id="rules-name-colon-birth-year"),
    ],
)
def test_before_followers(redactor, text, expected):
    assert family_names(BeforeFollowers(), text) == expected
    assert person_names(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("杨先生于1990年参加工作。陈志华先生：1960年生。", ["陈志华"], id="rules-no-surname-with-a-form-of-address"),
    ],
)
def test_before_followers_in_the_rule_layer(text, expected):
    """Cases the model alone would add to or cut: the rule layer without it."""
    assert family_names(BeforeFollowers(), text) == expected
    assert rule_layer_names(text) == expected
