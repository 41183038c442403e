"""SARIF 2.1.0, as GitHub code scanning accepts it."""

from __future__ import annotations

import json
from typing import Any

from newslint.model import RuleMeta
from newslint.reporters.common import TOOL_NAME, TOOL_VERSION, ReportInput, fingerprint

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFO_URI = "https://github.com/newslint/newslint"


def _rule(meta: RuleMeta) -> dict[str, Any]:
    bad = "\n".join(f"- {x}" for x in meta.examples.bad)
    good = "\n".join(f"- {x}" for x in meta.examples.good)
    return {
        "id": meta.id,
        "name": meta.name,
        "shortDescription": {"text": meta.message},
        "fullDescription": {"text": meta.description},
        "help": {
            "text": f"{meta.description}\n\nBad:\n{bad}\n\nGood:\n{good}",
            "markdown": f"{meta.description}\n\n**Bad**\n\n{bad}\n\n**Good**\n\n{good}",
        },
        "defaultConfiguration": {"level": LEVELS[meta.severity.value]},
        "properties": {"category": meta.category, "tags": [meta.category]},
    }


def build_sarif(data: ReportInput) -> dict[str, Any]:
    used = sorted({r.rule.id for r in data.reports})
    index = {rule_id: i for i, rule_id in enumerate(used)}
    results = []
    for r in data.reports:
        loc = r.location
        results.append(
            {
                "ruleId": r.rule.id,
                "ruleIndex": index[r.rule.id],
                "level": LEVELS[r.severity.value],
                "message": {"text": r.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": r.path.replace("\\", "/")},
                            "region": {
                                "startLine": loc.line,
                                "startColumn": loc.column,
                                "endLine": loc.end_line,
                                "endColumn": max(loc.end_column, 1),
                                **({"snippet": {"text": r.excerpt}} if r.excerpt else {}),
                            },
                        }
                    }
                ],
                "partialFingerprints": {"newslint/v1": fingerprint(r)},
            }
        )
    notifications = [
        {
            "level": "error",
            "message": {"text": f"{e.path}: {e.message}"},
            "descriptor": {"id": e.rule},
        }
        for e in data.errors
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": TOOL_VERSION,
                        "informationUri": INFO_URI,
                        "rules": [_rule(data.rules[i]) for i in used],
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": True,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": results,
            }
        ],
    }


def render_sarif(data: ReportInput) -> str:
    return json.dumps(build_sarif(data), ensure_ascii=False, indent=2) + "\n"
