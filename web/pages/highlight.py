"""Cut a document text into properly nested highlight segments, one `<mark>` per fact span.

Offsets come straight from the graph: oa:start/oa:end for the raw text, pkg:start/pkg:end for the
normalised text, so both views are exact. Overlapping spans are made to nest deterministically: spans are
taken outermost first (earlier start, then longer, then the focus, then kind and link); a span that crosses
the end of an enclosing one is split there and its rest continues as a new piece after it.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from web.view_models import Segment, Span


@dataclass(frozen=True)
class Piece:
    """A span (or the part of a split span) that nests properly in the pieces before it."""

    start: int
    end: int
    span: Span
    depth: int


def _key(s: Span) -> tuple[int, str, str, str]:
    return (0 if s.focus else 1, s.kind, s.href, s.title)


def nest(spans: Iterable[Span]) -> list[Piece]:
    """Split `spans` into pieces that nest like parentheses, outermost first."""
    unique = sorted(set(spans), key=lambda s: (s.start, -s.end, _key(s)))
    heap = [(s.start, -s.end, _key(s), i) for i, s in enumerate(unique)]
    heapq.heapify(heap)
    open_ends: list[int] = []
    out: list[Piece] = []
    while heap:
        start, neg_end, key, i = heapq.heappop(heap)
        end = -neg_end
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        if open_ends and end > open_ends[-1]:  # crosses the enclosing piece: split, the rest follows it
            heapq.heappush(heap, (open_ends[-1], neg_end, key, i))
            end = open_ends[-1]
        out.append(Piece(start, end, unique[i], len(open_ends)))
        open_ends.append(end)
    return out


def segments(text: str, spans: Iterable[Span], anchors: Mapping[int, tuple[str, ...]] | None = None) -> list[Segment]:
    """`text` as consecutive runs. Each run opens the marks that start there (outer first), links to the
    innermost fact covering it, and closes the marks that end after it; `anchors` (offset → ids) start a run.
    A focused span puts the anchor `at` where it starts."""
    anchors = anchors or {}
    n = len(text)
    pieces = nest(s for s in spans if 0 <= s.start < s.end <= n)
    points = sorted({0, n} | {p.start for p in pieces} | {p.end for p in pieces} | {a for a in anchors if 0 <= a <= n})
    starting: dict[int, list[Piece]] = {}
    ending: dict[int, int] = {}
    for p in pieces:
        starting.setdefault(p.start, []).append(p)
        ending[p.end] = ending.get(p.end, 0) + 1
    out: list[Segment] = []
    active: list[Piece] = []
    focus_seen = False
    for a, b in pairwise(points):
        active = [p for p in active if p.end > a]
        opens = sorted(starting.get(a, []), key=lambda p: p.depth)
        active += opens
        ids = tuple(anchors.get(a, ()))
        if not focus_seen and any(p.span.focus for p in opens):
            ids += ("at",)
            focus_seen = True
        inner = next((p.span for p in reversed(active) if not p.span.focus), None)
        covers = tuple(p.span for p in active if not p.span.focus)
        out.append(Segment(text[a:b], inner, ids, tuple(p.span for p in opens), ending.get(b, 0), covers))
    if n in anchors:
        out.append(Segment("", None, tuple(anchors[n])))
    return out
