"""Round 30 (task R30b, RESPONSIBLE_FOR): a sentence that names no field and sits under no field head gives its
bodies the field the things they act on imply (lexicon `object_fields.tsv`: 水库 -> 防汛抗旱, 加油站 -> 危险化学品,
在建工地 -> 建筑施工, 林区 -> 森林防灭火 ...). Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def rf(kg, body, sector):
    return has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", sector))


def test_things_checked_imply_the_field():
    kg = graph(HEAD + "汛前，县水利局会同县应急管理局对全县9座水库进行了安全检查。\n")
    assert rf(kg, "县水利局", "防汛抗旱") and rf(kg, "县应急管理局", "防汛抗旱")
    # a field the sentence names wins over the objects
    kg = graph(HEAD + "县应急管理局对全县水库周边的危险化学品企业开展检查。\n")
    assert rf(kg, "县应急管理局", "危险化学品") and not rf(kg, "县应急管理局", "防汛抗旱")


def test_gas_stations_checked_are_dangerous_chemicals_not_a_field_of_their_own():
    kg = graph(HEAD + "县应急管理局联合县商务局对辖区7座加油站开展安全检查。\n")
    assert rf(kg, "县应急管理局", "危险化学品") and rf(kg, "县商务局", "危险化学品")


def test_each_clause_keeps_its_own_objects():
    kg = graph(HEAD + "县住建局检查在建工地31个次，县消防救援大队检查社会单位80家。\n")
    assert rf(kg, "县住房和城乡建设局", "建筑施工") and not rf(kg, "县住房和城乡建设局", "消防")
    assert rf(kg, "县消防救援大队", "消防") and not rf(kg, "县消防救援大队", "建筑施工")


def test_role_clauses_share_the_objects_of_the_task():
    kg = graph(HEAD + "县林业局牵头，县公安局、县应急管理局配合，在重点林区设置检查点15个。\n")
    for body in ("县林业局", "县公安局", "县应急管理局"):
        assert rf(kg, body, "森林防灭火")


def test_a_head_of_several_fields_gives_each_clause_the_one_its_objects_imply():
    kg = graph(HEAD + "（二）行业监管\n6.建筑施工和消防安全。县住建局检查在建工地40个次，县消防救援大队检查社会单位90家;"
                      "县工信局对工贸企业开展专项检查。\n")
    assert rf(kg, "县住房和城乡建设局", "建筑施工") and not rf(kg, "县住房和城乡建设局", "消防")
    assert rf(kg, "县消防救援大队", "消防") and not rf(kg, "县消防救援大队", "建筑施工")
    assert rf(kg, "县工业和信息化局", "工贸") and not rf(kg, "县工业和信息化局", "消防")


def test_a_higher_body_asked_to_act_answers_for_no_field():
    kg = graph(HEAD + "对某某化工有限公司违规储存危化品的行为，我局依法责令停产整改，并提请市应急管理局挂牌督办。\n")
    assert not rf(kg, "市应急管理局", "危险化学品")
