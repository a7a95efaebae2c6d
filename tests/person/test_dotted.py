"""The dotted family: transliterated names written with a dot.

Each case is read by this family alone (exactly these names), and by the whole layer."""

from __future__ import annotations

import pytest

from recognizers.person.dotted import DottedNames
from tests.conftest import family_names, person_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("与阿卜杜拉·买买提一起", ["阿卜杜拉·买买提"], id="dotted-in-prose"),
        pytest.param("米日古丽·阿西木同志在抗洪抢险中表现突出", ["米日古丽·阿西木"], id="dotted-model-pieces-joined"),
        pytest.param("感谢艾合买提·依明同志的辛勤付出", ["艾合买提·依明"], id="dotted-after-ganxie"),
        pytest.param("村委会主任米日古丽·阿西木介绍了情况", ["米日古丽·阿西木"], id="dotted-after-a-post"),
        pytest.param("决定对艾合买提·依明予以表彰", ["艾合买提·依明"], id="dotted-between-preposition-and-verb"),
        pytest.param("由阿卜杜拉·买买提和县长热依拉·阿不都共同主持", ["阿卜杜拉·买买提", "热依拉·阿不都"], id="two-dotted-in-one-run"),
    ],
)
def test_dotted_names(redactor, text, expected):
    assert family_names(DottedNames(), text) == expected
    assert person_names(redactor, text) == expected
