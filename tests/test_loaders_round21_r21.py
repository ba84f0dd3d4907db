"""Round 21 (RESPONSIBLE_FOR): fields a reader knows by their form though the sector lexicon lacks them — a duty table
whose header words differ (`行业领域 / 责任单位 / 协同单位`), a field given with 由 whose words hold a sector word after
a qualifier or end with the work on it, the bodies of a helping clause after it, a marked head before `：由`, and a
field opening a sentence of duty clauses. Sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_a_duty_table_header_with_other_words_still_names_a_field_column():
    for header in ("序号 行业领域 牵头单位 配合单位\n", "序号 重点行业 责任单位 协同单位\n", "序号 领域 主管部门 配合部门\n"):
        kg = graph(HEAD + header + "1 电梯困人救援 县市场监管局 县消防救援大队\n")
        for body in ("县市场监督管理局", "县消防救援大队"):
            assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "电梯困人救援")), (header, body)


def test_a_field_given_with_you_holding_a_sector_word_after_a_qualifier_is_the_whole_field():
    kg = graph(HEAD + "商业综合体消防安全由县消防救援大队牵头负责，县住建局、县商务局配合。\n")
    for body in ("县消防救援大队", "县住房和城乡建设局", "县商务局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "商业综合体消防")), body
        assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "消防")), body


def test_the_work_words_ending_a_field_given_with_you_are_no_part_of_it():
    kg = graph(HEAD + "城市隧道运营安全由县交通运输局牵头，县公安局配合；下沉式广场防汛由县城管局负责。\n")
    for body in ("县交通运输局", "县公安局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "城市隧道")), body
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县城市管理局"), ("Sector", "下沉式广场"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县城市管理局"), ("Sector", "防汛抗旱"))


def test_a_task_before_you_is_no_field():
    kg = graph(HEAD + "日常管理由县应急管理局负责，具体事务由县水利局负责。\n")
    assert not kg.find("日常", label="Sector") and not kg.find("具体事务", label="Sector")


def test_a_marked_head_before_a_colon_and_you_is_the_field_of_the_lead_and_its_helpers():
    kg = graph(HEAD + "二、重点领域\n★城市隧道：由县交通运输局牵头负责，县住建局配合，对城南隧道开展汛前排查。\n")
    for body in ("县交通运输局", "县住房和城乡建设局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "城市隧道")), body


def test_a_marked_head_of_shared_rental_housing_gives_it_to_the_lead_and_helpers():
    kg = graph(HEAD + "二、重点领域\n★群租房：县住建局牵头，县公安局、县消防救援大队配合，整治群租房12户。\n")
    for body in ("县住房和城乡建设局", "县公安局", "县消防救援大队"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "群租房")), body


def test_a_field_opening_a_sentence_of_duty_clauses_is_every_clause_bodys():
    kg = graph(HEAD + "夜间经济场所安全监管，县商务局负责统筹，县市场监管局负责危化品经营检查，县城管局负责占道经营。\n")
    for body in ("县商务局", "县市场监督管理局", "县城市管理局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "夜间经济")), body
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县市场监督管理局"), ("Sector", "危险化学品"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县商务局"), ("Sector", "危险化学品"))


def test_a_helper_named_after_its_own_sector_does_not_take_the_field():
    kg = graph(HEAD + "城市隧道运营防汛由县交通运输局负责，县防汛抗旱指挥部办公室配合。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县交通运输局"), ("Sector", "城市隧道"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县防汛抗旱指挥部办公室"), ("Sector", "城市隧道"))


def test_a_helper_with_its_short_name_in_brackets_shares_the_field_and_the_heading_gives_none():
    kg = graph(HEAD + "三、聚焦重点行业\n★城市隧道：由县交通运输局牵头负责，县住房和城乡建设局（县住建局）配合，对城南隧道开展排查。\n")
    for body in ("县交通运输局", "县住房和城乡建设局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "城市隧道")), body
    assert not kg.find("聚焦重点行业", label="Sector")
