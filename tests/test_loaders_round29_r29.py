"""Round 29 (task R29, RESPONSIBLE_FOR): a numbered head on the sentence's own line that joins a known sector with
other words (`2.工贸和仓储。A牵头，B、C配合，检查了…`) gives its known sectors to the bodies of that line.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n（二）行业监管\n"


def test_lead_and_helpers_get_the_known_sector_of_an_inline_head():
    kg = graph(HEAD + "2.工贸和仓储。县应急管理局牵头，县商务局、县发改局配合，检查了白杨工业园内的丰源冷库。\n")
    for body in ("县应急管理局", "县商务局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "工贸"))
    # the other words of the head are no sector
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "仓储"))


def test_the_sector_may_stand_second_in_the_head():
    kg = graph(HEAD + "3.燃气和消防。县住建局牵头，县消防救援大队配合，对全县餐饮场所用气情况开展排查。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县消防救援大队"), ("Sector", "消防"))
