"""A school's units found missing on unseen plans (issue 14: tests/documents/probe81, probe88, probe93 and probe96, whose
keys all read them as department requirements), written twice: in simplified script and in traditional script with
pinyin noise. Expected values are written by hand.

- 卫生室（保健室） and 校医院 set up by schools are units; 卫生室 elsewhere is a village clinic, no unit;
- a share the text says was only reached (设置率仅为71.6%) is a measurement, not a requirement.
"""

from __future__ import annotations

from tests.conftest import per_script_document, requirements_on_line

TEXTS = {
    "simplified": """关于加强儿童青少年近视防控和学校卫生工作的通知
一、工作基础
2024年，农村地区中小学校卫生室（保健室）设置率仅为71.6%。
二、重点任务
1.全市中小学校要按规定设置卫生室（保健室），寄宿制学校卫生室设置率达到100%。
2.寄宿制中小学校应当设立卫生室或校医院，推动村卫生室标准化建设。
""",
    "traditional": """關於加強兒童青少年近視防控和學校衛生工作的通知
一、工作基礎
2024年，農村地區中小學校衛生室（保健(jiàn)室）設置率僅爲71.6%。
二、重點任務
1.全市中小學校要按規定設置衛生室（保健室），寄(jì)宿制學校衛生室設置率達到100%。
2.寄宿制中小學校應當設立衛生室或校醫(yī)院，推動村衛生室標準化建設。
""",
}

doc = per_script_document(TEXTS, "schools", "关于加强儿童青少年近视防控和学校卫生工作的通知", "株洲市", "2025-04-10")


def test_a_share_only_reached_is_no_requirement(doc):
    assert requirements_on_line(doc, 2) == set()


def test_school_clinics_and_school_hospitals(doc):
    assert requirements_on_line(doc, 4) == {("卫生室（保健室）", "中小学校", None, None), ("卫生室", "寄宿制学校", 100.0, None)}
    assert requirements_on_line(doc, 5) == {("卫生室", "寄宿制中小学校", None, None), ("校医院", "寄宿制中小学校", None, None)}
