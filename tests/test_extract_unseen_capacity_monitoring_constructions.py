"""A county's capacity plan and a province's monitoring plan (issue 14: tests/documents/probe231 and probe232, whose
keys read them so), written twice: in simplified script and in traditional script with pinyin noise. Expected values
are written by hand.

- a review section headed by a year and 进展情况 (一、2025年健康行动进展情况): its values are what was reached;
- a sentence whose subject opens it but names no unit (每个县域医疗卫生次中心编制床位不少于120张) is the subject of
  the next one that leaves it out (；要设置内科…), not the institutions named a sentence before;
- the towns concerned with a bracketed alternative (相关镇人民政府（街道办事处）) are a collective agency;
- a standard named without 《》 but with its edition (乡镇卫生院服务能力标准（2022版）) after 对照, and a second one
  joined by 和, are references;
- a share stated with 均 and its deadline (…的比例均在2026年底前达到100%) holds for each institution type listed;
- the last two heads of a 、-list joined by 和 before the tail they share (…、慢性呼吸系统疾病和糖尿病防治行动) are
  two programmes.
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, NamedEntityMention, Responsibility
from tests.conftest import facts_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """蓬溪县卫生健康服务能力提升行动方案（2026—2028年）
一、2025年健康行动进展情况
2025年，全县基层医疗卫生服务能力稳步提升。
分领域看，县级医院能力持续增强，县级专家库入库专家达到120名，全县医疗机构累计开展义诊活动1.2万场次。
二、重点任务
1.建强次中心。将赤城镇中心卫生院、天福镇中心卫生院建设为县域医疗卫生次中心，按照二级综合医院标准配置设施设备。每个县域医疗卫生次中心编制床位不少于120张，卫生技术人员不少于100人；要设置内科、外科和中医科。（责任单位：县卫生健康局、相关镇人民政府（街道办事处））
2.提升基层能力。对照乡镇卫生院服务能力标准（2022版）和社区卫生服务中心服务能力标准（2022版），补齐短板。全县乡镇卫生院、社区卫生服务中心设置中医馆的比例均在2026年底前达到100%。
3.防治慢性病。深入实施心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病防治行动，推进健康知识普及。
""",
    "traditional": """蓬溪縣衛生健康服務能力提升行動方案（2026—2028年）
一、2025年健康行動進展情況
2025年，全縣基層醫療衛生服務能力穩步提升。
分領域看，縣級醫院能力持續增強，縣級專家庫入庫專家達到120名，全縣醫療機構累計開展義(yì)診活動1.2萬場次。
二、重點任務
1.建強次中心。將赤城鎮中心衛生院、天福鎮中心衛生院建設為縣域醫療衛生次中心，按照二級綜合醫院標準配置設施設備。每個縣域醫療衛生次中心編制床位不少於120張，衛生技術人員不少於100人；要設置內科、外科和中醫科。（責任單位：縣衛生健康局、相關鎮人民政府（街道辦事處））
2.提升基層能力。對照鄉鎮衛生院服務能力標準（2022版）和社區衛生服務中心服務能力標準（2022版），補齊短(duǎn)板。全縣鄉鎮衛生院、社區衛生服務中心設置中醫館的比例均在2026年底前達到100%。
3.防治慢性病。深入實施心腦血管疾病、癌症、慢性呼吸系統疾病和糖尿病防治行動，推進健康知識普及。
""",
}

doc = per_script_document(TEXTS, "pengxi-capacity", "蓬溪县卫生健康服务能力提升行动方案（2026—2028年）", "蓬溪县",
                          "2026-02-01")


def test_a_review_section_headed_by_its_progress_holds_what_was_reached(doc) -> None:
    assert {(f[0], f[2], f[5]) for f in quantities_on_line(doc, 3)} == {("observation", 120.0, 2025),
                                                                       ("observation", 1.2, 2025)}


def test_the_subject_of_a_sentence_without_units_is_the_next_ones(doc) -> None:
    assert requirements_on_line(doc, 5) == {("内科", "县域医疗卫生次中心", None, None),
                                            ("外科", "县域医疗卫生次中心", None, None),
                                            ("中医科", "县域医疗卫生次中心", None, None)}


def test_the_towns_concerned_are_a_collective_agency(doc) -> None:
    written = {f.agency.written for f in facts_on_line(doc, Responsibility, 5)}
    assert any(w.endswith(("相关镇人民政府（街道办事处）", "相關鎮人民政府（街道辦事處）")) for w in written), written


def test_standards_named_with_their_edition_are_references(doc) -> None:
    assert {f.title for f in facts_on_line(doc, Citation, 6)} == {"乡镇卫生院服务能力标准（2022版）",
                                                                 "社区卫生服务中心服务能力标准（2022版）"}


def test_a_share_with_its_deadline_after_each_holds_for_every_type_listed(doc) -> None:
    assert {(f[1], f[2], f[5]) for f in quantities_on_line(doc, 6)} == {
        ("乡镇卫生院设置中医馆的比例", 100.0, 2026), ("社区卫生服务中心设置中医馆的比例", 100.0, 2026)}


def test_two_heads_joined_before_a_shared_tail_are_two_programmes(doc) -> None:
    names = {f.name for f in facts_on_line(doc, NamedEntityMention, 7) if f.kind == "programme"}
    assert names == {"心脑血管疾病防治行动", "癌症防治行动", "慢性呼吸系统疾病防治行动", "糖尿病防治行动"}
