"""Stage 5: turn located reports into text, JSON, SARIF or GitHub annotations.

Reporters only format; they never analyse or filter.
"""

from __future__ import annotations

from collections.abc import Callable

from newslint.reporters.common import ReportInput
from newslint.reporters.github import render_github
from newslint.reporters.gitlab import render_gitlab
from newslint.reporters.json import render_json
from newslint.reporters.rdjson import render_rdjson
from newslint.reporters.sarif import render_sarif
from newslint.reporters.text import render_text

FORMATS: dict[str, Callable[[ReportInput], str]] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
    "gitlab": render_gitlab,
    "rdjson": render_rdjson,
}

__all__ = ["FORMATS", "ReportInput"]
