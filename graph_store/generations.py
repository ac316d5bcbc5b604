"""Store generations on disk: `gen-000007/` folders and a `CURRENT` file naming the live one.

A generation holds the RDF store (`rdf/`, pyoxigraph) and its index (`index.sqlite`); it is written completely,
marked `COMPLETE`, and only then made live by replacing `CURRENT` (os.replace, atomic). Readers notice the change
on their next query and reopen. A generation left half-written (a build killed with `kill -9`) has no `COMPLETE`
marker and is removed by the next build; only complete generations are kept as the previous one. One build runs
at a time per store (a lock file).
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
from pathlib import Path

from policykg.errors import StoreError

log = logging.getLogger(__name__)

CURRENT = "CURRENT"
COMPLETE = "COMPLETE"
LOCK = "BUILD.lock"
RDF_DIR = "rdf"
KEEP = 2
"""Complete generations kept: the live one and the one before it."""


class Generations:
    """The generation folders under `root`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock_fh: int | None = None

    def current(self) -> str | None:
        marker = self.root / CURRENT
        try:
            return marker.read_text().strip() or None
        except FileNotFoundError:
            return None

    def current_path(self) -> Path | None:
        gen = self.current()
        return self.root / gen if gen else None

    def new(self) -> Path:
        """A fresh, empty generation folder (not live)."""
        self.root.mkdir(parents=True, exist_ok=True)
        existing = sorted(p.name for p in self.root.glob("gen-*"))
        last = int(existing[-1].split("-")[1]) if existing else 0
        path = self.root / f"gen-{last + 1:06d}"
        path.mkdir()
        return path

    def publish(self, path: Path) -> None:
        """Mark `path` complete and make it live, atomically; prune old and half-written generations."""
        (path / COMPLETE).write_text("complete\n")
        tmp = self.root / (CURRENT + ".tmp")
        tmp.write_text(path.name + "\n")
        os.replace(tmp, self.root / CURRENT)
        self.prune()

    def prune(self) -> None:
        """Remove half-written generations and complete ones beyond the last KEEP (never the live one)."""
        live = self.current()
        gens = sorted(p for p in self.root.glob("gen-*") if p.is_dir())
        complete = [p for p in gens if (p / COMPLETE).exists() or p.name == live]
        for p in gens:
            if p.name == live:
                continue
            if p not in complete:
                if self._lock_fh is not None:  # only the build holding the lock removes unfinished ones
                    log.info("removing half-written generation %s", p.name)
                    shutil.rmtree(p, ignore_errors=True)
            elif p not in complete[-KEEP:]:
                shutil.rmtree(p, ignore_errors=True)

    def lock(self) -> None:
        """Take the build lock (StoreError when another build holds it)."""
        self.root.mkdir(parents=True, exist_ok=True)
        fh = os.open(self.root / LOCK, os.O_CREAT | os.O_RDWR, 0o644)
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fh)
            raise StoreError("another build is writing this store; wait for it to finish", str(self.root)) from None
        self._lock_fh = fh

    def unlock(self) -> None:
        if self._lock_fh is not None:
            fcntl.flock(self._lock_fh, fcntl.LOCK_UN)
            os.close(self._lock_fh)
            self._lock_fh = None
