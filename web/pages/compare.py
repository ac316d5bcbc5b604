"""Compare jurisdictions: one indicator (or department type) side by side, as table, chart, chain and CSV."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from urllib.parse import urlencode

from flask import Blueprint, Response, render_template, request, url_for

from ontology.namespaces import ONTOLOGY
from web.i18n import current_lang
from web.pages.data import index, jurisdiction_tree, labels, prefetch, rows_for
from web.pages.entities import evidence_href, link
from web.pages.links import href
from web.view_models import Bar, ChainStep, Chart, ComparePage, CompareRow, Link

bp = Blueprint("compare", __name__)

HIGHER, LOWER = ONTOLOGY + "HigherIsBetter", ONTOLOGY + "LowerIsBetter"
MIXED = "https://w3id.org/policykg/vocab/indicator/share-of-institutions-with-department"
"""Shares of institutions with a department: compared per department type (?department=), never mixed."""
ROWS = 400
"""Facts shown (and exported) per comparison; filters by level, province or year narrow a larger set."""
FILTERS = ("level", "province", "year")
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
    found = compare_facts(mode, concept)
    prefetch([v for r in found for v in (r.get("jurisdiction", ""), r.get("unit", ""), r.get("indicator_unit", ""),
                                          r.get("nature", ""), r.get("scope", ""), r.get("institution_scope", ""),
                                          r.get("fact", ""))])
    if mode == "indicator":
        for r in one_per_fact(found):
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
        for r in one_per_fact(found):
            share = _float(r["share"])
            out.append(CompareRow(
                _jurisdiction(r, lang), levels.get(r["jurisdiction"], ""), _doc(r), "requirement", r["comparator"],
                share, r["share"], "%" if r["share"] else "", share, r["year"], "",
                link(r["nature"], lang).label if r["nature"] else "",
                link(r["institution_scope"], lang).label if r["institution_scope"] else "", r["quote"], _evidence(r),
                link(r["fact"], lang)))
    return merge_restatements(out), direction, unit_label


def chosen_filters() -> dict[str, str]:
    return {f: request.args.get(f, "") for f in FILTERS if request.args.get(f, "")}


def compare_facts(mode: str, concept: str) -> list[dict[str, str]]:
    """The facts about the concept (at most ROWS), in the documents the chosen filters allow (from the index)."""
    kind = "indicator" if mode == "indicator" else "department-type"
    name = "ui-compare-indicator" if mode == "indicator" else "ui-compare-department"
    docs = index().documents_about(kind, concept)
    filters = chosen_filters()
    if filters:
        allowed = {d["id"] for d in index().documents(limit=100000, facets=filters)}
        docs = [d for d in docs if d in allowed]
    chosen = sorted(docs)[:ROWS // 2]  # about two facts per document and concept
    iris = [row["iri"] for row in (index().document(d) for d in chosen) if row]
    return rows_for(name, "doc", iris, **{mode: concept})[:ROWS]


def merge_restatements(found: list[CompareRow]) -> list[CompareRow]:
    """One row per distinct statement: the same value, year and scope stated again in the same document (a table
    row repeated in a reference table or in prose) becomes one row with the other evidence links in `also`."""
    merged: dict[tuple, CompareRow] = {}
    for r in found:
        key = (r.jurisdiction.iri, r.document.iri, r.kind, r.comparator, r.value_text, r.unit, r.year, r.scope)
        kept = merged.get(key)
        if kept is None:
            merged[key] = r
        elif r.evidence and r.evidence != kept.evidence:
            merged[key] = replace(kept, also=(*kept.also, r.evidence))
    return list(merged.values())


TITLE_FRAME = re.compile(r"^.{0,40}?关于(?:印发|转发)?《?(?P<inner>.+?)》?的(?:通知|意见|函)$")
"""'<issuer>关于印发《<plan>》的通知' → '<plan>': the plan's own name is the short title of a covering notice."""
SHORT_TITLE = 28


def short_title(title: str) -> str:
    """The document's own name without a covering notice's frame, cut to SHORT_TITLE characters."""
    m = TITLE_FRAME.match(title.strip())
    name = m.group("inner") if m else title.strip()
    return name if len(name) <= SHORT_TITLE else name[: SHORT_TITLE - 1] + "…"


def one_per_fact(found: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per fact (a fact quoted in several places has one row per evidence span): its first span."""
    best: dict[str, dict[str, str]] = {}
    for r in found:
        kept = best.get(r["fact"])
        if kept is None or (r["doc"], _int(r["start"])) < (kept["doc"], _int(kept["start"])):
            best[r["fact"]] = r
    return [r for r in found if best.get(r["fact"]) is r]


def _int(text: str) -> int:
    return int(text) if text.isdigit() else -1


def _doc(r: dict[str, str]) -> Link:
    """The row's document: short title (full title or id as fallback) linking to its page."""
    if not r["doc"]:
        return Link("", "", "")
    return Link(r["doc"], short_title(r["doc_title"] or r["doc_id"] or r["doc"]), href(r["doc"]))


def _evidence(r: dict[str, str]) -> str:
    if not (r["doc"] and r["start"]):
        return ""
    return evidence_href(r["doc"], r["start"], r["end"], r["norm_start"], r["norm_end"])


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
    idx = index()
    # indicators shared by most jurisdictions first: the first is the default subject
    indicators = idx.topics("indicator")
    departments = idx.topics("department-type")
    prefetch([iri for iri, _, _ in indicators + departments] + [concept])
    options = [("indicator", link(iri, lang), docs) for iri, docs, _ in indicators]
    options += [("department", link(iri, lang), docs) for iri, docs, _ in departments]
    if not concept:  # the indicator most jurisdictions share (a share of institutions mixes department types)
        concept = next((opt.iri for kind, opt, _ in options if kind == "indicator" and opt.iri != MIXED), "")
        if not concept:
            return ComparePage(mode, None, options, [], None, "", "", [], "", "")
    rows_, direction, unit = compare_rows(mode, concept, lang)
    query = urlencode({mode: concept, **chosen_filters()})
    return ComparePage(
        mode, Link(concept, labels().label(concept, lang) or concept, href(concept)), options, rows_,
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


