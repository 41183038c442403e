"""Stage 4: decide which findings a user sees, and resolve them to locations.

Selection (select/extend-select/ignore, per-file-ignores), severity overrides and
inline suppressions are applied here and nowhere else.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable
from functools import cache

from newslint.config import Config
from newslint.document import LineIndex
from newslint.model import Finding, Report, Severity
from newslint.registry import RuleSet, load_ruleset
from newslint.suppress import Suppressions

EXCERPT_CHARS = 80


@cache
def enabled_rules(config: Config) -> frozenset[str]:
    """The rule IDs a config turns on."""
    ruleset = load_ruleset(config.rules_dirs)
    if config.select:
        chosen = {i for key in config.select for i in ruleset.resolve(key)}
        explicit = {ruleset.names.get(k, k.upper()) for k in config.select}
        chosen = {i for i in chosen if i not in ruleset.default_off or i in explicit}
    else:
        chosen = set(ruleset.metas) - ruleset.default_off
    chosen |= {i for key in config.extend_select for i in ruleset.resolve(key)}
    chosen -= {i for key in config.ignore for i in ruleset.resolve(key)}
    if config.grammar == "off":
        chosen -= {i for i in chosen if i.startswith("NL4") and _is_grammar(ruleset, i)}
    return frozenset(chosen)


def _is_grammar(ruleset: RuleSet, rule_id: str) -> bool:
    return ruleset.metas[rule_id].name.startswith("grammar")


@cache
def _severity_overrides(config: Config) -> dict[str, Severity]:
    ruleset = load_ruleset(config.rules_dirs)
    return {i: sev for key, sev in config.severity for i in ruleset.resolve(key)}


def ignored_for_path(config: Config, path: str) -> frozenset[str]:
    """Rules that per-file-ignores switches off for this path."""
    if not config.per_file_ignores:
        return frozenset()
    ruleset = load_ruleset(config.rules_dirs)
    rel = os.path.relpath(os.path.abspath(path), config.root).replace(os.sep, "/")
    out: set[str] = set()
    for pattern, rules in config.per_file_ignores:
        if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern):
            out |= {i for key in rules for i in ruleset.resolve(key)}
    return frozenset(out)


def excerpt(text: str, start: int, end: int) -> str:
    snippet = " ".join(text[start:end].split())
    return snippet if len(snippet) <= EXCERPT_CHARS else snippet[: EXCERPT_CHARS - 1] + "…"


def resolve(
    findings: Iterable[Finding],
    *,
    path: str,
    text: str | None,
    lines: LineIndex,
    config: Config,
    suppressions: Suppressions,
) -> list[Report]:
    """Filter findings for one file and turn them into located Reports."""
    ruleset = load_ruleset(config.rules_dirs)
    enabled = enabled_rules(config) - ignored_for_path(config, path)
    overrides = _severity_overrides(config)
    reports = []
    for f in findings:
        meta = ruleset.metas.get(f.rule)
        if meta is None or f.rule not in enabled:
            continue
        location = lines.location(f.start, f.end)
        if suppressions.suppresses(f.rule, meta.name, location.line):
            continue
        severity = overrides.get(f.rule) or f.severity or meta.severity
        snippet = f.excerpt or (excerpt(text, f.start, f.end) if text is not None else "")
        fix_location = lines.location(f.fix.start, f.fix.end) if f.fix else None
        reports.append(
            Report(
                path, location, meta, severity, f.message, snippet, f.fix, f.related, fix_location
            )
        )
    return reports


def unused_suppressions(
    *, path: str, lines: LineIndex, config: Config, suppressions: Suppressions
) -> list[Report]:
    """NL900 reports for directives that suppressed nothing."""
    if "NL900" not in enabled_rules(config) - ignored_for_path(config, path):
        return []
    meta = load_ruleset(config.rules_dirs).metas["NL900"]
    out = []
    for d in suppressions.unused():
        codes = " ".join(d.codes) or "all rules"
        out.append(
            Report(
                path,
                lines.location(d.start, d.end),
                meta,
                _severity_overrides(config).get("NL900", meta.severity),
                f"Suppression of {codes} matched no finding; remove it",
                "",
            )
        )
    return out
