"""`path:line:col: NL101 [error] message`, one a line, as ruff and flake8 print."""

from __future__ import annotations

from newslint.reporters.common import ReportInput

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def render_text(data: ReportInput) -> str:
    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if data.color else text

    lines = []
    for r in data.reports:
        loc = r.location
        where = paint(_BOLD, f"{r.path}:{loc.line}:{loc.column}:")
        sev = paint(_COLORS[r.severity.value], f"[{r.severity.value}]")
        fixable = paint(_DIM, " [*]") if r.fix else ""
        lines.append(f"{where} {r.rule.id} {sev} {r.message}{fixable}")
    error_tag = paint(_COLORS["error"], "[error]")
    for e in data.errors:
        lines.append(f"{paint(_BOLD, e.path + ':')} {e.rule} {error_tag} {e.message}")
    if data.statistics is not None:
        lines.extend(_statistics(data))
    if not data.quiet:
        lines.append(_footer(data))
    return "\n".join(lines) + ("\n" if lines else "")


def _statistics(data: ReportInput) -> list[str]:
    out = [""] if data.reports else []
    for rule_id, count in data.rule_counts():
        meta = data.rules[rule_id]
        out.append(f"{count:6d}\t{rule_id}\t{meta.name}")
    return out


def _count(n: int, noun: str) -> str:
    """'1 file', '2 files': the footer is read by people, so it agrees in number."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _footer(data: ReportInput) -> str:
    s = data.summary()
    total = sum(s.values())
    fixable = sum(1 for r in data.reports if r.fix)
    parts = [_count(s["error"], "error"), _count(s["warning"], "warning"), f"{s['info']} info"]
    head = "All checked!" if not total and not data.errors else f"Found {_count(total, 'problem')}"
    text = f"{head} ({', '.join(parts)}) in {_count(data.files, 'file')}"
    if data.errors:
        could = "file" if len(data.errors) == 1 else "files"
        text += f"; {len(data.errors)} {could} could not be linted"
    if data.fixed:
        text += f"; fixed {data.fixed}"
    elif fixable:
        text += f"; {fixable} fixable with --fix"
    return text + "."
