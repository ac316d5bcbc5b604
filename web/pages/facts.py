"""Facts as a researcher reads them, in the UI language: "Physicians per 1 000 population ≥ 3.2 per 1 000 population
by 2025" instead of the build's label "每千人口执业医师数 >= 3.2 per-1000-population (2025)".

A fact's description is built from its properties (indicator, comparator, value, unit, year, department type,
institution scope, share, agency, role, cited title …) and the labels of the concepts they point to; the
properties of the facts a page shows are read in one query (`ui-facts-of`, bound to those facts).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ontology.namespaces import ONTOLOGY, RDF
from web.i18n import translate
from web.pages.data import Labels, prefetch, rows_for
from web.pages.text import no_gaps

KINDS = ("Target", "Observation", "DepartmentRequirement", "Responsibility", "Citation", "DocumentLink", "Mention")
"""Fact classes, most specific first (a fact's kind is the first of its types here)."""
COMPARATORS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=", "~": "≈", "!=": "≠"}
UNIT_SYMBOLS = {"percent": "%", "per-mille": "‰"}
"""Units written as a symbol right after the number in both languages (90%, 5‰)."""
SILENT_UNITS = {"en": {"count"}}
"""Units left unsaid in a language ("10 hospitals", not "10 count hospitals")."""
GENERIC = ONTOLOGY + "GenericIndicator"
"""Indicators too generic to name a fact by (which department? which institutions?): the fact's own wording
names it instead, with the indicator's scope."""


def comparator(symbol: str) -> str:
    return COMPARATORS.get(symbol, symbol)


def unit_text(unit: str, labels: Labels, lang: str) -> str:
    """The unit's label in the UI language ('%' for percent), never its IRI slug."""
    if not unit:
        return ""
    slug = unit.rstrip("/").rsplit("/", 1)[-1]
    if slug in SILENT_UNITS.get(lang, set()):
        return ""
    return UNIT_SYMBOLS.get(slug) or labels.label(unit, lang) or slug.replace("-", " ")


def quantity(value: str, unit: str, labels: Labels, lang: str) -> str:
    """`90%`, `3.2 per 1000 population`, `79 岁`."""
    if not value:
        return ""
    u = unit_text(unit, labels, lang)
    if not u:
        return value
    return f"{value}{u}" if u in UNIT_SYMBOLS.values() else f"{value} {u}"


@dataclass
class FactProps:
    """One fact's properties (predicate IRI → values) and its kind."""

    iri: str
    props: dict[str, list[str]] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        types = set(self.props.get(RDF + "type", []))
        return next((k for k in KINDS if ONTOLOGY + k in types), "")

    def one(self, *names: str) -> str:
        return next((v for n in names for v in self.props.get(ONTOLOGY + n, [])), "")

    def all(self, name: str) -> list[str]:
        return self.props.get(ONTOLOGY + name, [])

    def iris(self) -> list[str]:
        return [v for vs in self.props.values() for v in vs if v.startswith(("http://", "https://"))]


def describe(f: FactProps, labels: Labels, lang: str) -> str:
    """A one-line description of the fact in `lang` ('' when its kind is unknown)."""
    t = translate

    def name(iri: str, text: str = "") -> str:
        return (labels.label(iri, lang) if iri else "") or text

    kind = f.kind
    if kind in ("Target", "Observation"):
        indicator = f.one("indicator")
        # a generic indicator is named by the fact's own wording, unless an English page can say "<indicator>
        # (<scope>)" in English
        generic = GENERIC in labels.types.get(indicator, set()) and not (lang == "en" and f.one("scope"))
        what = f.one("indicatorText") if generic and f.one("indicatorText") else name(indicator, f.one("indicatorText"))
        scope = name(f.one("scope"))
        if scope and scope not in what:
            what = f"{what} ({scope})" if lang == "en" else f"{what}（{scope}）"
        value = quantity(f.one("value"), f.one("unit"), labels, lang)
        if f.one("relative") == "true" and value and not value.startswith(("+", "-")):
            value = t("fact.change", lang, value=value)
        out = f"{what} {comparator(f.one('comparator'))} {value}".strip() if value else what
        year = f.one("targetYear", "year")
        if year:
            out += t("fact.by_year" if kind == "Target" else "fact.in_year", lang, year=year)
        return no_gaps(out)
    if kind == "DepartmentRequirement":
        department = name(f.one("departmentType"), f.one("departmentText"))
        scope = name(f.one("institutionScope"))
        out = t("fact.department", lang, scope=scope, department=department) if scope else department
        share = f.one("share")
        if share:
            out += f" {comparator(f.one('comparator') or '=')} {share}%"
        year = f.one("targetYear")
        if year:
            out += t("fact.by_year", lang, year=year)
        return no_gaps(out)
    if kind == "Responsibility":
        role = f.one("role")
        return t("fact.role", lang, agency=name(f.one("agency")), role=name(role, role.rsplit("#", 1)[-1].lower()))
    if kind == "Citation":
        title = f.one("citedTitle")
        number = f.one("citedNumber")
        cited = f"《{title}》" if title else ""
        return no_gaps(" ".join(p for p in (cited, number) if p)) or t("kind.citation", lang)
    if kind == "DocumentLink":
        return t("fact.link", lang, target=name(f.one("linkTarget")))
    if kind == "Mention":
        return no_gaps(name(f.one("mentions"), f.one("mentionText")) or f.one("mentionText"))
    return ""


def fact_props(iris: Iterable[str]) -> dict[str, FactProps]:
    """The properties of the given facts (one query), with the labels of what they point to fetched."""
    wanted = sorted({i for i in iris if i})
    found: dict[str, FactProps] = {i: FactProps(i) for i in wanted}
    for r in rows_for("ui-facts-of", "fact", wanted):
        found[r["fact"]].props.setdefault(r["p"], []).append(r["o"])
    prefetch([v for f in found.values() for v in f.iris()])
    return found
