"""Search keys: how a label is indexed and how a query is matched against it (one function for both sides).

Shared by the loader that writes the search rows and the store layer that queries them, so both sides normalise
alike. A label becomes space-separated tokens: every Han character on its own (simplified script, so 醫院 and
医院 meet), ASCII words lower-cased without accents, and, for labels, the toneless pinyin syllables of the Han
part (医院 → yi yuan). A query goes through the same function; Latin input that is not an English word is also
cut into pinyin syllables (yiyuan → yi yuan; tone marks and tone numbers dropped).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[a-z0-9]+(?:[.'][a-z0-9]+)*")


@lru_cache(maxsize=1)
def _t2s():  # opencc has no type hints
    import opencc

    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """Simplified script, NFKC, lower case, accents removed."""
    text = unicodedata.normalize("NFKC", _t2s().convert(text)).lower()
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (from pypinyin's own tables)."""
    from pypinyin.constants import PINYIN_DICT

    out: set[str] = set()
    for value in PINYIN_DICT.values():
        for reading in value.split(","):
            plain = fold(reading).replace("ü", "v")
            out.add(re.sub(r"[^a-z]", "", plain))
    return frozenset(s for s in out if s)


def split_pinyin(word: str) -> list[str] | None:
    """`yiyuan` → [yi, yuan] when the word is a run of pinyin syllables (longest first), else None."""
    word = re.sub(r"[1-5]", "", word)
    known = syllables()
    out: list[str] = []
    i = 0
    while i < len(word):
        for n in range(min(6, len(word) - i), 0, -1):
            if word[i:i + n] in known:
                out.append(word[i:i + n])
                i += n
                break
        else:
            return None
    return out


@lru_cache(maxsize=65536)
def han_pinyin(text: str) -> tuple[str, ...]:
    """Toneless pinyin syllables of the Han characters of `text`."""
    from pypinyin import Style, lazy_pinyin

    han = "".join(HAN.findall(text))
    return tuple(s.replace("ü", "v") for s in lazy_pinyin(han, style=Style.NORMAL, errors="ignore")) if han else ()


def index_keys(text: str, pinyin: bool = True) -> str:
    """The indexed tokens of a text (labels with pinyin; long quotes without)."""
    folded = fold(text)
    tokens = _TOKEN.findall(folded)
    if pinyin:
        tokens += han_pinyin(folded)
    return " ".join(tokens)


def query_phrases(q: str) -> list[list[str]]:
    """Alternative token sequences for a query, each to be matched as consecutive tokens.

    Han runs stay character sequences; Latin words are kept as words and, when they read as pinyin, also tried as
    syllables."""
    folded = fold(q)
    tokens = _TOKEN.findall(folded)
    if not tokens:
        return []
    plain = [tokens]
    latin = [t for t in tokens if not HAN.match(t)]
    if latin:
        as_pinyin: list[str] = []
        for t in tokens:
            split = split_pinyin(t) if not HAN.match(t) else [t]
            if split is None:
                break
            as_pinyin += split
        else:
            if as_pinyin != tokens:
                plain.append(as_pinyin)
    return plain
