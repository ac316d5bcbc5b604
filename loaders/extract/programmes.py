"""Named programmes, projects, campaigns and plans (千县工程, 健康广东行动, 中医师承“薪火工程”, “百技千方”项目).

Two patterns (tables below):
- a quoted name ending in, or followed by, a programme word: “千县工程”, “百技千方”项目, “万名医护下基层”项目;
- an unquoted name after an implementing verb: 实施医养结合能力提升工程, 深入开展健康广东行动.
Generic heads (专项行动, 行动计划, 建设项目 …) are in the stop-list; 计划生育 is not a plan. One entity per
normalised name across the corpus; each mention carries its provision and the agencies responsible for that
provision when a responsibility clause states them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.context import BuildContext
from loaders.extract.org_facts import NamedEntityMention, Responsibility
from loaders.extract.registry import Extractor
from loaders.records import GAP, ParsedDocument

NAME, VERSION = "programmes", "1.0.0"

KINDS = {"工程": "工程 project", "行动": "行动 campaign", "计划": "计划 plan", "项目": "项目 project"}
_WORD = "工程|行动|计划|项目"
_QUOTED = re.compile(r"“(?P<name>[^“”\n" + GAP + r"]{2,24}?)”(?P<word>" + _WORD + r")?")
_VERB = re.compile(r"(?:深入实施|全面实施|启动实施|组织实施|实施|深入开展|开展|推进实施|推进|深入推进|贯彻)"
                   r"(?P<name>[\u4e00-\u9fff“”]{2,18}?(?:" + _WORD + r")(?:计划)?)"
                   r"(?!生育|[\u4e00-\u9fff]{0,2}(?:试点|经验))")
STOP = re.compile(r"^(专项行动|行动计划|工作计划|建设项目|试点项目|重点项目|重点研发项目|项目|工程|行动|计划|"
                  r"一批.*|的.*|"
                  r"[一二三四五六七八九十\d]+年.*|"
                  r"[\u4e00-\u9fff]{0,2}(大|个|项)专项行动|.*研发计划项目|.*重大工程建设项目|.*建设工程)$")
_LEADING = re.compile(r"^(新一轮|一批|好|一系列|实施|开展|推进|[\u4e00-\u9fff]{2,6}(?:运动|工作|活动)和)+")


def find_programmes(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, canonical name, kind) of every programme mention, leftmost first, no overlaps."""
    found: list[tuple[int, int, str, str]] = []
    for m in _QUOTED.finditer(text):
        name, word = m.group("name"), m.group("word") or ""
        if not word and not re.search("(" + _WORD + ")$", name):
            continue
        canonical = name + word
        found.append((m.start(), m.end(), canonical, _kind(canonical)))
    for m in _VERB.finditer(text):
        raw = m.group("name")
        if "“" in raw or "”" in raw:
            continue
        canonical = _LEADING.sub("", raw)
        if STOP.match(canonical) or len(canonical) < 4:
            continue
        start = m.start("name") + (len(raw) - len(canonical))
        if not any(s < m.end("name") and start < e for s, e, _, _ in found):
            found.append((start, m.end("name"), canonical, _kind(canonical)))
    return sorted(found)


def _kind(name: str) -> str:
    for word, kind in KINDS.items():
        if name.endswith(word):
            return kind
    return ""


def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[NamedEntityMention]:
    extractor = ctx.iris.extractor(NAME, VERSION)
    responsible: dict[str, list] = {}
    for fact in doc.facts:
        if isinstance(fact, Responsibility):
            responsible.setdefault(fact.provision, []).append(fact.agency)
    for start, end, name, kind in find_programmes(doc.norm.text):
        path = doc.provision_at(start).path
        yield NamedEntityMention(doc.evidence(start, end), path, extractor, "programme",
                                 ctx.iris.entity("programme", name), name, doc.norm.text[start:end], kind,
                                 responsible=tuple(responsible.get(path, ())))


EXTRACTOR = Extractor(NAME, VERSION, run, requires=("responsibilities",), assigns=("NamedEntityMention",),
                      description="Named programmes, projects, campaigns and plans with the agencies responsible.")
