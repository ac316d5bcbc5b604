"""The planted-mutant edits of benchmarks/planted_mutants.py still apply to the code (`make mutants` runs them)."""

from __future__ import annotations

import pytest

from benchmarks.planted_mutants import MUTANTS, stale


@pytest.mark.parametrize("mutant", MUTANTS, ids=[m.name for m in MUTANTS])
def test_edit_applies_to_exactly_one_place(mutant) -> None:
    assert stale(mutant) == ""
    assert mutant.before != mutant.after


def test_the_four_mutants_issue_12_found_surviving_are_planted() -> None:
    files = {m.file for m in MUTANTS if "survived before" in m.note}
    assert files == {"loaders/extract/comparators.py", "web/pages/compare.py", "loaders/records.py", "web/sparql.py"}
