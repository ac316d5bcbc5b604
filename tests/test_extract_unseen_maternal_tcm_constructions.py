"""A province's maternal and child health plan and a county's TCM service plan (issue 14: tests/documents/probe217
and probe218, whose keys read them so), written twice: in simplified script and in traditional script with pinyin
noise. Expected values are written by hand.

- `A为a，B为b，C为c，分别较2020年下降x、y和z`: each measure's change since 2020, in order, an observation of the
  sentence's year;
- an age band before the population it bounds (6个月内婴儿纯母乳喂养率) is part of the measure, no value;
- a share of institutions providing a bounded number of things (100%的乡镇卫生院能够提供10类以上中医药技术方法):
  the bound is what is provided, no target of its own;
- counted people sent to work somewhere (每年引进中医专家不少于5名到县中医医院坐诊带教) are the clause's value;
- a distance from a place (距离县城20公里以上) and a relaxed threshold (山区县可放宽至2万人以上) select the
  institutions a rule applies to: no targets;
- two units written side by side in a heading (加强产科儿科服务能力建设) are two units, which the body states;
- a 推进行动 after a topic (开展中医药健康文化推进行动) is a programme's name; a hospital's medical community
  (芦山县中医医院医共体) is an institution, a medical group.
"""

from __future__ import annotations

from loaders.extract.org_facts import NamedEntityMention
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """云川县妇幼健康和中医药服务提升方案（2026—2028年）
一、发展基础
2025年，全县孕产妇死亡率为12.1/10万，婴儿死亡率为3.9‰，5岁以下儿童死亡率为5.2‰，分别较2020年下降18.4%、25.7%和22.9%。
二、主要目标
到2028年，6个月内婴儿纯母乳喂养率达到55%左右，100%的乡镇卫生院能够提供10类以上中医药技术方法。
三、重点任务
（一）加强产科儿科服务能力建设。推动县级综合医院产科、儿科标准化建设。
（二）每年柔性引进省、市级中医专家不少于5名到县中医医院坐诊带教。
（三）原则上选择服务人口3万人以上（山区县可放宽至2万人以上）、距离县城20公里以上、交通便利的中心乡镇卫生院建设县域医疗次中心。
（四）开展中医药健康文化推进行动，发挥云川县中医医院医共体龙头作用。
""",
    "traditional": """雲川縣婦幼健康和中醫藥服務提升方案（2026—2028年）
一、發展基礎
2025年，全縣孕產婦死亡率為12.1/10萬，嬰兒死(sǐ)亡率為3.9‰，5歲以下兒童死亡率為5.2‰，分別較2020年下降18.4%、25.7%和22.9%。
二、主要目標
到2028年，6個月內嬰兒純母乳餵(wèi)養率達到55%左右，100%的鄉鎮衛生院能夠提供10類以上中醫藥技術方法。
三、重點任務
（一）加強產科兒科服(fú)務能力建設。推動縣級綜合醫院產科、兒科標準化建設。
（二）每年柔性引進省、市級中醫專家不少於5名到縣中醫醫院坐診帶教。
（三）原則上選擇服務人口3萬人以上（山區縣可放寬至2萬人以上）、距離縣城20公里以上、交通便利的中心鄉鎮衛(wèi)生院建設縣域醫療次中心。
（四）開展中醫藥健康文化推進行動，發揮雲川縣中醫醫院醫共體龍頭作用。
""",
}

doc = per_script_document(TEXTS, "maternal-tcm", "云川县妇幼健康和中医药服务提升方案（2026—2028年）", "云川县",
                          "2026-01-20")


def test_changes_since_a_year_go_to_the_measures_in_order(doc):
    changes = {(q[1], q[2]) for q in quantities_on_line(doc, 2) if q[0] == "observation" and q[3] == "percent"}
    assert changes == {("孕产妇死亡率", 18.4), ("婴儿死亡率", 25.7), ("5岁以下儿童死亡率", 22.9)}


def test_an_age_band_and_a_bounded_offer_are_no_values(doc):
    assert {(q[2], q[3]) for q in quantities_on_line(doc, 4)} == {(55.0, "percent"), (100.0, "percent")}


def test_people_sent_to_work_are_the_clauses_value(doc):
    assert {(q[1], q[2], q[4]) for q in quantities_on_line(doc, 7)} == {("每年柔性引进省、市级中医专家", 5.0, ">=")}


def test_selection_thresholds_are_no_targets(doc):
    assert not {q for q in quantities_on_line(doc, 8) if q[2] in (2.0, 20.0)}


def test_units_side_by_side_in_a_heading_are_the_units_the_body_states(doc):
    assert requirements_on_line(doc, 6) == {("产科", "县级综合医院", None, None), ("儿科", "县级综合医院", None, None)}


def test_a_promotion_campaign_and_a_hospitals_medical_community(doc):
    assert names_on_line(doc, 9, "programme") == {"中医药健康文化推进行动"}
    community = [f for f in facts_on_line(doc, NamedEntityMention, 9) if f.kind == "institution"]
    assert {f.name for f in community} == {"云川县中医医院医共体"}
    assert community[0].type_iri.endswith("/medical-group")
