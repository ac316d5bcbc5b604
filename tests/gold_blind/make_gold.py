"""Write blind gold labels (made by reading the normalised texts only)."""
import json
from pathlib import Path

from loaders.normalise import normalise

OUT = Path("/work/main/tests/gold_blind")
CORPUS = Path("/work/main/data/corpus")


def T(quote, value, comparator, year, unit, indicator, kind="target", relative=False, ambiguous=False, note=None,
      year_inherited=False):
    d = {"quote": quote, "value": value, "comparator": comparator, "year": year, "unit": unit, "kind": kind,
         "indicator": indicator, "relative": relative}
    if year_inherited:
        d["year_inherited"] = True
    if ambiguous:
        d["ambiguous"] = True
    if note:
        d["note"] = note
    return d


IM = "inner-mongolia-2023-healthcare-service-system"
GD = "guangdong-2023-health-high-quality-development"
ZS = "zhongshan-2023-health-high-quality-development"
XT = "xiangtan-undated-healthy-xiangtan-2030"
JH = "jiaohe-2023-health-service-system-plan-draft"

targets = {
    IM: [
        T("50%以上旗县级综合医院达到国家县级医院医疗服务能力推荐标准", 50, ">=", 2025, "%",
          "旗县级综合医院达到国家县级医院医疗服务能力推荐标准的比例"),
        T("县域内住院人次占比达到80%以上", 80, ">=", 2025, "%", "县域内住院人次占比"),
        T("加快推进4个国家区域医疗中心", 4, "=", 2025, "个", "国家区域医疗中心建设数", year_inherited=True),
        T("4个自治区区域医疗中心建设", 4, "=", 2025, "个", "自治区区域医疗中心建设数", year_inherited=True),
        T("加快建设自治区脑科医院、胸科医院2个标志性医疗合作项目", 2, "=", 2025, "个", "标志性医疗合作项目数",
          ambiguous=True, note="count in apposition to two named projects; a description rather than a measurable target",
          year_inherited=True),
        T("推动北京6家医院与自治区直属6家医院建立重点专科", 6, "=", 2025, "家", "参与一对一帮扶的医院数",
          ambiguous=True, note="participant counts (6 Beijing + 6 regional hospitals), arguably scope not target",
          year_inherited=True),
        T("全区培育国家临床重点专科项目不少于30个", 30, ">=", 2025, "个", "国家临床重点专科项目数", year_inherited=True),
        T("自治区级临床重点专科项目不少于100个", 100, ">=", 2025, "个", "自治区级临床重点专科项目数",
          year_inherited=True),
        T("盟市级临床重点专科项目不少于300个", 300, ">=", 2025, "个", "盟市级临床重点专科项目数", year_inherited=True),
        T("“十四五”期间推动100个旗县级医院重点专科建设", 100, "=", 2025, "个", "旗县级医院重点专科建设数"),
        T("急诊急救“五大中心”县域全覆盖", 100, "=", 2025, "%", "千县工程医院急诊急救五大中心县域覆盖率"),
        T("打造1个国家区域中医医疗中心", 1, "=", 2025, "个", "国家区域中医医疗中心数", year_inherited=True),
        T("1个国家中医药传承创新中心", 1, "=", 2025, "个", "国家中医药传承创新中心数", year_inherited=True),
        T("1个国家中医疫病防治基地", 1, "=", 2025, "个", "国家中医疫病防治基地数", year_inherited=True),
        T("1个国家中西医协同“旗舰”医院", 1, "=", 2025, "个", "国家中西医协同旗舰医院数", year_inherited=True),
        T("6个国家中医特色重点医院", 6, "=", 2025, "个", "国家中医特色重点医院数", year_inherited=True),
        T("30个中医（蒙医）互联网医院", 30, "=", 2025, "个", "中医（蒙医）互联网医院数", year_inherited=True),
        T("盟市举办的三级甲等中医（蒙医）医院全覆盖", 100, "=", 2025, "%", "盟市三级甲等中医（蒙医）医院覆盖率",
          year_inherited=True),
        T("旗县举办的中医（蒙医）医院全覆盖", 100, "=", 2025, "%", "旗县中医（蒙医）医院覆盖率", year_inherited=True),
        T("基层医疗卫生机构中医馆（蒙医馆）全覆盖", 100, "=", 2025, "%", "基层医疗卫生机构中医馆覆盖率",
          year_inherited=True),
        T("推进旗县级及以上公立综合医院中医（蒙医）科全覆盖", 100, "=", 2025, "%",
          "旗县级及以上公立综合医院中医（蒙医）科覆盖率", year_inherited=True),
        T("专科医院和妇幼保健机构中医药（蒙医药）服务全覆盖", 100, "=", 2025, "%",
          "专科医院和妇幼保健机构中医药服务覆盖率", year_inherited=True),
        T("支持三级中医（蒙医）医院建设30个国家中医优势专科", 30, "=", 2025, "个", "国家中医优势专科数",
          year_inherited=True),
        T("二级中医（蒙医）医院建设100个自治区级中医（蒙医）重点专科", 100, "=", 2025, "个",
          "自治区级中医（蒙医）重点专科数", year_inherited=True),
        T("打造20个中西医协同“旗舰”科室", 20, "=", 2025, "个", "中西医协同旗舰科室数", year_inherited=True),
        T("二级及以上公立综合性医院设立老年医学科比例达90%以上", 90, ">=", 2025, "%",
          "二级及以上公立综合性医院设立老年医学科比例"),
        T("力争1-2所综合性医院进入全国百强", 2, "=", 2025, "所", "进入全国百强的综合性医院数",
          ambiguous=True, note="range 1-2: neither a single value nor a standard comparator", year_inherited=True),
        T("按病种付费覆盖所有符合条件的开展住院服务的医疗机构", 100, "=", 2025, "%", "按病种付费医疗机构覆盖率",
          ambiguous=True, note="full coverage expressed as 覆盖所有, not 全覆盖", year_inherited=True),
        T("2025年底前在全区至少6个旗县（市、区）探索开展", 6, ">=", 2025, "个",
          "开展紧密型医联体总额付费下多元复合式医保支付方式的旗县数"),
        T("每年选派不少于300名骨干医务人员", 300, ">=", 2025, "名", "每年选派赴外研学培训的骨干医务人员数",
          year_inherited=True, note="annual target; year = plan horizon"),
        T("到2025年，50%以上的苏木乡镇卫生院（社区卫生服务中心）达到基本标准", 50, ">=", 2025, "%",
          "苏木乡镇卫生院（社区卫生服务中心）达到基本标准的比例"),
    ],
    GD: [
        T("健全分级诊疗制度、现代医院管理制度、全民医保制度、药品供应保障制度、综合监管制度等5项制度", 5, "=", 2025,
          "项", "健全的基本医疗卫生制度数", ambiguous=True,
          note="a count summarising five named systems, not a measurable target", year_inherited=True),
        T("实现县级中医医疗机构全覆盖", 100, "=", 2025, "%", "县级中医医疗机构覆盖率", year_inherited=True,
          note="horizon: document has 2025 and 2030 goals; 2025 taken as horizon"),
        T("市、县分别建成1个市级示范性托育综合服务中心", 1, "=", 2025, "个", "市级示范性托育综合服务中心数（每市）",
          year_inherited=True),
        T("1家示范性托育服务机构", 1, "=", 2025, "家", "示范性托育服务机构数（每县）", year_inherited=True),
    ],
    ZS: [
        T("实现市、镇街两级突发急性传染病防控类、紧急医学救援类综合队伍全覆盖", 100, "=", 2025, "%",
          "市、镇街两级卫生应急综合队伍覆盖率", year_inherited=True),
        T("实现市、镇街二级突发急性传染病防控类、紧急医学救援类综合队伍全覆盖", 100, "=", 2025, "%",
          "市、镇街两级卫生应急综合队伍覆盖率", year_inherited=True,
          note="appendix task list restates measure (三); counted as its own statement"),
        T("牵头组建紧密型医联体，实现全市全覆盖", 100, "=", 2025, "%", "紧密型医联体全市覆盖率",
          year_inherited=True),
        T("慢性呼吸系统疾病防治4大专项行动", 4, "=", 2025, "项", "重大慢病防治专项行动数", ambiguous=True,
          note="count of four named actions; description, not target (measure (四))", year_inherited=True),
        T("慢性呼吸系统疾病防治4大专项行动。", 4, "=", 2025, "项", "重大慢病防治专项行动数", ambiguous=True,
          note="appendix restatement (item 5)", year_inherited=True),
        T("综合监管制度等5项制度", 5, "=", 2025, "项", "健全的基本医疗卫生制度数", ambiguous=True,
          note="count summarising five named systems", year_inherited=True),
    ],
}

sup = "support"
lead = "lead"


def R(n, agencies):
    group = 1 if n <= 8 else (2 if n <= 16 else 3)
    idx = {1: n, 2: n - 8, 3: n - 16}[group]
    path = f"2.{group}.{idx}"
    rows = [{"provision": path, "agency": a, "role": r} for a, r in agencies]
    if n > 1:  # blanket rule stated in task 1: 以下各项任务责任单位均包括各盟行政公署、市人民政府
        rows += [{"provision": path, "agency": "各盟行政公署", "role": sup, "note": "blanket rule (task 1)"},
                 {"provision": path, "agency": "市人民政府", "role": sup, "note": "blanket rule (task 1)"}]
    return rows


HC = "自治区卫生健康委"
resp = []
resp += R(1, [(HC, sup), ("发展改革委", sup), ("财政厅", sup), ("各盟行政公署", sup), ("市人民政府", sup)])
resp += R(2, [("自治区发展改革委", sup), ("卫生健康委", sup), ("财政厅", sup)])
for n in (3, 4, 5):
    resp += R(n, [("自治区发展改革委", sup), ("卫生健康委", sup)])
for n in (6, 7, 8, 9, 10, 11, 12, 18, 19, 20, 21, 22, 23):
    resp += R(n, [(HC, lead)])
resp += R(13, [("自治区党委编办", sup), ("卫生健康委", sup), ("人力资源社会保障厅", sup)])
resp += R(14, [("自治区人力资源社会保障厅", sup), ("卫生健康委", sup), ("财政厅", sup)])
resp += R(15, [("自治区财政厅", sup), ("卫生健康委", sup)])
resp += R(16, [("自治区医保局", sup), ("卫生健康委", sup)])
resp += R(17, [(HC, sup), ("人力资源社会保障厅", sup)])


def C(title, number, relation, quote, ambiguous=False, ambiguous_relation=False, note=None):
    d = {"title": title, "number": number, "relation": relation, "quote": quote}
    if ambiguous:
        d["ambiguous"] = True
    if ambiguous_relation:
        d["ambiguous_relation"] = True
    if note:
        d["note"] = note
    return d


cites = {
    GD: [],
    IM: [
        C("中共中央办公厅国务院办公厅印发〈关于进一步完善医疗卫生服务体系的意见〉的通知", "中办发〔2023〕10号",
          "implements", "为深入贯彻落实《中共中央办公厅国务院办公厅印发〈关于进一步完善医疗卫生服务体系的意见〉的通知》（中办发〔2023〕10号）要求"),
        C("国务院办公厅关于印发中医药振兴发展重大工程实施方案的通知", "国办发〔2023〕3号", "implements",
          "推动落实《国务院办公厅关于印发中医药振兴发展重大工程实施方案的通知》（国办发〔2023〕3号）要求",
          ambiguous_relation=True, note="推动落实…要求 inside a task: implements by the 按照…要求 analogy, cites defensible"),
        C("关于进一步完善医疗卫生服务体系的意见", None, "cites", "印发〈关于进一步完善医疗卫生服务体系的意见〉的通知",
          ambiguous=True, note="nested title inside the cited notice; a separate node is defensible, not required"),
        C("内蒙古自治区进一步完善医疗卫生服务体系实施方案", None, "cites",
          "现将《内蒙古自治区进一步完善医疗卫生服务体系实施方案》印发给你们", ambiguous=True,
          note="self-reference in the covering notice; not a citation of another document"),
    ],
    ZS: [
        C("中共广东省委广东省人民政府关于推进卫生健康高质量发展的意见", "粤发〔2023〕1号", "implements",
          "全面落实《中共广东省委广东省人民政府关于推进卫生健康高质量发展的意见》（粤发〔2023〕1号）"),
        C("职业病防治法", None, "cites", "加强《职业病防治法》宣传"),
        C("基本医疗卫生与健康促进法", None, "implements", "落实《基本医疗卫生与健康促进法》", ambiguous_relation=True,
          note="plain 落实 in a measure"),
        C("中山市推进卫生健康高质量发展实施方案", "中府函〔2023〕225号", "cites",
          "现将《中山市推进卫生健康高质量发展实施方案》印发给你们", ambiguous=True,
          note="self-reference (title in 政策解读 lines and covering notice; own 文号)"),
    ],
    XT: [
        C("健康中国2030规划纲要", "中发〔2016〕23号", "implements",
          "为深入贯彻落实《健康中国2030规划纲要》（中发〔2016〕23号）"),
        C("中国居民膳食指南", None, "cites", "推广《中国居民膳食指南》"),
        C("全民健身实施计划（2016-2020年）", None, "implements", "全民健身实施计划（2016-2020年）》", ambiguous=True,
          note="title partly redacted: 贯彻落实《(略)全民健身实施计划…》; emitting the visible part or skipping are both defensible"),
        C("国家学生体育健康标准", None, "cites", "《国家学生体育健康标准》达标优秀率逐步提高"),
        C("中国人体育健身活动指南", None, "implements", "按照《中国人体育健身活动指南》", ambiguous_relation=True,
          note="按照 without 要求"),
        C("国民体质测定标准", None, "cites", "城乡达到《国民体质测定标准》合格以上人数比例达到92%以上"),
    ],
    JH: [
        C("吉林市“十四五”医疗卫生服务体系规划", None, "implements", "根据《吉林市“十四五”医疗卫生服务体系规划》"),
        C("“健康吉林2030”规划", None, "implements", "《“健康吉林2030”规划》"),
        C("蛟河市国民经济和社会发展第十四个五年规划和2035年远景目标纲要", None, "implements",
          "《蛟河市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》等文件要求"),
        C("社区医院建设标准（试行）", None, "cites", "对照《社区医院建设标准（试行）》", ambiguous_relation=True,
          note="对照 (benchmark against)"),
        C("关于贯彻落实住院医师规范化培训“两个同等对待”政策的通知", None, "implements",
          "落实国家四部委《关于贯彻落实住院医师规范化培训“两个同等对待”政策的通知》要求", ambiguous_relation=True,
          note="落实…要求 inside a task"),
        C("全国医院信息化建设标准与规范（试行）", None, "implements", "严格落实《全国医院信息化建设标准与规范（试行）》",
          ambiguous_relation=True, note="plain 落实 of a standard"),
        C("全国公共卫生信息化建设标准与规范（试行）", None, "implements", "《全国公共卫生信息化建设标准与规范（试行）》",
          ambiguous_relation=True, note="plain 落实 of a standard"),
        C("全国基层医疗卫生机构信息化建设标准与规范", None, "implements", "《全国基层医疗卫生机构信息化建设标准与规范》",
          ambiguous_relation=True, note="plain 落实 of a standard"),
    ],
}

for doc, items in targets.items():
    text = normalise((CORPUS / f"{doc}.txt").read_text(encoding="utf-8")).text
    for it in items:
        assert it["quote"] in text, (doc, it["quote"])
        assert str(it["value"]) in it["quote"] or "全覆盖" in it["quote"] or "覆盖所有" in it["quote"] or "1-2" in it["quote"], it
    (OUT / "targets" / f"{doc}.json").write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n")
for doc, items in cites.items():
    text = normalise((CORPUS / f"{doc}.txt").read_text(encoding="utf-8")).text
    for it in items:
        assert it["quote"] in text, (doc, it["quote"])
    (OUT / "citations" / f"{doc}.json").write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n")
(OUT / "responsibilities" / f"{IM}.json").write_text(json.dumps(resp, ensure_ascii=False, indent=1) + "\n")
print({d: len(v) for d, v in targets.items()}, len(resp), {d: len(v) for d, v in cites.items()})
