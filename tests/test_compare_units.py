"""The compare view puts every value in its indicator's unit (QUDT conversion multipliers), by hand-worked cases.

Each expected number is worked out on paper from the multipliers of ontology/vocab/units.ttl; a compare view that
dropped the conversion would chart 3.2 physicians per 1000 beside 25 per 10 000 as if 3.2 were smaller.
"""

from __future__ import annotations

import pytest
from pyoxigraph import RdfFormat, Store

from policykg.settings import ROOT
from web.pages.compare import _normalise

U = "https://w3id.org/policykg/vocab/unit/"


def _multiplier(unit: str) -> str:
    store = Store()
    store.load(path=str(ROOT / "ontology" / "vocab" / "units.ttl"), format=RdfFormat.TURTLE)
    rows = list(store.query(f"SELECT ?m WHERE {{ <{U}{unit}> <http://qudt.org/schema/qudt/conversionMultiplier> ?m }}"))
    return rows[0]["m"].value


@pytest.mark.parametrize(("value", "unit", "indicator_unit", "expected"), [
    ("3.2", "per-1000-population", "per-10000-population", 32.0),   # 3.2 per 1000 = 32 per 10 000
    ("25", "per-10000-population", "per-1000-population", 2.5),     # 25 per 10 000 = 2.5 per 1000
    ("12", "per-100000-population", "per-10000-population", 1.2),   # 12 per 100 000 = 1.2 per 10 000
    ("8", "per-mille", "percent", 0.8),                             # 8 ‰ = 0.8 %
    ("90", "percent", "percent", 90.0),                             # same unit: unchanged
])
def test_value_in_the_indicators_unit(value: str, unit: str, indicator_unit: str, expected: float) -> None:
    row = {"value": value, "unit": U + unit, "indicator_unit": U + indicator_unit,
           "unit_multiplier": _multiplier(unit), "indicator_unit_multiplier": _multiplier(indicator_unit)}
    assert _normalise(row) == pytest.approx(expected)


def test_units_without_a_conversion_are_not_compared() -> None:
    row = {"value": "5", "unit": U + "persons", "indicator_unit": U + "percent", "unit_multiplier": "",
           "indicator_unit_multiplier": "0.01"}
    assert _normalise(row) is None


def test_a_value_without_a_unit_is_taken_as_stated() -> None:
    assert _normalise({"value": "0.6", "unit": "", "indicator_unit": U + "percent"}) == pytest.approx(0.6)
