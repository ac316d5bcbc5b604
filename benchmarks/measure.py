"""Measuring tools for the scale benchmark: process-tree memory, timed subprocesses, servers on free ports, and
HTTP clients with their own source addresses (so a server that limits per client address sees distinct clients).

Everything here is independent of policykg's code: it watches processes through /proc and talks HTTP.
"""

from __future__ import annotations

import html
import http.client
import logging
import os
import re
import socket
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


# --------------------------------------------------------------------------------------------- processes


def descendants(root: int) -> list[int]:
    """`root` and every process below it (from /proc/*/stat parent ids)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: fields start after the last ')'
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, ()))
    return out


def rss_bytes(pid: int) -> int:
    """Resident set size of one process (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def pss_bytes(pid: int) -> int:
    """Proportional set size (shared pages divided among their users) of one process (0 if unknown)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def cpu_s(pid: int) -> float:
    """CPU seconds of one process so far (0 if it is gone): the nanosecond run times of its live threads
    (/proc/PID/task/*/schedstat), or the clock-tick count of /proc/PID/stat (10 ms steps, but with the threads
    that have ended) when that is larger."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    precise = 0
    try:
        for task in os.scandir(f"/proc/{pid}/task"):
            try:
                with open(f"{task.path}/schedstat", "rb") as fh:
                    precise += int(fh.read().split()[0])
            except (OSError, IndexError, ValueError):
                continue
    except OSError:
        pass
    return max(ticks, precise / 1e9)


@dataclass
class TreeMemory:
    """Peak memory of a process tree, sampled from /proc."""

    peak_rss: int = 0
    """Largest sum of RSS over the tree at one sample (counts pages shared by forked workers once per process)."""
    peak_pss: int = 0
    """Largest sum of PSS over the tree at one sample (shared pages divided among the processes)."""
    peak_rss_process: int = 0
    """Largest RSS of one process of the tree at one sample (an extraction worker is not reaped by the build process,
    so ru_maxrss misses it)."""
    peak_processes: int = 0
    samples: int = 0
    cpu_by_pid: dict[int, float] = field(default_factory=dict)
    """Last CPU seconds seen of every process of the tree, those that have ended included."""

    @property
    def cpu_s(self) -> float:
        """CPU seconds of the whole tree so far (to the last sample)."""
        return sum(self.cpu_by_pid.values())


class TreeSampler:
    """Samples the memory of `pid` and its descendants every `interval` seconds in a thread; `on_sample` (if
    given) is called after each sample (progress display)."""

    def __init__(self, pid: int, interval: float = 0.2, on_sample: Callable[[], None] | None = None) -> None:
        self.pid = pid
        self.interval = interval
        self.on_sample = on_sample
        self.memory = TreeMemory()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"sampler-{pid}", daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def sample(self) -> None:
        pids = descendants(self.pid)
        m = self.memory
        rss = [rss_bytes(p) for p in pids]
        m.peak_rss = max(m.peak_rss, sum(rss))
        m.peak_rss_process = max(m.peak_rss_process, max(rss, default=0))
        m.peak_pss = max(m.peak_pss, sum(pss_bytes(p) for p in pids))
        m.peak_processes = max(m.peak_processes, len(pids))
        m.samples += 1
        for p in pids:
            m.cpu_by_pid[p] = max(m.cpu_by_pid.get(p, 0.0), cpu_s(p))

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            if self.on_sample:
                self.on_sample()
            self._stop.wait(self.interval)


@dataclass
class RunResult:
    """A finished subprocess: wall time, exit status, CPU and memory of its whole tree."""

    returncode: int
    wall: float
    user_cpu: float
    system_cpu: float
    max_rss_single: int
    """ru_maxrss from wait4: the largest RSS of the child and of the descendants it reaped (processes reparented
    before they ended, such as the extraction workers under the forkserver, are not among them)."""
    memory: TreeMemory = field(default_factory=TreeMemory)

    def as_dict(self) -> dict:
        return {"returncode": self.returncode, "wall_s": self.wall, "user_cpu_s": self.user_cpu,
                "system_cpu_s": self.system_cpu, "max_rss_single_bytes": self.max_rss_single,
                "peak_rss_tree_bytes": self.memory.peak_rss, "peak_pss_tree_bytes": self.memory.peak_pss,
                "peak_rss_process_bytes": self.memory.peak_rss_process,
                "peak_processes": self.memory.peak_processes, "memory_samples": self.memory.samples,
                "tree_cpu_s": self.memory.cpu_s}


def run_measured(cmd: Sequence[str], env: dict[str, str], log_path: Path, cwd: Path | None = None,
                 on_sample: Callable[[], None] | None = None, interval: float = 0.2) -> RunResult:
    """Run `cmd` to its end with output to `log_path`, sampling its process tree's memory; CPU time and the
    largest single-process RSS come from wait4 (the child and every descendant it reaped)."""
    with log_path.open("ab") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(list(cmd), env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        with TreeSampler(proc.pid, interval, on_sample) as sampler:
            _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return RunResult(proc.returncode, wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss * 1024,
                     sampler.memory)


def tail(path: Path, lines: int = 30) -> str:
    """The last lines of a log file (for error messages)."""
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


# --------------------------------------------------------------------------------------------- servers


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, log_path: Path, timeout: float = 300.0) -> None:
    """Wait until something accepts TCP connections on 127.0.0.1:`port` (no HTTP request: nothing is warmed)."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before listening:\n{tail(log_path)}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"server did not listen on port {port} within {timeout:g} s") from None
            time.sleep(0.1)


@dataclass
class Server:
    """A running server subprocess."""

    name: str
    base: str
    port: int
    process: subprocess.Popen
    sampler: TreeSampler
    log_path: Path


@contextmanager
def server(name: str, cmd: Callable[[int], Sequence[str]], env: dict[str, str], log_path: Path,
           cwd: Path | None = None) -> Iterator[Server]:
    """Start `cmd(port)` on a free port, wait until it listens, sample its memory; stop it (SIGTERM, then
    SIGKILL) on exit. Only this process is signalled, by its own id."""
    port = free_port()
    with log_path.open("ab") as out:
        proc = subprocess.Popen(list(cmd(port)), env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_for_port(port, proc, log_path)
            with TreeSampler(proc.pid, interval=0.5) as sampler:
                yield Server(name, f"http://127.0.0.1:{port}", port, proc, sampler, log_path)
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=30)


# --------------------------------------------------------------------------------------------- HTTP


def client_address(n: int) -> str:
    """The n-th loopback source address (127.0.1.1, 127.0.1.2, …): all of 127/8 reaches the loopback interface,
    and a server that limits each client address sees a distinct client per address."""
    return f"127.0.{1 + n // 250}.{1 + n % 250}"


@dataclass(frozen=True)
class Response:
    status: int
    seconds: float
    size: int
    headers: dict[str, str]
    body: bytes = b""


@dataclass(frozen=True)
class Request:
    """What a client sends: a GET of `path`, or, with a `form` body, a POST of it as an HTML form (how SPARQL
    clients send long queries: a GET URL of several KB is refused by some servers)."""

    path: str
    accept: str = "text/html"
    form: bytes = b""

    @property
    def method(self) -> str:
        return "POST" if self.form else "GET"


class Client:
    """One HTTP/1.1 client (a kept-alive connection) from its own loopback source address."""

    def __init__(self, base: str, address: str = "127.0.0.1", timeout: float = 120.0) -> None:
        host, _, port = base.removeprefix("http://").partition(":")
        self.host, self.port, self.address, self.timeout = host, int(port), address, timeout
        self.conn: http.client.HTTPConnection | None = None

    def _connection(self) -> http.client.HTTPConnection:
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout,
                                                   source_address=(self.address, 0))
        return self.conn

    def get(self, path: str, accept: str = "text/html", keep_body: bool = False) -> Response:
        return self.send(Request(path, accept), keep_body)

    def send(self, req: Request, keep_body: bool = False) -> Response:
        """Send `req`: the status and the time until the whole body was read. A connection the server closed is
        reopened once (the reconnect counts in the time)."""
        headers = {"Accept": req.accept, "Accept-Encoding": "identity"}
        if req.form:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.perf_counter()
        for attempt in (0, 1):
            conn = self._connection()
            try:
                conn.request(req.method, req.path, body=req.form or None, headers=headers)
                resp = conn.getresponse()
                body = resp.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if attempt:
                    raise
                continue
            except BaseException:
                self.close()
                raise
            seconds = time.perf_counter() - started
            headers = {k.lower(): v for k, v in resp.getheaders()}
            if headers.get("connection", "").lower() == "close":
                self.close()
            return Response(resp.status, seconds, len(body), headers,
                            body if keep_body or resp.status >= 400 else b"")
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def concurrent_clients(base: str, requests: Sequence[Request], clients: int, seconds: float,
                       first_address: int, timeout: float = 120.0) -> dict:
    """`clients` threads, each its own source address and connection, sending `requests` in turn (client i
    starting at request i) for `seconds`: requests done, statuses, latency."""
    deadline = time.perf_counter() + seconds
    lock = threading.Lock()
    statuses: dict[str, int] = {}
    times: list[float] = []
    by_kind: dict[str, list[float]] = {}
    errors: dict[str, int] = {}

    def one(i: int) -> None:
        client = Client(base, client_address(first_address + i), timeout)
        k = i
        while time.perf_counter() < deadline:
            req = requests[k % len(requests)]
            k += 1
            try:
                r = client.send(req)
            except Exception as exc:
                with lock:
                    errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                client.close()
                continue
            kind = "sparql" if req.path.startswith(("/sparql", "/query")) and req.form else "page"
            with lock:
                statuses[str(r.status)] = statuses.get(str(r.status), 0) + 1
                times.append(r.seconds)
                by_kind.setdefault(kind, []).append(r.seconds)
            if r.status == 429:
                time.sleep(float(r.headers.get("retry-after", "1") or 1))
        client.close()

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(one, range(clients)))
    elapsed = time.perf_counter() - started
    return {
        "clients": clients, "seconds": elapsed, "requests": len(times),
        "per_second": len(times) / elapsed if elapsed else 0.0,
        "ok_per_second": statuses.get("200", 0) / elapsed if elapsed else 0.0,
        "statuses": dict(sorted(statuses.items())), "errors": errors,
        "p50_s": percentile(times, 50), "p95_s": percentile(times, 95), "max_s": max(times) if times else None,
        "by_kind": {k: {"requests": len(v), "p50_s": percentile(v, 50), "p95_s": percentile(v, 95)}
                    for k, v in sorted(by_kind.items())},
    }


# --------------------------------------------------------------------------------------------- statistics


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0–100) by linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return float("nan")
    data = sorted(values)
    k = (len(data) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (k - lo)


@dataclass
class Series:
    """Repeated timings of one request after a warm-up."""

    name: str
    path: str
    warmup_s: float = 0.0
    warmup_status: int = 0
    times: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    size: int = 0
    error: str = ""
    failure: str = ""
    """The start of the first answer that was not 200 (what the server said)."""
    server_cpu_s: float | None = None
    """CPU seconds the server's processes spent during the timed requests (robust against other load)."""

    def record(self, r: Response) -> None:
        if r.status != 200 and not self.failure:
            self.failure = f"{r.status}: " + said(r.body)

    def as_dict(self) -> dict:
        ok = self.times
        return {"name": self.name, "path": self.path, "warmup_s": self.warmup_s, "warmup_status": self.warmup_status,
                "n": len(ok), "p50_s": percentile(ok, 50) if ok else None, "p95_s": percentile(ok, 95) if ok else None,
                "max_s": max(ok) if ok else None, "mean_s": statistics.fmean(ok) if ok else None,
                "statuses": {str(k): v for k, v in sorted(self.statuses.items())}, "bytes": self.size,
                "error": self.error, "failure": self.failure,
                "server_cpu_per_request_s": self.server_cpu_s / len(ok) if ok and self.server_cpu_s is not None
                else None}


def said(body: bytes, limit: int = 300) -> str:
    """What an error answer says, as text: of an HTML page the text of its <main> (else of its body) without
    markup; anything else as it is. At most `limit` characters."""
    text = body.decode("utf-8", errors="replace")
    if "<html" in text[:500].lower():
        main = re.search(r"<main\b.*?</main>", text, re.S | re.I) or re.search(r"<body\b.*</body>", text, re.S | re.I)
        text = main.group(0) if main else text
        text = re.sub(r"<(script|style|form)\b.*?</\1>", " ", text, flags=re.S | re.I)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(text.split())[:limit]


WARMUP_FAILED_ROUNDS = 2
"""Timed requests after a warm-up that was not answered 200 (a time-out answers the same each time)."""


def timed_series(client: Client, name: str, req: Request, rounds: int, budget_s: float, min_rounds: int,
                 on_warm: Callable[[Response], bool | None] | None = None,
                 server_cpu: Callable[[], float] | None = None) -> Series:
    """Send `req` once to warm it (`on_warm` sees that response with its body, and returns False when the answer
    is not usable although 200, such as a body cut off), then `rounds` times (fewer, but
    at least `min_rounds`, when the timed requests take longer than `budget_s` together; WARMUP_FAILED_ROUNDS
    when the warm-up was not answered 200). `server_cpu` (CPU seconds of the server so far) is read around the
    timed requests."""
    s = Series(name, req.path if not req.form else f"POST {req.path}")
    try:
        warm = client.send(req, keep_body=on_warm is not None)
        usable = on_warm(warm) if on_warm is not None else None
        s.warmup_s, s.warmup_status, s.size = warm.seconds, warm.status, warm.size
        s.record(warm)
        if warm.status != 200 or usable is False:
            rounds = min_rounds = min(rounds, WARMUP_FAILED_ROUNDS)
        spent = 0.0
        cpu0 = server_cpu() if server_cpu else None
        for i in range(rounds):
            if i >= min_rounds and spent > budget_s:
                break
            r = client.send(req)
            s.times.append(r.seconds)
            s.statuses[r.status] = s.statuses.get(r.status, 0) + 1
            s.record(r)
            spent += r.seconds
        if server_cpu and cpu0 is not None:
            s.server_cpu_s = server_cpu() - cpu0
    except (OSError, http.client.HTTPException) as exc:
        s.error = f"{type(exc).__name__}: {exc}"
    return s
