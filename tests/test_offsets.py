"""Raw-file offsets: every normalised span, gaps and pinyin noise included, maps back to the exact raw text.

Two properties, both checked against the raw text itself (never against quotes built from the offsets):

- a token model: raw text assembled from tokens whose normalised character and raw extent are known by
  construction (traditional Han, full-width digits, real parentheses, pinyin noise, redactions with spaces,
  `#` placeholders); any span [i, j) must map to the raw extent from token(i)'s start to token(j-1)'s end;
- the corpus and development documents: each normalised character's raw piece normalises back to that
  character (a gap's piece is a redaction marker), the raw text no character covers is whitespace, pinyin noise
  or whole dropped furniture lines, and random spans quote the raw file from the first character's piece to
  the last one's.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.normalise import normalise
from loaders.records import GAP, DocumentMetadata, ParsedDocument, SourceDocument

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Token:
    raw: str
    text: str
    """What the token normalises to ('' for noise)."""
    core: tuple[int, int] | None = None
    """Raw extent of the normalised character inside `raw` (default: all of it)."""


HAN = [Token(t, s) for t, s in zip("醫療衛生體系發展為國區務機構", "医疗卫生体系发展为国区务机构", strict=True)]
PLAIN = [Token(c, c) for c in "健康人民中心，。、；：1234"]
FULL_WIDTH = [Token(t, s) for t, s in zip("１２３％", "123%", strict=True)]
PINYIN = [Token(p, "") for p in ("(wèi)", "(yī)", "(lüè)", "(jiàn)")]
REDACTIONS = [Token(r, GAP) for r in ("(略)", "（略）", " (略) ", "\u3000(略)", "（ 略 ）", "#", "##")]


@st.composite
def token_runs(draw) -> list[Token]:
    """A run of tokens: pinyin only right after a Han character, redactions between words, parentheses paired."""
    tokens: list[Token] = []
    for _ in range(draw(st.integers(1, 30))):
        kind = draw(st.sampled_from(["han", "han", "plain", "wide", "pinyin", "gap", "paren"]))
        if kind == "pinyin":
            if tokens and tokens[-1] in HAN:
                tokens.append(draw(st.sampled_from(PINYIN)))
            continue
        if kind == "gap":
            if tokens and tokens[-1].text not in ("", GAP):
                tokens.append(draw(st.sampled_from(REDACTIONS)))
            continue
        if kind == "paren":
            # a real parenthesis: Han words inside (never pinyin), which stays as full-width brackets
            inner = draw(st.lists(st.sampled_from(HAN), min_size=2, max_size=3))
            tokens += [Token("(", "（"), *inner, Token(")", "）")]
            continue
        tokens.append(draw(st.sampled_from({"han": HAN, "plain": PLAIN, "wide": FULL_WIDTH}[kind])))
    if not tokens or tokens[0].raw.startswith("#"):
        tokens.insert(0, HAN[0])  # a line-initial '#' is a Markdown heading marker, not a placeholder
    return tokens


def assemble(tokens: list[Token]) -> tuple[str, str, list[tuple[int, int]]]:
    """Raw text, expected normalised text and, per expected character, its raw extent."""
    raw, text, extents = "", "", []
    for tok in tokens:
        if tok.text:
            extents.append((len(raw), len(raw) + len(tok.raw)))
            text += tok.text
        raw += tok.raw
    return raw, text, extents


def parsed(raw: str, doc_id: str = "t") -> ParsedDocument:
    source = SourceDocument(Path(f"{doc_id}.txt"), raw, DocumentMetadata(id=doc_id, source_file=f"{doc_id}.txt"), "")
    return ParsedDocument(source, normalise(raw), ())


@given(token_runs(), st.data())
@settings(max_examples=400, deadline=None)
def test_token_model_spans_map_to_their_exact_raw_extent(tokens, data) -> None:
    raw, text, extents = assemble(tokens)
    doc = parsed(raw)
    assert doc.norm.text == text
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    a, b = extents[i][0], extents[j - 1][1]
    assert doc.norm.raw_span(i, j) == (a, b)
    ev = doc.evidence(i, j)
    assert (ev.start, ev.end, ev.quote, ev.normalised_quote) == (a, b, raw[a:b], text[i:j])


def test_gap_at_either_end_of_a_span_quotes_the_whole_marker() -> None:
    raw = "建設醫(yī)院 (略) 中心（略）"
    doc = parsed(raw)
    assert doc.norm.text == f"建设医院{GAP}中心{GAP}"
    assert doc.evidence(0, 5).quote == "建設醫(yī)院 (略) "
    assert doc.evidence(4, 7).quote == " (略) 中心"
    assert doc.evidence(6, 8).quote == "心（略）"
    assert doc.evidence(4, 5).quote == " (略) "
    assert doc.norm.raw_span(8, 8) == (len(raw), len(raw))


REDACTION = re.compile(r"\s*[(（]\s*略(?:\([a-zü\u00e0-\u01dc]+\))?\s*[)）]\s*|#+")
NOISE = re.compile(r"(?:\s|\([a-zü\u00e0-\u01dc]+\))*")
FILES = sorted((ROOT / "data" / "corpus").glob("*.txt")) + sorted((ROOT / "tests" / "documents" / "dev").glob("*.txt"))


@pytest.fixture(scope="module", params=FILES, ids=lambda p: p.stem)
def document(request) -> ParsedDocument:
    path: Path = request.param
    return parsed(path.read_text(encoding="utf-8"), path.stem)


def test_every_character_normalises_from_its_own_raw_piece(document) -> None:
    norm, raw = document.norm, document.source.raw
    wrong = []
    for k, ch in enumerate(norm.text):
        piece = raw[norm.starts[k] : norm.ends[k]]
        if ch == GAP:
            ok = REDACTION.fullmatch(piece) is not None
        elif ch.isspace():
            ok = piece.isspace()
        else:
            ok = normalise(piece).text == ch
        if not ok:
            wrong.append((k, ch, piece))
    assert not wrong, wrong[:10]


def test_uncovered_raw_text_is_only_noise_or_whole_dropped_lines(document) -> None:
    norm, raw = document.norm, document.source.raw
    covered = sorted(zip(norm.starts, norm.ends, strict=True))
    holes, pos = [], 0
    for s, e in [*covered, (len(raw), len(raw))]:
        assert s >= pos, f"raw pieces overlap at {s}"
        if s > pos:
            holes.append((pos, s))
        pos = e
    for s, e in holes:
        piece = raw[s:e]
        body = piece.rstrip(" \t\u3000\xa0")  # the next kept line's indentation may follow dropped lines
        whole_lines = (s == 0 or raw[s - 1] == "\n") and (e == len(raw) or body.endswith("\n"))
        assert NOISE.fullmatch(piece) or whole_lines, (s, e, piece[:80])


def test_random_spans_quote_the_raw_file_from_first_to_last_piece(document) -> None:
    norm, raw = document.norm, document.source.raw
    rng = random.Random(document.id)
    gap_positions = [i for i, ch in enumerate(norm.text) if ch == GAP]
    starts = [rng.randrange(len(norm.text)) for _ in range(300)]
    # spans that begin, end or sit on a gap, where an off-by-one would cut the marker
    starts += [g - d for g in gap_positions for d in (0, 1, 3) if g - d >= 0]
    for i in starts:
        for j in {i + 1, min(len(norm.text), i + 1 + rng.randrange(40))}:
            ev = document.evidence(i, j)
            first = raw[norm.starts[i] : norm.ends[i]]
            last = raw[norm.starts[j - 1] : norm.ends[j - 1]]
            assert ev.quote == raw[ev.start : ev.end]
            assert ev.quote.startswith(first) and ev.quote.endswith(last), (i, j, ev.quote)
            assert ev.start == norm.starts[i] and ev.end == norm.ends[j - 1]
            if GAP in norm.text[i:j]:
                assert "略" in ev.quote or "#" in ev.quote
