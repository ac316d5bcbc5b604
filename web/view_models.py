"""Typed contexts the templates render (plain data: every string is escaped by Jinja)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Link:
    """A linked resource: its IRI, display label and local page."""

    iri: str
    label: str
    href: str


@dataclass(frozen=True)
class Span:
    """A highlighted fact in a text: offsets into that text, fact kind (CSS class) and where it links."""

    start: int
    end: int
    kind: str
    href: str
    title: str = ""
    focus: bool = False
    ident: str = ""
    """The fact's element id in the page's fact list (popovers list every fact covering a run)."""


@dataclass(frozen=True)
class Segment:
    """A run of text: the marks it opens first (`opens`, outer first), the innermost fact covering it (`span`,
    its link; None when plain), anchors before it, and how many marks close after it (`closes`)."""

    text: str
    span: Span | None = None
    anchors: tuple[str, ...] = ()
    opens: tuple[Span, ...] = ()
    closes: int = 0
    covers: tuple[Span, ...] = ()
    """Every fact span covering this run, outermost first (the popover lists them all)."""

    @property
    def fact_ids(self) -> str:
        return " ".join(dict.fromkeys(s.ident for s in self.covers if s.ident))


@dataclass(frozen=True)
class OutlineNode:
    path: str
    label: str
    heading: str
    depth: int
    href: str
    anchor: str
    counts: tuple[tuple[str, int], ...] = ()
    """(fact table key, facts of this provision in it): the outline links to those rows."""


@dataclass(frozen=True)
class FactItem:
    """A fact as the reader's popover and legend show it: element id, kind (CSS class and label), description."""

    ident: str
    kind: str
    kind_label: str
    text: str
    href: str


@dataclass(frozen=True)
class Table:
    """A titled table of links/strings: `rows` hold Link or str cells under `columns` (i18n keys)."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Link | str, ...]] = field(default_factory=list)
    row_ids: list[str] = field(default_factory=list)
    """An element id per row ('' for none): the first row of each provision is `t-<key>-p-<path>`."""

    def add(self, provision: Link | str, cells: tuple[Link | str, ...]) -> None:
        """Append a row whose first cell is its provision (a Link labelled with the provision's path)."""
        anchor = f"t-{self.key}-p-{provision.label}" if isinstance(provision, Link) and provision.label else ""
        self.row_ids.append(anchor if anchor and anchor not in self.row_ids else "")
        self.rows.append((provision, *cells))


@dataclass(frozen=True)
class DocumentPage:
    doc: Link
    meta: list[tuple[str, Link | str]]
    outline: list[OutlineNode]
    view: str
    segments: list[Segment]
    legend: list[tuple[str, str, int]]
    """(kind, label, facts of that kind)"""
    outgoing: list[tuple[str, Link]]
    incoming: list[tuple[str, Link]]
    tables: list[Table]
    switch: dict[str, str] = field(default_factory=dict)
    """view name → href of that view (keeping the focused span, translated to the view's offsets)"""
    facts: list[FactItem] = field(default_factory=list)
    original_title: str = ""
    """The Chinese title when the page shows an English one."""
    text_lang: str = "zh-Hans"
    """zh-Hant for the raw text of a traditional-script document."""
    formats: dict[str, str] = field(default_factory=dict)
    """RDF format name → href of the document's RDF."""


@dataclass(frozen=True)
class Property:
    predicate: Link
    values: list[Link | str]


@dataclass(frozen=True)
class Quote:
    document: Link
    quote: str
    href: str
    fact: Link


@dataclass(frozen=True)
class EntityPage:
    entity: Link
    labels: list[tuple[str, str]]
    types: list[Link]
    properties: list[Property]
    incoming: list[tuple[Link, Link]]
    quotes: list[Quote]
    formats: list[tuple[str, str]]
    more: str = ""
    """Link to the next page of incoming links and quotes ('' when none)."""
    card: Any = None
    """A fact's card (web.pages.entities.FactCard) when the entity is a fact."""
    tasks: Any = None
    """An agency's tasks (web.pages.entities.AgencyTasks) when it has any."""
    compare: Link | None = None
    """The comparison of an indicator or department type."""
    documents: tuple[list[Link], int] = ([], 0)
    """Documents with facts about a concept (the first ones) and how many there are."""
    subtitle: list[Link] = field(default_factory=list)
    """What an organisation is and where (type, jurisdiction)."""

