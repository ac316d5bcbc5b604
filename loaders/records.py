"""Frozen records that flow through the pipeline (one carrier per document, after spaCy's Doc)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

GAP = "\ue000"
"""Placeholder character standing for a redaction (`(略)`, `#`) in normalised text.

It is no Han character, digit or punctuation, so no pattern matches across it."""


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the document, raw-file code-point offsets and the exact raw quote."""

    document_id: str
    start: int
    end: int
    quote: str
    normalised_quote: str = ""


@dataclass(frozen=True)
class DocumentMetadata:
    """Manifest entry (or metadata inferred from the text) of one corpus document."""

    id: str
    source_file: str
    title: str = ""
    title_en: str = ""
    """The English title, where one is known (manifest `title_en`)."""
    jurisdiction: str = ""
    issuers: tuple[str, ...] = ()
    date: str = ""
    doc_number: str = ""
    status: str = "final"
    script: str = "simplified"
    subject: str = ""
    """The plan's subject in English (manifest `subject`)."""
    subject_zh: str = ""
    """The same in Chinese (manifest `subject_zh`), shown in the Chinese UI."""
    sources: tuple[tuple[str, str], ...] = ()
    """(field, where the value comes from) pairs, e.g. ("doc_number", "text")."""
    inferred: bool = False


@dataclass(frozen=True)
class SourceDocument:
    """A corpus file read as text, with its metadata."""

    path: Path
    raw: str
    metadata: DocumentMetadata
    sha256: str

    @property
    def id(self) -> str:
        return self.metadata.id


@dataclass(frozen=True)
class NormalisedText:
    """Normalised simplified text with, per character, its raw-file start and end offsets.

    `starts[i]`/`ends[i]` give the raw span the i-th normalised character came from, so any
    normalised span [i, j) maps back to raw [starts[i], ends[j-1]).
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    raw_length: int
    gaps: tuple[tuple[int, int], ...] = ()
    """Normalised-text spans of redactions (each one GAP character)."""

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-file span of the normalised span [start, end)."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.text) else self.raw_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def normalised_offset(self, raw_offset: int) -> int:
        """Index of the first normalised character whose raw start is at or after `raw_offset`."""
        return bisect_right(self.starts, raw_offset - 1)

    def crosses_gap(self, start: int, end: int) -> bool:
        """True when the normalised span [start, end) contains a redaction."""
        return GAP in self.text[start:end]


@dataclass(frozen=True)
class Provision:
    """One node of a document's section tree."""

    path: str
    """Ordinal path among siblings, e.g. `2.1.3`; the preamble is `0`."""
    kind: str
    """preamble | title | part | chapter | section | article | item | subitem | point | table | appendix"""
    label: str
    """The number as written, e.g. `（三）`, `12.`, `附件`."""
    number: int | None
    heading: str
    start: int
    """Normalised-text span of the whole provision (heading and body, children included)."""
    end: int
    raw_start: int
    raw_end: int
    parent: str | None
    depth: int


@dataclass(frozen=True)
class Fact:
    """Base of every extracted fact: its evidence and the provision it is stated in."""

    evidence: Evidence
    provision: str
    extractor: str


@dataclass(frozen=True)
class ParsedDocument:
    """A document after normalisation and structure parsing; extractors add facts."""

    source: SourceDocument
    norm: NormalisedText
    provisions: tuple[Provision, ...]
    facts: tuple[Fact, ...] = field(default=())

    @property
    def id(self) -> str:
        return self.source.id

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the normalised span [start, end), quoted from the raw file."""
        rs, re_ = self.norm.raw_span(start, end)
        return Evidence(self.id, rs, re_, self.source.raw[rs:re_], self.norm.text[start:end])

    def provision_at(self, offset: int) -> Provision:
        """Deepest provision containing the normalised offset."""
        best = self.provisions[0]
        for p in self.provisions:
            if p.start <= offset < p.end and p.depth >= best.depth:
                best = p
        return best
