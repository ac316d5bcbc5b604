"""Home: what the graph holds (counted at build time), a search box, and one page of the documents (from the index,
keyset-paged by date and id)."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, render_template, request, url_for

from ontology.namespaces import ONTOLOGY
from web.i18n import current_lang
from web.pages.data import index, labels, rows
from web.pages.headers import set_alternates
from web.pages.links import href

bp = Blueprint("home", __name__)

COUNTS = ("documents", "jurisdictions", "targets", "observations", "departments", "agencies", "institutions",
          "programmes", "responsibilities", "citations")
PAGE = 50
FACT_CLASSES = ("Target", "Observation", "DepartmentRequirement", "Responsibility", "Citation", "Mention")


def document_row(d: dict, lang: str) -> dict:
    """One documents-table row from an index row."""
    counts = d["counts"]
    level = next((v for f, v in index().document_facets(d["id"]) if f == "level"), "")
    title = d["title_en"] if lang == "en" and d.get("title_en") else (d["title"] or d["id"])
    return {
        "href": href(d["iri"]), "iri": d["iri"], "id": d["id"], "title": title,
        "jurisdiction": labels().label(d["jurisdiction_iri"], lang) if d["jurisdiction_iri"] else d["jurisdiction"],
        "jurisdiction_href": href(d["jurisdiction_iri"]) if d["jurisdiction_iri"] else "",
        "level": labels().label(level, lang) if level else "", "date": d["date"] or "",
        "status": d["status"] or "", "number": d["number"] or "",
        "facts": sum(counts.get(ONTOLOGY + c, 0) for c in FACT_CLASSES),
        "targets": counts.get(ONTOLOGY + "Target", 0),
        "responsibilities": counts.get(ONTOLOGY + "Responsibility", 0),
        "provisions": counts.get(ONTOLOGY + "Provision", 0),
        "sort_key": d["sort_key"],
    }


def home_context() -> dict:
    lang = current_lang()
    counts = {r["kind"]: int(r["n"] or 0) for r in rows("ui-home-counts")}
    idx = index()
    counts["jurisdictions"] = len(idx.jurisdictions())
    after = request.args.get("after", "")
    found = idx.documents(after=after, limit=PAGE + 1)
    docs = [document_row(d, lang) for d in found[:PAGE]]
    more = url_for("home.home", after=docs[-1]["sort_key"]) if len(found) > PAGE else ""
    return {"counts": [(k, counts.get(k, 0)) for k in COUNTS], "documents": docs, "next": more,
            "first": url_for("home.home") if after else ""}


@bp.route("/")
def home() -> str | Response:
    context = home_context()
    if request.args.get("format") == "json":
        return jsonify({"counts": dict(context["counts"]), "documents": context["documents"],
                        "next": context["next"]})
    set_alternates((url_for("home.home", format="json", after=request.args.get("after") or None),
                    "application/json"))
    return render_template("home.html", **context)
