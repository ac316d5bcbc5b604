"""The canned-query catalogue: `.rq` files in `queries/` with a comment header.

Header lines (before the first non-comment line) are `# key: value`; keys: id, title.zh, title.en,
description.zh, description.en, question, tags, and `param` lines of the form
`# param: NAME | kind=iri|literal|integer|decimal|lang | default=VALUE | required | description`.
A parameter marked `required` must be given (a query about one fact, one document); an optional one left empty
widens the query (e.g. to every document).
Parameters are SPARQL variables bound at run time (substitutions or escaped VALUES), never pasted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyoxigraph import Literal, NamedNode

from graph_store.terms import XSD, iri
from policykg.errors import NotFound, QueryError

KINDS = {"iri", "literal", "integer", "decimal", "lang"}
_HEADER = re.compile(r"^#\s*(?P<key>[a-z.]+)\s*:\s*(?P<value>.*)$")


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str = "literal"
    default: str = ""
    description: str = ""
    required: bool = False

    def term(self, value: str) -> NamedNode | Literal:
        """The user's value as an RDF term of this parameter's kind."""
        try:
            if self.kind == "iri":
                return iri(value)
            if self.kind == "integer":
                return Literal(str(int(value)), datatype=NamedNode(XSD + "integer"))
            if self.kind == "decimal":
                return Literal(str(float(value)), datatype=NamedNode(XSD + "decimal"))
            if self.kind == "lang":
                return Literal(value, language="zh-Hans")
        except ValueError as exc:
            raise QueryError(f"parameter {self.name!r}: {value!r} is not a valid {self.kind}") from exc
        return Literal(value)


@dataclass(frozen=True)
class CannedQuery:
    id: str
    path: Path
    text: str
    meta: dict[str, str] = field(default_factory=dict)
    params: tuple[Parameter, ...] = ()

    @property
    def title(self) -> dict[str, str]:
        return {"zh": self.meta.get("title.zh", ""), "en": self.meta.get("title.en", "")}

    @property
    def description(self) -> dict[str, str]:
        return {"zh": self.meta.get("description.zh", ""), "en": self.meta.get("description.en", "")}

    @property
    def tags(self) -> list[str]:
        return [t.strip() for t in self.meta.get("tags", "").split(",") if t.strip()]

    def bindings(self, values: dict[str, str] | None = None) -> dict[str, Any]:
        """Terms for every parameter with a value (given, else its default); unknown names are errors."""
        values = dict(values or {})
        known = {p.name for p in self.params}
        unknown = set(values) - known
        if unknown:
            raise QueryError(f"query {self.id!r} has no parameter {sorted(unknown)[0]!r} (has: {sorted(known)})")
        out: dict[str, Any] = {}
        for p in self.params:
            value = values.get(p.name, p.default)
            if value != "":
                out[p.name] = p.term(value)
            elif p.required:
                raise QueryError(f"query {self.id!r} needs parameter {p.name!r} ({p.description or p.kind})")
        return out


def parse_query_file(path: Path) -> CannedQuery:
    """Read one .rq file and its header."""
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    params: list[Parameter] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.group("key"), m.group("value").strip()
        if key == "param":
            params.append(_param(value, f"{path}:{n}"))
        else:
            meta[key] = value
    qid = meta.get("id", path.stem)
    if qid != path.stem:
        raise QueryError(f"header id {qid!r} differs from file name {path.stem!r}", str(path))
    return CannedQuery(qid, path, text, meta, tuple(params))


def _param(spec: str, where: str) -> Parameter:
    parts = [p.strip() for p in spec.split("|")]
    name, attrs, description, required = parts[0], {}, "", False
    for part in parts[1:]:
        if "=" in part and part.split("=", 1)[0] in {"kind", "default"}:
            k, v = part.split("=", 1)
            attrs[k] = v.strip()
        elif part == "required":
            required = True
        else:
            description = part
    kind = attrs.get("kind", "literal")
    if kind not in KINDS:
        raise QueryError(f"parameter {name!r}: unknown kind {kind!r}", where)
    return Parameter(name, kind, attrs.get("default", ""), description, required)


@dataclass(frozen=True)
class Catalogue:
    folder: Path

    def all(self) -> list[CannedQuery]:
        return [parse_query_file(p) for p in sorted(self.folder.glob("*.rq"))]

    def get(self, name: str) -> CannedQuery:
        path = self.folder / f"{name}.rq"
        if not path.exists():
            known = ", ".join(q.id for q in self.all())
            raise NotFound(f"no canned query {name!r} (known: {known})", str(self.folder))
        return parse_query_file(path)
