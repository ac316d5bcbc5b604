"""Plant realistic bugs one at a time and check the test suite catches each: `make mutants`.

The bugs are the ones issue 12 listed (the suite once missed four of ten) plus a few of the same kind. Each
is a textual edit of one source file; the runner copies the repository (tracked and untracked files, no
.venv) to a scratch folder, applies one edit, runs the tests that cover that file, and records whether they
failed. The report goes to benchmarks/planted_mutants.md with the commit measured.

    .venv/bin/python -m benchmarks.planted_mutants [--only NAME] [--out FILE]

A mutant whose `before` text no longer occurs exactly once is reported as stale (the code moved on; update
the edit), never silently skipped. tests/test_planted_mutants.py checks that no edit is stale.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from policykg.settings import ROOT

log = logging.getLogger(__name__)
OUT = ROOT / "benchmarks" / "planted_mutants.md"


@dataclass(frozen=True)
class Mutant:
    name: str
    file: str
    before: str
    after: str
    tests: tuple[str, ...]
    note: str = ""


QUANTITY_TESTS = ("tests/test_extract_quantities_rules.py", "tests/test_extract_targets.py",
                  "tests/test_extract_tables.py", "tests/test_extraction_quality.py")
ROLE_TESTS = ("tests/test_extract_responsibilities.py", "tests/test_extract_responsibility_layouts.py",
              "tests/test_extraction_quality.py")

MUTANTS: tuple[Mutant, ...] = (
    Mutant("不得低于 read as a ceiling", "loaders/extract/comparators.py",
           '("不得低于", FLOOR)', '("不得低于", CEILING)', QUANTITY_TESTS, "issue 12: survived before"),
    Mutant("以下 read as a floor", "loaders/extract/comparators.py",
           '("以下", CEILING)', '("以下", FLOOR)', QUANTITY_TESTS),
    Mutant("左右 no longer approximate", "loaders/extract/comparators.py",
           '("左右", ABOUT)', '("左右", EXACT)', QUANTITY_TESTS),
    Mutant("×10 000 for 万 dropped", "loaders/extract/quantities.py",
           '("万", 1e4))', '("万", 1.0))', QUANTITY_TESTS),
    Mutant("X牵头 no longer marks the lead", "loaders/extract/responsibilities.py",
           '_LEAD = re.compile(r"(?:分别|共同)?(牵头负责|牵头落实|牵头|[（(]牵头[）)])$")',
           '_LEAD = re.compile(r"(?!)")',
           ROLE_TESTS),
    Mutant("牵头单位： marks support", "loaders/extract/responsibilities.py",
           '"牵头单位": LEAD,', '"牵头单位": SUPPORT,', ROLE_TESTS),
    Mutant("raw span end off by one at a redaction gap", "loaders/records.py",
           "        return self.starts[start], self.ends[end - 1]\n",
           "        return self.starts[start], self.ends[end - 1] - (1 if self.text[end - 1] == GAP else 0)\n",
           ("tests/test_offsets.py",), "issue 12: survived before"),
    Mutant("compare view's unit conversion dropped", "web/pages/compare.py",
           "        return value * m_from / m_to\n", "        return value\n",
           ("tests/test_compare_units.py", "tests/test_web_pages.py"), "issue 12: survived before"),
    Mutant("only the first default-graph-uri used", "web/sparql.py",
           'return ProtocolRequest(queries[0] if queries else None, values["default-graph-uri"],',
           'return ProtocolRequest(queries[0] if queries else None, values["default-graph-uri"][:1],',
           ("tests/test_w3c_protocol.py", "tests/test_endpoint_protocol.py"), "issue 12: survived before"),
    Mutant("named-graph-uri ignored", "web/sparql.py",
           "named_graphs=op.named_graphs or None, base_iri=request.base_url)",
           "named_graphs=None, base_iri=request.base_url)",
           ("tests/test_w3c_protocol.py", "tests/test_endpoint_protocol.py")),
    Mutant("SERVICE refusal removed", "graph_store/safety.py",
           "    if checked.services and not allow_service:",
           "    if checked.services and not allow_service and False:",
           ("tests/test_endpoint_safety.py",)),
)


def _copy_repo(dest: Path) -> None:
    """Tracked and untracked (not ignored) files of the working tree: the code as it is now."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            check=True, capture_output=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    for extra in ("web/static/vendor",):  # built assets the web tests serve
        if (ROOT / extra).is_dir():
            shutil.copytree(ROOT / extra, dest / extra, dirs_exist_ok=True)


def stale(m: Mutant, root: Path = ROOT) -> str:
    """Why the edit cannot be applied ('' when it can)."""
    path = root / m.file
    if not path.exists():
        return f"{m.file} is gone"
    n = path.read_text(encoding="utf-8").count(m.before)
    return "" if n == 1 else f"`before` occurs {n} times in {m.file}"


def _pytest(base: Path, tests: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *tests],
                          cwd=base, capture_output=True, text=True)


def run(m: Mutant, base: Path, baseline: dict[tuple[str, ...], str] | None = None) -> tuple[str, float, str]:
    """(caught | survived | stale | baseline fails, seconds, last lines of the test output). The tests must pass on
    the unmutated code first, or a failure would prove nothing."""
    problem = stale(m, base)
    if problem:
        return "stale", 0.0, problem
    if baseline is not None:
        if m.tests not in baseline:
            clean = _pytest(base, m.tests)
            baseline[m.tests] = "" if clean.returncode == 0 else " ".join(clean.stdout.strip().splitlines()[-1:])
        if baseline[m.tests]:
            return "baseline fails", 0.0, baseline[m.tests]
    path = base / m.file
    original = path.read_text(encoding="utf-8")
    path.write_text(original.replace(m.before, m.after), encoding="utf-8")
    t0 = time.monotonic()
    try:
        proc = _pytest(base, m.tests)
    finally:
        path.write_text(original, encoding="utf-8")
    tail = " ".join(proc.stdout.strip().splitlines()[-1:])
    return ("caught" if proc.returncode == 1 else "survived" if proc.returncode == 0 else f"error {proc.returncode}",
            time.monotonic() - t0, tail)


def _commit() -> str:
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True,
                           text=True).stdout.strip()
    return head.stdout.strip() + (" (+ uncommitted changes)" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="run the mutants whose name contains this text")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    chosen = [m for m in MUTANTS if not args.only or args.only in m.name]
    rows = []
    with tempfile.TemporaryDirectory(prefix="policykg-mutants-") as tmp:
        base = Path(tmp)
        _copy_repo(base)
        baseline: dict[tuple[str, ...], str] = {}
        for m in chosen:
            verdict, secs, tail = run(m, base, baseline)
            log.info("%-8s %5.0f s  %s", verdict, secs, m.name)
            rows.append((m, verdict, secs, tail))
    caught = sum(v == "caught" for _, v, _, _ in rows)
    lines = [
        "# Planted mutants", "",
        f"Generated by `make mutants` (`python -m benchmarks.planted_mutants`) on "
        f"{datetime.now(UTC):%Y-%m-%d} at commit {_commit()}; never edited by hand.", "",
        "Each row is one realistic bug planted alone (benchmarks/planted_mutants.py lists the edit); the tests "
        "named run against it. `caught` means they failed (after passing on the unmutated code).", "",
        f"**{caught} of {len(rows)} caught.**", "",
        "| mutant | file | verdict | tests | seconds | note |", "|---|---|---|---|---|---|",
    ]
    for m, verdict, secs, tail in rows:
        lines.append(f"| {m.name} | `{m.file}` | **{verdict}** | {', '.join(m.tests)} | {secs:.0f} | "
                     f"{m.note}{' — ' + tail if verdict != 'caught' else ''} |")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log.info("%d of %d caught → %s", caught, len(rows), args.out)
    return 0 if caught == len(rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
