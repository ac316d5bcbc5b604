"""Constructions found missing on unseen plans (issue 14: tests/documents/probe51, an autonomous prefecture's 2023
review and 2024 work points, and probe52, an urban district's family-doctor opinions), written twice: in simplified
script and in traditional script with pinyin noise. Expected values are written by hand.

- a section headed 2023年工作总结 reviews what was reached: its values are observations, and 较上年提高… measures the
  indicator before it;
- 其中 and 对口支援 end the words before a hospital's name;
- a carried share list (县级医院…，儿科、精神（心理）科设置率分别达到95%和70%), 民族医药馆, …规范设置率, a county office
  of ethnic medicine or of health promotion (中医民族医药科, 健康促进科) typed as its division one level up;
- 做实…项目 names a programme; 6类以上…的…比例 is a qualifier, not a value;
- 4.各社区卫生服务中心 is the scope 社区卫生服务中心, and its plain requirements join the shares the sentence gives;
- a table of streets (街道 / 2023年签约率(%) / 2026年目标(%)) under a title naming the measure (probe51–52);
- a section of duties, one paragraph per agency (州财政局：负责…; 各县（市）人民政府：负责…), while a government's duty
  in a sentence (各县（市）人民政府要落实属地责任) assigns no task; 做到诊室、治疗室、观察室、药房分设 (probe53–54);
- 实施千县工程县医院综合能力提升工作 names 千县工程, a work item under it; 乡村振兴战略重点工作 names nothing (probe55);
- …及有关县（市）人民政府配合 in a bracket, supports of a 由X负责 sentence that include a government, a Party
  committee's 宣传部 as the subject, no institution across 局负责产业园, a university's teaching base after 共建
  (probe57–58);
- a national administration's local office (国家金融监督管理总局…监管分局) is an agency; 新增省级肿瘤临床重点专科 is a
  designation won, not a unit; a table of places whose first column says what exists (现有救护车（辆）) without a
  year: observations of the latest year before the document's, the same measure as the target column (probe59–60);
- a pipe table of townships with a count column (镇（街道） | 老年人健康管理任务数（人）), each row's count a target, the
  population column no indicator; a research institute's 附属医院 (probe61–62).
"""

from __future__ import annotations

from loaders.extract.org_facts import Responsibility
from tests.conftest import facts_on_line, names_on_line, per_script_document, quantities_on_line, requirements_on_line

TEXTS = {
    "simplified": """黔东南州卫生健康委员会2023年工作总结和2024年工作要点
一、2023年工作总结
（一）医疗服务能力稳步提升
2023年全州三级医院达到9所，其中黎平县人民医院、从江县人民医院晋升为三级综合医院。贵州医科大学附属医院对口支援黔东南州民族医院。
全州县域内就诊率达到90.3%，较上年提高1.6个百分点；全年新建成标准化村卫生室146所。
二、2024年工作要点
1.提升县级医院综合能力。县级医院设置重症医学科的比例达到100%，儿科、精神（心理）科设置率分别达到95%和70%。（责任科室：医政医管科、中医民族医药科）
2.健全服务体系。2024年全州乡镇卫生院建设民族医药馆的比例达到40%；二级及以上综合医院感染性疾病科和发热门诊规范设置率达到100%。（责任科室：健康促进科）
3.做实国家基本公共卫生服务项目，到2026年能够提供6类以上中医药适宜技术的社区卫生服务中心比例达到100%。
4.各社区卫生服务中心规范设置全科门诊、康复科和中医馆，到2025年社区卫生服务中心中医馆设置率保持100%，到2026年康复科设置率不低于90%。
表1 凯里市各街道（镇）家庭医生签约率目标
街道
2023年签约率(%)
2026年目标(%)
大十字街道
43.6
50
西门街道
44.1
52
三、保障措施
各县（市）人民政府要落实属地责任。
村卫生室业务用房使用面积不低于60平方米，做到诊室、治疗室、观察室、药房分设。
四、部门职责
州卫生健康委：负责统筹推进乡村医生队伍建设和村卫生室标准化建设。
州财政局：负责落实乡村医生各项补助资金。
各县（市）人民政府：负责本辖区村卫生室建设用地保障。
深入实施千县工程县医院综合能力提升工作，纳入本地区国民经济和社会发展规划以及乡村振兴战略重点工作。
9.推进项目建设。实施7个重点建设项目。（州卫生健康委牵头，州发展改革委、州财政局及有关县（市）人民政府配合）
10.推进村卫生室中医阁建设。由州卫生健康委负责，州财政局、各县（市）人民政府配合。
11.加强文化传播。广泛开展中医药法普法宣传。由州委宣传部负责，州教育局、州卫生健康委配合。
12.发展产业。州工业和信息化局负责产业园建设和企业引进，共建贵州中医药大学苗医药临床教学基地。
13.强化医疗保障。完善医保支付政策。（州医保局牵头，州卫生健康委、国家金融监督管理总局黔东南监管分局配合）
14.加强专科建设。支持黔东南州人民医院、凯里市第一人民医院到2025年新增省级肿瘤临床重点专科。
表2 各县（市、区）救护车配置目标
县（市、区）
现有救护车（辆）
2025年目标（辆）
凯里市
26
30
黄平县
22
26
五、附则
15.做实老年人健康管理。各镇（街道）老年人健康管理任务见下表。支持湖南省中医药研究院附属医院开展合作。
序号|镇（街道）|常住人口（万人）|老年人健康管理任务数（人）
1|钢山街道|15.86|13250
2|唐村镇|6.21|6180
""",
    "traditional": """黔東南州衛(wèi)生健康委員會2023年工作總結和2024年工作要點
一、2023年工作總結
（一）醫療服務能力穩步提升
2023年全州三級醫院達到9所，其中黎(lí)平縣人民醫院、從江縣人民醫院晉升爲三級綜合醫院。貴州醫科大學附屬醫院對口支援(yuán)黔東南州民族醫院。
全州縣域內就診(zhěn)率達到90.3%，較上年提高1.6個百分點；全年新建成標準化村衛生室146所。
二、2024年工作要點
1.提升縣級醫院綜合能力。縣級醫院設置重(zhòng)症醫(yī)學科的比例達到100%，兒科、精神（心理）科設置率分別達到95%和70%。（責任科室：醫政醫管科、中醫民族醫藥科）
2.健全服務體系。2024年全州鄉鎮衛生院建設民族醫藥館(guǎn)的比例達到40%；二級及以上綜合醫院感染性疾病科和發熱(rè)門診規範設置率達到100%。（責任科室：健康促進科）
3.做實國家基本公共衛生服務(wù)項目，到2026年能夠提供6類以上中醫藥適宜技術的社區衛生服務中心比例達到100%。
4.各社區衛生服務中心規範設置全科門診、康復(fù)科和中醫館，到2025年社區衛生服務中心中醫館設置率保持100%，到2026年康復科設置率不低於90%。
表1 凱里市各街道（鎮）家庭醫生簽(qiān)約率目標
街道
2023年簽約率(%)
2026年目標(%)
大十(shí)字街道
43.6
50
西門街道
44.1
52
三、保障措施
各縣（市）人民政府要落實屬(shǔ)地責任。
村衛生室業務用房使用面積不低於60平方米，做到診室、治療(liáo)室、觀察室、藥房分設。
四、部門職責
州衛生健康委：負責統(tǒng)籌推進鄉村醫生隊伍建設和村衛生室標準化建設。
州財(cái)政局：負責落實鄉村醫生各項補助資金。
各縣（市）人民政府：負責本轄(xiá)區村衛生室建設用地保障。
深入實施千縣工程縣(xiàn)醫院綜合能力提升工作，納入本地區國民經濟和社會發展規劃以及鄉村振興戰略重點工作。
9.推進項(xiàng)目建設。實施7個重點建設項目。（州衛生健康委牽頭，州發展改革委、州財(cái)政局及有關縣（市）人民政府配合）
10.推進村衛生室中醫閣(gé)建設。由州衛生健康委負責，州財政局、各縣（市）人民政府配合。
11.加強文化傳播。廣泛開展中醫藥法普法宣傳。由州委宣(xuān)傳部負責，州教育局、州衛生健康委配合。
12.發展產業。州工業和信息化局負責產業園建設和企業引進，共建貴州中醫藥大學(xué)苗醫藥臨牀教學基地。
13.強化醫療保障。完善醫保支付政策。（州醫保局牽頭，州衛生健康委、國家金融(róng)監督管理總局黔東南監管分局配合）
14.加強專科建設。支持黔東南州人民醫院、凱里市第一人民醫院到2025年新增省級腫瘤(liú)臨牀重點專科。
表2 各縣（市、區）救護(hù)車配置目標
縣（市、區）
現有救護(hù)車（輛）
2025年目標（輛）
凱(kǎi)里市
26
30
黃平縣
22
26
五、附則
15.做實老年人健康(kāng)管理。各鎮（街道）老年人健康管理任務見下表。支持湖南省中醫藥研究院附屬醫院開展合作。
序號|鎮（街道）|常住人口（萬人）|老年人健康管理任務(wù)數（人）
1|鋼(gāng)山街道|15.86|13250
2|唐村鎮|6.21|6180
""",
}

doc = per_script_document(TEXTS, "qiandongnan-constructions", "黔东南州卫生健康委员会2023年工作总结和2024年工作要点",
                          "黔东南苗族侗族自治州", "2024-02-06")


def test_a_review_section_states_observations(doc) -> None:
    assert quantities_on_line(doc, 3) == {("observation", "三级医院", 9.0, "count", "=", 2023)}
    assert {(q[0], q[1], q[2], q[3]) for q in quantities_on_line(doc, 4)} == {
        ("observation", "县域内就诊率", 90.3, "percent"), ("observation", "县域内就诊率", 1.6, "percentage-point"),
        ("observation", "全年新建成标准化村卫生室", 146.0, "count")}


def test_names_after_qizhong_and_paired_support(doc) -> None:
    assert names_on_line(doc, 3, "institution") == {"黎平县人民医院", "从江县人民医院", "贵州医科大学附属医院",
                                                    "黔东南州民族医院"}


def test_carried_share_lists_ethnic_halls_and_regular_setup_rates(doc) -> None:
    assert {(d, s, v) for d, s, v, _ in requirements_on_line(doc, 6)} == {
        ("重症医学科", "县级医院", 100.0), ("儿科", "县级医院", 95.0), ("精神（心理）科", "县级医院", 70.0)}
    assert {(d, s, v) for d, s, v, _ in requirements_on_line(doc, 7)} == {
        ("民族医药馆", "全州乡镇卫生院", 40.0), ("感染性疾病科", "二级及以上综合医院", 100.0),
        ("发热门诊", "二级及以上综合医院", 100.0)}


def test_county_offices_typed_as_their_divisions(doc) -> None:
    def types(line: int) -> set[str]:
        return {f.agency.type_iri.rsplit("/", 1)[-1] for f in facts_on_line(doc, Responsibility, line)}

    assert types(6) == {"dept-medical-administration", "dept-tcm"}
    assert types(7) == {"dept-health-promotion"}


def test_programmes_made_real_and_qualifying_counts(doc) -> None:
    assert names_on_line(doc, 8, "programme") == {"国家基本公共卫生服务项目"}
    assert {q[2] for q in quantities_on_line(doc, 8)} == {100.0}


def test_numbered_scope_and_shares_joined(doc) -> None:
    assert requirements_on_line(doc, 9) == {("全科门诊", "社区卫生服务中心", None, None),
                                            ("中医馆", "社区卫生服务中心", 100.0, 2025),
                                            ("康复科", "社区卫生服务中心", 90.0, 2026)}


def test_a_table_of_streets(doc) -> None:
    assert quantities_on_line(doc, 15) == {("observation", "大十字街道家庭医生签约率", 43.6, "percent", "=", 2023)}
    assert quantities_on_line(doc, 16) == {("target", "大十字街道家庭医生签约率", 50.0, "percent", ">=", 2026)}
    assert quantities_on_line(doc, 19) == {("target", "西门街道家庭医生签约率", 52.0, "percent", ">=", 2026)}


def test_duty_paragraphs_and_listed_rooms(doc) -> None:
    def roles(line: int) -> set[tuple[str, str]]:
        return {(f.agency.iri.rsplit("/", 1)[-1], f.role) for f in facts_on_line(doc, Responsibility, line)}

    assert facts_on_line(doc, Responsibility, 21) == []
    assert requirements_on_line(doc, 22) == {(room, "村卫生室", None, None) for room in ("诊室", "治疗室", "观察室", "药房")}
    # 州卫生健康委：负责… in a section of duties: the unit answers for that duty (GUIDELINES 6: 负责 as the principal;
    # probe78's and probe94's keys read it so, probe54's key reads it as responsible)
    assert roles(24) == {("health-commission", "lead")}
    assert roles(25) == {("finance", "lead")}
    collective = facts_on_line(doc, Responsibility, 26)
    assert [(f.role, f.agency.collective) for f in collective] == [("lead", True)]
    assert {f.task for line in (24, 25) for f in facts_on_line(doc, Responsibility, line)} == {
        "统筹推进乡村医生队伍建设和村卫生室标准化建设", "落实乡村医生各项补助资金"}


def test_a_programme_with_a_work_item_after_it(doc) -> None:
    assert names_on_line(doc, 27, "programme") == {"千县工程"}


def test_supports_governments_and_party_departments(doc) -> None:
    def roles(line: int) -> set[tuple[str, str]]:
        return {(f.agency.iri.rsplit("/", 1)[-1], f.role) for f in facts_on_line(doc, Responsibility, line)}

    assert {r for r in roles(28) if not r[0].startswith("each")} >= {
        ("health-commission", "lead"), ("development-reform", "support"), ("finance", "support")}
    assert len(roles(28)) == 4 and len(roles(29)) == 3
    assert ("health-commission", "lead") in roles(29) and ("finance", "support") in roles(29)
    assert {role for _, role in roles(30)} == {"lead", "support"} and len(roles(30)) == 3
    assert names_on_line(doc, 31, "institution") == {"贵州中医药大学苗医药临床教学基地"}


def test_local_offices_designations_and_a_column_of_what_exists(doc) -> None:
    supports = {f.agency.label for f in facts_on_line(doc, Responsibility, 32) if f.role == "support"}
    assert "国家金融监督管理总局黔东南监管分局" in supports and len(supports) == 2
    assert requirements_on_line(doc, 33) == set()
    assert quantities_on_line(doc, 39) == {("observation", "凯里市救护车", 26.0, "count", "=", 2023)}
    assert quantities_on_line(doc, 40) == {("target", "凯里市救护车", 30.0, "count", ">=", 2025)}
    assert quantities_on_line(doc, 42) == {("observation", "黄平县救护车", 22.0, "count", "=", 2023)}


def test_a_table_of_townships_with_counts_and_an_institutes_hospital(doc) -> None:
    assert names_on_line(doc, 45, "institution") == {"湖南省中医药研究院附属医院"}
    assert quantities_on_line(doc, 47) == {("target", "钢山街道老年人健康管理任务数", 13250.0, "count", "=", None)}
    assert quantities_on_line(doc, 48) == {("target", "唐村镇老年人健康管理任务数", 6180.0, "count", "=", None)}
