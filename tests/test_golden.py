"""Golden cases: small documents written for the tests, built to byte-identical N-Quads."""

from __future__ import annotations

import pytest

from tests.golden_cases import cases, document_nquads


@pytest.mark.parametrize("case", cases(), ids=lambda p: p.name)
def test_golden_case(case):
    expected = (case / "expected.nq").read_bytes()
    actual = document_nquads(case)
    if actual != expected:
        exp, act = set(expected.decode().splitlines()), set(actual.decode().splitlines())
        missing, extra = sorted(exp - act)[:5], sorted(act - exp)[:5]
        pytest.fail(f"{case.name}: {len(exp - act)} quads missing, {len(act - exp)} unexpected "
                    f"(run `make goldens` and review the diff)\nmissing: {missing}\nextra: {extra}")


def test_golden_cases_exist_and_carry_facts():
    found = cases()
    assert len(found) >= 3
    for case in found:
        nq = (case / "expected.nq").read_text(encoding="utf-8")
        assert "ontology#Provision>" in nq
        assert "http://www.w3.org/ns/oa#exact>" in nq
