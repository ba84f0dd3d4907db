"""Round 31 (task P31): supervision in forms first seen in fresh sets.
- `A对…不到位的B街道进行了书面通报`: a written 通报 supervises, and names inside the modifier ending in 的
  (what went wrong) are not objects;
- `A对B镇安全生产工作进行约谈`: a place followed by its own work is the object;
- `X镇的A公司因…，被B列入挂牌督办`: the firm opening the sentence after its place and 的 is supervised;
- `A牵头，B、C配合，开展检查…，对X下达整改指令书`: the paper after the check is the lead's, not the helpers'.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县2023年安全生产工作总结\n"


def test_a_written_notice_supervises_the_township_after_the_modifier():
    kg = graph(HEAD + "县防指对汛期河道巡查不到位的白石镇进行了书面通报。\n")
    assert has_edge(kg, "SUPERVISES", ("Committee", "县防指"), ("Jurisdiction", "白石镇"))


def test_a_name_inside_the_modifier_is_not_supervised():
    kg = graph(HEAD + "县应急管理局对青山化工有限公司隐患整改不力的白石镇进行约谈。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Jurisdiction", "白石镇"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "青山化工有限公司"))


def test_places_before_their_firms_still_give_every_firm():
    kg = graph(HEAD + "县应急管理局对白石镇的青山化工有限公司、黄土镇的红星矿业有限公司进行约谈。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "青山化工有限公司"))
    assert has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "红星矿业有限公司"))


def test_a_township_named_with_its_own_work_is_supervised():
    kg = graph(HEAD + "6月，县安委会对白石镇安全生产工作进行约谈。\n")
    assert has_edge(kg, "SUPERVISES", ("Committee", "县安委会"), ("Jurisdiction", "白石镇"))


def test_a_firm_after_its_place_and_de_opens_a_passive():
    kg = graph(HEAD + "白石镇的青山化工有限公司因储罐区存在重大事故隐患，被县安委办列入挂牌督办。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Enterprise", "青山化工有限公司"))


def test_helpers_of_a_check_send_no_paper():
    kg = graph(HEAD + "由县应急管理局牵头，县公安局、县交通运输局配合，开展危化品运输专项检查，检查车辆120辆，"
                      "对白石镇青山化工有限公司下达整改指令书。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "青山化工有限公司"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县公安局"), ("Enterprise", "青山化工有限公司"))


ADJUSTED = ("县安委会调整为由县长任主任、副县长任副主任，县应急管理局、县交通运输局、县消防救援大队等30个部门为"
            "成员单位，下设危化品、消防、道路交通等9个专业委员会。\n")


def test_members_join_the_committee_not_one_a_later_clause_sets_up():
    kg = graph(HEAD + ADJUSTED)
    assert has_edge(kg, "MEMBER_OF", ("Department", "县交通运输局"), ("Committee", "县安委会"))
    assert not has_edge(kg, "MEMBER_OF", ("Department", "县交通运输局"), ("Committee", "县专业委员会"))


def test_a_post_is_not_in_a_committee_set_up_under_another():
    kg = graph(HEAD + "调整县安全生产委员会组成人员，县长李明任主任，常务副县长王强任常务副主任，"
                      "县安委会下设道路交通、消防等9个专业委员会。\n")
    assert has_edge(kg, "HOLDS_POST", ("Person", "王强"), ("Committee", "县安委会"))
    assert not has_edge(kg, "HOLDS_POST", ("Person", "王强"), ("Committee", "县专业委员会"))
