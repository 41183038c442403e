"""newslint benchmark: one command, one machine, newslint side by side with its peers.

Generates a deterministic corpus (bench/generate_corpus.py), then times, on the same
files and in one run: newslint with grammar off and with Harper, one file as
pre-commit runs it (cold process), a cold then warm cache, --jobs 1 against the
default; proselint; Harper's own time (harper-py used directly); and, where Node
and npm work, textlint, alex and write-good. Prints ratios and writes a JSON file.

Usage (from the repository root):
    python bench/run_bench.py                     # 1,000 articles, about 5-10 minutes
    python bench/run_bench.py --count 3000 --out bench/results/3000.json
    python bench/run_bench.py --memory-files 10000  # adds a 10,000-file memory run
    python bench/run_bench.py --skip node,harper-own  # leave out steps
See bench/README.md for what every figure means.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate_corpus

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
NODE_PACKAGES = [
    "textlint",
    "textlint-plugin-html",
    "textlint-rule-write-good",
    "textlint-rule-terminology",
    "alex",
    "write-good",
]
TEXTLINT_RC = {"plugins": {"html": True}, "rules": {"write-good": True, "terminology": True}}
STEPS = (
    "newslint",
    "precommit",
    "cache",
    "jobs1",
    "proselint",
    "harper-own",
    "node",
)
TARGETS = {
    "throughput_vs_proselint_min": 2.0,
    "harper_time_ratio_max": 1.25,
    "cold_start_off_max_s": 0.5,
    "cold_start_harper_max_s": 1.5,
    "cache_speedup_min": 10.0,
    "memory_10k_max_mb": 300.0,
}


# --- measuring one process ---------------------------------------------------------------


def _tree_pids(pid: int) -> list[int]:
    """``pid`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def _proc_tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and its descendants, read from /proc (no psutil needed)."""
    total = 0
    page = os.sysconf("SC_PAGE_SIZE")
    for current in _tree_pids(pid):
        with contextlib.suppress(OSError, ValueError, IndexError):
            total += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * page
    return total


def proc_tree_pss(pid: int) -> int:
    """Proportional set size of the tree: each shared page counted once, split among sharers.

    Forked workers share the parent's pages (Harper's dictionary, the rule packs), and
    a plain sum of RSS counts those pages once per process; PSS is what the tree holds.
    0 where /proc/PID/smaps_rollup is unavailable.
    """
    total = 0
    for current in _tree_pids(pid):
        with contextlib.suppress(OSError, ValueError):
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024
                    break
    return total


def _psutil_tree_rss(pid: int) -> int:
    import psutil

    root = psutil.Process(pid)
    total = 0
    for p in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def tree_rss_reader() -> tuple[str, object]:
    """The best way this machine offers to read a process tree's resident memory."""
    try:
        import psutil  # noqa: F401

        return "psutil", _psutil_tree_rss
    except ImportError:
        pass
    if Path("/proc/self/statm").exists():
        return "proc", _proc_tree_rss
    return "none", lambda pid: 0


class TreeSampler(threading.Thread):
    """Samples the resident memory of a process and all its descendants, keeping the peak.

    getrusage's ru_maxrss gives the largest single process only; with --jobs the
    parent and its workers are resident together, so their sum is what a machine needs.
    """

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak = 0
        self.peak_pss = 0
        self.stop = threading.Event()
        self.how, self.read = tree_rss_reader()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.peak = max(self.peak, self.read(self.pid))
                self.peak_pss = max(self.peak_pss, proc_tree_pss(self.pid))
            except Exception:  # the process ended between two reads
                break
            self.stop.wait(self.interval)


def measure(
    cmd: list[str], *, cwd: Path | None = None, timeout: float = 1800, sample: bool = True
) -> dict:
    """Run ``cmd`` once; wall and CPU time, peak RSS (process tree and largest process).

    ``sample=False`` leaves the memory sampler out: reading a tree's RSS and PSS every
    50 ms costs CPU, and on a machine whose cores a parallel run fills that CPU is taken
    from the run (measured: +0.10-0.17 s on a 3.4 s `--jobs 2` run), while a
    single-process peer leaves a core free for it.
    """
    load = round(os.getloadavg()[0], 2)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd, stdin=subprocess.DEVNULL)
        sampler = TreeSampler(proc.pid)
        if sample:
            sampler.start()
        deadline = t0 + timeout
        status, usage = 0, None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop.set()
        if sample:
            sampler.join()
        out.seek(0)
        stdout = out.read()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    shown = " ".join(cmd[:12]) + (f" ... ({len(cmd) - 12} more arguments)" if len(cmd) > 12 else "")
    return {
        "cmd": shown,
        "wall_s": round(wall, 3),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
        "peak_rss_tree_mb": round(sampler.peak / 2**20, 1),
        "peak_pss_tree_mb": round(sampler.peak_pss / 2**20, 1),
        "max_rss_process_mb": round(usage.ru_maxrss / 1024, 1),
        "returncode": proc.returncode,
        "timed_out": wall >= timeout,
        "load_1m_before": load,
        "stdout_bytes": len(stdout),
        "_stdout": stdout,
        "_stderr": stderr[-2000:],
    }


def median_of(cmd: list[str], runs: int, cwd: Path | None = None) -> dict:
    """Cold process start: run ``cmd`` ``runs`` times, keep the median wall time."""
    results = [measure(cmd, cwd=cwd) for _ in range(runs)]
    walls = [r["wall_s"] for r in results]
    best = results[0]
    return {
        "cmd": best["cmd"],
        "runs": runs,
        "median_s": round(statistics.median(walls), 3),
        "min_s": min(walls),
        "max_s": max(walls),
        "cpu_median_s": round(statistics.median(r["cpu_s"] for r in results), 3),
        "max_rss_process_mb": max(r["max_rss_process_mb"] for r in results),
        "returncode": best["returncode"],
        "_stderr": best["_stderr"],
    }


# --- tools ---------------------------------------------------------------------------------


def find_newslint() -> list[str]:
    venv = ROOT / ".venv" / "bin" / "newslint"
    if venv.exists():
        return [str(venv)]
    found = shutil.which("newslint")
    if found:
        return [found]
    return [sys.executable, "-m", "newslint"]


def newslint_flags(newslint: list[str]) -> dict[str, bool]:
    """Which of the performance flags this newslint has (they arrived with issue 7)."""
    try:
        text = subprocess.run(
            [*newslint, "--help"], capture_output=True, text=True, timeout=60
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        text = ""
    return {flag: flag in text for flag in ("--jobs", "--no-cache", "--cache-dir", "--no-config")}


class Newslint:
    """Builds newslint command lines, leaving out flags this version lacks."""

    def __init__(self, jobs: int, snapshot: Path | None = None) -> None:
        self.base = find_newslint()
        self.package = installed_package()
        python = Path(self.base[0]).with_name("python")
        self.python = python if python.exists() else Path(sys.executable)
        if snapshot is not None and self.package is not None:
            self.package = take_snapshot(self.package, snapshot)
            self.base = ["env", f"PYTHONPATH={snapshot}", str(self.python), "-m", "newslint"]
        self.flags = newslint_flags(self.base)
        self.jobs = jobs

    def stamp(self) -> str:
        return source_stamp(self.package) if self.package else ""

    def cmd(
        self,
        paths: list[str],
        grammar: str,
        *,
        jobs: int | None = None,
        cache_dir: str | None = None,
        fmt: str = "json",
    ) -> list[str]:
        out = [*self.base, "--grammar", grammar, "--format", fmt, "--fail-on", "never"]
        if self.flags["--no-config"]:
            out.append("--no-config")
        if jobs is not None and self.flags["--jobs"]:
            out += ["--jobs", str(jobs)]
        if cache_dir is None:
            if self.flags["--no-cache"]:
                out.append("--no-cache")
        elif self.flags["--cache-dir"]:
            out += ["--cache-dir", cache_dir]
        return [*out, *paths]

    def compile_bytecode(self) -> None:
        """Write newslint's bytecode, as ``pip install`` does for an installed package.

        A first run writes it too, unless PYTHONDONTWRITEBYTECODE is set (as in some CI
        images and sandboxes): then every timed newslint process compiled its source
        again (about 0.09 s each) while the peers, installed by pip, had theirs compiled.
        """
        if self.package is None:
            return
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run(
            [str(self.python), "-m", "compileall", "-q", str(self.package)],
            env=env,
            stdout=subprocess.DEVNULL,
            check=False,
            timeout=300,
        )

    def version(self) -> str:
        try:
            return subprocess.run(
                [*self.base, "--version"], capture_output=True, text=True, timeout=60
            ).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            return "unknown"


def count_findings(stdout: bytes) -> int | None:
    """Findings in a newslint, proselint or textlint JSON report (None if unknown)."""
    try:
        data = json.loads(stdout)
    except ValueError:
        return None
    if isinstance(data, dict) and "findings" in data:  # newslint
        return len(data["findings"])
    if isinstance(data, dict) and "result" in data:  # proselint
        return sum(len(v.get("diagnostics", [])) for v in data["result"].values())
    if isinstance(data, list):  # textlint
        return sum(len(item.get("messages", [])) for item in data if isinstance(item, dict))
    return None


def installed_package() -> Path | None:
    """The folder of the newslint package this Python imports (a checkout's src/newslint)."""
    import importlib.util

    spec = importlib.util.find_spec("newslint")
    return Path(spec.origin).parent if spec and spec.origin else None


def take_snapshot(package: Path, dest: Path) -> Path:
    """Copy newslint's code and built-in rule packs into ``dest``; run that copy.

    With --snapshot every run of the benchmark lints with the same code even while
    someone edits the work tree (whose edits would also change the cache key).
    """
    target = dest / "newslint"
    shutil.copytree(package, target, ignore=shutil.ignore_patterns("__pycache__"))
    rules = package.parent.parent / "rules"
    if rules.is_dir() and not (target / "rules").exists():
        shutil.copytree(rules, target / "rules")
    return target


def source_stamp(folder: Path) -> str:
    """Sizes and mtimes of newslint's code and packs (what its cache key hashes).

    On a shared work tree another contributor's edit changes the cache key between a
    cold and a warm run; comparing stamps tells a real miss from that.
    """
    folders = [folder, folder / "rules", folder.parent.parent / "rules"]  # wheel or checkout
    paths = sorted({p for f in folders if f.is_dir() for p in f.rglob("*")})
    parts = []
    for path in paths:
        if "__pycache__" in path.parts or not path.is_file():
            continue
        st = path.stat()
        parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()[:12]


def ensure_proselint() -> list[str] | None:
    """proselint from the venv, installed there with pip when missing."""
    exe = Path(sys.executable).with_name("proselint")
    if not exe.exists() and shutil.which("proselint") is None:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "proselint"],
            capture_output=True,
            timeout=300,
        )
    if exe.exists():
        return [str(exe)]
    found = shutil.which("proselint")
    return [found] if found else None


def ensure_node_tools(folder: Path, timeout: float) -> tuple[Path | None, str]:
    """Install the Node peers into ``folder`` with npm; (bin folder or None, note)."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return None, "Node or npm not found: textlint, alex and write-good skipped"
    folder.mkdir(parents=True, exist_ok=True)
    bin_dir = folder / "node_modules" / ".bin"
    if not all((bin_dir / name).exists() for name in ("textlint", "alex", "write-good")):
        if not (folder / "package.json").exists():
            (folder / "package.json").write_text(
                '{"name": "newslint-bench-peers", "private": true}'
            )
        try:
            done = subprocess.run(
                ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", *NODE_PACKAGES],
                cwd=folder,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            return None, f"npm install took over {timeout:.0f} s: Node peers skipped"
        if done.returncode != 0:
            return None, f"npm install failed: {done.stderr.strip()[-300:]}"
    (folder / ".textlintrc.json").write_text(json.dumps(TEXTLINT_RC))
    return bin_dir, "installed " + ", ".join(NODE_PACKAGES)


# --- the run -------------------------------------------------------------------------------


def kb_per_s(size: int, seconds: float) -> float:
    return round(size / 1024 / seconds, 1) if seconds > 0 else 0.0


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None


class Bench:
    """One benchmark run: steps write into ``self.results``; ratios come at the end."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.jobs = args.jobs or os.cpu_count() or 1
        self.results: dict = {}
        self.notes: list[str] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="newslint-bench-"))
        self.nl = Newslint(self.jobs, self.tmp / "snapshot" if args.snapshot else None)
        if args.snapshot:
            self.notes.append(
                f"ran a snapshot of newslint's code taken at start ({self.nl.package})"
            )

    def log(self, text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    def wants(self, step: str) -> bool:
        return step not in self.args.skip

    def timed(self, cmd: list[str], cwd: Path | None = None) -> dict:
        """``measure`` repeated ``--repeat`` times; the fastest run (least disturbed) is kept.

        With repeats, the first run samples memory and the others are timed without the
        sampler (see ``measure``): times come from the unsampled runs, memory from the
        first, for newslint and its peers alike.
        """
        first = measure(cmd, cwd=cwd)
        if self.args.repeat <= 1:
            return first
        runs = [measure(cmd, cwd=cwd, sample=False) for _ in range(self.args.repeat - 1)]
        best = min(runs, key=lambda r: r["wall_s"])
        for key in ("peak_rss_tree_mb", "peak_pss_tree_mb"):
            best[key] = first[key]
        best["walls_s"] = [r["wall_s"] for r in runs]
        best["wall_s_sampled"] = first["wall_s"]
        return best

    def corpus(self, count: int, folder: Path) -> tuple[list[str], dict]:
        self.log(f"generating {count} articles into {folder} (seed {self.args.seed})")
        manifest = generate_corpus.generate(count, folder, self.args.seed, self.args.seeds_dir)
        files = sorted(str(p) for p in folder.rglob("*") if p.suffix in {".md", ".html", ".txt"})
        return files, manifest

    def record(self, name: str, result: dict, size: int | None = None) -> dict:
        if size is not None and "wall_s" in result:
            result["kb_per_s"] = kb_per_s(size, result["wall_s"])
        if "_stdout" in result:
            found = count_findings(result["_stdout"])
            if found is not None:
                result["findings"] = found
        failed = result.get("returncode") not in (0, 1, None) and not result.get("_stdout")
        if failed or result.get("timed_out"):
            self.notes.append(
                f"{name}: exit {result.get('returncode')}: {result.get('_stderr', '')[-300:]}"
            )
        if result.get("cmd", "").startswith(" ".join(self.nl.base)):
            result["code_stamp"] = self.nl.stamp()
            if result.get("_stdout"):
                result["output_sha256"] = hashlib.sha256(result["_stdout"]).hexdigest()[:16]
        clean = {k: v for k, v in result.items() if not k.startswith("_")}
        self.results[name] = clean
        shown = ", ".join(f"{k}={v}" for k, v in clean.items() if k not in ("cmd",))
        self.log(f"  {name}: {shown}")
        return clean

    def run(self) -> dict:
        a = self.args
        folder = a.corpus_dir
        files, manifest = self.corpus(a.count, folder)
        size = manifest["bytes"]
        corpus = [str(folder)]
        if not all(self.nl.flags[f] for f in ("--jobs", "--no-cache", "--cache-dir")):
            self.notes.append(f"newslint lacks some flags, run without them: {self.nl.flags}")
        self.warm_up(files)
        if self.wants("newslint"):
            self.log("newslint over the corpus")
            self.record(
                "newslint_off", self.timed(self.nl.cmd(corpus, "off", jobs=self.jobs)), size
            )
            self.record(
                "newslint_harper", self.timed(self.nl.cmd(corpus, "harper", jobs=self.jobs)), size
            )
        if self.wants("jobs1"):
            self.log("newslint --jobs 1")
            self.record("newslint_off_jobs1", self.timed(self.nl.cmd(corpus, "off", jobs=1)), size)
            self.record(
                "newslint_harper_jobs1", self.timed(self.nl.cmd(corpus, "harper", jobs=1)), size
            )
        if self.wants("precommit"):
            self.precommit(files)
        if self.wants("cache"):
            self.cache(corpus, size)
        if self.wants("proselint"):
            self.proselint(corpus, size)
        if self.wants("harper-own"):
            self.harper_own(files, size)
        if self.wants("node"):
            self.node(folder, files, size)
        if a.memory_files:
            self.memory(a.memory_files)
        return self.report(manifest)

    def warm_up(self, files: list[str]) -> None:
        """One untimed run on one file per grammar: compiles bytecode, fills the rule-pack cache.

        Any installed newslint is in that state after its first run; without this the first
        timed run alone would pay for it.
        """
        self.log("warm-up: one file, untimed")
        self.nl.compile_bytecode()
        for grammar in ("off", "harper"):
            measure(self.nl.cmd(files[:1], grammar, jobs=1, fmt="text"))

    def precommit(self, files: list[str]) -> None:
        """One file, a fresh process each time, as a pre-commit hook runs it."""
        self.log(f"pre-commit: one file, {self.args.precommit_runs} cold starts each")
        md = [f for f in files if f.endswith(".md")] or files
        by_size = sorted(md, key=lambda f: Path(f).stat().st_size)
        one = by_size[len(by_size) // 2]
        self.results["precommit_file"] = {
            "path": os.path.relpath(one, ROOT),
            "bytes": Path(one).stat().st_size,
        }
        runs = self.args.precommit_runs
        self.record("python_startup", median_of([sys.executable, "-c", "pass"], runs))
        for grammar in ("off", "harper"):
            cmd = self.nl.cmd([one], grammar, fmt="text")
            self.record(f"precommit_{grammar}", median_of(cmd, runs))
        cache_dir = str(self.tmp / "precommit-cache")
        cmd = self.nl.cmd([one], "harper", cache_dir=cache_dir, fmt="text")
        measure(cmd)  # fills the cache
        self.record("precommit_harper_warm_cache", median_of(cmd, runs))

    def cache(self, corpus: list[str], size: int) -> None:
        """A cold run that fills a fresh cache, then the same run again with it warm."""
        self.log("cache: cold then warm, grammar off and Harper")
        if not self.nl.flags["--cache-dir"]:
            self.notes.append("no --cache-dir: cache step skipped")
            return
        for grammar in ("off", "harper"):
            for attempt in range(3):
                cache_dir = str(self.tmp / f"cache-{grammar}-{attempt}")
                cmd = self.nl.cmd(corpus, grammar, jobs=self.jobs, cache_dir=cache_dir)
                stamp = self.nl.stamp()
                cold, warm = measure(cmd), measure(cmd)
                if self.nl.stamp() == stamp:
                    break
                self.notes.append(
                    f"cache_{grammar}: newslint's code changed during the run (shared work "
                    f"tree); measured again (attempt {attempt + 2})"
                )
            self.record(f"cache_{grammar}_cold", cold, size)
            self.record(f"cache_{grammar}_warm", warm, size)

    def proselint(self, corpus: list[str], size: int) -> None:
        exe = ensure_proselint()
        if exe is None:
            self.notes.append("proselint could not be installed: skipped")
            return
        self.log("proselint over the corpus")
        self.record("proselint", self.timed([*exe, "check", "-o", "json", *corpus]), size)

    def harper_own(self, files: list[str], size: int) -> None:
        """harper-py directly on the same files: one process, and one per job."""
        try:
            import harper  # noqa: F401
        except ImportError:
            self.notes.append("harper-py not installed: Harper's own time skipped")
            return
        self.log("Harper's own time (harper-py)")
        listing = self.tmp / "files.txt"
        listing.write_text("\n".join(files))
        script = str(BENCH / "harper_own.py")
        for procs in sorted({1, self.jobs}):
            result = self.timed([sys.executable, script, "--procs", str(procs), str(listing)])
            with contextlib.suppress(ValueError, IndexError):
                result.update(json.loads(result["_stdout"].decode().strip().splitlines()[-1]))
            self.record(f"harper_own_procs{procs}", result, size)

    def node(self, folder: Path, files: list[str], size: int) -> None:
        node_dir = self.args.node_dir
        self.log(f"Node peers (npm install into {node_dir} if needed)")
        bin_dir, note = ensure_node_tools(node_dir, self.args.npm_timeout)
        self.notes.append(note)
        if bin_dir is None:
            return
        self.results["node_version"] = subprocess.run(
            ["node", "--version"], capture_output=True, text=True
        ).stdout.strip()
        rc = str(node_dir / ".textlintrc.json")
        self.record(
            "textlint",
            self.timed(
                [str(bin_dir / "textlint"), "--config", rc, "--format", "json", str(folder)],
                cwd=node_dir,
            ),
            size,
        )
        parts = []
        for flag, ext in (([], "md"), (["--text"], "txt"), (["--html"], "html")):
            if any(f.endswith("." + ext) for f in files):
                glob = f"{folder}/**/*.{ext}"
                part = self.timed([str(bin_dir / "alex"), "--quiet", *flag, glob], cwd=node_dir)
                found = re.findall(
                    r"[\u26a0\u2716] (\d+) (?:warning|error)", part["_stderr"][-300:]
                )
                part["findings"] = sum(int(n) for n in found)
                parts.append(part)
        if parts:
            self.record("alex", combine(parts), size)
        result = self.timed([str(bin_dir / "write-good"), "--parse", *files], cwd=node_dir)
        result["findings"] = result["_stdout"].count(b"\n")  # --parse: one line a finding
        self.record("write_good", result, size)

    def memory(self, count: int) -> None:
        folder = self.args.memory_dir
        files, manifest = self.corpus(count, folder)
        self.log(f"memory: {count} files, grammar {self.args.memory_grammar}")
        for grammar in self.args.memory_grammar.split(","):
            result = measure(self.nl.cmd([str(folder)], grammar, jobs=self.jobs), timeout=7200)
            result["files"] = len(files)
            result["corpus_bytes"], result["corpus_words"] = manifest["bytes"], manifest["words"]
            self.record(f"memory_{count}_{grammar}", result, manifest["bytes"])

    def consistency(self) -> None:
        """Notes on what makes figures incomparable: code edits mid-run, --jobs output drift."""
        r = self.results
        stamps = {v["code_stamp"] for v in r.values() if isinstance(v, dict) and "code_stamp" in v}
        if len(stamps) > 1:
            self.notes.append(
                f"newslint's installed code changed during the benchmark ({len(stamps)} "
                "versions; a shared work tree?): findings and times of different runs are "
                "of different code"
            )
        for grammar in ("off", "harper"):
            a, b = r.get(f"newslint_{grammar}"), r.get(f"newslint_{grammar}_jobs1")
            if _same(a, b, "code_stamp"):
                same = _same(a, b, "output_sha256")
                self.results[f"jobs_output_identical_{grammar}"] = same
                if same is False:
                    self.notes.append(f"--jobs 1 and --jobs {self.jobs} output differ ({grammar})")
            a, b = r.get(f"cache_{grammar}_cold"), r.get(f"cache_{grammar}_warm")
            if _same(a, b, "code_stamp") and _same(a, b, "output_sha256") is False:
                self.notes.append(f"cold and warm cache output differ ({grammar})")

    def report(self, manifest: dict) -> dict:
        r = self.results
        wall = {k: v.get("wall_s") for k, v in r.items() if isinstance(v, dict)}
        cpu = {k: v.get("cpu_s") for k, v in r.items() if isinstance(v, dict)}
        harper_n = f"harper_own_procs{self.jobs}"
        ratios = {
            "throughput_vs_proselint_off": ratio(wall.get("proselint"), wall.get("newslint_off")),
            "throughput_vs_proselint_off_jobs1": ratio(
                wall.get("proselint"), wall.get("newslint_off_jobs1")
            ),
            "throughput_vs_proselint_harper": ratio(
                wall.get("proselint"), wall.get("newslint_harper")
            ),
            "cpu_vs_proselint_off": ratio(cpu.get("proselint"), cpu.get("newslint_off")),
            "cpu_vs_proselint_off_jobs1": ratio(
                cpu.get("proselint"), cpu.get("newslint_off_jobs1")
            ),
            "harper_time_ratio": ratio(wall.get("newslint_harper"), wall.get(harper_n)),
            "harper_time_ratio_jobs1": ratio(
                wall.get("newslint_harper_jobs1"), wall.get("harper_own_procs1")
            ),
            "harper_cpu_ratio": ratio(cpu.get("newslint_harper"), cpu.get(harper_n)),
            "cold_start_off_s": r.get("precommit_off", {}).get("median_s"),
            "cold_start_harper_s": r.get("precommit_harper", {}).get("median_s"),
            "cold_start_off_cpu_s": r.get("precommit_off", {}).get("cpu_median_s"),
            "cold_start_harper_cpu_s": r.get("precommit_harper", {}).get("cpu_median_s"),
            "cache_cpu_speedup_harper": ratio(
                cpu.get("cache_harper_cold"), cpu.get("cache_harper_warm")
            ),
            "cold_start_harper_warm_cache_s": r.get("precommit_harper_warm_cache", {}).get(
                "median_s"
            ),
            "cache_speedup_off": ratio(wall.get("cache_off_cold"), wall.get("cache_off_warm")),
            "cache_speedup_harper": ratio(
                wall.get("cache_harper_cold"), wall.get("cache_harper_warm")
            ),
            "jobs_speedup_off": ratio(wall.get("newslint_off_jobs1"), wall.get("newslint_off")),
            "jobs_speedup_harper": ratio(
                wall.get("newslint_harper_jobs1"), wall.get("newslint_harper")
            ),
            "throughput_vs_textlint": ratio(wall.get("textlint"), wall.get("newslint_off")),
            "throughput_vs_alex": ratio(wall.get("alex"), wall.get("newslint_off")),
            "throughput_vs_write_good": ratio(wall.get("write_good"), wall.get("newslint_off")),
        }
        memory = {k: v for k, v in r.items() if k.startswith("memory_")}
        self.consistency()
        targets = check_targets(ratios, memory)
        loads = [
            v["load_1m_before"] for v in r.values() if isinstance(v, dict) and "load_1m_before" in v
        ]
        cores = os.cpu_count() or 1
        if loads and max(loads) > cores:
            self.notes.append(
                f"the machine was busy (1-minute load up to {max(loads)} on {cores} cores): "
                "wall times and wall-time ratios are stretched unevenly; the CPU-time forms "
                "(cpu_s, cpu_* ratios, cpu_value in targets) are the steadier comparison"
            )
        return {
            "machine": machine_info(),
            "newslint": {
                "version": self.nl.version(),
                "command": " ".join(self.nl.base),
                "flags": self.nl.flags,
            },
            "jobs": self.jobs,
            "corpus": {**manifest, "folder": os.path.relpath(self.args.corpus_dir, ROOT)},
            "results": r,
            "ratios": ratios,
            "targets": targets,
            "notes": self.notes,
        }


def _same(a: dict | None, b: dict | None, key: str) -> bool | None:
    if not a or not b or key not in a or key not in b:
        return None
    return a[key] == b[key]


def combine(parts: list[dict]) -> dict:
    """Several processes run one after another (alex per format) as one figure."""
    out = dict(parts[0])
    out["cmd"] = " ; ".join(p["cmd"] for p in parts)
    for key in ("wall_s", "cpu_s", "stdout_bytes"):
        out[key] = round(sum(p[key] for p in parts), 3)
    for key in ("peak_rss_tree_mb", "peak_pss_tree_mb", "max_rss_process_mb"):
        out[key] = max(p[key] for p in parts)
    out["returncode"] = max(p["returncode"] for p in parts)
    out["findings"] = sum(p.get("findings", 0) for p in parts)
    out["_stdout"] = b""
    return out


def check_targets(ratios: dict, memory: dict) -> dict:
    """Issue 7's targets, each with the measured figure and whether it is met.

    Where a CPU-time form exists it is judged too (``cpu_value``, ``met_by_cpu``): on a
    busy machine wall times stretch unevenly, CPU seconds much less.
    """

    def verdict(
        value: float | None, limit: float, more_is_better: bool, cpu: float | None = None
    ) -> dict:
        def met(v: float | None) -> bool | None:
            if v is None:
                return None
            return v >= limit if more_is_better else v <= limit

        out = {"value": value, "limit": limit, "met": met(value)}
        if cpu is not None:
            out.update(cpu_value=cpu, met_by_cpu=met(cpu))
        return out

    t, q = TARGETS, ratios
    out = {
        "throughput_vs_proselint": verdict(
            q["throughput_vs_proselint_off"],
            t["throughput_vs_proselint_min"],
            True,
            q["cpu_vs_proselint_off"],
        ),
        "harper_time_ratio": verdict(
            q["harper_time_ratio"], t["harper_time_ratio_max"], False, q["harper_cpu_ratio"]
        ),
        "cold_start_off": verdict(
            q["cold_start_off_s"], t["cold_start_off_max_s"], False, q["cold_start_off_cpu_s"]
        ),
        "cold_start_harper": verdict(
            q["cold_start_harper_s"],
            t["cold_start_harper_max_s"],
            False,
            q["cold_start_harper_cpu_s"],
        ),
        "cache_speedup": verdict(
            q["cache_speedup_harper"], t["cache_speedup_min"], True, q["cache_cpu_speedup_harper"]
        ),
    }
    for name, result in memory.items():
        out[name] = verdict(result.get("peak_rss_tree_mb"), t["memory_10k_max_mb"], False)
        out[name + "_pss"] = verdict(result.get("peak_pss_tree_mb"), t["memory_10k_max_mb"], False)
    return out


def machine_info() -> dict:
    info = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_mb"] = int(line.split()[1]) // 1024
                break
    except OSError:
        pass
    return info


def print_summary(report: dict) -> None:
    """The human summary: absolute figures, then ratios against the targets."""
    r, q = report["results"], report["ratios"]
    m, c = report["machine"], report["corpus"]
    print(
        f"\nnewslint benchmark: {c['count']} articles, {c['bytes'] / 1024:.0f} KB, "
        f"{c['words']:,} words ({c['formats']}); {m['cores']} cores ({m.get('cpu', '?')}), "
        f"load {m['load_average']} at start, jobs {report['jobs']}"
    )
    print(
        f"{'run':34} {'wall s':>8} {'cpu s':>8} {'KB/s':>8} {'tree MB':>8} {'PSS MB':>8} "
        f"{'proc MB':>8} findings"
    )
    for name, v in r.items():
        if not isinstance(v, dict) or "wall_s" not in v:
            continue
        print(
            f"{name:34} {v['wall_s']:8.2f} {v['cpu_s']:8.2f} {v.get('kb_per_s', 0):8.1f} "
            f"{v['peak_rss_tree_mb']:8.1f} {v.get('peak_pss_tree_mb', 0):8.1f} "
            f"{v['max_rss_process_mb']:8.1f} {v.get('findings', '')}"
        )
    for name, v in r.items():
        if isinstance(v, dict) and "median_s" in v:
            print(
                f"{name:34} median {v['median_s']:.3f} s over {v['runs']} runs "
                f"(min {v['min_s']:.3f}, max {v['max_s']:.3f}), {v['max_rss_process_mb']} MB"
            )
    print("\nratios (higher is better for throughput and speed-ups; lower for time ratios):")
    for name, value in q.items():
        if value is not None:  # steps left out with --skip measure nothing
            print(f"  {name:36} {value}")
    for grammar in ("off", "harper"):
        same = r.get(f"jobs_output_identical_{grammar}")
        if same is not None:
            print(f"  --jobs 1 output identical to --jobs {report['jobs']} ({grammar}): {same}")
    print("\ntargets of issue 7:")
    for name, v in report["targets"].items():
        if v["met"] is None:
            continue
        mark = {True: "met", False: "NOT met", None: "not measured"}
        line = f"  {name:26} {v['value']!s:>8} (limit {v['limit']}): {mark[v['met']]}"
        if "cpu_value" in v:
            line += f"; by CPU time {v['cpu_value']}: {mark[v['met_by_cpu']]}"
        print(line)
    for note in report["notes"]:
        print(f"note: {note}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=1000, help="articles in the corpus (default 1000)")
    p.add_argument("--seed", type=int, default=7, help="corpus random seed (default 7)")
    p.add_argument(
        "--out", type=Path, default=BENCH / "results" / "latest.json", help="JSON result file"
    )
    p.add_argument(
        "--corpus-dir", type=Path, default=BENCH / "corpus", help="where the corpus is written"
    )
    p.add_argument("--seeds-dir", type=Path, default=generate_corpus.DEFAULT_SEEDS)
    p.add_argument("--jobs", type=int, default=0, help="newslint --jobs (default: number of cores)")
    p.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="runs of each corpus-wide measurement; keeps the fastest",
    )
    p.add_argument(
        "--precommit-runs", type=int, default=5, help="cold starts per pre-commit figure"
    )
    p.add_argument(
        "--skip",
        type=lambda s: set(filter(None, s.split(","))),
        default=set(),
        help=f"comma-separated steps to leave out: {','.join(STEPS)}",
    )
    p.add_argument(
        "--memory-files",
        type=int,
        default=0,
        help="also run newslint on this many files for peak memory",
    )
    p.add_argument(
        "--memory-grammar",
        default="off",
        help="grammar for the memory run: off, harper or off,harper",
    )
    p.add_argument(
        "--memory-dir", type=Path, default=Path(tempfile.gettempdir()) / "newslint-bench-memory"
    )
    p.add_argument(
        "--node-dir", type=Path, default=Path(tempfile.gettempdir()) / "newslint-bench-node"
    )
    p.add_argument(
        "--snapshot",
        action="store_true",
        help="copy newslint's code and rule packs at start and run the copy (stable figures "
        "while the work tree is being edited)",
    )
    p.add_argument("--npm-timeout", type=float, default=300, help="seconds allowed for npm install")
    args = p.parse_args(argv)
    unknown = args.skip - set(STEPS)
    if unknown:
        p.error(f"unknown steps in --skip: {sorted(unknown)}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    bench = Bench(args)
    started = time.time()
    try:
        report = bench.run()
    finally:
        shutil.rmtree(bench.tmp, ignore_errors=True)
    report["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    report["started_utc"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started))
    report["duration_s"] = round(time.time() - started, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print_summary(report)
    print(f"\nwrote {args.out} in {report['duration_s']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
