"""Corpus reading, the manifest, and metadata inferred for documents without an entry."""

from __future__ import annotations

import pytest

from loaders.corpus import infer_metadata, read_corpus, read_manifest
from policykg.errors import CorpusError, ManifestError
from tests.conftest import SEED_CORPUS


def test_seed_manifest_complete() -> None:
    docs = read_corpus(SEED_CORPUS)
    assert len(docs) == 5
    gd = next(d for d in docs if d.id.startswith("guangdong"))
    assert gd.metadata.doc_number == "粤发〔2023〕1号"
    assert dict(gd.metadata.sources)["doc_number"].startswith("cited: zhongshan")
    assert gd.metadata.script == "traditional"
    jh = next(d for d in docs if d.id.startswith("jiaohe"))
    assert jh.metadata.status == "draft"


def test_inference_from_header_fields(tmp_path) -> None:
    text = "标      题: 某县卫生健康规划(征求意见稿)\n发文机关: 某县卫生健康局 成文日期: 2024年3月5日\n文号:某卫发〔2024〕7号\n正文"
    meta = infer_metadata(tmp_path / "x.txt", text)
    assert meta.title == "某县卫生健康规划（征求意见稿）"
    assert meta.issuers == ("某县卫生健康局",)
    assert meta.date == "2024-03-05"
    assert meta.doc_number == "某卫发〔2024〕7号"
    assert meta.status == "draft" and meta.inferred


def test_inference_ignores_cited_numbers_and_detects_script(tmp_path) -> None:
    text = "某省實施方案\n為貫徹落實《國務院意見》（國發〔2020〕1號）要求，制定本方案。衛生醫療體系發展。\n"
    meta = infer_metadata(tmp_path / "x.txt", text)
    assert meta.doc_number == ""
    assert meta.script == "traditional"
    assert meta.title == "某省实施方案"


def test_manifest_duplicate_id(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("一、总则\n")
    (tmp_path / "manifest.toml").write_text(
        '[[document]]\nid = "a"\nsource_file = "a.txt"\n[[document]]\nid = "a"\nsource_file = "b.txt"\n')
    with pytest.raises(ManifestError, match="duplicate id"):
        read_manifest(tmp_path)


def test_empty_folder(tmp_path) -> None:
    with pytest.raises(CorpusError, match="no .txt or .md"):
        read_corpus(tmp_path)
