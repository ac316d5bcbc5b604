"""A prefecture's maternal-and-child and community health plan (issue 14: tests/documents/probe160, probe161 and
probe162, whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- a sentence that opens with a later year and a unit's rate (…设置新生儿科的比例不低于70%；到2027年，新生儿科设置率
  提高到80%) has the institutions of the sentence before, and the latest year stated;
- 每个…至少设置6间全科诊室 counts rooms before the unit, and 每个 is no part of the scope; 基本科室 names no unit;
- a county-level city's short name heads a college (西昌学院 in a plan of 凉山州);
- a table with one row per street (长安街 | 长安街社区卫生服务中心 | …) under a caption with its unit (单位：个) gives
  each centre its teams, and the total row the whole prefecture (全州).
"""

from __future__ import annotations

import pytest

from tests.conftest import names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """凉山州妇幼健康和社区卫生服务工作方案
一、重点任务
1.加强儿科建设。到2025年，二级以上综合医院设置儿科的比例达到95%以上，设置新生儿科的比例不低于70%；到2027年，新生儿科设置率提高到80%。
2.规范基本科室设置。2025年底前，每个社区卫生服务中心至少设置6间全科诊室，全科诊室标准化设置率达到100%。
3.与西南民族大学、西昌学院联合开展人才培养。
表1 各街道社区卫生服务中心家庭医生团队配置目标（单位：个）
街道|社区卫生服务中心名称|2024年家庭医生团队数|2026年目标|2027年目标
长安街|长安街社区卫生服务中心|10|12|14
新村街|新村街社区卫生服务中心|8|10|11
合计|—|18|22|25
""",
    "traditional": """涼山州婦幼健康和社區衛生服務工作方案
一、重點任務(wù)
1.加強兒科建設。到2025年，二級以上綜合醫院設置兒科的比例(lì)達到95%以上，設置新生兒科的比例不低於70%；到2027年，新生兒科設(shè)置率提高到80%。
2.規範基本科室設置。2025年底前，每個社區衛生服(fú)務中心至少設置6間全科診室，全科診室標準化設置率達(dá)到100%。
3.與西南民族大學、西昌學院聯合開展人才培養。
表1 各街(jiē)道社區衛生服務中心家庭醫生團隊配置目標（單位：個）
街(jiē)道|社區衛生服務中心名稱|2024年家庭醫生團隊數|2026年目標|2027年(nián)目標
長安街|長安街社區衛生服務中心|10|12|14
新村街|新村街社(shè)區衛生服務中心|8|10|11
合計|—|18|22|25
""",
}

doc = per_script_document(TEXTS, "mch-street", "凉山州妇幼健康和社区卫生服务工作方案", "凉山彝族自治州", "2025-03-01")


def test_a_later_years_rate_of_the_units_before(doc):
    assert requirements_on_line(doc, 2) == {("儿科", "二级以上综合医院", 95.0, 2025),
                                            ("新生儿科", "二级以上综合医院", 70.0, 2025),
                                            ("新生儿科", "二级以上综合医院", 80.0, 2027)}


def test_rooms_counted_before_the_unit_and_no_generic_unit(doc):
    assert requirements_on_line(doc, 3) == {("全科诊室", "社区卫生服务中心", 100.0, 2025)}


def test_a_college_named_by_a_county_level_city(doc):
    assert names_on_line(doc, 4, "institution") == {"西南民族大学", "西昌学院"}


@pytest.mark.parametrize(("line", "who", "now", "by_2026", "by_2027"), [
    (7, "长安街社区卫生服务中心", 10.0, 12.0, 14.0),
    (8, "新村街社区卫生服务中心", 8.0, 10.0, 11.0),
    (9, "全州", 18.0, 22.0, 25.0),
])
def test_a_row_per_street_with_the_captions_unit(doc, line, who, now, by_2026, by_2027):
    measure = f"{who}家庭医生团队数"
    assert quantities_on_line(doc, line) == {("observation", measure, now, "count", "=", 2024),
                                             ("target", measure, by_2026, "count", ">=", 2026),
                                             ("target", measure, by_2027, "count", ">=", 2027)}
