"""Agencies and responsibilities: per jurisdiction who leads which tasks; across jurisdictions by agency type."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import Blueprint, Response, jsonify, render_template, request

from ontology.namespaces import ONTOLOGY
from web.i18n import current_lang
from web.pages.data import rows
from web.pages.entities import link
from web.view_models import Link

bp = Blueprint("agencies", __name__)

LEAD = ONTOLOGY + "Lead"


@dataclass
class AgencyRow:
    agency: Link
    agency_type: Link | None
    lead: int = 0
    support: int = 0
    tasks: list[Link] = field(default_factory=list)


@dataclass
class JurisdictionBlock:
    jurisdiction: Link
    agencies: list[AgencyRow]


@dataclass
class TypeRow:
    agency_type: Link
    lead: int = 0
    support: int = 0
    jurisdictions: dict[str, Link] = field(default_factory=dict)


def agencies_context(lang: str) -> tuple[list[JurisdictionBlock], list[TypeRow]]:
    blocks: dict[str, dict[str, AgencyRow]] = {}
    names: dict[str, Link] = {}
    types: dict[str, TypeRow] = {}
    for r in rows("ui-responsibilities"):
        if not r["agency"]:
            continue
        jkey = r["jurisdiction"] or r["jurisdiction_name"]
        names.setdefault(jkey, link(r["jurisdiction"], lang) if r["jurisdiction"] else Link("", jkey or "—", ""))
        row = blocks.setdefault(jkey, {}).setdefault(
            r["agency"], AgencyRow(link(r["agency"], lang), link(r["agency_type"], lang) if r["agency_type"] else None))
        lead = r["role"] == LEAD
        if lead:
            row.lead += 1
            if r["provision"]:
                row.tasks.append(link(r["provision"], lang))
        else:
            row.support += 1
        if r["agency_type"]:
            trow = types.setdefault(r["agency_type"], TypeRow(link(r["agency_type"], lang)))
            trow.lead += lead
            trow.support += not lead
            trow.jurisdictions.setdefault(jkey, names[jkey])
    out = [JurisdictionBlock(names[j], sorted(a.values(), key=lambda a: (-a.lead, -a.support, a.agency.label)))
           for j, a in sorted(blocks.items(), key=lambda kv: names[kv[0]].label)]
    return out, sorted(types.values(), key=lambda t: (-t.lead, -t.support, t.agency_type.label))


@bp.route("/agencies")
def agencies() -> str | Response:
    blocks, types = agencies_context(current_lang())
    if request.args.get("format") == "json":
        return jsonify([
            {"jurisdiction": b.jurisdiction.label,
             "agencies": [{"agency": a.agency.iri, "label": a.agency.label, "lead": a.lead, "support": a.support}
                          for a in b.agencies]}
            for b in blocks
        ])
    return render_template("agencies.html", blocks=blocks, types=types)
