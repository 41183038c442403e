"""reviewdog's Diagnostic Format (rdjson), with fixes as suggestions."""

from __future__ import annotations

import json
from typing import Any

from newslint.model import Report
from newslint.reporters.common import TOOL_NAME, ReportInput

SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
RULE_URL = "https://github.com/newslint/newslint/blob/main/docs/rules.md#{id}"


def _diagnostic(r: Report) -> dict[str, Any]:
    loc = r.location
    out: dict[str, Any] = {
        "message": r.message,
        "location": {
            "path": r.path,
            "range": {
                "start": {"line": loc.line, "column": loc.column},
                "end": {"line": loc.end_line, "column": loc.end_column},
            },
        },
        "severity": SEVERITY[r.severity.value],
        "code": {"value": r.rule.id, "url": RULE_URL.format(id=r.rule.id.lower())},
    }
    if r.fix and r.fix_location:
        fix = r.fix_location
        out["suggestions"] = [
            {
                "range": {
                    "start": {"line": fix.line, "column": fix.column},
                    "end": {"line": fix.end_line, "column": fix.end_column},
                },
                "text": r.fix.replacement,
            }
        ]
    return out


def render_rdjson(data: ReportInput) -> str:
    doc = {
        "source": {"name": TOOL_NAME, "url": "https://github.com/newslint/newslint"},
        "severity": "WARNING",
        "diagnostics": [_diagnostic(r) for r in data.reports],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
