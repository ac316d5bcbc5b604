"""A prefecture's TCM plan and a county's maternal and child health plan (issue 14: tests/documents/probe143 and
probe144, whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- an indicator's line whose shares follow a colon (…设置中医馆的比例：2025年达到90%，2027年达到100%) states one
  requirement per institution type and year;
- a share after a list of units that names one of them again (…治未病科、康复科和老年病科，2025年治未病科设置率…)
  is that unit's only;
- units an institution's list names before a deadline and 建成 (…国医堂要在2025年6月底前建成) are required by then;
- a list whose later item names its own institution (县人民医院危重孕产妇救治中心、县妇幼保健院危重新生儿救治中心):
  each unit in its own institution; a delivery room (产房) is a unit;
- 与 inside an item of a 、-list (儿童营养与喂养、…等专科门诊) joins one item's words;
- a bound inside what a count counts (6个村卫生室能够提供4类以上…) is no measure of its own;
- a programme named after 通过, before the clause's own verb (通过农村妇女两癌筛查项目完成…); a campaign 进X、进Y、进Z
  is one name;
- a law after 依照 before the verb of what is done under it (依照药品管理法加强…);
- a province heads the name of its hospital after a verb ending in a function character (对接四川省中医医院).
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """宜宾市2025年中医药和妇幼健康工作方案
一、主要指标
（1）社区卫生服务中心和乡镇卫生院设置中医馆的比例：2025年达到90%，2027年达到100%。
二、基本情况
2024年，全市通过农村妇女两癌筛查项目完成宫颈癌和乳腺癌筛查2.06万人，6个村卫生室能够提供4类以上中医药技术服务。
三、重点任务
1.县级中医医院要规范设置治未病科、康复科和老年病科，2025年治未病科设置率达到100%。
2.李庄镇中心卫生院、南溪街道社区卫生服务中心国医堂要在2025年6月底前建成。
3.巩固县人民医院危重孕产妇救治中心、县妇幼保健院危重新生儿救治中心建设成果。县人民医院2025年内建成标准化产房。
4.县妇幼保健院要开设儿童营养与喂养、儿童心理行为发育、儿童眼保健等专科门诊。
5.深入开展中医药文化进校园、进社区、进乡村活动。依照药品管理法加强中药材质量监管。主动对接四川省中医医院，共建协作平台。
""",
    "traditional": """宜賓市2025年中醫藥和婦幼健康工作方案
一、主要指標
（1）社區衛生服務中心和鄉鎮衛生院設置中醫館的比例：2025年達到90%，2027年達到100%。
二、基本情況
2024年，全市通過農村婦女兩癌篩(shāi)查項目完成宮頸癌和乳腺癌篩查2.06萬人，6個村衛生室能夠提供4類以上中醫藥技術服務。
三、重點任務
1.縣級中醫醫(yī)院要規範設置治未病科、康復科和老年病科，2025年治未病科設置率達到100%。
2.李莊鎮中心衛生院、南溪街道社區衛生服務中心國醫(yī)堂要在2025年6月底前建成。
3.鞏固縣人民醫院危重孕產婦救治中心、縣婦幼保健院危重新生兒救治中心建設成果。縣人民醫院2025年內建成標準化產(chǎn)房。
4.縣婦幼保健院要開設兒童營養與餵(wèi)養、兒童心理行爲發育、兒童眼保健等專科門診。
5.深入開展中醫藥文化進校園、進社區、進鄉(xiāng)村活動。依(yī)照藥品管理法加強中藥材質量監管。主動對接四川省中醫醫院，共建協作平臺。
""",
}

doc = per_script_document(TEXTS, "tcm-mch", "宜宾市2025年中医药和妇幼健康工作方案", "宜宾市", "2025-03-01")


def test_shares_after_an_indicators_colon(doc):
    assert requirements_on_line(doc, 2) == {
        ("中医馆", "社区卫生服务中心", 90.0, 2025), ("中医馆", "乡镇卫生院", 90.0, 2025),
        ("中医馆", "社区卫生服务中心", 100.0, 2027), ("中医馆", "乡镇卫生院", 100.0, 2027)}


def test_a_share_of_the_unit_named_again(doc):
    assert requirements_on_line(doc, 6) == {
        ("治未病科", "县级中医医院", 100.0, 2025), ("康复科", "县级中医医院", None, None),
        ("老年病科", "县级中医医院", None, None)}


def test_units_built_by_a_deadline(doc):
    assert requirements_on_line(doc, 7) == {
        ("国医堂", "李庄镇中心卫生院", None, 2025), ("国医堂", "南溪街道社区卫生服务中心", None, 2025)}


def test_each_unit_in_its_own_institution(doc):
    assert {(d, s) for d, s, *_ in requirements_on_line(doc, 8)} == {
        ("危重孕产妇救治中心", "县人民医院"), ("危重新生儿救治中心", "县妇幼保健院"), ("产房", "县人民医院")}


def test_a_pair_of_words_in_a_listed_item(doc):
    assert {d for d, *_ in requirements_on_line(doc, 9)} == {"儿童营养与喂养门诊", "儿童心理行为发育门诊", "儿童眼保健门诊"}


def test_a_bound_inside_what_is_counted(doc):
    assert {(kind, value, year) for kind, _, value, _, _, year in quantities_on_line(doc, 4)} == {
        ("observation", 2.06, 2024), ("observation", 6.0, 2024)}


def test_programmes_a_law_and_a_provinces_hospital(doc):
    assert names_on_line(doc, 4, "programme") == {"农村妇女两癌筛查项目"}
    assert names_on_line(doc, 10, "programme") == {"中医药文化进校园、进社区、进乡村活动"}
    assert {f.title for f in facts_on_line(doc, Citation, 10)} == {"药品管理法"}
    assert names_on_line(doc, 10, "institution") == {"四川省中医医院"}
