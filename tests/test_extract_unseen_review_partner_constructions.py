"""A city's primary-care opinions and a prefecture's prevention plan (issue 14: tests/documents/probe233, probe234 and
probe90, whose keys read them so), written twice: in simplified script and in traditional script with pinyin noise.
Expected values are written by hand.

- a share in tenths (超过四成, 约三成, 达到六成以上) is a percentage with the comparator its words state, and an age
  bound before a group of professionals (55岁以上乡村医生) is part of the measure's name;
- the problems a plan reviews (同时也要清醒看到，…) are observations, not targets;
- a national centre a task works with (接入国家…中心, 委托国家卫生健康委…研究中心, 配合中国疾病预防控制中心) is
  named whatever the words of its field.
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, quantities_on_line

TEXTS = {
    "simplified": """漳州市人民政府关于加强基层医疗卫生服务能力建设的实施意见
一、基本情况
同时也要清醒看到，我市基层人才短缺问题依然突出，55岁以上乡村医生占比超过四成，约三成村卫生室业务用房不达标。
二、主要目标
到2028年，35岁以下乡村医生占比达到三成以上。
三、重点任务
推动县级医院接入国家远程医疗与互联网医学中心，委托国家卫生健康委卫生发展研究中心开展第三方评估，配合中国疾病预防控制中心做好监测。
""",
    "traditional": """漳州市人民政府關於加強基層醫療衛生服務能力建設的實施意見
一、基本情況
同時也要清醒看到，我市基層人才短缺問題依然突出，55歲以上鄉村醫(yī)生占比超過四成，約三成村衛生室業務用房不達標。
二、主要目標
到2028年，35歲以下鄉村醫生占比達到三成以上。
三、重點任務
推動縣級醫院接入國家遠程醫療與互聯網醫學中心，委(wěi)託國家衛生健康委衛生發展研究中心開展第三方評估，配合中國疾病預防控制中心做好監測。
""",
}

doc = per_script_document(TEXTS, "zhangzhou-primary-care", "漳州市人民政府关于加强基层医疗卫生服务能力建设的实施意见",
                          "漳州市", "2026-01-15")


def test_tenths_in_a_review_of_problems_are_observations(doc) -> None:
    found = {(kind, indicator, value, unit, comparator) for kind, indicator, value, unit, comparator, _ in
             quantities_on_line(doc, 2)}
    assert ("observation", "55岁以上乡村医生占比", 40.0, "percent", ">") in found, found
    assert all(kind == "observation" for kind, *_ in found), found
    assert not any(unit == "year" for *_, unit, _ in found), found


def test_tenths_as_a_target(doc) -> None:
    assert ("target", "35岁以下乡村医生占比", 30.0, "percent", ">=", 2028) in quantities_on_line(doc, 4)


def test_national_centres_a_task_works_with(doc) -> None:
    assert names_on_line(doc, 6, "institution") == {"国家远程医疗与互联网医学中心", "国家卫生健康委卫生发展研究中心",
                                                    "中国疾病预防控制中心"}
