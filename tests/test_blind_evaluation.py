"""Extraction measured against the blind gold labels (tests/gold_blind, frozen before the first build)."""

from __future__ import annotations

import hashlib

import pytest

from policykg.settings import ROOT
from tests.eval_blind import GOLD, evaluate


@pytest.fixture(scope="module")
def report():
    return evaluate()


def test_blind_labels_are_unchanged_since_frozen():
    frozen = (GOLD / "FROZEN.sha256").read_text(encoding="utf-8").split("\n")
    checked = 0
    for line in filter(None, frozen):
        digest, name = line.split(maxsplit=1)
        assert hashlib.sha256((ROOT / name.strip().lstrip("*")).read_bytes()).hexdigest() == digest, name
        checked += 1
    assert checked >= 9


@pytest.mark.parametrize("kind", ["targets", "responsibilities", "citations"])
def test_pooled_precision_and_recall_on_raw_blind_labels(report, kind):
    docs = report[kind].values()
    tp = sum(d["raw"]["tp"] for d in docs)
    fp = sum(d["raw"]["fp"] for d in docs)
    fn = sum(d["raw"]["fn"] for d in docs)
    assert tp > 0
    assert tp / (tp + fp) >= 0.9, f"{kind} precision {tp / (tp + fp):.3f}"
    assert tp / (tp + fn) >= 0.9, f"{kind} recall {tp / (tp + fn):.3f}"
