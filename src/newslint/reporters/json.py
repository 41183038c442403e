"""The JSON report of design.md (stable: fields are added, never renamed)."""

from __future__ import annotations

import json
from typing import Any

from newslint.model import Report
from newslint.reporters.common import TOOL_NAME, TOOL_VERSION, ReportInput, fingerprint


def finding_dict(r: Report) -> dict[str, Any]:
    loc = r.location
    return {
        "path": r.path,
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
        "rule": r.rule.id,
        "name": r.rule.name,
        "category": r.rule.category,
        "severity": r.severity.value,
        "message": r.message,
        "excerpt": r.excerpt,
        "fix": (
            {"start": r.fix.start, "end": r.fix.end, "replacement": r.fix.replacement}
            if r.fix
            else None
        ),
        "fingerprint": fingerprint(r),
        **(
            {"related": [{"path": p, "start": s, "end": e} for p, s, e in r.related]}
            if r.related
            else {}
        ),
    }


def build_json(data: ReportInput) -> dict[str, Any]:
    out: dict[str, Any] = {
        "version": 1,
        "tool": {"name": TOOL_NAME, "version": TOOL_VERSION},
        "files": data.files,
        "findings": [finding_dict(r) for r in data.reports],
        "errors": [{"path": e.path, "message": e.message, "rule": e.rule} for e in data.errors],
        "summary": data.summary(),
    }
    if data.statistics is not None:
        out["statistics"] = {
            "rules": {rule_id: count for rule_id, count in data.rule_counts()},
            "documents": data.statistics,
        }
    out.update(data.extra)
    return out


def render_json(data: ReportInput) -> str:
    return json.dumps(build_json(data), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
