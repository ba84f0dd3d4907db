"""Round 24 (E24): a numbered head listing fields names its unlisted fields as sectors when one part is a
known sector; work words, works' safety and a shared head word are read by form. Sentences written for the test."""
from __future__ import annotations

from _loader_helpers import canonicals


def _canon(text: str, label: str = "Sector") -> set[str]:
    return canonicals(text, label)


def test_an_unlisted_field_beside_a_known_one_in_a_numbered_head_is_a_sector():
    assert "尾矿库" in _canon("全年工作如下。\n(二)非煤矿山和尾矿库。县应急管理局对3家企业开展检查。")
    assert "车辆运输" in _canon("全年工作如下。\n四是烟花爆竹与车辆运输。县交通运输局开展检查。")
    # a safety tail is dropped from the field's name
    assert "渡船" in _canon("全年工作如下。\n(一)消防和渡船安全。县消防救援大队开展检查。")
    # a head with no known sector names none
    assert not _canon("全年工作如下。\n(二)队伍和物资储备。县应急管理局新建仓库一座。")


def test_a_work_word_part_or_a_works_safety_part_is_no_field():
    found = _canon("全年工作如下。\n(三)防汛和应急准备。县防指开展检查。\n(四)防汛和水库安全。县水利局巡查。"
                   "\n(五)消防和九小场所。县交通运输局巡查。")
    assert found == {"防汛抗旱", "消防", "九小场所"}


def test_a_shared_head_word_completes_the_short_part():
    assert {"水上交通", "道路交通"} <= _canon("全年工作如下。\n3.水上和道路交通。县交通运输局开展检查。")
