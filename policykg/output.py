"""Render query results for the terminal and for files: aligned table, CSV, JSON."""

from __future__ import annotations

import json
import unicodedata

from graph_store.base import QueryResult


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def render(result: QueryResult, fmt: str) -> str:
    """`table` (aligned, wide-character aware), `csv` (SPARQL 1.1 CSV results, via graph_store.formats), or `json`
    (a list of row objects)."""
    if result.kind == "ask":
        return json.dumps({"boolean": result.boolean}) + "\n" if fmt == "json" else f"{str(result.boolean).lower()}\n"
    if result.kind == "graph":
        return "\n".join(result.triples) + "\n"
    rows = result.values()
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        from graph_store.formats import serialize_result

        return serialize_result(result, "csv").data.decode("utf-8")
    cols = list(result.variables)
    cells = [[_clip(r[c]) for c in cols] for r in rows]
    widths = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(cols)]
    lines = ["  ".join(_pad(c, widths[i]) for i, c in enumerate(cols))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(v, widths[i]) for i, v in enumerate(row)) for row in cells]
    note = f"({len(rows)} rows{', truncated' if result.truncated else ''})"
    return "\n".join(lines) + "\n" + note + "\n"


def _clip(value: str, limit: int = 60) -> str:
    value = value.replace("\n", " ")
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
