"""Per-client concurrency on /sparql: one client cannot hold every query worker.

A client (its remote address) may have `per_client` queries running or waiting at once; one more is refused
at once with 429 and Retry-After, so other clients and the pages keep their share. The counts live behind one
lock (request threads share them).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from policykg.errors import TooManyRequests


class ClientLimiter:
    """Counts the queries each client has in flight."""

    def __init__(self, per_client: int) -> None:
        self.per_client = per_client
        self._running: dict[str, int] = {}
        self._lock = threading.Lock()

    @contextmanager
    def slot(self, client: str) -> Iterator[None]:
        """Hold one of `client`'s slots for the duration of a query; TooManyRequests when none is free."""
        if self.per_client <= 0:
            yield
            return
        with self._lock:
            running = self._running.get(client, 0)
            if running >= self.per_client:
                raise TooManyRequests(f"this client already has {running} queries running (at most "
                                      f"{self.per_client} at once); retry when one has finished")
            self._running[client] = running + 1
        try:
            yield
        finally:
            with self._lock:
                left = self._running[client] - 1
                if left:
                    self._running[client] = left
                else:
                    del self._running[client]
