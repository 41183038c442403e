"""Shared helpers: lint real text through the real pipeline."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.config import Config
from newslint.engine import lint_string, lint_strings
from newslint.model import Report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Runs newslint in a fresh process where any attempt to open a socket raises.
_OFFLINE = """\
import socket, sys
def refuse(*a, **k):
    raise RuntimeError('network access attempted')
class NoSocket(socket.socket):
    __init__ = refuse
socket.socket = NoSocket
socket.create_connection = refuse
socket.getaddrinfo = refuse
from newslint.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_offline(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """newslint ARGS in a new process that cannot reach the network (drafts stay local)."""
    return subprocess.run(
        [sys.executable, "-c", _OFFLINE, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


_FILE_MARK = re.compile(r"^=== (\S+) ===$", re.M)


def lint(
    text: str, path: str = "article.txt", select: list[str] | None = None, **options
) -> list[Report]:
    """Lint one text with default config (grammar off unless asked), optionally selecting rules."""
    config = Config(grammar=options.pop("grammar", "off"))
    if select:
        config = config.with_overrides(select=tuple(select))
    if options:
        config = config.with_overrides(options=tuple(options.items()))
    return lint_string(text, path, config)


def lint_example(text: str, rule_id: str) -> list[Report]:
    """Lint a rule example. Several files are written as '=== name ===' sections."""
    config = Config(select=(rule_id,), grammar="harper" if rule_id.startswith("NL4") else "off")
    parts = _FILE_MARK.split(text)
    if len(parts) == 1:
        return lint_string(text, "example.txt", config)
    files = {parts[i]: parts[i + 1].lstrip("\n") for i in range(1, len(parts), 2)}
    return lint_strings(files, config)


def rules_of(reports: list[Report]) -> set[str]:
    return {r.rule.id for r in reports}


def at(reports: list[Report], rule: str) -> list[int]:
    """Start lines of the reports of one rule."""
    return sorted(r.location.line for r in reports if r.rule.id == rule)


# A short clean story (three paragraphs) that widget and leftover tests put text around.
BODY = (
    "The city council approved a $2 billion budget on Wednesday that adds 120 police "
    "officers and expands after-school programs, officials said.\n\n"
    '"We are kicking the can down the road," said council member Andre Hill, who voted '
    "against the plan on Wednesday night.\n\n"
    "The budget takes effect on July 1, and the mayor is expected to sign it this week.\n"
)


PARAS = BODY.rstrip("\n").split("\n\n")


def between(block: str) -> str:
    """`block` as a paragraph of its own between BODY's first and second paragraphs
    (line 3)."""
    return "\n\n".join([PARAS[0], block, *PARAS[1:]]) + "\n"


def of_category(
    text: str, category: str, path: str = "story.txt", select: list[str] | None = None
) -> list[Report]:
    """The reports of one category when `text` is linted (optionally selecting rules)."""
    return [r for r in lint(text, path, select=select) if r.rule.category == category]


def html_page(widget: str, tail: str = "") -> str:
    """A whole HTML page with `widget` on line 6, between two of BODY's paragraphs, and
    `tail` on line 9, after the last one."""
    return (
        "<!DOCTYPE html>\n<html><body>\n<article>\n<h1>Council passes budget</h1>\n"
        f"<p>{PARAS[0]}</p>\n{widget}\n<p>{PARAS[1]}</p>\n<p>{PARAS[2]}</p>\n{tail}\n"
        "</article>\n</body></html>\n"
    )


def meta_of(reports: list[Report]) -> list[tuple[str, int]]:
    """(rule, line) of the meta-text reports, sorted."""
    return sorted((r.rule.id, r.location.line) for r in reports if r.rule.category == "meta-text")


def claims(text: str, path: str = "story.txt") -> list[Report]:
    """The unsupported-claim reports of `text` (NL2xx rules only)."""
    return of_category(text, "unsupported-claim", path, select=["NL2"])


def claim_rules(text: str) -> set[str]:
    """The NL2xx rule IDs `text` triggers."""
    return rules_of(claims(text))


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


needs_shared = pytest.mark.skipif(
    not SHARED.is_dir() and not os.environ.get("CI"),
    reason="../shared is not beside this clone",
)
