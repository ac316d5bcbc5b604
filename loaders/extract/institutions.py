"""Named institutions (蛟河市人民医院, 市中医院, 小榄人民医院, 吉林市中心血站, 广州实验室), one entity per institution.

A name is an institution-type label (医院, 中医院, 血站, 疾控中心 … from vocab/institution-types.ttl, or a
suffix of `EXTRA_SUFFIXES`) with a naming part before it:
- a jurisdiction: a division name (吉林市, 广州) or a level prefix (市, 自治区) resolved like agencies, plus an
  optional specific body (人民, 第二人民, 博爱, 中心) — 市中医院 → 中山市中医院;
- or a proper place/person name of 2–4 characters starting a list item (小榄人民医院, 陈星海中西医结合医院), for
  the suffixes in `PLACE_NAMED_SUFFIXES`; these are located in the document's jurisdiction.
Bodies with generic words (县级, 公立, 综合, 三大, 各 …) are kinds of institutions, not names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.context import BuildContext
from loaders.extract.agencies import LEVEL_PREFIXES, Jurisdiction, _level_jurisdiction, doc_jurisdiction
from loaders.extract.org_facts import NamedEntityMention
from loaders.extract.registry import Extractor
from loaders.records import ParsedDocument

NAME, VERSION = "institutions", "1.0.0"
INSTITUTION_TYPE = "institution-type"

EXTRA_SUFFIXES = ("实验室",)
GENERIC_ENDINGS = ("机构",)
"""Type labels naming a kind (妇幼保健机构), never the end of one institution's name."""
"""Named only with a bare division name before them (广州实验室)."""
PLACE_NAMED_SUFFIXES = ("人民医院", "中西医结合医院", "中医院", "中医医院", "妇幼保健院")
VERBS = ("加强", "推进", "支持", "推动", "依托", "建设", "打造", "创建", "做好", "提升", "发展", "鼓励", "完善", "实施",
         "引导", "规划", "设置", "举办")
GENERIC_BODY = re.compile(r"[级各类属等和及或与、，所有内直]|公立|综合|专科|基层|定点|县域|高水平|区域|龙头|"
                          r"中心医院|同类|"
                          r"重点|国家|省级|市级|一批|若干|相关|后备|附属|社会|民营|这|该|本|其|镇街|乡镇|村|社区|"
                          r"医疗|卫生|两地|地区|三大|" + "|".join(VERBS))
LIST_START = re.compile(r"(?:^|[、，,：:；（\n由与和及在对向以将把为是的]|" + "|".join(VERBS) + r"|做强做优)$")
WORD_ENDINGS = "全城本我各社地湾园山辖新盟省县都超港澳"
"""Characters that make 市/区 the end of a word (全市, 城市, 社区, 湾区) rather than a level prefix."""
_BODY = re.compile(r"(第[一二三四五六七八九十]+)?[\u4e00-\u9fff]{0,4}$")


def find_institutions(doc: ParsedDocument, ctx: BuildContext, home: Jurisdiction | None
                      ) -> list[tuple[int, int, str, str, str]]:
    """(start, end, canonical name, type IRI, jurisdiction IRI) of every named institution, in text order."""
    vocab = ctx.vocabulary
    text = doc.norm.text
    hits = [(s, e, t) for s, e, t in vocab.find_all(INSTITUTION_TYPE, text)]
    for suffix in EXTRA_SUFFIXES:
        hits += [(m.start(), m.end(), "") for m in re.finditer(suffix, text)]
    found: list[tuple[int, int, str, str, str]] = []
    for start, end, type_iri in sorted(hits):
        named = _named(text, start, end, type_iri, home, ctx)
        if named and not any(f[0] <= named[0] < f[1] for f in found):
            found.append(named)
    return found


def _named(text: str, start: int, end: int, type_iri: str, home: Jurisdiction | None,
           ctx: BuildContext) -> tuple[int, int, str, str, str] | None:
    vocab = ctx.vocabulary
    suffix = text[start:end]
    if suffix.endswith(GENERIC_ENDINGS):
        return None
    window_start = max(0, start - 14)
    window = text[window_start:start]
    for j_start, j_end, j_iri in reversed(vocab.find_all("jurisdiction", window)):
        body = window[j_end:]
        begin = window_start + j_start
        if _specific(body) and (type_iri or not body) and not j_iri.endswith("/100000") and _boundary(text, begin):
            return begin, end, text[begin:end], type_iri, j_iri
    if not type_iri:
        return None
    for prefix in LEVEL_PREFIXES:
        body_match = _BODY.search(window)
        body = body_match.group() if body_match else ""
        for cut in range(len(body), -1, -1):
            head = window[: len(window) - cut]
            if head.endswith(prefix) and _specific(window[len(window) - cut:]) and not _word_before(head, prefix):
                jurisdiction = _level_jurisdiction(prefix, home, vocab)
                if jurisdiction is None:
                    break
                begin = start - cut - len(prefix)
                name = jurisdiction.name + text[begin + len(prefix):end]
                return begin, end, name, type_iri, jurisdiction.iri
    place_suffix = next((s for s in PLACE_NAMED_SUFFIXES if text.endswith(s, 0, end)), "")
    if place_suffix:
        for length in (4, 3, 2):
            begin = end - len(place_suffix) - length
            body = text[begin:end - len(place_suffix)]
            if begin >= 0 and re.fullmatch(r"[\u4e00-\u9fff]+", body) and _specific(body) and LIST_START.search(
                    text[max(0, begin - 4):begin]):
                return begin, end, text[begin:end], type_iri, home.iri if home else ""
    return None


def _boundary(text: str, begin: int) -> bool:
    """The name starts a phrase: text start, punctuation, a function word or a verb before it."""
    return begin == 0 or not re.fullmatch(r"[\u4e00-\u9fff]", text[begin - 1]) or bool(
        LIST_START.search(text[max(0, begin - 4):begin]))


def _specific(body: str) -> bool:
    """A body that names one institution (人民, 第二人民, 博爱) rather than a kind (县级, 公立)."""
    return len(body) <= 6 and not GENERIC_BODY.search(body) and bool(re.fullmatch(r"[\u4e00-\u9fff]*", body))


def _word_before(head: str, prefix: str) -> bool:
    """市/区 as the end of a word (城市, 全市, 地区, 社区, 湾区), not a level prefix."""
    before = head[: -len(prefix)][-1:] if len(head) > len(prefix) else ""
    return bool(before) and before in WORD_ENDINGS


def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[NamedEntityMention]:
    extractor = ctx.iris.extractor(NAME, VERSION)
    home = doc_jurisdiction(doc, ctx.vocabulary)
    for start, end, name, type_iri, j_iri in find_institutions(doc, ctx, home):
        if doc.norm.crosses_gap(start, end):
            continue
        code = j_iri.rsplit("/", 1)[-1] if j_iri else "unknown"
        iri = ctx.iris.entity("institution", code, name)
        yield NamedEntityMention(doc.evidence(start, end), doc.provision_at(start).path, extractor, "institution",
                                 iri, name, doc.norm.text[start:end], type_iri, j_iri)


EXTRACTOR = Extractor(NAME, VERSION, run, assigns=("NamedEntityMention",),
                      description="Named institutions typed by institution type and located in their jurisdiction.")
