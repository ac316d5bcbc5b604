"""The scorer of `make quality` (tests/scoring.py): what counts as a match, a miss and a false positive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import build_written
from tests.scoring import score_document

TEXT = "某县卫生健康事业发展规划\n一、乡镇卫生院和社区卫生服务中心设置发热诊室。\n二、县级医院设置感染性疾病科和老年医学科。\n"


def _key_file(folder: Path, section: str, items: list[dict]) -> Path:
    """A key of one fact type, written as the guidelines describe it."""
    path = folder / "key.json"
    path.write_text(json.dumps({"document": "a.txt", section: items}, ensure_ascii=False), encoding="utf-8")
    return path


def _key(folder: Path, departments: list[dict]) -> Path:
    return _key_file(folder, "departments", [
        {"action": "设置", "share": None, "comparator": None, "year": None, "year_source": None, **d}
        for d in departments])


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    return build_written(tmp_path_factory.mktemp("scoring"), {"x-2024-plan.txt": TEXT})[0]


def test_each_type_of_a_listed_scope_is_part_of_the_one_key_item(doc, tmp_path) -> None:
    key = _key(tmp_path, [{"department": "发热诊室", "institution_scope": "乡镇卫生院和社区卫生服务中心", "line": 2,
                           "quote": "乡镇卫生院和社区卫生服务中心设置发热诊室"}])
    s = score_document(doc, key)["departments"]
    assert (s.matched, s.expected) == (1, 1)
    line2 = [f for f in s.false_positives if "发热诊室" in f]
    assert line2 == []  # 社区卫生服务中心's requirement is the rest of the key item, not a false positive


def test_a_type_the_key_scope_does_not_list_is_a_false_positive(doc, tmp_path) -> None:
    key = _key(tmp_path, [{"department": "发热诊室", "institution_scope": "乡镇卫生院", "line": 2,
                           "quote": "乡镇卫生院和社区卫生服务中心设置发热诊室"}])
    s = score_document(doc, key)["departments"]
    assert s.matched == 1
    assert [f for f in s.false_positives if "发热诊室" in f] == [
        f for f in s.false_positives if "社区卫生服务中心 设置 发热诊室" in f] != []


def test_a_department_the_key_lacks_is_a_false_positive_and_a_missing_one_a_miss(doc, tmp_path) -> None:
    key = _key(tmp_path, [{"department": "感染性疾病科", "institution_scope": "县级医院", "line": 3,
                           "quote": "县级医院设置感染性疾病科和老年医学科"},
                          {"department": "康复医学科", "institution_scope": "县级医院", "line": 3,
                           "quote": "县级医院设置感染性疾病科和老年医学科"}])
    s = score_document(doc, key)["departments"]
    assert (s.matched, s.expected) == (1, 2)
    assert len(s.misses) == 1 and "康复医学科" in s.misses[0]
    assert any("老年医学科" in f for f in s.false_positives)


TABLE_TEXT = ("某县中医药服务能力提升方案\n一、到2025年，县中医医院编制床位数达到800张，中医馆设置率达到100%。\n"
              "附件：主要指标\n序号\n指标\n单位\n2022年\n2025年\n指标性质\n1\n县中医医院编制床位数\n张\n650\n800\n预期性\n"
              "2\n中医馆设置率\n%\n86.2\n95\n约束性\n")


def _targets_key(folder: Path, targets: list[dict]) -> Path:
    return _key_file(folder, "targets", [
        {"kind": "target", "multiplier": 1, "comparator": ">=", "year": 2025, "year_source": "stated",
         "relative": False, **t} for t in targets])


@pytest.fixture(scope="module")
def table_doc(tmp_path_factory):
    return build_written(tmp_path_factory.mktemp("restated"), {"y-2023-plan.txt": TABLE_TEXT})[0]


def test_a_table_restating_a_keyed_value_is_neither_matched_nor_false(table_doc, tmp_path) -> None:
    """The guidelines key one item per (indicator, value): the table's 800 restates the text's, so it is no false
    positive and not counted as found; the table's 95 differs from the text's 100, so it stays a false positive."""
    key = _targets_key(tmp_path, [
        {"indicator": "县中医医院编制床位数", "value": 800, "unit": "张", "line": 2, "quote": "县中医医院编制床位数达到800张"},
        {"indicator": "中医馆设置率", "value": 100, "unit": "%", "line": 2, "quote": "中医馆设置率达到100%"}])
    s = score_document(table_doc, key)["targets"]
    assert (s.matched, s.expected) == (2, 2)
    assert s.restated == 1 and s.found == 3
    assert len(s.false_positives) == 1 and "95" in s.false_positives[0]


SHARE_TEXT = ("某市老年健康服务体系建设实施意见\n一、二级及以上综合性医院普遍设立老年医学科，二级及以上中医医院设置老年病科。\n"
              "二、到2025年，二级及以上综合性医院设立老年医学科的比例达到90%以上。\n")


@pytest.fixture(scope="module")
def share_doc(tmp_path_factory):
    return build_written(tmp_path_factory.mktemp("restated-unit"), {"z-2025-opinions.txt": SHARE_TEXT})[0]


def test_a_plain_mention_of_a_requirement_keyed_with_its_share_is_neither_matched_nor_false(share_doc,
                                                                                           tmp_path) -> None:
    """One key item per (department, scope): line 2's 普遍设立老年医学科 restates line 3's requirement, so it is
    not counted; 老年病科, which the key lacks, stays a false positive."""
    key = _key(tmp_path, [{"department": "老年医学科", "institution_scope": "二级及以上综合性医院", "line": 3,
                           "share": 90, "comparator": ">=", "year": 2025, "year_source": "stated",
                           "quote": "二级及以上综合性医院设立老年医学科的比例达到90%以上"}])
    s = score_document(share_doc, key)["departments"]
    assert (s.matched, s.expected) == (1, 1)
    assert s.restated == 1 and s.found == 2
    assert len(s.false_positives) == 1 and "老年病科" in s.false_positives[0]
