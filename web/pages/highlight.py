"""Cut a document text into segments so every extracted fact is highlighted, and map raw spans to normalised text.

Evidence offsets are raw-file code points. In the raw view they are exact. The normalised view maps a span
through its innermost provision (pkg:rawStart/rawEnd ↔ pkg:start/end) and finds the normalised quote there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from web.view_models import Segment, Span


@dataclass(frozen=True)
class ProvisionSpan:
    raw_start: int
    raw_end: int
    start: int
    end: int
    depth: int


def segments(text: str, spans: Iterable[Span], anchors: Mapping[int, tuple[str, ...]] | None = None) -> list[Segment]:
    """`text` as consecutive segments; each covered run belongs to the innermost (shortest) span covering it,
    a focused span winning over others; `anchors` (offset → ids) start a new segment at their offset."""
    anchors = anchors or {}
    n = len(text)
    spans = [s for s in spans if 0 <= s.start < s.end <= n]
    points = sorted({0, n} | {s.start for s in spans} | {s.end for s in spans} | {a for a in anchors if 0 <= a <= n})
    starts = sorted(spans, key=lambda s: (s.start, s.end))
    out: list[Segment] = []
    active: list[Span] = []
    i = 0
    for a, b in pairwise(points):
        while i < len(starts) and starts[i].start <= a:
            active.append(starts[i])
            i += 1
        active = [s for s in active if s.end > a]
        best = min(active, key=lambda s: (not s.focus, s.end - s.start, s.start)) if active else None
        ids = tuple(anchors.get(a, ()))
        if best is not None and best.focus and best.start == a:
            ids += ("at",)
        out.append(Segment(text[a:b], best, ids))
    if n in anchors:
        out.append(Segment("", None, tuple(anchors[n])))
    return out


def innermost(provisions: list[ProvisionSpan], raw_start: int, raw_end: int) -> ProvisionSpan | None:
    """The deepest provision whose raw span contains [raw_start, raw_end)."""
    inside = [p for p in provisions if p.raw_start <= raw_start and raw_end <= p.raw_end]
    return max(inside, key=lambda p: (p.depth, p.raw_start)) if inside else None


def to_normalised(
    norm: str, provisions: list[ProvisionSpan], raw_start: int, raw_end: int, quote: str
) -> tuple[int, int] | None:
    """The normalised span of a raw span whose normalised quote is `quote`, or None if it cannot be placed.

    Looks for `quote` inside the innermost provision's normalised span (else the whole text) and takes the
    occurrence closest to the raw offset shifted by that provision's start."""
    if not quote:
        return None
    p = innermost(provisions, raw_start, raw_end)
    lo, hi = (p.start, p.end) if p else (0, len(norm))
    estimate = (p.start + raw_start - p.raw_start) if p else raw_start
    for window in ((lo, hi), (0, len(norm))):
        best = _closest(norm, quote, window[0], window[1], estimate)
        if best is not None:
            return best, best + len(quote)
    return None


def _closest(text: str, needle: str, lo: int, hi: int, estimate: int) -> int | None:
    best: int | None = None
    at = text.find(needle, lo, hi)
    while at >= 0:
        if best is None or abs(at - estimate) < abs(best - estimate):
            best = at
        at = text.find(needle, at + 1, hi)
    return best
