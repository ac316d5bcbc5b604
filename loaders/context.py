"""What every extractor may consult during a build: IRIs, vocabularies, the other corpus documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from loaders.iris import IriMinter
from loaders.records import DocumentMetadata

if TYPE_CHECKING:
    from loaders.vocabulary import Vocabulary


@dataclass(frozen=True)
class BuildContext:
    """Shared, read-only build state."""

    iris: IriMinter
    corpus: tuple[DocumentMetadata, ...] = field(default=())
    """Metadata of every document in this build (to resolve citations between them)."""

    @cached_property
    def vocabulary(self) -> Vocabulary:
        from loaders.vocabulary import Vocabulary

        return Vocabulary.load()
