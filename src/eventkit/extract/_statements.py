"""Statements: direct quotes, partial quotes and reported speech, with their speakers.

The step reads one parsed document in three passes, each linear in the text length:

1. a scan of the quote characters finds quoted spans (curly, straight, single and guillemet
   quotes; a quote opening a paragraph without closing continues into the next paragraph's
   opening quote); unclosed or overlong quotes are dropped where they stop being plausible;
2. speech cues ("said", "warned", "accused", "according to") are looked up in a data table
   (``data/speech_cues.tsv``) that users can extend;
3. each quote is attached to a cue and a speaker ("…,” said X", "X said: “…”", "…, stressing
   that “…”"), partial quotes become reported statements, and the remaining cues with a
   subject become reported speech ("X accused Y of …").

Speakers are the entity step's actor mentions; pronouns ("he", "they") and title nouns ("the
general", "the ministry") resolve to the most recent compatible actor before them.
"""

from __future__ import annotations

import bisect
import importlib.resources
import re
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from attrs import frozen

from .._models import Actor, Article, FuzzyDate, Span, Statement, replaced
from ._entities import ActorMention, Entities
from ._text import Document, Sentence, Token

__all__ = ["CueRule", "StatementFinding", "find_statements", "speech_cues"]

MAX_QUOTE_CHARACTERS = 5_000
MAX_QUOTE_PARAGRAPHS = 5
_LOOKBACK_SENTENCES = 5


@frozen
class CueRule:
    """One row of the cue table: an inflected form of a speech verb and what it expresses."""

    lemma: str
    form: str
    cameo: str
    addressee: bool  # the cue's object is the one addressed ("urged X", "accused X of")
    note: str = ""


@frozen
class StatementFinding:
    """How a statement was found: registry keys, the cue, the sentence and its CAMEO code."""

    speaker_key: str | None
    addressee_key: str | None
    cue: str
    cue_start: int
    cue_end: int
    sentence: int
    cameo: str
    rule: str = ""


# -- the cue table ---------------------------------------------------------------------------
_CUES: dict[str, CueRule] | None = None
_CUES_LOCK = threading.Lock()


def parse_cue_table(text: str) -> dict[str, CueRule]:
    """Rows of a cue table (``lemma, forms, cameo, direction, note``) keyed by inflected form.

    >>> parse_cue_table("say\\tsaid|says\\t010\\t\\tmake statement")["said"].cameo
    '010'
    """
    table: dict[str, CueRule] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        cells = line.split("\t") + [""] * 5
        lemma, forms, cameo, direction, note = (cell.strip() for cell in cells[:5])
        if not lemma or not cameo:
            continue
        for form in forms.split("|") if forms else [lemma]:
            form = form.strip().lower()
            if form:
                table[form] = CueRule(lemma, form, cameo, direction == "addressee", note)
    return table


def speech_cues() -> Mapping[str, CueRule]:
    """The package's cue table (``eventkit.extract/data/speech_cues.tsv``), loaded once."""
    global _CUES
    if _CUES is None:
        with _CUES_LOCK:
            if _CUES is None:
                resource = importlib.resources.files("eventkit.extract").joinpath(
                    "data/speech_cues.tsv"
                )
                _CUES = parse_cue_table(resource.read_text(encoding="utf-8"))
    return _CUES


# -- word classes -----------------------------------------------------------------------------
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DETERMINERS = _words("a an the this that these those his her its their our my your")
_PASSIVE = _words("is are was were be been being get gets got")
_PREPOSITIONS = _words(
    """of in on at to from by for with without into onto over under after before during since
    against between among near about across toward towards through via within amid upon like
    than behind beyond"""
)
_SUBORDINATORS = _words(
    "as while though although when after before since because if unless once whereas"
)
_BEFORE_DATES = frozenset({"on", "late", "early", "earlier", "later", "in", "at"})
_AUXILIARIES = _words(
    """has have had also repeatedly again later further then reportedly publicly previously
    earlier already once would will could did does do not never often recently has've
    officially separately in turn"""
)
_PERSON_PRONOUNS = frozenset({"he", "she"})
_GROUP_PRONOUNS = frozenset({"they", "it"})
_PERSON_NOUNS = _words(
    """general minister president spokesman spokeswoman spokesperson official commander
    ambassador secretary envoy chief leader premier governor mayor colonel lieutenant captain
    major director officer diplomat senator prosecutor chancellor king prince emir"""
)
_GROUP_NOUNS = _words(
    """ministry government army military group agency organization organisation office embassy
    department council police militia movement party coalition alliance committee
    administration regime command militants rebels forces"""
)
_MILITARY_WORDS = _words(
    """military force forces attack attacks war wars strike strikes invade invasion
    confrontation retaliate retaliation retaliatory bomb bombs bombing missile missiles troops
    offensive shoot shell shelling armed annihilate destroy operation operations"""
)
_CONTENT_CODES = {
    "opposition": "120", "rejection": "120", "refusal": "120", "condemnation": "111",
    "criticism": "111", "support": "051", "praise": "051", "commitment": "030",
    "concern": "012", "concerns": "012", "fear": "012", "fears": "012", "alarm": "012",
    "optimism": "013", "confidence": "013", "hope": "013", "regret": "055",
    "condolences": "018", "sympathy": "018",
}
_OBLIGATION = frozenset({"must", "should", "ought"})
# What a group claims as its own act ("ISWAP claimed an IED attack on Nigerian troops")
_ATTACK_NOUNS = frozenset({"attack", "attacks", "bombing", "bombings", "ambush", "ambushes",
                           "assassination", "killing", "killings", "raid", "raids", "strike",
                           "strikes", "abduction", "kidnapping"})
# Participles that place a speaker ("troops based in Goma said") and the prepositions after them
_PLACED = frozenset({"based", "stationed", "deployed", "located", "headquartered"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "across", "outside"})
_OPEN_DOUBLE = frozenset("“„‟")
_QUOTE_CHARS = re.compile("[\"“”„‟«»‘’']")  # one character at a time: no backtracking
_PAREN_OPEN = frozenset("([{")
_STRIP = " \t\r\n,;:—–-\u200b\u200e\u200f\ufeff"
# cues whose object is usually a clause ("said the army had …", "told reporters that …")
_CLAUSE_CUES = _words(
    """say tell add note warn announce declare confirm insist explain claim argue allege admit
    acknowledge state report write remark comment"""
)
# cues whose object is usually a noun phrase ("reiterating Tehran's opposition to …")
_NOUN_CUES = _words(
    """reiterate highlight stress underscore emphasize condemn criticize denounce deplore decry
    reject deny welcome praise commend describe express oppose demand"""
)


# -- quotes -----------------------------------------------------------------------------------
@frozen
class Quote:
    """A quoted passage: the offsets of its opening and closing marks and of its text pieces
    (one per paragraph for a quote running over several paragraphs)."""

    open: int
    close: int  # one past the closing mark (or the end of the last piece when unclosed)
    pieces: tuple[tuple[int, int], ...]


def _kind(ch: str) -> str:
    if ch in "«»":
        return "guillemet"
    if ch in "‘’'":
        return "single"
    return "double"


def _prev_char(text: str, pos: int) -> str:
    return text[pos - 1] if pos > 0 else " "


def _next_char(text: str, pos: int) -> str:
    return text[pos + 1] if pos + 1 < len(text) else " "


def _can_open(text: str, pos: int, ch: str) -> bool:
    before, after = _prev_char(text, pos), _next_char(text, pos)
    if after.isspace():
        return False
    if ch in _OPEN_DOUBLE or ch == "«":
        return True
    if ch == '"':
        return not before.isalnum()
    if ch in "‘'":
        # an apostrophe sits inside a word ("don't") or after one ("soldiers' camp")
        return (before.isspace() or before in "([—–-\"“:") and after.isalpha()
    return False


def _can_close(text: str, pos: int, ch: str, kind: str) -> bool:
    if kind == "guillemet":
        return ch == "»"
    if kind == "single":
        if ch not in "’'":
            return False
        before, after = _prev_char(text, pos), _next_char(text, pos)
        if before in "sS" and after == " " and text[pos + 2:pos + 3].islower():
            return False  # a plural possessive: "soldiers’ families"
        return not before.isspace() and not after.isalnum()
    return ch in '”"'


def find_quotes(text: str, paragraph_starts: Sequence[int], paragraph_ends: Sequence[int]
                ) -> list[Quote]:
    """Quoted passages in text order; linear in the number of quote characters.

    ``paragraph_starts``/``paragraph_ends`` are the character bounds of each paragraph.
    """
    quotes: list[Quote] = []
    count = len(paragraph_starts)
    paragraph = 0
    # the open quote: opening mark, kind, paragraph, pieces so far, start of the current piece
    open_at = -1
    kind = ""
    open_paragraph = 0
    pieces: list[tuple[int, int]] = []
    piece_start = 0
    at_paragraph_start = False

    def starts_paragraph(pos: int, index: int) -> bool:
        # paragraphs start at their first token, so the mark opens it when it is that token
        return index < count and pos <= paragraph_starts[index]

    for match in _QUOTE_CHARS.finditer(text):
        pos = match.start()
        ch = match.group()
        while paragraph + 1 < count and paragraph_starts[paragraph + 1] <= pos:
            paragraph += 1
        if open_at >= 0 and paragraph != open_paragraph:
            end = paragraph_ends[open_paragraph]
            continues = (
                paragraph == open_paragraph + 1
                and ch in _OPEN_DOUBLE | {'"', "«", "‘"} and _kind(ch) == kind
                and starts_paragraph(pos, paragraph) and len(pieces) + 1 < MAX_QUOTE_PARAGRAPHS
                and pos - open_at <= MAX_QUOTE_CHARACTERS
            )
            if continues:
                pieces.append((piece_start, end))
                piece_start = pos + 1
                open_paragraph = paragraph
                continue
            if at_paragraph_start and end - open_at <= MAX_QUOTE_CHARACTERS:
                quotes.append(Quote(open_at, end, (*pieces, (piece_start, end))))
            open_at = -1
        if open_at >= 0 and pos - open_at > MAX_QUOTE_CHARACTERS:
            open_at = -1
        if open_at >= 0:
            if _can_close(text, pos, ch, kind):
                quotes.append(Quote(open_at, pos + 1, (*pieces, (piece_start, pos))))
                open_at = -1
                continue
            if not (_kind(ch) == kind and ch in _OPEN_DOUBLE | {"«", "‘"}
                    and _can_open(text, pos, ch)):
                continue  # a nested quote of another kind, or a stray mark
            open_at = -1  # the same kind opening again: the earlier quote was never closed
        if _can_open(text, pos, ch):
            open_at, kind, open_paragraph = pos, _kind(ch), paragraph
            pieces = []
            piece_start = pos + 1
            at_paragraph_start = starts_paragraph(pos, paragraph)
    if open_at >= 0 and at_paragraph_start:
        end = paragraph_ends[open_paragraph] if count else len(text)
        if end - open_at <= MAX_QUOTE_CHARACTERS:
            quotes.append(Quote(open_at, end, (*pieces, (piece_start, end))))
    return [quote for quote in quotes if any(text[a:b].strip() for a, b in quote.pieces)]


# -- the step ---------------------------------------------------------------------------------
@frozen
class _Cue:
    index: int  # token index
    rule: CueRule
    participial: bool


class _Reader:
    def __init__(self, doc: Document, entities: Entities, dates: Sequence[FuzzyDate]) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens: list[Token] = doc.tokens
        self.sentences: list[Sentence] = doc.sentences
        self.entities = entities
        self.dates = dates
        self.token_starts = [token.start for token in self.tokens]
        self.sentence_starts = [sentence.start for sentence in self.sentences]
        self.mentions = entities.actor_mentions
        self.mention_firsts = [mention.first for mention in self.mentions]
        self.mention_at: dict[int, ActorMention] = {}
        for mention in self.mentions:
            self.mention_at.setdefault(mention.first, mention)
        self.mention_ending: dict[int, ActorMention] = {m.last: m for m in self.mentions}
        self.quoted = [False] * len(self.tokens)
        self.cues: dict[int, _Cue] = {}
        self.used_cues: set[int] = set()
        self.date_tokens: set[int] = set()
        for date in dates:
            for where in date.mentions[:1]:
                first = self.token_after(where.start)
                while first < len(self.tokens) and self.tokens[first].start < where.end:
                    self.date_tokens.add(first)
                    first += 1
        self.dated: dict[str, tuple[int, FuzzyDate]] = {}
        self._actors: dict[str, Actor] = {}

    def _actor(self, key: str | None) -> Actor | None:
        """A speaker or addressee, once per actor and without its mentions (those live on
        `Extraction.actors`): a long text's hundred statements by one speaker would otherwise
        each carry all of its mentions."""
        if key is None:
            return None
        actor = self._actors.get(key)
        if actor is None:
            actor = self._actors[key] = replaced(self.entities.actor(key), mentions=())
        return actor

    # -- positions ------------------------------------------------------------------------
    def token_at(self, char: int) -> int:
        """The index of the token starting at or before ``char``."""
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)

    def token_after(self, char: int) -> int:
        """The index of the first token starting at or after ``char``."""
        return bisect.bisect_left(self.token_starts, char)

    def sentence_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, char) - 1)

    def span(self, first: int, last: int, label: str) -> Span:
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        return Span(start=start, end=end, label=label, text=self.text[start:end])

    def char_span(self, start: int, end: int, label: str) -> Span:
        return Span(start=start, end=end, label=label, text=self.text[start:end])

    # -- cues -----------------------------------------------------------------------------
    def find_cues(self) -> None:
        table = speech_cues()
        tokens = self.tokens
        for index in self.doc.positions(table):
            token, rule = tokens[index], table[tokens[index].norm]
            before = tokens[index - 1].norm if index else ""
            after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            after2 = tokens[index + 2].norm if index + 2 < len(tokens) else ""
            if before in _DETERMINERS or before == "-" or after == "-":
                continue  # a noun ("a warning", "our call") or a compound ("so-called")
            if before in _PASSIVE and token.norm != rule.lemma:
                continue  # passive: "were accused", "was denied"
            if after == "by" and token.norm.endswith("ed"):
                continue  # passive: "announced by Russia"
            if rule.lemma == "according" and after != "to":
                continue
            if rule.lemma == "decline" and not (after == "to" and after2 in ("comment", "say")):
                continue
            if rule.lemma == "thank" and after == "to":
                continue
            if not self.doc.all_caps and token.text[:1].isupper() and index and (
                self._title_case(self.doc.sentence_of(index))
            ):
                continue  # a headline: "Iran Underscores Strategic Ties …"
            participial = token.norm.endswith("ing") and before in (",", "—", "–", "-", "and")
            self.cues[index] = _Cue(index, rule, participial)

    def _title_case(self, sentence: int) -> bool:
        bounds = self.sentences[sentence]
        words = [t for t in self.tokens[bounds.first:bounds.last] if t.is_word and len(t.text) > 3]
        capitals = sum(1 for t in words if t.text[:1].isupper())
        return len(words) >= 2 and capitals >= 0.8 * len(words)

    # -- speakers -------------------------------------------------------------------------
    def eligible(self, mention: ActorMention) -> bool:
        """A mention that can be a subject: not a possessive, not after a preposition."""
        if mention.possessive:
            return False
        index = mention.first - 1
        while index >= 0 and self.tokens[index].norm in _DETERMINERS:
            index -= 1
        return index < 0 or (
            self.tokens[index].norm not in _PREPOSITIONS and self.tokens[index].text not in "(["
        )

    def resolve_back(self, position: int, want_person: bool | None, noun: str = "") -> str | None:
        """The most recent actor before token ``position`` that fits (pronouns, title nouns)."""
        sentence = self.doc.sentence_of(min(position, len(self.tokens) - 1))
        floor = self.sentences[max(0, sentence - _LOOKBACK_SENTENCES)].first
        index = bisect.bisect_left(self.mention_firsts, position) - 1
        fallback: str | None = None
        while index >= 0 and self.mentions[index].first >= floor:
            mention = self.mentions[index]
            index -= 1
            if self.quoted[mention.first]:
                continue
            actor = self.entities.actors[mention.key].actor
            is_person = actor.kind == "person"
            if want_person is not None and is_person != want_person:
                continue
            if noun and is_person and noun not in (actor.title or "").lower().split():
                fallback = fallback or mention.key
                continue
            if noun and not is_person and not self._group_fits(actor, noun):
                fallback = fallback or mention.key
                continue
            return mention.key
        return fallback

    @staticmethod
    def _group_fits(actor: Actor, noun: str) -> bool:
        kinds = {
            "ministry": ("government",), "government": ("government", "state"),
            "army": ("military",), "military": ("military",), "forces": ("military",),
            "police": ("police",), "militia": ("militia", "rebel"),
            "militants": ("militia", "rebel"), "rebels": ("rebel", "militia"),
            "group": ("rebel", "militia", "organization", "ngo"),
            "party": ("party",), "embassy": ("government",), "regime": ("government",),
            "administration": ("government",), "coalition": ("igo", "military"),
        }
        return actor.kind in kinds.get(noun, ()) or noun in actor.name.lower()

    def _referring(self, index: int) -> tuple[str | None, int, int] | None:
        """A pronoun or title noun ending at token ``index``: (key, first, last) or None."""
        token = self.tokens[index]
        if token.norm in _PERSON_PRONOUNS:
            return self.resolve_back(index, True), index, index + 1
        if token.norm in _GROUP_PRONOUNS:
            return self.resolve_back(index, False), index, index + 1
        if token.norm in _PERSON_NOUNS | _GROUP_NOUNS and index > 0 and (
            self.tokens[index - 1].norm in ("the", "a")
        ):
            person = token.norm in _PERSON_NOUNS
            noun = token.norm
            return self.resolve_back(index, person, noun), index - 1, index + 1
        return None

    def subject_before(self, cue: int, participial: bool) -> tuple[str | None, int, int] | None:
        """The speaker before a cue: (key, first token, last token) or None.

        A finite cue takes the subject right before it (after auxiliaries, adverbs and dates),
        across an appositive between commas or a relative "who"; a participial cue ("…,
        stressing") takes the subject of the clause it follows.
        """
        sentence = self.sentences[self.doc.sentence_of(cue)]
        start = sentence.first
        # a closing quote before the cue bounds the clause ("“…,” he said")
        for index in range(cue - 1, start - 1, -1):
            if self.quoted[index] or self.tokens[index].text in "\"“”«»":
                start = index + 1
                break
        if participial:
            return self._clause_subject(start, cue)
        index = cue - 1
        while index >= start and self._skippable(index):
            index -= 1
        if index < start:
            return None
        found = self._subject_ending(index, start)
        if found is not None:
            return found
        found = self._subject_before_modifier(index, start)
        if found is not None:
            return found
        token = self.tokens[index]
        if token.norm == "who":
            index -= 1
            if index >= start and self.tokens[index].norm == ",":
                index -= 1
            return self._subject_ending(index, start) if index >= start else None
        if token.norm in (",", ")"):
            # "Rupert Colville, told" / "Aliyev, backed by Ankara, has threatened"
            found = self._subject_ending(index - 1, start) if index > start else None
            if found is not None:
                return found
            opening = "(" if token.norm == ")" else ","
            for back in range(index - 1, max(start, index - 30) - 1, -1):
                if self.tokens[back].norm == opening:
                    return self._subject_ending(back - 1, start) if back > start else None
            return None
        return None

    def _subject_before_modifier(self, index: int, start: int) -> tuple[str | None, int, int] | None:
        """The subject before a participle phrase of place ending at ``index``: "The Red Cross
        operating in Iraq said", "UN troops based in Goma said"."""
        for participle in range(index - 1, max(start, index - 6), -1):
            token = self.tokens[participle]
            if (token.norm.endswith("ing") or token.norm in _PLACED) and token.text.islower() and (
                self.tokens[participle + 1].norm in _PLACE_PREPOSITIONS
            ):
                return self._subject_ending(participle - 1, start) if participle > start else None
        return None

    def _skippable(self, index: int) -> bool:
        token = self.tokens[index]
        return token.norm in _AUXILIARIES or (
            token.norm.endswith("ly") and token.is_word and token.text[:1].islower()
        ) or index in self.date_tokens or (
            # "The ministry on Monday urged", "Guterres late on Tuesday said"
            token.norm in _BEFORE_DATES and index + 1 < len(self.tokens) and (
                index + 1 in self.date_tokens or self.tokens[index + 1].norm in _BEFORE_DATES
            )
        )

    def _subject_ending(self, index: int, start: int) -> tuple[str | None, int, int] | None:
        mention = self.mention_ending.get(index + 1)
        if mention is not None and mention.first >= start and self.eligible(mention):
            return mention.key, mention.first, mention.last
        referring = self._referring(index)
        if referring is not None and referring[0] is not None and referring[1] >= start:
            return referring
        return None

    def _clause_subject(self, start: int, cue: int) -> tuple[str | None, int, int] | None:
        """The subject of the main clause before a participle: its first eligible actor,
        skipping a leading subordinate clause ("Though …, Madani confirmed …, calling …")."""
        skip_until = -1
        if self.tokens[start].norm in _SUBORDINATORS:
            for index in range(start, cue):
                if self.tokens[index].norm == ",":
                    skip_until = index
                    break
        index = skip_until + 1 if skip_until >= 0 else start
        while index < cue:
            mention = self.mention_at.get(index)
            if mention is not None and mention.last <= cue and self.eligible(mention):
                return mention.key, mention.first, mention.last
            if self.tokens[index].norm in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _PERSON_NOUNS:
                referring = self._referring(index)
                if referring is not None and referring[0] is not None:
                    return referring
            index = mention.last if mention is not None else index + 1
        return None

    def speaker_after(self, cue: int) -> tuple[str | None, int, int] | None:
        """An inverted speaker: "said Brigadier General …", "according to X"."""
        index = cue + 1
        if self.cues[cue].rule.lemma == "according":
            index += 1
        limit = min(len(self.tokens), index + 3)
        while index < limit:
            mention = self.mention_at.get(index)
            if mention is not None:
                return mention.key, mention.first, mention.last
            token = self.tokens[index]
            if token.norm in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
                return self._referring(index)
            if token.norm in _PERSON_NOUNS | _GROUP_NOUNS:
                return self._referring(index)
            if token.norm not in _DETERMINERS | {"mr", "mrs", "ms", "dr", "."}:
                break
            index += 1
        return None

    def addressee(self, cue: int) -> tuple[str, int, int] | None:
        rule = self.cues[cue].rule
        if not rule.addressee:
            return None
        index = cue + 1
        limit = min(len(self.tokens), index + 3)
        while index < limit:
            mention = self.mention_at.get(index)
            if mention is not None:
                return mention.key, mention.first, mention.last
            if self.tokens[index].norm not in _DETERMINERS | {"on", "upon", "to"}:
                break
            index += 1
        return None

    def speaker_of(self, cue: int) -> tuple[str | None, int, int] | None:
        entry = self.cues[cue]
        before = self.tokens[cue - 1] if cue else None
        clause_start = before is None or before.text in ",\"”’»:—–(" or self.quoted[cue - 1]
        if entry.rule.lemma == "according" or (clause_start and not entry.participial):
            found = self.speaker_after(cue)
            if found is not None and found[0] is not None:
                return found
        return self.subject_before(cue, entry.participial)

    # -- content --------------------------------------------------------------------------
    def clause_after(self, cue: int, stop: int) -> tuple[int, int] | None:
        """The reported clause after a cue, as token indexes ``[first, last)``."""
        rule = self.cues[cue].rule
        index = cue + 1
        if rule.lemma == "according":
            return None
        target = self.addressee(cue)
        if target is not None:
            index = target[2]
        if rule.lemma in _CLAUSE_CUES and index < stop and self.tokens[index].norm != "that" and (
            rule.lemma == "tell" or self.tokens[index].norm in _PREPOSITIONS
            or index in self.date_tokens
        ):
            # "told a news conference in Geneva on Tuesday that …", "warned on Saturday,
            # while visiting Scotland, that …" (an aside between commas, not another cue's)
            for ahead in range(index, min(stop, index + 12)):
                norm = self.tokens[ahead].norm
                if norm == "that":
                    index = ahead
                    break
                if norm in (";", ":") or self.quoted[ahead] or ahead in self.cues:
                    break
        clause = index < stop and self.tokens[index].norm == "that"
        while index < stop and self.tokens[index].norm in ("that", "of", "on", "upon", ":", ","):
            index += 1
        if rule.lemma in _NOUN_CUES and not clause and index < stop:
            owner = self.mention_at.get(index)
            if self.tokens[index].norm in _DETERMINERS - {"that", "this"}:
                index += 1  # "reiterating the position …"
            elif owner is not None and owner.last + 1 < stop and (
                self.tokens[owner.last].norm == "'s"
            ):
                index = owner.last + 1  # "reiterating Tehran's categorical opposition …"
        last = index
        while last < stop:
            token = self.tokens[last]
            if token.norm == "," and last + 1 < stop and (
                last + 1 in self.cues and self.cues[last + 1].participial
            ):
                break
            if token.text in ("—", "–", ";"):
                break  # an aside or a second clause
            last += 1
        while last > index and self.tokens[last - 1].text in ".,;:!?—–-":
            last -= 1
        return (index, last) if last > index else None

    def date_in(self, sentence: int, exclude: Sequence[tuple[int, int]]) -> FuzzyDate | None:
        bounds = self.sentences[sentence]
        for date in self.dates:
            if not date.mentions:
                continue
            span = date.mentions[0]
            if bounds.start <= span.start and span.end <= bounds.end and not any(
                a <= span.start < b for a, b in exclude
            ):
                return date
        return None

    # -- assembly -------------------------------------------------------------------------
    def cameo(self, rule: CueRule, content: str, cue: int) -> str:
        words = re.findall(r"[a-z]+", content.lower()[:2000])
        if rule.lemma in ("warn", "threaten") and _MILITARY_WORDS.intersection(words):
            return "138"
        if rule.lemma in ("refuse", "decline") and {"comment", "statement", "statements"} & set(
            words[:6]
        ):
            return "011"
        if rule.lemma == "claim" and ("responsibility" in words[:4] or _ATTACK_NOUNS.intersection(
            words[:4]
        )):
            return "015"  # "claimed responsibility for", "claimed an IED attack on"
        if rule.lemma == "call":
            following = self.tokens[cue + 1].norm if cue + 1 < len(self.tokens) else ""
            return "020" if following in ("on", "upon", "for") else "010"
        if rule.cameo == "010":
            for word in words[:4]:
                if word in _CONTENT_CODES:
                    return _CONTENT_CODES[word]
            # Reported obligation: "said Libya must hand over the suspects" is a demand.
            if _OBLIGATION.intersection(words[:12]) and not {"we", "i"}.intersection(words[:3]):
                return "100"
        return rule.cameo


def _quote_text(text: str, quote: Quote) -> str:
    parts = [text[a:b].strip() for a, b in quote.pieces]
    joined = " ".join(part for part in parts if part)
    return joined.strip(_STRIP)


def find_statements(
    doc: Document, entities: Entities, dates: Sequence[FuzzyDate], article: Article | Any
) -> list[tuple[Statement, StatementFinding]]:
    """Statements in text order: direct quotes, partial quotes and reported speech.

    Args:
        doc: the parsed article.
        entities: the entity step's findings (actor mentions are the speakers).
        dates: the article's dates, each with one mention span.
        article: the article (unused beyond its text; kept for the step's uniform signature).
    """
    return _Step(doc, entities, dates).run()


@frozen
class _Draft:
    cue: int | None
    speaker: tuple[str | None, int, int] | None
    quotes: tuple[Quote, ...]
    content: tuple[int, int] | None  # reported clause as char offsets (when no quote)
    direct: bool
    sentence: int
    rule: str


class _Step(_Reader):
    def run(self) -> list[tuple[Statement, StatementFinding]]:
        if not self.tokens or not self.sentences:
            return []
        starts, ends = self._paragraph_bounds()
        quotes = find_quotes(self.text, starts, ends)
        self.find_cues()
        full: list[Quote] = []
        fragments: list[Quote] = []
        for quote in quotes:
            first = self.token_after(quote.open + 1)
            last = self.token_at(max(quote.open, quote.close - 2)) + 1
            for index in range(first, min(last, len(self.tokens))):
                self.quoted[index] = True
            (full if self._is_full(quote) else fragments).append(quote)
        drafts = self._colon_paragraphs(starts, ends) + self._direct(full)
        drafts += self._partial(fragments) + self._reported()
        drafts.sort(key=lambda d: self._draft_start(d))
        return [self._build(draft) for draft in drafts]

    def _colon_paragraphs(self, starts: list[int], ends: list[int]) -> list[_Draft]:
        """ "Minister Ellwood said:" closing a paragraph, then the statement's paragraphs
        without quotation marks (press releases): a direct statement of those paragraphs."""
        drafts = []
        for cue in sorted(self.cues):
            colon = cue + 1
            if colon >= len(self.tokens) or self.tokens[colon].norm != ":":
                continue
            paragraph = self.sentences[self.doc.sentence_of(colon)].paragraph
            if paragraph + 1 >= len(starts) or self.tokens[colon].end > ends[paragraph] or (
                self.text[self.tokens[colon].end:ends[paragraph]].strip()
            ):
                continue
            pieces: list[tuple[int, int]] = []
            total = 0
            limit = min(len(starts), paragraph + 1 + MAX_QUOTE_PARAGRAPHS)
            for following in range(paragraph + 1, limit):
                body = self.text[starts[following]:ends[following]]
                if _QUOTE_CHARS.search(body.replace("’", "").replace("'", "")) or (
                    total + len(body) > MAX_QUOTE_CHARACTERS
                ):
                    break
                pieces.append((starts[following], ends[following]))
                total += len(body)
            if not pieces:
                continue
            speaker = self.speaker_of(cue)
            self.used_cues.add(cue)
            first = self.token_after(pieces[0][0])
            last = self.token_at(pieces[-1][1] - 1) + 1
            for index in range(first, min(last, len(self.tokens))):
                self.quoted[index] = True
            quote = Quote(pieces[0][0], pieces[-1][1], tuple(pieces))
            drafts.append(_Draft(
                cue, speaker, (quote,), None, True, self.doc.sentence_of(cue), "colon-paragraphs"
            ))
        return drafts

    def _paragraph_bounds(self) -> tuple[list[int], list[int]]:
        starts: list[int] = []
        ends: list[int] = []
        current = -1
        for sentence in self.sentences:
            if sentence.paragraph != current:
                current = sentence.paragraph
                starts.append(sentence.start)
                ends.append(sentence.end)
            else:
                ends[-1] = sentence.end
        return starts, ends

    def _draft_start(self, draft: _Draft) -> int:
        points = [quote.open for quote in draft.quotes]
        if draft.cue is not None:
            points.append(self.tokens[draft.cue].start)
        if draft.content is not None:
            points.append(draft.content[0])
        return min(points) if points else 0

    def _is_full(self, quote: Quote) -> bool:
        """A quote of its own (a statement), not a fragment inside a sentence."""
        opener = self.token_at(quote.open)
        if len(quote.pieces) > 1 or self.sentence_at(quote.open) != self.sentence_at(
            max(quote.open, quote.close - 2)
        ):
            return True
        sentence = self.sentences[self.doc.sentence_of(opener)]
        if opener <= sentence.first:
            return True
        before = self.tokens[opener - 1]
        return before.norm in (":", ",", "that", "-", ";", "(") or (
            opener - 1 in self.cues and not self.cues[opener - 1].participial
        )

    # direct quotes ---------------------------------------------------------------------
    def _cue_for_quote(self, quote: Quote) -> tuple[int | None, str]:
        if len(quote.pieces) > 1:
            before = self._cue_before(quote)
            if before[0] is not None:
                return before
        close_token = self.token_at(max(quote.open, quote.close - 1))
        sentence = self.doc.sentence_of(close_token)
        end = self.sentences[sentence].last
        # “…,” said X  /  “…,” X said  /  “…,” he noted
        for index in range(close_token + 1, min(end, close_token + 9)):
            if self.quoted[index] or self.tokens[index].text in "\"“«":
                break
            if index in self.cues and index not in self.used_cues:
                return index, "quote-then-cue"
        return self._cue_before(quote)

    def _cue_before(self, quote: Quote) -> tuple[int | None, str]:
        open_token = self.token_at(quote.open)
        open_sentence = self.doc.sentence_of(open_token)
        start = self.sentences[open_sentence].first
        # X said: “…”  /  …, stressing that “…”
        for index in range(open_token - 1, max(start, open_token - 14) - 1, -1):
            if self.quoted[index]:
                break
            if index in self.cues:  # maybe used by the first half of a split quote
                return index, "cue-then-quote"
        # X said:  (paragraph break)  “…”
        if open_sentence > 0 and open_token == start:
            previous = self.sentences[open_sentence - 1]
            if self.tokens[previous.last - 1].norm == ":":
                for index in range(previous.last - 1, previous.first - 1, -1):
                    if index in self.cues and index not in self.used_cues:
                        return index, "colon-then-quote"
                return previous.last - 1, "colon-then-quote"
        return None, ""

    def _direct(self, quotes: list[Quote]) -> list[_Draft]:
        drafts: list[_Draft] = []
        for quote in quotes:
            cue, how = self._cue_for_quote(quote)
            previous = drafts[-1] if drafts else None
            if cue is None and previous is not None and self._continues(previous, quote):
                drafts[-1] = _Draft(
                    previous.cue, previous.speaker, (*previous.quotes, quote), None, True,
                    previous.sentence, previous.rule + "+continued",
                )
                continue
            if cue is not None and how == "cue-then-quote" and previous is not None and (
                previous.cue == cue
            ):
                # split quote: “…,” he said, “…”
                drafts[-1] = _Draft(
                    previous.cue, previous.speaker, (*previous.quotes, quote), None, True,
                    previous.sentence, "split-quote",
                )
                continue
            if cue is not None and cue in self.used_cues:
                cue = None
                if previous is not None and self._continues(previous, quote):
                    drafts[-1] = _Draft(
                        previous.cue, previous.speaker, (*previous.quotes, quote), None, True,
                        previous.sentence, previous.rule + "+continued",
                    )
                    continue
            speaker: tuple[str | None, int, int] | None = None
            if cue is not None and cue in self.cues:
                self.used_cues.add(cue)
                speaker = self.speaker_of(cue)
            elif cue is not None:
                speaker = self._colon_speaker(cue)
                cue = None
            elif len(_quote_text(self.text, quote).split()) < 4 or not self._opens_sentence(quote):
                continue
            sentence = self.sentence_at(quote.open)
            if cue is not None:
                sentence = self.doc.sentence_of(cue)
            drafts.append(_Draft(cue, speaker, (quote,), None, True, sentence, how or "quote"))
        return drafts

    def _colon_speaker(self, colon: int) -> tuple[str | None, int, int] | None:
        """The speaker of "X, title, provided the following statement:" (no speech verb):
        the sentence's subject, or the person in an appositive right after it."""
        sentence = self.sentences[self.doc.sentence_of(colon)]
        subject = self._clause_subject(sentence.first, colon)
        if subject is None or subject[0] is None:
            return subject
        if self.entities.actors[subject[0]].actor.kind != "person":
            after = subject[2]
            if after < colon and self.tokens[after].norm == ",":
                mention = self.mention_at.get(after + 1)
                if mention is not None and self.entities.actors[mention.key].actor.kind == "person":
                    return mention.key, mention.first, mention.last
        return subject

    def _opens_sentence(self, quote: Quote) -> bool:
        opener = self.token_at(quote.open)
        return len(quote.pieces) > 1 or opener <= self.sentences[self.doc.sentence_of(opener)].first

    def _continues(self, previous: _Draft, quote: Quote) -> bool:
        """An unattributed quote right after a direct statement continues it."""
        if not previous.direct or not previous.quotes:
            return False
        last = previous.quotes[-1]
        between = self.text[last.close:quote.open]
        if len(between) > 300:
            return False
        first = self.token_after(last.close)
        stop = self.token_at(quote.open)
        own = previous.speaker[0] if previous.speaker else None
        others = []
        for mention in self.mentions[bisect.bisect_left(self.mention_firsts, first):]:
            if mention.first >= stop:
                break
            if mention.key != own:
                others.append(mention)
        return not others and between.count("\n\n") <= 1

    # partial quotes --------------------------------------------------------------------
    def _partial(self, fragments: list[Quote]) -> list[_Draft]:
        grouped: dict[int, list[Quote]] = {}
        for quote in fragments:
            opener = self.token_at(quote.open)
            sentence = self.sentences[self.doc.sentence_of(opener)]
            cue = None
            for index in range(opener - 1, sentence.first - 1, -1):
                if index in self.cues and index not in self.used_cues:
                    cue = index
                    break
            if cue is None:
                closer = self.token_at(max(quote.open, quote.close - 1))
                for index in range(closer + 1, sentence.last):
                    if index in self.cues and index not in self.used_cues:
                        cue = index
                        break
            if cue is not None:
                grouped.setdefault(cue, []).append(quote)
        drafts = []
        for cue, quotes in grouped.items():
            kept = tuple(quote for quote in quotes if not self._scare_quote(quote))
            if not kept:
                continue  # the cue is reported speech of its own (handled later)
            self.used_cues.add(cue)
            drafts.append(_Draft(
                cue, self.speaker_of(cue), kept, None, False, self.doc.sentence_of(cue),
                "partial-quote",
            ))
        return drafts

    def _scare_quote(self, quote: Quote) -> bool:
        """ "the so-called “Zangezur corridor”": a name in quotes, not the speaker's words."""
        opener = self.token_at(quote.open)
        if opener >= 1 and self.tokens[opener - 1].norm in ("called", "so-called", "dubbed"):
            return True
        words = [t for t in self.tokens[opener + 1:self.token_at(quote.close - 1)] if t.is_word]
        return bool(words) and not self.doc.all_caps and all(
            t.text[:1].isupper() for t in words
        ) and len(words) <= 4

    # reported speech -------------------------------------------------------------------
    def _reported(self) -> list[_Draft]:
        drafts = []
        for cue, entry in self.cues.items():
            if cue in self.used_cues or self.quoted[cue]:
                continue
            speaker = self.speaker_of(cue)
            if speaker is None or speaker[0] is None:
                continue
            sentence_index = self.doc.sentence_of(cue)
            sentence = self.sentences[sentence_index]
            content = self._reported_content(cue, speaker, sentence)
            if content is None:
                continue
            first, last = content
            if self.quoted[first] or self.tokens[first].text in "\"“«‘'":
                continue  # the cue of a quote attributed otherwise
            limit = self.tokens[first].start + MAX_QUOTE_CHARACTERS
            last = min(last, bisect.bisect_right(self.token_starts, limit) - 1)
            if last <= first:
                continue
            self.used_cues.add(cue)
            start, end = self.tokens[first].start, self.tokens[last - 1].end
            start = self._skip_leading_date(start, end)
            drafts.append(_Draft(
                cue, speaker, (), (start, end), False, sentence_index,
                "according-to" if entry.rule.lemma == "according" else "reported",
            ))
        return drafts

    def _reported_content(self, cue: int, speaker: tuple[str | None, int, int],
                          sentence: Sentence) -> tuple[int, int] | None:
        entry = self.cues[cue]
        after_speaker = speaker[1] > cue
        if entry.rule.lemma == "according" or after_speaker:
            # "According to X, …" / "…, according to X." / "…, X said." / "…, said X."
            head = min(cue, speaker[1])
            tail = max(speaker[2], cue + 1)
            if head > sentence.first and self.tokens[head - 1].norm == ",":
                first, last = sentence.first, head - 1
            elif tail < sentence.last and self.tokens[tail].norm == ",":
                first, last = tail + 1, sentence.last
            else:
                return None
            while last > first and self.tokens[last - 1].text in ".,;:!?":
                last -= 1
            return (first, last) if last > first else None
        if speaker[2] <= cue and self.tokens[cue - 1].norm == "," and cue + 1 < sentence.last and (
            self.tokens[cue + 1].text in ".!?"
        ) and not entry.participial:
            return None
        if cue > sentence.first and self.tokens[cue - 1].norm in ("he", "she", "they") and (
            cue - 1 > sentence.first and self.tokens[cue - 2].norm == ","
        ) and cue + 2 >= sentence.last:
            # "…, he said." : the sentence before is what was said
            last = cue - 2
            return (sentence.first, last) if last > sentence.first else None
        return self.clause_after(cue, sentence.last)

    def _skip_leading_date(self, start: int, end: int) -> int:
        for date in self.dates:
            if date.mentions and date.mentions[0].start == start and date.mentions[0].end < end:
                following = self.token_after(date.mentions[0].end)
                if following < len(self.tokens):
                    return self.tokens[following].start
        return start

    # building --------------------------------------------------------------------------
    def _build(self, draft: _Draft) -> tuple[Statement, StatementFinding]:
        evidence: list[Span] = []
        if draft.quotes:
            texts = []
            ranges = []
            for quote in draft.quotes:
                for a, b in quote.pieces:
                    piece = self.text[a:b]
                    left = len(piece) - len(piece.lstrip(_STRIP))
                    right = len(piece.rstrip(_STRIP + ("" if draft.direct else ".")))
                    if right > left:
                        evidence.append(self.char_span(a + left, a + right, "quote"))
                        texts.append(piece[left:right])
                        ranges.append((a, b))
            joined = " ".join(texts) if draft.direct else " … ".join(texts)
        elif draft.content is not None:
            a, b = draft.content
            evidence.append(self.char_span(a, b, "quote"))
            joined = self.text[a:b]
            ranges = [(a, b)]
        else:
            joined, ranges = "", []
        cue_text, cue_start, cue_end, cameo, addressee_key = "", -1, -1, "010", None
        if draft.cue is not None:
            token = self.tokens[draft.cue]
            entry = self.cues[draft.cue]
            cue_text, cue_start, cue_end = token.text.lower(), token.start, token.end
            evidence.append(self.char_span(token.start, token.end, "cue"))
            cameo = self.cameo(entry.rule, joined, draft.cue)
            target = self.addressee(draft.cue)
            if target is not None:
                addressee_key = target[0]
                evidence.append(self.span(target[1], target[2], "addressee"))
        if cue_start < 0 and draft.quotes:
            cue_start = cue_end = draft.quotes[0].open
        speaker_key = draft.speaker[0] if draft.speaker else None
        if draft.speaker and speaker_key is not None:
            evidence.append(self.span(draft.speaker[1], draft.speaker[2], "speaker"))
        if speaker_key is not None and speaker_key == addressee_key:
            addressee_key = None
        evidence.sort(key=lambda span: (span.start, span.end))
        date = self.date_in(draft.sentence, ranges)
        paragraph = self.sentences[draft.sentence].paragraph
        if speaker_key is not None:
            if date is None and speaker_key in self.dated:
                # the same speaker a paragraph or two earlier: the same occasion
                where, earlier = self.dated[speaker_key]
                date = earlier if paragraph - where <= 2 else None
            if date is not None:
                self.dated[speaker_key] = (paragraph, date)
        statement = Statement(
            quote=" ".join(joined.split()),
            speaker=self._actor(speaker_key),
            direct=draft.direct,
            cue=cue_text or None,
            date=date,
            addressee=self._actor(addressee_key),
            evidence=evidence,
        )
        finding = StatementFinding(
            speaker_key=speaker_key, addressee_key=addressee_key, cue=cue_text,
            cue_start=cue_start, cue_end=cue_end, sentence=draft.sentence, cameo=cameo,
            rule=draft.rule,
        )
        return statement, finding
