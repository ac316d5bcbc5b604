"""Constructions found missing on unseen plans (issue 14: tests/documents/probe2), one per line, each written twice:
in simplified script and in traditional script with pinyin noise. Expected values are written by hand; quotes are
compared with the raw text written here.

- 均 after a list of measures gives the one value to each (设置A和B的比例均达到100%), the share's institutions
  carried from the clause before;
- a share already reached (的比例已达61.5%) is an observation, never a department requirement;
- 克 is a unit (an intake per person per day when the indicator says so), so 控制在5克以内 is a ceiling;
- 每个X至少有N名… is a minimum count per institution, never linked to a per-population concept;
- 见表1 names a table, not a value;
- 单元 is a unit a named branch sets up (卒中单元), and a clause whose subject is a place (每个县（区）) does not
  inherit the institutions of the clause before;
- X县医院 is a county's named hospital (not the type 县医院), a hotline number may stand in a name (120急救指挥中心),
  …防治中心 and …急救指挥中心 are institutions;
- 结合 introduces a programme (结合基本公共卫生服务项目开展…);
- a university in a task table's 配合单位 column supports the task;
- (tests/documents/probe4) a list inside brackets is part of a member (县（市、区）…、乡镇（街道）…覆盖率分别…); a list
  of groups sharing a rate shares its value (抑郁症、焦虑障碍治疗率…提高20%), each named with the shared measure;
  an edition year (2018年版) dates nothing; 在册 keeps its 在; 为N名…提供… counts the people a service reaches;
  a means between subject and verb (…要依托全科诊室设立…) keeps the subject; a designation after a hospital's name
  is an institution of its own; 学校 may qualify a longer name; a bracketed alias named again later is the same
  institution; 巩固 introduces a programme; 在 before a document number is not part of it; two activities joined
  before one head name one unit (心理健康教育与咨询中心), two specialties do not (胸痛和卒中中心).
- (tests/documents/probe5) an age range names a population (0—36个月儿童), never a value; 类 counts (6类以上);
  a change with only its base year (…达86.5万人次，较2021年增长18.7%) measures the indicator before it; a sentence
  opened by 截至 and the sentences after it report what exists (设置中医阁的比例为46.3% is no requirement);
  units before 设置比例 (社区卫生服务站中医阁设置比例提高到80%) are required at that share; a service of a
  programme follows its name (落实…服务项目中医药健康管理服务).
"""

from __future__ import annotations

from loaders.extract.org_facts import Citation, NamedEntityMention, Responsibility
from loaders.extract.target_facts import DepartmentRequirement, QuantityFact
from tests.conftest import facts_on_line, per_script_document, quantities_on_line

IND = "https://w3id.org/policykg/vocab/indicator/"

SIMPLIFIED = """宜宾市心脑血管疾病防治能力提升工作方案（2025—2027年）
一、截至2024年底，全市二级以上综合医院设置老年医学科的比例已达61.5%，设置康复医学科的比例已达70.2%。
二、到2027年，二级以上综合医院设置精神科的比例达到80%，设置老年医学科和康复医学科的比例均达到100%。主要指标见表1。
三、全市人均每日食盐摄入量控制在5克以内，孕产妇死亡率和婴儿死亡率均控制在较低水平。
四、每个县级综合医院至少有3名取得资质的康复治疗师，每个乡镇卫生院不少于2名全科医生。
五、依托宜宾市第二人民医院建设宜宾市卒中防治中心，支持兴文县医院西城分院设置卒中单元。
六、乡镇卫生院规范设置慢病管理门诊，每个县（区）至少建成2个标准化胸痛救治单元。
七、以兴文县120急救指挥中心为枢纽，完善院前急救网络。
八、结合基本公共卫生服务项目开展高血压筛查。
九、县（市、区）社会心理服务中心、乡镇（街道）社会心理服务站覆盖率分别达到100%和80%。
十、抑郁症、焦虑障碍治疗率在2024年基础上提高20%。
十一、严格执行《严重精神障碍管理治疗工作规范（2018年版）》，在册患者家庭医生签约率达到90%以上。
十二、每年为不少于30万名65岁及以上老年人提供认知功能评估。
十三、社区卫生服务中心要依托全科诊室设立心理咨询室。
十四、依托宜宾学院建设宜宾市学校心理健康教育指导中心，支持四川大学华西医院国家老年疾病临床医学研究中心发挥引领作用。
十五、依托宜宾市第四人民医院（宜宾市精神卫生中心）建设精神医学中心，市精神卫生中心牵头组建专科联盟。
十六、巩固全国社会心理服务体系建设试点成果。
十七、在宜医保发〔2023〕21号文件基础上，完善按床日付费政策。
十八、高校设立心理健康教育与咨询中心，县级医院加强胸痛和卒中中心建设。
十九、0—36个月儿童中医药健康管理率稳定在80%左右，3-6岁儿童眼保健覆盖率达到90%以上。
二十、每个社区卫生服务站能够提供6类以上中医药适宜技术。
二十一、截至2023年底，全市已建成中医馆的社区卫生服务中心18个；社区卫生服务站中设置中医阁的比例为46.3%。2023年全市基层中医诊疗量达86.5万人次，较2021年增长18.7%。
二十二、到2027年，社区卫生服务站中医阁设置比例提高到80%以上。
二十三、落实国家基本公共卫生服务项目中医药健康管理服务。
附件
重点任务分工表
序号|重点任务|牵头单位|配合单位|完成时限
1|加强康复专科人才培养|市卫生健康委|市教育局、宜宾学院|2026年12月
"""

TRADITIONAL = """宜賓市心腦血管疾病防治能力提升工作方案（2025—2027年）
一、截至2024年底，全市二級以上綜合醫院設置老年醫學科的比例已達61.5%，設置康復醫學科的比例已達70.2%。
二、到2027年，二級以上綜合醫(yī)院設置精神科的比例達到80%，設置老年醫學科和康復醫學科的比例均達到100%。主要指標見表1。
三、全市人均每日食(shí)鹽攝入量控制在5克以內，孕產婦死亡率和嬰兒死亡率均控制在較低水平。
四、每個縣級綜合醫院至少有3名取得資質的康(kāng)復治療師，每個鄉鎮衛(wèi)生院不少於2名全科醫生。
五、依託宜賓市第二人民醫院建設宜賓市卒(cù)中防治中心，支持興文縣醫院西城分院設置卒中單元。
六、鄉鎮衛生院規範設置慢病管理門診，每個縣（區）至少建成2個標準化胸痛救治單元。
七、以興文縣120急(jí)救指揮中心爲樞紐，完善院前急救網絡。
八、結合基(jī)本公共衛生服務項目開展高血壓篩查。
九、縣（市、區）社會心理服務中心、鄉鎮（街道）社會心理服務站覆(fù)蓋率分別達到100%和80%。
十、抑(yì)鬱症、焦慮障礙治療率在2024年基礎上提高20%。
十一、嚴格執行《嚴重精神障礙管理治療工作規範（2018年版）》，在冊患者家庭醫生簽(qiān)約率達到90%以上。
十二、每年爲不少於30萬名65歲及以上老年人提供認(rèn)知功能評估。
十三、社區衛生服務中心要依託全(quán)科診室設立心理諮詢室。
十四、依託宜賓學院建設宜賓市學校心理健康教育指(zhǐ)導中心，支持四川大學華西醫院國家老年疾病臨牀醫學研究中心發揮引領作用。
十五、依託宜賓市第四人民醫院（宜賓市精神衛(wèi)生中心）建設精神醫學中心，市精神衛生中心牽頭組建專科聯盟。
十六、鞏(gǒng)固全國社會心理服務體系建設試點成果。
十七、在宜醫保發〔2023〕21號文件基礎上，完善按牀(chuáng)日付費政策。
十八、高校設立心理健(jiàn)康教育與諮詢中心，縣級醫院加強胸痛和卒中中心建設。
十九、0—36個月兒(ér)童中醫藥健康管理率穩定在80%左右，3-6歲兒童眼保健覆蓋率達到90%以上。
二十、每個社區衛生服務站能夠提供6類以上中醫藥適(shì)宜技術。
二十一、截至2023年底，全市已建成中醫館的社區衛生服務中心18個；社區衛生服務站中設置中醫閣(gé)的比例爲46.3%。2023年全市基層中醫診療量達86.5萬人次，較2021年增長18.7%。
二十二、到2027年，社區衛生服務站中醫閣設置比例提高到80%以上。
二十三、落實國家基本公共衛(wèi)生服務項目中醫藥健康管理服務。
附件
重點任務分工表
序號|重點任務|牽頭單位|配合單位|完成時限
1|加強康復專科人才培養|市衛生健康委|市教育局、宜賓學院|2026年12月
"""



doc = per_script_document({"simplified": SIMPLIFIED, "traditional": TRADITIONAL}, "probe-rules", "宜宾市心脑血管疾病防治能力提升工作方案（2025—2027年）", "宜宾市", "2025-02-01")


on_line = facts_on_line
quantities = quantities_on_line


def departments(doc, line: int) -> set[tuple]:
    return {(f.department, f.institution_scope, f.share, f.comparator)
            for f in on_line(doc, DepartmentRequirement, line)}


def names(doc, kind: str) -> set[str]:
    return {f.name for f in doc.facts if isinstance(f, NamedEntityMention) and f.kind == kind}


def test_a_share_already_reached_is_an_observation_and_no_requirement(doc) -> None:
    assert quantities(doc, 1) == {
        ("observation", "二级以上综合医院设置老年医学科的比例", 61.5, "percent", "=", 2024),
        ("observation", "设置康复医学科的比例", 70.2, "percent", "=", 2024),
    }
    assert departments(doc, 1) == set()


def test_one_value_after_jun_for_each_member_of_the_list(doc) -> None:
    assert quantities(doc, 2) == {
        ("target", "二级以上综合医院设置精神科的比例", 80.0, "percent", ">=", 2027),
        ("target", "二级以上综合医院设置老年医学科的比例", 100.0, "percent", ">=", 2027),
        ("target", "二级以上综合医院设置康复医学科的比例", 100.0, "percent", ">=", 2027),
    }
    second = [f for f in on_line(doc, QuantityFact, 2) if "康复医学科" in f.indicator]
    assert second[0].evidence.quote.startswith(("康复医学科的比例均", "康復醫學科的比例均"))
    assert departments(doc, 2) == {
        ("精神科", "二级以上综合医院", 80.0, ">="),
        ("老年医学科", "二级以上综合医院", 100.0, ">="),
        ("康复医学科", "二级以上综合医院", 100.0, ">="),
    }


def test_grams_with_a_ceiling_and_no_value_without_a_number(doc) -> None:
    assert quantities(doc, 3) == {("target", "人均每日食盐摄入量", 5.0, "gram-per-capita-per-day", "<=", 2027)}
    salt = on_line(doc, QuantityFact, 3)[0]
    assert salt.indicator_iri == IND + "salt-intake-per-capita"


def test_a_minimum_per_institution_counts_what_follows(doc) -> None:
    facts = on_line(doc, QuantityFact, 4)
    assert {(f.indicator, f.value, f.unit, f.comparator) for f in facts} == {
        ("每个县级综合医院取得资质的康复治疗师数", 3.0, "count", ">="),
        ("每个乡镇卫生院全科医生数", 2.0, "count", ">="),
    }
    assert not any((f.indicator_iri or "").endswith(("per-100000", "per-10000", "per-1000")) for f in facts)


def test_a_table_label_is_no_value(doc) -> None:
    assert not [f for f in doc.facts if isinstance(f, QuantityFact) and f.value == 1.0]


def test_a_unit_set_up_by_a_named_branch(doc) -> None:
    assert departments(doc, 5) == {("卒中单元", "兴文县医院西城分院", None, None)}


def test_a_place_subject_does_not_inherit_the_institutions_before(doc) -> None:
    assert departments(doc, 6) == {("慢病管理门诊", "乡镇卫生院", None, None), ("胸痛救治单元", "", None, None)}
    assert ("target", "标准化胸痛救治单元", 2.0, "count", ">=", 2027) in quantities(doc, 6)


def test_named_institutions_of_a_county_and_centres(doc) -> None:
    assert {"宜宾市第二人民医院", "宜宾市卒中防治中心", "兴文县医院西城分院", "兴文县120急救指挥中心"} <= \
        names(doc, "institution")
    assert "宜宾市县医院" not in names(doc, "institution")


def test_a_programme_after_jiehe(doc) -> None:
    # the public-health service project is named with 国家 however it is found (programmes._national_name)
    assert "国家基本公共卫生服务项目" in names(doc, "programme")


def test_a_university_supports_a_task_of_the_table(doc) -> None:
    roles = {(f.agency.label, f.role) for f in doc.facts if isinstance(f, Responsibility)}
    assert roles == {("宜宾市卫生健康委", "lead"), ("宜宾市教育局", "support"), ("宜宾学院", "support")}


def test_a_list_inside_brackets_stays_inside_its_member(doc) -> None:
    assert quantities(doc, 9) == {
        ("target", "县（市、区）社会心理服务中心覆盖率", 100.0, "percent", ">=", 2027),
        ("target", "乡镇（街道）社会心理服务站覆盖率", 80.0, "percent", ">=", 2027),
    }


def test_groups_sharing_a_rate_share_its_change(doc) -> None:
    facts = on_line(doc, QuantityFact, 10)
    assert {(f.indicator, f.value, f.relative) for f in facts} == {("抑郁症治疗率", 20.0, True),
                                                                  ("焦虑障碍治疗率", 20.0, True)}


def test_an_edition_year_dates_nothing(doc) -> None:
    assert quantities(doc, 11) == {("target", "在册患者家庭医生签约率", 90.0, "percent", ">=", 2027)}


def test_the_people_a_service_reaches(doc) -> None:
    facts = on_line(doc, QuantityFact, 12)
    assert {(f.indicator, f.value, f.unit, f.comparator) for f in facts} == {
        ("每年接受认知功能评估的65岁及以上老年人数", 30.0, "ten-thousand", ">=")}


def test_a_means_between_subject_and_verb(doc) -> None:
    assert departments(doc, 13) == {("心理咨询室", "社区卫生服务中心", None, None)}


def test_a_designation_after_a_hospital_and_a_qualifying_kind(doc) -> None:
    found = {f.name for f in doc.facts if isinstance(f, NamedEntityMention) and f.kind == "institution"
             and doc.source.raw.count("\n", 0, f.evidence.start) == 14}
    assert found == {"宜宾学院", "宜宾市学校心理健康教育指导中心", "四川大学华西医院", "国家老年疾病临床医学研究中心"}


def test_a_bracketed_alias_named_again_is_the_same_institution(doc) -> None:
    line = [f for f in doc.facts if isinstance(f, NamedEntityMention) and f.kind == "institution"
            and doc.source.raw.count("\n", 0, f.evidence.start) == 15]
    assert {f.name for f in line} == {"宜宾市第四人民医院"}
    assert len(line) == 3  # the name, its alias in brackets, the alias again


def test_gonggu_introduces_a_programme(doc) -> None:
    assert "全国社会心理服务体系建设试点" in names(doc, "programme")


def test_a_document_number_without_the_word_before_it(doc) -> None:
    numbers = {f.number for f in doc.facts if isinstance(f, Citation) and f.number}
    assert "宜医保发〔2023〕21号" in numbers
    assert not any(n.startswith("在") for n in numbers)


def test_two_activities_before_one_head_name_one_unit(doc) -> None:
    assert {d for d, *_ in departments(doc, 18)} == {"心理健康教育与咨询中心", "胸痛中心", "卒中中心"}


def test_an_age_range_names_a_population(doc) -> None:
    assert quantities(doc, 19) == {("target", "0—36个月儿童中医药健康管理率", 80.0, "percent", "~", 2027),
                                   ("target", "3-6岁儿童眼保健覆盖率", 90.0, "percent", ">=", 2027)}


def test_kinds_are_counted(doc) -> None:
    assert {(f.value, f.unit, f.comparator) for f in on_line(doc, QuantityFact, 20)} == {(6.0, "count", ">=")}


def test_a_report_and_a_change_since_a_base_year(doc) -> None:
    assert departments(doc, 21) == set()
    facts = on_line(doc, QuantityFact, 21)
    assert {f.kind for f in facts} == {"observation"}
    change = [f for f in facts if f.value == 18.7]
    assert [(f.indicator, f.unit, f.year, f.relative) for f in change] == [("基层中医诊疗量", "percent", 2023, True)]


def test_units_before_the_word_share(doc) -> None:
    assert departments(doc, 22) == {("中医阁", "社区卫生服务站", 80.0, ">=")}


def test_a_service_of_a_programme_follows_its_name(doc) -> None:
    assert "国家基本公共卫生服务项目" in names(doc, "programme")
