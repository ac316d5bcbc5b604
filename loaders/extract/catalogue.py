"""The standard build's extractors, in run order (each module exports one `EXTRACTOR`)."""

from __future__ import annotations

from loaders.extract.registry import Extractor

EXTRACTORS: tuple[Extractor, ...] = ()
