"""Home: what the graph holds, a search box, and the documents table."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, render_template, request

from web.i18n import current_lang
from web.pages.data import rows
from web.pages.links import href

bp = Blueprint("home", __name__)

COUNTS = ("documents", "jurisdictions", "targets", "observations", "departments", "agencies", "institutions",
          "programmes", "responsibilities", "citations")


def home_context() -> dict:
    lang = current_lang()
    counts = {r["kind"]: int(r["n"] or 0) for r in rows("ui-home-counts")}
    documents = rows("ui-home-documents")
    jurisdictions = {r["jurisdiction"] for r in rows("ui-jurisdictions-used")}
    jurisdictions |= {d["jurisdiction"] or d["jurisdiction_name"] for d in documents}
    counts["jurisdictions"] = len(jurisdictions - {""})
    docs = [
        {
            "href": href(d["doc"]), "iri": d["doc"], "id": d["id"], "title": d["title"] or d["id"],
            "jurisdiction": d["jurisdiction_name"],
            "jurisdiction_href": href(d["jurisdiction"]) if d["jurisdiction"] else "",
            "level": d["level_en"] if lang == "en" and d["level_en"] else d["level"], "date": d["date"],
            "status": d["status"], "number": d["number"], "facts": int(d["facts"] or 0),
            "targets": int(d["targets"] or 0), "responsibilities": int(d["responsibilities"] or 0),
            "provisions": int(d["provisions"] or 0),
        }
        for d in documents
    ]
    return {"counts": [(k, counts.get(k, 0)) for k in COUNTS], "documents": docs}


@bp.route("/")
def home() -> str | Response:
    context = home_context()
    if request.args.get("format") == "json":
        return jsonify({"counts": dict(context["counts"]), "documents": context["documents"]})
    return render_template("home.html", **context)
