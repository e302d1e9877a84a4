"""A plan text in traditional characters → simplified, so that draft reads 億, 萬, 力爭, 達到 as it
reads 亿, 万, 力争, 达到.

Mainland plans reach users in traditional characters when they are copied from a mirror site or
a news channel's BIG5 edition (four of the ten texts of the fourteenth held-out round). OpenCC,
the conversion library of the Chinese-language projects (Wikipedia's among them), does the
conversion with its phrase tables; it is imported only here, only by ``zhanxin draft``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import opencc

CHINESE_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
"""A Chinese character (the unified ideographs), shared by the draft's reading of scripts and encodings."""

SHARE = 0.02
"""The share of its characters (at least five) a text must have in traditional forms to be read
as traditional: a simplified text holds a few characters OpenCC would change alone (乾, 著, 於 in
names and old words), a traditional one a fifth or more."""


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    import opencc

    return opencc.OpenCC("t2s")


def traditional_characters(text: str) -> tuple[int, int]:
    """How many of the text's Chinese characters are written in a traditional form, of how many."""
    convert = _converter().convert
    counts = Counter(CHINESE_CHARACTER.findall(text))
    return sum(n for char, n in counts.items() if convert(char) != char), counts.total()


def simplified(text: str) -> tuple[str, int]:
    """The text in simplified characters and how many characters were traditional; the text as
    it is, and 0, when it is not written in traditional characters."""
    traditional, chinese = traditional_characters(text)
    if traditional < 5 or traditional < SHARE * chinese:
        return text, 0
    return _converter().convert(text), traditional
