"""Constructions found missing on unseen plans (issue 14: tests/documents/probe83, a national nursing notice;
probe84, a city's work points; probe85, a province's Miao-medicine plan; probe86, a county's maternal and child
health plan), written twice: in simplified script and in traditional script with pinyin noise. Expected values are
written by hand.

- departments: a basis with a list in it (根据功能定位、专科优势和患者需求设置), a shared head 专科护理门诊 giving each
  item 护理门诊, a clause opening with the unit (伤口造口护理门诊到2025年在二级及以上综合医院的开设比例达到60%), 分别
  (one unit: each institution; as many units as institutions: in order), 筛查室, 阴道镜室, 孕妇学校 in 助产机构, 实现全覆盖,
  an institution with an alternative in brackets (在综合医院（妇幼保健院）内设置), a preposition after an item number;
- institutions: an institute under a ministry's name after the verb 组织, towns named …乡, a childcare centre;
- a notice's addressees (各省级卫生健康行政部门要…) are no responsible units; a contact line measures nothing;
- programmes: no 第五届 in a name, a strategy after 与, 进基层推广活动 (but not a generic 品牌推广活动).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from loaders.extract.target_facts import QuantityFact
from tests.conftest import facts_on_line, names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """关于进一步改善护理和妇幼健康服务的通知
一、重点任务
1.二级及以上医院应当根据功能定位、专科优势和患者需求设置护理门诊，有条件的可开设糖尿病、母乳喂养、静脉治疗等专科护理门诊。
2.其中，伤口造口护理门诊到2025年在二级及以上综合医院的开设比例达到60%，到2027年不低于80%。
3.适时组织国家卫生健康委医院管理研究所等第三方机构开展评估。
4.县人民医院、县妇幼保健院分别设立新生儿听力筛查室，各助产机构均要开设孕妇学校。
5.市儿童医院和市第七人民医院分别开设儿童青少年心理门诊和儿童青少年睡眠门诊。
6.社区卫生服务中心和乡镇卫生院中医馆实现全覆盖，县妇幼保健院设置阴道镜室。
7.在清水河镇中心卫生院、三道河乡卫生院、兰干乡卫生院增设儿童康复室，市托育综合服务中心投入运营。
8.各地市要建设地市级儿童医院，或在综合医院（妇幼保健院）内设置儿童诊疗中心。
9.各省级卫生健康行政部门要加强组织领导。市卫生健康委负责统筹，市财政局配合。
10.组织开展第五届“最美医生”评选活动和中医药适宜技术进基层推广活动，推动民族医药与乡村振兴战略、大健康产业深度融合，开展品牌推广活动。
联系电话：010-68792213、68792897
""",
    "traditional": """關於進一步改善護理和婦幼健康服務的通知
一、重點任務
1.二級及以上醫院應當根據功能定位、專科優勢和患者需求設置護(hù)理門診，有條件的可開設糖尿病、母乳餵養、靜脈治療等專科護理門診。
2.其中，傷口造(zào)口護理門診到2025年在二級及以上綜合醫院的開設比例達到60%，到2027年不低於80%。
3.適時組織國家衛生健康委醫院管理研究(jiū)所等第三方機構開展評估。
4.縣人民醫院、縣婦幼保健院分別設立新生兒聽(tīng)力篩查室，各助產機構均要開設孕婦學校。
5.市兒童醫院和市第七人民醫院分別開設兒童青少年心理門診和兒童青少年睡(shuì)眠門診。
6.社區衛生服務中心和鄉鎮衛生院中醫館實現全覆蓋，縣婦幼保健院設置陰(yīn)道鏡室。
7.在清水河鎮中心衛生院、三道河鄉衛生院、蘭(lán)幹鄉衛生院增設兒童康復室，市托育綜合服務中心投入運營。
8.各地市要建設地市級兒童醫院，或在綜合醫院（婦幼保健院）內設置兒童診(zhěn)療中心。
9.各省級衛生健康行政部門要加強組織領導。市衛生健康委負責(zé)統籌，市財政局配合。
10.組織開展第五屆“最美醫(yī)生”評選活動和中醫藥適宜技術進基層推廣活動，推動民族醫藥與鄉(xiāng)村振興戰略、大健康產業深度融合，開展品牌推廣活動。
聯繫電話：010-68792213、68792897
""",
}

doc = per_script_document(TEXTS, "nursing", "关于进一步改善护理和妇幼健康服务的通知", "泉州市", "2025-03-20")


def test_a_basis_listing_several_things_and_a_shared_nursing_clinic_head(doc):
    assert requirements_on_line(doc, 2) == {
        ("护理门诊", "二级及以上医院", None, None), ("糖尿病护理门诊", "二级及以上医院", None, None),
        ("母乳喂养护理门诊", "二级及以上医院", None, None), ("静脉治疗护理门诊", "二级及以上医院", None, None)}


def test_a_clause_opening_with_the_unit_and_its_later_share(doc):
    assert requirements_on_line(doc, 3) == {("伤口造口护理门诊", "二级及以上综合医院", 60.0, 2025),
                                            ("伤口造口护理门诊", "二级及以上综合医院", 80.0, 2027)}


def test_an_institute_after_the_verb_zuzhi(doc):
    assert names_on_line(doc, 4, "institution") == {"国家卫生健康委医院管理研究所"}


def test_fenbie_with_one_unit_gives_it_to_each_and_with_as_many_units_pairs_them(doc):
    assert requirements_on_line(doc, 5) == {("新生儿听力筛查室", "县人民医院", None, None),
                                            ("新生儿听力筛查室", "县妇幼保健院", None, None),
                                            ("孕妇学校", "助产机构", None, None)}
    assert requirements_on_line(doc, 6) == {("儿童青少年心理门诊", "市儿童医院", None, None),
                                            ("儿童青少年睡眠门诊", "市第七人民医院", None, None)}


def test_coverage_achieved_and_a_colposcopy_room(doc):
    assert requirements_on_line(doc, 7) == {("中医馆", "社区卫生服务中心", 100.0, 2025), ("中医馆", "乡镇卫生院", 100.0, 2025),
                                            ("阴道镜室", "县妇幼保健院", None, None)}


def test_towns_named_xiang_and_a_childcare_centre(doc):
    assert names_on_line(doc, 8, "institution") == {"清水河镇中心卫生院", "三道河乡卫生院", "兰干乡卫生院", "泉州市托育综合服务中心"}
    assert {scope for _, scope, _, _ in requirements_on_line(doc, 8)} == {"清水河镇中心卫生院", "三道河乡卫生院", "兰干乡卫生院"}


def test_an_institution_with_an_alternative_in_brackets(doc):
    assert requirements_on_line(doc, 9) == {("儿童诊疗中心", "综合医院（妇幼保健院）", None, None)}


def test_a_notices_addressees_are_no_responsible_units(doc):
    assert {(f.agency.written, f.role) for f in facts_on_line(doc, Responsibility, 10)} == {
        ("市卫生健康委", "lead"), ("市财政局", "support")}


def test_programme_names_without_edition_and_after_yu(doc):
    assert names_on_line(doc, 11, "programme") == {"最美医生评选活动", "中医药适宜技术进基层推广活动", "乡村振兴战略"}


def test_a_contact_line_measures_nothing(doc):
    assert facts_on_line(doc, QuantityFact, 12) == []
