"""Compare jurisdictions: one indicator (or one department type) side by side, as table, chart, chain and CSV.

- Opens on the indicator most jurisdictions share; the generic "share of institutions with a department" is never
  compared as an indicator (it would mix geriatrics with fever clinics): it is compared per department type, with
  the baseline stated at the same place (Jiaohe's 50 % in 2020 → 60 % by 2025).
- Filters: jurisdiction level, province and year of the document (the index's facets; choices and counts from
  the build's statistics), and the institution scope of the facts.
- Columns sort by a link in their header (server side, so a sorted view is a permalink); "no number stated" where
  a plan requires something without a share or value; the plans of the corpus that say nothing about the subject
  (IndexReader.documents_without) come last.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from flask import Blueprint, Response, redirect, render_template, request, url_for

from ontology.namespaces import ONTOLOGY
from web.i18n import current_lang, translate
from web.pages.data import index, jurisdiction_tree, labels, prefetch, rows, rows_for
from web.pages.entities import evidence_href, link
from web.pages.facts import comparator, unit_text
from web.pages.headers import set_alternates
from web.pages.links import href
from web.view_models import Link

bp = Blueprint("compare", __name__)

HIGHER, LOWER = ONTOLOGY + "HigherIsBetter", ONTOLOGY + "LowerIsBetter"
GENERIC = ONTOLOGY + "GenericIndicator"
"""Indicators of things of a kind the fact names (institutions of a type …): compared one institution scope at a
time, never opened on by default."""
MIXED = "https://w3id.org/policykg/vocab/indicator/share-of-institutions-with-department"
"""Shares of institutions with a department: compared per department type (?department=), never mixed."""
ROWS = 200
"""Facts shown (and exported) per comparison; filters by level, province or year narrow a larger set."""
DOCS = ROWS // 2
"""Documents read per page of a comparison (about two facts per document and concept); more are paged (?from=),
never cut silently, and the CSV reads them all, a page at a time."""
FILTERED_DOCS = 5000
"""Documents matching the chosen level/province/year that a comparison intersects with (the index's facet filter)."""
SILENT = 50
"""Plans listed as saying nothing about the subject."""
FACETS = ("level", "province", "year")
LEVEL_ORDER = {"national": 0, "provincial-level": 1, "prefectural-level": 2, "county-level": 3}
SORTS = ("jurisdiction", "level", "kind", "baseline", "value", "normalised", "year", "scope", "document")
CSV_COLUMNS = ("jurisdiction", "level", "document", "kind", "department", "institution_scope", "comparator", "value",
               "unit", "normalised_value", "normalised_unit", "year", "baseline", "nature", "scope", "quote",
               "evidence", "fact")


@dataclass(frozen=True)
class Row:
    """One jurisdiction's fact about the compared indicator or department type."""

    jurisdiction: Link
    level: str
    level_rank: int
    province: str
    document: Link
    kind: str
    """target, observation or requirement"""
    comparator: str
    value: float | None
    value_text: str
    unit: str
    normalised: float | None
    year: str
    baseline: str
    nature: str
    scope: Link | None
    quote: str
    evidence: str
    fact: Link
    department: Link | None = None
    also: tuple[str, ...] = ()
    """Evidence links of other statements of the same value in the same document."""
    note: str = ""
    """Why there is no comparable number ('no number stated', 'different unit')."""


@dataclass(frozen=True)
class Bar:
    label: str
    value_text: str
    percent: float
    href: str
    kind: str


@dataclass
class Page:
    mode: str
    subject: Link | None
    indicators: list[tuple[Link, int]]
    departments: list[tuple[Link, int]]
    rows: list[Row] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    axis: str = ""
    direction: str = ""
    unit: str = ""
    chains: list[list[tuple[Link, str, list[Row]]]] = field(default_factory=list)
    filters: list[tuple[str, str, list[tuple[str, str, int]]]] = field(default_factory=list)
    """(name, chosen value, [(value, label, documents)])"""
    silent: list[Link] = field(default_factory=list)
    silent_more: bool = False
    sort: str = ""
    descending: bool = False
    sort_links: dict[str, str] = field(default_factory=dict)
    permalink: str = ""
    csv_href: str = ""
    documents: int = 0
    jurisdictions: int = 0
    kinds: list[str] = field(default_factory=list)
    one_kind: Link | None = None
    """The one institution scope a generic indicator is compared for (rows of other scopes are not shown)."""
    unscoped: int = 0
    """Facts about a generic indicator that name no institution scope (not comparable, not shown)."""
    doc_total: int = 0
    """Documents with facts about the subject (within the filters); DOCS of them per page."""
    doc_from: int = 0
    doc_to: int = 0
    per_page: int = DOCS
    previous: str = ""
    next: str = ""


@dataclass
class Found:
    """The rows of a comparison and what the page says about them."""

    rows: list[Row]
    direction: str
    unit: str
    scopes: list[tuple[str, str, int]]
    """(scope IRI, label, rows) of the facts before the scope filter"""
    scope: str = ""
    """The scope filter in force: chosen, or the most frequent one for a generic indicator"""
    unscoped: int = 0


def is_generic(concept: str) -> bool:
    """Whether the indicator counts things of a kind each fact names (its vocabulary type says so)."""
    return GENERIC in labels().types.get(concept, set())


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


def _from(total: int) -> int:
    """The first document of the page asked for (?from=, a multiple of DOCS within the total; 0 otherwise)."""
    try:
        start = int(request.args.get("from", "0"))
    except ValueError:
        return 0
    return start if 0 <= start < total and start % DOCS == 0 else 0


def chosen_filters() -> dict[str, str]:
    return {f: request.args.get(f, "") for f in (*FACETS, "scope") if request.args.get(f, "")}


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


class Places:
    """Level and province of jurisdictions (the fixed-size jurisdiction vocabulary, cached per store version)."""

    def __init__(self, lang: str) -> None:
        tree = jurisdiction_tree()
        self.parent = {r["jurisdiction"]: r["parent"] for r in tree}
        self.level = {r["jurisdiction"]: (r["level_en"] if lang == "en" and r["level_en"] else r["level"])
                      for r in tree}

    def chain(self, j: str) -> list[str]:
        out, seen = [j], {j}
        while self.parent.get(out[-1]) and self.parent[out[-1]] not in seen:
            out.append(self.parent[out[-1]])
            seen.add(out[-1])
        return list(reversed(out))

    def rank(self, j: str) -> int:
        return len(self.chain(j)) - 1 if j else 9

    def province(self, j: str) -> str:
        c = self.chain(j)
        return c[1] if len(c) > 1 else ""


def compared_documents(mode: str, concept: str) -> list[str]:
    """Ids of the documents with facts about the concept that the chosen filters allow (from the index), sorted."""
    kind = "indicator" if mode == "indicator" else "department-type"
    docs = index().documents_about(kind, concept)
    facets = {k: v for k, v in chosen_filters().items() if k in FACETS}
    if facets:
        allowed = {d["id"] for d in index().documents(limit=FILTERED_DOCS, facets=facets)}
        docs = [d for d in docs if d in allowed]
    return sorted(docs)


def compare_facts(mode: str, concept: str, docs: list[str]) -> list[dict[str, str]]:
    """The facts about the concept in these documents (one page of them), as the canned queries ui-compare-indicator
    and ui-compare-department answer: the rows the build stored per document (loaders.compare_rows) with the
    document's title and jurisdiction from the index, and for an indicator the unit multipliers and direction."""
    idx = index()
    found = idx.compare_rows("indicator" if mode == "indicator" else "department-type", concept, docs)
    meta = idx.documents_by_id(d for d, _ in found)
    out = []
    for doc_id, r in found:
        m = meta.get(doc_id)
        if not m:
            continue
        row = {k: v for k, v in r.items() if k != "fact_jurisdiction"}
        out.append(row | {"doc": m["iri"], "doc_id": doc_id, "doc_title": m["title"] or "",
                          "doc_title_en": m["title_en"] or "", "jurisdiction_name": m["jurisdiction"] or "",
                          "jurisdiction": r.get("fact_jurisdiction") or m["jurisdiction_iri"] or ""})
    if mode == "indicator" and out:
        units = sorted({r["unit"] for r in out if r["unit"]} | {concept})  # the concept: its own row, unit or not
        found_units = rows_for("ui-compare-units", "unit", units, indicator=concept)
        multiplier = {u["unit"]: u["unit_multiplier"] for u in found_units}
        own = found_units[0] if found_units else {}
        for r in out:
            r |= {"unit_multiplier": multiplier.get(r["unit"], "") if r["unit"] else "",
                  "indicator_unit": own.get("indicator_unit", ""),
                  "indicator_unit_multiplier": own.get("indicator_unit_multiplier", ""),
                  "direction": own.get("direction", "")}
    return out


def compare_rows(mode: str, concept: str, lang: str, docs: list[str], scope: str = "") -> Found:
    """Rows for the concept in these documents, the direction of "better", the unit values are normalised to, and
    the institution scopes of the facts (value, label, rows) before the scope filter. A generic indicator is compared
    for one scope only (the chosen one, else the most frequent): a village clinic never stands beside a medical
    centre. `scope` (else ?scope=) fixes the scope, so that pages of one comparison keep the first page's."""
    found = one_per_fact(compare_facts(mode, concept, docs))
    index_ = prefetch([v for r in found for v in (r.get("jurisdiction", ""), r.get("unit", ""),
                                                  r.get("indicator_unit", ""), r.get("nature", ""),
                                                  r.get("scope", ""), r.get("institution_scope", ""))])
    places = Places(lang)
    direction, unit_label = "", ""
    out: list[Row] = []
    department = link(concept, lang) if mode == "department" else None
    for r in found:
        j = r["jurisdiction"]
        common = {"jurisdiction": _jurisdiction(r, lang), "level": places.level.get(j, ""),
                  "level_rank": places.rank(j), "province": places.province(j), "document": _doc(r, lang),
                  "quote": r["quote"], "evidence": _evidence(r), "fact": Link(r["fact"], "", href(r["fact"])),
                  "nature": link(r["nature"], lang).label if r["nature"] else ""}
        if mode == "indicator":
            direction = direction or r["direction"]
            if r["indicator_unit"]:
                unit_label = unit_text(r["indicator_unit"], index_, lang)
            unit = unit_text(r["unit"], index_, lang)
            base = r["baseline_value"]
            baseline = f"{base}{_unit_suffix(unit)}" + (f" ({r['baseline_year']})" if r["baseline_year"] else "") \
                if base else ""
            normalised = _normalise(r)
            value_text = r["value"]
            if r.get("relative") == "true" and normalised is not None:  # a change: from the baseline, if stated
                start = _normalise({**r, "value": r["baseline_value"]}) if base else None
                normalised = start + normalised if start is not None else None
                value_text = f"+{r['value']}" if not r["value"].startswith(("+", "-")) else r["value"]
            note = "" if normalised is not None else (
                "compare.no_number" if not r["value"] else
                "compare.relative" if r.get("relative") == "true" else "compare.unit_differs")
            out.append(Row(**common, kind=r["kind"], comparator=comparator(r["comparator"]),
                           value=_float(r["value"]), value_text=value_text, unit=unit, normalised=normalised,
                           year=r["year"], baseline=baseline,
                           scope=link(r["scope"], lang) if r["scope"] else None, note=note))
        else:
            direction, unit_label = HIGHER, "%"
            share_text = r["share"] or r.get("target_value", "")
            share = _float(share_text)
            base_value = r.get("baseline_value") or r.get("observed_value", "")
            base_year = r.get("baseline_year") or r.get("observed_year", "")
            baseline = f"{base_value}%" + (f" ({base_year})" if base_year else "") if base_value else ""
            out.append(Row(**common, kind="requirement",
                           comparator=comparator(r["comparator"] or r.get("target_comparator", "")) if share_text
                           else "", value=share, value_text=share_text, unit="%" if share_text else "",
                           normalised=share, year=r["year"], baseline=baseline,
                           scope=link(r["institution_scope"], lang) if r["institution_scope"] else None,
                           department=department, note="" if share_text else "compare.no_number"))
    rows_ = merge_restatements(out)
    scopes: dict[str, tuple[str, int]] = {}
    for r in rows_:
        if r.scope:
            label, n = scopes.get(r.scope.iri, (r.scope.label, 0))
            scopes[r.scope.iri] = (label, n + 1)
    choices = sorted(((k, v[0], v[1]) for k, v in scopes.items()), key=lambda x: (-x[2], x[1]))
    scope = scope or chosen_filters().get("scope", "")
    unscoped = 0
    if mode == "indicator" and is_generic(concept):
        scope = scope or (choices[0][0] if choices else "")
        unscoped = sum(1 for r in rows_ if not r.scope)
    if scope:
        rows_ = [r for r in rows_ if r.scope and r.scope.iri == scope]
    return Found(rows_[:ROWS], direction, unit_label, choices, scope, unscoped)


def _unit_suffix(unit: str) -> str:
    return unit if unit in ("%", "‰") else (f" {unit}" if unit else "")


def merge_restatements(found: list[Row]) -> list[Row]:
    """One row per distinct statement: the same value, year and scope stated again in the same document (a table
    row repeated in a reference table or in prose) becomes one row with the other evidence links in `also`."""
    merged: dict[tuple, Row] = {}
    for r in found:
        key = (r.jurisdiction.iri, r.document.iri, r.kind, r.comparator, r.value_text, r.unit, r.year,
               r.scope.iri if isinstance(r.scope, Link) else r.scope)
        kept = merged.get(key)
        if kept is None:
            merged[key] = r
        elif r.evidence and r.evidence != kept.evidence:
            merged[key] = replace(kept, also=(*kept.also, r.evidence), baseline=kept.baseline or r.baseline)
    return list(merged.values())


TITLE_FRAME = re.compile(r"^.{0,40}?关于(?:印发|转发)?《?(?P<inner>.+?)》?的(?:通知|意见|函)$")
"""'<issuer>关于印发《<plan>》的通知' → '<plan>': the plan's own name is the short title of a covering notice."""
SHORT_TITLE = 28


def short_title(title: str) -> str:
    """The document's own name without a covering notice's frame, cut to SHORT_TITLE characters."""
    m = TITLE_FRAME.match(title.strip())
    name = m.group("inner") if m else title.strip()
    return name if len(name) <= SHORT_TITLE else name[: SHORT_TITLE - 1] + "…"


SAME_PLACE = ("baseline_", "observed_", "target_")
"""Columns a department requirement takes from the share target or observation stated at the same place."""


def one_per_fact(found: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per fact (a fact quoted in several places, or matched by several same-place targets, has several
    rows): its first span, with the same-place values any of its rows found."""
    by_fact: dict[str, list[dict[str, str]]] = {}
    for r in found:
        by_fact.setdefault(r["fact"], []).append(r)
    out = []
    for group in by_fact.values():
        best = dict(min(group, key=lambda r: (r["doc"], _int(r["start"]))))
        for r in group:
            for k, v in r.items():
                if k.startswith(SAME_PLACE) and v and not best.get(k):
                    best[k] = v
        out.append(best)
    return out


def _int(text: str) -> int:
    return int(text) if text.isdigit() else -1


def _jurisdiction(r: dict[str, str], lang: str) -> Link:
    if r["jurisdiction"]:
        return link(r["jurisdiction"], lang)
    return Link("", r["jurisdiction_name"] or "—", "")


def _doc(r: dict[str, str], lang: str) -> Link:
    """The row's document: short title in the UI language (full title or id as fallback), linking to its page."""
    if not r["doc"]:
        return Link("", "", "")
    title = r.get("doc_title_en") if lang == "en" and r.get("doc_title_en") else r["doc_title"]
    return Link(r["doc"], short_title(title or r["doc_id"] or r["doc"]) if not (lang == "en" and
                r.get("doc_title_en")) else title, href(r["doc"]))


def _evidence(r: dict[str, str]) -> str:
    if not (r["doc"] and r["start"]):
        return ""
    return evidence_href(r["doc"], r["start"], r["end"], r["norm_start"], r["norm_end"])


def sort_rows(rows_: list[Row], key: str, descending: bool) -> list[Row]:
    """Rows sorted by a column (missing values last either way); the default is level, place, year."""
    def value(r: Row) -> tuple:
        if key == "jurisdiction":
            return (r.jurisdiction.label,)
        if key == "level":
            return (r.level_rank, r.jurisdiction.label)
        if key == "kind":
            return (r.kind,)
        if key in ("value", "normalised"):
            v = r.value if key == "value" else r.normalised
            return (v if v is not None else float("-inf") if descending else float("inf"),)
        if key == "year":
            return (r.year or ("0000" if descending else "9999"),)
        if key == "baseline":
            return (r.baseline or ("" if descending else "\uffff"),)
        if key == "scope":
            return (r.scope.label if r.scope else "\uffff",)
        if key == "document":
            return (r.document.label,)
        return (r.level_rank, r.jurisdiction.label, r.year, r.kind)

    return sorted(rows_, key=value, reverse=descending)


def chart(rows_: list[Row], direction: str, unit: str) -> tuple[list[Bar], str]:
    """Bars of the normalised values, best first (by the indicator's direction), as percentages of the largest."""
    plotted = [r for r in rows_ if r.normalised is not None]
    if not plotted:
        return [], ""
    plotted.sort(key=lambda r: r.normalised or 0.0, reverse=direction != LOWER)
    top = max(abs(r.normalised or 0.0) for r in plotted) or 1.0
    bars = []
    for r in plotted:
        parts = [r.jurisdiction.label, r.year]
        if r.scope:
            parts.append(r.scope.label)
        label = " · ".join(p for p in parts if p)
        value = f"{r.comparator} {r.normalised:g}{'%' if unit == '%' else ''}".strip()
        bars.append(Bar(label, value, round(max(1.0, 100 * abs(r.normalised or 0.0) / top), 1), r.evidence,
                        r.kind))
    return bars, f"{top:g}"


def chains(rows_: list[Row], lang: str) -> list[list[tuple[Link, str, list[Row]]]]:
    """Nation → province → city paths through the jurisdictions that have rows (one path per leaf)."""
    places = Places(lang)
    by_j: dict[str, list[Row]] = {}
    for r in rows_:
        if r.jurisdiction.iri:
            by_j.setdefault(r.jurisdiction.iri, []).append(r)
    paths = {j: places.chain(j) for j in by_j}
    inner = {a for p in paths.values() for a in p[:-1]}
    leaves = sorted((j for j in by_j if j not in inner), key=lambda j: paths[j])
    prefetch([a for p in paths.values() for a in p])
    return [[(link(a, lang), places.level.get(a, ""), by_j.get(a, [])) for a in paths[j]] for j in leaves]


Choice = tuple[str, str, int]
"""(value, label, count) of a filter choice."""


def filter_choices(rows_all: list[Choice], lang: str, scope: str = "") -> list[tuple[str, str, list[Choice]]]:
    """Level, province and year (documents per value, counted at build time) and the rows' institution scopes."""
    counts: dict[str, list[tuple[str, int]]] = {}
    for r in rows("ui-facet-values"):
        counts.setdefault(r["facet"], []).append((r["value"], int(r["n"] or 0)))
    index_ = prefetch([v for values in counts.values() for v, _ in values if v.startswith("http")])
    chosen = chosen_filters()
    out = []
    for name in FACETS:
        values = counts.get(name, [])
        if name == "level":
            values.sort(key=lambda v: LEVEL_ORDER.get(v[0].rsplit("/", 1)[-1], 9))
        elif name == "year":
            values.sort(key=lambda v: v[0], reverse=True)
        else:
            values.sort(key=lambda v: index_.label(v[0], lang))
        out.append((name, chosen.get(name, ""),
                    [(v, index_.label(v, lang) if v.startswith("http") else v, n) for v, n in values]))
    out.append(("scope", scope or chosen.get("scope", ""), rows_all))
    return out


def silent_documents(mode: str, concept: str, lang: str) -> tuple[list[Link], bool]:
    """Plans of the corpus (within the chosen level/province/year) with no fact about the subject."""
    kind = "indicator" if mode == "indicator" else "department-type"
    about = index().documents_about(kind, concept)
    facets = {k: v for k, v in chosen_filters().items() if k in FACETS}
    found = index().documents_without(about, facets=facets, limit=SILENT + 1)
    docs = [Link(d["iri"], d["title_en"] if lang == "en" and d.get("title_en") else d["title"] or d["id"],
                 href(d["iri"])) for d in found[:SILENT]]
    return docs, len(found) > SILENT


def compare_page(lang: str) -> Page:
    mode, concept = _params()
    idx = index()
    # indicators shared by most jurisdictions first: the first is the default subject
    indicators = [(iri, docs) for iri, docs, _ in idx.topics("indicator") if iri != MIXED]
    departments = [(iri, docs) for iri, docs, _ in idx.topics("department-type")]
    prefetch([iri for iri, _ in indicators + departments] + [concept])
    page = Page(mode, None, [(link(iri, lang), n) for iri, n in indicators],
                [(link(iri, lang), n) for iri, n in departments])
    if not concept:  # the indicator most jurisdictions share, of one kind of thing
        concept = next((iri for iri, _ in indicators if not is_generic(iri)), indicators[0][0] if indicators else "")
        if not concept:
            return page
    docs = compared_documents(mode, concept)
    start = _from(len(docs))
    found = compare_rows(mode, concept, lang, docs[start:start + DOCS])
    rows_, direction, unit = found.rows, found.direction, found.unit
    sort = request.args.get("sort", "")
    descending = request.args.get("dir", "") == "desc"
    sort = sort if sort in SORTS else ""
    page.subject = Link(concept, labels().label(concept, lang) or concept, href(concept))
    page.rows = sort_rows(rows_, sort, descending)
    page.bars, page.axis = chart(rows_, direction, unit)
    page.direction, page.unit = direction, unit
    page.chains = chains(rows_, lang)
    page.filters = filter_choices(found.scopes, lang, found.scope)
    if mode == "indicator" and is_generic(concept) and found.scope:
        page.one_kind = link(found.scope, lang)
        page.unscoped = found.unscoped
    page.silent, page.silent_more = silent_documents(mode, concept, lang)
    page.sort, page.descending = sort, descending
    base_args = {mode: concept, **chosen_filters(), **({"scope": found.scope} if found.scope else {})}
    for key in SORTS:
        flip = "asc" if sort == key and descending else "desc" if sort == key else "asc"
        if key in ("value", "normalised") and sort != key:
            flip = "desc"
        page.sort_links[key] = url_for("compare.compare", **base_args, sort=key, dir=flip) + "#compare-table"
    query = urlencode({**base_args, **({"sort": sort, "dir": "desc" if descending else "asc"} if sort else {})})
    page.permalink = url_for("compare.compare", _external=True) + "?" + query
    page.csv_href = url_for("compare.compare_csv") + "?" + urlencode(base_args)
    page.doc_total, page.doc_from, page.doc_to = len(docs), start + 1, min(start + DOCS, len(docs))
    page.per_page = DOCS
    paging = {**base_args, **({"sort": sort, "dir": "desc" if descending else "asc"} if sort else {})}
    if start > 0:
        page.previous = url_for("compare.compare", **paging, **({"from": start - DOCS} if start > DOCS else {}))
    if start + DOCS < len(docs):
        page.next = url_for("compare.compare", **paging, **{"from": start + DOCS})
    if page.previous or page.next:
        for key in page.sort_links:  # a sort applies to the page shown
            page.sort_links[key] = page.sort_links[key].replace("#compare-table", "") + \
                (f"&from={start}" if start else "") + "#compare-table"
    page.documents = len({r.document.iri for r in rows_})
    page.jurisdictions = len({r.jurisdiction.iri or r.jurisdiction.label for r in rows_})
    page.kinds = sorted({r.kind for r in rows_})
    set_alternates((page.csv_href, "text/csv"))
    return page


@bp.route("/compare")
def compare() -> str | Response:
    mode, concept = _params()
    if mode == "indicator" and concept == MIXED:  # never mix department types: compare one of them
        departments = index().topics("department-type")
        if departments:
            return redirect(url_for("compare.compare", department=departments[0][0],
                                    **{k: v for k, v in chosen_filters().items() if k in FACETS}))
    lang = current_lang()
    return render_template("compare.html", page=compare_page(lang), HIGHER=HIGHER, LOWER=LOWER)


@bp.route("/compare.csv")
def compare_csv() -> Response:
    mode, concept = _params()
    lang = current_lang()
    docs = compared_documents(mode, concept) if concept else []
    rows_, unit, scope = [], "", ""
    for start in range(0, len(docs), DOCS):  # every compared document, a page at a time
        found = compare_rows(mode, concept, lang, docs[start:start + DOCS], scope)
        rows_ += found.rows
        unit, scope = unit or found.unit, scope or found.scope
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    root = request.host_url.rstrip("/")
    from web.pages.text import no_gaps

    for r in sort_rows(rows_, "", False):
        writer.writerow([r.jurisdiction.label, r.level, r.document.label, r.kind,
                         r.department.label if r.department else "", r.scope.label if r.department and r.scope else "",
                         r.comparator, r.value_text, r.unit, "" if r.normalised is None else f"{r.normalised:g}", unit,
                         r.year, r.baseline, r.nature, r.scope.label if r.scope and not r.department else "",
                         no_gaps(r.quote), root + r.evidence if r.evidence else "", r.fact.iri])
    name = (concept.rstrip("/").rsplit("/", 1)[-1] or "compare") + ".csv"
    return Response(buf.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def row_note(r: Row, lang: str) -> str:
    return translate(r.note, lang) if r.note else ""
