"""Code tables shipped with eventkit: CAMEO, ACLED and PLOVER.

Each table is a `Codebook` loaded from package data on first use. Look codes up the way
pycountry does: ``get`` returns None for an unknown code, ``lookup`` raises
`~eventkit.UnknownCodeError` naming the close matches.

>>> from eventkit import codebooks
>>> codebooks.cameo_events.lookup("062").name
'Cooperate militarily'
>>> codebooks.cameo_events.get("999") is None
True

Provenance and licence of every table: ``data/*.SOURCE.md`` beside the files.
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

from ._table import Codebook, read_tsv

__all__ = [
    "AcledInterCode",
    "AcledInteraction",
    "AcledRegion",
    "AcledSubEventType",
    "CameoActorType",
    "CameoCode",
    "CameoCountry",
    "CameoEventCode",
    "Codebook",
    "PloverContext",
    "PloverEventType",
    "PloverMode",
    "acled_inter_codes",
    "acled_interactions",
    "acled_regions",
    "acled_sub_event_types",
    "cameo_actor_types",
    "cameo_countries",
    "cameo_ethnic_groups",
    "cameo_events",
    "cameo_known_groups",
    "cameo_religions",
    "extra_event_codes",
    "plover_contexts",
    "plover_event_types",
    "plover_modes",
    "read_tsv",
    "register_event_codes",
]


def _float(text: str) -> float | None:
    return float(text) if text.strip() else None


@frozen
class CameoEventCode:
    """One CAMEO event code with its Goldstein score, quad class and PLOVER type.

    ``goldstein`` is the GDELT/CAMEO value; codes without one (CAMEO 1.1b3 additions) take
    the Phoenix or ICEWS value, then their parent code's, as the Phoenix pipeline does.
    """

    code: str
    name: str
    goldstein: float
    quad_class: int
    quad_class_name: str
    root: str
    base: str
    level: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def root_name(self) -> str:
        return cameo_events.lookup(self.root).name


def _build_cameo_events() -> dict[str, CameoEventCode]:
    rows = read_tsv("cameo_event_codes.tsv")
    by_code = {row["code"]: row for row in rows}
    plover = {row["cameo_code"]: row for row in read_tsv("cameo_to_plover.tsv")}
    roots = {row["root_code"]: row for row in read_tsv("cameo_root_codes.tsv")}

    def goldstein(code: str) -> float:
        row = by_code[code]
        for column in ("goldstein", "goldstein_phoenix", "goldstein_icews"):
            value = _float(row[column])
            if value is not None:
                return value
        parent = row["base_code"] if row["base_code"] != code else row["root_code"]
        return goldstein(parent)

    def plover_of(code: str) -> tuple[str | None, str | None, str | None]:
        # Most specific mapping first: the code, its base code, then the root's category.
        row = by_code[code]
        for candidate in (code, row["base_code"], row["root_code"]):
            if candidate in plover:
                hit = plover[candidate]
                return (
                    hit["plover_event_type"],
                    hit["plover_mode"] or None,
                    hit["plover_context"] or None,
                )
        category = roots[row["root_code"]]["plover_category"]
        if category.startswith("CONCEDE"):  # root 08 splits at 084
            return (
                "CONCEDE" if code[:3] in {"08", "080", "081", "082", "083"} else "RETREAT",
                None,
                None,
            )
        if category.startswith("FIGHT"):  # the manual's note: root 20 is ASSAULT/unconventional
            return ("ASSAULT", "unconventional", None)
        if category == "dropped":
            return (None, None, None)
        return (category, None, None)

    records = {}
    for row in rows:
        code = row["code"]
        event_type, mode, context = plover_of(code)
        records[code] = CameoEventCode(
            code=code,
            name=row["name"],
            goldstein=goldstein(code),
            quad_class=int(row["quad_class"]),
            quad_class_name=row["quad_class_name"],
            root=row["root_code"],
            base=row["base_code"],
            level=int(row["level"]),
            plover=event_type,
            plover_mode=mode,
            plover_context=context,
        )
    return records


class _CameoEventBook(Codebook[CameoEventCode]):
    def _load(self) -> dict[str, CameoEventCode]:
        records = self._records
        if records is None:
            with self._lock:
                if self._records is None:
                    self._records = _build_cameo_events()
                records = self._records
        return records


def _unused_row_builder(row: dict[str, str]) -> CameoEventCode:
    raise AssertionError("CAMEO event codes are built from three tables at once")


cameo_events: Codebook[CameoEventCode] = _CameoEventBook(
    "CAMEO event codes", "cameo_event_codes.tsv", _unused_row_builder, lambda r: r.code
)


#: Event codes a loaded dictionary uses beyond CAMEO's 318 (the PETRARCH test sets use WEIS
#: and test codes such as "345" or "902"). `Event.cameo` accepts them; they have no root,
#: Goldstein score or quad class.
extra_event_codes: set[str] = set()


def register_event_codes(codes: Iterable[str]) -> None:
    """Accept ``codes`` as event codes of a loaded dictionary (see `extra_event_codes`)."""
    extra_event_codes.update(code for code in codes if code and code not in cameo_events)


@frozen
class CameoActorType:
    """A three-letter CAMEO actor role or organisation code (``GOV``, ``MIL``, ``UNO``...)."""

    code: str
    name: str
    cameo_class: str
    description: str


cameo_actor_types = Codebook(
    "CAMEO actor type codes",
    "cameo_actor_types.tsv",
    lambda row: CameoActorType(row["code"], row["name"], row["cameo_class"], row["description"]),
    lambda record: record.code,
    normalize=lambda code: code.strip().upper(),
)


@frozen
class CameoCountry:
    """A CAMEO country or region code (usually ISO 3166-1 alpha-3)."""

    code: str
    name: str
    kind: str
    iso_numeric: str


cameo_countries = Codebook(
    "CAMEO country codes",
    "cameo_country_codes.tsv",
    lambda row: CameoCountry(row["code"], row["name"], row["kind"], row["iso_numeric"]),
    lambda record: record.code,
    normalize=lambda code: code.strip().upper(),
)


@frozen
class CameoCode:
    """A code with a name: CAMEO religion, ethnic and known-group codes."""

    code: str
    name: str


def _code_name(row: dict[str, str]) -> CameoCode:
    return CameoCode(row["code"], row["name"])


cameo_religions = Codebook(
    "CAMEO religion codes",
    "cameo_religion_codes.tsv",
    _code_name,
    lambda r: r.code,
    normalize=lambda code: code.strip().upper(),
)
cameo_ethnic_groups = Codebook(
    "CAMEO ethnic codes",
    "cameo_ethnic_codes.tsv",
    _code_name,
    lambda r: r.code,
    normalize=lambda code: code.strip().lower(),
)
cameo_known_groups = Codebook(
    "CAMEO known-group codes",
    "cameo_knowngroup_codes.tsv",
    _code_name,
    lambda r: r.code,
    normalize=lambda code: code.strip().upper(),
)


@frozen
class AcledSubEventType:
    """An ACLED sub-event type with its event type and disorder type."""

    sub_event_type: str
    event_type: str
    disorder_type: str
    definition: str
    rank: int


acled_sub_event_types = Codebook(
    "ACLED sub-event types",
    "acled_event_types.tsv",
    lambda row: AcledSubEventType(
        row["sub_event_type"],
        row["event_type"],
        row["disorder_type"],
        row["definition"],
        int(row["hierarchy_rank"]),
    ),
    lambda record: record.sub_event_type,
)


@frozen
class AcledInterCode:
    """An ACLED actor-type (inter) code: 1 state forces ... 8 external/other forces."""

    code: int
    label: str
    heading: str
    legacy_label: str
    definition: str


acled_inter_codes = Codebook(
    "ACLED inter codes",
    "acled_inter_codes.tsv",
    lambda row: AcledInterCode(
        int(row["inter_code"]),
        row["text_label_current"],
        row["codebook_heading"],
        row["acledR_interaction_codes_label"],
        row["definition"],
    ),
    lambda record: str(record.code),
)


@frozen
class AcledInteraction:
    """An ACLED interaction code: the pair of inter codes of an event's two actors."""

    code: int
    inter_a: int
    inter_b: int
    label: str


acled_interactions = Codebook(
    "ACLED interaction codes",
    "acled_interaction_codes.tsv",
    lambda row: AcledInteraction(
        int(row["interaction_code"]),
        int(row["inter_a"]),
        int(row["inter_b"]),
        row["text_label_current"],
    ),
    lambda record: str(record.code),
)


@frozen
class AcledRegion:
    """An ACLED region number and name."""

    code: int
    name: str


acled_regions = Codebook(
    "ACLED regions",
    "acled_regions.tsv",
    lambda row: AcledRegion(int(row["region"]), row["region_name"]),
    lambda record: str(record.code),
)


@frozen
class PloverEventType:
    """A PLOVER event type with its quad class, modes and the CAMEO roots it covers."""

    name: str
    quad_class: int
    modes: tuple[str, ...]
    requires_recipient: bool
    score: float
    definition: str


plover_event_types = Codebook(
    "PLOVER event types",
    "plover_event_types.tsv",
    lambda row: PloverEventType(
        row["event_type"],
        int(row["quad_class"]),
        tuple(mode for mode in row["modes"].split(",") if mode),
        row["requires_recipient"] == "Yes",
        float(row["plover_score"]),
        row["definition"],
    ),
    lambda record: record.name,
    normalize=lambda code: code.strip().upper(),
)


@frozen
class PloverMode:
    """A PLOVER mode of one event type (``ASSAULT/aerial``)."""

    event_type: str
    mode: str
    description: str


plover_modes = Codebook(
    "PLOVER modes",
    "plover_modes.tsv",
    lambda row: PloverMode(row["event_type"], row["mode"], row["description"]),
    lambda record: f"{record.event_type}/{record.mode}",
)


@frozen
class PloverContext:
    """A PLOVER context (``military``, ``diplomatic``...)."""

    context: str
    description: str


plover_contexts = Codebook(
    "PLOVER contexts",
    "plover_contexts.tsv",
    lambda row: PloverContext(row["context"], row["description"]),
    lambda record: record.context,
    normalize=lambda code: code.strip().lower(),
)
