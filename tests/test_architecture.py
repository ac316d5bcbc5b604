"""The folder layout is the dependency graph: check imports follow it, and settings are documented."""

from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

import pytest

from policykg.settings import ROOT, Settings, load_settings

ALLOWED = {
    "ontology": {"ontology"},
    "loaders": {"loaders", "ontology", "policykg"},
    "graph_store": {"graph_store", "policykg", "ontology"},
    "web": {"web", "graph_store", "policykg", "ontology"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_package_imports_follow_the_layout(package):
    ours = {"ontology", "loaders", "graph_store", "web", "policykg"}
    for path in (ROOT / package).rglob("*.py"):
        bad = (_imports(path) & ours) - ALLOWED[package]
        assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


def test_policykg_package_is_thin():
    modules = {p.name for p in (ROOT / "policykg").glob("*.py")}
    assert modules <= {"__init__.py", "cli.py", "pipeline.py", "settings.py", "errors.py", "output.py",
                       "search_keys.py"}
    # only the entry point and the build's wiring see every layer; the rest is shared by all layers
    for path in (ROOT / "policykg").glob("*.py"):
        if path.name not in ("cli.py", "pipeline.py", "output.py"):
            assert not (_imports(path) & {"loaders", "graph_store", "web"}), path.name


@pytest.mark.parametrize("package", ["loaders", "graph_store", "web"])
def test_layers_use_only_the_shared_parts_of_policykg(package):
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("policykg."):
                assert node.module in {"policykg.settings", "policykg.errors", "policykg.search_keys"}, \
                    f"{path.relative_to(ROOT)} imports {node.module}"


def test_every_setting_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for f in fields(Settings):
        assert f"POLICYKG_{f.name.upper()}" in readme, f"setting {f.name} is not in the README"


def test_settings_layers(tmp_path):
    cfg = tmp_path / "policykg.toml"
    cfg.write_text('port = 8000\nquery_timeout = 3\n')
    s = load_settings(cfg, {"POLICYKG_PORT": "9000", "POLICYKG_ALLOW_SERVICE": "yes"})
    assert s.port == 9000 and s.query_timeout == 3.0 and s.allow_service is True
    assert s.with_overrides(port=1234, host=None).port == 1234


def test_bad_settings_are_clear(tmp_path):
    from policykg.errors import SettingsError

    with pytest.raises(SettingsError, match="POLICYKG|port"):
        load_settings(tmp_path / "none.toml", {"POLICYKG_PORT": "eighty"})
    bad = tmp_path / "bad.toml"
    bad.write_text("colour = 1\n")
    with pytest.raises(SettingsError, match="unknown setting 'colour'"):
        load_settings(bad, {})


def test_every_canned_query_is_listed_in_readme():
    from graph_store.catalogue import Catalogue

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    queries = [q for q in Catalogue(ROOT / "queries").all() if "ui" not in q.tags]
    assert len(queries) >= 15
    for q in queries:
        assert f"`{q.id}`" in readme, f"canned query {q.id} is not in the README"
        assert q.title["zh"] and q.title["en"] and q.description["zh"] and q.description["en"], q.id
        assert q.meta.get("question"), f"{q.id} has no question"


def test_readme_links_ontology_docs_and_screenshots():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in ("docs/ontology.md", "docs/img/compare.png", "docs/img/document.png"):
        assert target in readme and (ROOT / target).exists()
