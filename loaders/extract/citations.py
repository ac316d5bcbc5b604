"""Cited documents: 《title》, 文号 (中办发〔2023〕10号) and laws, regulations and plans named without 《》, each with
its relation to the citing document: implements, drafts or cites.

Candidates are found first, then grouped into chains (《A》《B》等文件要求 share one cue) and classified:
- implements: 贯彻落实 / 根据《…》, 按照 / 落实《…》要求, or any such cue in the document's purpose sentence
  (为贯彻…, 结合实际, 制定本方案); a plan named without 《》 after an implementing verb (贯彻实施X行动计划);
- drafts: a drafting verb governs the title (制定《X》, 修订X条例, 研究制定X办法, 出台X细则);
- cites: any other mention (a law complied with: 贯彻实施X法, 严格执行X条例, 依照X法).
Titles without 《》 are read where a governing verb is followed by a name ending in a kind of document (pattern
tables below): legal acts (…法, …条例, …办法, …规定, …细则) after verbs of compliance, implementing or drafting;
plans (…规划, …计划, …纲要) after verbs of implementing or drafting; standards and guides (…标准, …规范, …指南,
…预案) after drafting verbs only. A plan or standard must name its jurisdiction or be long enough to name one
document (资源配置标准 names a category). Names coordinated with 和 / 及 / 、 under the same verb and of the same
kind are separate references (传染病防治法和突发事件应对法); below laws and regulations, a leading scope (a
jurisdiction or an institution type) distributes over them (公立医院A办法和B办法 → 公立医院B办法).
The document's own title (its covering notice: 现将《X》印发给你们, 关于印发X的通知) is no citation. A title
with a redaction that leaves four characters or more is kept, the redaction written (略).
Which document a citation points to is decided for the whole corpus after extraction (loaders.links), so a
document's extraction depends on its own text only and a rebuild with the cited document added links to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from loaders.context import BuildContext
from loaders.extract.org_facts import CITATION_RELATIONS, Citation
from loaders.extract.registry import Extractor
from loaders.records import GAP, DocumentMetadata, ParsedDocument
from loaders.titles import normalise_number, normalise_title
from loaders.vocabulary import NATION_NAME, Vocabulary

NAME, VERSION = "citations", "1.4.24"

IMPLEMENTS, DRAFTS, CITES = CITATION_RELATIONS

_TITLE = re.compile(r"《([^《》\n]{2,120})》")
_NUMBER_CORE = r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号"
_NUMBER = re.compile(_NUMBER_CORE)
_ATTACHED_NUMBER = re.compile(r"\s*[（(]\s*(" + _NUMBER_CORE + r")\s*[）)]")
_TRAILER = re.compile(r"[（(](?:试行|暂行|修订|修订版|征求意见稿|(?:19|20)\d{2}年?(?:版|修订)?)[）)]$")
"""A version bracket ending a title (（试行）, （2024年版）)."""
_CHAIN_GLUE = re.compile(r"[、和及与]?")
# Cue tables (data): a cue right before the title, or a cue before and a 要求/精神 after the chain.
_STRONG_CUE = re.compile(r"(贯彻落实|贯彻|根据|依据|遵照|遵循)(?:[\u4e00-\u9fff]{0,8}?)?$")
_REQUIRE_CUE = re.compile(r"(按照|落实|执行|贯彻)[^。；\n]{0,20}$")
_REQUIRE_AFTER = re.compile(r"^(?:等[^。；，\n]{0,12})?(要求|精神|部署|规定)")
_PURPOSE = re.compile(r"制定本|提出如下|结合[^。]{0,12}实际|特制定|现就[^。]{0,20}(提出|通知)")
_PURPOSE_CUE = re.compile(r"(贯彻|落实|根据|依据|按照|遵照)")
_SENTENCE_END = "。；！？\n"
_NUMBER_LEAD_WORDS = ("贯彻落实", "贯彻", "落实", "执行", "根据", "按照", "依据", "参照", "对照", "遵照", "关于",
                      "享受", "适用", "依照", "遵循", "符合", "详见", "参见",
                      "和", "及", "与",
                      "或", "见", "的", "以", "按", "在", "对", "将", "由", "从", "据")
"""Words before an issuer code that are not part of it (执行国卫办发〔2021〕12号 → 国卫办发〔2021〕12号, 在湘医保发〔…〕
文件基础上 → 湘医保发〔…〕, 等方面享受黑政办发〔…〕文件规定的政策 → 黑政办发〔…〕)."""

# --- drafting verbs and titles without 《》 (pattern tables) ----------------------------------------------
_DRAFT_VERB = r"(?:制定|制订|修订|修改|起草|出台|颁布|编制)(?:出台|完善|并实施|并出台|印发)?"
_DRAFT_CUE = re.compile(_DRAFT_VERB + r"$")
"""A drafting verb right before a title: the document commits to draft, revise, enact or issue it."""
_IMPLEMENT_VERBS = ("贯彻落实", "贯彻实施", "贯彻执行", "贯彻", "根据", "依据", "按照", "遵照", "遵循")
"""Verbs that govern plans as well as laws (贯彻实施国家X行动计划)."""
_COMPLY_VERBS = ("严格执行", "执行", "实施", "依照", "遵守", "宣传", "宣贯", "学习", "落实", "用好", "将", "把", "符合",
                 "宣传贯彻", "学习贯彻", "学习宣传")
"""Verbs that govern laws and regulations only (实施 also governs programmes: 实施X计划 is no reference)."""
LEGAL_KINDS = ("条例", "办法", "规定", "细则", "规则", "准则", "法")
"""Kinds of legal act that end a title written without 《》 (longest first where one ends another); a code of
conduct (…廉洁从业九项准则) is one."""
PLAN_KINDS = ("规划纲要", "规划", "纲要", "行动计划", "计划")
"""Kinds of plan that end a title written without 《》 after an implementing or drafting verb."""
NORM_KINDS = ("预案", "规范", "标准", "指南")
"""Kinds of standard or guide that end a title written without 《》 after a drafting verb only (按照X标准 names a
level to reach, not a document)."""
_NOT_LAW = frozenset(("方法", "做法", "疗法", "手法", "技法", "算法", "用法", "立法", "执法", "司法", "违法", "守法",
                      "普法", "说法", "看法", "想法", "写法", "功法", "针法", "灸法", "语法", "书法", "打法",
                      "兵法", "心法", "笔法", "解法", "提法", "章法", "依法", "合法", "非法", "无法", "设法"))
"""Words ending in 法 that are no law (方法, 疗法, 执法 …)."""
_GENERIC_START = re.compile(r"^(?:并|和|及|与|或|以|对|相关|有关|配套|具体|相应|各项|各类|各种|各级|一批|一系列|一套|"
                            r"完善|实施|落实|执行|本|该|其|此|上述|新的|统一|专门|有效|工作|管理|考核|奖补|补助|"
                            r"年度|专项|地方|区域|国家有关|国家相关|好|到|在|于|为|要|并且|进一步|加快|不断|逐步)")
"""Openings of a generic phrase, not a title (制定实施办法, 落实相关规定, 制定工作方案)."""
_GENERIC_INSIDE = re.compile(r"有关|相关|各项|上述|等(?!级)|，|的|法规|要求|(?<!共)和|及")
"""Words no title of a single document holds without 《》 (法规和标准, 平战结合要求和…标准, 国家卫生健康委的规定);
共和国 is part of a name."""
_HAN = "\u4e00-\u9fff"
_TITLE_BODY = rf"[{_HAN}“”0-9]"
_AFTER_TITLE = (rf"(?:(?<=条例)|(?<=法)(?=加强|开展|规范|做好|推进|严格|严厉|查处|打击|依法)|"
                rf"(?=[^{_HAN}0-9“”]|和|及|与|以及|等|的|有关|相关|关于|规定|要求|精神|并|中|纳入|列入|作为|$))")
"""What may follow a title without 《》: a break, a coordination or a word about it (…促进法关于…的规定); after
条例, which ends no other word, anything (依照医疗纠纷预防和处理条例妥善化解…); after a law, the verb of what is
done under it (依照药品管理法加强…监管)."""
_COORDINATION = r"以及|和|及|与|、"
_SCOPE_WORDS = re.compile(r"^(?:全(?:国|省|市|区|县|盟|州|旗)|国家)")
"""Scopes that open a title and distribute over coordinated titles (全区A规划和B规划)."""
SELF_CONTAINED = ("法", "条例")
"""Laws and regulations carry their full name (医疗机构管理条例和护士条例: no shared scope)."""
MIN_BODY = {"法": 2, "条例": 2, "准则": 8}
"""Characters a title needs before its kind word (default 4): 献血法, 护士条例 are laws; 考核办法 names nothing, nor
职业道德准则."""
NAMED_PLAN_BODY = 8
"""A plan or standard without 《》 is a title when it opens with a jurisdiction, 全区, 国家 or a quote, or is at
least this long before its kind word (精神障碍患者社区康复服务工作规范); 资源配置标准 names a category."""


def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation trying longer words first (贯彻实施 before 贯彻, 办法 before 法)."""
    return "|".join(sorted(words, key=len, reverse=True))


_BARE_DRAFTED = re.compile(rf"(?P<cue>{_DRAFT_VERB})(?P<title>{_TITLE_BODY}{{2,30}}?"
                           rf"(?P<kind>{_alternation(LEGAL_KINDS + PLAN_KINDS + NORM_KINDS)})){_AFTER_TITLE}")
_BARE_IMPLEMENTED = re.compile(rf"(?P<cue>{_alternation(_IMPLEMENT_VERBS)})(?P<title>{_TITLE_BODY}{{2,30}}?"
                               rf"(?P<kind>{_alternation(LEGAL_KINDS + PLAN_KINDS)})){_AFTER_TITLE}")
_PROMOTE_VERBS = ("加强", "开展", "做好", "抓好", "深入", "深化", "持续", "广泛", "推进", "推动", "组织", "强化",
                  "深入开展", "广泛开展", "持续开展", "认真做好", "全面加强", "大力")
"""Verbs before a law named as the object of its promotion (加强X法宣传, 深入开展X条例学习宣传)."""
_PROMOTE_AFTER = ("宣传", "宣贯", "学习", "贯彻", "实施", "执法检查", "普及", "培训", "解读")
"""What is done to the law in that context: a law, not a method or a practice, is promoted or enforced."""
_PROMOTED_TAIL = (rf"(?=(?:(?:{_COORDINATION}){_TITLE_BODY}{{2,30}}?(?:法|条例))*"
                  rf"(?:{_alternation(_PROMOTE_AFTER)}))")
"""Further laws coordinated with a promoted one, then what is done to them (传染病防治法和疫苗管理法宣传)."""
_BARE_PROMOTED = re.compile(rf"(?P<cue>{_alternation(_PROMOTE_VERBS)})(?P<title>{_TITLE_BODY}{{2,30}}?"
                            rf"(?P<kind>法|条例)){_PROMOTED_TAIL}")
_NEXT_PROMOTED = re.compile(rf"(?:{_COORDINATION})(?P<title>{_TITLE_BODY}{{2,30}}?(?P<kind>法|条例)){_PROMOTED_TAIL}")
_BARE_REVISED = re.compile(rf"(?P<cue>{_alternation((*_PROMOTE_VERBS, '配合做好', '配合', '启动', '完成', '加快'))})"
                           rf"(?P<title>{_TITLE_BODY}{{2,30}}?(?P<kind>法|条例|办法))"
                           rf"(?=的?(?:修订|修改|制定|起草|立法)(?:工作|调研)?)")
"""A law or regulation named before its drafting (积极配合做好重庆市精神卫生条例修订工作, 推动X条例的修订): drafted."""
_BARE_COMPLIED = re.compile(rf"(?P<cue>{_alternation(_COMPLY_VERBS)})(?P<title>{_TITLE_BODY}{{2,30}}?"
                            rf"(?P<kind>{_alternation(LEGAL_KINDS)})){_AFTER_TITLE}")
_NEXT_TITLE = {kind: re.compile(rf"(?:{_COORDINATION})(?P<title>{_TITLE_BODY}{{2,30}}?{kind}){_AFTER_TITLE}")
               for kind in LEGAL_KINDS + PLAN_KINDS + NORM_KINDS}
_VERSIONED = re.compile(rf"(?:(?P<cue>{_alternation(_IMPLEMENT_VERBS + _COMPLY_VERBS + ('参照', '对照'))})|"
                        rf"(?P<joint>以及|和|及|与|、))?(?P<title>[{_HAN}“”0-9]{{4,30}}?(?:规范|指南|原则|方案|办法|标准|规定|程序|目录|清单|"
                        rf"细则|共识))(?P<edition>[（(](?:19|20)\d{{2}}年?版[）)])")
"""A title named without 《》 but with its edition (严格执行疫苗储存和运输管理规范（2017年版）和非免疫规划疫苗使用
指导原则（2020年版）; 对照乡镇卫生院服务能力标准（2022版）)."""
_ITS_OWN = re.compile(r"及其(?P<kind>实施办法|实施条例|实施细则)")
"""A law's own implementing regulation named after it: 母婴保健法及其实施办法 → 母婴保健法实施办法."""
_NEXT_LAW = re.compile(rf"(?:{_COORDINATION})(?P<title>{_TITLE_BODY}{{2,30}}?(?P<kind>法|条例)){_AFTER_TITLE}")
"""A law or regulation coordinated with another, whichever its kind (中医药法、北京市中医药条例)."""


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    title: str
    number: str
    bare: bool = False
    """A title written without 《》 (its relation comes from the verb that governs it)."""
    relation: str = ""
    """For a bare title: drafts when a drafting verb governs it, implements when an implementing verb governs a
    plan, else '' (decided by the sentence)."""


def find_candidates(text: str, vocab: Vocabulary | None = None) -> list[Candidate]:
    """Every 《title》 (with its attached （文号）), standalone 文号 and title without 《》, in text order."""
    found: list[Candidate] = []
    covered: list[tuple[int, int]] = []
    for m in _TITLE.finditer(text):
        title = m.group(1).strip()
        if not _readable(title):
            continue
        end, number = m.end(), ""
        attached = _ATTACHED_NUMBER.match(text, m.end())
        if attached:
            end, number = attached.end(), attached.group(1)
            covered.append((attached.start(1), attached.end(1)))
        found.append(Candidate(m.start(), end, _show_gaps(title), number))
        covered.append((m.start(), m.end()))
        if (law := _NEXT_LAW.match(text, end)) and _is_title(law.group("title"), law.group("kind"), vocab):
            # 严格执行《…老年人权益保障法》和山东省养老服务条例有关规定: a law joined to a quoted title
            found.append(Candidate(law.start("title"), law.end("title"), law.group("title"), "", True))
            covered.append((law.start("title"), law.end("title")))
    for m in _NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in covered) or _inside_title(text, m.start()):
            continue
        found.append(Candidate(m.start(), m.end(), "", _trim_number(m.group())))
    found += [c for c in bare_titles(text, vocab) if not any(s <= c.start < e for s, e in covered)]
    return _shortened_titles(sorted(found, key=lambda c: c.start))


SHORT_TITLE = 5
"""Characters a title named again by its end keeps at least (评价实施细则; not 实施细则 or 管理办法)."""


def _shortened_titles(found: list[Candidate]) -> list[Candidate]:
    """A bare title that ends a title named before it (出台公立医院运营管理评价办法 after 《南充市公立医院运营管理评价
    办法》, 制定评价实施细则 after 制定…评价实施细则) names that document again, by its full title."""
    out: list[Candidate] = []
    for c in found:
        full = next((e.title for e in out if c.bare and len(c.title) >= SHORT_TITLE and len(e.title) > len(c.title)
                     and e.title.endswith(c.title)), None)
        out.append(replace(c, title=full) if full else c)
    return out


def _readable(title: str) -> bool:
    """A title still names a document when a redaction leaves at least four characters of it."""
    return len(title.replace(GAP, "").strip()) >= 4 if GAP in title else True


def _show_gaps(title: str) -> str:
    """A redacted part of a title written as (略), the annotators' and readers' convention."""
    return re.sub(rf"\s*{GAP}\s*", "(略)", title)


_PLAN_PERIOD = re.compile(r"[（(](?:19|20)\d{2}\s*[—\-–－~～至]\s*(?:19|20)\d{2}年?[）)]")
"""A plan's period in brackets right after its title (…专项规划（2026—2035年）)."""
_TRIAL = re.compile(r"[（(](?:试行|暂行)[）)]")
"""A trial or interim status in brackets right after a title (…服务管理办法(试行)): part of the title."""


def bare_titles(text: str, vocab: Vocabulary | None = None) -> list[Candidate]:
    """Titles without 《》 after a governing verb, with the titles coordinated to them (see module docstring)."""
    found: dict[int, Candidate] = {}
    for pattern, verb_relation in ((_BARE_DRAFTED, DRAFTS), (_BARE_IMPLEMENTED, IMPLEMENTS), (_BARE_COMPLIED, ""),
                                   (_BARE_PROMOTED, ""), (_BARE_REVISED, DRAFTS)):
        for m in pattern.finditer(text):
            start, title, kind = m.start("title"), m.group("title"), m.group("kind")
            if start in found or not _is_title(title, kind, vocab):
                continue
            # a plan is implemented (贯彻实施X行动计划); a law is complied with, which is citing it (贯彻实施X法)
            relation = verb_relation if verb_relation == DRAFTS or kind in PLAN_KINDS else ""
            if kind in PLAN_KINDS and (period := _PLAN_PERIOD.match(text, m.end("title"))):
                title += period.group()  # 编制X专项规划（2026—2035年）: the period is part of a plan's title
            elif trial := _TRIAL.match(text, m.end("title")):
                title += trial.group()  # 制定X管理办法(试行)
            found[start] = Candidate(start, m.end("title") + (len(title) - len(m.group("title"))), title, "", True,
                                     relation)
            end, scope = m.end("title"), _scope(title, vocab) if kind not in SELF_CONTAINED else ""
            following = _NEXT_PROMOTED if pattern is _BARE_PROMOTED else _NEXT_LAW if kind in SELF_CONTAINED \
                else _NEXT_TITLE[kind]
            while (nxt := following.match(text, end)) and _is_title(nxt.group("title"),
                                                                    nxt.groupdict().get("kind") or kind, vocab):
                second = nxt.group("title")
                if scope and not _scope(second, vocab):
                    second = scope + second
                found.setdefault(nxt.start("title"), Candidate(nxt.start("title"), nxt.end("title"), second, "",
                                                               True, relation))
                end = nxt.end("title")
            if kind == "法" and (own := _ITS_OWN.match(text, m.end("title"))):  # 母婴保健法及其实施办法
                found.setdefault(own.start("kind"), Candidate(own.start("kind"), own.end("kind"),
                                                              title + own.group("kind"), "", True, relation))
    editions = _VERSIONED.finditer(text) if "版）" in text or "版)" in text else ()
    for m in editions:  # 预防接种工作规范（2023年版）: a title by its edition, after a cue or a title
        start = m.start("title")
        if start not in found and not _GENERIC_START.match(m.group("title")) and (
                m.group("cue") or (m.group("joint") and any(c.end == m.start() for c in found.values()))):
            found[start] = Candidate(start, m.end(), m.group("title") + m.group("edition"), "", True, "")
    return sorted(found.values(), key=lambda c: c.start)


def _is_title(title: str, kind: str, vocab: Vocabulary | None = None) -> bool:
    """A proper title: long enough before its kind word, not a generic phrase, not a method (疗法); a plan or
    standard also names its jurisdiction or is long enough to name one document."""
    body = title[: -len(kind)]
    if len(body) < MIN_BODY.get(kind, 4) or _GENERIC_START.match(title):
        return False
    if (generic := _GENERIC_INSIDE.search(body)) and not _joined_inside_name(body, generic, kind):
        return False
    if kind in PLAN_KINDS + NORM_KINDS:
        return len(body) >= NAMED_PLAN_BODY or title.startswith("“") or bool(_jurisdiction_scope(title, vocab))
    if kind == "规定" and body.endswith(("按", "依", "依照", "按照")):
        return False  # 经费按规定纳入预算: "as the rules say", no title
    return not (kind == "法" and title[-2:] in _NOT_LAW)


def _joined_inside_name(body: str, found: re.Match, kind: str) -> bool:
    """和 or 与 inside the full name of a law or regulation (医疗纠纷预防和处理条例, 基本医疗卫生与健康促进法), not
    between two titles or two generic nouns: the only generic word of the body, after a part that ends no title."""
    if kind not in SELF_CONTAINED or found.group() != "和" or _GENERIC_INSIDE.search(body, found.end()):
        return False
    return not body[: found.start()].endswith(tuple(LEGAL_KINDS + PLAN_KINDS + NORM_KINDS))


def _jurisdiction_scope(title: str, vocab: Vocabulary | None) -> str:
    """The jurisdiction that opens a title (湖北省, 全区, 国家), or ''."""
    m = _SCOPE_WORDS.match(title)
    if m:
        return m.group()
    hits = vocab.find_all("jurisdiction", title[:12]) if vocab else []
    return title[: hits[0][1]] if hits and hits[0][0] == 0 else ""


def _scope(title: str, vocab: Vocabulary | None) -> str:
    """The leading scope of a title (a jurisdiction, 全区, 国家, or an institution type), or ''."""
    scope = _jurisdiction_scope(title, vocab)
    if scope or vocab is None:
        return scope
    hits = vocab.find_all("institution-type", title[:12])
    return title[: hits[0][1]] if hits and hits[0][0] == 0 else ""


def _trim_number(number: str) -> str:
    """Cut words before the issuer code: 文号：中府函〔…〕 → 中府函〔…〕 (keep at most the 8 Han chars before 〔:
    国疾控综卫免发, 国中医药办医政发)."""
    head, _, tail = number.partition(re.search(r"[〔\[［(（]", number).group())  # type: ignore[union-attr]
    bracket = number[len(head)]
    head = re.split(r"[：:，,。；\s]", head)[-1]
    for word in ("文号", "字号", "印发"):
        head = head.split(word)[-1]
    for word in sorted(_NUMBER_LEAD_WORDS, key=len, reverse=True):
        # 地方病监测按照云卫疾控发〔…〕 → 云卫疾控发〔…〕; 建设标准见川卫办发〔…〕 → 川卫办发〔…〕 (a one-character word
        # only before an issuer code of three characters or more)
        if word in head and len(head.rsplit(word, 1)[1]) >= (2 if len(word) >= 2 else 3):
            head = head.rsplit(word, 1)[1]
    stripped = True
    while stripped:
        stripped = False
        for word in _NUMBER_LEAD_WORDS:
            if head.startswith(word) and len(head) > len(word) + 1:
                head, stripped = head[len(word):], True
                break
    issuer = _ISSUER_BEFORE_CODE.search(head)
    if issuer:  # 落实省疾控局黔疾控发〔2025〕7号: the issuing agency's name before its code
        head = head[issuer.end():]
    return head[-8:] + bracket + tail


_ISSUER_BEFORE_CODE = re.compile(r"(?:局|委|厅|部|办公室|政府)(?=[\u4e00-\u9fff]{2,7}(?:发|函|字|令|通|电)$)")
"""An agency's name written before its issuer code (省疾控局黔疾控发): the code starts after it."""


def _inside_title(text: str, pos: int) -> bool:
    opening = text.rfind("《", 0, pos)
    return opening >= 0 and text.find("》", opening) > pos and text.rfind("》", opening, pos) < 0


def chains(text: str, candidates: list[Candidate]) -> list[list[Candidate]]:
    """Consecutive titles joined by nothing, 、 or 和 form one chain (they share the cue before the first)."""
    groups: list[list[Candidate]] = []
    for c in candidates:
        last = groups[-1][-1] if groups else None
        if (last and c.title and last.title and c.bare == last.bare
                and _CHAIN_GLUE.fullmatch(text[last.end:c.start])):
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    sentence_start = max(text.rfind(ch, 0, start) for ch in _SENTENCE_END) + 1
    ends = [i for i in (text.find(ch, end) for ch in _SENTENCE_END) if i >= 0]
    return sentence_start, min(ends) if ends else len(text)


def is_implementing(text: str, chain: list[Candidate]) -> bool:
    """The implements cue: 贯彻落实/根据《…》, 按照/落实《…》要求, or any cue in the document's purpose sentence."""
    start, end = chain[0].start, chain[-1].end
    sentence_start, sentence_end = _sentence(text, start, end)
    before = text[sentence_start:start]
    if chain[0].bare:  # a bare title implements only in the purpose sentence (为贯彻实施X法，制定本办法)
        return bool(_PURPOSE.search(text[sentence_start:sentence_end]) and _PURPOSE_CUE.search(before))
    if _STRONG_CUE.search(before[-14:]):
        return True
    if _REQUIRE_CUE.search(before) and _REQUIRE_AFTER.match(text[end:sentence_end]):
        return True
    return bool(_PURPOSE.search(text[sentence_start:sentence_end]) and _PURPOSE_CUE.search(before))


def relation(text: str, chain: list[Candidate]) -> str:
    """implements, drafts or cites for a chain: a drafting verb right before the chain makes it drafted."""
    first = chain[0]
    if first.relation:
        return first.relation
    if not first.bare and _DRAFT_CUE.search(text[max(0, first.start - 6):first.start]):
        return DRAFTS
    return IMPLEMENTS if is_implementing(text, chain) else CITES


_ISSUED_HERE = re.compile(r"^(?:[^。；《\n]{0,40}?|。\s*(?:现将其|现)?)(?:印发给你们|印发你们|现予印发|予以印发)")
"""A covering notice issuing the document itself: 现将《X》印发给你们 / 《X》已经…同意，现印发给你们 /
…研究制定了《X》。现印发给你们."""
_NOTICE_TITLE = re.compile(r"关于(?:印发|转发|发布|颁布)(?P<inner>.+?)的通知$")


def is_self_reference(meta: DocumentMetadata, title: str, number: str, after: str = "") -> bool:
    """The document's own title (cover notice, 解读 links) or own 文号; `after` is the text after the mention."""
    if number and meta.doc_number and normalise_number(number) == normalise_number(meta.doc_number):
        return True
    if title and _ISSUED_HERE.match(after):
        return True
    if not (title and meta.title):
        return False
    own = {normalise_title(meta.title)}
    notice = _NOTICE_TITLE.search(meta.title)
    if notice:
        own.add(normalise_title(notice.group("inner")))
    return normalise_title(title) in own


def run(doc: ParsedDocument, ctx: BuildContext) -> Iterator[Citation]:
    text = doc.norm.text
    meta = doc.source.metadata
    extractor = ctx.iris.extractor(NAME, VERSION)
    candidates = find_candidates(text, ctx.vocabulary)
    # A number cited alone elsewhere in the document takes the title it is attached to.
    title_of_number = {normalise_number(c.number): c.title for c in candidates if c.title and c.number}
    number_of_title = {normalise_title(c.title): c.number for c in candidates if c.title and c.number}
    # 天津市慢性病防治管理办法 after 《天津市慢性病防治管理办法（试行）》: one document, named without its trailer
    trailed = {normalise_title(_TRAILER.sub("", c.title)): c.title for c in candidates if c.title and
               _TRAILER.search(c.title)}
    # 疫苗管理法 after 《中华人民共和国疫苗管理法》: the same law, named short
    national = {normalise_title(c.title.removeprefix(NATION_NAME)): c.title for c in candidates
                if c.title.startswith(NATION_NAME) and len(c.title) > len(NATION_NAME) + 2}
    for chain in chains(text, candidates):
        how = relation(text, chain)
        for c in chain:
            title = c.title or title_of_number.get(normalise_number(c.number), "")
            title = trailed.get(normalise_title(title), title) if title and not _TRAILER.search(title) else title
            title = national.get(normalise_title(title), title) if title else title
            number = c.number or number_of_title.get(normalise_title(c.title), "")
            if is_self_reference(meta, title, number, text[c.end:c.end + 48]):
                continue
            if not c.title and doc.norm.crosses_gap(c.start, c.end):
                continue
            yield Citation(doc.evidence(c.start, c.end), doc.provision_at(c.start).path, extractor,
                           title=title, number=number, implements=how == IMPLEMENTS, relation=how)


EXTRACTOR = Extractor(NAME, VERSION, run, assigns=("Citation",),
                      description="Cited documents (《title》, 文号, laws and regulations named without 《》) resolved "
                                  "to corpus documents; implements, drafts or cites.")
