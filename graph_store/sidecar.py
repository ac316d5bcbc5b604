"""The index beside each store generation (`index.sqlite`): search, documents, facets, and what builds need.

Written by the build, read by the pages; one SQLite file per generation, so a page reads the same version of the
index as of the graph, and a rebuild swaps both at once.

- `tasks`: each responsibility per agency and role with what an agency's page shows of it (loaders.task_rows).
- `pages`: per document, the evidence spans and fact details its page shows (loaders.page_rows).
- `compare`: the rows `/compare` shows for each document and concept (loaders.compare_rows), so a page of the
  comparison reads its documents' rows and never queries the corpus.
- `hits`: an FTS5 table of search rows (documents, provisions, facts, entities, vocabulary concepts) with their
  display text; `docs`: one row per document (title, jurisdiction, date, number, counts) and `facets`: its facet
  values, so facet counts and filters never scan the graph; `numbers`: exact lookup of 文号.
- For incremental builds: each document's cache key, quad count, class counts and citations; which shared
  entities each document refers to (`refs`) and the shared entities written (`entities`), so an entity no document
  mentions any more is found and removed; the static graphs' counts; the build's settings (`meta`).

Connections are opened per use (or per thread): SQLite connections are not shared between request threads.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ontology.namespaces import ONTOLOGY
from policykg.search_keys import query_phrases

log = logging.getLogger(__name__)

INDEX = "index.sqlite"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
  id TEXT PRIMARY KEY, iri TEXT NOT NULL, graph TEXT NOT NULL, key TEXT NOT NULL, source_file TEXT NOT NULL,
  sha256 TEXT NOT NULL, title TEXT, title_en TEXT, jurisdiction TEXT, jurisdiction_iri TEXT, date TEXT,
  number TEXT, status TEXT, issuers TEXT, quads INTEGER NOT NULL,
  counts TEXT NOT NULL, sort_key TEXT NOT NULL, vocabularies TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS docs_sort ON docs (sort_key, id);
CREATE TABLE IF NOT EXISTS facets (doc TEXT NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS facets_doc ON facets (doc);
CREATE INDEX IF NOT EXISTS facets_value ON facets (facet, value);
CREATE TABLE IF NOT EXISTS topics (doc TEXT NOT NULL, kind TEXT NOT NULL, iri TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS topics_doc ON topics (doc);
CREATE INDEX IF NOT EXISTS topics_iri ON topics (kind, iri);
CREATE TABLE IF NOT EXISTS topic_counts (kind TEXT NOT NULL, iri TEXT NOT NULL, docs INTEGER NOT NULL,
  jurisdictions INTEGER NOT NULL, PRIMARY KEY (kind, iri));
CREATE INDEX IF NOT EXISTS topic_counts_rank ON topic_counts (kind, jurisdictions DESC, docs DESC, iri);
CREATE TABLE IF NOT EXISTS tasks (agency TEXT NOT NULL, doc TEXT NOT NULL, r TEXT NOT NULL, role TEXT NOT NULL,
  provision TEXT NOT NULL, rows TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS tasks_agency ON tasks (agency, doc);
CREATE INDEX IF NOT EXISTS tasks_provision ON tasks (provision);
CREATE INDEX IF NOT EXISTS tasks_doc ON tasks (doc);
CREATE TABLE IF NOT EXISTS pages (doc TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS compare (kind TEXT NOT NULL, concept TEXT NOT NULL, doc TEXT NOT NULL, fact TEXT NOT NULL,
  row TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS compare_concept ON compare (kind, concept, doc);
CREATE INDEX IF NOT EXISTS compare_doc ON compare (doc);
CREATE TABLE IF NOT EXISTS citations (
  citation TEXT PRIMARY KEY, doc TEXT NOT NULL, title TEXT, number TEXT, implements INTEGER NOT NULL,
  relation TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS citations_doc ON citations (doc);
CREATE TABLE IF NOT EXISTS refs (doc TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (entity, doc)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS refs_doc ON refs (doc);
CREATE TABLE IF NOT EXISTS entities (iri TEXT PRIMARY KEY, quads INTEGER NOT NULL, counts TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS statics (graph TEXT PRIMARY KEY, quads INTEGER NOT NULL, counts TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS numbers (number TEXT NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS numbers_number ON numbers (number);
CREATE VIRTUAL TABLE IF NOT EXISTS hits USING fts5(
  keys, tags, iri UNINDEXED, kind UNINDEXED, doc UNINDEXED, label UNINDEXED, lang UNINDEXED, snippet UNINDEXED,
  anchor UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
"""

KIND_RANK = {"document": 0, "provision": 1, "target": 1, "observation": 1, "department": 1, "citation": 1,
             "institution": 2, "programme": 2, "agency": 2, "indicator": 3, "department-type": 3,
             "institution-type": 3, "population": 3, "jurisdiction": 4}
"""Ranking: documents first, then facts, then entities, then vocabulary concepts."""
OTHER_TIER = 5
INDEX_SCHEMA = "8"
"""Version of the index layout (a build over an index of another layout is a full build)."""
COUNT_CAP = 5_000
"""Matches counted at most (by kind, and the documents of the facet counts): a common word matches most rows."""
WINDOW = 1_000
"""Per tier, the hits ranked by relevance are the best of the first WINDOW matches (in index order)."""


def tags(kind: str) -> str:
    """The indexed tags of a search row: its ranking tier (t0 …) and its kind (k<kind>), never matched by user text."""
    return f"t{KIND_RANK.get(kind, OTHER_TIER)} k{kind.replace('-', '')}"


def connect(path: Path, write: bool = False) -> sqlite3.Connection:
    """A connection to an index file (read-only unless `write`)."""
    if write:
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.executescript(SCHEMA)
        columns = {row[1] for row in con.execute("PRAGMA table_info(citations)")}
        if "relation" not in columns:  # an index written before drafting was told apart from citing
            con.execute("ALTER TABLE citations ADD COLUMN relation TEXT NOT NULL DEFAULT ''")
        return con
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=True)


def read_meta(path: Path) -> dict[str, str]:
    """The `meta` table of an index file (what the build that wrote it was made with)."""
    with closing(connect(path)) as con:
        try:
            return dict(con.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError:
            return {}


class IndexWriter:
    """Writes one generation's index during a build (one connection, one transaction per batch)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.con = connect(path, write=True)
        self.con.execute("BEGIN")

    # --- meta --------------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        return dict(self.con.execute("SELECT key, value FROM meta"))

    def set_meta(self, **values: str) -> None:
        self.con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted(values.items()))

    # --- documents ---------------------------------------------------------------------------
    def document_keys(self) -> dict[str, str]:
        return dict(self.con.execute("SELECT id, key FROM docs"))

    def add_document(self, out: Any, iri: str, graph: str, jurisdiction_iri: str, entities: Iterable[str]) -> None:
        """Record a document output (loaders.build.DocumentOutput) and its search rows."""
        m = out.metadata
        self.con.execute(
            "INSERT OR REPLACE INTO docs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (out.id, iri, graph, out.key, m.source_file, out.sha256, m.title, m.title_en, m.jurisdiction,
             jurisdiction_iri, m.date, m.doc_number, m.status, "、".join(m.issuers), out.quads,
             json.dumps(dict(out.counts)), f"{m.date or '9999'}|{out.id}", " ".join(out.vocabularies)))
        self.con.executemany("INSERT INTO facets VALUES (?,?,?)", [(out.id, f, v) for f, v in out.facets])
        self.con.executemany("INSERT INTO topics VALUES (?,?,?)", [(out.id, k, i) for k, i in out.topics])
        if out.page:
            self.con.execute("INSERT OR REPLACE INTO pages VALUES (?,?)",
                             (out.id, zlib.compress(out.page.encode("utf-8"), 6)))  # JSON, 16× smaller
        self.con.executemany("INSERT INTO tasks VALUES (?,?,?,?,?,?)",
                             [(t.agency, out.id, t.r, t.role, t.provision, t.rows) for t in out.tasks])
        self.con.executemany("INSERT INTO compare VALUES (?,?,?,?,?)",
                             [(r.kind, r.concept, out.id, r.fact, r.row) for r in out.compare])
        self.con.executemany("INSERT OR REPLACE INTO citations VALUES (?,?,?,?,?,?)",
                             [(c.citation, out.id, c.title, c.number, int(c.implements), c.relation)
                              for c in out.citations])
        self.con.executemany("INSERT OR IGNORE INTO refs VALUES (?,?)", [(out.id, e) for e in entities])
        if m.doc_number:
            self.con.execute("INSERT INTO numbers VALUES (?,?)", (normalise_number(m.doc_number), out.id))
        self.add_rows(out.search)

    def remove_documents(self, ids: list[str]) -> list[str]:
        """Forget documents; the shared entities they referred to (to check for orphans afterwards)."""
        entities: set[str] = set()
        for doc_id in ids:
            entities.update(e for (e,) in self.con.execute("SELECT entity FROM refs WHERE doc = ?", (doc_id,)))
            for table, column in (("docs", "id"), ("facets", "doc"), ("topics", "doc"), ("citations", "doc"),
                                  ("refs", "doc"), ("numbers", "doc"), ("compare", "doc"),
                                  ("pages", "doc"), ("tasks", "doc")):
                self.con.execute(f"DELETE FROM {table} WHERE {column} = ?", (doc_id,))
            self.con.execute("DELETE FROM hits WHERE doc = ?", (doc_id,))
        return sorted(entities)

    # --- shared entities ---------------------------------------------------------------------
    def has_entity(self, iri: str) -> bool:
        return self.con.execute("SELECT 1 FROM entities WHERE iri = ?", (iri,)).fetchone() is not None

    def add_entity(self, iri: str, quads: int, counts: Counter[str], rows: Iterable[Any]) -> None:
        self.con.execute("INSERT OR IGNORE INTO entities VALUES (?,?,?)", (iri, quads, json.dumps(counts)))
        self.add_rows(rows)

    def orphans(self, candidates: list[str]) -> list[str]:
        """Those of `candidates` no document refers to any more."""
        return [e for e in candidates
                if self.con.execute("SELECT 1 FROM refs WHERE entity = ? LIMIT 1", (e,)).fetchone() is None]

    def remove_entities(self, iris: list[str]) -> None:
        for iri in iris:
            self.con.execute("DELETE FROM entities WHERE iri = ?", (iri,))
            self.con.execute("DELETE FROM hits WHERE iri = ? AND doc = ''", (iri,))

    # --- static graphs, search rows ----------------------------------------------------------
    def set_static(self, graph: str, quads: int, counts: Counter[str]) -> None:
        self.con.execute("INSERT OR REPLACE INTO statics VALUES (?,?,?)", (graph, quads, json.dumps(counts)))

    def add_rows(self, rows: Iterable[Any]) -> None:
        self.con.executemany("INSERT INTO hits VALUES (?,?,?,?,?,?,?,?,?)",
                             [(r.keys, tags(r.kind), r.iri, r.kind, r.doc, r.label, r.lang, r.snippet, r.anchor)
                              for r in rows])

    # --- corpus-wide reads during a build ----------------------------------------------------
    def citations(self) -> Iterator[tuple[str, str, str, str, bool, str]]:
        for c, d, t, n, i, r in self.con.execute("SELECT citation, doc, title, number, implements, relation "
                                                 "FROM citations ORDER BY citation"):
            yield c, d, t or "", n or "", bool(i), r or ""

    def corpus(self) -> Iterator[tuple[str, str, str]]:
        yield from self.con.execute("SELECT id, title, number FROM docs ORDER BY id")

    def provenance(self) -> list[tuple[str, str, str]]:
        return list(self.con.execute("SELECT id, source_file, sha256 FROM docs ORDER BY id"))

    def by_date(self) -> list[str]:
        """Document ids ordered by date (undated first), then id."""
        return [r[0] for r in self.con.execute("SELECT id FROM docs ORDER BY COALESCE(date, ''), id")]

    def vocabularies(self) -> set[str]:
        """Namespaces the documents' graphs use."""
        found: set[str] = set()
        for (v,) in self.con.execute("SELECT DISTINCT vocabularies FROM docs"):
            found.update(v.split())
        return found

    def totals(self) -> tuple[int, int, Counter[str], Counter[tuple[str, str]]]:
        """(documents, triples, instances per class, documents per facet value) of everything recorded."""
        classes: Counter[str] = Counter()
        triples = 0
        documents = 0
        for table in ("docs", "entities", "statics"):
            for quads, counts in self.con.execute(f"SELECT quads, counts FROM {table}"):
                triples += quads
                classes.update(json.loads(counts))
                documents += table == "docs"
        facets = Counter({(f, v): n for f, v, n in self.con.execute(
            "SELECT facet, value, COUNT(*) FROM facets GROUP BY facet, value")})
        return documents, triples, classes, facets

    def count_topics(self) -> None:
        """Documents and jurisdictions per concept facts are about, counted once per build (pages read them)."""
        self.con.execute("DELETE FROM topic_counts")
        self.con.execute(
            "INSERT INTO topic_counts SELECT t.kind, t.iri, COUNT(DISTINCT t.doc), COUNT(DISTINCT d.jurisdiction_iri) "
            "FROM topics t JOIN docs d ON d.id = t.doc GROUP BY t.kind, t.iri")

    def commit(self) -> None:
        self.count_topics()
        self.con.execute("COMMIT")
        self.con.execute("INSERT INTO hits(hits) VALUES ('optimize')")
        self.con.execute("ANALYZE")
        self.con.close()

    def abort(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        finally:
            self.con.close()


def normalise_number(number: str) -> str:
    """A 文号 as compared for exact lookup: brackets unified, spaces dropped."""
    import re

    text = re.sub(r"\s+", "", number)
    return re.sub(r"[\[［(（]", "〔", re.sub(r"[\]］)）]", "〕", text))


# --- reading (pages) ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Hit:
    iri: str
    kind: str
    doc: str
    label: str
    lang: str
    snippet: str
    anchor: str


@dataclass(frozen=True)
class SearchPage:
    hits: tuple[Hit, ...]
    total: int
    """Matching rows (documents, facts, entities …), all kinds; at most COUNT_CAP (see `capped`)."""
    by_kind: dict[str, int]
    facets: dict[str, dict[str, int]]
    """facet → value → documents with a match (among the first COUNT_CAP matches when `capped`)."""
    capped: bool = False
    """More than COUNT_CAP matches: `total`, `by_kind` and `facets` count the first COUNT_CAP only."""
    reachable: int = 0
    """Hits that paging can reach: per tier, the first WINDOW matches."""
    cap: int = 0
    window: int = 0
    """The COUNT_CAP and WINDOW this search read with."""


def fts_query(q: str) -> str:
    """The FTS5 MATCH expression of a user query: its phrases as alternatives (never raw user syntax), matched in
    the search keys only."""
    phrases = query_phrases(q)
    alternatives = " OR ".join('"' + " ".join(t.replace('"', "") for t in p) + '"' for p in phrases if p)
    return f"keys : ({alternatives})" if alternatives else ""


def _tag_filter(tags_wanted: Iterable[str]) -> str:
    found = sorted(set(tags_wanted))
    return f" AND tags : ({' OR '.join(found)})" if found else ""


def _facet_filter(facets: dict[str, str] | None, where: list[str], args: list[Any]) -> None:
    """Add `documents with these facet values` conditions (on docs.id) to a WHERE list and its arguments."""
    for facet, value in sorted((facets or {}).items()):
        if value:
            where.append("id IN (SELECT doc FROM facets WHERE facet = ? AND value = ?)")
            args += [facet, value]


class IndexReader:
    """Read-only access to a generation's index (open one per request or thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _con(self) -> closing[sqlite3.Connection]:
        return closing(connect(self.path))

    def search(self, q: str, kinds: Iterable[str] = (), facets: dict[str, str] | None = None, limit: int = 50,
               offset: int = 0, counts: bool = True, window: int | None = None, by_length: bool = False) -> SearchPage:
        """Rows matching `q`: documents, then facts, then entities, then concepts (each tier by relevance among
        its first WINDOW matches), their counts by kind, and facet counts over the matching documents; `facets`
        filters to documents with those values. Every read is bounded: counts stop at COUNT_CAP matches, each
        tier reads at most `window` (WINDOW unless asked for fewer). Without `counts`, only the rows. `by_length`
        ranks the window's matches shortest first instead of by bm25, whose term statistics read every match of a
        word that is in every document (an English query's concept 医院: 1.3 s at ten thousand documents)."""
        match = fts_query(q)
        if not match:
            return SearchPage((), 0, {}, {})
        window = WINDOW if window is None else window
        kinds = tuple(kinds)
        kind_tags = _tag_filter("k" + k.replace("-", "") for k in kinds)
        where, args = ["hits MATCH ?"], []
        for facet, value in sorted({k: v for k, v in (facets or {}).items() if v}.items()):
            where.append("doc IN (SELECT doc FROM facets WHERE facet = ? AND value = ?)")
            args += [facet, value]
        filters = "".join(" AND " + w for w in where[1:])
        tiers = sorted({KIND_RANK.get(k, OTHER_TIER) for k in kinds} if kinds
                       else {*KIND_RANK.values(), OTHER_TIER})
        by_kind: dict[str, int] = {}
        facet_counts: dict[str, dict[str, int]] = {}
        capped = False
        with self._con() as con:
            if counts:
                found_kinds = [k for (k,) in con.execute(f"SELECT kind FROM hits WHERE hits MATCH ?{filters} LIMIT ?",
                                                         [match, *args, COUNT_CAP + 1])]
                capped = len(found_kinds) > COUNT_CAP
                by_kind = dict(Counter(found_kinds[:COUNT_CAP]))
                for facet, value, n in con.execute(
                        "SELECT facet, value, COUNT(DISTINCT doc) FROM facets WHERE doc IN (SELECT doc FROM "
                        f"(SELECT doc FROM hits WHERE hits MATCH ?{filters} AND doc != '' LIMIT ?)) "
                        "GROUP BY facet, value", [match, *args, COUNT_CAP]):
                    facet_counts.setdefault(facet, {})[value] = n
            per_tier: dict[int, int] = {}
            for k, n in by_kind.items():
                if not kinds or k in kinds:
                    per_tier[KIND_RANK.get(k, OTHER_TIER)] = per_tier.get(KIND_RANK.get(k, OTHER_TIER), 0) + n
            found: list[tuple[Any, ...]] = []
            reachable = 0
            for tier in tiers:
                if len(found) >= offset + limit:  # later tiers: reachable as counted (a lower bound when capped)
                    reachable += min(per_tier.get(tier, 0), WINDOW)
                    continue
                if counts and not capped and not per_tier.get(tier):
                    continue
                # sorted here: an ORDER BY over the LIMITed subquery made SQLite ten times slower
                score = "length(label) + length(snippet)" if by_length else "bm25(hits, 1.0, 0.0)"
                rows = sorted(con.execute(
                    f"SELECT {score}, rowid, iri, kind, doc, label, lang, snippet, anchor FROM hits "
                    f"WHERE hits MATCH ?{filters} LIMIT ?",
                    [f"{match} AND tags : t{tier}{kind_tags}", *args, window]).fetchall())
                reachable += len(rows)
                found.extend(r[2:] for r in rows)
        if counts:
            shown = {k: n for k, n in by_kind.items() if not kinds or k in kinds}
            total = min(sum(shown.values()), COUNT_CAP)
        else:
            total = reachable
        return SearchPage(tuple(Hit(*r) for r in found[offset:offset + limit]), total, by_kind, facet_counts,
                          capped, reachable, COUNT_CAP, window)

    def by_number(self, number: str) -> list[str]:
        """Document ids whose 文号 is exactly `number` (brackets and spaces aside)."""
        with self._con() as con:
            return [d for (d,) in con.execute("SELECT doc FROM numbers WHERE number = ?", (normalise_number(number),))]

    def documents(self, after: str = "", limit: int = 50, facets: dict[str, str] | None = None) \
            -> list[dict[str, Any]]:
        """One page of documents in (date, id) order, after the sort key `after` (keyset paging)."""
        where, args = ["sort_key > ?"], [after]
        _facet_filter(facets, where, args)
        with self._con() as con:
            con.row_factory = sqlite3.Row
            rows = con.execute(f"SELECT * FROM docs WHERE {' AND '.join(where)} ORDER BY sort_key LIMIT ?",
                               [*args, limit]).fetchall()
        return [dict(r) | {"counts": json.loads(r["counts"])} for r in rows]

    def page_rows(self, doc_id: str) -> dict[str, list[dict[str, str]]] | None:
        """The document page's rows stored by the build (loaders.page_rows): `spans`, `details` and `outline`,
        keyed as ui-document-facts, ui-document-fact-details and ui-document-outline answer; None when this
        index has none for it."""
        with self._con() as con:
            try:
                found = con.execute("SELECT data FROM pages WHERE doc = ?", (doc_id,)).fetchone()
            except sqlite3.OperationalError:  # an index written before pages were stored
                return None
        if not found:
            return None
        return {name: [dict(zip(part["keys"], r, strict=True)) for r in part["rows"]]
                for name, part in json.loads(zlib.decompress(found[0])).items()}

    # --- an agency's tasks (loaders.task_rows) ---------------------------------------------------
    def agency_summary(self, agency: str) -> list[dict[str, Any]]:
        """Per role, and for `all` roles: the agency's tasks and the documents they are in (ui-agency-summary)."""
        with self._con() as con:
            found = [{"role": role, "tasks": n, "documents": d} for role, n, d in con.execute(
                "SELECT role, COUNT(DISTINCT r), COUNT(DISTINCT doc) FROM tasks WHERE agency = ? GROUP BY role "
                "ORDER BY role", (agency,))]
            n, d = con.execute("SELECT COUNT(DISTINCT r), COUNT(DISTINCT doc) FROM tasks WHERE agency = ?",
                               (agency,)).fetchone()
        return [*found, {"role": "all", "tasks": n, "documents": d}] if n else found

    def agencies_of(self, jurisdiction: str) -> list[dict[str, Any]]:
        """Per agency of a jurisdiction (…/vocab/jurisdiction/CODE: the agencies minted as …/agency/CODE/…), per
        role and for `all` roles: its tasks and the documents they are in (the /agencies page, ui-agencies-of),
        read from the index by the agencies' IRI prefix."""
        if "/vocab/jurisdiction/" not in jurisdiction:
            return []
        prefix = jurisdiction.replace("/vocab/jurisdiction/", "/agency/", 1) + "/"
        bounds = (prefix, prefix[:-1] + chr(ord("/") + 1))
        with self._con() as con:
            by_role = [{"agency": a, "role": role, "tasks": n, "documents": d} for a, role, n, d in con.execute(
                "SELECT agency, role, COUNT(DISTINCT r), COUNT(DISTINCT doc) FROM tasks WHERE agency >= ? "
                "AND agency < ? GROUP BY agency, role ORDER BY agency, role", bounds)]
            every = [{"agency": a, "role": "all", "tasks": n, "documents": d} for a, n, d in con.execute(
                "SELECT agency, COUNT(DISTINCT r), COUNT(DISTINCT doc) FROM tasks WHERE agency >= ? AND agency < ? "
                "GROUP BY agency ORDER BY agency", bounds)]
        return by_role + every

    def agency_documents(self, agency: str, limit: int, offset: int = 0) \
            -> tuple[list[dict[str, Any]], bool]:
        """One page of the documents with the agency's tasks, by document IRI: lead, support and all tasks in each
        (ui-agency-documents), and whether another page follows."""
        with self._con() as con:
            found = [{"id": i, "doc": iri, "lead": lead, "support": support, "tasks": n}
                     for i, iri, lead, support, n in con.execute(
                         "SELECT t.doc, d.iri, SUM(t.role = ?), SUM(t.role = ?), COUNT(*) "
                         "FROM tasks t JOIN docs d ON d.id = t.doc WHERE t.agency = ? GROUP BY t.doc "
                         "ORDER BY d.iri LIMIT ? OFFSET ?",
                         (ONTOLOGY + "Lead", ONTOLOGY + "Support", agency, limit + 1, offset))]
        return found[:limit], len(found) > limit

    def agency_tasks(self, agency: str, doc_ids: list[str]) -> list[dict[str, str]]:
        """The agency's tasks in these documents, a row per evidence span (ui-agency-tasks)."""
        if not doc_ids:
            return []
        with self._con() as con:
            return [row for (rows,) in con.execute(
                f"SELECT rows FROM tasks WHERE agency = ? AND doc IN ({','.join('?' * len(doc_ids))}) "
                "ORDER BY doc, r, role", (agency, *doc_ids)) for row in json.loads(rows)]

    def provision_agencies(self, provisions: list[str]) -> list[dict[str, str]]:
        """Every agency with a task in these provisions, and its role (ui-provision-agencies)."""
        out: list[dict[str, str]] = []
        with self._con() as con:
            for n in range(0, len(provisions), 500):
                batch = provisions[n:n + 500]
                out += [{"provision": p, "agency": a, "role": r} for p, a, r in con.execute(
                    f"SELECT provision, agency, role FROM tasks WHERE provision IN ({','.join('?' * len(batch))}) "
                    "ORDER BY provision, agency, role", batch)]
        return out

    def layout(self) -> str:
        """The INDEX_SCHEMA of the build that wrote this index ('' when it recorded none)."""
        try:
            return read_meta(self.path).get("index_schema", "")
        except sqlite3.Error:
            return ""

    def documents_by_id(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The documents with these ids (one query per 500), by id."""
        wanted = list(dict.fromkeys(ids))
        out: dict[str, dict[str, Any]] = {}
        with self._con() as con:
            con.row_factory = sqlite3.Row
            for n in range(0, len(wanted), 500):
                batch = wanted[n:n + 500]
                for r in con.execute(f"SELECT * FROM docs WHERE id IN ({','.join('?' * len(batch))})", batch):
                    out[r["id"]] = dict(r) | {"counts": json.loads(r["counts"])}
        return out

    def document(self, doc_id: str) -> dict[str, Any] | None:
        with self._con() as con:
            con.row_factory = sqlite3.Row
            r = con.execute("SELECT * FROM docs WHERE id = ?", (doc_id,)).fetchone()
        return dict(r) | {"counts": json.loads(r["counts"])} if r else None

    def topics(self, kind: str, limit: int = 500) -> list[tuple[str, int, int]]:
        """(concept IRI, documents, jurisdictions) of the `kind` concepts facts are about, most shared first."""
        with self._con() as con:
            return list(con.execute(
                "SELECT iri, docs, jurisdictions FROM topic_counts WHERE kind = ? "
                "ORDER BY jurisdictions DESC, docs DESC, iri LIMIT ?", (kind, limit)))

    def compare_rows(self, kind: str, concept: str, docs: list[str]) -> list[tuple[str, dict[str, str]]]:
        """(document id, row) of the facts about a concept in these documents (loaders.compare_rows), by document
        and fact."""
        out: list[tuple[str, dict[str, str]]] = []
        with self._con() as con:
            for n in range(0, len(docs), 500):
                batch = docs[n:n + 500]
                marks = ",".join("?" * len(batch))
                out += [(d, json.loads(r)) for d, r in con.execute(
                    f"SELECT doc, row FROM compare WHERE kind = ? AND concept = ? AND doc IN ({marks}) "
                    "ORDER BY doc, fact", [kind, concept, *batch])]
        return out

    def documents_about(self, kind: str, iri: str) -> list[str]:
        """Ids of the documents with a fact about the concept."""
        with self._con() as con:
            return [d for (d,) in con.execute("SELECT doc FROM topics WHERE kind = ? AND iri = ?", (kind, iri))]

    def graph_sizes(self, limit: int | None = 1000) -> list[tuple[str, int]]:
        """(graph IRI, quads) of the first `limit` document graphs (None: all) and of the shared, links and static
        graphs (the build graph is not counted: it records the counts)."""
        with self._con() as con:
            docs = list(con.execute("SELECT graph, quads FROM docs ORDER BY sort_key LIMIT ?",
                                    (-1 if limit is None else limit,)))
            statics = list(con.execute("SELECT graph, quads FROM statics ORDER BY graph"))
            meta = dict(con.execute("SELECT key, value FROM meta"))
            shared = con.execute("SELECT COALESCE(SUM(quads), 0) FROM entities").fetchone()[0]
        others = [(meta[k], int(meta[k + "_quads"])) for k in ("shared_graph", "links_graph") if k in meta]
        return docs + statics + [(g, shared if g == meta.get("shared_graph") else n) for g, n in others]

    def jurisdictions(self) -> list[tuple[str, str, int]]:
        """(jurisdiction IRI, name, documents) of the jurisdictions documents belong to, most documents first."""
        with self._con() as con:
            return list(con.execute("SELECT jurisdiction_iri, MIN(jurisdiction), COUNT(*) FROM docs "
                                    "WHERE jurisdiction_iri != '' GROUP BY jurisdiction_iri ORDER BY 3 DESC, 2"))

    def document_facets(self, doc_id: str) -> list[tuple[str, str]]:
        with self._con() as con:
            return list(con.execute("SELECT facet, value FROM facets WHERE doc = ?", (doc_id,)))

    def facet_counts(self) -> dict[str, dict[str, int]]:
        """Documents per facet value, for the whole corpus."""
        out: dict[str, dict[str, int]] = {}
        with self._con() as con:
            for facet, value, n in con.execute("SELECT facet, value, COUNT(*) FROM facets GROUP BY facet, value"):
                out.setdefault(facet, {})[value] = n
        return out

    def documents_without(self, doc_ids: Iterable[str], facets: dict[str, str] | None = None, limit: int = 200) \
            -> list[dict[str, Any]]:
        """Documents (matching `facets`) that are not among `doc_ids`: which plans say nothing about something."""
        ids = sorted(set(doc_ids))
        where = [f"id NOT IN ({','.join('?' * len(ids))})"] if ids else ["1"]
        args: list[Any] = list(ids)
        _facet_filter(facets, where, args)
        with self._con() as con:
            con.row_factory = sqlite3.Row
            rows = con.execute(f"SELECT id, iri, title, title_en, jurisdiction, date FROM docs WHERE "
                               f"{' AND '.join(where)} ORDER BY sort_key LIMIT ?", [*args, limit]).fetchall()
        return [dict(r) for r in rows]
