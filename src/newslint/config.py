"""Configuration: `[tool.newslint]` in pyproject.toml or `.newslint.yaml`.

The nearest config walking up from each linted file applies to it (as ruff and
Vale do); `--config` names one file for all. Every key is validated, and a
problem is reported as `file:line:col: what is wrong` with a did-you-mean.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from newslint.model import Severity, reduce_shared
from newslint.rulepack import RulePackError, did_you_mean, load_yaml

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml", "pyproject.toml")
GRAMMAR_BACKENDS = ("harper", "languagetool", "off")
FAIL_ON = ("error", "warning", "info", "never")

# Settings read by individual checks, with their expected types.
CHECK_OPTIONS: dict[str, type | tuple[type, ...]] = {
    "audience": str,
    "max-sentence-words": int,
    "max-grade": (int, float),
    "dialect": str,
    "publication-date": str,
    "languagetool-language": str,
    "languagetool-api-key": str,
    "languagetool-username": str,
    "skip-quotes": bool,
    "timeout": (int, float),
}
LIST_KEYS = ("select", "ignore", "include", "exclude", "rules-dir", "extend-select")
KNOWN_KEYS = (
    set(LIST_KEYS)
    | set(CHECK_OPTIONS)
    | {"severity", "per-file-ignores", "fail-on", "grammar", "languagetool-url", "cache-dir"}
)
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")
DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    ".newslint_cache",
    ".tox",
    "build",
    "dist",
)


class ConfigError(RulePackError):
    """A configuration problem located in its file."""


@dataclass(frozen=True)
class Config:
    """Resolved settings for a group of files."""

    path: str = ""  # the file the settings came from ("" for defaults)
    root: str = "."  # folder that relative globs and rules-dir are relative to
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: str = "warning"
    rules_dirs: tuple[str, ...] = ()
    grammar: str = "harper"
    languagetool_url: str = ""
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    cache_dir: str = ""
    options: tuple[tuple[str, Any], ...] = ()

    def option_dict(self) -> dict[str, Any]:
        opts = dict(self.options)
        opts["grammar"] = self.grammar
        opts["languagetool-url"] = self.languagetool_url
        return opts

    def with_overrides(self, **kw: Any) -> Config:
        return replace(self, **{k: v for k, v in kw.items() if v is not None})

    __reduce__ = reduce_shared


def _find_line(text: str, key: str) -> tuple[int, int]:
    """Best-effort line/column of a key in a TOML text (tomllib keeps no positions)."""
    m = re.search(rf"^\s*\"?{re.escape(key)}\"?\s*=", text, re.M)
    if not m:
        return 1, 1
    line = text.count("\n", 0, m.start()) + 1
    col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
    while col <= len(text) and text[m.start() + col - 1 : m.start() + col].isspace():
        col += 1
    return line, col


def _load_pyproject(path: str) -> tuple[dict[str, Any] | None, Any]:
    try:
        text = Path(path).read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"at line (\d+), column (\d+)", str(exc))
        line, col = (int(m.group(1)), int(m.group(2))) if m else (1, 1)
        raise ConfigError(path, line, col, f"invalid TOML: {str(exc).split(' (at')[0]}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, 1, 1, f"cannot read: {exc}") from None
    section = data.get("tool", {}).get("newslint")
    if section is None:
        return None, None

    def locate(key: str) -> tuple[int, int]:
        return _find_line(text, key)

    return section, locate


def _load_yaml_config(path: str) -> tuple[dict[str, Any], Any]:
    data = load_yaml(path)
    if data is None:
        return {}, lambda key: (1, 1)
    if not isinstance(data, dict):
        raise ConfigError(path, 1, 1, "a .newslint.yaml file must be a mapping of settings")

    def locate(key: str) -> tuple[int, int]:
        try:
            line, col = data.lc.key(key)
            return line + 1, col + 1
        except (AttributeError, KeyError, TypeError):
            return 1, 1

    return dict(data), locate


def read_config_file(path: str) -> Config | None:
    """Parse one config file; None for a pyproject.toml without [tool.newslint]."""
    if path.endswith(".toml"):
        section, locate = _load_pyproject(path)
        if section is None:
            return None
    else:
        section, locate = _load_yaml_config(path)
    return build_config(path, section, locate)


def build_config(path: str, raw: dict[str, Any], locate: Any) -> Config:
    def fail(key: str, message: str) -> ConfigError:
        line, col = locate(key)
        return ConfigError(path, line, col, message)

    for key in raw:
        if key not in KNOWN_KEYS:
            raise fail(key, f"unknown setting {key!r}{did_you_mean(str(key), KNOWN_KEYS)}")
    root = os.path.dirname(os.path.abspath(path))
    values: dict[str, Any] = {"path": path, "root": root}
    for key in LIST_KEYS:
        if key in raw:
            value = raw[key]
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise fail(key, f"{key!r} must be a list of strings")
            values[key.replace("-", "_")] = tuple(value)
    if "rules_dir" in values:
        dirs = tuple(os.path.normpath(os.path.join(root, d)) for d in values.pop("rules_dir"))
        for d in dirs:
            if not os.path.isdir(d):
                raise fail("rules-dir", f"rules-dir {d!r} is not a folder")
        values["rules_dirs"] = dirs
    if "severity" in raw:
        sev = raw["severity"]
        if not isinstance(sev, dict):
            raise fail("severity", "'severity' must map rule IDs or names to error/warning/info")
        try:
            values["severity"] = tuple((str(k), Severity(v)) for k, v in sev.items())
        except ValueError:
            raise fail("severity", "severity values must be error, warning or info") from None
    if "per-file-ignores" in raw:
        pfi = raw["per-file-ignores"]
        if not isinstance(pfi, dict) or not all(isinstance(v, list) for v in pfi.values()):
            raise fail("per-file-ignores", "'per-file-ignores' must map globs to lists of rules")
        values["per_file_ignores"] = tuple((str(k), tuple(map(str, v))) for k, v in pfi.items())
    for key, choices in (("fail-on", FAIL_ON), ("grammar", GRAMMAR_BACKENDS)):
        if key in raw:
            if raw[key] not in choices:
                raise fail(key, f"{key!r} must be one of {', '.join(choices)}, not {raw[key]!r}")
            values[key.replace("-", "_")] = raw[key]
    for key in ("languagetool-url", "cache-dir"):
        if key in raw:
            if not isinstance(raw[key], str):
                raise fail(key, f"{key!r} must be a string")
            values[key.replace("-", "_")] = raw[key]
    options = []
    for key, kind in CHECK_OPTIONS.items():
        if key in raw:
            value = raw[key]
            if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
                raise fail(key, f"{key!r} has the wrong type ({type(value).__name__})")
            options.append((key, value))
    values["options"] = tuple(options)
    return Config(**values)


@cache
def config_for_dir(directory: str) -> Config:
    """The nearest config at or above `directory` (defaults when none)."""
    current = os.path.abspath(directory)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(current, name)
            if os.path.isfile(candidate):
                config = read_config_file(candidate)
                if config is not None:
                    return config
        parent = os.path.dirname(current)
        if parent == current:
            return Config()
        current = parent


@dataclass
class ConfigResolver:
    """Chooses the config for each file: explicit, discovered, or defaults."""

    explicit: Config | None = None
    use_files: bool = True
    overrides: dict[str, Any] = field(default_factory=dict)
    extra_select: tuple[str, ...] = ()
    extra_ignore: tuple[str, ...] = ()

    def for_path(self, path: str) -> Config:
        if self.explicit is not None:
            base = self.explicit
        elif self.use_files:
            base = config_for_dir(os.path.dirname(os.path.abspath(path)) or ".")
        else:
            base = Config()
        if self.overrides:
            base = base.with_overrides(**self.overrides)
        if self.extra_select or self.extra_ignore:
            base = replace(
                base,
                extend_select=base.extend_select + self.extra_select,
                ignore=base.ignore + self.extra_ignore,
            )
        return base
