"""The document page: metadata, outline, the text with every fact highlighted, links and fact tables."""

from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request

from ontology.namespaces import ONTOLOGY
from web.i18n import current_lang, translate
from web.pages.data import labels, rows
from web.pages.entities import describe, evidence_href, link
from web.pages.highlight import ProvisionSpan, segments, to_normalised
from web.pages.links import href, iri_for_path, local_name, split_suffix
from web.pages.negotiation import requested_format
from web.view_models import DocumentPage, Link, OutlineNode, Span, Table

bp = Blueprint("documents", __name__)

VIEWS = ("normalised", "raw")


@bp.route("/doc/<doc_id>")
def document(doc_id: str) -> Response | str:
    stem, fmt = split_suffix(doc_id)
    iri = iri_for_path(f"doc/{stem}")
    wanted = requested_format(fmt)
    found = rows("ui-document", doc=iri)
    if wanted or not found:
        return describe(iri, wanted)  # RDF twin, the generic page for non-documents, or 404
    view = request.args.get("view", "normalised")
    if view not in VIEWS:
        abort(404)
    return render_template("document.html", page=document_page(iri, found[0], view, _focus()))


def _focus() -> tuple[int, int] | None:
    at = request.args.get("at", "")
    start, _, end = at.partition("-")
    return (int(start), int(end)) if start.isdigit() and end.isdigit() else None


def _int(value: str, default: int = 0) -> int:
    try:
        return int(value)
    except ValueError:
        return default


def document_page(iri: str, meta: dict[str, str], view: str, focus: tuple[int, int] | None) -> DocumentPage:
    lang = current_lang()
    outline_rows = rows("ui-document-outline", doc=iri)
    provisions = [ProvisionSpan(_int(r["raw_start"]), _int(r["raw_end"]), _int(r["start"]), _int(r["end"]),
                                _int(r["depth"])) for r in outline_rows]
    raw, norm = meta["raw"], meta["normalised"] or meta["raw"]
    text = raw if view == "raw" else norm
    spans, kinds = fact_spans(iri, view, norm, provisions, focus)
    anchors: dict[int, tuple[str, ...]] = {}
    for r in outline_rows:
        at = _int(r["raw_start"] if view == "raw" else r["start"], -1)
        anchors[at] = (*anchors.get(at, ()), "p-" + r["path"])
    outline = [
        OutlineNode(r["path"], r["label"], r["heading"], _int(r["depth"]), href(r["provision"]), "p-" + r["path"])
        for r in outline_rows
    ]
    index = labels()
    legend = [(kind, index.label(ONTOLOGY + kind, lang) or kind) for kind in sorted(kinds)]
    links = rows("ui-document-links", doc=iri)
    outgoing = [(r["relation"], link(r["other"], lang)) for r in links if r["direction"] == "out"]
    incoming = [(r["relation"], link(r["other"], lang)) for r in links if r["direction"] == "in"]
    doc = Link(iri, meta["title"] or meta["id"], href(iri))
    return DocumentPage(doc, metadata(meta, lang), outline, view, segments(text, spans, anchors), legend,
                        outgoing, incoming, fact_tables(iri, lang), approximate=view == "normalised")


def metadata(meta: dict[str, str], lang: str) -> list[tuple[str, Link | str]]:
    status = "status.draft" if meta["status"].endswith("Draft") else "status.final"
    jurisdiction: Link | str = link(meta["jurisdiction"], lang) if meta["jurisdiction"] else meta["jurisdiction_name"]
    out: list[tuple[str, Link | str]] = [
        ("col.number", meta["number"]),
        ("col.date", meta["date"]),
        ("col.jurisdiction", jurisdiction),
        ("doc.issuers", meta["issuers"]),
        ("col.status", translate(status, lang)),
        ("doc.script", link(meta["script"], lang) if meta["script"] else ""),
        ("facet.topic", meta["subject"]),
        ("doc.source", meta["source"]),
    ]
    return [(k, v) for k, v in out if v]


def fact_spans(
    doc: str, view: str, norm: str, provisions: list[ProvisionSpan], focus: tuple[int, int] | None
) -> tuple[list[Span], set[str]]:
    """Highlight spans of every fact of the document in the chosen view, and the fact kinds present."""
    lang = current_lang()
    index = labels()
    by_fact: dict[str, dict[str, str]] = {}
    kinds: dict[str, str] = {}
    for r in rows("ui-document-facts", doc=doc):
        by_fact.setdefault(r["fact"], r)
        if r["type"].startswith(ONTOLOGY):
            kinds.setdefault(r["fact"], local_name(r["type"]))
    spans: list[Span] = []
    for fact, r in by_fact.items():
        start, end = _int(r["start"], -1), _int(r["end"], -1)
        if start < 0 or end <= start:
            continue
        if view == "normalised":
            placed = to_normalised(norm, provisions, start, end, r["normalised_quote"] or r["quote"])
            if placed is None:
                continue
            start, end = placed
        kind = kinds.get(fact, "Fact")
        title = f"{index.label(ONTOLOGY + kind, lang) or kind}: {index.label(fact, lang) or r['quote']}"
        spans.append(Span(start, end, kind, href(fact), title))
    if focus:
        start, end = focus
        if view == "normalised":
            raw_quote = next((r["normalised_quote"] or r["quote"] for r in by_fact.values()
                              if (_int(r["start"]), _int(r["end"])) == focus), "")
            placed = to_normalised(norm, provisions, start, end, raw_quote)
            start, end = placed if placed else (-1, -1)
        if start >= 0:
            spans.append(Span(start, end, "focus", "#at", "", focus=True))
    return spans, set(kinds.values())


def _value(r: dict[str, str], lang: str, key: str) -> Link | str:
    v = r.get(key, "")
    return link(v, lang) if v.startswith(("http://", "https://")) else v


def _quote(r: dict[str, str], doc: str) -> Link:
    start = _int(r.get("start", ""), 0)
    end = start + len(r.get("quote", ""))
    return Link(r.get("fact", ""), r.get("quote", ""), evidence_href(doc, str(start), str(end)))


def fact_tables(doc: str, lang: str) -> list[Table]:
    """Targets, department requirements, responsibilities, institutions, programmes, agencies, citations."""
    t = translate
    targets = Table("targets", t("doc.targets"), ("col.kind", "col.indicator", "col.comparator", "col.value",
                                                 "col.unit", "col.year", "col.baseline", "col.nature", "col.scope",
                                                 "col.quote"))
    for r in rows("ui-document-targets", doc=doc):
        baseline = r["baseline_value"] + (f" ({r['baseline_year']})" if r["baseline_year"] else "")
        targets.rows.append((r["kind"], _value(r, lang, "indicator"), r["comparator"], r["value"],
                             _value(r, lang, "unit"), r["year"], baseline, _value(r, lang, "nature"),
                             _value(r, lang, "scope"), _quote(r, doc)))
    departments = Table("departments", t("doc.departments"), ("col.department", "col.institution_scope",
                                                              "col.comparator", "col.share", "col.year", "col.quote"))
    for r in rows("ui-document-departments", doc=doc):
        departments.rows.append((_value(r, lang, "department"), _value(r, lang, "institution_scope"), r["comparator"],
                                 r["share"], r["year"], _quote(r, doc)))
    resp = Table("responsibilities", t("doc.responsibilities"), ("col.provision", "col.agency", "col.role",
                                                                 "col.quote"))
    for r in rows("ui-document-responsibilities", doc=doc):
        resp.rows.append((_value(r, lang, "provision"), _value(r, lang, "agency"), _value(r, lang, "role"),
                          _quote(r, doc)))
    entity_tables = {kind: Table(kind + "s", t(f"doc.{kind}s"), ("col.name", "col.type", "col.mentions"))
                     for kind in ("institution", "programme", "agency")}
    for r in rows("ui-document-entities", doc=doc):
        entity_tables[r["kind"]].rows.append((_value(r, lang, "entity"), _value(r, lang, "type"), r["mentions"]))
    citations = Table("citations", t("doc.citations"), ("col.cited_title", "col.cited_number", "col.relation",
                                                        "col.document", "col.quote"))
    for r in rows("ui-document-citations", doc=doc):
        relation = "implements" if r["implementing"] == "true" else "cites"
        citations.rows.append((r["title"], r["number"], relation, _value(r, lang, "cited"), _quote(r, doc)))
    return [targets, departments, resp, *entity_tables.values(), citations]
