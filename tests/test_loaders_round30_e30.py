"""Round 30 (task E30): entity forms first seen in fresh sets.
- a fuel chain's brand before a station's place (`中石化X加油站`, `中石油X旗Y加油站`): the firm, kept whole;
- a trade word jieba reads as a measure (`天元`: 元 a currency) after no numeral is part of the firm's name;
- a masked firm keeps its mask (`某某X有限公司`); a part of the county before a firm (`县城X有限公司`) is not its name;
- the one work built at a named place, named by its kind (`建成旗级应急物资储备库1座`, `新建应急物资储备点1处`), not `各建成…`;
- a drill opening a bulleted table row (`● X演练|日期|…`);
- a field head's general part (`其他行业领域`, `消防等其他领域`) names no sector (`A等其他` keeps A).
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import canonicals, mentions, surfaces


def test_branded_station_is_one_firm_whole():
    text = "县商务局对中石油青山县白鹭湾加油站、白石镇加油站开展检查。"
    assert "中石油青山县白鹭湾加油站" in canonicals(text, "Enterprise")
    assert "白石镇加油站" in canonicals(text, "Facility")


def test_branded_station_with_a_works_char_inside():
    found = mentions("县市场监管局对中石化青山堤口加油站开展联合检查。")
    assert "中石化青山堤口加油站" in surfaces(found, "Enterprise")
    assert not surfaces(found, "Facility")


def test_trade_word_read_as_measure_stays_in_firm_name():
    found = mentions("县应急管理局对青山天元燃气有限公司、鼎元化工有限公司开展联合检查。")
    assert {"青山天元燃气有限公司", "鼎元化工有限公司"} <= surfaces(found, "Enterprise")


def test_masked_firm_keeps_its_mask():
    found = mentions("对某某物流有限公司违规装卸的行为，我局依法责令整改。")
    assert "某某物流有限公司" in surfaces(found, "Enterprise")


def test_county_seat_before_firm_is_not_its_name():
    found = mentions("县公安局对县城兴隆烟花爆竹批发有限公司开展检查。")
    assert "兴隆烟花爆竹批发有限公司" in surfaces(found, "Enterprise")


def test_one_work_built_is_named_by_its_kind():
    found = mentions("在白石镇建成县级应急物资储备库1座，在黄茅乡新建应急物资储备点1处。")
    assert {"县级应急物资储备库", "应急物资储备点"} <= surfaces(found, "Facility")


def test_one_built_in_each_place_is_a_class():
    found = mentions("白石镇、黄茅乡各建成县级应急物资储备库1个，应急物资储备点分布不均。")
    assert not surfaces(found, "Facility")
    assert not surfaces(mentions("县应急管理局建成县级应急物资储备库1座。"), "Facility")  # no site named


def test_general_part_of_a_field_head_is_no_sector():
    assert not surfaces(mentions("（五）其他行业领域。"), "Sector")
    found = mentions("6.建筑施工、消防等其他领域。")
    assert surfaces(found, "Sector") == {"建筑施工", "消防"}


def test_drill_opening_a_bulleted_table_row():
    found = mentions("● 燃气管道泄漏事故应急演练|5月12日|白石燃气门站|主办:县住房和城乡建设局\n")
    assert "燃气管道泄漏事故应急演练" in surfaces(found, "Drill")
