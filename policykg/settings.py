"""One frozen settings object: defaults → optional policykg.toml → POLICYKG_* environment → CLI flags."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from ontology.namespaces import DEFAULT_BASE
from policykg.errors import SettingsError

ROOT = Path(__file__).resolve().parent.parent
"""The source checkout (or, installed from a wheel, site-packages): where the code is, not where data goes."""


def packaged_queries() -> Path:
    """The canned queries: `queries/` of a source checkout, else the copy installed with the package."""
    checkout = ROOT / "queries"
    return checkout if checkout.is_dir() else Path(__file__).resolve().parent / "queries"


@dataclass(frozen=True)
class Settings:
    """Every setting of policykg (documented in README, section Settings)."""

    store: str = "var/store"
    """Embedded store directory, or an http(s) URL of a SPARQL 1.1 server (POLICYKG_STORE)."""
    corpus: Path = Path("data/corpus")
    """Corpus directory holding the texts and manifest.toml (POLICYKG_CORPUS)."""
    queries: Path = field(default_factory=packaged_queries)
    """Directory of canned .rq queries (POLICYKG_QUERIES)."""
    index_dir: Path = Path("var/index")
    """Where the index of a remote store's data lives (an embedded store keeps it inside) (POLICYKG_INDEX_DIR)."""
    cache_dir: Path = Path("var/cache")
    """Extraction cache: one file per document and extraction-code version (POLICYKG_CACHE_DIR)."""
    build_workers: int = 0
    """Processes extracting documents during a build; 0 = one per core (POLICYKG_BUILD_WORKERS)."""
    max_document_bytes: int = 8 * 1024 * 1024
    """Largest corpus file a build reads; larger ones stop the build with an error (POLICYKG_MAX_DOCUMENT_BYTES)."""
    base_iri: str = DEFAULT_BASE
    """Base of every minted IRI (POLICYKG_BASE_IRI)."""
    host: str = "127.0.0.1"
    """Address `policykg serve` listens on (POLICYKG_HOST)."""
    port: int = 5000
    """Port `policykg serve` listens on (POLICYKG_PORT)."""
    threads: int = 16
    """Waitress worker threads (POLICYKG_THREADS)."""
    query_workers: int = 2
    """Worker processes that run /sparql queries and can be killed on timeout (POLICYKG_QUERY_WORKERS)."""
    page_workers: int = 2
    """Worker processes that run the pages' own queries, apart from /sparql's (POLICYKG_PAGE_WORKERS)."""
    sparql_per_client: int = 2
    """/sparql queries one client (address) may have running at once; more get 429 (POLICYKG_SPARQL_PER_CLIENT)."""
    query_timeout: float = 10.0
    """Seconds after which a query is stopped (POLICYKG_QUERY_TIMEOUT)."""
    result_limit: int = 10000
    """Maximum rows returned as JSON/HTML; more are cut with a notice (POLICYKG_RESULT_LIMIT)."""
    union_default_graph: bool = True
    """Query the union of all named graphs as the default graph (POLICYKG_UNION_DEFAULT_GRAPH)."""
    allow_service: bool = False
    """Allow SPARQL SERVICE calls to other endpoints (POLICYKG_ALLOW_SERVICE)."""
    cors_origins: str = "*"
    """Access-Control-Allow-Origin for /sparql; empty disables CORS (POLICYKG_CORS_ORIGINS)."""
    remote_user: str = ""
    """User for a remote SPARQL store, if it needs one (POLICYKG_REMOTE_USER)."""
    remote_password: str = field(default="", repr=False)
    """Password for a remote SPARQL store (POLICYKG_REMOTE_PASSWORD)."""

    @property
    def is_remote(self) -> bool:
        return self.store.startswith(("http://", "https://"))

    def with_overrides(self, **values: Any) -> Settings:
        """A copy with the non-None values replaced (CLI flags)."""
        return replace(self, **{k: _coerce(k, v) for k, v in values.items() if v is not None})


def _coerce(name: str, value: Any) -> Any:
    kinds = {f.name: f.type for f in fields(Settings)}
    if name not in kinds:
        raise SettingsError(f"unknown setting {name!r}")
    kind = kinds[name]
    try:
        if kind == "bool":
            if isinstance(value, bool):
                return value
            if str(value).lower() in {"1", "true", "yes", "on"}:
                return True
            if str(value).lower() in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(value)
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "Path":
            return Path(value)
        return str(value)
    except ValueError as exc:
        raise SettingsError(f"setting {name!r}: cannot read {value!r} as {kind}") from exc


def load_settings(config_file: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Defaults, then policykg.toml (if any), then POLICYKG_* environment variables."""
    environ = dict(os.environ) if environ is None else environ
    settings = Settings()
    path = config_file or Path(environ.get("POLICYKG_CONFIG", "policykg.toml"))
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(str(exc), str(path)) from exc
        settings = settings.with_overrides(**data)
    env = {
        f.name: environ[f"POLICYKG_{f.name.upper()}"]
        for f in fields(Settings)
        if f"POLICYKG_{f.name.upper()}" in environ
    }
    return settings.with_overrides(**env)
