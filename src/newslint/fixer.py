"""Applying fixes safely: only offered fixes, never overlapping, written atomically.

A fix replaces an exact span of the original text. Fixes that overlap an earlier
one are skipped (the next run picks them up). The file is written to a temporary
file in the same folder, given the original's permissions, and renamed over it,
and only if its contents are still what was linted.
"""

from __future__ import annotations

import difflib
import os
import stat
import tempfile
from collections.abc import Iterable

from newslint.model import Fix


class FixConflict(Exception):
    """The file changed on disk after it was read."""


def apply_fixes(text: str, fixes: Iterable[Fix]) -> tuple[str, int]:
    """The text with non-overlapping fixes applied, and how many were applied."""
    chosen: list[Fix] = []
    last_end = -1
    for fix in sorted(set(fixes), key=lambda f: (f.start, f.end)):
        if fix.start < last_end or not (0 <= fix.start <= fix.end <= len(text)):
            continue
        chosen.append(fix)
        last_end = max(fix.end, fix.start + 1) if fix.start == fix.end else fix.end
    out, pos = [], 0
    for fix in chosen:
        out.append(text[pos : fix.start])
        out.append(fix.replacement)
        pos = fix.end
    out.append(text[pos:])
    return "".join(out), len(chosen)


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
    )


def write_atomic(path: str, original: str, new_text: str) -> None:
    """Replace `path` with `new_text` if it still holds `original`."""
    with open(path, "rb") as fh:
        current = fh.read()
    encoded_original = original.encode("utf-8")
    if current not in (encoded_original, b"\xef\xbb\xbf" + encoded_original):
        raise FixConflict(f"{path}: changed since it was read; not written")
    bom = b"\xef\xbb\xbf" if current.startswith(b"\xef\xbb\xbf") else b""
    mode = stat.S_IMODE(os.stat(path).st_mode)
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".newslint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(bom + new_text.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
