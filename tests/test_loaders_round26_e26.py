"""Round 26 (E26): a firm's trade name closing on a one-char stop, the supply and marketing cooperative federation,
a part of the county before a work's name, a rare-char place name after a one-char verb. Sentences written for
the test."""
from __future__ import annotations

from _loader_helpers import canonicals as _canon


def test_a_rare_word_closing_on_a_stop_char_is_the_firms_trade_name():
    assert "汇成新材料科技有限公司" in _canon("对问题实行挂牌督办，汇成新材料科技有限公司被责令限期整改。", "Enterprise")
    assert "汇成新材料科技有限公司" in _canon("县应急管理局对汇成新材料科技有限公司开展检查。", "Enterprise")
    # a common word or a function word before the firm still opens the clause
    assert "恒达化工有限公司" in _canon("会上，针对恒达化工有限公司存在的问题提出要求。", "Enterprise")
    assert "恒达化工有限公司" in _canon("检查发现，现在恒达化工有限公司已完成整改。", "Enterprise")


def test_the_supply_and_marketing_cooperative_federation_is_a_county_body():
    found = _canon("县市场监督管理局、县供销合作社联合社对烟花爆竹经营点开展检查。", "Department")
    assert "县供销合作社联合社" in found
    assert "县供销合作社" not in _canon("县供销合作社联合社开展检查。", "Enterprise")
    assert "县供销合作社联合社" in _canon("县供销社负责烟花爆竹批发企业的管理。", "Department")


def test_a_part_of_the_county_before_a_work_is_no_part_of_its_name():
    assert "柳河泵站" in _canon("县水利局对城区柳河泵站进行检修。", "Facility")


def test_a_rare_char_place_name_after_a_one_char_verb_names_a_work():
    assert "拉岜大桥" in _canon("县交通运输局对拉岜大桥等3座桥梁开展排查。", "Facility")
    assert not _canon("县交通运输局推动大桥建设。", "Facility")
