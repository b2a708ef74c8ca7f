"""Evaluate actor resolution and entity extraction.

    python benchmarks/eval_entities.py [--limit N] [--verbose]

(a) NGEC actor resolution (``ngec_actor_cases.jsonl``): cases with method agent_to_code,
    short_text_to_agent or search_nat; ``resolve_actor(text, date, context=...)``.
    Country: the expected ``country`` / ``return[0]``. '' means no country is expected (right when
    the actor is None or has no country); ``{'!=': X}`` means anything but X; non-ISO CAMEO codes
    (IGO, UNO, EUR, NGO, ...) are right when actor.cameo starts with the code or actor.kind is
    "igo" (see ``_eval_common.country_ok``). Unparseable dates ("today") are passed as None.
    Sector: where ``code_1`` is a role code: right when actor.cameo[3:6] == code_1 or the cameo
    ends with it; ``{'in': [...]}`` means any of them. ``code_1`` '' or '????' is not scored
    (no role / undecided in NGEC), nor is ``code_2``.
(b) re3d entities (``re3d_entities_relations.jsonl``), Person / Organisation / Location /
    Nationality. Gold: re3d's confidence is annotator agreement; most confidence-0 entities are
    shorter readings nested inside a confident entity ("Haider al-Abadi" inside "the Prime
    Minister-designate, Haider al-Abadi"). Required gold = confidence > 0, plus confidence-0
    entities not nested in a confident entity; optional gold = confidence-0 entities nested in a
    confident one: a prediction that matches only optional gold is neither a hit nor a false
    alarm. Predictions from ``extract(text)``: Person = mention spans of actors of kind person;
    Organisation = mention spans of actors of any other kind, states included (re3d annotates a
    country that acts, "The United States condemned...", as an Organisation), leaving out spans
    that are also Location mentions (a country or capital named as a place is a Location);
    Location = mention spans of Location objects; Nationality = the API exposes no demonym spans
    (actor mentions are not nationalities), so it is reported as n/a. Matching is one-to-one per
    type, lenient (any overlap, biggest first) and exact (same offsets). "Named gold" restricts
    gold to entities with a capitalised word other than a determiner or pronoun.
(c) Seed checklist: each actor, metonym, unit and location of the seed gold, found with its codes.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _eval_common import (
    DEV,
    SKIPPED_DEV,
    Report,
    api,
    clip,
    country_ok,
    dev_present,
    match_spans,
    overlap,
    parse_args,
    parse_date,
    read_jsonl,
    seed_extraction,
)

NGEC_METHODS = ("agent_to_code", "short_text_to_agent", "search_nat")
RE3D_TYPES = ("Person", "Organisation", "Location", "Nationality")
TARGETS = {"Person": 0.75, "Location": 0.75, "Organisation": 0.65}
_NOT_NAMES = {"the", "a", "an", "this", "these", "that", "those", "its", "their", "our", "we",
              "i", "he", "she", "it", "they", "his", "her", "my", "all", "some"}


# ---------------------------------------------------------------------------------------------
# (a) NGEC


def _ngec(report: Report, limit: int | None) -> list[str]:
    report.section("(a) NGEC actor resolution (ngec_actor_cases.jsonl)")
    _, resolve_actor = api()
    cases = [c for c in read_jsonl(DEV / "ngec_actor_cases.jsonl")
             if c["method"] in NGEC_METHODS]
    if limit is not None:
        cases = cases[:limit]
    country_n = country_d = sector_n = sector_d = 0
    marked_n = marked_d = 0
    for case in cases:
        inp, exp = case["input"], case["expect"]
        phrase = inp.get("actor_text", inp.get("text", ""))
        context = inp.get("context") or None
        date = parse_date(inp.get("query_date"))
        actor = resolve_actor(phrase, date, context=context)
        got = _describe(actor)
        where = f"{phrase!r}" + (f" [context {context!r}]" if context else "")
        expected_country = exp.get("country", exp.get("return[0]"))
        if expected_country is not None:
            ok = _country_expectation(expected_country, actor)
            country_d += 1
            country_n += ok
            if case.get("pytest_marks"):
                marked_d += 1
                marked_n += ok
            if not ok:
                report.fail(_country_pattern(expected_country, actor),
                            f"{where}: expected {expected_country!r}, got {got}")
        code = exp.get("code_1")
        if code not in (None, "", "????"):
            wanted = code["in"] if isinstance(code, dict) else [code]
            ok = actor is not None and any(_role_ok(actor.cameo, w) for w in wanted)
            sector_d += 1
            sector_n += ok
            if not ok:
                pattern = ("sector: no actor" if actor is None else
                           "sector: no role code" if len(actor.cameo or "") <= 3 else
                           f"sector: {'/'.join(wanted)} expected, other role")
                report.fail(pattern, f"{where}: expected role {'/'.join(wanted)}, got {got}")
    country = report.ratio("country accuracy", country_n, country_d, 0.90)
    sector = report.ratio("sector (role code_1) accuracy", sector_n, sector_d)
    report.ratio("  (of which NGEC's own xfail/skip cases)", marked_n, marked_d)
    report.line("cases scored", f"{len(cases)} (methods {', '.join(NGEC_METHODS)})")
    report.patterns()
    return [f"NGEC country {country}", f"sector {sector}"]


def _country_expectation(expected: Any, actor: Any) -> bool:
    if isinstance(expected, dict) and "!=" in expected:
        return actor is None or actor.country != expected["!="]
    return country_ok(str(expected), actor)


def _country_pattern(expected: Any, actor: Any) -> str:
    if isinstance(expected, dict) or expected == "":
        return "country: should have no country (generic agent)"
    if actor is None:
        return "country: nothing resolved"
    if actor.country is None:
        return "country: actor resolved without country"
    return "country: wrong country"


def _role_ok(cameo: str | None, role: str) -> bool:
    cameo = (cameo or "").upper()
    return cameo[3:6] == role or cameo.endswith(role)


def _describe(actor: Any) -> str:
    if actor is None:
        return "None"
    return f"{actor.name!r} kind={actor.kind} country={actor.country} cameo={actor.cameo}"


# ---------------------------------------------------------------------------------------------
# (b) re3d


def _named(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’.-]*", text)
    return any(w[0].isupper() and w.lower() not in _NOT_NAMES for w in words)


def _gold(record: dict[str, Any]) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
    entities = [e for e in record["entities"] if e.get("offset_ok", True)]
    confident = [e for e in entities if e["confidence"] > 0]
    required: dict[str, list[Any]] = {t: [] for t in RE3D_TYPES}
    optional: dict[str, list[Any]] = {t: [] for t in RE3D_TYPES}
    for e in entities:
        if e["type"] not in RE3D_TYPES:
            continue
        nested = e["confidence"] == 0 and any(
            c["begin"] <= e["begin"] and e["end"] <= c["end"] for c in confident)
        (optional if nested else required)[e["type"]].append(e)
    return required, optional


def _predictions(x: Any) -> dict[str, list[tuple[int, int]]]:
    locations = sorted({(m.start, m.end) for loc in x.locations for m in loc.mentions})
    location_set = set(locations)
    persons: set[tuple[int, int]] = set()
    organisations: set[tuple[int, int]] = set()
    for actor in x.actors:
        for m in actor.mentions:
            span = (m.start, m.end)
            if actor.kind == "person":
                persons.add(span)
            elif span not in location_set:  # a country acting is an organisation in re3d
                organisations.add(span)
    return {"Person": sorted(persons), "Organisation": sorted(organisations),
            "Location": locations, "Nationality": []}


def _re3d(report: Report, limit: int | None) -> list[str]:
    report.section("(b) re3d entities (re3d_entities_relations.jsonl)")
    extract, _ = api()
    records = read_jsonl(DEV / "re3d_entities_relations.jsonl", limit)
    counts = {t: {k: 0 for k in ("tp", "fp", "fn", "etp", "efp", "efn", "ntp", "nfn")}
              for t in RE3D_TYPES}
    for record in records:
        text = record["text"]
        x = extract(text)
        required, optional = _gold(record)
        preds = _predictions(x)
        all_gold = [(e["begin"], e["end"], t) for t in RE3D_TYPES for e in required[t]]
        for t in RE3D_TYPES:
            gold = [(e["begin"], e["end"]) for e in required[t]]
            opt = [(e["begin"], e["end"]) for e in optional[t]]
            pred = preds[t]
            c = counts[t]
            for exact, (tp, fp, fn) in ((False, ("tp", "fp", "fn")), (True, ("etp", "efp", "efn"))):
                pairs = match_spans(gold, pred, exact=exact)
                hit_pred = {j for _, j in pairs}
                hit_gold = {i for i, _ in pairs}
                rest = [p for j, p in enumerate(pred) if j not in hit_pred]
                neutral = {j for _, j in match_spans(opt, rest, exact=exact)}
                c[tp] += len(pairs)
                c[fp] += len(rest) - len(neutral)
                c[fn] += len(gold) - len(pairs)
                if not exact:
                    named = [i for i, e in enumerate(required[t]) if _named(e["text"])]
                    c["ntp"] += sum(1 for i in named if i in hit_gold)
                    c["nfn"] += sum(1 for i in named if i not in hit_gold)
                    if t != "Nationality":
                        _re3d_failures(report, t, text, required[t], hit_gold,
                                       [p for k, p in enumerate(rest) if k not in neutral],
                                       preds, all_gold)
    summary = []
    for t in RE3D_TYPES:
        c = counts[t]
        if t == "Nationality":
            report.line("Nationality", f"n/a (no demonym spans in the API; "
                        f"{c['fn']} required gold nationalities)")
            continue
        f1 = report.prf(f"{t} (lenient overlap)", c["tp"], c["fp"], c["fn"], TARGETS.get(t))
        report.prf(f"{t} (exact offsets)", c["etp"], c["efp"], c["efn"])
        named_d = c["ntp"] + c["nfn"]
        report.ratio(f"{t} recall of named gold (lenient)", c["ntp"], named_d)
        summary.append(f"{t[:3]} F1 {f1}")
    report.line("documents", len(records))
    report.patterns()
    return ["re3d " + ", ".join(summary)]


def _re3d_failures(report: Report, kind: str, text: str, gold: list[Any], hit: set[int],
                   false: list[tuple[int, int]], preds: dict[str, list[Any]],
                   all_gold: list[tuple[int, int, str]]) -> None:
    for i, e in enumerate(gold):
        if i in hit:
            continue
        span = (e["begin"], e["end"])
        other = [t for t, spans in preds.items() if t != kind
                 and any(overlap(span, p) for p in spans)]
        if other:
            pattern = f"missed {kind}: predicted as {other[0]}"
        elif not _named(e["text"]):
            pattern = f"missed {kind}: nominal/pronoun gold"
        else:
            pattern = f"missed {kind}: named, not found"
        report.fail(pattern, f"{e['text']!r}")
    for p in false:
        other = [t for s, e, t in all_gold if t != kind and overlap(p, (s, e))]
        pattern = (f"false {kind}: gold says {other[0]}" if other
                   else f"false {kind}: not annotated")
        report.fail(pattern, f"{text[p[0]:p[1]]!r} in {clip(text[max(0, p[0] - 30):p[1] + 30])!r}")


# ---------------------------------------------------------------------------------------------
# (c) seed checklist


def _seed(report: Report) -> list[str]:
    found = seed_extraction(report, "(c) seed checklist")
    if found is None:
        return []
    x, gold = found
    results: list[bool] = []

    def show(ok: bool, what: str, detail: str) -> None:
        results.append(ok)
        report.item(ok, f"{what:<48} {detail}")

    print("  actors")
    for g in gold.get("actors", []):
        spellings = [g["name"], *g.get("aliases", []), *g.get("mentions_as", [])]
        names = {n.casefold() for n in spellings}
        cands = [a for a in x.actors if a.name.casefold() in names
                 or any((m.text or "").casefold() in names for m in a.mentions)]
        ok = any(_actor_matches(a, g) for a in cands)
        show(ok, g["name"], f"want {_want(g, ('kind', 'country', 'cameo', 'title'))}; got "
             + ("; ".join(_describe(a) for a in cands) or "nothing"))
    print("  metonyms")
    for g in gold.get("metonyms", []):
        cands = [a for a in x.actors if any(m.text == g["text"] for m in a.mentions)]
        ok = any(a.country == g["actor_country"] and a.cameo == g["cameo"] for a in cands)
        show(ok, g["text"], f"want {g['cameo']}; got "
             + ("; ".join(_describe(a) for a in cands) or "nothing"))
    print("  units")
    for g in gold.get("units", []):
        cands = [u for u in x.units if u.name.casefold() == g["name"].casefold()]
        ok = any(_unit_matches(u, g) for u in cands)
        got = "; ".join(f"{u.name!r} number={u.number} echelon={u.echelon} country={u.country} "
                        f"parent={u.parent} kind={u.kind}" for u in cands) or "nothing"
        show(ok, g["name"], f"got {got}")
    print("  locations")
    for g in gold.get("locations", []):
        name = g["name"].casefold()
        cands = [loc for loc in x.locations if loc.name.casefold() == name
                 or any((m.text or "").casefold() == name for m in loc.mentions)]
        countries = g["country"] if isinstance(g["country"], list) else [g["country"]]
        ok = any(loc.country in countries for loc in cands)
        got = "; ".join(f"{loc.name!r} country={loc.country} kind={loc.kind} admin1={loc.admin1}"
                        for loc in cands) or "nothing"
        show(ok, g["name"], f"want {'/'.join(countries)}; got {got}")
    n = sum(results)
    report.ratio("seed checklist items found", n, len(results))
    return [f"seed checklist {n}/{len(results)}"]


def _want(g: dict[str, Any], keys: Sequence[str]) -> str:
    return " ".join(f"{k}={g[k]}" for k in keys if g.get(k) is not None)


def _actor_matches(a: Any, g: dict[str, Any]) -> bool:
    return (a.country == g.get("country") and a.cameo == g.get("cameo")
            and a.kind == g.get("kind", a.kind)
            and (g.get("title") is None or (a.title or "").casefold() == g["title"].casefold()))


def _unit_matches(u: Any, g: dict[str, Any]) -> bool:
    checks = [u.country == g.get("country")]
    for key in ("number", "echelon"):
        if key in g:
            checks.append(getattr(u, key) == g[key])
    if g.get("parent"):
        checks.append((u.parent or "").casefold() == g["parent"].casefold())
    return all(checks)


# ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv, __doc__.splitlines()[0])
    if not dev_present():
        print(SKIPPED_DEV)
        return 0
    report = Report("eventkit entity evaluation", verbose=args.verbose)
    report.summary += _ngec(report, args.limit)
    report.summary += _re3d(report, args.limit)
    report.summary += _seed(report)
    report.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
