"""Constructions found missing on unseen plans (issue 14: tests/documents/probe22, a 地区's five-year plan with a
pipe table of major projects; probe23, a provincial plan on payment reform), written twice: in simplified script and
in traditional script with pinyin noise. Expected values are written by hand.

- a table of projects (| 序号 | 项目名称 | …): each name cell ending in a programme word names a programme;
- 地区 as a level prefix in a 地区's own plan (地区妇幼保健院, 地区卫生健康委 are the 喀什地区's);
- a unit without a host that the same provision then requires of named hosts (加强发热门诊建设。二级及以上综合医院
  规范设置发热门诊) is no requirement of its own;
- a hospital's administrative offices (医保办, 病案管理科) with the share a following clause states after its deadline
  (到2024年底设立比例达到100%);
- a list closed by 等 is no part of the name before it (温州医科大学附属第一医院等医院).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """喀什地区卫生健康事业发展“十四五”规划
（一）加强发热门诊和发热诊室建设。二级及以上综合医院规范设置发热门诊，乡镇卫生院设置发热诊室。
（二）提升专科能力。地区妇幼保健院建设新生儿重症监护病房。支持温州医科大学附属第一医院等医院开展帮扶。（地区卫生健康委牵头，地区财政局配合）
（三）加强医保管理。二级以上公立医院要规范设立医保办，到2024年底设立比例达到100%；要独立设置病案管理科，到2025年设置比例达到95%以上。
附件
| 序号 | 项目名称 | 建设内容 | 总投资（万元） |
| 1 | 喀什地区疾病预防控制中心能力提升项目 | 新建业务综合楼 | 12600 |
| 2 | 乡镇卫生院标准化建设工程 | 改扩建业务用房 | 48000 |
""",
    "traditional": """喀什地區衛生健康事業發展“十四五”規劃
（一）加強發熱門診和發熱診室建設。二級及以上綜合醫院規範設置發熱門診，鄉鎮衛生院設置發熱診室。
（二）提升專科能力。地區婦幼保健院建設新生兒重症監護病房。支持溫州醫科大學(xué)附屬第一醫院等醫院開展幫扶。（地區衛生健康委牽頭，地區財政局配合）
（三）加強醫保管理。二級以上公立醫院要規範設(shè)立醫保辦，到2024年底設立比例達到100%；要獨立設置病案管理科，到2025年設置比例達到95%以上。
附件
| 序號 | 項目名稱 | 建設內容 | 總投資（萬元） |
| 1 | 喀什地區疾病預防控制中心能力提升項目 | 新建業務綜合樓 | 12600 |
| 2 | 鄉鎮衛生院標準化建設工程 | 改擴建業務用房 | 48000 |
""",
}

doc = per_script_document(TEXTS, "prefecture-projects", "喀什地区卫生健康事业发展“十四五”规划", "喀什地区", "2022-06-28")




def test_a_project_table_names_programmes(doc) -> None:
    assert names_on_line(doc, 6, "programme") == {"喀什地区疾病预防控制中心能力提升项目"}
    assert names_on_line(doc, 7, "programme") == {"乡镇卫生院标准化建设工程"}


def test_the_prefecture_prefix(doc) -> None:
    assert names_on_line(doc, 2, "institution") == {"喀什地区妇幼保健院", "温州医科大学附属第一医院"}
    agencies = {f.evidence.normalised_quote: (f.role, f.agency.jurisdiction_iri.rsplit("/", 1)[-1])
                for f in facts_on_line(doc, Responsibility, 2)}
    assert agencies == {"地区卫生健康委": ("lead", "653100"), "地区财政局": ("support", "653100")}


def test_units_required_of_named_hosts_only(doc) -> None:
    assert requirements_on_line(doc, 1) == {("发热门诊", "二级及以上综合医院", None, None),
                                           ("发热诊室", "乡镇卫生院", None, None)}


def test_administrative_offices_with_their_shares(doc) -> None:
    assert requirements_on_line(doc, 3) == {("医保办", "二级以上公立医院", 100.0, 2024),
                                           ("病案管理科", "二级以上公立医院", 95.0, 2025)}
