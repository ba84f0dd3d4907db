"""Round 29, E29: building projects named by what they build (invented sentences)."""
from loaders import pipeline
from loaders.source import Source

HEAD = "青禾县应急管理局2024年工作总结\n一、主要工作\n"


def _nodes(text: str) -> set[tuple[str, str]]:
    kg = pipeline.extract(Source(name="e29.txt", text=HEAD + text))
    return {(d.get("label"), d.get("name")) for _, d in kg.g.nodes(data=True)}


def test_project_named_by_what_it_builds():
    nodes = _nodes("县住建局对石桥街道云杉新城二期项目、松岭科创中心项目开展深基坑专项检查。\n")
    assert ("Facility", "云杉新城二期项目") in nodes
    assert ("Facility", "松岭科创中心项目") in nodes


def test_project_of_a_works_found_before_takes_its_phase():
    nodes = _nodes("县住建局检查了白鹭街道的枫林安置小区三期项目。\n")
    assert ("Facility", "枫林安置小区三期项目") in nodes
    assert ("Facility", "枫林安置小区") not in nodes


def test_generic_project_is_named_by_the_village_before_it():
    nodes = _nodes("县住建局对柏树社区安置房项目下发整改通知。\n")
    assert ("Facility", "柏树社区安置房项目") in nodes


def test_projects_in_general_and_site_offices_are_no_facility():
    nodes = _nodes("全县推进安置房项目和重点项目建设，约谈东城项目部负责人，检查了石桥街道云杉新城项目。\n")
    facilities = {name for label, name in nodes if label == "Facility"}
    assert facilities == {"云杉新城项目"}
