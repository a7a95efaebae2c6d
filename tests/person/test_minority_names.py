"""Tibetan and Mongolian names: found whole from the lexicon of their parts, places left alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recognizers.person import minority_names
from tests.conftest import person_names as names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("经研究，决定授予白玛央金、索朗次仁“优秀村干部”称号。", ["白玛央金", "索朗次仁"], id="two-part-tibetan-in-list"),
        pytest.param("萨仁高娃的车辆已被依法扣押。", ["萨仁高娃"], id="two-part-mongolian-opening"),
        pytest.param("德吉卓玛同志在防汛工作中表现突出。", ["德吉卓玛"], id="follower-widened-to-run"),
        pytest.param("被告人阿木古楞犯盗窃罪", ["阿木古楞"], id="cue-widened-to-run"),
        pytest.param("获奖名单：其其格、朝格图", ["其其格", "朝格图"], id="one-long-mongolian-part"),
        pytest.param("车主洛桑丹增驾驶藏A·3K521超速", ["洛桑丹增"], id="after-cue-before-verb"),
    ],
)
def test_minority_names_found_whole(redactor, text, expected):
    assert names(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("尼玛县、阿古拉镇和乌兰浩特市的代表参加了会议。", id="place-names"),
        pytest.param("会议宣布和平措施的具体安排。", id="conjunction-he-before-a-part"),
    ],
)
def test_places_and_words_are_not_names(redactor, text):
    assert names(redactor, text) == []


def test_standalone_runs_need_two_parts_or_a_long_name():
    assert list(minority_names.standalone_runs("扎西说")) == []  # one short part: a word as often
    assert list(minority_names.standalone_runs("请扎西顿珠说")) == [(1, 5)]
    assert list(minority_names.standalone_runs("请其其格说")) == [(1, 4)]


def test_standalone_runs_skip_places_and_dotted_names():
    assert list(minority_names.standalone_runs("扎西顿珠县")) == []
    assert list(minority_names.standalone_runs("阿沛·阿旺晋美")) == []  # the dotted-name rule reads it whole


def test_snap_widens_to_the_run_and_keeps_han_names():
    text = "村民次仁卓玛反映，张才让他去"
    assert minority_names.snap([(4, 6)], text) == [(2, 6)]  # 卓玛 → 次仁卓玛
    assert minority_names.snap([(9, 11)], text) == [(9, 11)]  # 张才, not 张才让: 才让 alone widens nothing outside it


_PIECES = st.lists(st.sampled_from(["次仁", "卓玛", "其其格", "张", "伟", "和", "，", "县", "平措", "的"]), max_size=12)


@given(_PIECES, st.data())
def test_snap_never_shrinks_a_span(pieces, data):
    text = "".join(pieces)
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    (new_start, new_end), = minority_names.snap([(start, end)], text)
    assert new_start <= start and end <= new_end
    assert text[new_start:new_end] == text[new_start:start] + text[start:end] + text[end:new_end]
