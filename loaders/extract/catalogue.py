"""The standard build's extractors, in run order (each module exports one `EXTRACTOR`)."""

from __future__ import annotations

from loaders.extract import (
    agencies,
    citations,
    departments,
    institutions,
    programmes,
    responsibilities,
    tables,
    targets,
)
from loaders.extract.registry import Extractor

EXTRACTORS: tuple[Extractor, ...] = (
    # organisations and links (issue 5): agencies before responsibilities, responsibilities before programmes
    agencies.EXTRACTOR,
    responsibilities.EXTRACTOR,
    institutions.EXTRACTOR,
    programmes.EXTRACTOR,
    citations.EXTRACTOR,
    # targets, observations and department requirements (issue 4): tables, then prose, then departments
    tables.EXTRACTOR,
    targets.EXTRACTOR,
    departments.EXTRACTOR,
)
