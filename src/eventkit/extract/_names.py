"""Transliteration-tolerant keys for the names of armed groups and parties.

Arabic, Persian and Somali names reach the press in many romanisations: "Ahlu Sunna
Waljama'a", "Ahlu Sunnah Wa-Jama"; "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat
al Islam wa al Muslimeen"; "Hizbullah", "Hezbollah". A dictionary cannot list every spelling,
so each name also gets a *skeleton key* that the spellings share: no apostrophes or hyphens,
no articles or "and" connectives (al-, ash-, wa, wal-), no final -h or -t of the feminine
ending, no doubled letters and no vowels after a word's first letter.

>>> name_key("Ahlu Sunna Waljama'a") == name_key("Ahlu Sunnah Wa-Jama")
True
>>> name_key("Hezbollah")  # one word: too short a key to trust
''
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["name_key"]

# Apostrophes and the Arabic ayn/hamza marks some romanisations write.
_MARKS = re.compile("['\u2018\u2019`\u02bf\u02be\u02bc]")
_SEPARATORS = re.compile(r"[^a-z]+")
_NO_VOWELS = str.maketrans("", "", "aeiouy")
# The article in its sun-letter forms, "and" with or without the article, "the".
_CONNECTIVES = frozenset(
    {"al", "el", "ul", "il", "as", "ash", "ad", "at", "az", "ar", "an", "wa", "wal", "w", "the"}
)
# A key must hold this many words and letters: shorter skeletons collide by chance.
_MIN_WORDS = 2
_MIN_LETTERS = 6


def _word(word: str) -> str:
    if len(word) > 5 and word.startswith("wal"):
        word = word[3:]  # "Waljama'a": the connective glued to the next word
    if len(word) > 3 and word.endswith(("ah", "eh")):
        word = word[:-1]  # "Sunnah" / "Sunna"
    elif len(word) > 4 and word.endswith("at"):
        word = word[:-1]  # the feminine ending: "Jama'at" / "Jama'a", "Nusrat" / "Nusra"
    word = word.replace("dj", "j").replace("ee", "i").replace("oo", "u")
    skeleton = word[0] + word[1:].translate(_NO_VOWELS)
    # Doubled letters written once ("Sunna" / "Suna"): keep a letter unlike the one before.
    return "".join(ch for index, ch in enumerate(skeleton) if not index or ch != skeleton[index - 1])


def name_key(name: str) -> str:
    """The skeleton key of a name ('' when the name is too short to key safely)."""
    if name.isascii():
        folded = name.lower()
    else:
        folded = unicodedata.normalize("NFKD", name)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    words = [
        w for w in _SEPARATORS.split(_MARKS.sub("", folded)) if w and w not in _CONNECTIVES
    ]
    if len(words) < _MIN_WORDS:
        return ""
    key = " ".join(_word(word) for word in words)
    return key if sum(ch != " " for ch in key) >= _MIN_LETTERS else ""
