"""One page of a query's answer: `LIMIT n OFFSET k` on the outermost query, from the query's tokens.

A corpus-wide list sorted by ORDER BY must be read whole before its first row: at ten thousand documents that is
seconds. A page that does not need the order (nothing narrows the query) drops the outermost ORDER BY and reads
rows in the store's own order, which is stable for a given store version, so page 2 follows page 1; a narrowed
query keeps its order. Any LIMIT/OFFSET of the query itself is replaced.
"""

from __future__ import annotations

from graph_store.sparql_lexer import tokens

_TAIL_WORDS = {"ORDER", "LIMIT", "OFFSET"}


def paged(text: str, limit: int, offset: int = 0, keep_order: bool = True) -> str:
    """`text` with its outermost solution modifiers replaced: (ORDER BY kept if `keep_order`) LIMIT, OFFSET."""
    depth = 0
    where_closed = -1
    toks = [t for t in tokens(text) if t.kind not in ("ws", "comment")]
    for tok in toks:
        if tok.text == "{":
            depth += 1
        elif tok.text == "}":
            depth -= 1
            if depth == 0:
                where_closed = tok.start
    if where_closed < 0:
        return f"{text}\nLIMIT {int(limit)} OFFSET {int(offset)}"
    tail_toks = [t for t in toks if t.start > where_closed]
    order: list[str] = []
    cut = len(text)
    i = 0
    while i < len(tail_toks):
        tok = tail_toks[i]
        word = tok.text.upper() if tok.kind == "word" else ""
        if word in _TAIL_WORDS or word in ("GROUP", "HAVING", "VALUES"):
            if word == "ORDER":
                cut = min(cut, tok.start)
                j = i + 2  # ORDER BY
                while j < len(tail_toks) and not (tail_toks[j].kind == "word"
                                                  and tail_toks[j].text.upper() in ("LIMIT", "OFFSET", "VALUES")):
                    j += 1
                order = [t.text for t in tail_toks[i:j]]
                i = j
                continue
            if word in ("LIMIT", "OFFSET"):
                cut = min(cut, tok.start)
                i += 2
                continue
        i += 1
    values = next((t.start for t in tail_toks if t.kind == "word" and t.text.upper() == "VALUES" and t.start > cut),
                  None)
    trailing = "\n" + text[values:].strip() if values is not None else ""
    head = text[:cut].rstrip()
    ordering = " " + " ".join(order) if order and keep_order else ""
    return f"{head}{ordering}\nLIMIT {int(limit)} OFFSET {int(offset)}{trailing}"
