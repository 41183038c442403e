"""GitLab code-quality report (a JSON array of Code Climate issues)."""

from __future__ import annotations

import json

from newslint.reporters.common import ReportInput, fingerprint

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def render_gitlab(data: ReportInput) -> str:
    issues = [
        {
            "description": f"{r.rule.id} {r.message}",
            "check_name": f"{r.rule.id} {r.rule.name}",
            "fingerprint": fingerprint(r),
            "severity": SEVERITY[r.severity.value],
            "categories": ["Style"],
            "location": {
                "path": r.path,
                "lines": {"begin": r.location.line, "end": r.location.end_line},
            },
        }
        for r in data.reports
    ]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
