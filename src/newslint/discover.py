"""Which files to lint: explicit files always, folders filtered by include/exclude."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable

from newslint.config import DEFAULT_EXCLUDE, Config, ConfigResolver


def _excluded(rel: str, name: str, config: Config) -> bool:
    patterns = DEFAULT_EXCLUDE + config.exclude
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(rel, p) for p in patterns)


def _included(rel: str, name: str, config: Config) -> bool:
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(rel, p) for p in config.include)


def discover(paths: Iterable[str], resolver: ConfigResolver) -> list[str]:
    """Files to lint, in a stable order; missing paths are kept (reported later)."""
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.normpath(path)
        if key not in seen:
            seen.add(key)
            out.append(path)

    for path in paths:
        if not os.path.isdir(path):
            add(path)
            continue
        for folder, dirs, files in os.walk(path):
            config = resolver.for_path(os.path.join(folder, "_"))
            rel_folder = os.path.relpath(folder, config.root)
            dirs[:] = sorted(
                d for d in dirs if not _excluded(os.path.join(rel_folder, d), d, config)
            )
            for name in sorted(files):
                full = os.path.join(folder, name)
                rel = os.path.normpath(os.path.join(rel_folder, name)).replace(os.sep, "/")
                if _included(rel, name, config) and not _excluded(rel, name, config):
                    add(os.path.normpath(full))
    return out
