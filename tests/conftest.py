"""Shared fixtures: the seed corpus built once per session, and small corpora written by tests."""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from loaders.build import build_graphs
from policykg.settings import ROOT, Settings

SEED_CORPUS = ROOT / "data" / "corpus"
SEEDS = {
    "guangdong": "guangdong-2023-health-high-quality-development",
    "inner_mongolia": "inner-mongolia-2023-healthcare-service-system",
    "xiangtan": "xiangtan-undated-healthy-xiangtan-2030",
    "jiaohe": "jiaohe-2023-health-service-system-plan-draft",
    "zhongshan": "zhongshan-2023-health-high-quality-development",
}
BASE = "https://w3id.org/policykg/"


@pytest.fixture(scope="session")
def seed_build():
    """The five seeds parsed, extracted and written to graphs (in memory)."""
    return build_graphs(SEED_CORPUS, BASE)


@pytest.fixture(scope="session")
def seed_docs(seed_build):
    """Parsed seed documents by short name (guangdong, inner_mongolia, …)."""
    by_id = {d.id: d for d in seed_build.documents}
    return {short: by_id[doc_id] for short, doc_id in SEEDS.items()}


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory) -> Path:
    """An embedded store holding the seed corpus, built by the real build pipeline (once per session)."""
    from policykg.pipeline import build

    root = tmp_path_factory.mktemp("store")
    build(Settings(store=str(root / "store"), cache_dir=root / "cache", corpus=SEED_CORPUS))
    return root / "store"


@pytest.fixture(scope="session")
def seed_settings(seed_store_path) -> Settings:
    return Settings(store=str(seed_store_path), query_timeout=10.0)


@pytest.fixture(scope="session")
def seed_store(seed_settings):
    from graph_store import open_store

    return open_store(seed_settings, read_only=True)


@pytest.fixture
def write_corpus(tmp_path) -> Callable[..., Path]:
    """Write a small corpus: write_corpus({"name.txt": text}, manifest="...") → folder."""

    def write(files: dict[str, str | bytes], manifest: str | None = None) -> Path:
        folder = tmp_path / "corpus"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        for name, content in files.items():
            target = folder / name
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        if manifest is not None:
            (folder / "manifest.toml").write_text(manifest, encoding="utf-8")
        return folder

    return write


def build_written(folder: Path, files: dict[str, str], manifest: str | None = None):
    """Write a small corpus into `folder` and build it (no ontology graphs): the parsed documents, by file order."""
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    if manifest is not None:
        (folder / "manifest.toml").write_text(manifest, encoding="utf-8")
    return build_graphs(folder, BASE, with_static=False).documents


def per_script_document(texts: dict[str, str], prefix: str, title: str, jurisdiction: str, date: str):
    """A module fixture `doc`: the document of `texts` (script → text) built once per script, with a manifest entry
    of the given title, jurisdiction and date (for modules that test constructions once in each script)."""

    @pytest.fixture(scope="module", params=list(texts))
    def doc(request, tmp_path_factory):
        script = request.param
        doc_id = f"{prefix}-{script}"
        manifest = (f'[[document]]\nid = "{doc_id}"\nsource_file = "{doc_id}.txt"\ntitle = "{title}"\n'
                    f'jurisdiction = "{jurisdiction}"\ndate = "{date}"\nscript = "{script}"\n')
        return build_written(tmp_path_factory.mktemp(script), {f"{doc_id}.txt": texts[script]}, manifest)[0]

    return doc


def facts_on_line(doc, kind: type, line: int) -> list:
    """The facts of a type whose evidence starts on a 0-based line of the raw file."""
    raw = doc.source.raw
    return [f for f in doc.facts if isinstance(f, kind) and raw.count("\n", 0, f.evidence.start) == line]


def quantities_on_line(doc, line: int) -> set[tuple]:
    """(kind, indicator, value, unit, comparator, year) of the quantity facts on a 0-based raw line."""
    from loaders.extract.target_facts import QuantityFact

    return {(f.kind, f.indicator, f.value, f.unit, f.comparator, f.year) for f in facts_on_line(doc, QuantityFact, line)}


def names_on_line(doc, line: int, kind: str) -> set[str]:
    """Names of the named-entity mentions of a kind (institution, programme) on a 0-based raw line."""
    from loaders.extract.org_facts import NamedEntityMention

    return {f.name for f in facts_on_line(doc, NamedEntityMention, line) if f.kind == kind}


def requirements_on_line(doc, line: int) -> set[tuple]:
    """(department, institution scope, share, year) of the department requirements on a 0-based raw line."""
    from loaders.extract.target_facts import DepartmentRequirement

    return {(f.department, f.institution_scope, f.share, f.year) for f in facts_on_line(doc, DepartmentRequirement, line)}


def run_query(store, name: str, **params: str) -> list[dict[str, str]]:
    """Rows (plain strings) of the canned query `name` with parameters bound."""
    from graph_store.catalogue import Catalogue

    q = Catalogue(ROOT / "queries").get(name)
    return store.query(q.text, q.bindings(params)).values()


@pytest.fixture(autouse=True, scope="session")
def _quiet_env():
    os.environ.setdefault("POLICYKG_CONFIG", str(ROOT / "tests" / "no-such-policykg.toml"))
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")  # builds in tests record one fixed time
    yield


def stop_waitress(server, thread: threading.Thread) -> None:
    """Stop a waitress server run in `thread`: its sockets are closed from its own loop (closing them from another
    thread while the loop waits in select() makes the loop fail with EBADF), then its task threads."""
    from waitress import wasyncore

    try:
        server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
    except OSError as exc:  # the trigger's pipe is gone (seen once in a full run): close from here instead
        logging.getLogger(__name__).warning("waitress trigger unusable at teardown (%s): closing its sockets directly",
                                            exc)
        wasyncore.close_all(server._map, ignore_all=True)
    thread.join(timeout=10)
    server.task_dispatcher.shutdown()

