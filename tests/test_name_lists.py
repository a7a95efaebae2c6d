"""Completing lists of names (redact/name_lists.py): the pure function, then through the Redactor."""

from __future__ import annotations

import pytest

from redact.findings import Finding
from redact.name_lists import RECOGNIZER, complete

#: A few of jieba's dictionary entries and counts, enough for these texts.
WORDS = {"高中": 9000, "高中生": 800, "公安": 12000, "公安局": 5000, "雪梅": 60, "报道": 20000}


def found(text: str, *names: str, subtype: str = "person_model") -> list[Finding]:
    out = []
    for name in names:
        start = text.index(name)
        out.append(Finding("PERSON", start, start + len(name), 0.8, "model", subtype=subtype))
    return out


def completed(text: str, findings: list[Finding]) -> list[str]:
    return [text[f.start : f.end] for f in complete(text, findings, WORDS)]


@pytest.mark.parametrize(
    "text, names, expected",
    [
        pytest.param("入党积极分子：韦东、谢桂芝、马勇。", ["韦东", "谢桂芝"], ["马勇"], id="last-item"),
        pytest.param("出席：花雪梅、李秀珍、杨刚　列席：", ["雪梅", "李秀珍", "杨刚"], ["花雪梅"], id="part-found"),
        pytest.param("参会代表有杨俊、都桂芳、吴建军等。", ["杨俊", "吴建军"], ["都桂芳"], id="opening-item-and-deng"),
        pytest.param("缺席：漆亮（请假）、王晨、钱多多", ["王晨", "钱多多"], ["漆亮"], id="item-with-a-note"),
        pytest.param("参会代表有文波、韦超、许秀华等。", ["韦超", "许秀华"], ["文波"], id="unfound-name-after-you"),
        pytest.param("获奖者包括张建国、韦超、许秀华。", ["韦超", "许秀华"], ["张建国"], id="unfound-name-after-baokuo"),
        pytest.param("获奖：张伟、李娜、买买提·艾力", ["张伟", "李娜"], ["买买提·艾力"], id="dotted-item"),
    ],
)
def test_unfound_items_of_a_list_of_names_are_names(text, names, expected):
    assert completed(text, found(text, *names)) == expected


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("名单：张伟、李娜、高中生、公安局", ["张伟", "李娜"], id="words-that-start-with-a-surname"),
        pytest.param("名单：张伟、王某某、李某", ["张伟"], id="masked-and-too-few-found"),
        pytest.param("参加单位：张伟、北京、上海、广州、深圳", ["张伟"], id="one-name-among-places"),
        pytest.param("张伟、李娜、北京、上海、广州、深圳、天津", ["张伟", "李娜"], id="names-are-fewer-than-half"),
        pytest.param("张伟、李娜、小明", ["张伟", "李娜"], id="no-surname"),
        pytest.param("主要产品有苹果、张伟、李娜", ["张伟", "李娜"], id="word-after-you-is-no-name"),
        pytest.param("张伟、李娜、王", ["张伟", "李娜", "王"], id="surname-alone-is-not-completed"),
        pytest.param("本报讯记者赵相如、王锦鹄、洪岩报道：", ["赵相如", "王锦鹄", "洪岩"], id="found-name-opens-the-last-item"),
        pytest.param("本报讯记者赵相如、王锦鹄、洪岩报道：", ["赵相如", "王锦鹄"], id="last-item-ends-in-a-word"),
        pytest.param("艾合买提·依明、莫默、米日古丽·阿西木等同志表现突出", ["艾合买提·依明", "莫默", "米日古丽·阿西木"],
                     id="found-dotted-name-opens-the-last-item"),
    ],
)
def test_lists_that_are_not_of_names_stay_as_they_are(text, names):
    assert completed(text, found(text, *names)) == []


def test_a_surname_alone_does_not_count_as_a_found_name():
    text = "名单：张伟、王、李四"
    findings = found(text, "张伟") + found(text, "王", subtype="surname_only")
    assert completed(text, findings) == []


def test_the_redactor_completes_a_list_and_the_item_replaces_the_part_found():
    import redact

    text = "出席：花雪梅、李秀珍、杨刚　列席：黄娟、蔡博"
    people = [f for f in redact.Redactor().analyze(text) if f.entity_type == "PERSON"]
    assert [text[f.start : f.end] for f in people] == ["花雪梅", "李秀珍", "杨刚", "黄娟", "蔡博"]
    listed = [f for f in people if f.recognizer == RECOGNIZER]
    assert all(f.score > 0.8 for f in listed)


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("后双方被李某2、齐心劝开。", "齐心", id="a-rare-word-after-a-masked-name"),
    pytest.param("王某1、徐某、腾某2、任令吸食毒品。", "任令", id="after-three-masked-names"),
    pytest.param("与齐心、李某2一起前往", "齐心", id="before-a-masked-name"),
    pytest.param("被告人杨某甲、欧阳明辉共同实施", "欧阳明辉", id="compound-surname"),
])
def test_a_name_listed_with_masked_names_is_a_name(text, name):
    from recognizers.person import jieba_words
    from redact.name_lists import beside_masked

    assert [text[f.start : f.end] for f in beside_masked(text, [], jieba_words())] == [name]


@pytest.mark.parametrize("text", [
    pytest.param("张某、同伙等人逃离现场。", id="people-word"),
    pytest.param("张某、同事劝开。", id="colleague"),
    pytest.param("张某、刘某、向阳村村民围观。", id="a-village"),
    pytest.param("王某甲、李某乙、于是离开。", id="a-common-word"),
    pytest.param("张某、李某将被害人送医。", id="masked-only"),
])
def test_words_listed_with_masked_names_stay_words(text):
    from recognizers.person import jieba_words
    from redact.name_lists import beside_masked

    assert beside_masked(text, [], jieba_words()) == []
