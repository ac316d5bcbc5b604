"""Explicit extractor registry: name, version, what each requires and assigns; order is checked."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from policykg.errors import PolicyKGError

if TYPE_CHECKING:
    from loaders.context import BuildContext
    from loaders.records import Fact, ParsedDocument


@dataclass(frozen=True)
class Extractor:
    """A pipeline component: `run(doc, ctx)` yields facts; its name@version is the facts' provenance."""

    name: str
    version: str
    run: Callable[[ParsedDocument, BuildContext], Iterable[Fact]]
    requires: tuple[str, ...] = ()
    """Names of extractors whose facts this one reads from `doc.facts`."""
    assigns: tuple[str, ...] = ()
    """Fact class names it produces."""
    description: str = ""


@dataclass
class Registry:
    """Ordered extractors; `check()` fails when one runs before something it requires."""

    extractors: list[Extractor] = field(default_factory=list)

    def register(self, extractor: Extractor) -> Extractor:
        if any(e.name == extractor.name for e in self.extractors):
            raise PolicyKGError(f"extractor {extractor.name!r} registered twice")
        self.extractors.append(extractor)
        return extractor

    def check(self) -> None:
        seen: set[str] = set()
        for e in self.extractors:
            missing = [r for r in e.requires if r not in seen]
            if missing:
                raise PolicyKGError(f"extractor {e.name!r} requires {missing} to run before it")
            seen.add(e.name)

    def __iter__(self):
        return iter(self.extractors)


def default_registry() -> Registry:
    """The extractors of a standard build, in order."""
    from loaders.extract import catalogue

    registry = Registry()
    for extractor in catalogue.EXTRACTORS:
        registry.register(extractor)
    registry.check()
    return registry
