"""Round 31 (task E31): works and townships in forms first seen in fresh sets.
- heating works named by their kind (`X热源厂`, `X供热站`) are Facilities, not firms;
- a works numbered in Arabic digits (`8号检查站`) is named by its number;
- a verb before a township (`新建X街道…`, `分驻X镇`) is not part of its name;
- one work built by a township as the clause's subject (`X街道新建应急避难场所1处`), or set up uncounted at a
  place (`在X镇设立应急物资储备点。`), is named by its kind;
- a report that counts its farms among its townships (`N个镇（林场）`) names each farm as a Jurisdiction.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import mentions


def test_heating_works_are_facilities():
    got = mentions("县住建局对位于白石镇的南区热源厂、青石镇二号供热站开展检查。")
    assert ("Facility", "南区热源厂") in got
    assert ("Facility", "二号供热站") in got
    assert ("Enterprise", "南区热源厂") not in got


def test_numbered_works_keeps_its_number():
    got = mentions("副县长实地查看了红岩林场的5号防火检查站。")
    assert ("Facility", "5号防火检查站") in got


def test_date_is_no_number_of_a_works():
    got = mentions("3月5号检查站点设置情况。")
    assert not any(name.startswith("5号") for _, name in got)


def test_verb_before_a_township_is_not_its_name():
    got = mentions("新建南湖街道应急物资储备点1处。县森林消防队分驻白石镇和红岩乡两地。")
    assert ("Jurisdiction", "南湖街道") in got
    assert ("Jurisdiction", "白石镇") in got
    assert not any(name.startswith(("新建", "分驻")) for _, name in got)


def test_one_work_built_by_a_township_subject():
    got = mentions("去年，南湖街道新建应急避难场所1处，在白石镇设立应急物资储备点。")
    assert ("Facility", "应急避难场所") in got
    assert ("Facility", "应急物资储备点") in got


def test_many_works_built_are_a_class():
    got = mentions("全县新建应急避难场所3处。")
    assert not any(label == "Facility" for label, _ in got)


def test_farms_counted_among_townships_are_jurisdictions():
    got = mentions("县政府与白石镇、红岩林场、松涛林场等5个镇（林场）签订责任书。")
    assert ("Jurisdiction", "红岩林场") in got
    assert ("Jurisdiction", "松涛林场") in got


def test_farm_alone_stays_a_facility():
    got = mentions("县林业局对红岩林场开展防火检查。")
    assert ("Facility", "红岩林场") in got


def test_level_word_built_by_a_township_subject_is_no_name():
    got = mentions("南湖街道建成县级应急避难场所1处。")
    assert not any(label == "Facility" for label, _ in got)
