"""The PERSON rule layer as a whole: its families together, and its anatomy."""

from __future__ import annotations

import pytest

from recognizers.person import FAMILIES, ChinesePersonRuleRecognizer
from tests.conftest import person_names, rule_layer_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("经查，李明华（男，1985年生）", ["李明华"], id="gender-follower"),
        pytest.param("抓获张伟、李强、王芳等3人", ["张伟", "李强", "王芳"], id="list-after-verb"),
        pytest.param("作品价格不一，与徐悲鸿、傅抱石等人相当", ["徐悲鸿", "傅抱石"], id="list-after-conjunction"),
        pytest.param("在李明处借款5万元", ["李明"], id="name-then-chu-borrow"),
    ],
)
def test_names_that_take_several_families(redactor, text, expected):
    """No one family reads all of these; together (and with the model) they do."""
    assert person_names(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("王淑珍于2023年向石军借款，德乔治向李主席介绍了情况。", ["王淑珍", "石军"], id="rules-framed-xiang-jiekuan-not-a-title"),
        pytest.param("（记者 常玉兰 通讯员 李淑珍）记者利用周末，记者：谢谢您。记者席上", ["常玉兰", "李淑珍"], id="rules-reporter-byline-only"),
        pytest.param("鲁阳，曾用名常宇，男，1979年生。", ["常宇", "鲁阳"], id="rules-former-name"),
        pytest.param("调解员黄莉主持调解。郭桂英名下无房。", ["黄莉", "郭桂英"], id="rules-common-word-at-the-third-character"),
    ],
)
def test_rule_layer_alone(text, expected):
    assert rule_layer_names(text) == expected


def test_every_family_is_named_scored_and_listed():
    rules = {family.rule for family in FAMILIES}
    assert set(ChinesePersonRuleRecognizer.SUBTYPES) == rules
    assert all(family.rule.startswith("person_") and 0 < family.score <= 1 for family in FAMILIES)
    assert len({type(family) for family in FAMILIES}) == len(FAMILIES)
