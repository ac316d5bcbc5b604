"""The corpus: text files in a folder plus `manifest.toml`; metadata inferred when an entry is missing."""

from __future__ import annotations

import hashlib
import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from loaders.records import DocumentMetadata, SourceDocument
from policykg.errors import CorpusError, ManifestError

if TYPE_CHECKING:
    from loaders.vocabulary import Vocabulary

log = logging.getLogger(__name__)

MANIFEST = "manifest.toml"
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
KEYS = {"id", "source_file", "seed", "title", "title_en", "jurisdiction", "issuers", "date", "doc_number", "status",
        "script", "subject", "subject_zh", "sources"}
STATUSES = {"final", "draft"}
SCRIPTS = {"simplified", "traditional"}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _line_of(text: str, needle: str, after: int = 0) -> int:
    pos = text.find(needle, after)
    return text.count("\n", 0, pos) + 1 if pos >= 0 else 0


def read_manifest(folder: Path) -> dict[str, DocumentMetadata]:
    """Manifest entries by source file name; raises ManifestError naming the file and line."""
    path = folder / MANIFEST
    if not path.exists():
        return {}
    text = _read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(str(exc), str(path)) from exc
    unknown_top = set(data) - {"document"}
    if unknown_top:
        key = sorted(unknown_top)[0]
        raise ManifestError(f"unknown top-level key {key!r} (expected [[document]] tables)",
                            f"{path}:{_line_of(text, key)}")
    entries: dict[str, DocumentMetadata] = {}
    seen_ids: set[str] = set()
    cursor = 0
    for n, entry in enumerate(data.get("document", []), 1):
        cursor = text.find("[[document]]", cursor) + 1
        where = f"{path}:{_line_of(text, '[[document]]', cursor - 1)}"
        unknown = set(entry) - KEYS
        if unknown:
            key = sorted(unknown)[0]
            raise ManifestError(f"unknown key {key!r} in document #{n} (allowed: {', '.join(sorted(KEYS))})",
                                f"{path}:{_line_of(text, key, cursor)}")
        for required in ("id", "source_file"):
            if not entry.get(required):
                raise ManifestError(f"document #{n} has no {required!r}", where)
        meta = _metadata(entry, where)
        if meta.id in seen_ids:
            raise ManifestError(f"duplicate id {meta.id!r}", where)
        seen_ids.add(meta.id)
        entries[meta.source_file] = meta
    return entries


def _metadata(entry: dict, where: str) -> DocumentMetadata:
    if not _ID.match(entry["id"]):
        raise ManifestError(f"id {entry['id']!r} must be lowercase ASCII letters, digits and hyphens", where)
    status = entry.get("status", "final")
    if status not in STATUSES:
        raise ManifestError(f"status {status!r} must be one of {sorted(STATUSES)}", where)
    script = entry.get("script", "simplified")
    if script not in SCRIPTS:
        raise ManifestError(f"script {script!r} must be one of {sorted(SCRIPTS)}", where)
    date = entry.get("date", "")
    if date and not _DATE.match(str(date)):
        raise ManifestError(f"date {date!r} must be ISO 8601 (YYYY-MM-DD)", where)
    issuers = entry.get("issuers", [])
    if isinstance(issuers, str):
        issuers = [issuers]
    sources = entry.get("sources", {})
    if not isinstance(sources, dict):
        raise ManifestError("sources must be a table of key = \"where the value comes from\"", where)
    return DocumentMetadata(
        id=entry["id"], source_file=entry["source_file"], title=entry.get("title", ""),
        title_en=entry.get("title_en", ""),
        jurisdiction=entry.get("jurisdiction", ""), issuers=tuple(issuers), date=str(date),
        doc_number=entry.get("doc_number", ""), status=status, script=script, subject=entry.get("subject", ""),
        subject_zh=entry.get("subject_zh", ""),
        sources=tuple(sorted((k, str(v)) for k, v in sources.items())),
    )


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CorpusError("file not found", str(path)) from exc
    except OSError as exc:
        raise CorpusError(f"cannot read file ({exc.strerror})", str(path)) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}", f"{path}:{line}") from exc
    return text.removeprefix("\ufeff")


DEFAULT_MAX_BYTES = 8 * 1024 * 1024
"""Largest document file read by default (settings.max_document_bytes): a policy text is tens of KB."""


@dataclass(frozen=True)
class SourceRef:
    """A corpus file checked and identified, not yet kept in memory: where it is, its metadata and digest."""

    path: Path
    metadata: DocumentMetadata
    sha256: str


def _read_checked(path: Path, max_bytes: int) -> str:
    size = path.stat().st_size if path.exists() else 0
    if max_bytes and size > max_bytes:
        raise CorpusError(f"file is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB "
                          "(settings.max_document_bytes / POLICYKG_MAX_DOCUMENT_BYTES)", str(path))
    text = _read_text(path)
    if not text.strip():
        raise CorpusError("file is empty", str(path))
    return text


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_document(path: Path, meta: DocumentMetadata | None = None, max_bytes: int = DEFAULT_MAX_BYTES) \
        -> SourceDocument:
    """Read one corpus file; a file with no manifest entry gets inferred metadata and a warning."""
    text = _read_checked(path, max_bytes)
    if meta is None:
        log.warning("%s has no manifest entry: metadata inferred from its text", path.name)
        meta = infer_metadata(path, text)
    return SourceDocument(path=path, raw=text, metadata=meta, sha256=_digest(text))


def read_source(ref: SourceRef) -> SourceDocument:
    """The text of a listed corpus file; CorpusError when the file changed since it was listed."""
    text = _read_text(ref.path)
    digest = _digest(text)
    if digest != ref.sha256:
        raise CorpusError("file changed while the build was running; run the build again", str(ref.path))
    return SourceDocument(path=ref.path, raw=text, metadata=ref.metadata, sha256=digest)


def list_corpus(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[SourceRef]:
    """Every text file of the corpus folder, checked (UTF-8, not empty, within the size limit, ids unique) and
    identified, in file-name order; texts are not kept in memory."""
    if not folder.is_dir():
        raise CorpusError("corpus folder not found", str(folder))
    manifest = read_manifest(folder)
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in TEXT_SUFFIXES and p.is_file())
    names = {p.name for p in files}
    for missing in sorted(set(manifest) - names):
        raise ManifestError(f"source_file {missing!r} is not in the corpus folder", str(folder / MANIFEST))
    refs: list[SourceRef] = []
    owners: dict[str, Path] = {}
    for path in files:
        text = _read_checked(path, max_bytes)
        meta = manifest.get(path.name)
        if meta is None:
            log.warning("%s has no manifest entry: metadata inferred from its text", path.name)
            meta = infer_metadata(path, text)
        if meta.id in owners:
            first = owners[meta.id]
            how = "inferred from the file name" if meta.inferred else "given in the manifest"
            raise ManifestError(f"document id {meta.id!r} of {path.name} ({how}) is already the id of {first.name}; "
                                "give one of them another id in the manifest (nothing was built)", str(path))
        owners[meta.id] = path
        refs.append(SourceRef(path, meta, _digest(text)))
    if not refs:
        raise CorpusError("no .txt or .md documents", str(folder))
    return refs


def read_corpus(folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[SourceDocument]:
    """Every text file of the corpus folder, read, in file-name order."""
    return [read_source(ref) for ref in list_corpus(folder, max_bytes)]


# --- inference for files without a manifest entry ---------------------------------------------

_DATE_VALUE = r"(?P<v>\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2}))"
_FIELD = {
    "title": re.compile(r"^\s*(?:标\s*题|名\s*称)\s*[:：]\s*(?P<v>[^\n]+?)\s*(?:发文字号|$)", re.M),
    "doc_number": re.compile(r"(?:文\s*号|发文字号|文件编号)\s*[:：]\s*(?P<v>[^\s]*?〔\d{4}〕\d+号)"),
    "date": re.compile(r"(?:成文日期|印发日期)\s*[:：]\s*" + _DATE_VALUE),
    "published": re.compile(r"(?:发布日期)\s*[:：]\s*" + _DATE_VALUE),
    "issuer": re.compile(r"(?:发文机关|发布机构|信息来源)\s*[:：]\s*(?P<v>[\u4e00-\u9fff]+?)"
                         r"(?=发布日期|成文日期|标\s*题|文\s*号|\s|$)"),
}
_ANY_DATE = re.compile(r"(\d{4})\s*(?:年\s*|-)(\d{1,2})\s*(?:月\s*|-)(\d{1,2})\s*日?")
_DATE_LINE = re.compile(r"^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$", re.M)
_ANY_NUMBER = re.compile(r"(?<!》（)(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,8}〔\d{4}〕\d+号")
_NOTICE = re.compile(r"^(?P<issuer>[\u4e00-\u9fff　 ]{2,80}?)?关于(?:印发|转发|下发|发布)?(?P<title>.+?)"
                     r"的(?:通知|函|决定)$")
_TITLE_END = re.compile(r"(方案|规划|意见|通知|办法|纲要|计划|决定|规定|细则|行动)(?:（[^）]*）|\([^)]*\))?$")
_HEADER_LINES = 40


def _iso(date: str) -> str:
    m = _ANY_DATE.search(date)
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else ""


def _title_like(line: str) -> bool:
    return 6 <= len(line) <= 90 and not line.endswith(("。", "：", "，", "；")) and bool(_TITLE_END.search(line))


def infer_metadata(path: Path, text: str) -> DocumentMetadata:
    """Best-effort metadata from a document's own text: the portal's catalogue fields (索引号 / 发文机关 / 成文日期
    / 文号 …), a covering notice's heading (<issuer>关于印发<plan>的通知), the plan's own title line, the document
    number and the signature date. A breadcrumb is never a title."""
    from loaders.boilerplate import is_furniture
    from loaders.normalise import WITHOUT_FURNITURE, normalise

    norm = normalise(text, passes=WITHOUT_FURNITURE[:-1]).text  # spaces kept: they separate joint issuers
    head = norm[:4000]
    sources: list[tuple[str, str]] = []
    found: dict[str, str] = {}
    for key, rx in _FIELD.items():
        m = rx.search(head)
        if m:
            found[key] = m.group("v").strip()
            sources.append((key if key != "issuer" else "issuers", "inferred: portal catalogue field of the text"))
    lines = [" ".join(ln.split()) for ln in norm.splitlines()[:_HEADER_LINES] if ln.strip() and not is_furniture(ln)]
    titles = [ln for ln in lines if _title_like(ln.replace(" ", ""))]
    notice = next((m for m in (_NOTICE.match(ln) for ln in titles) if m), None)
    if notice:
        inner = notice.group("title").strip()
        if inner.startswith("《") and inner.endswith("》"):
            inner = inner[1:-1]
        if "issuer" not in found and notice.group("issuer"):
            found["issuer"] = notice.group("issuer").strip()
            sources.append(("issuers", "inferred: the covering notice's heading"))
        if "title" not in found:
            found["title"] = inner.replace(" ", "")
            sources.append(("title", "inferred: the plan named by the covering notice"))
    if "title" not in found and titles:
        found["title"] = titles[0].replace(" ", "")
        sources.append(("title", "inferred: first title-like line"))
    if "date" not in found:
        m = _DATE_LINE.search(head)
        if m:
            found["date"] = m.group(0)
            sources.append(("date", "inferred: the signature date"))
        elif "published" in found:
            found["date"] = found["published"]
        elif m := _ANY_DATE.search(head):
            found["date"] = m.group(0)
            sources.append(("date", "inferred: first date in the text"))
    if "doc_number" not in found:
        m = _ANY_NUMBER.search(head[:1500])
        if m:
            found["doc_number"] = m.group(0)
            sources.append(("doc_number", "inferred: document number near the top"))
    title = found.get("title", path.stem)
    issuers = tuple(i for i in re.split(r"[\s　、]+", found.get("issuer", "")) if i)
    jurisdiction = infer_jurisdiction(" ".join((title, *issuers)), head)
    if jurisdiction:
        sources.append(("jurisdiction", "inferred: division named in the title or issuer, or most often near the top"))
    converted = _t2s_ratio(text)
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "document"
    return DocumentMetadata(
        id=slug, source_file=path.name, title=title, jurisdiction=jurisdiction, issuers=issuers,
        date=_iso(found.get("date", "")), doc_number=found.get("doc_number", ""),
        status="draft" if "征求意见稿" in title else "final",
        script="traditional" if converted > 0.01 else "simplified",
        sources=tuple(sorted(set(sources))), inferred=True,
    )


NATIONAL_ISSUERS = re.compile(r"^(?:中共中央|国务院|全国人民代表大会|全国人大|"
                              r"国家[\u4e00-\u9fff]{1,12}(?:委|局|部|署|办)|"
                              r"(?:教育|财政|民政|人力资源社会保障|生态环境|住房城乡建设|交通运输|农业农村|商务|文化和旅游|"
                              r"科学技术|科技|工业和信息化|公安|司法|自然资源|水利|应急管理)部)")
"""Issuers of national documents (the State Council, the Party centre, ministries, national commissions)."""


def infer_jurisdiction(title: str, head: str) -> str:
    """Simplified name of the administrative division a document is about.

    The most specific division named in the title or issuer (吉林市蛟河市… → 蛟河市; a county name taken within the
    city named before it: 武汉市江汉区 → 江汉区 of 武汉市; a two-character county before its government's name: 攸县),
    the whole country for national issuers, else the division named most often in the first part of the text, the
    more specific on ties; empty when none."""
    from loaders.vocabulary import Vocabulary

    vocab = Vocabulary.load()
    in_title = vocab.find_all("jurisdiction", title)
    issuer, issuer_iri = _issuer_division(title, vocab)
    unknown = "" if issuer_iri else issuer
    if unknown and not any(start < len(unknown) for start, _, _ in in_title):
        return _within_named(unknown, head, vocab)
    if issuer_iri and not in_title:
        iri = issuer_iri
    elif in_title:
        iri = in_title[0][2]
        for start, end, found_iri in in_title[1:]:
            within = vocab.jurisdiction_by_name(title[start:end], within=iri)
            iri = within or found_iri
    elif NATIONAL_ISSUERS.match(title.split()[-1] if title.split() else "") or NATIONAL_ISSUERS.search(title):
        iri = vocab.nation() or ""
        if not iri:
            return ""
    else:
        counts: dict[str, int] = {}
        for _, _, found_iri in vocab.find_all("jurisdiction", head[:1500]):
            counts[found_iri] = counts.get(found_iri, 0) + 1
        if not counts:
            return ""
        iri = max(counts, key=lambda k: (counts[k], _depth(vocab, k), -list(counts).index(k)))
    name = vocab.labels(iri).get("zh-Hans", "")
    parent = vocab.parent(iri)
    if parent and vocab.tier(iri).endswith("/county-level") and len(vocab.candidates("jurisdiction", name)) > 1:
        return vocab.labels(parent).get("zh-Hans", "") + name  # 武汉市江汉区: the name alone is not unique
    return name


def _issuer_division(title: str, vocab: Vocabulary) -> tuple[str, str]:
    """(name, IRI) of the division a title or issuer starts with, right before an agency's name, when the text search
    cannot give it: ('沂州市', '') for a division the vocabulary lacks (a level-ended name: 沂州市人民政府办公室关于…),
    ('攸县', IRI) for one with a two-character name, which the search leaves out (they are often ordinary words) but
    the issuer's position makes a name; ('', '') otherwise."""
    from loaders import vocabulary

    for part in title.split():
        for start, _, _ in vocab.find_all("agency-type", part[:24]):
            name = part[:start]
            iri = vocab.jurisdiction_by_name(name) if 2 <= start else None
            if 2 <= start and vocabulary.LOCAL_DIVISION.fullmatch(name) and not iri:
                return name, ""
            if len(name) == 2 and iri:
                return name, iri
    return "", ""


def _within_named(name: str, head: str, vocab: Vocabulary) -> str:
    """A division the vocabulary lacks, written after the division the text names most often near its top (山东省
    for 沂州市 when the text cites 山东省 documents), so that it is placed; the name alone when none is named."""
    counts: dict[str, int] = {}
    for _, _, iri in vocab.find_all("jurisdiction", head[:1500]):
        if iri != vocab.nation():
            counts[iri] = counts.get(iri, 0) + 1
    if not counts:
        return name
    iri = max(counts, key=lambda k: (counts[k], -list(counts).index(k)))
    return vocab.labels(iri).get("zh-Hans", "") + name


def _depth(vocab: object, iri: str) -> int:
    depth, seen = 0, {iri}
    while (iri := vocab.parent(iri)) and iri not in seen:  # type: ignore[attr-defined]
        seen.add(iri)
        depth += 1
    return depth


def _t2s_ratio(text: str) -> float:
    """Share of Han characters that OpenCC t2s changes (traditional script detection)."""
    from loaders.normalise import _t2s

    sample = text[:5000]
    converted = _t2s().convert(sample)
    han = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff") or 1
    return sum(1 for a, b in zip(sample, converted, strict=False) if a != b) / han
