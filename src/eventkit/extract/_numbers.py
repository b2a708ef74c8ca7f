"""Numbers as news writes them: digits, words, and the vague amounts ACLED codes by rule."""

from __future__ import annotations

__all__ = ["number_value"]

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a": 1,
    "an": 1,
    "single": 1,
    "lone": 1,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000}
# ACLED's codebook: the most conservative reading of a vague amount ("several", "many" and
# a plural of unknown size are coded 10, "dozens" 12, "hundreds" 100).
VAGUE = {
    "several": 10,
    "multiple": 10,
    "many": 10,
    "numerous": 10,
    "few": 3,
    "some": 3,
    "dozen": 12,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "couple": 2,
    "handful": 3,
}
_WORD_LIMIT = 6


def number_value(words: list[str], start: int) -> tuple[int | None, int]:
    """The number written at ``words[start]`` and how many words it takes.

    >>> number_value(["twenty", "-", "five", "people"], 0)
    (25, 3)
    >>> number_value(["at", "least", "1,200"], 0)
    (1200, 3)
    """
    position = start
    if words[position : position + 2] in (["at", "least"], ["up", "to"]):
        position += 2
    elif (
        position < len(words)
        and words[position] in ("about", "around", "nearly", "almost", "some", "over", "more",
                                "all")  # "killed all 5 militants"
        and (position + 1 < len(words) and _is_number_word(words[position + 1]))
    ):
        position += 1
    if position >= len(words):
        return None, 0
    word = words[position]
    digits = word.replace(",", "")
    if digits.isdigit() and len(digits) <= 7:
        value = int(digits)
        following = words[position + 1] if position + 1 < len(words) else ""
        if following in SCALES:
            return value * SCALES[following], position + 2 - start
        return value, position + 1 - start
    if (
        word in ("a", "an")
        and position + 1 < len(words)
        and words[position + 1] in ("dozen", "hundred", "thousand", "handful", "couple", "few")
    ):
        nxt = words[position + 1]
        amount = {
            "dozen": 12,
            "hundred": 100,
            "thousand": 1000,
            "handful": 3,
            "couple": 2,
            "few": 3,
        }[nxt]
        return amount, position + 2 - start
    if word in VAGUE:
        return VAGUE[word], position + 1 - start
    total, current, used = 0, 0, 0
    index = position
    while index < len(words) and used < _WORD_LIMIT:
        token = words[index]
        if token in UNITS and token not in ("a", "an", "single", "lone"):
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token in SCALES and (current or total):
            current = max(current, 1) * SCALES[token]
            total += current
            current = 0
        elif used and (token == "-" or (token == "and" and words[index - 1] in SCALES)):
            pass  # "twenty-five", "a hundred and five" (not "five and six": two numbers)
        else:
            break
        index += 1
        used += 1
    while index > position and words[index - 1] in ("-", "and"):
        index -= 1
    if index == position:
        return None, 0
    return total + current, index - start


def _is_number_word(word: str) -> bool:
    return word.replace(",", "").isdigit() or word in UNITS or word in TENS or word in VAGUE
