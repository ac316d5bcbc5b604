"""What a benchmark ran on: machine, software versions, the code measured, and how busy the machine was."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


SNAPSHOT_ENV = "POLICYKG_BENCH_SNAPSHOT"
"""Set (to the repository the copy came from) when the benchmark runs on a snapshot of the committed code."""


def repository() -> Path:
    return Path(os.environ.get(SNAPSHOT_ENV) or ROOT)


def _git(*args: str) -> str:
    """Output of a read-only git command in the repository (empty when git or the repository is missing)."""
    try:
        return subprocess.run(["git", "-C", str(repository()), *args], capture_output=True, text=True,
                              timeout=30, check=False).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return ""


def cpu_times() -> dict[str, float]:
    """Whole-machine CPU seconds by state since boot (/proc/stat), to tell how busy the machine was meanwhile."""
    line = _read("/proc/stat").splitlines()[0].split() if _read("/proc/stat") else []
    names = ("user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal")
    tick = os.sysconf("SC_CLK_TCK")
    return {n: int(v) / tick for n, v in zip(names, line[1:], strict=False)}


def busy_delta(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    """Shares of CPU time by state between two cpu_times() readings (steal: taken by other guests of the host)."""
    delta = {k: after.get(k, 0.0) - before.get(k, 0.0) for k in before}
    total = sum(delta.values()) or 1.0
    return {k: round(v / total, 4) for k, v in delta.items()}


BUSY = ("user", "nice", "system", "irq", "softirq")


class OtherLoad:
    """How much CPU processes other than ours used during a phase: the machine's busy CPU time minus this process's
    and the measured process trees', in cores on average (the machine is shared: a figure measured while others
    used one of two cores is not the machine's best)."""

    def __init__(self, ours: Callable[[], float]) -> None:
        """`ours`: CPU seconds so far of the processes measured (besides this one)."""
        self.ours = ours

    def start(self) -> OtherLoad:
        self.t0, self.m0, self.o0, self.s0 = time.monotonic(), cpu_times(), self.ours(), _self_cpu()
        self.result: dict[str, float] = {}
        return self

    def __enter__(self) -> OtherLoad:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.finish()

    def finish(self, ours_s: float | None = None) -> dict[str, float]:
        """The figures; `ours_s` replaces the measured processes' CPU when known otherwise (a reaped child)."""
        wall = time.monotonic() - self.t0
        m1 = cpu_times()
        busy = sum(m1.get(k, 0.0) - self.m0.get(k, 0.0) for k in BUSY)
        ours = (self.ours() - self.o0) if ours_s is None else ours_s
        mine = _self_cpu() - self.s0
        self.result = {"wall_s": wall, "machine_busy_cores": busy / wall if wall else 0.0,
                       "ours_cores": (ours + mine) / wall if wall else 0.0,
                       "others_cores": max(0.0, busy - ours - mine) / wall if wall else 0.0,
                       "steal_share": busy_delta(self.m0, m1).get("steal", 0.0),
                       "loadavg_end": float(_read("/proc/loadavg").split()[0] or 0)}
        return self.result


def _self_cpu() -> float:
    usage = os.times()
    return usage.user + usage.system


def pressure() -> str:
    """Linux pressure-stall information for CPU ('some' averages), if the kernel has it."""
    text = _read("/proc/pressure/cpu")
    return text.splitlines()[0] if text else ""


def code_state() -> dict:
    """The commit measured, files changed against it (none for a snapshot of the commit), and the extraction code
    digest (part of every document's cache key: it changes when loaders, ontology or vocabularies change)."""
    from loaders.build import code_digest

    snapshot = os.environ.get("POLICYKG_BENCH_COMMIT", "")
    dirty = [] if snapshot else [line for line in _git("status", "--porcelain").splitlines() if line.strip()]
    commit = snapshot or _git("rev-parse", "HEAD")
    return {
        "commit": commit,
        "snapshot": bool(snapshot),
        "commit_subject": _git("log", "-1", "--format=%s", commit)[:120],
        "commit_date": _git("log", "-1", "--format=%cI", commit),
        "dirty_files": dirty,
        "extraction_code_digest": code_digest.__wrapped__()[:16],
    }


def machine(work: Path) -> dict:
    """CPU model, cores, RAM, free disk at `work`, OS, Python, pyoxigraph, Oxigraph server, policykg."""
    cpuinfo = _read("/proc/cpuinfo")
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")),
                 platform.processor() or platform.machine())
    meminfo = {line.split(":")[0]: line.split(":")[1].strip() for line in _read("/proc/meminfo").splitlines()
               if ":" in line}
    mem_kb = int(meminfo.get("MemTotal", "0 kB").split()[0])
    probe = work if work.exists() else work.parent
    while not probe.exists():
        probe = probe.parent
    disk = shutil.disk_usage(probe)
    oxigraph = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph") or ""
    ox_version = ""
    if oxigraph:
        try:
            ox_version = subprocess.run([oxigraph, "--version"], capture_output=True, text=True, timeout=30,
                                        check=False).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            ox_version = ""
    return {
        "cpu_model": model,
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "ram_bytes": mem_kb * 1024,
        "disk_free_bytes": disk.free,
        "disk_total_bytes": disk.total,
        "disk_path": str(probe),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyoxigraph": _version("pyoxigraph"),
        "oxigraph_server": ox_version,
        "policykg": _version("policykg"),
        "hostname": platform.node(),
        "loadavg_at_start": _read("/proc/loadavg").split()[:3],
        "cpu_pressure_at_start": pressure(),
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }
