"""Rule family: transliterated names written with a dot (买买提·艾力, 米日古丽·阿西木).

The boundaries come from ``boundary.dotted_names`` (jieba's reading around the dots); a run
each of whose parts holds a common word is a title (城市周刊·民生服务版), not a name.
"""

from __future__ import annotations

from typing import Iterator

from recognizers.person import boundary, guards
from recognizers.person.family import Family
from recognizers.person.lexicon import WORDY_PART_FREQ, holds_common_word, jieba_words
from recognizers.person.patterns import DOT_SPLIT


class DottedNames(Family):
    rule = "person_dotted_name"
    score = 0.6

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        words = jieba_words()
        for start, end in boundary.dotted_names(text):
            parts = DOT_SPLIT.split(text[start:end])
            if guards.inside_title(text, start) or all(holds_common_word(p, words, WORDY_PART_FREQ) for p in parts):
                continue  # 城市周刊·民生服务版: a column title, every part of it common words
            yield start, end
