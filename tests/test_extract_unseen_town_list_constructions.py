"""Township health centres found missing on an unseen plan (issue 14: tests/documents/probe99 and probe100, whose keys
read them as named institutions and department requirements), written twice: in simplified script and in traditional
script with pinyin noise. Expected values are written by hand.

- a list whose cells are apart by full-width spaces under a 序号 … 名称 header is a table: each row's units belong to
  the row's centre, by the row's deadline;
- a centre named by its town alone is the one named with its county elsewhere in the text (顶效镇中心卫生院,
  兴义市顶效镇中心卫生院);
- an autonomous prefecture's everyday name (黔西南州) and its level word alone (州人民医院) name one hospital;
- a division alone before a primary-care label names the class (我州乡镇卫生院), no institution;
- a town's name may hold 和 (太和镇); a verb before a town's name (巩固万屯镇) is no part of it;
- 建设率 is a share; a later year's share (2027年这一比例达到80%以上) after a share written ahead of the institutions.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """黔西南州乡镇卫生院服务能力提升方案
一、工作基础
我州乡镇卫生院发展不平衡，黔西南州人民医院对口帮扶兴义市顶效镇中心卫生院。
二、重点任务
1.州人民医院牵头组建专科联盟，支持兴义市顶效镇中心卫生院、安龙县德卧镇中心卫生院设置康复科。
2.选择太和镇卫生院、永和镇卫生院试点设立心理门诊。
3.在巩固万屯镇中心卫生院建设成效基础上，到2026年，不少于60%的乡镇卫生院设置心理咨询室，2027年这一比例达到80%以上。
4.到2025年底，中小学校心理辅导室建设率达到100%。
表　乡镇卫生院提升名单
序号　县（市）　乡镇卫生院名称　提升方向　完成时限
1　兴义市　顶效镇中心卫生院　县域医疗次中心；康复科、口腔科　2025年12月
2　贞丰县　者相镇中心卫生院　急诊科、妇产科　2026年6月
3　望谟县　桑郎镇卫生院　中医馆提质；全科诊室　2026年12月
""",
    "traditional": """黔西南州鄉鎮衛生院服務能力提升方案
一、工作基礎
我州鄉鎮衛生院發展不平衡，黔西南州人民醫院對口幫(bāng)扶興義市頂效鎮中心衛生院。
二、重點任務
1.州人民醫院牽頭組(zǔ)建專科聯盟，支持興義市頂效鎮中心衛生院、安龍縣德臥鎮中心衛生院設置康復科。
2.選擇太和鎮衛生院、永和鎮衛生院試(shì)點設立心理門診。
3.在鞏固萬屯(tún)鎮中心衛生院建設成效基礎上，到2026年，不少於60%的鄉鎮衛生院設置心理諮詢室，2027年這一比例達到80%以上。
4.到2025年底，中小學校心理輔(fǔ)導室建設率達到100%。
表　鄉鎮衛生院提升名單
序號　縣（市）　鄉鎮衛生院名稱　提升方向　完成時限
1　興義市　頂效鎮中心衛生院　縣域醫療次中心；康復科、口腔(qiāng)科　2025年12月
2　貞豐縣　者相(xiàng)鎮中心衛生院　急診科、婦產科　2026年6月
3　望謨縣　桑郎鎮衛生院　中醫館提質；全科診室　2026年12月
""",
}

doc = per_script_document(TEXTS, "towns", "黔西南州乡镇卫生院服务能力提升方案", "黔西南布依族苗族自治州", "2025-03-01")

PREFECTURE_HOSPITAL = "黔西南布依族苗族自治州人民医院"


def test_a_division_alone_before_a_primary_care_label_is_no_institution(doc):
    assert names_on_line(doc, 0, "institution") == set()
    assert names_on_line(doc, 2, "institution") == {PREFECTURE_HOSPITAL, "兴义市顶效镇中心卫生院"}
    assert names_on_line(doc, 8, "institution") == set()  # 表　乡镇卫生院提升名单: a caption


def test_the_everyday_name_and_the_level_word_name_one_hospital(doc):
    assert PREFECTURE_HOSPITAL in names_on_line(doc, 4, "institution")
    assert requirements_on_line(doc, 4) == {("康复科", "兴义市顶效镇中心卫生院", None, None),
                                            ("康复科", "安龙县德卧镇中心卫生院", None, None)}


def test_town_names_with_he_and_after_a_verb(doc):
    assert names_on_line(doc, 5, "institution") == {"太和镇卫生院", "永和镇卫生院"}
    assert names_on_line(doc, 6, "institution") == {"万屯镇中心卫生院"}


def test_a_later_years_share_after_a_share_written_ahead(doc):
    assert requirements_on_line(doc, 6) == {("心理咨询室", "乡镇卫生院", 60.0, 2026),
                                            ("心理咨询室", "乡镇卫生院", 80.0, 2027)}


def test_a_construction_rate_is_a_share(doc):
    assert requirements_on_line(doc, 7) == {("心理辅导室", "中小学校", 100.0, 2025)}


def test_a_list_apart_by_full_width_spaces_is_a_table(doc):
    assert names_on_line(doc, 10, "institution") == {"兴义市顶效镇中心卫生院"}  # the county's centre of line 2
    assert names_on_line(doc, 11, "institution") == {"者相镇中心卫生院"}
    assert requirements_on_line(doc, 10) == {("康复科", "顶效镇中心卫生院", None, 2025),
                                             ("口腔科", "顶效镇中心卫生院", None, 2025)}
    assert requirements_on_line(doc, 11) == {("急诊科", "者相镇中心卫生院", None, 2026),
                                             ("妇产科", "者相镇中心卫生院", None, 2026)}
    assert requirements_on_line(doc, 12) == {("中医馆", "桑郎镇卫生院", None, 2026),
                                             ("全科诊室", "桑郎镇卫生院", None, 2026)}
