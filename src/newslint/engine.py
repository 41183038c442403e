"""Stage 3: run the checks over each document, then the cross-file checks.

`lint_file` does everything for one file that does not need other files: load,
parse, run checks, collect ledger facts, filter. It is a plain function of
picklable arguments so that it can run in worker processes. `lint_run` adds the
corpus checks (which compare files) and the unused-suppression report.
"""

from __future__ import annotations

import contextlib
import gc
import signal
import threading
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from newslint.cache import ResultCache, cache_key
from newslint.checks.base import Check, Context
from newslint.config import Config, ConfigResolver
from newslint.document import Document, LineIndex
from newslint.filter import enabled_rules, resolve, unused_suppressions
from newslint.fixer import apply_fixes
from newslint.loader import LoadError, decode, read_bytes
from newslint.model import FileError, Finding, Report
from newslint.parallel import lint_in_processes
from newslint.parse import parse
from newslint.registry import load_ruleset
from newslint.suppress import Suppressions, parse_suppressions


@dataclass
class FileResult:
    """What linting one file produced, plus what the cross-file stage needs."""

    path: str
    reports: list[Report] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    line_starts: Sequence[int] = field(default_factory=list)  # compact: held per file to the end
    text_length: int = 0
    suppressions: Suppressions = field(default_factory=Suppressions)
    config: Config = field(default_factory=Config)
    statistics: dict[str, Any] = field(default_factory=dict)
    fmt: str = "text"

    def line_index(self) -> LineIndex:
        index = LineIndex("")
        index.starts, index.length = self.line_starts or [0], self.text_length
        return index


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)

    @property
    def reports(self) -> list[Report]:
        return sorted((r for f in self.files for r in f.reports), key=Report.sort_key)

    @property
    def errors(self) -> list[FileError]:
        return [e for f in self.files for e in f.errors]


class CheckTimeout(Exception):
    pass


@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise CheckTimeout in the running check after `seconds` (main thread, Unix)."""
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise CheckTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _context(config: Config) -> Context:
    return Context(options=config.option_dict(), enabled=enabled_rules(config))


def _wanted(check: Check, enabled: frozenset[str]) -> bool:
    return any(r.id in enabled for r in check.rules) or any(i in enabled for i in check.reports)


# The enabled checks of a ruleset, in order: the same for every document of a run.
# Keyed by the list's identity and length (a ruleset only grows), each entry keeps
# its list alive, so an id is never reused while its entry stands.
_WANTED: dict[tuple[int, int, frozenset[str]], tuple[list[Check], list[Check]]] = {}


def _wanted_checks(checks: list[Check], enabled: frozenset[str]) -> list[Check]:
    """The checks with an enabled rule (remembered per check list and rule set)."""
    key = (id(checks), len(checks), enabled)
    known = _WANTED.get(key)
    if known is None:
        known = (checks, [c for c in checks if _wanted(c, enabled)])
        _WANTED[key] = known
    return known[1]


def _run_one(
    check: Check, doc: Document, ctx: Context, findings: list[Finding], facts: dict[str, Any]
) -> None:
    """Run one check over doc: its findings, and its corpus fact if it collects one."""
    findings.extend(check.run(doc, ctx))
    if hasattr(check, "collect"):
        fact = check.collect(doc, ctx)
        if fact is not None:
            facts[type(check).__name__] = fact


def run_checks(doc: Document, config: Config, timeout: float = 0.0) -> tuple[list[Finding], dict]:
    """All enabled checks over one document: (findings, corpus facts by check)."""
    ruleset = load_ruleset(config.rules_dirs)
    ctx = _context(config)
    findings: list[Finding] = []
    facts: dict[str, Any] = {}
    deadline = time.monotonic() + timeout if timeout else 0.0
    for check in _wanted_checks(ruleset.checks, ctx.enabled):
        name = type(check).__name__
        remaining = deadline - time.monotonic() if deadline else 0.0
        if deadline and remaining <= 0:
            findings.append(
                Finding("NL905", 0, 0, f"time budget of {timeout:g}s used up before {name}")
            )
            break
        try:
            if deadline:
                with time_budget(remaining):
                    _run_one(check, doc, ctx, findings, facts)
            else:  # no budget: skip the timer set-up (two system calls a check)
                _run_one(check, doc, ctx, findings, facts)
        except CheckTimeout:
            findings.append(Finding("NL905", 0, 0, f"{name} exceeded the {timeout:g}s time budget"))
        except Exception as exc:  # a crashing check must not lose the other findings
            findings.append(Finding("NL905", 0, 0, f"{name} failed: {type(exc).__name__}: {exc}"))
    return findings, facts


def document_statistics(doc: Document, config: Config) -> dict[str, Any]:
    """Per-document figures gathered from checks that offer `statistics(doc)`."""
    stats: dict[str, Any] = {"words": doc.word_count, "format": doc.format}
    for check in load_ruleset(config.rules_dirs).checks:
        method = getattr(check, "statistics", None)
        if method is not None:
            stats.update(method(doc))
    return stats


def lint_text(
    path: str, text: str, config: Config, timeout: float = 0.0, statistics: bool = False
) -> FileResult:
    """Lint already-decoded text (a file's contents or standard input)."""
    doc = parse(path, text)
    findings, facts = run_checks(doc, config, timeout)
    error = doc.metadata.get("_front_matter_error")
    if error:
        findings.append(Finding("NL904", 0, 3, error))
    if "_parse_error" in doc.metadata:
        offset, message = doc.metadata["_parse_error"]
        findings.append(Finding("NL904", offset, min(offset + 1, len(text)), message))
    suppressions = parse_suppressions(text, doc.format, doc.lines.starts)
    reports = resolve(
        findings, path=path, text=text, lines=doc.lines, config=config, suppressions=suppressions
    )
    return FileResult(
        path=path,
        reports=reports,
        facts=facts,
        line_starts=array("q", doc.lines.starts),
        text_length=len(text),
        suppressions=suppressions,
        config=config,
        statistics=document_statistics(doc, config) if statistics else {},
        fmt=doc.format,
    )


def lint_file(
    path: str,
    resolver: ConfigResolver,
    timeout: float = 0.0,
    statistics: bool = False,
    text: str | None = None,
    cache_dir: str = "",
) -> FileResult:
    """Lint one file (or `text` standing for it); never raises for bad input.

    With `cache_dir`, a result for the same bytes, config and code is reused.
    """
    config = resolver.for_path(path)
    try:
        if text is not None:
            return lint_text(path, text, config, timeout, statistics)
        data = read_bytes(path)
        store = ResultCache(cache_dir) if cache_dir else None
        key = cache_key(path, data, config, (timeout, statistics)) if store else ""
        cached = store.get(key) if store else None
        if isinstance(cached, FileResult):
            return cached
        result = lint_text(path, decode(path, data), config, timeout, statistics)
        if store:
            store.put(key, result)
        return result
    except LoadError as exc:
        return FileResult(path=path, errors=[FileError(path, exc.message, exc.rule)], config=config)
    except RecursionError:
        message = "document too deeply nested to parse"
        return FileResult(path=path, errors=[FileError(path, message, "NL904")], config=config)
    except Exception as exc:  # a parser bug must cost one file, never the run
        message = f"could not be parsed ({type(exc).__name__}: {exc})"
        return FileResult(path=path, errors=[FileError(path, message, "NL904")], config=config)


def finish_run(results: Sequence[FileResult]) -> RunResult:
    """Cross-file checks over all results, then unused-suppression reports."""
    by_path = {r.path: r for r in results}
    configs = {r.config for r in results if not r.errors}
    for config in configs:
        ruleset = load_ruleset(config.rules_dirs)
        ctx = _context(config)
        for check in ruleset.corpus_checks:
            if not _wanted(check, ctx.enabled):
                continue
            name = type(check).__name__
            facts = [
                (r.path, r.facts[name]) for r in results if r.config == config and name in r.facts
            ]
            if len(facts) < 2:
                continue
            try:
                findings = list(check.reduce(facts, ctx))
            except Exception as exc:  # one broken corpus check must not end the run
                first = by_path[facts[0][0]]
                message = f"cross-file check {name} failed: {type(exc).__name__}: {exc}"
                first.errors.append(FileError(first.path, message, "NL905"))
                continue
            for finding in findings:
                target = by_path.get(finding.path)
                if target is None:
                    continue
                target.reports.extend(
                    resolve(
                        [finding],
                        path=target.path,
                        text=None,
                        lines=target.line_index(),
                        config=target.config,
                        suppressions=target.suppressions,
                    )
                )
    for r in results:
        if not r.errors:
            r.reports.extend(
                unused_suppressions(
                    path=r.path,
                    lines=r.line_index(),
                    config=r.config,
                    suppressions=r.suppressions,
                )
            )
        r.reports.sort(key=Report.sort_key)
    return RunResult(list(results))


def lint_paths(
    files: Sequence[str],
    resolver: ConfigResolver,
    timeout: float = 0.0,
    statistics: bool = False,
    jobs: int = 1,
    cache_dir: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> RunResult:
    """Lint files (across `jobs` processes), then run the cross-file stage.

    Results keep the order of `files` whatever the job count, so output is
    identical for --jobs 1 and --jobs N.
    """
    task = partial(
        lint_file, resolver=resolver, timeout=timeout, statistics=statistics, cache_dir=cache_dir
    )
    done = _cached_results(files, resolver, cache_dir, (timeout, statistics))
    todo = [path for path in files if path not in done]
    count = len(done)

    def record(result: FileResult) -> None:
        nonlocal count
        done[result.path] = result
        count += 1
        if progress:
            progress(count, len(files))

    if progress and count:
        progress(count, len(files))
    if jobs > 1 and len(todo) >= 2 * jobs:
        prepare_checks({resolver.for_path(path) for path in todo})
        _freeze_loaded()
        lint_in_processes(task, todo, jobs, record)
    else:
        for i, path in enumerate(todo):
            record(task(path))
            if i == 0:  # the first file has loaded what every other file uses
                _freeze_loaded()
    return finish_run([done[path] for path in files])


_FROZEN = False


def _freeze_loaded() -> None:
    """Move the objects loaded so far (rule sets, compiled patterns, the claims model's
    50,000 weights) out of the garbage collector's sight, once per process.

    They live until the process ends, yet every full collection walked them again
    (about 1% of a run's CPU); in forked workers the walk also wrote to their pages
    and undid the copy-on-write sharing. Output does not depend on it.
    """
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.freeze()


def _cached_results(
    files: Sequence[str], resolver: ConfigResolver, cache_dir: str, options: tuple
) -> dict[str, FileResult]:
    """Results the cache already holds, read in this process before any worker starts."""
    if not cache_dir:
        return {}
    store = ResultCache(cache_dir)
    found: dict[str, FileResult] = {}
    for path in files:
        try:
            data = read_bytes(path)
        except LoadError:
            continue  # lint_file reports it
        cached = store.get(cache_key(path, data, resolver.for_path(path), options))
        if isinstance(cached, FileResult):
            found[path] = cached
    return found


def prepare_checks(configs: set[Config]) -> None:
    """Let enabled checks load their large resources before workers fork (shared pages)."""
    for config in configs:
        ctx = _context(config)
        for check in load_ruleset(config.rules_dirs).checks:
            if _wanted(check, ctx.enabled):
                check.prepare(ctx)


MAX_FIX_ROUNDS = 10


def fix_text(path: str, text: str, config: Config) -> tuple[str, int]:
    """Apply offered fixes until none is left (as ruff does): (new text, fixes applied).

    One fix can expose another (removing a preamble line makes the next line the
    start of its paragraph), so the text is re-linted after each round.
    """
    total = 0
    for _ in range(MAX_FIX_ROUNDS):
        fixes = [r.fix for r in lint_text(path, text, config).reports if r.fix]
        new_text, count = apply_fixes(text, fixes)
        if count == 0 or new_text == text:
            break
        text, total = new_text, total + count
    return text, total


def lint_string(
    text: str, path: str = "<stdin>.txt", config: Config | None = None, **overrides: Any
) -> list[Report]:
    """Convenience for tests and the API: lint one text, return its reports."""
    config = (config or Config()).with_overrides(**overrides)
    return finish_run([lint_text(path, text, config)]).reports


def lint_strings(texts: dict[str, str], config: Config | None = None) -> list[Report]:
    """Lint several texts as one run, so cross-file checks see them all."""
    config = config or Config()
    return finish_run([lint_text(p, t, config) for p, t in texts.items()]).reports
