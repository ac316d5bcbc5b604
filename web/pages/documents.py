"""The document page: metadata, outline, the text with every fact highlighted, links and fact tables."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, Response, abort, render_template, request

from ontology.namespaces import ONTOLOGY
from web.i18n import current_lang, translate
from web.pages.data import Labels, labels, prefetch, rows
from web.pages.entities import describe, evidence_href, link
from web.pages.highlight import segments
from web.pages.links import href, iri_for_path, split_suffix
from web.pages.negotiation import requested_format
from web.view_models import DocumentPage, Link, OutlineNode, Span, Table

bp = Blueprint("documents", __name__)

VIEWS = ("normalised", "raw")
KINDS = ("Target", "Observation", "DepartmentRequirement", "Responsibility", "Citation", "DocumentLink", "Mention",
         "Institution", "Programme", "Agency")
"""Highlight kinds (CSS classes k-<kind>), most specific first: a fact's kind is the first of its types here."""
ENTITY_KINDS = {"Institution": "institution", "Programme": "programme", "Agency": "agency"}


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
    text = meta["raw"] if view == "raw" else (meta["normalised"] or meta["raw"])
    fact_rows = rows("ui-document-facts", doc=iri)
    details = rows("ui-document-fact-details", doc=iri)
    links = rows("ui-document-links", doc=iri)
    index = prefetch([iri, meta["jurisdiction"], meta["script"], *(r["fact"] for r in fact_rows),
                      *(r["o"] for r in details if r["o"].startswith("http")), *(r["other"] for r in links)])
    evidence = [EvidenceSpan.of(r, index) for r in fact_rows]
    spans = [Span(*e.at(view), e.kind, href(e.fact), e.title(index, lang)) for e in evidence if e.at(view)]
    if focus:
        spans.append(Span(focus[0], focus[1], "focus", "#at", "", focus=True))
    anchors: dict[int, tuple[str, ...]] = {}
    for r in outline_rows:
        at = _int(r["raw_start"] if view == "raw" else r["start"], -1)
        anchors[at] = (*anchors.get(at, ()), "p-" + r["path"])
    outline = [
        OutlineNode(r["path"], r["label"], r["heading"], _int(r["depth"]), href(r["provision"]), "p-" + r["path"])
        for r in outline_rows
    ]
    kinds = {e.kind for e in evidence}
    legend = [(kind, index.label(ONTOLOGY + kind, lang) or kind) for kind in KINDS if kind in kinds]
    outgoing = [(r["relation"], link(r["other"], lang)) for r in links if r["direction"] == "out"]
    incoming = [(r["relation"], link(r["other"], lang)) for r in links if r["direction"] == "in"]
    title = meta["title_en"] if lang == "en" and meta.get("title_en") else meta["title"]
    doc = Link(iri, title or meta["id"], href(iri))
    return DocumentPage(doc, metadata(meta, lang), outline, view, segments(text, spans, anchors), legend,
                        outgoing, incoming, fact_tables(iri, evidence, details, lang),
                        switch_views(view, focus, evidence))


@dataclass(frozen=True)
class EvidenceSpan:
    """One evidence span of a fact: raw offsets (oa:start/end), normalised offsets (pkg:start/end), quote."""

    fact: str
    kind: str
    raw: tuple[int, int] | None
    norm: tuple[int, int] | None
    quote: str

    @staticmethod
    def of(r: dict[str, str], index: Labels) -> EvidenceSpan:
        types = index.types.get(r["fact"], set())
        kind = next((k for k in KINDS if ONTOLOGY + k in types), "Fact")
        return EvidenceSpan(r["fact"], kind, _span(r["start"], r["end"]), _span(r["norm_start"], r["norm_end"]),
                            r["quote"])

    def at(self, view: str) -> tuple[int, int] | None:
        return self.raw if view == "raw" else self.norm

    def title(self, index: Labels, lang: str) -> str:
        return f"{index.label(ONTOLOGY + self.kind, lang) or self.kind}: {index.label(self.fact, lang) or self.quote}"

    def href_in(self, doc: str) -> str:
        return evidence_href(doc, *(str(v) for v in self.raw or ("", "")), *(str(v) for v in self.norm or ("", "")))


def _span(start: str, end: str) -> tuple[int, int] | None:
    a, b = _int(start, -1), _int(end, -1)
    return (a, b) if 0 <= a < b else None


def switch_views(view: str, focus: tuple[int, int] | None, evidence: list[EvidenceSpan]) -> dict[str, str]:
    """Links to both views; a focused evidence span keeps its focus, translated to the other view's offsets."""
    out = {v: f"?view={v}" for v in VIEWS}
    if focus:
        match = next((e for e in evidence if e.at(view) == focus), None)
        for other in VIEWS:
            at = focus if other == view else (match.at(other) if match else None)
            if at:
                out[other] += f"&at={at[0]}-{at[1]}#at"
    return out


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


class FactView:
    """The properties of one fact (from ui-document-fact-details) and its first evidence span in the document."""

    def __init__(self, fact: str, props: dict[str, list[str]], first: EvidenceSpan, doc: str) -> None:
        self.fact, self.props, self.first, self.doc = fact, props, first, doc

    def one(self, *predicates: str) -> str:
        return next((v for p in predicates for v in self.props.get(ONTOLOGY + p, [])), "")

    def cell(self, lang: str, *predicates: str) -> Link | str:
        v = self.one(*predicates)
        return link(v, lang) if v.startswith(("http://", "https://")) else v

    def quote(self) -> Link:
        return Link(self.fact, self.first.quote, self.first.href_in(self.doc))


def fact_tables(doc: str, evidence: list[EvidenceSpan], details: list[dict[str, str]], lang: str) -> list[Table]:
    """Targets, department requirements, responsibilities, institutions, programmes, agencies, citations."""
    t = translate
    index = labels()
    props: dict[str, dict[str, list[str]]] = {}
    for r in details:
        props.setdefault(r["fact"], {}).setdefault(r["p"], []).append(r["o"])
    for values in props.values():
        for v in values.values():
            v.sort()
    first: dict[str, EvidenceSpan] = {}
    for e in sorted(evidence, key=lambda e: (e.raw or (0, 0), e.fact)):
        first.setdefault(e.fact, e)
    facts = [FactView(f, props.get(f, {}), e, doc) for f, e in first.items()]  # in text order

    def of(*kinds: str) -> list[FactView]:
        return [f for f in facts if first[f.fact].kind in kinds]

    targets = Table("targets", t("doc.targets"), ("col.kind", "col.indicator", "col.comparator", "col.value",
                                                 "col.unit", "col.year", "col.baseline", "col.nature", "col.scope",
                                                 "col.quote"))
    for f in of("Target", "Observation"):
        year = f.one("baselineYear")
        baseline = f.one("baselineValue") + (f" ({year})" if year else "")
        targets.rows.append((first[f.fact].kind.lower(), f.cell(lang, "indicator"), f.one("comparator"),
                             f.one("value"), f.cell(lang, "unit"), f.one("targetYear", "year"), baseline,
                             f.cell(lang, "nature"), f.cell(lang, "scope"), f.quote()))
    departments = Table("departments", t("doc.departments"), ("col.department", "col.institution_scope",
                                                              "col.comparator", "col.share", "col.year", "col.quote"))
    for f in of("DepartmentRequirement"):
        departments.rows.append((f.cell(lang, "departmentType"), f.cell(lang, "institutionScope"),
                                 f.one("comparator"), f.one("share"), f.one("targetYear"), f.quote()))
    resp = Table("responsibilities", t("doc.responsibilities"), ("col.provision", "col.agency", "col.role",
                                                                 "col.quote"))
    for f in of("Responsibility"):
        resp.rows.append((f.cell(lang, "provision"), f.cell(lang, "agency"), f.cell(lang, "role"), f.quote()))
    citations = Table("citations", t("doc.citations"), ("col.cited_title", "col.cited_number", "col.relation",
                                                        "col.quote"))
    for f in of("Citation"):
        relation = "implements" if f.one("implementing") == "true" else "cites"
        citations.rows.append((f.one("citedTitle"), f.one("citedNumber"), relation, f.quote()))
    return [targets, departments, resp, *entity_tables(facts, index, lang), citations]


def entity_tables(facts: list[FactView], index: Labels, lang: str) -> list[Table]:
    """Institutions, programmes and agencies that carry evidence in the document or that its facts link to,
    with the number of facts naming them, in order of first appearance."""
    t = translate
    kinds = index.org_types
    seen: dict[str, tuple[str, set[str]]] = {}
    for f in facts:
        linked = [f.fact, *(v for p, vs in sorted(f.props.items()) if p != ONTOLOGY + "provision" for v in vs)]
        for entity in linked:
            kind = next((ENTITY_KINDS[k] for k in ENTITY_KINDS if ONTOLOGY + k in index.types.get(entity, set())), "")
            if kind:
                seen.setdefault(entity, (kind, set()))[1].add(f.fact)
    tables = {kind: Table(kind + "s", t(f"doc.{kind}s"), ("col.name", "col.type", "col.mentions"))
              for kind in ENTITY_KINDS.values()}
    for entity, (kind, named_by) in seen.items():
        org_type = kinds.get(entity, "")
        tables[kind].rows.append((link(entity, lang), link(org_type, lang) if org_type else "", str(len(named_by))))
    return list(tables.values())
