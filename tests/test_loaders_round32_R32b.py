"""Round 32 (task R32b, RESPONSIBLE_FOR of joint checks and of acts under an inline numbered head): a head worded as
a task on one field with `开展` (`第二，扎实开展防震减灾工作。`) or ending in `安全专项整治`
(`第四，深化危险化学品安全专项整治。`) gives its field to the joint checks and the acts of its line, also to a
higher bureau checking a firm there. Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def rf(kg, body, sector):
    return has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", sector))


def test_head_carrying_out_a_field_gives_it_to_a_joint_check_of_schools():
    kg = graph(HEAD + "第三，扎实开展防震减灾工作。本县位于地震带上。县应急管理局会同县住建局、县教育局对全县学校、"
                      "医院开展抗震情况检查，检查了县第一小学等8处。\n")
    for body in ("县应急管理局", "县住房和城乡建设局", "县教育局"):
        assert rf(kg, body, "防震减灾")


def test_head_of_a_special_campaign_gives_its_field_to_a_higher_bureau_checking_a_firm():
    kg = graph(HEAD + "第五，深化危险化学品安全专项整治。县应急管理局组织专家开展隐患排查。"
                      "6月，市应急管理局对青禾化学有限公司开展执法检查。\n")
    assert rf(kg, "市应急管理局", "危险化学品")

    # (a field after which other work is named is no head of one field)
    kg = graph(HEAD + "第五，深化危险化学品企业搬迁改造。6月，市应急管理局对青禾化学有限公司开展执法检查。\n")
    assert not rf(kg, "市应急管理局", "危险化学品")
