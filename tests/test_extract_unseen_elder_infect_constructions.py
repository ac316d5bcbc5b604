"""A provincial-level notice on infectious disease treatment and a county's medical-elderly care plan (issue 14:
tests/documents/probe145 and probe146, whose keys read them so), written twice: in simplified script and in
traditional script with pinyin noise. Expected values are written by hand.

- institutions' unit and share, then 、 and a next unit with its own share (…护理站设置率不低于70%、康复科设置率达到90%):
  the same institutions; an opening rate (开诊率) is a share;
- a season between institutions and their set-up verb (乡镇卫生院在…高发季节设置…) keeps them the host;
- a designation named by a part of a division (临沂市北部区域传染病救治中心) is one centre; an institution named twice
  (山东省中医医院暨中医研究院) is one;
- a town's name may end in 村 (苏村镇中心卫生院); elderly-care homes named by their town or county (马牧池乡敬老院,
  沂南县光荣院);
- a law joined to a quoted title without 《》 (《…法》和山东省养老服务条例) is cited too.
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation
from tests.conftest import facts_on_line, names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """沂南县医养结合和传染病防治工作方案
一、主要目标
到2027年，乡镇卫生院护理站设置率不低于70%、康复科设置率达到90%。每年肠道传染病流行季节，二级以上综合医院肠道门诊开诊率保持100%。
二、重点任务
1.乡镇卫生院在肠道传染病高发季节设置腹泻病诊室。
2.依托县人民医院建设临沂市北部区域传染病救治中心，依托山东省中医医院暨中医研究院建设中医疫病防治基地。
3.重点支持苏村镇中心卫生院、青驼镇中心卫生院建设护理站。2026年底前，沂南县光荣院、马牧池乡敬老院内设医务室投入使用。
4.严格执行《中华人民共和国老年人权益保障法》和山东省养老服务条例有关规定。
""",
    "traditional": """沂南縣醫養結合和傳染病防治工作方案
一、主要目標
到2027年，鄉鎮衛生院護(hù)理站設置率不低於70%、康復科設置率達到90%。每年腸道傳染病流行季節，二級以上綜合醫院腸道門診開診率保持100%。
二、重點任務
1.鄉鎮衛生院在腸道傳染病高發季節設置腹(fù)瀉病診室。
2.依託縣人民醫院建設臨沂市北(běi)部區域傳染病救治中心，依託山東省中醫醫院暨中醫研究院建設中醫疫病防治基地。
3.重點支持蘇(sū)村鎮中心衛生院、青駝鎮中心衛生院建設護理站。2026年底前，沂南縣光(guāng)榮院、馬牧池鄉敬(jìng)老院內設醫務室投入使用。
4.嚴格執行《中華人民共和國老年人權益保障法》和山東省養(yǎng)老服務條例有關規定。
""",
}

doc = per_script_document(TEXTS, "elder-infect", "沂南县医养结合和传染病防治工作方案", "沂南县", "2025-03-01")


def test_the_next_unit_and_its_own_share(doc):
    assert requirements_on_line(doc, 2) == {
        ("护理站", "乡镇卫生院", 70.0, 2027), ("康复科", "乡镇卫生院", 90.0, 2027),
        ("肠道门诊", "二级以上综合医院", 100.0, 2027)}


def test_a_season_before_the_verb(doc):
    assert requirements_on_line(doc, 4) == {("腹泻病诊室", "乡镇卫生院", None, None)}


def test_designations_and_names_held_twice(doc):
    assert names_on_line(doc, 5, "institution") == {
        "沂南县人民医院", "临沂市北部区域传染病救治中心", "山东省中医医院暨中医研究院"}


def test_towns_and_homes_name_institutions(doc):
    assert names_on_line(doc, 6, "institution") == {
        "苏村镇中心卫生院", "青驼镇中心卫生院", "沂南县光荣院", "马牧池乡敬老院"}


def test_a_law_after_a_quoted_title(doc):
    assert {f.title for f in facts_on_line(doc, Citation, 7)} == {"中华人民共和国老年人权益保障法", "山东省养老服务条例"}
