"""Agencies: for one jurisdiction at a time (chosen from those the corpus has documents of), each agency with its
type and the tasks it leads and supports; each agency's own page lists the tasks themselves."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, Response, jsonify, render_template, request, url_for

from ontology.namespaces import ONTOLOGY
from web.i18n import current_lang
from web.pages.data import index, prefetch
from web.pages.entities import link
from web.pages.headers import set_alternates
from web.view_models import Link

bp = Blueprint("agencies", __name__)

LEAD, SUPPORT, RESPONSIBLE = ONTOLOGY + "Lead", ONTOLOGY + "Support", ONTOLOGY + "Responsible"


@dataclass
class AgencyRow:
    agency: Link
    agency_type: Link | None
    lead: int = 0
    support: int = 0
    responsible: int = 0
    """tasks shared with other units when the text names no lead"""
    documents: int = 0


def agencies_context(lang: str) -> dict:
    jurisdictions = index().jurisdictions()
    chosen = request.args.get("jurisdiction", "") or (jurisdictions[0][0] if jurisdictions else "")
    found = index().agencies_of(chosen) if chosen else []  # counted at build time (the index's task rows)
    known = prefetch([chosen, *(j for j, _, _ in jurisdictions), *(r["agency"] for r in found)])
    types = {r["agency"]: known.org_types.get(r["agency"], "") for r in found}
    prefetch([t for t in types.values() if t])
    table: dict[str, AgencyRow] = {}
    for r in found:
        kind = types[r["agency"]]
        row = table.setdefault(r["agency"], AgencyRow(link(r["agency"], lang), link(kind, lang) if kind else None))
        n = int(r["tasks"] or 0)
        if r["role"] == "all":
            row.documents = int(r["documents"] or 0)
        elif r["role"] == LEAD:
            row.lead += n
        elif r["role"] == SUPPORT:
            row.support += n
        else:
            row.responsible += n
    agencies = sorted(table.values(), key=lambda a: (-a.lead, -a.support, a.agency.label))
    choices = [(j, link(j, lang).label, n) for j, _, n in jurisdictions]
    roles = prefetch([LEAD, SUPPORT, RESPONSIBLE])
    role_labels = {k: roles.label(iri, lang) for k, iri in (("lead", LEAD), ("support", SUPPORT),
                                                              ("responsible", RESPONSIBLE))}
    return {"jurisdiction": link(chosen, lang) if chosen else None, "choices": choices, "agencies": agencies,
            "roles": role_labels, "any_responsible": any(a.responsible for a in agencies)}


@bp.route("/agencies")
def agencies() -> str | Response:
    context = agencies_context(current_lang())
    if request.args.get("format") == "json":
        j = context["jurisdiction"]
        return jsonify({"jurisdiction": j.iri if j else "",
                        "agencies": [{"agency": a.agency.iri, "label": a.agency.label, "lead": a.lead,
                                      "support": a.support, "responsible": a.responsible,
                                      "documents": a.documents} for a in context["agencies"]]})
    j = context["jurisdiction"]
    set_alternates((url_for("agencies.agencies", jurisdiction=j.iri if j else None, format="json"),
                    "application/json"))
    return render_template("agencies.html", **context)
