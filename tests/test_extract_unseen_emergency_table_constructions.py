"""A county's health emergency plan (issue 14: tests/documents/probe204, whose key reads it so), written twice: in
simplified script and in traditional script with pinyin noise. Expected values are written by hand.

- a one-cell-per-line task table stays one table when a task cell is long and holds two commas (优化院前急救站点布局，
  购置负压救护车，提升…) or a responsible-units cell is longer than a short cell (five agencies): every row's units,
  the first leading as the note before the table says, belong to that row's task.
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, per_script_document

TEXTS = {
    "simplified": """永春县卫生应急体系建设实施方案（2023—2025年）
一、重点任务
1.健全监测预警网络。建设多点触发的传染病监测预警网络。
附件
永春县卫生应急体系建设重点任务分工表
（说明：责任单位栏中排在第一位的为牵头单位，其余为配合单位）
序号
工作任务
责任单位
完成时限
1
完善县突发公共卫生事件应急指挥机制
县卫生健康局、县应急管理局
2023年12月底前
2
建设多点触发的传染病监测预警网络，设置症状监测哨点和环境（污水）监测点位
县卫生健康局、县住房和城乡建设局、泉州市永春生态环境局、县教育局、县市场监督管理局
2024年12月底前
3
优化院前急救站点布局，购置负压救护车，提升县120急救指挥中心调度能力
县卫生健康局、县财政局、县交通运输局、各乡镇人民政府
2025年12月底前
4
整合组建县级卫生应急队伍
县卫生健康局、县财政局
2025年12月底前
5
开展卫生应急演练
县卫生健康局、县应急管理局
2025年6月底前
6
储备应急物资
县卫生健康局、县工业信息化和商务局
2025年12月底前
7
加强宣传教育
县卫生健康局、县委宣传部
2025年12月底前
""",
    "traditional": """永春縣衛生應急體系建設實施方案（2023—2025年）
一、重點任務
1.健全(quán)監測預警網絡。建設多點觸發的傳染病監測預警網絡。
附(fù)件
永春縣衛生應急體系建設重點任務分工表
（說明：責任(rèn)單位欄中排在第一位的為牽頭單位，其餘為配合單位）
序(xù)號
工作任務
責任單位
完成時限
1
完善縣突發公共衛生事(shì)件應急指揮機制
縣衛生健康局、縣應急管理局
2023年12月底前(qián)
2
建設多點觸發的傳染病監測預警網絡，設置症狀監測哨(shào)點和環境（污水）監測點位
縣衛生健康局、縣住房和城鄉建(jiàn)設局、泉州市永春生態環境局、縣教育局、縣市場監督管理(lǐ)局
2024年12月底前
3
優化院前急救站點佈局，購置負壓救護車，提(tí)升縣120急救指揮中心調度能力
縣衛生健康局、縣財政局、縣(xiàn)交通運輸局、各鄉鎮人民政府
2025年12月底前
4
整合組建縣級衛(wèi)生應急隊伍
縣衛生健康局、縣財政局
2025年12月底前
5
開展衛生應急演練
縣衛生健康局、縣應急管理局
2025年6月底前
6
儲備應急物資
縣衛生健康局、縣工業信息化和商務局
2025年12月底前
7
加強宣傳教育
縣衛生健康局、縣委宣傳部
2025年12月底前
""",
}

doc = per_script_document(TEXTS, "emergency-table", "永春县卫生应急体系建设实施方案（2023—2025年）", "永春县", "2023-05-26")


def rows(doc, line: int) -> set[tuple[str, str, str]]:
    return {(f.task.split()[0], f.agency.label, f.role) for f in facts_on_line(doc, Responsibility, line)}


def test_long_cells_keep_the_table_whole(doc):
    assert [p.path for p in doc.provisions if p.kind == "table"] == ["2.1"]


def test_each_rows_units_and_its_lead(doc):
    assert rows(doc, 12) == {("1", "永春县卫生健康局", "lead"), ("1", "永春县应急管理局", "support")}
    assert rows(doc, 16) == {("2", "永春县卫生健康局", "lead"), ("2", "永春县住房和城乡建设局", "support"),
                             ("2", "泉州市永春生态环境局", "support"), ("2", "永春县教育局", "support"),
                             ("2", "永春县市场监督管理局", "support")}
    assert rows(doc, 20) == {("3", "永春县卫生健康局", "lead"), ("3", "永春县财政局", "support"),
                             ("3", "永春县交通运输局", "support"), ("3", "永春县各乡镇人民政府", "support")}
    assert rows(doc, 24) == {("4", "永春县卫生健康局", "lead"), ("4", "永春县财政局", "support")}
