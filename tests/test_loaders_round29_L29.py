"""Round 29 (task L29): PART_OF forms that recur across development sets written by different people.
- the government's office written short at the report's own level (`县政府办公室印发…`) is part of the government;
  the full name of a footer or masthead (`发布机构：X县人民政府办公室`) and a higher level's office are not;
- `专业安全委员会` (a written form of the safety committee's sub-committees) is part of the safety committee.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"
GOVERNMENT = ("Department", "县人民政府")


def test_own_government_office_written_short_is_part_of_the_government():
    kg = graph(HEAD + "县政府办公室印发了《青山县危险化学品安全专项整治方案》。\n")
    assert has_edge(kg, "PART_OF", ("Department", "县人民政府办公室"), GOVERNMENT)


def test_a_footer_office_in_full_gets_no_part_of():
    kg = graph(HEAD + "县应急管理局全年开展检查120次。\n发布机构：青山县人民政府办公室\n")
    assert not has_edge(kg, "PART_OF", ("Department", "县人民政府办公室"), GOVERNMENT)


def test_a_higher_level_government_office_gets_no_part_of():
    kg = graph(HEAD + "县应急管理局认真落实市政府办公室印发的《白云市森林防火工作方案》。\n")
    assert not has_edge(kg, "PART_OF", ("Department", "市人民政府办公室"), ("Department", "市人民政府"))


def test_specialised_safety_committees_are_part_of_the_safety_committee():
    kg = graph(HEAD + "县安委会下设矿山、道路交通、消防等7个专业安全委员会。\n")
    assert has_edge(kg, "PART_OF", ("Committee", "县专业委员会"), ("Committee", "县安全生产委员会"))
