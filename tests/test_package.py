"""The package as a user installs it: a wheel carrying the canned queries, templates, YASGUI assets and
vocabularies, working from any directory, with its data (store, corpus, caches) relative to where it runs."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from policykg.settings import ROOT

SHIPPED = ("policykg/queries/targets.rq", "policykg/queries/ui-document.rq", "web/templates/base.html",
           "web/static/site.css", "web/static/vendor/yasgui.min.js", "ontology/policykg.ttl",
           "ontology/vocab/indicators.ttl", "ontology/vocab/jurisdictions.ttl", "ontology/shapes.ttl")
DOC = "某市卫生健康事业发展规划\n\n一、总体要求\n到2025年，每千人口执业（助理）医师数达到3.5人。\n"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The wheel built from this checkout, unpacked into a folder of its own (what pip install puts in place)."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out)], check=True, capture_output=True)
    wheel = next(out.glob("policykg-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [n for n in SHIPPED if n not in names]
    assert not missing, f"the wheel lacks {missing}"
    target = out / "site"
    zipfile.ZipFile(wheel).extractall(target)
    return target


def run(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(site), "POLICYKG_CONFIG": str(cwd / "none.toml"),
           "POLICYKG_CACHE_DIR": str(cwd / "var" / "cache")}
    env.pop("POLICYKG_STORE", None)
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_installed_package_lists_builds_and_serves_from_another_directory(installed, tmp_path) -> None:
    where = run(installed, tmp_path, "-c", "import policykg, web; print(policykg.__file__); print(web.__file__)")
    assert where.stdout.splitlines() == [str(installed / "policykg" / "__init__.py"),
                                         str(installed / "web" / "__init__.py")], where.stderr
    listed = run(installed, tmp_path, "-m", "policykg.cli", "query", "--list")
    assert listed.returncode == 0 and "targets" in listed.stdout and "document-targets" in listed.stdout
    corpus = tmp_path / "data" / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "mou-shi-2024-plan.txt").write_text(DOC, encoding="utf-8")
    built = run(installed, tmp_path, "-m", "policykg.cli", "build")
    assert built.returncode == 0, built.stderr[-2000:]
    assert (tmp_path / "var" / "store" / "CURRENT").exists()  # the default store is relative to the directory
    assert not (installed / "var").exists()  # nothing is written into the installed package
    served = run(installed, tmp_path, "-c", """
from web import create_app
from policykg.settings import load_settings
app = create_app(load_settings().with_overrides(query_workers=0, page_workers=0))
c = app.test_client()
for path in ("/", "/static/vendor/yasgui.min.js", "/queries", "/doc/mou-shi-2024-plan"):
    r = c.get(path, headers={"Accept": "text/html"})
    print(path, r.status_code)
""")
    assert served.returncode == 0, served.stderr[-2000:]
    assert all(line.endswith(" 200") for line in served.stdout.split("\n") if line), served.stdout
