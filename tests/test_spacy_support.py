"""The PERSON model's tokenizers and B/I/O decoding (recognizers/spacy_support.py)."""

from __future__ import annotations

import jieba
import numpy
import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.strings import get_string_id

from recognizers import spacy_support
from recognizers.spacy_support import BEGIN, INSIDE, OUTSIDE, decode, tags_to_spans


def blank(tokenizer: str):
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": tokenizer}}})


@pytest.fixture(scope="module")
def word_nlp():
    return blank(spacy_support.WORD_TOKENIZER_NAME)


@pytest.fixture(scope="module")
def char_nlp():
    return blank(spacy_support.TOKENIZER_NAME)


def test_ascii_runs_are_one_token_and_han_characters_one_each(char_nlp):
    doc = char_nlp("驾驶人张伟，身份证号110101199003077777，电话13812345678。")
    assert [t.text for t in doc][:5] == ["驾", "驶", "人", "张", "伟"]
    assert "110101199003077777" in [t.text for t in doc]
    assert "13812345678" in [t.text for t in doc]


def test_full_width_text_keeps_the_callers_offsets(char_nlp):
    text = "车主李娜，电话１３８１２３４５６７８"
    doc = char_nlp(text)
    phone = next(t for t in doc if t.text == "13812345678")
    assert text[phone.idx : phone.idx + len(phone)] == "１３８１２３４５６７８"


_TEXT = st.text(alphabet=st.sampled_from(list("张伟雷同驾驶人在路口电话某0123456789ABc ，。\n·《》")), max_size=60)


@given(_TEXT)
def test_word_tokenizer_splits_exactly_like_the_character_tokenizer(word_nlp, char_nlp, text):
    assert [(t.idx, len(t)) for t in word_nlp(text)] == [(t.idx, len(t)) for t in char_nlp(text)]


def test_word_tokenizer_keeps_no_number_in_the_vocabulary(word_nlp):
    doc = word_nlp("电话13812345678，身份证号11010119900307777X")
    assert [t.text for t in doc if t.text[0].isalnum() and t.text.isascii()] == ["00000000000", "00000000000000000X"]
    assert "13812345678" not in word_nlp.vocab.strings


def test_word_features_name_the_jieba_word_and_the_position_in_it(word_nlp):
    doc = word_nlp("他们的说法雷同，电话13812345678")
    by_text = {t.text: t for t in doc}
    assert by_text["雷"].lemma == get_string_id("雷同") == by_text["同"].lemma
    assert by_text["雷"].morph.get("Seg") == ["B"] and by_text["同"].morph.get("Seg") == ["E"]
    assert by_text["雷"].morph.get("Dict") == ["Yes"]
    assert by_text["00000000000"].lemma == get_string_id("") and by_text["00000000000"].morph.get("Seg") == ["S"]
    assert by_text[","].morph.get("Seg") == ["S"]


def test_a_word_jieba_only_found_with_its_hmm_is_marked_unknown(word_nlp):
    text = "廖京生和左翎主演"
    words = list(jieba.dt.cut(text, HMM=True))
    unknown = [w for w in words if len(w) > 1 and not jieba.dt.FREQ.get(w)]
    assert unknown, "the example needs a word outside jieba's dictionary"
    start = text.index(unknown[0])
    token = next(t for t in word_nlp(text) if t.idx == start)
    assert token.morph.get("Dict") == ["No"] and token.lemma == get_string_id(unknown[0])
    assert unknown[0] not in word_nlp.vocab.strings  # a name is never kept in the string store


@given(st.text(alphabet=st.sampled_from(list("张伟雷同驾驶人在路口电话号码违法行为当事人李娜")), min_size=1, max_size=40))
def test_han_text_gets_the_same_words_as_jieba_on_the_whole_text(word_nlp, text):
    doc = word_nlp(text)
    lemmas, morphs = [t.lemma for t in doc], [str(t.morph) for t in doc]
    expected, pos = [get_string_id("")] * len(text), 0
    for word in jieba.dt.cut(text, HMM=True):
        if len(word) > 1:
            expected[pos : pos + len(word)] = [get_string_id(word)] * len(word)
        pos += len(word)
    assert lemmas == expected
    assert all(m == "Seg=S" for m, lemma in zip(morphs, lemmas) if lemma == get_string_id(""))


def test_tags_to_spans_starts_a_span_on_a_stray_inside_tag():
    assert tags_to_spans([OUTSIDE, BEGIN, INSIDE, OUTSIDE, INSIDE, BEGIN]) == [(1, 3), (4, 5), (5, 6)]


def test_decode_uses_the_threshold_on_name_probability():
    labels = (BEGIN, INSIDE, OUTSIDE)
    probs = numpy.array([[0.0, 0.0, 1.0], [0.6, 0.1, 0.3], [0.1, 0.2, 0.7], [0.0, 0.05, 0.95]])
    assert [(s, e) for s, e, _ in decode(probs, labels, 0.25)] == [(1, 3)]
    assert [(s, e) for s, e, _ in decode(probs, labels, 0.5)] == [(1, 2)]
    assert [(s, e) for s, e, _ in decode(probs, labels, 0.04)] == [(1, 4)]
