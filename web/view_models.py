"""Typed contexts the templates render (plain data: every string is escaped by Jinja)."""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass(frozen=True)
class Segment:
    """A run of text: the marks it opens first (`opens`, outer first), the innermost fact covering it (`span`,
    its link; None when plain), anchors before it, and how many marks close after it (`closes`)."""

    text: str
    span: Span | None = None
    anchors: tuple[str, ...] = ()
    opens: tuple[Span, ...] = ()
    closes: int = 0


@dataclass(frozen=True)
class OutlineNode:
    path: str
    label: str
    heading: str
    depth: int
    href: str
    anchor: str


@dataclass(frozen=True)
class Table:
    """A titled table of links/strings: `rows` hold Link or str cells under `columns` (i18n keys)."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Link | str, ...]] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentPage:
    doc: Link
    meta: list[tuple[str, Link | str]]
    outline: list[OutlineNode]
    view: str
    segments: list[Segment]
    legend: list[tuple[str, str]]
    outgoing: list[tuple[str, Link]]
    incoming: list[tuple[str, Link]]
    tables: list[Table]
    switch: dict[str, str] = field(default_factory=dict)
    """view name → href of that view (keeping the focused span, translated to the view's offsets)"""


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


@dataclass(frozen=True)
class CompareRow:
    """One jurisdiction's fact for the compared indicator / department type."""

    jurisdiction: Link
    level: str
    document: Link
    kind: str
    comparator: str
    value: float | None
    value_text: str
    unit: str
    normalised: float | None
    year: str
    baseline: str
    nature: str
    scope: str
    quote: str
    evidence: str
    fact: Link
    also: tuple[str, ...] = ()
    """Evidence links of other statements of the same value in the same document (a table row restated in prose)."""


@dataclass(frozen=True)
class Bar:
    """One bar of the server-side SVG chart (coordinates in SVG user units)."""

    label: str
    value_text: str
    x: float
    y: float
    width: float
    height: float
    href: str
    kind: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    axis_max: str
    label_width: int
    direction: str


@dataclass(frozen=True)
class ChainStep:
    jurisdiction: Link
    level: str
    rows: list[CompareRow]


@dataclass(frozen=True)
class ComparePage:
    mode: str
    subject: Link | None
    options: list[tuple[str, Link, int]]
    rows: list[CompareRow]
    chart: Chart | None
    direction: str
    unit: str
    chains: list[list[ChainStep]]
    permalink: str
    csv_href: str
