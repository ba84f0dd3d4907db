"""Round 11: entity forms of areas whose bodies carry a kind word (林区, 开发区), bureaus that join a known
bureau to another field, a city bureau's branch named by a port, unlisted (transliterated) prefecture
names, forest checkpoints and lookout towers, each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, mentions, names, surfaces


def node_names(kg, label: str) -> set[str]:
    """Node names only (not aliases): which name the graph gives a body."""
    return {d["name"] for _, d in kg.nodes(label)}


# -- areas whose own bodies are written with the area's kind word ------------------------------------
FOREST = "青松林区2024年上半年森林防火工作总结\n"


def test_a_forest_regions_bodies_carry_its_kind_word():
    kg = graph(FOREST + "林区应急管理局会同林区公安局、林区林业和草原局开展野外用火检查。"
                        "林区政府召开专题会议，林区森防办通报火情。应急管理局做好值守。\n")
    depts = node_names(kg, "Department")
    assert {"林区应急管理局", "林区公安局", "林区人民政府"} <= depts
    assert not {"区应急管理局", "区公安局", "区人民政府"} & depts
    # the bureau written without its level is the region's own (one node), its other forms are aliases
    assert "林区林业和草原局" in names(kg, "Department")
    assert "林区森防办" in names(kg, "Department")
    # elsewhere 林区 is a common noun (重点林区): the body after it is the county's own
    found = mentions("县应急管理局深入重点林区应急值守点检查。")
    assert "县应急管理局" in surfaces(found, "Department")
    assert not any(s.startswith("林区") for s in surfaces(found, "Department"))


ZONE = "白鹭湾经济技术开发区管理委员会关于2024年上半年安全生产工作的报告\n"


def test_a_development_zones_report_names_its_zone_and_its_bodies():
    kg = graph(ZONE + "开发区党工委、管委会高度重视安全生产。管委会调整开发区安全生产委员会，"
                      "开发区应急管理局、开发区经济发展局为成员单位。安委会全年召开会议4次。\n")
    assert "白鹭湾经济技术开发区" in node_names(kg, "Jurisdiction")
    assert "开发区管理委员会" in node_names(kg, "Department")
    assert "管委会" in names(kg, "Department")
    # the bare 安委会 is the zone's committee, not a district's
    assert node_names(kg, "Committee") == {"开发区安全生产委员会"}
    # the administration named in full in the title is the same body
    assert "白鹭湾经济技术开发区管理委员会" in names(kg, "Department")
    assert not {n for n in node_names(kg, "Department") if n.startswith("经济技术")}


# -- bureaus -------------------------------------------------------------------------------------------
def test_a_bureau_joining_a_known_bureau_to_another_field_is_a_body_of_its_own():
    found = mentions("开发区规划交通局、区文化旅游交通局参加会议。")
    assert {"开发区规划交通局", "区文化旅游交通局"} <= surfaces(found, "Department")
    # …but not after a clause word (县政府将交通局…)
    assert surfaces(mentions("县政府将交通局列入考核。"), "Department") == {"县政府", "交通局"}


def test_a_bureaus_field_joined_by_he_to_another_field_names_one_bureau():
    found = mentions("组织市水利和湖泊局对全市水库逐一检查。", "云阳市", "市")
    assert surfaces(found, "Department") == {"市水利和湖泊局"}
    # …but a second known bureau's stem after 和 lists two bureaus
    assert "县水利和交通局" not in surfaces(mentions("县水利和交通局联合检查。"), "Department")


def test_a_city_bureaus_branch_named_by_a_port_is_named_with_its_city():
    kg = graph("海门区2024年上半年应急管理工作总结\n"
               "东江市公安局白鹭港分局交警大队、东江市港口管理局白鹭港分局开展联合检查。\n")
    depts = node_names(kg, "Department")
    assert {"东江市公安局白鹭港分局", "东江市公安局白鹭港分局交警大队", "东江市港口管理局白鹭港分局"} <= depts


# -- places ---------------------------------------------------------------------------------------------
def test_an_unlisted_prefecture_name_holding_a_function_char_is_kept_whole():
    found = mentions("在呼和诺敏盟安委办、盟应急管理局的指导下开展工作。", "额尔敦旗", "旗")
    assert surfaces(found, "Jurisdiction") == {"呼和诺敏盟"}
    # a person's name after a title stays no place (常务副区长X任区…)
    found = mentions("常务副区长何宇辰任区安委会常务副主任。", "海门区", "区")
    assert not surfaces(found, "Jurisdiction")


def test_township_kinds_listed_together_are_no_place():
    assert not surfaces(mentions("旗应急管理局以及各苏木镇等33个单位为成员单位。", "额尔敦旗", "旗"), "Jurisdiction")


# -- facilities -----------------------------------------------------------------------------------------
def test_forest_checkpoints_and_lookout_towers_are_facilities():
    found = mentions("在松源镇白桦岭检查站和青石瞭望塔值守，设立临时检查站、木材检查站。")
    assert {"白桦岭检查站", "青石瞭望塔"} <= surfaces(found, "Facility")
    assert not {"临时检查站", "木材检查站"} & surfaces(found, "Facility")


# -- groups, prefecture committees, firms after a support verb -------------------------------------------
def test_a_prefectures_abbreviated_committee_and_its_numbered_group():
    kg = graph("青松林区2024年上半年森林防火工作总结\n"
               "北岚地区森防指第二督查组对我区春季防火工作开展专项督查。\n")
    committees = names(kg, "Committee")
    assert {"北岚地区森防指", "北岚地区森防指第二督查组"} <= committees
    assert not any("地区地区" in n for n in committees)


def test_a_committees_numbered_assessment_group_is_a_committee():
    found = mentions("楚江市安委会第三考核组对我县安全生产工作进行年度考核。")
    assert "市安委会第三考核组" in surfaces(found, "Committee")


def test_a_support_verb_before_a_firm_is_not_part_of_its_name():
    found = mentions("依托宏达化工有限公司专职消防队组建园区救援力量。")
    assert "宏达化工有限公司专职消防队" in surfaces(found, "RescueTeam")
    assert not any(s.startswith("依托") for lb, s in found)


def test_a_listed_body_written_right_after_a_port_is_the_ports():
    found = mentions("白沙港消防救援大队、县公安局参加演练。检查了白沙港，消防救援大队到场。")
    assert "白沙港消防救援大队" in surfaces(found, "Department")
    # a port named on its own, the body after a comma, stays the county's
    assert "白沙港" in surfaces(found, "Facility")
    assert "消防救援大队" in surfaces(found, "Department")
