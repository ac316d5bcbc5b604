"""Compare jurisdictions: one indicator (or department type) side by side, as table, chart, chain and CSV."""

from __future__ import annotations

import csv
import io
from urllib.parse import urlencode

from flask import Blueprint, Response, render_template, request, url_for

from ontology.namespaces import ONTOLOGY
from web.i18n import current_lang
from web.pages.data import jurisdiction_tree, labels, rows
from web.pages.entities import evidence_href, link
from web.pages.links import href
from web.view_models import Bar, ChainStep, Chart, ComparePage, CompareRow, Link

bp = Blueprint("compare", __name__)

HIGHER, LOWER = ONTOLOGY + "HigherIsBetter", ONTOLOGY + "LowerIsBetter"
CSV_COLUMNS = ("jurisdiction", "level", "document", "kind", "comparator", "value", "unit", "normalised_value",
               "normalised_unit", "year", "baseline", "nature", "scope", "quote", "evidence", "fact")


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _params() -> tuple[str, str]:
    """(mode, concept IRI) from ?indicator= or ?department=."""
    if request.args.get("department"):
        return "department", request.args["department"]
    return "indicator", request.args.get("indicator", "")


def _normalise(r: dict[str, str]) -> float | None:
    """The value in the indicator's unit: same unit, no unit, or both units with a QUDT conversion multiplier."""
    value = _float(r.get("value", ""))
    if value is None:
        return None
    unit, target_unit = r.get("unit", ""), r.get("indicator_unit", "")
    if not unit or not target_unit or unit == target_unit:
        return value
    m_from, m_to = _float(r.get("unit_multiplier", "")), _float(r.get("indicator_unit_multiplier", ""))
    if m_from and m_to:
        return value * m_from / m_to
    return None


def _jurisdiction(r: dict[str, str], lang: str) -> Link:
    if r["jurisdiction"]:
        return link(r["jurisdiction"], lang)
    return Link("", r["jurisdiction_name"] or "—", "")


def compare_rows(mode: str, concept: str, lang: str) -> tuple[list[CompareRow], str, str]:
    """Rows for the concept, the direction of "better" (IRI or '') and the unit label values are normalised to."""
    out: list[CompareRow] = []
    direction, unit_label = "", ""
    levels = {r["jurisdiction"]: (r["level_en"] if lang == "en" and r["level_en"] else r["level"])
              for r in jurisdiction_tree()}
    if mode == "indicator":
        for r in rows("ui-compare-indicator", indicator=concept):
            direction = direction or r["direction"]
            if r["indicator_unit"]:
                unit_label = link(r["indicator_unit"], lang).label
            baseline = r["baseline_value"] + (f" ({r['baseline_year']})" if r["baseline_year"] else "")
            out.append(CompareRow(
                _jurisdiction(r, lang), levels.get(r["jurisdiction"], ""), _doc(r), r["kind"], r["comparator"],
                _float(r["value"]), r["value"], link(r["unit"], lang).label if r["unit"] else "", _normalise(r),
                r["year"], baseline, link(r["nature"], lang).label if r["nature"] else "",
                link(r["scope"], lang).label if r["scope"] else "", r["quote"], _evidence(r), link(r["fact"], lang)))
    else:
        direction, unit_label = HIGHER, "%"
        for r in rows("ui-compare-department", department=concept):
            share = _float(r["share"])
            out.append(CompareRow(
                _jurisdiction(r, lang), levels.get(r["jurisdiction"], ""), _doc(r), "requirement", r["comparator"],
                share, r["share"], "%" if r["share"] else "", share, r["year"], "",
                link(r["nature"], lang).label if r["nature"] else "",
                link(r["institution_scope"], lang).label if r["institution_scope"] else "", r["quote"], _evidence(r),
                link(r["fact"], lang)))
    return out, direction, unit_label


def _doc(r: dict[str, str]) -> Link:
    return link(r["doc"]) if r["doc"] else Link("", "", "")


def _evidence(r: dict[str, str]) -> str:
    return evidence_href(r["doc"], r["start"], r["end"]) if r["doc"] and r["start"] else ""


def chart(rows_: list[CompareRow], direction: str) -> Chart | None:
    """A horizontal bar chart of the normalised values, best first (by the indicator's direction)."""
    plotted = [r for r in rows_ if r.normalised is not None]
    if not plotted:
        return None
    plotted.sort(key=lambda r: r.normalised or 0.0, reverse=direction != LOWER)
    top = max(abs(r.normalised or 0.0) for r in plotted) or 1.0
    label_width, bar_area, row_h = 300, 380, 28
    bars = []
    for i, r in enumerate(plotted):
        width = max(2.0, bar_area * abs(r.normalised or 0.0) / top)
        label = f"{r.jurisdiction.label} {r.year} {r.scope[:10]}".strip()
        value = f"{r.comparator} {r.normalised:g}".strip()
        bars.append(Bar(label, value, label_width, 8 + i * row_h, round(width, 1), row_h - 8, r.evidence, r.kind))
    return Chart(label_width + bar_area + 90, 16 + len(bars) * row_h, bars, f"{top:g}", label_width, direction)


def chains(rows_: list[CompareRow], lang: str) -> list[list[ChainStep]]:
    """Nation → province → city paths through the jurisdictions that have rows (one path per leaf)."""
    tree = jurisdiction_tree()
    parent = {r["jurisdiction"]: r["parent"] for r in tree}
    level = {r["jurisdiction"]: (r["level_en"] if lang == "en" and r["level_en"] else r["level"]) for r in tree}
    by_j: dict[str, list[CompareRow]] = {}
    for r in rows_:
        if r.jurisdiction.iri:
            by_j.setdefault(r.jurisdiction.iri, []).append(r)

    def path(j: str) -> list[str]:
        out, seen = [j], {j}
        while parent.get(out[-1]) and parent[out[-1]] not in seen:
            out.append(parent[out[-1]])
            seen.add(out[-1])
        return list(reversed(out))

    paths = {j: path(j) for j in by_j}
    inner = {a for p in paths.values() for a in p[:-1]}
    leaves = sorted((j for j in by_j if j not in inner), key=lambda j: paths[j])
    return [[ChainStep(link(a, lang), level.get(a, ""), by_j.get(a, [])) for a in paths[j]] for j in leaves
            if len([a for a in paths[j] if a in by_j]) >= 1]


def compare_page(lang: str) -> ComparePage:
    mode, concept = _params()
    index = labels()
    options = [("indicator", link(r["indicator"], lang), int(r["documents"] or 0))
               for r in rows("ui-compare-indicators")]
    options += [("department", link(r["department"], lang), int(r["documents"] or 0))
                for r in rows("ui-compare-departments")]
    if not concept:
        return ComparePage(mode, None, options, [], None, "", "", [], "", "")
    rows_, direction, unit = compare_rows(mode, concept, lang)
    query = urlencode({mode: concept})
    return ComparePage(
        mode, Link(concept, index.label(concept, lang) or concept, href(concept)), options, rows_,
        chart(rows_, direction), direction, unit, chains(rows_, lang),
        url_for("compare.compare", _external=True) + "?" + query, url_for("compare.compare_csv") + "?" + query)


@bp.route("/compare")
def compare() -> str:
    return render_template("compare.html", page=compare_page(current_lang()), HIGHER=HIGHER, LOWER=LOWER)


@bp.route("/compare.csv")
def compare_csv() -> Response:
    mode, concept = _params()
    lang = current_lang()
    rows_, _, unit = compare_rows(mode, concept, lang) if concept else ([], "", "")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    root = request.host_url.rstrip("/")
    for r in rows_:
        writer.writerow([r.jurisdiction.label, r.level, r.document.label, r.kind, r.comparator, r.value_text, r.unit,
                         "" if r.normalised is None else f"{r.normalised:g}", unit, r.year, r.baseline, r.nature,
                         r.scope, r.quote, root + r.evidence if r.evidence else "", r.fact.iri])
    name = (concept.rstrip("/").rsplit("/", 1)[-1] or "compare") + ".csv"
    return Response(buf.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


