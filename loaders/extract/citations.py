"""Cited documents: 《title》 and 文号 (中办发〔2023〕10号), implements or cites.

Candidates are found first (titles, attached or standalone numbers), grouped into chains
(《A》《B》等文件要求 share one cue) and classified (implements / cites). Which document a citation points to
is decided for the whole corpus after extraction (loaders.links), so a document's extraction depends on its own
text only and a rebuild with the cited document added links to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.context import BuildContext
from loaders.extract.org_facts import Citation
from loaders.extract.registry import Extractor
from loaders.records import GAP, DocumentMetadata, ParsedDocument
from loaders.titles import normalise_number, normalise_title

NAME, VERSION = "citations", "1.1.0"

_TITLE = re.compile(r"《([^《》\n" + GAP + r"]{2,120})》")
_NUMBER_CORE = r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号"
_NUMBER = re.compile(_NUMBER_CORE)
_ATTACHED_NUMBER = re.compile(r"\s*[（(]\s*(" + _NUMBER_CORE + r")\s*[）)]")
_CHAIN_GLUE = re.compile(r"[、和及与]?")
# Cue tables (data): a cue right before the title, or a cue before and a 要求/精神 after the chain.
_STRONG_CUE = re.compile(r"(贯彻落实|贯彻|根据|依据|遵照|遵循)(?:[\u4e00-\u9fff]{0,8}?)?$")
_REQUIRE_CUE = re.compile(r"(按照|落实|执行|贯彻)[^。；\n]{0,20}$")
_REQUIRE_AFTER = re.compile(r"^(?:等[^。；，\n]{0,12})?(要求|精神|部署|规定)")
_PURPOSE = re.compile(r"制定本|提出如下|结合[^。]{0,12}实际|特制定|现就[^。]{0,20}(提出|通知)")
_PURPOSE_CUE = re.compile(r"(贯彻|落实|根据|依据|按照|遵照)")
_SENTENCE_END = "。；！？\n"
_NUMBER_LEAD_WORDS = ("贯彻落实", "贯彻", "落实", "执行", "根据", "按照", "依据", "参照", "遵照", "关于",
                      "和", "及", "与",
                      "或", "见", "的", "以", "按")
"""Words before an issuer code that are not part of it (执行国卫办发〔2021〕12号 → 国卫办发〔2021〕12号)."""


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    title: str
    number: str


def find_candidates(text: str) -> list[Candidate]:
    """Every 《title》 (with its attached （文号）) and every standalone 文号, in text order."""
    found: list[Candidate] = []
    covered: list[tuple[int, int]] = []
    for m in _TITLE.finditer(text):
        end, number = m.end(), ""
        attached = _ATTACHED_NUMBER.match(text, m.end())
        if attached:
            end, number = attached.end(), attached.group(1)
            covered.append((attached.start(1), attached.end(1)))
        found.append(Candidate(m.start(), end, m.group(1).strip(), number))
    for m in _NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in covered) or _inside_title(text, m.start()):
            continue
        found.append(Candidate(m.start(), m.end(), "", _trim_number(m.group())))
    return sorted(found, key=lambda c: c.start)


def _trim_number(number: str) -> str:
    """Cut words before the issuer code: 文号：中府函〔…〕 → 中府函〔…〕 (keep at most the 4 Han chars before 〔)."""
    head, _, tail = number.partition(re.search(r"[〔\[［(（]", number).group())  # type: ignore[union-attr]
    bracket = number[len(head)]
    head = re.split(r"[：:，,。；\s]", head)[-1]
    for word in ("文号", "字号", "印发"):
        head = head.split(word)[-1]
    stripped = True
    while stripped:
        stripped = False
        for word in _NUMBER_LEAD_WORDS:
            if head.startswith(word) and len(head) > len(word) + 1:
                head, stripped = head[len(word):], True
                break
    return head[-6:] + bracket + tail


def _inside_title(text: str, pos: int) -> bool:
    opening = text.rfind("《", 0, pos)
    return opening >= 0 and text.find("》", opening) > pos and text.rfind("》", opening, pos) < 0


def chains(text: str, candidates: list[Candidate]) -> list[list[Candidate]]:
    """Consecutive titles joined by nothing, 、 or 和 form one chain (they share the cue before the first)."""
    groups: list[list[Candidate]] = []
    for c in candidates:
        if groups and c.title and groups[-1][-1].title and _CHAIN_GLUE.fullmatch(text[groups[-1][-1].end:c.start]):
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def is_implementing(text: str, chain: list[Candidate]) -> bool:
    """The implements cue: 贯彻落实/根据《…》, 按照/落实《…》要求, or any cue in the document's purpose sentence."""
    start, end = chain[0].start, chain[-1].end
    sentence_start = max(text.rfind(ch, 0, start) for ch in _SENTENCE_END) + 1
    ends = [i for i in (text.find(ch, end) for ch in _SENTENCE_END) if i >= 0]
    sentence_end = min(ends) if ends else len(text)
    before = text[sentence_start:start]
    if _STRONG_CUE.search(before[-14:]):
        return True
    if _REQUIRE_CUE.search(before) and _REQUIRE_AFTER.match(text[end:sentence_end]):
        return True
    return bool(_PURPOSE.search(text[sentence_start:sentence_end]) and _PURPOSE_CUE.search(before))


def is_self_reference(meta: DocumentMetadata, title: str, number: str) -> bool:
    """The document's own title (cover notice, 解读 links) or own 文号."""
    if number and meta.doc_number and normalise_number(number) == normalise_number(meta.doc_number):
        return True
    return bool(title and meta.title and normalise_title(title) == normalise_title(meta.title))


def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[Citation]:
    text = doc.norm.text
    meta = doc.source.metadata
    extractor = ctx.iris.extractor(NAME, VERSION)
    candidates = find_candidates(text)
    # A number cited alone elsewhere in the document takes the title it is attached to.
    title_of_number = {normalise_number(c.number): c.title for c in candidates if c.title and c.number}
    number_of_title = {normalise_title(c.title): c.number for c in candidates if c.title and c.number}
    for chain in chains(text, candidates):
        implements = is_implementing(text, chain)
        for c in chain:
            title = c.title or title_of_number.get(normalise_number(c.number), "")
            number = c.number or number_of_title.get(normalise_title(c.title), "")
            if is_self_reference(meta, title, number) or doc.norm.crosses_gap(c.start, c.end):
                continue
            yield Citation(doc.evidence(c.start, c.end), doc.provision_at(c.start).path, extractor,
                           title=title, number=number, implements=implements)


EXTRACTOR = Extractor(NAME, VERSION, run, assigns=("Citation",),
                      description="Cited documents (《title》, 文号) resolved to corpus documents; "
                                  "implements or cites.")
