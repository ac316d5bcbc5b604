"""Constructions found missing on unseen plans (issue 14: tests/documents/probe41, a banner's plan for pastoral-area
primary care in Inner Mongolia; probe40, a national joint notice on paediatric services), written twice: in simplified
script and in traditional script with pinyin noise. Expected values are written by hand.

- a township health centre named by a town of four or five characters (呼热图淖尔苏木卫生院, 额吉淖尔镇卫生院), after
  完成 or 在; 苏木镇卫生院 names the kind (sumu and town health centres), not one;
- a unit set up inside an institution (在旗人民医院内设置儿童诊疗中心): the institution is its host, 内设置 is 内 +
  设置 (not the verb 内设).
"""

from __future__ import annotations

from tests.conftest import names_on_line, per_script_document, requirements_on_line

TEXTS = {
    "simplified": """东乌珠穆沁旗牧区基层卫生服务能力提升实施方案（2024—2026年）
1.推进卫生院提档升级。2024年完成呼热图淖尔苏木卫生院业务用房改扩建，在额吉淖尔镇卫生院设立急救分站。到2026年实现苏木镇卫生院全覆盖。
2.完善儿童服务。鼓励在旗人民医院内设置儿童诊疗中心。
""",
    "traditional": """東烏珠穆沁旗牧區基層衛生服務能力提升實施方案（2024—2026年）
1.推進衛生院提檔升級。2024年完成呼熱圖淖爾(ěr)蘇木衛生院業務用房改擴建，在額(é)吉淖爾鎮衛生院設立急救分站。到2026年實現蘇木鎮衛生院全覆蓋。
2.完善兒童服務。鼓勵在旗人民醫院內設(shè)置兒童診療中心。
""",
}

doc = per_script_document(TEXTS, "banner-pastoral", "东乌珠穆沁旗牧区基层卫生服务能力提升实施方案（2024—2026年）",
                          "东乌珠穆沁旗", "2024-06-12")


def test_township_health_centres_named_by_long_town_names(doc) -> None:
    assert names_on_line(doc, 1, "institution") == {"呼热图淖尔苏木卫生院", "额吉淖尔镇卫生院"}
    assert ("急救分站", "额吉淖尔镇卫生院", None, None) in requirements_on_line(doc, 1)


def test_a_unit_inside_an_institution(doc) -> None:
    assert requirements_on_line(doc, 2) == {("儿童诊疗中心", "旗人民医院", None, None)}
