"""Constructions found missing on unseen plans (issue 14: tests/documents/probe40, a joint notice of seven ministries
led by 国家卫生健康委), written twice: in simplified script and in traditional script with pinyin noise. Expected values
are written by hand.

- departments of other ministries than the health commission (财政部社会保障司, 国家医保局医药服务管理司, 国家发展改革委
  社会发展司) are agencies of their ministry, as the health commission's own (医政司) are.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, per_script_document

TEXTS = {
    "simplified": """国家卫生健康委等7部门关于加强儿科医疗服务的通知
（五）加强儿科住院医师培训。（国家卫生健康委科技教育司牵头，国家卫生健康委医政司、财政部社会保障司配合）
（七）推进儿科服务模式创新。（国家卫生健康委医政司牵头，国家医保局医药服务管理司、国家发展改革委社会发展司配合）
""",
    "traditional": """國家衛生健康委等7部門關於加強兒科醫療服務的通知
（五）加強兒科住院醫師培訓。（國家衛生健康委科技教育司牽頭，國家衛生健康委醫政司、財政部社會保(bǎo)障司配合）
（七）推進兒科服務模式創新。（國家衛生健康委醫政司牽頭，國家醫保局醫(yī)藥服務管理司、國家發展改革委社會發(fā)展司配合）
""",
}

doc = per_script_document(TEXTS, "ministries", "国家卫生健康委等7部门关于加强儿科医疗服务的通知", "中华人民共和国",
                          "2025-03-14")


def roles(doc, line: int) -> set[tuple[str, str, str]]:
    """(name as written, role, agency key) of the responsibilities on a line."""
    return {(f.evidence.normalised_quote, f.role, f.agency.iri.rsplit("/", 2)[-2] + "/" + f.agency.iri.rsplit("/", 1)[-1])
            for f in facts_on_line(doc, Responsibility, line)}


def test_departments_of_other_ministries(doc) -> None:
    assert roles(doc, 1) == {("国家卫生健康委科技教育司", "lead", "100000/health-commission.dept-science-education"),
                             ("国家卫生健康委医政司", "support", "100000/health-commission.dept-medical-administration"),
                             ("财政部社会保障司", "support", "100000/finance.dept-social-security")}
    assert roles(doc, 2) == {("国家卫生健康委医政司", "lead", "100000/health-commission.dept-medical-administration"),
                             ("国家医保局医药服务管理司", "support", "100000/medical-security.dept-medical-services-management"),
                             ("国家发展改革委社会发展司", "support", "100000/development-reform.dept-social-development")}
