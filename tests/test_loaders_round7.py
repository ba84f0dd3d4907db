"""Round 7: relation recall for places never seen (sites as containers, person lists, facility kinds, drills
named as subjects, bureaus named by a place). Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge, names

HEAD = "青山县2023年应急管理工作总结\n"


# -- LOCATED_IN: a site (park) holds firms -----------------------------------------------------------------
def test_firms_written_after_a_park_and_inside_lie_in_the_park():
    kg = graph(HEAD + "县应急管理局对白河化工园内的红星化工有限公司、蓝天新材料有限公司开展检查。\n"
               "青山工业园区内的金达机械有限公司完成整改。\n")
    edge(kg, "LOCATED_IN", ("Enterprise", "红星化工有限公司"), ("Facility", "白河化工园"))
    edge(kg, "LOCATED_IN", ("Enterprise", "蓝天新材料有限公司"), ("Facility", "白河化工园"))
    edge(kg, "LOCATED_IN", ("Enterprise", "金达机械有限公司"), ("Facility", "青山工业园区"))
    edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "红星化工有限公司"))


def test_a_firm_said_to_lie_in_a_park_lies_in_the_park_not_its_county():
    kg = graph(HEAD + "红星化工有限公司坐落于青山县工业园区。\n")
    edge(kg, "LOCATED_IN", ("Enterprise", "红星化工有限公司"), ("Facility", "青山县工业园区"))
    assert not has_edge(kg, "LOCATED_IN", ("Enterprise", "红星化工有限公司"), ("Jurisdiction", "青山县"))


def test_a_verb_before_a_chemical_park_suffix_is_no_park_name():
    kg = graph(HEAD + "县应急管理局申报化工园区认定，深化化工园区整治。\n")
    assert not {n for n in names(kg, "Facility") if "化工园" in n}


# -- HOLDS_POST: a list of persons, one written after the body of their title --------------------------------
def test_every_person_of_a_list_before_a_post_holds_it():
    kg = graph(HEAD + "县防汛抗旱指挥部由县长李明任指挥长，副县长王立军、县水利局局长张华任副指挥长。\n")
    edge(kg, "HOLDS_POST", ("Person", "王立军"), ("Committee", "县防汛抗旱指挥部"))
    edge(kg, "HOLDS_POST", ("Person", "张华"), ("Committee", "县防汛抗旱指挥部"))
    edge(kg, "HOLDS_POST", ("Person", "张华"), ("Department", "县水利局"))


# -- facility kinds checked in new places ---------------------------------------------------------------------
def test_crowded_places_and_road_works_are_facilities_checked():
    kg = graph(HEAD + "县应急管理局检查了青山宾馆、白河大酒店、金都购物广场、红星超市和青山高速收费站。\n")
    for name in ("青山宾馆", "白河大酒店", "金都购物广场", "红星超市", "青山高速收费站"):
        edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Facility", name))


def test_the_countys_own_hospital_or_school_named_by_its_level_char():
    kg = graph(HEAD + "县卫健局检查了县中医院、县人民医院和县第一中学。\n")
    for name in ("县中医院", "县人民医院", "县第一中学"):
        edge(kg, "INSPECTED", ("Department", "县卫生健康委员会"), ("Facility", name))
    # a grade (区级) or a quantifier (全县) before the kind names a class of things
    kg = graph(HEAD + "白石镇建成县级应急避难场所1处，全县医院开展消防演练。\n")
    assert not {n for n in names(kg, "Facility") if n.startswith(("县级", "县医院"))}


# -- drills named as the subject of a clause, or after 指挥 -----------------------------------------------------
def test_a_drill_opening_its_clause_is_held_and_organised():
    kg = graph(HEAD + "6月，防汛抢险综合应急演练在青峰水库举行，县消防救援大队参加。\n"
               "森林火灾扑救演练由县森林防灭火指挥部组织。\n")
    edge(kg, "HELD_AT", ("Drill", "防汛抢险综合应急演练"), ("Reservoir", "青峰水库"))
    edge(kg, "PARTICIPATED_IN", ("Department", "县消防救援大队"), ("Drill", "防汛抢险综合应急演练"))
    edge(kg, "ORGANIZED", ("Committee", "县森林防灭火指挥部"), ("Drill", "森林火灾扑救演练"))


def test_a_drill_a_leader_commands_on_site():
    kg = graph(HEAD + "4月20日，副县长王立军在青峰林场现场指挥森林火灾扑救实战演练，演练由县森林防灭火指挥部组织。\n")
    edge(kg, "ORGANIZED", ("Person", "王立军"), ("Drill", "森林火灾扑救实战演练"))
    edge(kg, "HELD_AT", ("Drill", "森林火灾扑救实战演练"), ("Facility", "青峰林场"))


# -- a bureau named by a place with no level char --------------------------------------------------------------
def test_a_bureau_named_by_a_place_is_a_body_of_its_own():
    kg = graph(HEAD + "副县长王立军、青峰林业局局长张华任副指挥长，县林业局、青峰林业局等12个单位为成员单位。\n")
    edge(kg, "HOLDS_POST", ("Person", "张华"), ("Department", "青峰林业局"))
    assert not has_edge(kg, "HOLDS_POST", ("Person", "张华"), ("Department", "县林业局"))
    # a verb before a bureau is no place (联合林业局: the county's own)
    kg = graph(HEAD + "县应急管理局联合林业局开展检查。\n")
    assert "青峰林业局" not in names(kg, "Department") and "联合林业局" not in names(kg, "Department")


# -- a person with no title opening a clause, then 任 and a post -------------------------------------------------
def test_a_name_opening_a_clause_before_a_post_verb_holds_the_post():
    kg = graph(HEAD + "调整县防汛抗旱指挥部，李明任指挥长，王立军任副指挥长。\n")
    edge(kg, "HOLDS_POST", ("Person", "李明"), ("Committee", "县防汛抗旱指挥部"))
    edge(kg, "HOLDS_POST", ("Person", "王立军"), ("Committee", "县防汛抗旱指挥部"))
    assert "李明任" not in names(kg, "Person")
    # a word before 任 is no name (各单位主要负责人任组长)
    kg = graph(HEAD + "调整县安委会，各单位主要负责人任组长。\n")
    assert not names(kg, "Person")
