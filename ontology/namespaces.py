"""Namespace IRIs used across policykg (plain strings: no dependency on an RDF library)."""

from __future__ import annotations

ONTOLOGY = "https://w3id.org/policykg/ontology#"
VOCAB = "https://w3id.org/policykg/vocab/"
DEFAULT_BASE = "https://w3id.org/policykg/"

ELI = "http://data.europa.eu/eli/ontology#"
ORG = "http://www.w3.org/ns/org#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
OA = "http://www.w3.org/ns/oa#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
QUDT = "http://qudt.org/schema/qudt/"
UNIT = "http://qudt.org/vocab/unit/"
SCHEMA = "https://schema.org/"
QB = "http://purl.org/linked-data/cube#"
SH = "http://www.w3.org/ns/shacl#"
VOID = "http://rdfs.org/ns/void#"
SD = "http://www.w3.org/ns/sparql-service-description#"

PREFIXES: dict[str, str] = {
    "pkg": ONTOLOGY,
    "pkv": VOCAB,
    "eli": ELI,
    "org": ORG,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "oa": OA,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "qudt": QUDT,
    "unit": UNIT,
    "schema": SCHEMA,
    "qb": QB,
    "sh": SH,
    "void": VOID,
    "sd": SD,
}


def sparql_prefixes() -> str:
    """PREFIX declarations for every namespace above, one per line."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
