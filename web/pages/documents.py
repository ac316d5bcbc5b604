"""The document page: metadata, outline, the text with every fact highlighted, links and fact tables.

The reader lists every fact at a span (each run of text knows all the facts covering it; the page's fact list
gives their type and description for the popover), shows redactions as 〔略〕 gaps, links the outline to the fact
tables (counts per provision) and the tables back to the text, and has a legend that filters fact types.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from flask import Blueprint, Response, abort, render_template, request

from ontology.namespaces import ONTOLOGY, RDF
from web.i18n import current_lang, translate
from web.pages.data import Labels, labels, prefetch, rows
from web.pages.data import index as data_index
from web.pages.entities import describe as describe_entity
from web.pages.entities import evidence_href, format_hrefs, link
from web.pages.facts import FactProps, comparator, describe, quantity
from web.pages.headers import rdf_alternates
from web.pages.highlight import segments
from web.pages.links import href, iri_for_path, split_suffix
from web.pages.negotiation import requested_format
from web.view_models import DocumentPage, FactItem, Link, OutlineNode, Span, Table

bp = Blueprint("documents", __name__)

VIEWS = ("normalised", "raw")
KINDS = ("Target", "Observation", "DepartmentRequirement", "Responsibility", "Citation", "DocumentLink", "Mention",
         "Institution", "Programme", "Agency")
"""Highlight kinds (CSS classes k-<kind>), most specific first: a fact's kind is the first of its types here."""
ENTITY_KINDS = {"Institution": "institutions", "Programme": "programmes", "Agency": "agencies"}
TABLE_OF_KIND = {"Target": "targets", "Observation": "targets", "DepartmentRequirement": "departments",
                 "Responsibility": "responsibilities", "Citation": "citations"}
"""Which fact table lists a fact of each kind (the outline links its counts there)."""


@bp.route("/doc/<doc_id>")
def document(doc_id: str) -> Response | str:
    stem, fmt = split_suffix(doc_id)
    iri = iri_for_path(f"doc/{stem}")
    wanted = requested_format(fmt)
    found = rows("ui-document", doc=iri)
    if wanted or not found:
        return describe_entity(iri, wanted)  # RDF twin, the generic page for non-documents, or 404
    view = request.args.get("view", "normalised")
    if view not in VIEWS:
        abort(404)
    rdf_alternates(format_hrefs(iri))
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
    text = meta["raw"] if view == "raw" else (meta["normalised"] or meta["raw"])
    stored = data_index().page_rows(meta["id"])
    if stored:  # made by the build from the document's graph; where citations point is resolved corpus-wide
        outline_rows, fact_rows = stored["outline"], stored["spans"]
        details = stored["details"] + rows("ui-document-citations", doc=iri)
    else:
        outline_rows = rows("ui-document-outline", doc=iri)
        fact_rows = rows("ui-document-facts", doc=iri)
        details = rows("ui-document-fact-details", doc=iri)
    links = rows("ui-document-links", doc=iri)
    types = fact_types(details)
    index = prefetch([iri, meta["jurisdiction"], meta["script"],
                      *(r["o"] for r in details if r["o"].startswith("http") and r["p"] != RDF_TYPE),
                      *(r["other"] for r in links), *(r["fact"] for r in fact_rows if r["fact"] not in types)])
    types.update((f, index.types.get(f, set())) for r in fact_rows if (f := r["fact"]) not in types)
    evidence = [EvidenceSpan.of(r, types) for r in fact_rows]
    props = fact_properties(evidence, details, types)
    ids = {fact: f"f{n}" for n, fact in enumerate(dict.fromkeys(e.fact for e in evidence))}
    facts = [FactItem(ids[f.iri], f.kind, kind_label(f.kind, lang), describe(f, index, lang) or first_quote(
        f.iri, evidence), href(f.iri)) for f in props.values()]
    titles = {f.ident: f"{f.kind_label}: {f.text}" for f in facts}
    spans = [Span(*e.at(view), e.kind, href(e.fact), titles[ids[e.fact]], ident=ids[e.fact])
             for e in evidence if e.at(view)]
    if focus:
        spans.append(Span(focus[0], focus[1], "focus", "#at", "", focus=True))
    anchors: dict[int, tuple[str, ...]] = {}
    for r in outline_rows:
        at = _int(r["raw_start"] if view == "raw" else r["start"], -1)
        anchors[at] = (*anchors.get(at, ()), "p-" + r["path"])
    path_of = {r["provision"]: r["path"] for r in outline_rows}
    per_provision: dict[str, Counter[str]] = {}
    for f in props.values():
        table = TABLE_OF_KIND.get(f.kind)
        if table and f.one("provision") in path_of:
            per_provision.setdefault(path_of[f.one("provision")], Counter())[table] += 1
    outline = [
        OutlineNode(r["path"], r["label"], r["heading"], _int(r["depth"]), href(r["provision"]), "p-" + r["path"],
                    tuple(sorted(per_provision.get(r["path"], Counter()).items(), key=lambda kv: TABLES.index(kv[0]))))
        for r in outline_rows
    ]
    counts = Counter(e.kind for e in {e.fact: e for e in evidence}.values())
    legend = [(kind, kind_label(kind, lang), counts[kind]) for kind in KINDS if counts[kind]]
    outgoing = [(translate("rel." + r["relation"], lang), link(r["other"], lang)) for r in links
                if r["direction"] == "out"]
    incoming = [(translate("rel." + r["relation"], lang), link(r["other"], lang)) for r in links
                if r["direction"] == "in"]
    title = meta["title_en"] if lang == "en" and meta.get("title_en") else meta["title"]
    original = meta["title"] if title != meta["title"] else ""
    doc = Link(iri, title or meta["id"], href(iri))
    script = "zh-Hant" if view == "raw" and meta["script"].lower().endswith("traditional") else "zh-Hans"
    drafted = {r["other"] for r in links if r["direction"] == "out" and r["relation"] == "drafts"}
    return DocumentPage(doc, metadata(meta, lang), outline, view, segments(text, spans, anchors), legend,
                        outgoing, incoming, fact_tables(iri, evidence, props, path_of, lang, drafted),
                        switch_views(view, focus, evidence), facts, original, script, format_hrefs(iri))


TABLES = ("targets", "departments", "responsibilities", "citations")
RDF_TYPE = RDF + "type"


def kind_label(kind: str, lang: str) -> str:
    return translate("kind." + KIND_KEYS.get(kind, "fact"), lang)


KIND_KEYS = {"Target": "target", "Observation": "observation", "DepartmentRequirement": "department",
             "Responsibility": "responsibility", "Citation": "citation", "DocumentLink": "document-link",
             "Mention": "mention", "Institution": "institution", "Programme": "programme", "Agency": "agency"}


def first_quote(fact: str, evidence: list[EvidenceSpan]) -> str:
    return next((e.quote for e in evidence if e.fact == fact), "")


@dataclass(frozen=True)
class EvidenceSpan:
    """One evidence span of a fact: raw offsets (oa:start/end), normalised offsets (pkg:start/end), quote."""

    fact: str
    kind: str
    raw: tuple[int, int] | None
    norm: tuple[int, int] | None
    quote: str

    @staticmethod
    def of(r: dict[str, str], types: dict[str, set[str]]) -> EvidenceSpan:
        kind = next((k for k in KINDS if ONTOLOGY + k in types.get(r["fact"], set())), "Fact")
        return EvidenceSpan(r["fact"], kind, _span(r["start"], r["end"]), _span(r["norm_start"], r["norm_end"]),
                            r["quote"])

    def at(self, view: str) -> tuple[int, int] | None:
        return self.raw if view == "raw" else self.norm

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
        ("facet.topic", meta.get("subject_zh") if lang != "en" and meta.get("subject_zh") else meta["subject"]),
        ("doc.source", meta["source"]),
    ]
    return [(k, v) for k, v in out if v]


def fact_types(details: list[dict[str, str]]) -> dict[str, set[str]]:
    """The types of the document's own facts, read from their detail rows (no label lookup for each fact's IRI;
    shared entities with evidence here, typed in the shared graph, are looked up with the labels)."""
    out: dict[str, set[str]] = {}
    for r in details:
        if r["p"] == RDF_TYPE:
            out.setdefault(r["fact"], set()).add(r["o"])
    return out


def fact_properties(evidence: list[EvidenceSpan], details: list[dict[str, str]], types: dict[str, set[str]]) \
        -> dict[str, FactProps]:
    """Every fact with evidence in the document, in text order (first span), with its properties and types."""
    first: dict[str, EvidenceSpan] = {}
    for e in sorted(evidence, key=lambda e: (e.raw or (0, 0), e.fact)):
        first.setdefault(e.fact, e)
    out = {f: FactProps(f, {RDF_TYPE: sorted(types.get(f, set()))}) for f in first}
    for r in details:
        if r["fact"] in out and r["p"] != RDF_TYPE:
            out[r["fact"]].props.setdefault(r["p"], []).append(r["o"])
    for f in out.values():
        for values in f.props.values():
            values.sort()
    return out


def citation_relation(f: FactProps, drafted: set[str]) -> str:
    """implements (the citation says so), drafts (the document commits to draft the cited one), or cites."""
    if f.one("implementing") == "true":
        return "implements"
    return "drafts" if f.one("citedDocument") in drafted else "cites"


def fact_tables(doc: str, evidence: list[EvidenceSpan], props: dict[str, FactProps], path_of: dict[str, str],
                lang: str, drafted: set[str] | None = None) -> list[Table]:
    """Targets, department requirements, responsibilities, institutions, programmes, agencies, citations; each
    row names its provision (linked to the text) and its quote (linked to the focused evidence)."""
    t = translate
    index = labels()
    drafted = drafted or set()
    first: dict[str, EvidenceSpan] = {}
    for e in sorted(evidence, key=lambda e: (e.raw or (0, 0), e.fact)):
        first.setdefault(e.fact, e)

    def of(*kinds: str) -> list[FactProps]:
        return [f for f in props.values() if f.kind in kinds]

    def cell(f: FactProps, name: str) -> Link | str:
        v = f.one(name)
        return link(v, lang) if v.startswith(("http://", "https://")) else v

    def provision(f: FactProps) -> Link | str:
        path = path_of.get(f.one("provision"), "")
        return Link(f.one("provision"), path, f"#p-{path}") if path else ""

    def quote(f: FactProps) -> Link:
        e = first[f.iri]
        return Link(f.iri, e.quote, e.href_in(doc))

    targets = Table("targets", t("doc.targets"), ("col.provision", "col.kind", "col.indicator", "col.comparator",
                                                 "col.value", "col.year", "col.baseline", "col.nature",
                                                 "col.scope", "col.quote"))
    for f in of("Target", "Observation"):
        year = f.one("baselineYear")
        base = quantity(f.one("baselineValue"), f.one("unit"), index, lang)
        baseline = base + (f" ({year})" if year and base else "")
        targets.add(provision(f), (kind_label(f.kind, lang), cell(f, "indicator"), comparator(f.one("comparator")),
                                   quantity(f.one("value"), f.one("unit"), index, lang),
                                   f.one("targetYear", "year"), baseline, cell(f, "nature"), cell(f, "scope"),
                                   quote(f)))
    departments = Table("departments", t("doc.departments"), ("col.provision", "col.department",
                                                              "col.institution_scope", "col.comparator",
                                                              "col.share", "col.year", "col.quote"))
    for f in of("DepartmentRequirement"):
        share = f.one("share")
        departments.add(provision(f), (cell(f, "departmentType"), cell(f, "institutionScope"),
                                        comparator(f.one("comparator")) if share else "",
                                        f"{share}%" if share else t("compare.no_number", lang),
                                        f.one("targetYear"), quote(f)))
    resp = Table("responsibilities", t("doc.responsibilities"), ("col.provision", "col.agency", "col.role",
                                                                 "col.quote"))
    for f in of("Responsibility"):
        resp.add(provision(f), (cell(f, "agency"), cell(f, "role"), quote(f)))
    citations = Table("citations", t("doc.citations"), ("col.provision", "col.cited_title", "col.cited_number",
                                                        "col.relation", "col.quote"))
    for f in of("Citation"):
        relation = t("rel." + citation_relation(f, drafted), lang)
        citations.add(provision(f), (f.one("citedTitle"), f.one("citedNumber"), relation, quote(f)))
    return [targets, departments, resp, *entity_tables(list(props.values()), index, lang), citations]


def entity_tables(facts: list[FactProps], index: Labels, lang: str) -> list[Table]:
    """Institutions, programmes and agencies that carry evidence in the document or that its facts link to,
    with the number of facts naming them, in order of first appearance."""
    t = translate
    kinds = index.org_types
    seen: dict[str, tuple[str, set[str]]] = {}
    for f in facts:
        linked = [f.iri, *(v for p, vs in sorted(f.props.items())
                           if p not in (ONTOLOGY + "provision", ONTOLOGY + "inDocument", RDF + "type") for v in vs)]
        for entity in linked:
            kind = next((ENTITY_KINDS[k] for k in ENTITY_KINDS if ONTOLOGY + k in index.types.get(entity, set())), "")
            if kind:
                seen.setdefault(entity, (kind, set()))[1].add(f.iri)
    tables = {kind: Table(kind, t(f"doc.{kind}"), ("col.name", "col.type", "col.mentions"))
              for kind in ENTITY_KINDS.values()}
    for entity, (kind, named_by) in seen.items():
        org_type = kinds.get(entity, "")
        tables[kind].rows.append((link(entity, lang), link(org_type, lang) if org_type else "", str(len(named_by))))
    return list(tables.values())
