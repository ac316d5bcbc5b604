"""Linked-data pages for every IRI of the graph: `/<path>` for IRIs under the base, `/resource?iri=` for others.

Every page speaks labels in the UI language, never IRIs: facts are described from their properties
(web.pages.facts), quotes are shown once and link to their place in the reader. By what the entity is:

- an agency (or any body given tasks): what it leads and supports, in numbers, then its tasks grouped by
  document (provision number, task, role, the co-responsible agencies), a page of documents at a time;
- a fact: what it says, its quote, its provision, and the other facts of that provision (the department
  requirement next to a target, the responsible agencies);
- an indicator or department type: a link to the comparison, and the documents with facts about it;
- anything else: its properties, quotes and the resources that link to it, a page at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, Response, abort, render_template, request, url_for

from ontology.namespaces import ONTOLOGY, RDF, RDFS, SKOS
from web.i18n import current_lang, translate
from web.pages.data import ask, index, labels, page_rows, prefetch, rows
from web.pages.facts import KINDS as FACT_KINDS
from web.pages.facts import FactProps, fact_props
from web.pages.facts import describe as describe_fact
from web.pages.headers import rdf_alternates
from web.pages.links import SUFFIX_OF_FORMAT, base, curie, href, iri_for_path, split_suffix
from web.pages.negotiation import rdf_response, requested_format
from web.pages.text import HAN
from web.view_models import EntityPage, Link, Property, Quote

bp = Blueprint("entities", __name__)

LABEL_PREDICATES = {RDFS + "label", SKOS + "prefLabel", SKOS + "altLabel", SKOS + "hiddenLabel"}
HIDDEN_PREDICATES = {ONTOLOGY + "evidence"}
PER_MENTION = {ONTOLOGY + "provision"}
"""Properties a shared entity has once per document mention (grow with the corpus): not listed on its page."""
"""Shown as the quote (with its place in the reader), not as an annotation IRI."""
PAGE = 100
"""Incoming links and quotes shown per page (an agency named in ten thousand plans has that many)."""
DOC_PAGE = 10
"""Documents per page of an agency's tasks, at most."""
TASK_PAGE = 150
"""Tasks per page of an agency's tasks: a page ends with the document that reaches it (a city's health commission
leads a hundred tasks in each of its plans: ten plans a page would be a thousand rows)."""
CONCEPT_DOCS = 20
"""Documents listed on an indicator's or department type's page (the comparison shows them all)."""
SUBTITLE = (ONTOLOGY + "agencyType", ONTOLOGY + "institutionType", ONTOLOGY + "ofJurisdiction")
"""What an organisation is and where, shown under its name (its name may exist in Chinese only)."""
BILINGUAL = {ONTOLOGY + "programmeKind"}
"""String properties written as "<Chinese> <English>" (工程 project): the page shows the part in its language."""
TASK_PREDICATES = {ONTOLOGY + "agency", ONTOLOGY + "responsibleAgency", ONTOLOGY + "linkTarget"}
"""Incoming links an agency's task list already shows."""


def short_name(iri: str) -> str:
    """A readable stand-in for an IRI without a label: its CURIE, else its path under the base."""
    c = curie(iri)
    if c != iri:
        return c
    b = base()
    return iri[len(b):] if iri.startswith(b) else iri


def link(iri: str, lang: str | None = None) -> Link:
    """A Link with the IRI's best label in the page language (its CURIE or path if it has none)."""
    label = labels().label(iri, lang or current_lang())
    return Link(iri, label or short_name(iri), href(iri))


@bp.route("/resource")
def resource() -> Response | str:
    iri = request.args.get("iri", "").strip()
    if not iri:
        abort(404)
    fmt = request.args.get("format", "")
    return describe_page(iri, requested_format(fmt if fmt in SUFFIX_OF_FORMAT else None))


@bp.route("/<path:path>")
def under_base(path: str) -> Response | str:
    stem, fmt = split_suffix(path)
    return describe_page(iri_for_path(stem), requested_format(fmt))


def describe_page(iri: str, fmt: str | None) -> Response | str:
    """The entity page of `iri` (404 when the graph does not know it), or its RDF in `fmt`."""
    if not ask("ui-entity-exists", iri=iri):
        abort(404)
    if fmt:
        return rdf_response("ui-entity-describe", fmt, iri=iri)
    rdf_alternates(format_hrefs(iri))
    return render_template("entity.html", page=entity_page(iri))


describe = describe_page  # the document page falls back to it for IRIs that are not documents


def _offset(name: str = "offset") -> int:
    value = request.args.get(name, "0")
    return int(value) if value.isdigit() else 0


@dataclass
class FactCard:
    """A fact as a researcher reads it: kind, description, quote in its document and provision, and the other
    facts of the same provision."""

    kind: str
    text: str
    quote: Quote | None
    document: Link | None
    provision: Link | None
    same_provision: list[tuple[str, Link]] = field(default_factory=list)
    """(kind label, fact link described) of the provision's other facts"""
    agencies: list[tuple[Link, str, str]] = field(default_factory=list)
    """(agency, role label, role key) responsible for the provision"""


@dataclass
class TaskRow:
    provision: str
    heading: str
    href: str
    """the provision in the reader"""
    role: str
    role_key: str
    """lead, support or responsible (CSS class; the label says it in words)"""
    quote: str
    evidence: str
    fact: str
    others: list[tuple[Link, bool]] = field(default_factory=list)
    """co-responsible agencies (agency, leads?)"""

    @property
    def lead(self) -> bool:
        return self.role_key == "lead"


@dataclass
class TaskGroup:
    document: Link
    counts: list[tuple[str, int]]
    """(role label, tasks) in this document"""
    tasks: list[TaskRow] = field(default_factory=list)


@dataclass
class AgencyTasks:
    counts: list[tuple[str, str, int]]
    """(role key, role label, tasks) over every document"""
    documents: int
    groups: list[TaskGroup]
    next: str = ""
    previous: str = ""
    first_doc: int = 1


def entity_page(iri: str) -> EntityPage:
    lang = current_lang()
    offset = _offset()
    out = rows("ui-entity-out", iri=iri)
    types = sorted({r["o"] for r in out if r["p"] == RDF + "type"})
    is_fact = any(ONTOLOGY + k in types for k in FACT_KINDS)
    if not is_fact:  # an entity named in many documents has a provision per mention: the quotes list them, paged
        out = [r for r in out if r["p"] not in PER_MENTION]
    tasks = agency_tasks(iri, lang) if not is_fact and _may_have_tasks(types) else None
    incoming_rows, more_in = page_rows("ui-entity-in", PAGE, offset, keep_order=False, iri=iri)
    if tasks:
        incoming_rows = [r for r in incoming_rows if r["p"] not in TASK_PREDICATES]
    evidence_rows, more_quotes = ([], False) if is_fact else page_rows("ui-entity-evidence", PAGE, offset,
                                                                         keep_order=False, iri=iri)
    index_ = prefetch([iri, *(r["p"] for r in out), *(r["o"] for r in out if r["o"].startswith("http")),
                       *(v for r in incoming_rows for v in (r["s"], r["p"])),
                       *(r["doc"] for r in evidence_rows)])
    unlabelled = [r["s"] for r in incoming_rows if not index_.label(r["s"], lang)]
    unlabelled += [r["fact"] for r in evidence_rows if r["fact"] != iri]
    described = fact_props([*unlabelled, iri] if is_fact else unlabelled)

    def named(s: str) -> Link:
        f = described.get(s)
        text = describe_fact(f, index_, lang) if f else ""
        return Link(s, text, href(s)) if text else link(s, lang)

    grouped: dict[str, list[Link | str]] = {}
    names: list[tuple[str, str]] = []
    for r in out:
        if r["p"] in LABEL_PREDICATES:
            names.append((r["o"], r.get("o_lang", "")))
            continue
        if r["p"] == RDF + "type" or r["p"] in HIDDEN_PREDICATES:
            continue
        value: Link | str = named(r["o"]) if r["o"].startswith(("http://", "https://")) else r["o"]
        if r["p"] in BILINGUAL:
            value = one_language(r["o"], lang)
        grouped.setdefault(r["p"], []).append(value)
    properties = [Property(link(p, lang), values) for p, values in sorted(grouped.items(),
                                                                           key=lambda kv: link(kv[0], lang).label)]
    quoted = {r["fact"] for r in evidence_rows}
    incoming = list({(s.iri, p.label): (s, p) for s, p in (  # a property and its materialised super-property
        (named(r["s"]), link(r["p"], lang)) for r in incoming_rows  # (pkg:cites, eli:cites) read the same: once
        if not r["s"].startswith(iri + "/evidence") and r["s"] not in quoted)}.values())
    seen: set[tuple[str, str, str]] = set()
    quotes = []
    docs = index().documents_by_id(r["doc"].rsplit("/doc/", 1)[-1] for r in evidence_rows)
    for r in evidence_rows:  # each place once (an institution's own mention and a fact naming it share a span)
        key = (r["doc"], r["start"], r["end"])
        if key in seen:
            continue
        seen.add(key)
        if tasks and r["fact"] in described and described[r["fact"]].kind == "Responsibility":
            continue  # already in the task list
        fact = named(r["fact"]) if r["fact"] != iri else Link("", "", "")
        quotes.append(Quote(document_link(r["doc"], lang, docs), r["quote"],
                            evidence_href(r["doc"], r["start"], r["end"], r["norm_start"], r["norm_end"]), fact))
    card = fact_card(iri, described.get(iri), lang) if is_fact else None
    entity = link(iri, lang)
    if card and card.text:
        entity = Link(iri, card.text, entity.href)
    more = more_in or more_quotes
    subtitle = [link(r["o"], lang) for p in SUBTITLE for r in out if r["p"] == p]
    next_args = {**request.args.to_dict(), "offset": str(offset + PAGE)}
    if is_fact:
        names = []  # the build's mechanical label: the card describes the fact in the UI language
    return EntityPage(entity, [(c or "—", t) for t, c in dict.fromkeys(names)], [link(t, lang) for t in types],
                      properties, incoming, quotes, list(format_hrefs(iri).items()),
                      request.path + "?" + _query(next_args) if more else "",
                      card=card, tasks=tasks, compare=compare_link(iri, types, lang), subtitle=subtitle,
                      documents=concept_documents(iri, types, lang))


def one_language(text: str, lang: str) -> str:
    """The part of a "<Chinese> <English>" string in `lang` (工程 project → 工程 or project)."""
    zh, _, en = text.partition(" ")
    if not (zh and en and HAN.search(zh) and not HAN.search(en)):
        return text
    return zh if lang == "zh" else en


def _query(args: dict[str, str]) -> str:
    from urllib.parse import urlencode

    return urlencode(args)


def _may_have_tasks(types: list[str]) -> bool:
    return any(t in types for t in (ONTOLOGY + "Agency", ONTOLOGY + "Institution",
                                    "http://www.w3.org/ns/org#Organization"))


def document_link(doc: str, lang: str, known: dict[str, dict[str, Any]] | None = None) -> Link:
    """A document by its title in the UI language (English where the manifest has one), from the index (or from
    `known`, documents read from it in one go: index.documents_by_id)."""
    doc_id = doc.rsplit("/doc/", 1)[-1]
    d = known.get(doc_id) if known is not None else index().document(doc_id)
    if not d:
        return link(doc, lang)
    title = d["title_en"] if lang == "en" and d.get("title_en") else d["title"] or doc_id
    return Link(doc, title, href(doc))


def agency_tasks(iri: str, lang: str) -> AgencyTasks | None:
    """What the agency leads and supports: totals, then one page of documents with its tasks in each."""
    idx = index()  # the build stored each responsibility per agency (loaders.task_rows): no corpus-wide query
    summary = {r["role"]: r for r in idx.agency_summary(iri)}
    total = summary.get("all")
    if not total or not int(total["tasks"] or 0):
        return None
    roles = prefetch(ROLES)
    offset = _offset("docs")
    docs, more = idx.agency_documents(iri, DOC_PAGE, offset)
    take = _within_budget([int(d["tasks"] or 0) for d in docs])
    more, docs = more or take < len(docs), docs[:take]
    found = idx.agency_tasks(iri, [d["id"] for d in docs])
    known = idx.documents_by_id(d["id"] for d in docs)
    others = idx.provision_agencies(sorted({r["provision"] for r in found if r["provision"]}))
    index_ = prefetch([r["agency"] for r in others])
    co: dict[str, list[tuple[str, bool]]] = {}
    for r in others:
        if r["agency"] != iri:
            co.setdefault(r["provision"], []).append((r["agency"], r["role"].endswith("Lead")))
    groups = []
    for d in docs:
        lead, support, tasks = (int(d[k] or 0) for k in ("lead", "support", "tasks"))
        per_role = [(roles.label(ROLES[0], lang), lead), (roles.label(ROLES[1], lang), support),
                    (roles.label(ROLES[2], lang), tasks - lead - support)]
        group = TaskGroup(document_link(d["doc"], lang, known), [(label, n) for label, n in per_role if n])
        mine = sorted((r for r in found if r["doc"] == d["doc"]),
                      key=lambda r: (_int(r["pstart"]), r["path"], r["r"]))
        for r in mine:
            agencies = sorted(set(co.get(r["provision"], [])), key=lambda a: (not a[1], index_.label(a[0], lang)))
            group.tasks.append(TaskRow(
                r["label"] or r["path"], r["heading"], f"{href(r['doc'])}#p-{r['path']}" if r["path"] else "",
                roles.label(r["role"], lang) or short_name(r["role"]), role_key(r["role"]), r["quote"],
                evidence_href(r["doc"], r["start"], r["end"], r["norm_start"], r["norm_end"]) if r["start"] else "",
                href(r["r"]), [(link(a, lang), is_lead) for a, is_lead in agencies]))
        groups.append(group)
    args = request.args.to_dict()
    nxt = url_for(request.endpoint or "entities.resource", **(request.view_args or {}),
                  **{**args, "docs": str(offset + len(docs))}) if more else ""
    if offset:  # the page before: the documents before this one, back as far as a page reaches
        start = max(0, offset - DOC_PAGE)
        before, _ = idx.agency_documents(iri, offset - start, start)
        offset_before = previous_page(offset, [int(d["tasks"] or 0) for d in before])
    prev = url_for(request.endpoint or "entities.resource", **(request.view_args or {}),
                   **{**args, "docs": str(offset_before)}) if offset else ""
    counts = [(role_key(r), roles.label(r, lang), int(summary[r]["tasks"] or 0)) for r in ROLES if r in summary]
    counts += [(role_key(r), roles.label(r, lang) or short_name(r), int(s["tasks"] or 0))
               for r, s in summary.items() if r not in ROLES and r != "all"]
    return AgencyTasks(counts, int(total["documents"] or 0), groups, nxt, prev, offset + 1)


def _within_budget(tasks: list[int]) -> int:
    """How many of these documents (their task counts, in page order) one page shows: up to the one that reaches
    TASK_PAGE tasks, at least one."""
    total = 0
    for n, count in enumerate(tasks, 1):
        total += count
        if total >= TASK_PAGE:
            return n
    return len(tasks)


def previous_page(offset: int, before: list[int]) -> int:
    """Where the page before the one at `offset` starts, from the task counts of the documents just before it."""
    return offset - _within_budget(before[::-1])


ROLES = [ONTOLOGY + "Lead", ONTOLOGY + "Support", ONTOLOGY + "Responsible"]
"""Responsibility roles in the order pages list them (labels from the ontology)."""


def role_key(role: str) -> str:
    return role.rsplit("#", 1)[-1].lower()


def _int(text: str) -> int:
    return int(text) if text.isdigit() else 1 << 30


def fact_card(iri: str, f: FactProps | None, lang: str) -> FactCard | None:
    """The fact's description, its quote in the reader, and the other facts of its provision."""
    if f is None:
        return None
    from web.pages.documents import kind_label

    index_ = labels()
    ev = rows("ui-entity-evidence", iri=iri)
    mine = next((r for r in ev if r["fact"] == iri), ev[0] if ev else None)
    doc = f.one("inDocument") or (mine["doc"] if mine else "")
    quote = Quote(document_link(doc, lang), mine["quote"], evidence_href(
        mine["doc"], mine["start"], mine["end"], mine["norm_start"], mine["norm_end"]), Link("", "", "")) \
        if mine else None
    card = FactCard(kind_label(f.kind, lang), describe_fact(f, index_, lang), quote,
                    document_link(doc, lang) if doc else None, None)
    provision = f.one("provision")
    if provision and doc:
        prefetch([provision])
        card.provision = link(provision, lang)
        card.provision = Link(provision, card.provision.label, f"{href(doc)}#p-{provision.rsplit('/p/', 1)[-1]}")
        others: dict[str, FactProps] = {}
        for r in rows("ui-provision-facts", provision=provision, doc=doc):
            others.setdefault(r["fact"], FactProps(r["fact"])).props.setdefault(r["p"], []).append(r["o"])
        prefetch([v for o in others.values() for v in o.iris()])
        order = ("DepartmentRequirement", "Target", "Observation", "Citation", "DocumentLink")
        for o in sorted(others.values(), key=lambda o: (order.index(o.kind) if o.kind in order else 99, o.iri)):
            if o.iri == iri or not o.kind or o.kind == "Mention":
                continue
            if o.kind == "Responsibility":
                role = o.one("role")
                card.agencies.append((link(o.one("agency"), lang), labels().label(role, lang) or short_name(role),
                                      role_key(role)))
            else:
                card.same_provision.append((kind_label(o.kind, lang),
                                            Link(o.iri, describe_fact(o, labels(), lang), href(o.iri))))
        card.agencies.sort(key=lambda a: (a[2] != "lead", a[0].label))
    return card


def compare_link(iri: str, types: list[str], lang: str) -> Link | None:
    """The comparison of an indicator or department type across jurisdictions."""
    if ONTOLOGY + "Indicator" in types:
        return Link(iri, translate("entity.compare", lang), url_for("compare.compare", indicator=iri))
    if ONTOLOGY + "DepartmentType" in types:
        return Link(iri, translate("entity.compare", lang), url_for("compare.compare", department=iri))
    return None


def concept_documents(iri: str, types: list[str], lang: str) -> tuple[list[Link], int]:
    """The first documents with a fact about the indicator or department type, and how many there are."""
    kind = "indicator" if ONTOLOGY + "Indicator" in types else \
        "department-type" if ONTOLOGY + "DepartmentType" in types else ""
    if not kind:
        return [], 0
    ids = index().documents_about(kind, iri)
    first = sorted(ids)[:CONCEPT_DOCS]
    found = index().documents_by_id(first)
    shown = [found[i] for i in first if i in found]
    return [Link(d["iri"], d["title_en"] if lang == "en" and d.get("title_en") else d["title"] or d["id"],
                 href(d["iri"])) for d in shown], len(ids)


def evidence_href(doc: str, start: str, end: str, norm_start: str = "", norm_end: str = "") -> str:
    """A link into the document with the evidence span focused: in the normalised text (the default view) when
    the span's normalised offsets are known, else in the raw text at its raw offsets [start, end)."""
    if norm_start and norm_end:
        return f"{href(doc)}?view=normalised&at={norm_start}-{norm_end}#at"
    return f"{href(doc)}?view=raw&at={start}-{end}#at"


def entity_format_href(iri: str, fmt: str) -> str:
    page = href(iri)
    suffix = SUFFIX_OF_FORMAT[fmt]
    if page.startswith("/resource?"):
        return f"{page}&format={fmt}"
    return page + suffix


def format_hrefs(iri: str) -> dict[str, str]:
    """RDF format name → the IRI's RDF in that format."""
    return {fmt: entity_format_href(iri, fmt) for fmt in SUFFIX_OF_FORMAT}
