"""Round 32 (task E32): a development zone's own bodies written bare in its own report.
- `应急管理局、建设局、经济发展局为成员单位` in a 经开区/高新区 report: the zone's bodies that no lexicon body
  names (`zonebody` in stopwords.tsv) are its own, named with its kind word (经开区建设局), bare or written with it;
- `经开区市场监管分局` keeps its 分局 (not read as the zone's 市场监督管理局);
- outside a zone's report, or inside a longer name (城乡建设局), nothing is read.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import canonicals, graph, mentions, names


def test_bare_zone_bodies_listed_and_opening_clauses():
    text = "青湖经开区安委会以经开区应急管理局、建设局、经济发展局、社会事业局为成员单位。会同市场监管分局开展检查，纪工委通报。"
    got = canonicals(text, "Department", place="青湖经开区", level="区")
    for name in ("经开区建设局", "经开区经济发展局", "经开区社会事业局", "经开区市场监管分局", "经开区纪工委"):
        assert name in got, got


def test_zone_branch_keeps_its_branch_word():
    got = canonicals("经开区市场监管分局对电梯开展抽查。", "Department", place="青湖经开区", level="区")
    assert "经开区市场监管分局" in got
    assert "经开区市场监督管理局" not in got


def test_bare_and_written_forms_are_one_node():
    kg = graph("青湖高新区2024年安全生产工作总结\n高新区建设局牵头，会同经济发展局检查了白石建材有限公司。"
               "建设局对工地开展检查。\n")
    assert {"高新区建设局", "建设局"} <= names(kg, "Department")
    assert len([1 for _, d in kg.nodes("Department") if d["name"] == "高新区建设局"]) == 1


def test_zone_bodies_only_in_a_zone_and_never_inside_a_name():
    assert "经开区建设局" in canonicals("会同建设局开展检查。", "Department", place="青湖经开区", level="区")
    assert "县建设局" not in canonicals("会同建设局开展检查。", "Department")
    got = canonicals("县城乡建设局开展检查。", "Department", place="青湖经开区", level="区")
    assert "经开区建设局" not in got


def test_health_commission_written_short_keeps_its_whole_name():
    # 卫生健康委 (the commission's short name) is read whole, not as 卫生 with 健康委 left over
    found = mentions("县教育局、县卫生健康委、县消防救援大队参加。")
    assert ("Department", "县卫生健康委") in found


def test_earthquake_headquarters_office_is_a_body_of_its_own():
    got = canonicals("县抗震救灾指挥部办公室设在县应急管理局。", "Department")
    assert "县抗震救灾指挥部办公室" in got
