"""GitHub Actions workflow commands (`::error file=...,line=...::message`)."""

from __future__ import annotations

from newslint.reporters.common import ReportInput

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(data: ReportInput) -> str:
    lines = []
    for r in data.reports:
        loc = r.location
        props = (
            f"file={_escape_property(r.path)},line={loc.line},col={loc.column},"
            f"endLine={loc.end_line},endColumn={loc.end_column},"
            f"title={_escape_property(f'{r.rule.id} {r.rule.name}')}"
        )
        lines.append(f"::{LEVELS[r.severity.value]} {props}::{_escape_data(r.message)}")
    for e in data.errors:
        lines.append(
            f"::error file={_escape_property(e.path)},title={e.rule}::{_escape_data(e.message)}"
        )
    return "\n".join(lines) + ("\n" if lines else "")
