"""Comparable forms of document titles and document numbers (文号), shared by citation finding and linking."""

from __future__ import annotations

import re

_STRIP = re.compile(r"[\s“”‘’\"'〈〉<>《》・·、，,：:（）()\[\]【】〔〕]")


def normalise_title(title: str) -> str:
    """Comparable title: no spaces, quotes or brackets.

    《中共广东省委 广东省人民政府…》 and 《中共广东省委广东省人民政府…》 compare equal."""
    return _STRIP.sub("", title)


def normalise_number(number: str) -> str:
    """Comparable 文号: brackets unified, spaces removed (粤发[2023]1号 == 粤发〔2023〕1号)."""
    text = re.sub(r"\s+", "", number)
    return re.sub(r"[\[［(（]", "〔", re.sub(r"[\]］)）]", "〕", text))
