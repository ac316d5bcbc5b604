"""Programme constructions found missing on an unseen plan (issue 14: tests/documents/probe74, a national notice on
vaccination services), written twice: in simplified script and in traditional script with pinyin noise. Expected
values are written by hand.

- 国家免疫规划, a national programme whose name ends in no programme word (not its vaccines);
- two names back to back (结合健康中国行动老年健康促进行动), but not a name holding 计划生育 or 战略;
- a quoted name with a campaign word before 活动 (以“4·25全国儿童预防接种日”宣传活动为契机);
- a programme a fund is pooled into (纳入国家基本公共卫生服务项目统筹保障).
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document

TEXTS = {
    "simplified": """关于进一步做好预防接种服务工作的通知
一、工作任务
1.认真落实国家免疫规划，按程序接种国家免疫规划疫苗。
2.结合健康中国行动老年健康促进行动，推广“接种+健康管理”服务模式。
3.以“4·25全国儿童预防接种日”宣传活动为契机，普及预防接种知识。
4.将预防接种服务经费纳入国家基本公共卫生服务项目统筹保障。
5.实施妇幼健康和计划生育服务保障工程和卫生健康战略人才锻造工程。
""",
    "traditional": """關於進一步做好預防接種服務工作的通知
一、工作任務
1.認真落實國家免疫規劃，按程序接種國家免疫規劃疫(yì)苗。
2.結合健康中國行動老年健康促進(jìn)行動，推廣“接種+健康管理”服務模式。
3.以“4·25全國兒童預防接種日”宣傳(chuán)活動為契機，普及預防接種知識。
4.將預防接種服務經費納入國家基本公共衛生服務項目統籌(chóu)保障。
5.實施婦幼健康和計劃生育服務保障工程和衛生健康戰略人(rén)才鍛造工程。
""",
}

doc = per_script_document(TEXTS, "immunisation", "关于进一步做好预防接种服务工作的通知", "广西壮族自治区", "2025-04-10")


def test_the_national_immunisation_programme_not_its_vaccines(doc):
    assert names_on_line(doc, 2, "programme") == {"国家免疫规划"}


def test_two_names_back_to_back(doc):
    assert names_on_line(doc, 3, "programme") == {"健康中国行动", "老年健康促进行动"}


def test_a_quoted_day_with_its_publicity_activity(doc):
    assert names_on_line(doc, 4, "programme") == {"4·25全国儿童预防接种日宣传活动"}


def test_a_programme_funds_are_pooled_into(doc):
    assert names_on_line(doc, 5, "programme") == {"国家基本公共卫生服务项目"}


def test_names_holding_family_planning_or_strategy_stay_whole(doc):
    assert names_on_line(doc, 6, "programme") == {"妇幼健康和计划生育服务保障工程", "卫生健康战略人才锻造工程"}
