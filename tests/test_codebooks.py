from __future__ import annotations

import threading

import pytest

from eventkit import UnknownCodeError, codebooks


def test_every_cameo_event_code_is_loaded() -> None:
    assert len(codebooks.cameo_events) == 318


def test_every_cameo_code_has_a_goldstein_score_and_quad_class() -> None:
    for record in codebooks.cameo_events:
        assert -10 <= record.goldstein <= 10
        assert record.quad_class in (1, 2, 3, 4)


def test_cameo_codes_without_a_gdelt_score_take_the_phoenix_or_parent_score() -> None:
    assert (
        codebooks.cameo_events.lookup("1834").goldstein
        == codebooks.cameo_events.lookup("183").goldstein
    )


def test_get_returns_none_for_an_unknown_code() -> None:
    assert codebooks.cameo_events.get("999") is None


def test_lookup_raises_a_lookup_error_with_close_matches() -> None:
    with pytest.raises(UnknownCodeError) as caught:
        codebooks.acled_sub_event_types.lookup("Armed clashes")
    assert isinstance(caught.value, LookupError)
    assert caught.value.close_matches[0] == "Armed clash"


def test_cameo_codes_map_to_plover_types() -> None:
    assert codebooks.cameo_events.lookup("190").plover == "ASSAULT"
    assert codebooks.cameo_events.lookup("042").plover == "CONSULT"
    assert codebooks.cameo_events.lookup("0874").plover == "RETREAT"


def test_statements_have_no_plover_type() -> None:
    assert codebooks.cameo_events.lookup("010").plover is None


def test_acled_has_twenty_five_sub_event_types() -> None:
    assert len(codebooks.acled_sub_event_types) == 25


def test_actor_type_lookup_ignores_case() -> None:
    assert codebooks.cameo_actor_types.lookup("mil").name == "Military"


def test_interaction_codes_pair_two_inter_codes() -> None:
    record = codebooks.acled_interactions.lookup("17")
    assert (record.inter_a, record.inter_b) == (1, 7)


def test_loading_from_many_threads_at_once_loads_one_table() -> None:
    book = codebooks.Codebook(
        "test", "cameo_actor_types.tsv", lambda row: row["code"], lambda code: code
    )
    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(len(book))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [len(book)] * 8


def test_a_table_answers_in_and_get_before_anything_loaded_it() -> None:
    table = codebooks.Codebook(
        "ACLED regions", "acled_regions.tsv", lambda row: row["region_name"],
        lambda name: name, normalize=str.strip,
    )
    assert " Eastern Africa " in table and 3 not in table
    fresh = codebooks.Codebook(
        "ACLED regions", "acled_regions.tsv", lambda row: row["region_name"], lambda name: name
    )
    assert fresh.get("Eastern Africa") == "Eastern Africa" and fresh.get("Atlantis") is None


def test_towns_answer_only_for_one_town() -> None:
    from eventkit import gazetteer

    sebba = gazetteer.town("Sebba", "BFA")
    assert sebba is not None and (sebba.admin1, sebba.admin2) == ("Sahel", "Province du Yagha")
    assert gazetteer.town("SEBBA", "BFA", "Sahel") == sebba  # case and admin1 tolerated
    assert gazetteer.town("Sebba", "BFA", "Centre") is None  # another region
    assert gazetteer.town("Sebba", "MLI") is None
    assert gazetteer.fold("Ségou-Koura") == "segou koura"
    # A name several towns of one country share is not guessed.
    shared = [key for key, lines in gazetteer._towns().items() if lines.count("\n") >= 1][:50]
    for key in shared:
        countries = [line.split("\t")[1] for line in gazetteer._towns()[key].split("\n")]
        for country in {c for c in countries if countries.count(c) > 1}:
            assert gazetteer.town(key, country) is None


def test_a_town_spelled_another_way_is_found_by_its_consonants() -> None:
    from eventkit import gazetteer

    found = gazetteer.town_spelled_otherwise("Laascaannod", "SOM")
    assert found is not None and (found.name, found.admin1) == ("Laascaanood", "Sool")
    assert gazetteer.town_spelled_otherwise("Laascaannod", "SOM", "Sool") == found
    assert gazetteer.town_spelled_otherwise("Laascaannod", "SOM", "Bari") is None
    assert gazetteer.town_spelled_otherwise("Laascaannod", "KEN") is None  # another country
    # too few consonants to tell, or a name much longer than the town's
    assert gazetteer.town_spelled_otherwise("Ola", "SOM") is None
    assert gazetteer.town_spelled_otherwise("Dadumajra", "IND") is None
    assert gazetteer.town_spelled_otherwise("Mallapora", "IND") is None


def test_places_in_regions_geonames_spells_the_old_way_get_the_regions_code() -> None:
    from eventkit import gazetteer

    by_name = {(place.name, place.country): place for place in gazetteer.places()}
    el_obeid = by_name[("El Obeid", "SDN")]  # GeoNames: "Shamal Kurdufan"
    assert (el_obeid.admin1, el_obeid.admin1_code) == ("North Kordofan", "SD-KN")
    # every place of a conflict country ACLED covers has its region's code
    for country in ("SDN", "LBN", "LBY", "AFG", "TCD", "YEM", "MMR"):
        assert all(p.admin1_code for p in gazetteer.places() if p.country == country and p.admin1)


def test_dr_congos_towns_lie_in_the_provinces_of_2015() -> None:
    from eventkit import gazetteer

    by_name = {(place.name, place.country): place for place in gazetteer.places()}
    # GeoNames files them under Katanga, Equateur, Orientale and Bandundu
    for town, province in (("Lubumbashi", "CD-HK"), ("Kolwezi", "CD-LU"), ("Gemena", "CD-SU"),
                           ("Bunia", "CD-IT"), ("Bulungu", "CD-KL"), ("Kisangani", "CD-TO")):
        assert by_name[(town, "COD")].admin1_code == province, town
    # the split table's towns GeoNames lacks are places of their own
    assert by_name[("Irumu", "COD")].admin1 == "Ituri"
    assert all(p.admin1_code for p in gazetteer.places() if p.country == "COD" and p.admin1)


def test_nepals_towns_lie_in_the_provinces_of_2015() -> None:
    from eventkit import gazetteer

    by_name = {(place.name, place.country): place for place in gazetteer.places()}
    # GeoNames files them under the development regions ("Central Region")
    for town, province in (("Birgunj", "NP-P2"), ("Kathmandu", "NP-P3"), ("Pokhara", "NP-P4"),
                           ("Biratnagar", "NP-P1"), ("Butwāl", "NP-P5")):
        assert by_name[(town, "NPL")].admin1_code == province, town
