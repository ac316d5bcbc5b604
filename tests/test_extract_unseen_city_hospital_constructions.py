"""A prefecture-level city's public hospital plan (issue 14: tests/documents/probe191, whose key reads it so),
written twice: in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- 彰显 is a verb before a type of institution (彰显中医医院特色优势 names no institution);
- a hospital's bid inside the object of a verb of support (支持X医院争创…建设项目): the programme's name starts
  after the bid;
- a programme named again by the end of its name (“强基提质”工程 after 市级临床重点专科“强基提质”工程) is the same
  programme;
- a unit's words that begin an alliance's name (组建1个中医专科专病联盟) are no unit;
- a bare title that ends a title named before (出台公立医院运营管理评价办法 after 《南充市公立医院运营管理评价办法》)
  names that document.
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation
from tests.conftest import facts_on_line, names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """南充市推动公立医院高质量发展实施方案（2024—2025年）
一、重点任务
1.彰显中医医院特色优势。支持南充市中医医院争创国家中医特色重点医院建设项目，做强骨伤科、肛肠科等优势专科。
2.加强临床专科建设。实施市级临床重点专科“强基提质”工程，每个县（市、区）至少组建1个中医专科专病联盟。
3.健全运营管理体系。研究制定《南充市公立医院运营管理评价办法》。
附件
| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |
| 1 | 加强临床专科建设，实施“强基提质”工程 | 市卫生健康委 | 市财政局 | 持续推进 |
| 2 | 健全运营管理体系，出台公立医院运营管理评价办法 | 市卫生健康委 | 市财政局 | 2024年10月 |
""",
    "traditional": """南充市推動公立醫院高質量發展實施方案（2024—2025年）
一、重點任(rèn)務
1.彰顯中醫醫院特色優勢。支持南充市中醫醫院爭創國(guó)家中醫特色重點醫院建設項目，做強骨傷科、肛腸科等優(yōu)勢專科。
2.加強臨床專科建設。實施市級臨床重點專科“強基(jī)提質”工程，每個縣（市、區）至少組建1個中醫專科專病聯盟。
3.健(jiàn)全運營管理體系。研究制定《南充市公立醫院運營管理評(píng)價辦法》。
附件
| 序號 | 重點任務 | 牽頭單位 | 配合單位 | 完成時限(xiàn) |
| 1 | 加強臨床專科建設，實施“強基提質”工程 | 市衛生健康委 | 市(shì)財政局 | 持續推進 |
| 2 | 健全運營管理體系，出臺公立醫院運營(yíng)管理評價辦法 | 市衛生健康委 | 市財政局 | 2024年10月 |
""",
}

doc = per_script_document(TEXTS, "city-hospital", "南充市推动公立医院高质量发展实施方案（2024—2025年）", "南充市",
                          "2024-06-14")


def test_a_verb_before_a_type_of_institution_names_none(doc):
    assert names_on_line(doc, 2, "institution") == {"南充市中医医院"}


def test_a_programme_a_hospital_bids_for(doc):
    assert names_on_line(doc, 2, "programme") == {"国家中医特色重点医院建设项目"}


def test_a_programme_named_again_by_its_end(doc):
    assert names_on_line(doc, 3, "programme") == {"市级临床重点专科强基提质工程"}
    assert names_on_line(doc, 7, "programme") == {"市级临床重点专科强基提质工程"}


def test_an_alliance_is_no_unit(doc):
    assert requirements_on_line(doc, 3) == set()


def test_a_document_named_again_by_the_end_of_its_title(doc):
    assert {c.title for c in facts_on_line(doc, Citation, 4)} == {"南充市公立医院运营管理评价办法"}
    assert {(c.title, c.relation) for c in facts_on_line(doc, Citation, 8)} == {("南充市公立医院运营管理评价办法", "drafts")}
