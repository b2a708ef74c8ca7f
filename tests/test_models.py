from __future__ import annotations

import datetime as dt

import attrs
import pytest

import eventkit as ek


def test_event_derives_root_quad_class_and_goldstein_from_its_cameo_code() -> None:
    event = ek.Event(cameo="190")
    assert (event.root, event.quad_class, event.goldstein) == ("19", 4, -10.0)


def test_unknown_cameo_code_fails_naming_field_rule_and_value() -> None:
    with pytest.raises(
        ek.InvalidValueError, match=r"'cameo' must be in CAMEO event codes \(got '999'\)"
    ):
        ek.Event(cameo="999")


def test_negative_fatalities_fail() -> None:
    with pytest.raises(ValueError, match=r"'fatalities' must be >= 0 \(got -3\)"):
        ek.Event(fatalities=-3)


def test_fatalities_must_be_an_integer() -> None:
    with pytest.raises(ek.InvalidValueError, match="fatalities"):
        ek.Event(fatalities="3")  # type: ignore[arg-type]


def test_sub_event_type_fills_its_event_type() -> None:
    assert ek.Event(acled_sub_event_type="Air/drone strike").acled_event_type == (
        "Explosions/Remote violence"
    )


def test_sub_event_type_inconsistent_with_event_type_fails() -> None:
    with pytest.raises(ek.InvalidValueError, match="acled_event_type"):
        ek.Event(acled_event_type="Riots", acled_sub_event_type="Armed clash")


def test_unknown_plover_type_fails() -> None:
    with pytest.raises(ek.InvalidValueError, match="plover"):
        ek.Event(plover="SHOUT")


def test_unknown_modality_fails() -> None:
    with pytest.raises(ek.InvalidValueError, match="modality"):
        ek.Event(modality="rumoured")  # type: ignore[arg-type]


def test_unknown_country_fails() -> None:
    with pytest.raises(ek.InvalidValueError, match=r"'country' must be an ISO 3166-1 alpha-3"):
        ek.Actor(name="Atlantis", country="ATL")


def test_country_codes_are_normalised_to_upper_case() -> None:
    assert ek.Actor(name="Iran", country=" irn ").country == "IRN"


def test_unknown_actor_kind_fails() -> None:
    with pytest.raises(ek.InvalidValueError, match="kind"):
        ek.Actor(name="x", kind="wizard")  # type: ignore[arg-type]


def test_empty_actor_name_fails() -> None:
    with pytest.raises(ek.InvalidValueError, match="'name' must not be empty"):
        ek.Actor(name="  ")


def test_latitude_out_of_range_fails() -> None:
    with pytest.raises(ek.InvalidValueError, match=r"'latitude' must be between -90 and 90"):
        ek.Location(name="x", latitude=91.0, longitude=0.0)


def test_latitude_without_longitude_fails() -> None:
    with pytest.raises(ek.InvalidValueError, match="together"):
        ek.Location(name="x", latitude=10.0)


def test_malformed_iso_3166_2_code_fails() -> None:
    with pytest.raises(ek.InvalidValueError, match="iso3166_2"):
        ek.Location(name="Syunik", iso3166_2="Syunik")


def test_date_end_before_start_fails() -> None:
    with pytest.raises(ek.InvalidValueError, match="'end' must not be before start"):
        ek.FuzzyDate(start=dt.date(2025, 4, 10), end=dt.date(2025, 4, 9))


def test_dated_precision_needs_a_start() -> None:
    with pytest.raises(ek.InvalidValueError, match="'start' is required"):
        ek.FuzzyDate(precision="month")


def test_month_covers_the_whole_month() -> None:
    date = ek.FuzzyDate.month(2024, 2)
    assert (date.start, date.end, date.precision) == (
        dt.date(2024, 2, 1),
        dt.date(2024, 2, 29),
        "month",
    )


def test_week_runs_monday_to_sunday() -> None:
    date = ek.FuzzyDate.week(dt.date(2025, 4, 10))
    assert (date.start, date.end) == (dt.date(2025, 4, 7), dt.date(2025, 4, 13))


def test_date_mentions_do_not_change_equality() -> None:
    plain = ek.FuzzyDate.day(dt.date(2025, 4, 9))
    mentioned = attrs.evolve(plain, mentions=[ek.Span(start=1, end=5)])
    assert plain == mentioned


def test_span_end_before_start_fails() -> None:
    with pytest.raises(ek.InvalidValueError, match="'end' must be >= start"):
        ek.Span(start=5, end=2)


def test_extraction_rejects_a_span_outside_the_text() -> None:
    actor = ek.Actor(name="Iran", mentions=[ek.Span(start=0, end=50)])
    with pytest.raises(ek.InvalidValueError, match="inside the article text"):
        ek.Extraction(article=ek.Article(text="Iran"), actors=[actor])


def test_event_id_is_stable_for_the_same_content() -> None:
    assert ek.Event(cameo="042").id == ek.Event(cameo="042").id != ek.Event(cameo="043").id


def test_given_event_id_is_kept() -> None:
    assert ek.Event(id="ARM123").id == "ARM123"


def test_models_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ek.Event().fatalities = 3  # type: ignore[misc]


def test_containers_become_tuples() -> None:
    assert ek.Event(tags=["a", "b"]).tags == ("a", "b")


def test_extras_are_kept_in_order_and_looked_up_by_key() -> None:
    event = ek.Event(extras={"timestamp": "1700000000", "source_scale": "National"})
    assert event.extra("source_scale") == "National"
    assert event.extra("missing") is None


def test_article_accepts_an_iso_date_string() -> None:
    assert ek.Article(text="", published="2025-04-10").published == dt.date(2025, 4, 10)


def test_article_rejects_a_malformed_date() -> None:
    with pytest.raises(ek.InvalidValueError, match="ISO date"):
        ek.Article(text="", published="10/04/2025")


def test_fatalities_must_not_be_a_bool() -> None:
    with pytest.raises(ek.InvalidValueError, match=r"'fatalities' must be an integer or None"):
        ek.Event(fatalities=True)


def test_extras_accept_pairs_from_a_list_a_tuple_a_mapping_or_an_iterator() -> None:
    pairs = (("a", "1"), ("b", "2"))
    for given in (list(pairs), pairs, dict(pairs), iter(pairs), [["a", 1], ["b", 2]]):
        assert ek.Event(extras=given).extras == pairs  # type: ignore[arg-type]
    assert ek.Event(extras=[]).extras == ek.Event(extras={}).extras == ()


def test_tags_accept_one_string_or_any_iterable_of_them() -> None:
    assert ek.Event(tags="a").tags == ("a",)
    assert ek.Event(tags=iter(["a", "b"])).tags == ek.Event(tags=("a", "b")).tags == ("a", "b")
    assert ek.Event(tags=[]).tags == ek.Event(tags=()).tags == ()


def test_range_rules_name_the_bound() -> None:
    with pytest.raises(ek.InvalidValueError, match=r"'confidence' must be between 0.0 and 1.0"):
        ek.Event(confidence=1.5)
    with pytest.raises(ek.InvalidValueError, match=r"'confidence' must be between"):
        ek.Event(confidence=float("nan"))
    with pytest.raises(ek.InvalidValueError, match=r"'start' must be >= 0 \(got -1\)"):
        ek.Span(start=-1, end=0)
