"""Round 8: entity forms of reports from places never seen (stations run by firms, township governments,
names listed after a title, place stems that look like common words, firms behind class nouns, committee
groups named by topic, facilities named by their village), each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge, mentions, names, surfaces


HEAD = "青山县2023年应急管理工作总结\n"


# -- township governments -------------------------------------------------------------------------
def test_a_township_government_that_hosts_a_drill_is_the_township():
    kg = graph(HEAD + "9月2日，由县减灾委主办、石桥乡人民政府承办的地质灾害避险演练在石桥乡东坪村举行。\n")
    assert "石桥乡人民政府" in names(kg, "Jurisdiction")
    assert not names(kg, "Department")
    edge(kg, "ORGANIZED", ("Jurisdiction", "石桥乡"), ("Drill", "地质灾害避险演练"))


# -- firms -------------------------------------------------------------------------------------------
def test_a_station_with_a_trade_name_is_a_firm_and_one_named_by_its_place_a_facility():
    found = mentions("县商务局检查了白沙镇福源加油站、河西镇顺通液化气站、岭口乡加油站和城北加油站。")
    assert surfaces(found, "Enterprise") == {"福源加油站", "顺通液化气站"}
    assert surfaces(found, "Facility") == {"加油站", "城北加油站"}


def test_a_group_before_a_firm_is_its_parent_and_a_branch_keeps_its_group():
    found = mentions("对鸿基能源集团长岭煤业有限公司开展检查，江川燃气集团青山分公司、恒通物流集团接受检查。")
    assert surfaces(found, "Enterprise") == {"恒通物流集团", "江川燃气集团青山分公司", "长岭煤业有限公司"}


def test_a_firms_tank_farm_is_part_of_the_firm():
    found = mentions("对华泰化工有限公司储罐区挂牌督办，检查了东港储罐区。")
    assert surfaces(found, "Enterprise") == {"华泰化工有限公司"}
    assert surfaces(found, "Facility") == {"东港储罐区"}


def test_a_class_noun_or_locative_before_a_firm_is_not_its_name():
    found = mentions("县交通运输局约谈渡口经营单位安澜渡运有限公司，对园区内永昌精细化工有限公司、"
                      "泓远新材料有限公司、丰*化工有限公司开展检查，检查了宏达企业管理有限公司。")
    assert surfaces(found, "Enterprise") == {"丰*化工有限公司", "宏达企业管理有限公司", "安澜渡运有限公司",
                                        "永昌精细化工有限公司", "泓远新材料有限公司"}


def test_shops_and_outlets_with_a_trade_name_are_firms():
    found = mentions("检查了白沙镇瑞丰烟花爆竹专营店、东坪乡吉祥烟花爆竹零售点和烟花爆竹零售点。")
    assert surfaces(found, "Enterprise") == {"吉祥烟花爆竹零售点", "瑞丰烟花爆竹专营店"}


def test_a_one_char_kind_inside_a_firms_name_is_no_facility():
    found = mentions("对*港顺物流有限公司、青湾港泰燃气有限公司开展检查，检查了青湾港北渚作业区。")
    assert surfaces(found, "Enterprise") == {"*港顺物流有限公司", "青湾港泰燃气有限公司"}
    assert surfaces(found, "Facility") == {"北渚作业区", "青湾港"}


# -- persons -----------------------------------------------------------------------------------------
def test_names_listed_after_a_titled_name_are_persons():
    found = mentions("县应急管理局局长袁立，副局长曾安、潘宏参加会议；副县长李文和王坚出席，副县长赵平等陪同。")
    assert surfaces(found, "Person") == {"曾安", "李文", "潘宏", "王坚", "袁立", "赵平"}


def test_a_name_ends_before_a_predicate_word():
    found = mentions("县长杨帆强调，要压实责任。局长周伟指出，县委办主任黄丽陪同检查。")
    assert surfaces(found, "Person") == {"周伟", "杨帆", "黄丽"}


def test_names_of_two_char_surnames_and_names_said_by_comrade():
    found = mentions("欧阳明辉副县长带队检查。\n格桑顿珠同志任县应急管理局局长。\n全体同志要提高认识。")
    assert surfaces(found, "Person") == {"格桑顿珠", "欧阳明辉"}


def test_township_and_provincial_titles_and_masked_names_without_a_surname():
    found = mentions("龙门镇镇长刘洋、白石乡乡长王平到场，省应急管理厅副厅长马明调研，"
                      "县林业和草原局局长次旦某某带队检查。")
    assert surfaces(found, "Person") == {"刘洋", "次旦某某", "王平", "马明"}
    assert {"龙门镇", "白石乡"} <= surfaces(found, "Jurisdiction")


# -- places ------------------------------------------------------------------------------------------
def test_place_stems_that_look_like_common_words():
    found = mentions("深入柳集镇开展检查，那木乡、春日镇参加，其中较多的有达坪乡。"
                      "实行包乡镇责任制，对全市47座农村水电站开展排查，推进城乡镇村建设。")
    assert surfaces(found, "Jurisdiction") == {"春日镇", "柳集镇", "达坪乡", "那木乡"}


def test_a_locative_before_a_village_and_place_nouns_ending_a_name_are_no_place():
    kg = graph(HEAD + "东坪村周边坑口村群众参与转移，北圩村一带低洼地区转移；下洋镇工业功能区内的恒裕化工有限公司。\n")
    assert names(kg, "Jurisdiction") == {"青山县", "下洋镇", "东坪村", "北圩村", "坑口村"}
    assert "下洋镇工业功能区" in names(kg, "Facility")


# -- bodies ------------------------------------------------------------------------------------------
def test_bodies_of_government_offices_publicity_and_renamed_bureaus():
    kg = graph(HEAD + "县政府办公室印发《青山县自然灾害救助应急预案》。县委宣传部、县发展改革委参加。"
               "县森防指办公室由县应急管理局调整至县林业和草原局。县政府将县数据局纳入县安委会成员单位。\n")
    departments = names(kg, "Department")
    assert {"县政府办公室", "县委宣传部", "县发展改革委", "县林业和草原局", "县数据局", "县森防指办公室"} <= departments
    assert "县防汛抗旱指挥部办公室" not in departments


def test_a_committees_group_named_by_its_topic_or_number_is_part_of_it():
    kg = graph(HEAD + "白川市安委会冶金专项督导组对我县钢铁企业开展专项督导。市安委会第三督导组到我县督导。\n")
    groups = names(kg, "Committee")
    assert {"白川市安委会冶金专项督导组", "市安委会冶金专项督导组", "市安委会第三督导组"} <= groups
    assert "白川市市安委会冶金专项督导组" not in groups
    edge(kg, "PART_OF", ("Committee", "市安委会第三督导组"), ("Committee", "市安全生产委员会"))


# -- facilities --------------------------------------------------------------------------------------
def test_more_kinds_of_works_and_places():
    found = mentions("县水利局检查了红星山塘、白马闸站、东风干渠、柴河闸和沙沟河左堤，县卫健局检查了县妇幼保健院、"
                      "城南卫生服务中心，对金鹰影城、阳光花园小区、南山滑雪场开展检查，对居民小区、老旧小区开展排查。")
    assert surfaces(found, "Facility") == {"县妇幼保健院", "城南卫生服务中心", "柴河闸", "沙沟河左堤", "白马闸站",
                                           "红星山塘", "金鹰影城", "阳光花园小区", "南山滑雪场", "东风干渠"}


def test_the_countys_own_facility_named_by_its_level_char_alone():
    found = mentions("在县实验小学组织疏散演练，检查全县医院和县级应急物资储备库。")
    assert surfaces(found, "Facility") == {"县实验小学"}


def test_a_long_facility_name_after_a_place_or_on_a_river_segment():
    found = mentions("检查了炉山街道钢城路下穿立交桥和长江青山段江堤。")
    assert surfaces(found, "Facility") == {"钢城路下穿立交桥", "长江青山段江堤"}


def test_hazard_points_and_quarries_are_named_by_their_village():
    kg = graph(HEAD + "对达坪乡加塘村滑坡隐患点、日阿沟泥石流隐患点开展巡查，查处东坪村砂石料场越界开采，"
               "对地质灾害隐患点、滑坡隐患点开展排查。\n")
    facilities = names(kg, "Facility")
    assert {"加塘村滑坡隐患点", "日阿沟泥石流隐患点", "东坪村砂石料场"} <= facilities
    assert "滑坡隐患点" not in {d["name"] for _, d in kg.nodes("Facility")}
    assert "地质灾害隐患点" not in facilities
    assert has_edge(kg, "LOCATED_IN", ("Facility", "加塘村滑坡隐患点"), ("Jurisdiction", "加塘村"))


def test_a_reservoirs_works_written_after_it_keep_the_reservoir_and_a_counted_kind_is_no_name():
    found = mentions("县水利局对黄龙水库大坝开展检查，对东湖、西湖、南湖三座水库开展巡查。")
    assert surfaces(found, "Reservoir") == {"黄龙水库"}
    assert not surfaces(found, "Facility")


def test_a_name_between_its_body_and_its_title():
    found = mentions("县委王建国书记、县政府李明县长分别带队检查，县委永平书记主持会议；县政府办公室主任参加。")
    assert surfaces(found, "Person") == {"王建国", "李明", "永平"}


def test_units_listed_with_bodies_and_a_parks_own_bureau():
    kg = graph(HEAD + "县政府将县数据局、县国资办、县城市更新中心纳入县安委会成员单位。县粮食和物资储备中心联合"
               "县应急管理局开展检查。开发区安全生产监督管理局(以下简称开发区安监局)负责园区日常监管。"
               "县应急指挥中心、县委办参加。\n")
    departments = names(kg, "Department")
    assert {"县国资办", "县城市更新中心", "县粮食和物资储备中心", "开发区安全生产监督管理局", "开发区安监局"} <= departments
    assert "区安全生产监督管理局" not in departments


def test_a_team_named_after_a_stem_or_a_firm_and_a_provincial_department():
    found = mentions("区应急救援中队与鑫冶特钢有限公司专职消防队签订联训协议，省交通运输厅组织检查。", "白沙区", "区")
    assert surfaces(found, "RescueTeam") == {"区应急救援中队", "鑫冶特钢有限公司专职消防队"}
    assert ("Department", "省交通运输厅") in found


def test_names_listed_before_a_kind_share_it():
    kg = graph(HEAD + "县水利局对黄龙、青石水库开展汛前检查，检查了东湖排涝泵站和金山、银山隧道，对小型、中型水库和山塘、"
               "水库开展排查。\n")
    assert {"黄龙水库", "青石水库"} <= names(kg, "Reservoir")
    assert {"金山隧道", "银山隧道", "东湖排涝泵站"} <= names(kg, "Facility")
    assert not {"小型水库", "中型水库", "山塘水库"} & names(kg, "Reservoir")


def test_a_branch_is_named_with_its_company_and_a_trade_word_stays_in_a_works_name():
    found = mentions("检查了长江航运公司青山分公司，查处了红星烟花爆竹厂，检查了烟花爆竹零售点。")
    assert surfaces(found, "Enterprise") == {"长江航运公司青山分公司", "红星烟花爆竹厂"}


def test_a_prefecture_named_diqu_and_its_bodies():
    kg = graph(HEAD + "在那曲地区应急管理局的指导下，地区应急管理局副局长王强到我县调研。北圩村一带低洼地区群众转移。\n")
    assert "那曲地区应急管理局" in names(kg, "Department")
    assert not {"区应急管理局", "县应急管理局"} & {d["name"] for _, d in kg.nodes("Department")}
    assert "那曲地区" in names(kg, "Jurisdiction")
    assert not any("低洼" in n for n in names(kg, "Jurisdiction"))


def test_a_name_ends_before_more_predicate_words_of_officials():
    found = mentions("县长王强赴龙门镇检查。副县长李华宣布演练开始。副县长赵敏通报情况。局长陈平传达会议精神。")
    assert surfaces(found, "Person") == {"王强", "李华", "赵敏", "陈平"}
