"""One catalogue of typed errors, each with a code, a message and where it happened."""

from __future__ import annotations


class PolicyKGError(Exception):
    """Base error: `code` is stable, `location` names the file/line or query position."""

    code = "policykg"

    def __init__(self, message: str, location: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def one_line(self) -> str:
        """`error[code]: where: message` on one line (the message's first line; details follow on the CLI)."""
        first = self.message.splitlines()[0] if self.message else ""
        where = f"{self.location}: " if self.location and self.location not in first else ""
        return f"error[{self.code}]: {where}{first}"


class CorpusError(PolicyKGError):
    """A corpus file is missing, empty, not UTF-8, or unreadable."""

    code = "corpus"


class ManifestError(PolicyKGError):
    """The corpus manifest is malformed or has unknown keys."""

    code = "manifest"


class QueryError(PolicyKGError):
    """A SPARQL query is malformed or refused."""

    code = "query"


class QueryTimeout(QueryError):
    """A query ran longer than the configured timeout and was stopped."""

    code = "timeout"


class QueryRefused(QueryError):
    """The query asks for something the endpoint does not allow (update, SERVICE, LOAD)."""

    code = "refused"


class Overloaded(QueryError):
    """Every query worker stayed busy: the server is overloaded for now (try again shortly)."""

    code = "overloaded"


class TooManyRequests(QueryError):
    """One client has more queries running at once than it may."""

    code = "too-many-requests"


class StoreError(PolicyKGError):
    """The graph store is missing, locked, or a load failed (the previous graph is kept)."""

    code = "store"


class WorkerCrashed(StoreError):
    """A query worker process died while running a query (a fault of the engine, not of the request)."""

    code = "worker-crashed"


class NotFound(PolicyKGError):
    """A named query, document or entity does not exist."""

    code = "not-found"


class OntologyInconsistent(PolicyKGError):
    """HermiT found the ontology inconsistent, or a named class unsatisfiable."""

    code = "ontology"


class SettingsError(PolicyKGError):
    """A settings file or environment variable is invalid."""

    code = "settings"
