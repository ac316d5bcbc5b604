"""The ontology page: classes, properties and concept schemes (and the ontology graph as RDF)."""

from __future__ import annotations

from flask import Blueprint, Response, render_template

from web.i18n import current_lang
from web.pages.data import labels, rows
from web.pages.entities import link
from web.pages.headers import rdf_alternates
from web.pages.links import SUFFIX_OF_FORMAT, base, curie, split_suffix
from web.pages.negotiation import rdf_response, requested_format

bp = Blueprint("ontology", __name__)


@bp.route("/ontology", defaults={"suffix": ""})
@bp.route("/ontology<any('.ttl', '.jsonld', '.nt', '.rdf'):suffix>")
def ontology(suffix: str) -> Response | str:
    fmt = requested_format(split_suffix("ontology" + suffix)[1])
    if fmt:
        return rdf_response("ui-ontology-graph", fmt, graph=base() + "graph/ontology")
    lang = current_lang()
    index = labels()
    rdf_alternates({fmt: "/ontology" + suffix for fmt, suffix in SUFFIX_OF_FORMAT.items()})

    def described(iri: str) -> dict:
        return {"link": link(iri, lang), "curie": curie(iri), "anchor": curie(iri).replace(":", "-"),
                "other": index.label(iri, "en" if lang == "zh" else "zh")}

    classes = [{**described(r["class"]), "comment": r["comment"],
                "supers": [link(s, lang) for s in r["supers"].split()]} for r in rows("ui-ontology-classes")]
    properties = [{**described(r["property"]), "kind": r["kind"], "comment": r["comment"],
                   "domain": link(r["domain"], lang) if r["domain"] else None,
                   "range": link(r["range"], lang) if r["range"] else None} for r in rows("ui-ontology-properties")]
    schemes = [{**described(r["scheme"]), "concepts": r["concepts"], "definition": r["definition"]}
               for r in rows("ui-ontology-schemes")]
    own = sorted(classes, key=lambda c: not c["curie"].startswith("pkg:"))
    return render_template("ontology.html", classes=own, properties=properties, schemes=schemes)
