"""IRIs of the base ↔ local paths: the app serves `<base>doc/x` at `/doc/x`, other IRIs at `/resource?iri=`."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from flask import current_app

from ontology.namespaces import PREFIXES

RDF_SUFFIXES = {".ttl": "turtle", ".jsonld": "json-ld", ".nt": "n-triples", ".rdf": "rdf-xml"}
SUFFIX_OF_FORMAT = {fmt: suffix for suffix, fmt in RDF_SUFFIXES.items()}
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def base() -> str:
    return current_app.config["POLICYKG"].base_iri


def href(iri: str) -> str:
    """The local page of an IRI: a path under the base when it has no fragment, else /resource?iri=."""
    b = base()
    if iri.startswith(b) and "#" not in iri and "?" not in iri and len(iri) > len(b):
        return "/" + quote(iri[len(b):], safe="/:@-._~!$&'()*+,;=")
    return "/resource?" + urlencode({"iri": iri})


def iri_for_path(path: str) -> str:
    """The IRI a local path stands for (inverse of `href` for base IRIs)."""
    return base() + path.lstrip("/")


def split_suffix(path: str) -> tuple[str, str | None]:
    """`doc/x.ttl` → (`doc/x`, 'turtle'); paths without an RDF suffix → (path, None)."""
    for suffix, fmt in RDF_SUFFIXES.items():
        if path.endswith(suffix):
            return path[: -len(suffix)], fmt
    return path, None


def curie(iri: str) -> str:
    """`pkg:Target` for IRIs in a known namespace, else the IRI."""
    for prefix, ns in _BY_LENGTH:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


