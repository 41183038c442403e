"""Changed lines from git or a unified diff, to report only findings a reviewer touched."""

from __future__ import annotations

import os
import re
import subprocess
from collections import defaultdict

_FILE = re.compile(r"^\+\+\+ (?:b/)?(.+?)\s*$")
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


class DiffError(Exception):
    pass


def parse_unified_diff(diff: str, root: str) -> dict[str, set[int]]:
    """Absolute path -> the new-side line numbers a unified diff adds or changes."""
    changed: dict[str, set[int]] = defaultdict(set)
    current: str | None = None
    for line in diff.splitlines():
        m = _FILE.match(line)
        if m:
            name = m.group(1)
            current = None if name == "/dev/null" else os.path.normpath(os.path.join(root, name))
            continue
        m = _HUNK.match(line)
        if m and current:
            start, count = int(m.group(1)), int(m.group(2) or 1)
            changed[current].update(range(start, start + count))
    return dict(changed)


def git_changed_lines(base: str, cwd: str = ".") -> dict[str, set[int]]:
    """Lines changed since `base` in the work tree (committed or not)."""
    try:
        root = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        diff = subprocess.run(
            ["git", "diff", "--unified=0", "--no-color", "--no-ext-diff", base, "--"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        untracked = subprocess.run(
            ["git", "ls-files", "--others", "--exclude-standard"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split("\n")
    except FileNotFoundError:
        raise DiffError("git is not installed") from None
    except subprocess.CalledProcessError as exc:
        raise DiffError(f"git failed for --diff-base {base}: {exc.stderr.strip()}") from None
    changed = parse_unified_diff(diff, root)
    for name in filter(None, untracked):  # a new file is changed everywhere
        changed[os.path.normpath(os.path.join(root, name))] = _ALL_LINES
    return changed


class _AllLines(set):
    def __contains__(self, item: object) -> bool:
        return True


_ALL_LINES = _AllLines()


def touches_changed(path: str, line: int, end_line: int, changed: dict[str, set[int]]) -> bool:
    lines = changed.get(os.path.normpath(os.path.abspath(path)))
    if lines is None:
        return False
    return any(n in lines for n in range(line, end_line + 1))
