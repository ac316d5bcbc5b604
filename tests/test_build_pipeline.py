"""The build as the CLI runs it (policykg.pipeline): incremental rebuilds, the same bytes whatever the number of
workers, a shared entity removed with the last document naming it, and bad input that leaves the old graph serving."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from graph_store.embedded import EmbeddedStore
from graph_store.export import export_graph
from graph_store.generations import COMPLETE
from policykg.errors import CorpusError, ManifestError
from policykg.pipeline import build
from policykg.settings import Settings

PLAN = """{city}卫生健康事业发展规划

一、总体要求
到2025年，每千人口执业（助理）医师数达到{n}人。
二、重点任务
（一）强化医疗服务。{city}卫生健康局牵头，{city}财政局配合。
"""
AGENCY = "https://w3id.org/policykg/agency/{code}/finance"


def corpus(folder: Path, cities: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for slug, city in sorted(cities.items()):
        n = 3 + (sum(map(ord, slug)) % 10) / 10  # a value of the city's own, whatever else is in the corpus
        (folder / f"{slug}-2024-plan.txt").write_text(PLAN.format(city=city, n=n), encoding="utf-8")
    return folder


def settings(tmp: Path, name: str, folder: Path, **extra: object) -> Settings:
    return Settings(store=str(tmp / name), corpus=folder, cache_dir=tmp / f"{name}-cache", **extra)


def exported(store: str) -> bytes:
    out = io.BytesIO()
    export_graph(EmbeddedStore(store, read_only=True), "nquads", out)
    return out.getvalue()


def agencies(store: str) -> set[str]:
    rows = EmbeddedStore(store, read_only=True).query(
        "SELECT ?a WHERE { GRAPH <https://w3id.org/policykg/graph/shared> { ?a a <https://w3id.org/policykg/ontology#Agency> } }")
    return {r["a"] for r in rows.values()}


CITIES = {"hangzhou": "杭州市", "ningbo": "宁波市", "wenzhou": "温州市"}


def test_incremental_builds_extract_only_what_changed_and_equal_a_full_build(tmp_path) -> None:
    folder = corpus(tmp_path / "corpus", CITIES)
    s = settings(tmp_path, "store", folder)
    first = build(s)
    assert (first.mode, first.extracted, first.documents) == ("full", 3, 3)
    again = build(s)
    assert (again.mode, again.extracted, again.kept) == ("incremental", 0, 3)

    corpus(folder, {**CITIES, "shaoxing": "绍兴市"})  # one more document
    added = build(s)
    assert (added.mode, added.extracted, added.kept, added.removed) == ("incremental", 1, 3, 0)
    fresh = build(settings(tmp_path, "fresh", folder))
    assert fresh.mode == "full"
    assert exported(s.store) == exported(str(tmp_path / "fresh")) != b""
    assert AGENCY.format(code="330600") in agencies(s.store)  # 绍兴市财政局

    corpus(folder, CITIES)  # the document is removed again: so is the agency only it named
    removed = build(s)
    assert (removed.removed, removed.entities_removed) == (1, 2)  # 绍兴市财政局 and 绍兴市卫生健康局
    assert AGENCY.format(code="330600") not in agencies(s.store)
    assert AGENCY.format(code="330100") in agencies(s.store)
    again_fresh = build(settings(tmp_path, "fresh2", folder))
    assert exported(s.store) == exported(str(tmp_path / "fresh2")) and again_fresh.mode == "full"


def test_an_index_of_another_layout_makes_the_next_build_a_full_one(tmp_path, monkeypatch) -> None:
    """The search index's layout is part of what an incremental build must match (an older index is rebuilt)."""
    import policykg.pipeline

    folder = corpus(tmp_path / "corpus", CITIES)
    s = settings(tmp_path, "store", folder)
    build(s)
    monkeypatch.setattr(policykg.pipeline, "INDEX_SCHEMA", "0-older")
    assert build(s).mode == "full"
    assert build(s).mode == "incremental"


def test_topic_counts_and_compare_rows_follow_incremental_builds(tmp_path) -> None:
    """Documents and jurisdictions per indicator, and the compare rows, are stored by the build; an incremental build
    that adds or removes a document updates both."""
    from graph_store.sidecar import IndexReader

    physicians = "https://w3id.org/policykg/vocab/indicator/physicians-per-1000"
    folder = corpus(tmp_path / "corpus", CITIES)
    s = settings(tmp_path, "store", folder)

    def seen() -> tuple[tuple[int, int], list[str]]:
        reader = IndexReader(EmbeddedStore(s.store, read_only=True).index_path())
        counts = {iri: (d, j) for iri, d, j in reader.topics("indicator")}
        ids = sorted(i for i, _ in reader.compare_rows("indicator", physicians, [f"{c}-2024-plan" for c in
                                                                                   (*CITIES, "shaoxing")]))
        return counts[physicians], ids

    build(s)
    assert seen() == ((3, 3), ["hangzhou-2024-plan", "ningbo-2024-plan", "wenzhou-2024-plan"])
    corpus(folder, {**CITIES, "shaoxing": "绍兴市"})
    assert build(s).mode == "incremental"
    assert seen()[0] == (4, 4) and "shaoxing-2024-plan" in seen()[1]
    corpus(folder, {"hangzhou": "杭州市", "ningbo": "宁波市"})
    build(s)
    assert seen() == ((2, 2), ["hangzhou-2024-plan", "ningbo-2024-plan"])


def test_the_number_of_workers_does_not_change_a_byte(tmp_path) -> None:
    folder = corpus(tmp_path / "corpus", {**CITIES, "shaoxing": "绍兴市", "jiaxing": "嘉兴市"})
    build(settings(tmp_path, "one", folder, build_workers=1))
    build(settings(tmp_path, "two", folder, build_workers=2))
    assert exported(str(tmp_path / "one")) == exported(str(tmp_path / "two"))


def test_an_id_collision_names_both_files_and_replaces_nothing(tmp_path) -> None:
    folder = corpus(tmp_path / "corpus", CITIES)
    s = settings(tmp_path, "store", folder)
    build(s)
    before = exported(s.store)
    # an unlisted file whose inferred id equals a listed document's id
    (folder / "manifest.toml").write_text('[[document]]\nid = "ningbo-2024-plan"\nsource_file = "hangzhou-2024-plan.txt"\n'
                                         'title = "杭州市卫生健康事业发展规划"\njurisdiction = "杭州市"\n', encoding="utf-8")
    with pytest.raises(ManifestError) as caught:
        build(s)
    assert "hangzhou-2024-plan.txt" in caught.value.message and "ningbo-2024-plan.txt" in caught.value.location
    assert exported(s.store) == before


def test_an_oversized_file_is_refused_with_its_name_and_the_old_graph_serves(tmp_path) -> None:
    folder = corpus(tmp_path / "corpus", CITIES)
    s = settings(tmp_path, "store", folder)
    build(s)
    before = exported(s.store)
    (folder / "huge-2024-plan.txt").write_text(PLAN.format(city="湖州市", n=3) * 400, encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        build(settings(tmp_path, "store", folder, max_document_bytes=50_000))
    assert caught.value.location.endswith("huge-2024-plan.txt") and "over the limit" in caught.value.message
    assert exported(s.store) == before


def test_a_half_written_generation_is_removed_by_the_next_build(tmp_path) -> None:
    folder = corpus(tmp_path / "corpus", CITIES)
    s = settings(tmp_path, "store", folder)
    build(s)
    root = Path(s.store)
    live = (root / "CURRENT").read_text().strip()
    # a build killed with kill -9 leaves a generation without its COMPLETE marker
    killed = root / "gen-000099"
    shutil.copytree(root / live, killed)
    (killed / COMPLETE).unlink()
    build(s)
    assert not killed.exists()
    kept = sorted(p.name for p in root.glob("gen-*"))
    assert all((root / g / COMPLETE).exists() for g in kept) and len(kept) <= 2
