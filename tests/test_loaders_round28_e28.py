"""Round 28, E28: bodies written with no level char, and a government office named with its government
(invented sentences)."""
from loaders import pipeline
from loaders.source import Source

HEAD = "青禾县应急管理局2024年工作总结\n一、主要工作\n"


def _nodes(text: str) -> set[tuple[str, str]]:
    kg = pipeline.extract(Source(name="e28.txt", text=HEAD + text))
    return {(d.get("label"), d.get("name")) for _, d in kg.g.nodes(data=True)}


def test_vertical_bodies_keep_their_written_name():
    nodes = _nodes("县交通运输局会同海事处、海警工作站开展港口船舶安全检查。\n")
    assert ("Department", "海事处") in nodes
    assert ("Department", "海警工作站") in nodes
    assert ("Department", "县海事处") not in nodes


def test_government_office_is_one_body():
    nodes = _nodes("县政府教育督导室对甲镇中心小学开展专项督导。\n")
    assert ("Department", "县政府教育督导室") in nodes
    assert ("Department", "县人民政府") not in nodes


def test_short_form_of_economy_and_information_commission():
    nodes = _nodes("由县应急管理局牵头，县经济信息委配合开展检查。\n")
    assert ("Department", "县经济和信息化委员会") in nodes


def test_place_named_vertical_body_keeps_its_place():
    nodes = _nodes("石湾海事处、石湾海警工作站配合，会同海事处开展检查。\n")
    assert ("Department", "石湾海事处") in nodes
    assert ("Department", "石湾海警工作站") in nodes
    assert ("Department", "海事处") in nodes


def test_phase_of_a_named_works_is_one_site():
    nodes = _nodes("南岭净水厂二期工地接受了县住建局的专项检查。\n")
    assert ("Facility", "南岭净水厂二期工地") in nodes
    assert ("Facility", "二期工地") not in nodes


def _drills(text: str) -> set[str]:
    return {name for label, name in _nodes(text) if label == "Drill"}


def test_drill_named_as_a_list_item():
    drills = _drills("(3)油罐区泄漏处置演练。地点:甲镇;组织单位:县应急管理局。\n"
                     "●山洪转移避险演练(7月,乙村):县水利局开展。\n"
                     "(4)高层建筑火灾疏散演练10月8日在丙小区举行。\n")
    assert {"油罐区泄漏处置演练", "山洪转移避险演练", "高层建筑火灾疏散演练"} <= drills


def test_drill_after_one_occasion_count():
    assert "森林火灾扑救演练" in _drills("县应急管理局开展一场森林火灾扑救演练。\n")


def test_heading_naming_drills_is_no_drill():
    drills = _drills("(三)强化应急演练。\n四、应急预案和演练\n")
    assert drills == set()
