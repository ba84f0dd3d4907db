"""Round 23 (E23): site kinds by form (山口, 宿舍, 商住楼, 烘干塔) and forest fire crews named by their unit;
each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import canonicals as _canon


def test_a_pass_staff_housing_and_a_mixed_use_block_after_a_place_are_facilities():
    found = _canon("县应急管理局检查了东岭乡青石山口、河西街道棉纺宿舍和河西街道新华商住楼。", "Facility")
    assert {"青石山口", "棉纺宿舍", "新华商住楼"} <= found


def test_a_named_grain_dryer_is_a_facility_but_the_class_is_not():
    assert "丰收粮食烘干塔" in _canon("县应急管理局检查了白沙乡的丰收粮食烘干塔。", "Facility")
    # 粮食烘干塔 alone names a class of works, not one site
    assert not _canon("秋收期间，县应急管理局对粮食烘干塔开展安全检查。", "Facility")


def test_forest_fire_crews_named_by_their_unit_are_rescue_teams():
    found = _canon("县林业局对县森林消防专业大队和县专业森林草原消防队开展检查。", "RescueTeam")
    assert {"县森林消防专业大队", "县专业森林草原消防队"} <= found
