"""The SPARQL editor (YASGUI, served locally), the canned-query gallery, and the term/prefix/choice APIs they use.

A canned query's parameters are chosen by label, never pasted as IRIs: a bounded select for vocabulary-sized
choices (indicators and department types facts are about, institution types), a search-as-you-type field backed by
`/api/choices` (the index: documents, jurisdictions, facts) for the rest. Result columns are headed in the UI
language (the variable name stays visible as code), IRIs show as labels linking to their local pages.
"""

from __future__ import annotations

import csv
import io
import json
import shlex
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from flask import Blueprint, Response, abort, current_app, jsonify, make_response, render_template, request, url_for

from graph_store.base import QueryResult
from graph_store.binding import bind_values
from graph_store.catalogue import CannedQuery
from graph_store.paging import paged
from ontology.namespaces import ONTOLOGY, PREFIXES, sparql_prefixes
from policykg.errors import NotFound, QueryError
from web.i18n import STRINGS, current_lang, translate
from web.pages.csp import CSP
from web.pages.data import catalogue, index, labels, prefetch, rows, store, vocabulary_labels
from web.pages.entities import link
from web.pages.errors import status_of
from web.pages.facts import KINDS as FACT_KINDS
from web.pages.facts import describe, fact_props
from web.pages.links import base, href
from web.view_models import Link

bp = Blueprint("query", __name__)

DEFAULT_QUERY = "SELECT ?document ?title WHERE {\n  ?document a pkg:PolicyDocument ; eli:title ?title .\n}\nLIMIT 20\n"


@bp.route("/query")
def editor() -> Response:
    initial = request.args.get("query") or sparql_prefixes() + "\n" + DEFAULT_QUERY
    resp = make_response(render_template("editor.html", initial=initial, endpoint=url_for("sparql.sparql"),
                                         terms=url_for("query.terms"), prefixes=url_for("query.prefixes"),
                                         base_iri=base()))
    # YASGUI (CodeMirror) sets inline style attributes; scripts stay 'self' only.
    resp.headers["Content-Security-Policy"] = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    return resp


@bp.route("/api/terms")
def terms() -> Response:
    """This ontology's own classes and properties, for the editor's completers (instead of the online LOV)."""
    classes = [r["class"] for r in rows("ui-ontology-classes")]
    properties = [r["property"] for r in rows("ui-ontology-properties")]
    return jsonify({"classes": classes, "properties": properties})


@bp.route("/api/prefixes")
def prefixes() -> Response:
    """The project's prefixes in prefix.cc form (the editor's prefix completer reads it)."""
    return jsonify(PREFIXES)


@bp.route("/queries")
def gallery() -> str:
    queries = catalogue().all()
    public = [q for q in queries if "ui" not in q.tags]
    pages = [q for q in queries if "ui" in q.tags]
    return render_template("gallery.html", public=public, pages=pages)


def _canned(query_id: str) -> CannedQuery:
    try:
        return catalogue().get(query_id)
    except NotFound:
        abort(404)


def _values(q: CannedQuery) -> dict[str, str]:
    return {p.name: request.args.get(p.name, p.default) for p in q.params}


CHOOSERS = {
    # parameter name → (choice kind, widget): a bounded select, or a field searching /api/choices as one types
    "document": ("document-id", "search"), "doc": ("document", "search"), "fact": ("fact", "search"),
    "jurisdiction": ("jurisdiction", "search"), "jurisdiction_name": ("jurisdiction-name", "search"),
    "graph": ("graph", "search"), "indicator": ("indicator", "select"), "department": ("department", "select"),
    "root": ("institution-type", "select"),
}
CHOICES = 20
"""Choices /api/choices offers per request."""


@dataclass
class ParamView:
    """A parameter as its form field shows it."""

    name: str
    label: str
    help: str
    kind: str
    widget: str
    """select, search, number or text"""
    value: str
    value_label: str = ""
    options: list[tuple[str, str]] = field(default_factory=list)
    required: bool = False


def param_views(q: CannedQuery, values: dict[str, str], lang: str) -> list[ParamView]:
    out = []
    for p in q.params:
        kind, widget = CHOOSERS.get(p.name, ("", "number" if p.kind in ("integer", "decimal") else "text"))
        view = ParamView(p.name, translate(f"param.{p.name}", lang) if f"param.{p.name}" in STRINGS else p.name,
                         translate(f"param.{p.name}.help", lang) if f"param.{p.name}.help" in STRINGS else "",
                         kind, widget, values.get(p.name, ""), required=p.required)
        if widget == "select":
            view.options = bounded_choices(kind, lang)
            if view.value and view.value not in {v for v, _ in view.options}:
                view.options.insert(0, (view.value, labels().label(view.value, lang) or view.value))
        elif widget == "search" and view.value:
            view.value_label = choice_label(kind, view.value, lang)
        out.append(view)
    return out


def bounded_choices(kind: str, lang: str) -> list[tuple[str, str]]:
    """(value, label) of a vocabulary-sized choice: the indicators and department types facts are about (the
    index's topics), or the institution types of the vocabulary."""
    if kind in ("indicator", "department"):
        found = [iri for iri, _, _ in index().topics("indicator" if kind == "indicator" else "department-type")]
        index_ = prefetch(found)
        return sorted(((i, index_.label(i, lang) or i) for i in found), key=lambda x: x[1])
    if kind == "institution-type":
        vocab = vocabulary_labels()
        found = [i for i, t in vocab.types.items() if ONTOLOGY + "InstitutionType" in t]
        return sorted(((i, vocab.label(i, lang) or i) for i in found), key=lambda x: x[1])
    return []


def _doc_title(d: dict, lang: str) -> str:
    return d["title_en"] if lang == "en" and d.get("title_en") else d["title"] or d["id"]


def choice_label(kind: str, value: str, lang: str) -> str:
    """What a chosen value is, in words (the title of a document id, the name of a jurisdiction, a fact)."""
    if kind in ("document-id", "document", "graph"):
        doc_id = value.rsplit("/", 1)[-1] if kind != "document-id" else value
        d = index().document(doc_id)
        return _doc_title(d, lang) if d else labels().label(value, lang)
    if kind == "fact":
        f = fact_props([value]).get(value)
        return describe(f, labels(), lang) if f else ""
    if kind == "jurisdiction":
        return prefetch([value]).label(value, lang)
    return ""


def search_choices(kind: str, text: str, lang: str) -> list[tuple[str, str]]:
    """(value, label) pairs matching `text` (at most CHOICES), from the index."""
    idx = index()
    if kind in ("document-id", "document", "graph"):
        if text:
            ids = list(dict.fromkeys(h.doc for h in idx.search(text, kinds=["document"], limit=CHOICES).hits))
            docs = [d for d in (idx.document(i) for i in ids) if d]
        else:
            docs = idx.documents(limit=CHOICES)
        value = {"document-id": "id", "document": "iri", "graph": "graph"}[kind]
        out = [(d[value], _doc_title(d, lang)) for d in docs]
        if kind == "graph" and not text:
            out = [(base() + f"graph/{g}", translate(f"graph.{g}", lang)) for g in ("build", "ontology")] + out
        return out[:CHOICES]
    if kind in ("jurisdiction", "jurisdiction-name"):
        index_ = labels()
        wanted = text.lower()
        found = []
        for iri, name, n in idx.jurisdictions():  # those with documents: bounded by the divisions of China
            label = index_.label(iri, lang) or name
            if not wanted or wanted in label.lower() or wanted in name or wanted in index_.label(iri, "en").lower():
                docs = translate("compare.n_docs", lang, n=n)
                found.append((iri if kind == "jurisdiction" else name, f"{label} ({docs})"))
            if len(found) >= CHOICES:
                break
        return found
    if kind == "fact" and text:
        hits = [h for h in idx.search(text, kinds=["target", "observation", "department", "citation"],
                                      limit=CHOICES).hits]
        described = fact_props([h.iri for h in hits])
        return [(h.iri, describe(described[h.iri], labels(), lang) or h.label) for h in hits]
    if kind in ("indicator", "department", "institution-type"):
        return [(v, label) for v, label in bounded_choices(kind, lang) if text.lower() in label.lower()][:CHOICES]
    return []


@bp.route("/api/choices")
def choices() -> Response:
    """Choices for a canned query's parameter by label: `?for=<kind>&q=<typed text>` → [{value, label}]."""
    kind = request.args.get("for", "")
    text = request.args.get("q", "").strip()[:100]
    lang = current_lang()
    return jsonify([{"value": v, "label": label} for v, label in search_choices(kind, text, lang)])


PAGE = 200
"""Rows shown per page of a canned query's answer."""


def _run(q: CannedQuery, values: dict[str, str], page: bool = False) -> QueryResult:
    """The answer (downloads: up to settings.result_limit rows) or one page of it (the gallery).

    A page of a query nothing narrows (no parameter given) is read in the store's order, not sorted: sorting a
    corpus-wide list would read all of it first (graph_store.paging); downloads keep the query's order."""
    bound = {k: v for k, v in values.items() if v}
    if not page:
        limit = current_app.config["POLICYKG"].result_limit
        return store().query(q.text, q.bindings(bound), limit=limit)
    offset = _offset()
    size = page_size()
    narrowed = any(v and v != p.default for p in q.params for k, v in values.items() if k == p.name) or \
        not any(not p.required for p in q.params)
    text = paged(q.text, size + 1, offset, keep_order=narrowed or not q.params)
    result = store().query(text, q.bindings(bound))
    if result.kind != "select":
        return result
    return replace(result, rows=result.rows[:size], truncated=len(result.rows) > size)


def editor_text(q: CannedQuery, values: dict[str, str]) -> str:
    """The query as the editor should open it: bound to the form's values the way the gallery runs it (a document
    bound by its id starts from that document's graph), so running it there is as fast as here; unbound without
    values."""
    bound = {k: v for k, v in values.items() if v}
    if not bound:
        return q.text
    try:
        return bind_values(q.text, q.bindings(bound), store().document_iri)
    except QueryError:
        return q.text


def page_size() -> int:
    return min(PAGE, current_app.config["POLICYKG"].result_limit)


def _offset() -> int:
    value = request.args.get("offset", "0")
    return int(value) if value.isdigit() else 0


@bp.route("/queries/<query_id>")
def canned(query_id: str) -> str | Response:
    for suffix, fmt in ((".csv", "csv"), (".json", "json")):
        if query_id.endswith(suffix):
            return download(_canned(query_id.removesuffix(suffix)), fmt)
    q = _canned(query_id)
    values = _values(q)
    result, error, status = None, "", 200
    if request.args.get("run"):
        try:
            result = _run(q, values, page=True)
        except QueryError as exc:  # the form stays, with the message; a timeout or a full server is 503, not 200
            error, status = exc.message, status_of(exc)
    lang = current_lang()
    described: dict[str, str] = {}
    if result is not None and result.kind == "select":
        index_ = prefetch([c["value"] for r in result.rows for c in r.values() if c.get("type") == "uri"])
        facts = [i for i in {c["value"] for r in result.rows for c in r.values() if c.get("type") == "uri"}
                 if any(t.startswith(ONTOLOGY) and t.rsplit("#", 1)[-1] in FACT_KINDS for t in index_.types.get(i, ()))]
        found = fact_props(facts)
        described = {i: describe(f, index_, lang) for i, f in found.items()}
    table = _table(result, lang, described) if result is not None and result.kind == "select" else []
    columns = [(v, translate(f"var.{v}", lang) if f"var.{v}" in STRINGS else "") for v in result.variables] \
        if result is not None and result.kind == "select" else []
    args = urlencode({k: v for k, v in values.items() if v})
    offset = _offset()
    next_args = urlencode({**values, "run": "1", "offset": offset + page_size()})
    truncated = result is not None and result.truncated
    next_url = f"{url_for('query.canned', query_id=q.id)}?{next_args}" if truncated else ""
    csv_url = url_for("query.canned", query_id=q.id + ".csv", _external=True) + (f"?{args}" if args else "")
    page = render_template(
        "canned.html", q=q, values=values, result=result, table=table, error=error, columns=columns,
        params=param_views(q, values, lang), choices_url=url_for("query.choices"),
        permalink=url_for("query.canned", query_id=q.id, _external=True) + "?" + urlencode({**values, "run": "1"}),
        csv_url=csv_url, json_url=csv_url.replace(".csv", ".json", 1), curl="curl " + shlex.quote(csv_url),
        editor_url=url_for("query.editor", query=editor_text(q, values)), next_url=next_url, offset=offset)
    if status == 200:
        return page
    return Response(page, status=status, mimetype="text/html", headers={"Retry-After": "2"} if status == 503 else {})


DOCUMENT_ID_COLUMNS = ("document", "doc_id", "docid", "other_document", "higher_document", "resolved_document")
"""Result columns whose literal values are document ids: shown as the document's title, linked to its page."""


def _table(result: QueryResult, lang: str, described: dict[str, str] | None = None) -> list[list]:
    """Result cells: IRIs as labels (facts described) linking to their local pages, document ids as titles."""
    described = described or {}
    ids = {term["value"] for row in result.rows for v in result.variables if v in DOCUMENT_ID_COLUMNS
           and (term := row.get(v)) is not None and term["type"] != "uri" and term["value"]
           and not term["value"].startswith("http")}
    found = index().documents_by_id(sorted(ids)) if ids else {}  # one read for the page's documents
    titles = {i: Link(d["iri"], _doc_title(d, lang), href(d["iri"])) for i, d in found.items()}

    def document(doc_id: str) -> Link | None:
        return titles.get(doc_id)

    out = []
    for row in result.rows:
        cells: list[Link | str] = []
        for v in result.variables:
            term = row.get(v)
            if term is None:
                cells.append("")
            elif term["type"] == "uri":
                text = described.get(term["value"])
                cells.append(Link(term["value"], text, href(term["value"])) if text else link(term["value"], lang))
            elif v in DOCUMENT_ID_COLUMNS and term["value"] and not term["value"].startswith("http") \
                    and document(term["value"]):
                cells.append(document(term["value"]) or term["value"])
            else:
                cells.append(term["value"])
        out.append(cells)
    return out


def download(q: CannedQuery, fmt: str) -> Response:
    """The canned query's answer as CSV or standard SPARQL JSON (truncation stated in headers, as on /sparql)."""
    result = _run(q, _values(q))
    headers = {"Content-Disposition": f'attachment; filename="{q.id}.{fmt}"',
               "X-PolicyKG-Truncated": "true" if result.truncated else "false"}
    if result.truncated:
        headers["X-PolicyKG-Rows"] = str(len(result.rows))
    if fmt == "json":
        return Response(json.dumps(result.to_json(), ensure_ascii=False), mimetype="application/sparql-results+json",
                        headers=headers)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.variables)
    writer.writerows([[r[v] for v in result.variables] for r in result.values()])
    return Response(buf.getvalue(), mimetype="text/csv", headers=headers)


