"""Constructions found missing on unseen plans (issue 14: tests/documents/probe10 and probe11), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- `在2022年77.36岁的基础上提高1岁左右`: the base is an observation of its year, the change a target named by the
  words before 在 (never by 基础上), dated by the clause's own target year (在2022年 is no deadline);
- a numbered heading that is a programme's name alone (（一）健康知识普及行动。) and 推动 introduce programmes;
- 护理部 is a unit; 利用现有床位资源 is a means, not what exists; …培训中心 is a named institution;
- `设置率到2025年达到70%以上、到2030年达到90%`: one value per year, the later one of the same indicator; a 文号 after
  按照 in a longer phrase starts at its issuer code (云卫疾控发〔2022〕17号, not 照云卫疾控发…);
- a change after another change of the same indicator (…比2015年末增加7.6万人，增长41.8%) measures it too;
  万余 / 万多 states a floor (1.2万余名);
- a city's 健康教育所 is a health education institution (市健康教育所 → 曲靖市健康教育所);
- a pipe table's year may stand in brackets after the header word (基期值（2022年）), and a ratio cell may carry a
  sign (≥1:0.85).
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, NamedEntityMention
from loaders.extract.target_facts import DepartmentRequirement
from tests.conftest import facts_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """健康某市行动实施方案
一、总体要求
为深入实施健康中国战略，推动健康云南行动在我市落地见效，制定本方案。到2025年，全市人均预期寿命在2022年77.36岁的基础上提高1岁左右。
二、重点行动
（一）健康知识普及行动。
行动目标：到2025年，二级及以上医院全部设立护理部，推动乡镇卫生院利用现有床位资源设置护理病区，建设河北省老年护理培训中心。
附件
主要监测指标
序号|指标名称|基期值（2022年）|2025年目标值|指标属性
1|每千人口执业（助理）医师数（人）|2.86|3.2|预期性
2|三级综合医院全院床护比|1:0.72|≥1:0.85|约束性
二级以上综合医院要设置临床营养科，设置率到2025年达到70%以上、到2030年达到90%。地方病监测按照云卫疾控发〔2022〕17号文件要求执行。
截至2020年底，全省注册护士总数比2015年末增加7.6万人，增长41.8%；累计培训专科护士1.2万余名。
依托市健康教育所建立健康科普专家库。
""",
    "traditional": """健康某市行動實施方案
一、總體要求
爲深入實施健康中國戰略，推動健康雲南行動在我市落地見效，制定本方案。到2025年，全市人均預期壽(shòu)命在2022年77.36歲的基礎上提高1歲左右。
二、重點行動
（一）健康知識普及行動。
行動目標：到2025年，二級及以上醫院全部設立護理部，推動鄉鎮衛(wèi)生院利用現有牀位資源設置護理病區，建設河北省老年護理培訓中心。
附件
主要監測指標
序號|指標名稱|基期值（2022年）|2025年目標值|指標屬性
1|每千人口執業（助理）醫師數（人）|2.86|3.2|預期性
2|三級綜合醫院全院牀護比|1:0.72|≥1:0.85|約束性
二級以上綜合醫(yī)院要設置臨牀營養科，設置率到2025年達到70%以上、到2030年達到90%。地方病監測按照雲衛疾控發〔2022〕17號文件要求執行。
截至2020年底，全省註冊護士總數比2015年末增加7.6萬人，增(zēng)長41.8%；累計培訓專科護士1.2萬餘名。
依託市健康教育所建立健康科普專家庫。
""",
}



doc = per_script_document(TEXTS, "action", "健康某市行动实施方案", "曲靖市", "2023-03-01")


def names(doc, kind: str, line: int) -> set[str]:
    return {f.name for f in facts_on_line(doc, NamedEntityMention, line) if f.kind == kind}


def test_a_base_value_and_the_change_from_it(doc) -> None:
    assert quantities_on_line(doc, 2) == {("observation", "人均预期寿命", 77.36, "year", "=", 2022),
                                          ("target", "人均预期寿命", 1.0, "year", "~", 2025)}


def test_programmes_after_tuidong_and_as_headings(doc) -> None:
    assert "健康云南行动" in names(doc, "programme", 2)
    assert names(doc, "programme", 4) == {"健康知识普及行动"}


def test_a_nursing_department_a_ward_by_existing_beds_and_a_training_centre(doc) -> None:
    found = {(f.department, f.institution_scope, f.share) for f in facts_on_line(doc, DepartmentRequirement, 5)}
    assert found == {("护理部", "二级及以上医院", 100.0), ("护理病区", "乡镇卫生院", None)}
    assert names(doc, "institution", 5) == {"河北省老年护理培训中心"}


def test_a_year_in_brackets_heads_a_column_and_a_ratio_has_a_sign(doc) -> None:
    assert quantities_on_line(doc, 9) == {
        ("observation", "每千人口执业（助理）医师数", 2.86, "per-1000-population", "=", 2022),
        ("target", "每千人口执业（助理）医师数", 3.2, "per-1000-population", ">=", 2025)}
    assert ("target", "三级综合医院全院床护比", 0.85, "ratio-one-to-x", ">=", 2025) in quantities_on_line(doc, 10)


def test_one_share_for_two_years_and_a_number_after_anzhao(doc) -> None:
    assert {(f[1], f[2], f[5]) for f in quantities_on_line(doc, 11)} == {
        ("二级以上综合医院临床营养科设置率", 70.0, 2025), ("二级以上综合医院临床营养科设置率", 90.0, 2030)}
    assert {f.number for f in facts_on_line(doc, Citation, 11)} == {"云卫疾控发〔2022〕17号"}


def test_a_second_change_and_more_than_a_value(doc) -> None:
    assert quantities_on_line(doc, 12) == {("observation", "注册护士总数", 7.6, "ten-thousand", "=", 2020),
                                           ("observation", "注册护士总数", 41.8, "percent", "=", 2020),
                                           ("observation", "专科护士", 1.2, "ten-thousand", ">=", 2020)}


def test_a_citys_health_education_institute(doc) -> None:
    assert names(doc, "institution", 13) == {"曲靖市健康教育所"}
