"""A national notice of a hospital pilot and a Tibetan city's medicine plan (issue 14: tests/documents/probe221 and
probe222, whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- a numbered item whose first sentence requires units of some institutions, and whose next sentence gives the share
  of other institutions having one of them: two requirements (the first sentence is no heading the body restates);
- 牵头单位：X；责任单位：Y — the 责任单位 list names no role: its units are responsible (probe31's and probe115's
  keys read it so; probe222's reads them as support);
- 支持试点医院参与…建设试点: the pilot's name starts after 参与; 本省份中医医院试点工作 names no pilot, and 省份 is a
  word, no level heading an institution's name;
- 实施国家临床重点专科建设项目 names a project, no department;
- 举办 before an event (每年举办珠峰藏医药文化周活动) introduces a programme's name;
- a class of departments with its members in brackets (藏医特色专科（藏医药浴科、藏医外治科）) requires each member;
  a unit's other names in brackets (中医馆（国医堂、中医阁）) stay one unit.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """关于开展公立医院高质量发展示范试点工作的通知
一、重点任务
1.三级综合医院要设置老年医学科、康复医学科，推动老年医学服务向基层延伸。到2027年，设置老年医学科的二级及以上综合医院占比达到60%以上。
2.推进老年友善医疗机构建设。（牵头单位：省卫生健康委；责任单位：省民政厅、省医保局）
3.支持试点医院参与紧密型城市医疗集团建设试点。省级中医药主管部门负责本省份中医医院试点工作。
4.组织实施国家临床重点专科建设项目，每年举办珠峰藏医药文化周活动。
5.县级藏医医院设置藏医特色专科（藏医药浴科、藏医外治科），乡镇卫生院建设中医馆（国医堂、中医阁）。
""",
    "traditional": """關於開展公立醫院高質量發展示範試點工作的通知
一、重點任務
1.三級綜合醫院要設置老年醫學科、康復醫學科，推動老年醫(yī)學服務向基層延伸。到2027年，設置老年醫學科的二級及以上綜合醫院佔比達到60%以上。
2.推進老年友善醫療機構建設。（牽頭單位：省衛生健康委；責任單位：省民政廳、省醫保局）
3.支持試點醫院參與緊密型城市醫療集團建(jiàn)設試點。省級中醫藥主管部門負責本省份中醫醫院試點工作。
4.組織實施國家臨床重點專科建設項目，每年舉(jǔ)辦珠峰藏醫藥文化周活動。
5.縣級藏醫醫院設置藏醫特色專(zhuān)科（藏醫藥浴科、藏醫外治科），鄉鎮衛生院建設中醫館（國醫堂、中醫閣）。
""",
}

doc = per_script_document(TEXTS, "pilot-notice", "关于开展公立医院高质量发展示范试点工作的通知", "广东省",
                          "2026-03-16")


def test_a_first_sentence_and_a_share_of_other_institutions_are_two_requirements(doc):
    assert requirements_on_line(doc, 2) == {("老年医学科", "三级综合医院", None, None),
                                            ("康复医学科", "三级综合医院", None, None),
                                            ("老年医学科", "二级及以上综合医院", 60.0, 2027)}


def test_a_responsible_list_beside_the_lead_is_responsible(doc):
    roles = {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 3)}
    assert roles == {("省卫生健康委", "lead"), ("省民政厅", "responsible"), ("省医保局", "responsible")}


def test_a_pilot_joined_by_its_hospitals_and_no_pilot_of_a_kind_of_hospital(doc):
    assert names_on_line(doc, 4, "programme") == {"紧密型城市医疗集团建设试点"}
    assert names_on_line(doc, 4, "institution") == set()


def test_a_project_of_key_specialties_and_an_event_held(doc):
    assert names_on_line(doc, 5, "programme") == {"国家临床重点专科建设项目", "珠峰藏医药文化周活动"}
    assert requirements_on_line(doc, 5) == set()


def test_a_class_of_departments_requires_its_bracketed_members(doc):
    assert {r[:2] for r in requirements_on_line(doc, 6)} == {
        ("藏医药浴科", "县级藏医医院"), ("藏医外治科", "县级藏医医院"), ("中医馆（国医堂、中医阁）", "乡镇卫生院")}
