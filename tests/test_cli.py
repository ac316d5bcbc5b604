"""The command line: build, query, export, stats, and one-line errors for bad input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from policykg.cli import main
from policykg.settings import ROOT

SMALL = "某市卫生健康规划\n一、总体要求\n（一）指导思想。坚持人民至上。\n二、主要任务\n1.加强基层。到2025年完成。\n"


def run(*args, capsys=None):
    code = main(list(args))
    out = capsys.readouterr() if capsys else None
    return code, out


def test_build_query_export_small_corpus(write_corpus, tmp_path, capsys, caplog) -> None:
    corpus = write_corpus({"mou-shi-2024-plan.txt": SMALL})
    store = tmp_path / "store"
    code, _ = run("build", "--corpus", str(corpus), "--store", str(store), capsys=capsys)
    assert code == 0
    code, out = run("export", "documents", "--format", "csv", "--store", str(store), capsys=capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.out)))
    assert list(rows[0]) == ["document", "title", "jurisdiction", "level", "issuers", "date", "doc_number",
                             "status", "provisions", "iri"]
    assert rows[0]["title"] == "某市卫生健康规划" and rows[0]["provisions"] == "5"
    assert "mou-shi-2024-plan.txt has no manifest entry" in caplog.text


def test_query_stdin_and_file(seed_settings, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("ASK { ?s ?p ?o }"))
    code, out = run("query", "-", "--store", seed_settings.store, capsys=capsys)
    assert code == 0 and out.out.strip() == "true"
    f = tmp_path / "count.rq"
    f.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/policykg/ontology#PolicyDocument> }")
    code, out = run("query", str(f), "--store", seed_settings.store, "--format", "json", capsys=capsys)
    assert json.loads(out.out) == [{"n": "5"}]


def test_query_list_and_canned(seed_settings, capsys) -> None:
    code, out = run("query", "--list", "--store", seed_settings.store, capsys=capsys)
    assert code == 0 and "documents" in out.out
    code, out = run("query", "documents", "--format", "csv", "--store", seed_settings.store, capsys=capsys)
    rows = list(csv.DictReader(io.StringIO(out.out)))
    assert {r["jurisdiction"] for r in rows} == {"广东省", "内蒙古自治区", "湘潭市", "蛟河市", "中山市"}
    zs = next(r for r in rows if r["jurisdiction"] == "中山市")
    assert zs["doc_number"] == "中府函〔2023〕225号" and zs["date"] == "2023-09-11" and zs["issuers"] == "中山市人民政府"
    gd = next(r for r in rows if r["jurisdiction"] == "广东省")
    assert gd["issuers"] == "中共广东省委;广东省人民政府"


@pytest.mark.parametrize(
    ("files", "manifest", "message"),
    [
        ({"a.txt": b"\xff\xfe bad"}, None, "a.txt:1: not UTF-8"),
        ({"a.txt": ""}, None, "a.txt: file is empty"),
        ({"a.txt": SMALL}, '[[document]]\nid = "a"\nsource_file = "a.txt"\ncolour = "red"\n', "manifest.toml:4: unknown key 'colour'"),
        ({"a.txt": SMALL}, '[[document]]\nid = "a"\nsource_file = "missing.txt"\n', "'missing.txt' is not in the corpus"),
        ({"a.txt": SMALL}, "[[document]\n", "manifest"),
        ({"a.txt": SMALL}, '[[document]]\nid = "a"\nsource_file = "a.txt"\ndate = "9 May"\n', "ISO 8601"),
    ],
)
def test_bad_corpus_gives_one_line_error_and_keeps_store(write_corpus, tmp_path, capsys, files, manifest, message) -> None:
    store = tmp_path / "store"
    good = write_corpus({"good.txt": SMALL})
    assert main(["build", "--corpus", str(good), "--store", str(store)]) == 0
    capsys.readouterr()
    corpus = write_corpus(files, manifest)
    code = main(["build", "--corpus", str(corpus), "--store", str(store)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert message in err[-1] and "Traceback" not in "\n".join(err)
    assert main(["query", "documents", "--format", "csv", "--store", str(store)]) == 0
    assert "某市卫生健康规划" in capsys.readouterr().out


def test_missing_corpus_and_malformed_query(tmp_path, seed_settings, capsys) -> None:
    assert main(["build", "--corpus", str(tmp_path / "nope"), "--store", str(tmp_path / "s")]) == 1
    assert "corpus folder not found" in capsys.readouterr().err
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?s WHERE { ?s ?p }")
    assert main(["query", str(bad), "--store", seed_settings.store]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error[query]:") and "1:" in err and len(err.strip().splitlines()) == 1
    assert main(["query", "no-such-query", "--store", seed_settings.store]) == 1
    assert "no canned query 'no-such-query'" in capsys.readouterr().err
    assert main(["query", "documents", "--param", "x=1", "--store", seed_settings.store]) == 1
    assert "has no parameter 'x'" in capsys.readouterr().err


def test_build_twice_gives_identical_nquads(tmp_path) -> None:
    """Two builds in fresh processes: byte-identical sorted N-Quads (build log excluded) and stats."""
    outputs = []
    for n in (1, 2):
        store = tmp_path / f"s{n}"
        env_cmd = [sys.executable, "-m", "policykg.cli"]
        subprocess.run([*env_cmd, "build", "--store", str(store)], check=True, cwd=ROOT, capture_output=True)
        out = tmp_path / f"out{n}.nq"
        subprocess.run([*env_cmd, "export", "--format", "nquads", "-o", str(out), "--store", str(store)],
                       check=True, cwd=ROOT, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") > 5000
    assert b"/graph/zhongshan-2023-health-high-quality-development>" in outputs[0]


def test_export_graph_formats(seed_settings, tmp_path, capsys) -> None:
    import rdflib

    for fmt, parser in (("turtle", "turtle"), ("trig", "trig"), ("nquads", "nquads")):
        out = tmp_path / f"g.{fmt}"
        assert main(["export", "--format", fmt, "-o", str(out), "--store", seed_settings.store]) == 0
        g = rdflib.Dataset() if fmt != "turtle" else rdflib.Graph()
        g.parse(out, format=parser)
        assert len(g) > 1000 if fmt == "turtle" else sum(1 for _ in g.quads()) > 1000
    assert main(["export", "--format", "xml", "--store", seed_settings.store]) == 1
    assert "nquads, turtle, trig" in capsys.readouterr().err


def test_stats_json(seed_settings, capsys) -> None:
    assert main(["stats", "--format", "json", "--store", seed_settings.store]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["triples"] == sum(data["graphs"].values()) > 5000


def test_nquads_export_is_every_quad_of_every_graph_sorted(seed_settings, seed_store, tmp_path) -> None:
    """The store's own serialiser writes each graph (graph_store.export): the lines are exactly the quads the store
    holds, graph by graph in IRI order, each graph's lines sorted, the build log left out unless asked for."""
    from pyoxigraph import RdfFormat, serialize

    out = tmp_path / "all.nq"
    assert main(["export", "--format", "nquads", "-o", str(out), "--store", seed_settings.store]) == 0
    lines = out.read_bytes().splitlines()
    graphs = [g for g in seed_store.graphs() if not g.endswith("/graph/build")]
    expected = [line for g in graphs for line in sorted(set(
        (serialize(seed_store.dump(g), format=RdfFormat.N_QUADS) or b"").splitlines()))]
    assert lines == expected and len(lines) > 5000
    assert not any(b"/graph/build>" in line for line in lines)
