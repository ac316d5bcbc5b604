"""Start a real Oxigraph server (the `oxigraph` PyPI package's binary) on a free loopback port for tests."""

from __future__ import annotations

import logging
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)


def free_port() -> int:
    """A TCP port nobody listens on right now (loopback)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    """The `oxigraph` executable next to this interpreter (installed by the `oxigraph` package)."""
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        raise RuntimeError("the oxigraph server binary is missing: pip install oxigraph")
    return found


def wait_until_up(url: str, timeout: float = 30.0) -> None:
    """Poll `url` until it answers HTTP (any status)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if time.monotonic() > deadline:
                raise RuntimeError(f"server at {url} did not come up in {timeout:g} s") from None
            time.sleep(0.1)


@contextmanager
def oxigraph_server(data_dir: Path, *extra: str) -> Iterator[str]:
    """`oxigraph serve` on 127.0.0.1:<free port> with its data in `data_dir`; yields the base URL."""
    port = free_port()
    log_path = data_dir.parent / f"{data_dir.name}-oxigraph.log"
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            [oxigraph_binary(), "serve", "--location", str(data_dir), "--bind", f"127.0.0.1:{port}", *extra],
            stdout=log_file, stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(base + "/query?query=ASK%7B%7D")
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
