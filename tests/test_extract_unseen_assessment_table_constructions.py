"""A county medical community's assessment notice (issue 14: tests/documents/probe190, whose key reads it so),
written twice: in simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- an appendix table with indicator columns by level and a score column (一级指标 | 二级指标 | 分值 | 2024年目标值):
  the deepest level names each row's indicator, the score is no value, the year column's cells are targets;
- a report opening (截至2023年底，…) ends at a sentence that asks for something (深入开展…，推动…): the units the
  sentences after it require are requirements; a report without such a sentence requires nothing.
"""

from __future__ import annotations

from tests.conftest import per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """江山市关于开展2024年度县域医共体绩效考核工作的通知
一、重点任务
1.做强分院服务能力。截至2023年底，全市已有3家分院达到推荐标准。深入开展“优质服务基层行”活动，推动各分院对照标准建设。各乡镇卫生院规范运行中医馆，有条件的乡镇卫生院开设康复病房和安宁疗护病区。
2.巩固已有成效。截至2023年底，全市已有5家乡镇卫生院设置中医馆，乡镇卫生院均已开设发热诊室。
附件
江山市2024年度县域医共体绩效考核指标
| 一级指标 | 二级指标 | 分值 | 2024年目标值 |
| --- | --- | --- | --- |
| 管理体制（15分） | 检查检验结果互认率 | 5 | ≥90% |
| 分级诊疗（30分） | 联合病房出院患者平均住院日 | 7 | ≤8天 |
| 医防融合（25分） | 高血压患者血压控制率 | 9 | 60% |
""",
    "traditional": """江山市關於開展2024年度縣域醫共體績效考覈工作的通知(zhī)
一、重點任務
1.做強分院服務能力。截至2023年底，全市已有3家分(fēn)院達到推薦標準。深入開展“優質服務基層行”活動，推動各(gè)分院對照標準建設。各鄉鎮衛生院規範運行中醫館，有條(tiáo)件的鄉鎮衛生院開設康復病房和安寧療護病區。
2.鞏固已(yǐ)有成效。截至2023年底，全市已有5家鄉鎮衛生院設置中醫館，鄉(xiāng)鎮衛生院均已開設發熱診室。
附件
江山市2024年度縣域醫共(gòng)體績效考覈指標
| 一級指標 | 二級指標 | 分值 | 2024年目標值 |
| --- | --- | --- | --- |
| 管理(lǐ)體制（15分） | 檢查檢驗結果互認率 | 5 | ≥90% |
| 分級診療（30分） | 聯合病房出院(yuàn)患者平均住院日 | 7 | ≤8天 |
| 醫防融合（25分） | 高血壓患者血壓控制率(lǜ) | 9 | 60% |
""",
}

doc = per_script_document(TEXTS, "assessment-table", "江山市关于开展2024年度县域医共体绩效考核工作的通知", "江山市",
                          "2024-03-21")


def test_the_deepest_indicator_column_names_each_row(doc):
    assert quantities_on_line(doc, 8) == {("target", "检查检验结果互认率", 90.0, "percent", ">=", 2024)}
    assert quantities_on_line(doc, 9) == {("target", "联合病房出院患者平均住院日", 8.0, "day", "<=", 2024)}
    # no sign in the cell: higher is better for a control rate
    assert quantities_on_line(doc, 10) == {("target", "高血压患者血压控制率", 60.0, "percent", ">=", 2024)}


def test_a_directive_ends_the_report_before_it(doc):
    assert requirements_on_line(doc, 2) == {("中医馆", "乡镇卫生院", None, None), ("康复病房", "有条件的乡镇卫生院", None, None),
                                            ("安宁疗护病区", "有条件的乡镇卫生院", None, None)}


def test_a_report_alone_requires_nothing(doc):
    assert requirements_on_line(doc, 3) == set()
    assert {q[0] for q in quantities_on_line(doc, 3)} == {"observation"}
