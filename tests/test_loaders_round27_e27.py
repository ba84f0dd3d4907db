"""Round 27 (E27): entity forms met in reports from new places; each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import canonicals as _canon


def test_a_masked_name_keeps_its_last_char_before_a_predicate_of_no_dictionary_word():
    # 周*安诫勉…, 许*明因…, 赵*林进行…: the char after the mask is the given name's, not the predicate's
    assert "周*安" in _canon("给予东岭乡党委委员、副乡长周*安诫勉谈话处理。", "Person")
    assert "许*明" in _canon("县应急管理局执法大队副大队长许*明因执法检查走过场被诫勉谈话。", "Person")
    assert "赵*林" in _canon("县纪委监委对县工信局安全科科长赵*林进行问责。", "Person")
    # …but a clause char or a dictionary word after the mask opens the predicate
    assert "李*" in _canon("副县长李*强调，要压实安全生产责任。", "Person")
    assert "王*" in _canon("副县长王*在会上讲话。", "Person")
    assert "孙*" in _canon("副局长孙*进行了工作部署。", "Person")


def test_a_one_char_verb_before_a_place_word_opens_the_facility_name():
    # 托 is a verb to jieba, but 托溪河 is the river the bridge and the levee are named after
    found = _canon("县交通运输局对托溪河大桥、青石隧道开展了汛期安全检查，并排查了托溪河堤防。", "Facility")
    assert {"托溪河大桥", "托溪河堤防"} <= found
    assert not {"溪河大桥", "溪河堤防"} & found


def test_a_kind_word_read_as_a_verb_does_not_cut_a_housing_site_name():
    found = _canon("东岭街道的锦绣安置房项目工地接受了市住建局的专项检查。", "Facility")
    assert "锦绣安置房项目工地" in found and "房项目工地" not in found
    assert not _canon("对全县安置小区开展燃气安全检查。", "Facility")


def test_class_nouns_before_a_facility_kind_name_no_facility():
    # 桥梁隧道, 边坡隧道: a kind before a kind is a class; 规范渔港管理: 规范 is the verb of the clause
    assert not _canon("紧盯边坡、桥梁隧道、城镇燃气等重点领域。", "Facility")
    assert not _canon("第三，狠抓渔船安全，规范渔港管理。", "Facility")
