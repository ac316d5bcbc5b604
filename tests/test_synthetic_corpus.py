"""The synthetic scale corpus (benchmarks/synthetic_corpus.py) on a small N: determinism, distinctness, rewriting."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import opencc
import pytest

from benchmarks.synthetic_corpus import build, generate, plan

N = 12
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
KEYS = {"id", "source_file", "seed", "title", "jurisdiction", "issuers", "date", "doc_number", "status", "script",
        "subject"}
# seed id prefix -> names of the seed's jurisdiction (full and short) that must be gone from its copies
SEED_NAMES = {
    "guangdong": ["广东省", "广东"],
    "inner-mongolia": ["内蒙古自治区", "内蒙古"],
    "xiangtan": ["湘潭市", "湘潭"],
    "jiaohe": ["蛟河市", "蛟河"],
    "zhongshan": ["中山市", "中山"],
}
S2T = opencc.OpenCC("s2t")


@pytest.fixture(scope="module")
def synth(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth") / "a"
    entries = generate(N, out)
    return out, entries


@pytest.fixture(scope="module")
def manifest(synth):
    out, _ = synth
    return tomllib.loads((out / "manifest.toml").read_text(encoding="utf-8"))["document"]


def _text(out: Path, entry: dict) -> str:
    return (out / entry["source_file"]).read_text(encoding="utf-8")


def _first(manifest, prefix):
    return next(e for e in manifest if e["seed"].startswith(prefix))


def test_deterministic(synth, tmp_path):
    out, _ = synth
    again = tmp_path / "b"
    generate(N, again)
    first = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    second = {p.name: p.read_bytes() for p in sorted(again.iterdir())}
    assert first == second


def test_manifest_lists_exactly_the_files(synth, manifest):
    out, entries = synth
    assert len(manifest) == N
    assert [e["id"] for e in manifest] == sorted(e["id"] for e in manifest)
    assert manifest == entries
    assert {e["source_file"] for e in manifest} == {p.name for p in out.glob("*.txt")}
    assert {p.name for p in out.iterdir()} == {e["source_file"] for e in manifest} | {"manifest.toml"}
    seeds = {e["id"] for e in tomllib.loads((CORPUS / "manifest.toml").read_text(encoding="utf-8"))["document"]}
    for e in manifest:
        assert set(e) <= KEYS and {"id", "source_file", "seed", "jurisdiction"} <= set(e)
        assert e["source_file"] == f"{e['id']}.txt"
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", e["id"])
        assert e["seed"] in seeds
    # round robin over the five seeds: 12 = 3 + 3 + 2 + 2 + 2
    counts = {s: sum(e["seed"] == s for e in manifest) for s in seeds}
    assert sorted(counts.values()) == [2, 2, 2, 3, 3]


def test_files_utf8_non_empty(synth, manifest):
    out, _ = synth
    for e in manifest:
        data = (out / e["source_file"]).read_bytes()
        assert data.strip()
        data.decode("utf-8")


def test_distinct_ids_and_jurisdiction_years(manifest):
    assert len({e["id"] for e in manifest}) == N
    pairs = [(e["jurisdiction"], e.get("date", "undated")[:4]) for e in manifest]
    assert len(set(pairs)) == N
    seed_jurisdictions = {"广东省", "内蒙古自治区", "湘潭市", "蛟河市", "中山市"}
    assert not seed_jurisdictions & {e["jurisdiction"] for e in manifest}


def test_seed_names_rewritten_in_both_scripts(synth, manifest):
    out, _ = synth
    for e in manifest:
        text = _text(out, e)
        names = next(v for k, v in SEED_NAMES.items() if e["seed"].startswith(k))
        for name in names:
            for form in {name, S2T.convert(name)}:
                if form not in e["jurisdiction"]:
                    assert form not in text, (e["id"], form)
                    assert form not in e.get("title", ""), (e["id"], form)
        stem = re.sub(r"(壮族|回族|维吾尔)?(自治区|省|市|县|旗)$", "", e["jurisdiction"])
        assert stem in text or S2T.convert(stem) in text


def test_traditional_copies_get_traditional_names(synth, manifest):
    out, _ = synth
    e = _first(manifest, "inner-mongolia")
    text = _text(out, e)
    assert e["script"] == "traditional"
    assert f"現將《{S2T.convert(e['jurisdiction'])}進一步完善醫療衛生服務體系實施方案》印發給你們" in text


def test_quantities_perturbed_years_and_provisions_kept(synth, manifest):
    out, _ = synth
    # seed: 截至2020年末,全市医疗卫生机构达到426所 … 卫生人员2503名,其中卫生技术人员2357名,床位1859张。
    #       每千人口拥有医疗卫生机构床位数6.82张
    e = _first(manifest, "jiaohe")
    text = _text(out, e)
    m = re.search(r"截至2020年末,全市医疗卫生机构达到(\d+)所", text)
    assert m and 0.9 * 426 - 1 <= int(m[1]) <= 1.1 * 426 + 1
    m = re.search(r"卫生人员(\d+)名,其中卫生技术人员(\d+)名,床位(\d+)张。每千人口拥有医疗卫生机构床位数(\d+\.\d\d)张", text)
    assert m, "the sentence must keep its shape (same decimals)"
    seed_values = (2503, 2357, 1859, 6.82)
    values = (int(m[1]), int(m[2]), int(m[3]), float(m[4]))
    assert values != seed_values
    for v, s in zip(values, seed_values, strict=True):
        assert 0.9 * s - 1 <= v <= 1.1 * s + 1
    assert "  2020年\n" in text and "  2025年\n" in text  # year header cells of the flattened table
    assert "成文日期: 2023年05月26日" in text

    # seed: "60.鼓励深圳和中山两地…", "26.推广省级紧密型…", "(粤发〔2023〕1号)", "文号:中府函〔2023〕225号"
    e = _first(manifest, "zhongshan")
    text = _text(out, e)
    short = e["jurisdiction"].removesuffix("市")
    assert f"\n60.鼓励深圳和{short}两地" in text and "\n26.推广省级紧密型医疗联合体" in text
    assert e["doc_number"] == f"{short[0]}府函〔2023〕225号" and f"文号:{e['doc_number']}" in text
    m = re.search(r"的意见》\((.)发〔2023〕1号\)", text)
    assert m and m[1] != "粤"

    # seed pipe table: 领 域 | 指 标 | 2020年 | 2030年 | … 健康产业总规模(亿元) | 500 | 3000 |
    e = _first(manifest, "xiangtan")
    text = _text(out, e)
    assert "领 域 | 指 标 | 2020年 | 2030年 |" in text
    m = re.search(r"健康产业总规模\(亿元\) \| (\d+) \| (\d+) \|", text)
    assert m and (int(m[1]), int(m[2])) != (500, 3000)
    assert "\n一、总体要求\n" in text


def test_year_shift_when_jurisdictions_run_out():
    assignments = plan(100)
    assert [a.id for a in assignments[:N]] == [a.id for a in plan(N)]  # document i does not depend on N
    assert len({a.id for a in assignments}) == 100
    assert len({(a.chain[0].code, a.seed.year, a.shift) for a in assignments}) == 100
    shifted = next(a for a in assignments if a.seed.id.startswith("guangdong") and a.shift)
    text, entry = build(shifted)
    year = 2023 + shifted.shift
    assert entry["date"] == f"{year}-01-07"
    assert f"-{year}-health-high-quality-development" in entry["id"]
    assert re.fullmatch(rf".发〔{year}〕1号", entry["doc_number"]) and not entry["doc_number"].startswith("粤")
    assert text.startswith(f"({year}年1月(yuè)7日)")
    assert f"到{2025 + shifted.shift}年" in text and f"到{2030 + shifted.shift}年" in text
