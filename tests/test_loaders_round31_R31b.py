"""Round 31 (task R31b, RESPONSIBLE_FOR from what is acted on): works named only by their kind imply a field
(lexicon `object_fields.tsv`: 施工标段 -> 建筑施工, 水电站 -> 水电站), also when the kind, with a size word before
it (`小水电站`), is read as a facility; a named works (`X水电站`) still gives no field. Participants of a drill
named after a field keep no field by taking part (counted over every development gold: no edge is the majority).
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def rf(kg, body, sector):
    return has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", sector))


def test_construction_lots_checked_imply_building_construction():
    kg = graph(HEAD + "县住建局牵头，县城管局、县公安局配合，对快速路二期7个施工标段开展安全检查。\n")
    for body in ("县住房和城乡建设局", "县公安局"):
        assert rf(kg, body, "建筑施工")


def test_small_hydropower_stations_counted_imply_their_field():
    kg = graph(HEAD + "县水利局牵头，对全县31座小水电站开展安全鉴定。\n")
    assert rf(kg, "县水利局", "水电站")

    # a named works is one works checked, not its trade
    kg = graph(HEAD + "县水利局对白石水电站开展安全鉴定。\n")
    assert not rf(kg, "县水利局", "水电站")


def test_a_pre_flood_season_check_names_its_field():
    kg = graph(HEAD + "县水利局对城区沟渠、泵站开展汛前检查。\n")
    assert rf(kg, "县水利局", "防汛抗旱")
