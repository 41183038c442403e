"""Command line: `newslint [check] PATH...`, `newslint rules`, `newslint rule ID`.

Exit codes (design.md): 0 nothing at or above --fail-on; 1 findings or unreadable
files; 2 usage, config or rule-pack error.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from typing import Any

from newslint import __version__
from newslint.baseline import BaselineError
from newslint.changed import DiffError
from newslint.config import FAIL_ON, Config, ConfigError, ConfigResolver, read_config_file
from newslint.model import FileError, Report, RuleMeta, Severity
from newslint.rulepack import RulePackError

SUBCOMMANDS = ("check", "rules", "rule")
FORMATS = ("text", "json", "sarif", "github", "gitlab", "rdjson")


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newslint",
        description="Editorial quality linter for news articles.",
        epilog="Commands: check (default), rules, rule ID. "
        "Exit: 0 clean, 1 findings, 2 usage/config error.",
    )
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    parser.add_argument("paths", nargs="*", help="files or folders to lint; '-' for standard input")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format")
    parser.add_argument(
        "--select",
        type=_csv,
        help="comma-separated rules, prefixes, names or categories to enable (replaces config)",
    )
    parser.add_argument(
        "--extend-select", type=_csv, default=[], help="rules to enable in addition to the config's"
    )
    parser.add_argument("--ignore", type=_csv, default=[], help="rules to disable (adds to config)")
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        help="lowest severity that makes the exit code 1 (default: warning)",
    )
    parser.add_argument("--config", help="use this config file for every linted file")
    parser.add_argument(
        "--no-config", action="store_true", help="ignore config files; use defaults"
    )
    parser.add_argument(
        "--stdin-filename",
        help="the name to report standard input under (and choose its format by)",
    )
    parser.add_argument(
        "--quiet", "-q", action="store_true", help="print findings only, no summary"
    )
    parser.add_argument(
        "--statistics", action="store_true", help="add counts per rule and per-document metrics"
    )
    parser.add_argument(
        "--fix", action="store_true", help="apply the fixes rules offer, writing files atomically"
    )
    parser.add_argument(
        "--diff", action="store_true", help="with fixes: print a diff instead of writing"
    )
    parser.add_argument(
        "--grammar",
        choices=("harper", "languagetool", "off"),
        help="grammar backend (default: config, else harper)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=0.0,
        help="per-file time budget in seconds for the checks (0: none)",
    )
    parser.add_argument(
        "--jobs", "-j", type=int, default=0, help="worker processes (default: number of cores)"
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="do not read or write the results cache"
    )
    parser.add_argument(
        "--cache-dir", help="results cache folder (default: .newslint_cache, or NEWSLINT_CACHE_DIR)"
    )
    parser.add_argument(
        "--write-baseline", metavar="FILE", help="record today's findings in FILE and exit 0"
    )
    parser.add_argument(
        "--baseline", metavar="FILE", help="report only findings not recorded in FILE"
    )
    parser.add_argument(
        "--diff-base", metavar="REF", help="report only findings on lines changed since git REF"
    )
    parser.add_argument(
        "--diff-file",
        metavar="FILE",
        help="report only findings on lines a unified diff adds ('-': stdin)",
    )
    parser.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="where to lint: local processes, or a Dask cluster (newslint[dask])",
    )
    parser.add_argument(
        "--scheduler", help="with --engine dask: the scheduler address (default: local processes)"
    )
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The `newslint` command; its exit status (design.md)."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # `newslint rule NL408 | head`: the reader left. Point stdout at /dev/null so
        # the interpreter's final flush does not fail again, and end quietly, as
        # command-line tools do on SIGPIPE.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv.pop(0) if argv and argv[0] in SUBCOMMANDS else "check"
    parser = build_parser()
    if command in ("rules", "rule"):
        return _rules_command(command, argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    try:
        return _check(args)
    except (ConfigError, RulePackError, BaselineError, DiffError) as exc:
        print(f"newslint: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"newslint: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 1


def _resolver(args: argparse.Namespace) -> ConfigResolver:
    explicit: Config | None = None
    if args.config:
        if not os.path.isfile(args.config):
            raise ConfigError(args.config, 1, 1, "config file not found")
        explicit = read_config_file(args.config)
        if explicit is None:
            raise ConfigError(args.config, 1, 1, "no [tool.newslint] section in this file")
    overrides: dict[str, Any] = {}
    if args.select is not None:
        overrides["select"] = tuple(args.select)
    if args.grammar:
        overrides["grammar"] = args.grammar
    return ConfigResolver(
        explicit=explicit,
        use_files=not args.no_config,
        overrides=overrides,
        extra_select=tuple(args.extend_select),
        extra_ignore=tuple(args.ignore),
    )


def _check(args: argparse.Namespace) -> int:
    from newslint.discover import discover
    from newslint.engine import finish_run, lint_file, lint_paths
    from newslint.progress import progress_for
    from newslint.registry import load_ruleset

    if not args.paths:
        print("newslint: no paths given (use '-' for standard input)", file=sys.stderr)
        return 2
    resolver = _resolver(args)
    stdin_name = args.stdin_filename or "-"
    if args.stdin_filename and os.path.isdir(args.stdin_filename):
        raise ConfigError(
            args.stdin_filename, 1, 1, "--stdin-filename names a directory, not a file"
        )
    files = discover([p for p in args.paths if p != "-"], resolver)
    for path in files:
        # Load (and validate) every config's rule packs before any work starts.
        load_ruleset(resolver.for_path(path).rules_dirs)
    results = []
    if "-" in args.paths:
        text = _read_stdin()
        results.append(lint_file(stdin_name, resolver, args.timeout, args.statistics, text=text))
    if args.engine == "dask":
        from newslint.distributed import lint_bag

        run = lint_bag(files, resolver, scheduler=args.scheduler, timeout=args.timeout)
    else:
        run = lint_paths(
            files,
            resolver,
            timeout=args.timeout,
            statistics=args.statistics,
            jobs=args.jobs if args.jobs > 0 else (os.cpu_count() or 1),
            cache_dir=_cache_dir(args, resolver),
            progress=progress_for(args.format, len(files), args.quiet),
        )
    run = finish_run(results + run.files) if results else run
    fixed = 0
    if args.fix or args.diff:
        fixed, run = _apply_fixes(run, resolver, args)
    reports = _narrow(args, run.reports)
    errors = run.errors
    if args.write_baseline:
        from newslint.baseline import write_baseline

        count = write_baseline(args.write_baseline, reports)
        if not args.quiet:
            print(f"newslint: wrote {count} findings to {args.write_baseline}", file=sys.stderr)
        return 0
    _emit(args, reports, errors, len(run.files), run, fixed, resolver)
    return _exit_code(args, reports, errors, resolver)


def _narrow(args: argparse.Namespace, reports: list[Report]) -> list[Report]:
    """Apply --baseline and --diff-base/--diff-file: only new findings on changed lines."""
    from newslint.baseline import read_baseline, subtract_baseline
    from newslint.changed import git_changed_lines, parse_unified_diff, touches_changed

    if args.baseline:
        reports = subtract_baseline(reports, read_baseline(args.baseline))
    changed = None
    if args.diff_base:
        changed = git_changed_lines(args.diff_base)
    elif args.diff_file:
        if args.diff_file == "-":
            diff = sys.stdin.read()
        else:
            with open(args.diff_file, encoding="utf-8") as fh:
                diff = fh.read()
        changed = parse_unified_diff(diff, os.getcwd())
    if changed is not None:
        reports = [
            r
            for r in reports
            if touches_changed(r.path, r.location.line, r.location.end_line, changed)
        ]
    return reports


def _cache_dir(args: argparse.Namespace, resolver: ConfigResolver) -> str:
    """The cache folder, or "" when caching is off."""
    if args.no_cache or os.environ.get("NEWSLINT_NO_CACHE"):
        return ""
    configured = resolver.for_path(os.path.join(os.getcwd(), "_")).cache_dir
    return args.cache_dir or os.environ.get("NEWSLINT_CACHE_DIR") or configured or ".newslint_cache"


def _read_stdin() -> str:
    from newslint.loader import LoadError, decode

    data = sys.stdin.buffer.read()
    try:
        return decode("-", data)
    except LoadError:
        return data.decode("utf-8", "replace")


def _apply_fixes(run: Any, resolver: ConfigResolver, args: argparse.Namespace) -> tuple[int, Any]:
    from newslint.engine import finish_run, fix_text, lint_file
    from newslint.fixer import FixConflict, unified_diff, write_atomic
    from newslint.loader import LoadError, read_source

    total = 0
    changed: list[str] = []
    for result in run.files:
        if not any(r.fix for r in result.reports) or result.path == (args.stdin_filename or "-"):
            continue
        try:
            original = read_source(result.path)
        except LoadError:
            continue
        new_text, count = fix_text(result.path, original, result.config)
        if new_text == original:
            continue
        if args.diff:
            sys.stdout.write(unified_diff(result.path, original, new_text))
            continue
        try:
            write_atomic(result.path, original, new_text)
        except (FixConflict, OSError) as exc:
            result.errors.append(FileError(result.path, str(exc), "NL901"))
            continue
        total += count
        changed.append(result.path)
    if not changed:
        return total, run
    relinted = {p: lint_file(p, resolver, args.timeout, args.statistics) for p in changed}
    return total, finish_run([relinted.get(r.path, r) for r in run.files])


def _color(args: argparse.Namespace) -> bool:
    if args.color != "auto":
        return args.color == "always"
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and args.format == "text"


def _emit(
    args: argparse.Namespace,
    reports: list[Report],
    errors: list[FileError],
    files: int,
    run: Any,
    fixed: int,
    resolver: ConfigResolver,
) -> None:
    from newslint.registry import load_ruleset
    from newslint.reporters import FORMATS, ReportInput

    rules: dict[str, RuleMeta] = {}
    for result in run.files:
        rules.update(load_ruleset(result.config.rules_dirs).metas)
    if not rules:
        rules = dict(load_ruleset().metas)
    statistics = {r.path: r.statistics for r in run.files} if args.statistics else None
    data = ReportInput(
        reports=reports,
        errors=errors,
        files=files,
        rules=rules,
        statistics=statistics,
        color=_color(args),
        quiet=args.quiet,
        fixed=fixed,
    )
    if args.diff and args.format == "text":
        return
    sys.stdout.write(FORMATS[args.format](data))


def _exit_code(
    args: argparse.Namespace,
    reports: list[Report],
    errors: list[FileError],
    resolver: ConfigResolver,
) -> int:
    fail_on = args.fail_on or resolver.for_path(os.path.join(os.getcwd(), "_")).fail_on
    if errors:
        return 1
    if fail_on == "never":
        return 0
    threshold = Severity(fail_on).rank
    return 1 if any(r.severity.rank >= threshold for r in reports) else 0


def _rules_command(command: str, argv: list[str]) -> int:
    from newslint.registry import load_ruleset

    parser = argparse.ArgumentParser(prog=f"newslint {command}")
    if command == "rule":
        parser.add_argument("rule", help="rule ID or name, e.g. NL101 or reasoning-trace")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.add_argument("--config", help="include the rule packs this config adds")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    try:
        dirs: tuple[str, ...] = ()
        if args.config:
            cfg = read_config_file(args.config)
            dirs = cfg.rules_dirs if cfg else ()
        ruleset = load_ruleset(dirs)
    except (ConfigError, RulePackError) as exc:
        print(f"newslint: {exc}", file=sys.stderr)
        return 2
    metas = [ruleset.metas[i] for i in sorted(ruleset.metas)]
    if command == "rules":
        if args.format == "json":
            print(json.dumps([m.as_dict() for m in metas], ensure_ascii=False, indent=2))
        elif args.format == "markdown":
            print(format_rules_markdown(metas, ruleset.default_off), end="")
        else:
            print(format_rules_table(metas, ruleset.default_off))
        return 0
    ids = ruleset.resolve(args.rule)
    if len(ids) != 1 or (args.rule.upper() != ids[0] and args.rule not in ruleset.names):
        print(f"newslint: no rule {args.rule!r}; see `newslint rules`", file=sys.stderr)
        return 2
    meta = ruleset.metas[ids[0]]
    if args.format == "json":
        print(json.dumps(meta.as_dict(), ensure_ascii=False, indent=2))
    elif args.format == "markdown":
        print(_rule_markdown(meta, meta.id in ruleset.default_off), end="")
    else:
        print(format_rule_doc(meta, meta.id in ruleset.default_off))
    return 0


_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _display(message: str) -> str:
    """A rule's message template with its placeholders shown as an ellipsis."""
    return _PLACEHOLDER.sub("…", message)


def format_rules_table(metas: list[RuleMeta], default_off: set[str]) -> str:
    rows = [("ID", "Name", "Category", "Severity", "Message")]
    for m in metas:
        name = m.name + (" (opt-in)" if m.id in default_off else "")
        rows.append((m.id, name, m.category, m.severity.value, _display(m.message)))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(widths[i]) if i < 4 else cell for i, cell in enumerate(row))
        for row in rows
    )


def format_rule_doc(meta: RuleMeta, opt_in: bool = False) -> str:
    """`newslint rule ID`: what the rule finds, why, and a bad and a good example."""
    lines = [
        f"# {meta.name} ({meta.id})",
        "",
        f"Category: {meta.category}    Severity: {meta.severity.value}    "
        f"Fix: {'available' if meta.fixable else 'none'}"
        + ("    Enabled: only when selected" if opt_in else ""),
        "",
        f"Message: {_display(meta.message)}",
        "",
        "## Why",
        "",
        meta.description,
        "",
        "## Bad",
        "",
        *[_indent(x) for x in meta.examples.bad],
        "",
        "## Good",
        "",
        *[_indent(x) for x in meta.examples.good],
    ]
    return "\n".join(lines)


def format_rules_markdown(metas: list[RuleMeta], default_off: set[str]) -> str:
    """docs/rules.md: a table of every rule, then each rule's full documentation."""
    out = [
        "# newslint rules",
        "",
        "Generated by `newslint rules --format markdown > docs/rules.md`; do not edit by hand.",
        "",
        "| ID | Name | Category | Severity | Fix | Message |",
        "|---|---|---|---|---|---|",
    ]
    for m in metas:
        name = m.name + (" (opt-in)" if m.id in default_off else "")
        message = _display(m.message).replace("|", "\\|")
        fix = "yes" if m.fixable else ""
        out.append(
            f"| [{m.id}](#{m.id.lower()}) | {name} | {m.category} | {m.severity.value} "
            f"| {fix} | {message} |"
        )
    out.append("")
    for m in metas:
        out.append(_rule_markdown(m, m.id in default_off))
    return "\n".join(out)


def _rule_markdown(meta: RuleMeta, opt_in: bool) -> str:
    fence = "````"
    lines = [
        f"## {meta.id}",
        "",
        f"**{meta.name}**: {meta.category}, {meta.severity.value}"
        + (", fix available" if meta.fixable else "")
        + (", opt-in (enable with `--select`)" if opt_in else ""),
        "",
        f"Message: {_display(meta.message)}",
        "",
        meta.description,
        "",
        "Bad:",
        "",
    ]
    for example in meta.examples.bad:
        lines += [f"{fence}text", example, fence, ""]
    lines += ["Good:", ""]
    for example in meta.examples.good:
        lines += [f"{fence}text", example, fence, ""]
    return "\n".join(lines) + "\n"


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines() or [""]) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
