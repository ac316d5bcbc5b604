"""One page of a query's answer: `LIMIT n OFFSET k`, from the query's tokens.

A corpus-wide list sorted by ORDER BY must be read whole before its first row: at ten thousand documents that is
seconds. A page that does not need the order (nothing narrows the query) drops the ORDER BY and reads rows in the
store's own order, which is stable for a given store version, so page 2 follows page 1; a narrowed query keeps its
order. Any LIMIT/OFFSET of the query itself is replaced.

A query may name the group its rows come from: a subquery whose SELECT line carries the comment `# page`
(`{ SELECT * WHERE { … } ORDER BY … }  # page`). The page's LIMIT/OFFSET (and its order) then apply to that
subquery, and the rest of the query (labels, OPTIONAL details) joins only the page's rows: the engine would
otherwise join each OPTIONAL by reading all of its matches in the corpus before the first row. Parameters bind
inside that subquery too (graph_store.binding), so a bound page is a page of the bound rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph_store.sparql_lexer import Token, tokens

PAGE_MARK = "# page"
"""The comment that marks the subquery a page is cut from (on its SELECT line)."""

_TAIL_WORDS = {"ORDER", "LIMIT", "OFFSET"}


@dataclass(frozen=True)
class PageGroup:
    """Offsets in the query text of the marked subquery: its WHERE group's braces and the brace closing it."""

    where_open: int
    where_close: int
    close: int


def _solid(text: str) -> list[Token]:
    return [t for t in tokens(text) if t.kind not in ("ws", "comment")]


def _closing(toks: list[Token], i: int) -> int:
    """Index in `toks` of the `}` matching the `{` at toks[i]."""
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].text == "{":
            depth += 1
        elif toks[j].text == "}":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced braces")


def page_group(text: str) -> PageGroup | None:
    """The subquery marked with `# page`, if the query has one."""
    every = [t for t in tokens(text) if t.kind != "ws"]
    mark = next((i for i, t in enumerate(every) if t.kind == "comment" and t.text.rstrip() == PAGE_MARK), None)
    if mark is None:
        return None
    line_start = text.rfind("\n", 0, every[mark].start) + 1
    toks = [t for t in every if t.kind != "comment"]
    select = next((i for i, t in enumerate(toks) if t.kind == "word" and t.text.upper() == "SELECT"
                   and line_start <= t.start < every[mark].start), None)
    if select is None or select == 0 or toks[select - 1].text != "{":
        raise ValueError(f"'{PAGE_MARK}' must follow a subquery's SELECT on its line")
    where_open = next(i for i in range(select, len(toks)) if toks[i].text == "{")
    return PageGroup(toks[where_open].start, toks[_closing(toks, where_open)].start,
                     toks[_closing(toks, select - 1)].start)


def _modifiers(tail: list[Token]) -> tuple[int | None, list[str]]:
    """In the tokens after a WHERE group: where its solution modifiers start (None: none) and its ORDER BY tokens."""
    order: list[str] = []
    cut: int | None = None
    i = 0
    while i < len(tail):
        word = tail[i].text.upper() if tail[i].kind == "word" else ""
        if word == "ORDER":
            cut = tail[i].start if cut is None else min(cut, tail[i].start)
            j = i + 2  # ORDER BY
            while j < len(tail) and not (tail[j].kind == "word"
                                         and tail[j].text.upper() in ("LIMIT", "OFFSET", "VALUES")):
                j += 1
            order = [t.text for t in tail[i:j]]
            i = j
            continue
        if word in ("LIMIT", "OFFSET"):
            cut = tail[i].start if cut is None else min(cut, tail[i].start)
            i += 2
            continue
        i += 1
    return cut, order


def _outer_close(toks: list[Token]) -> int:
    depth = 0
    where_closed = -1
    for tok in toks:
        if tok.text == "{":
            depth += 1
        elif tok.text == "}":
            depth -= 1
            if depth == 0:
                where_closed = tok.start
    return where_closed


def _page_outer(text: str, limit: int, offset: int, keep_order: bool) -> str:
    toks = _solid(text)
    where_closed = _outer_close(toks)
    if where_closed < 0:
        return f"{text}\nLIMIT {int(limit)} OFFSET {int(offset)}"
    tail = [t for t in toks if t.start > where_closed]
    cut, order = _modifiers(tail)
    cut = len(text) if cut is None else cut
    values = next((t.start for t in tail if t.kind == "word" and t.text.upper() == "VALUES" and t.start > cut), None)
    trailing = "\n" + text[values:].strip() if values is not None else ""
    head = text[:cut].rstrip()
    ordering = " " + " ".join(order) if order and keep_order else ""
    return f"{head}{ordering}\nLIMIT {int(limit)} OFFSET {int(offset)}{trailing}"


def paged(text: str, limit: int, offset: int = 0, keep_order: bool = True) -> str:
    """`text` with its solution modifiers replaced: (ORDER BY kept if `keep_order`) LIMIT, OFFSET; on the
    subquery marked `# page` if there is one (the outer query then keeps its order and takes at most `limit`)."""
    group = page_group(text)
    if group is None:
        return _page_outer(text, limit, offset, keep_order)
    inner_tail = [t for t in _solid(text[:group.close]) if t.start > group.where_close]
    cut, order = _modifiers(inner_tail)
    cut = group.close if cut is None else cut
    ordering = " " + " ".join(order) if order and keep_order else ""
    inner = f"{text[:cut].rstrip()}{ordering} LIMIT {int(limit)} OFFSET {int(offset)} "
    return _page_outer(inner + text[group.close:], limit, 0, keep_order)
