"""Reading YAML rule packs: pattern rules are data, validated like code.

A pack is a YAML file with a top-level `rules:` list. Each entry names a Vale-like
`type` (existence, substitution, occurrence, repetition, consistency, metric) and
the fields that type needs. Packs come from users too, so everything is checked
and every problem is reported as `file:line:col: what is wrong`; YAML is loaded
without object construction and regexes are compiled with RE2 (linear time).
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from newslint.model import Examples, RuleMeta, Severity, category_for
from newslint.yamlguard import MAX_VALUES, too_many_values

RULE_TYPES = ("existence", "substitution", "occurrence", "repetition", "consistency", "metric")
SCOPES = ("paragraph", "sentence", "heading", "line", "raw", "code", "document")
_ID = re.compile(r"^NL[1-9]\d\d$")
# House-style packs may use their own prefix (AP101, HOUSE7) and name a category.
_HOUSE_ID = re.compile(r"^[A-Z]{2,8}\d{1,4}$")
HOUSE_CATEGORIES = (
    "meta-text",
    "unsupported-claim",
    "inconsistent-figure",
    "garbled-phrasing",
    "readability",
    "style",
)
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

COMMON_KEYS = {
    "id",
    "name",
    "type",
    "category",
    "severity",
    "message",
    "description",
    "examples",
    "scope",
    "ignorecase",
    "nonword",
    "skip_quotes",
    "skip_questions",
    "exceptions",
    "default",
    "fix",
}
TYPE_KEYS = {
    "existence": {"tokens", "patterns"},
    "substitution": {"swap"},
    "occurrence": {"tokens", "patterns", "max"},
    "repetition": {"tokens", "patterns"},
    "consistency": {"either"},
    "metric": {"formula", "condition", "min_words"},
}
REQUIRED = {"id", "name", "type", "severity", "message", "description", "examples"}


class RulePackError(Exception):
    """A rule pack or config problem, located in its file."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message


@dataclass(frozen=True)
class PatternSpec:
    """A validated YAML rule: its metadata plus the type-specific settings."""

    meta: RuleMeta
    type: str
    scope: str
    ignorecase: bool
    nonword: bool
    skip_quotes: bool
    skip_questions: bool = False  # leave a unit that asks (an interviewer's question) alone
    tokens: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    swap: tuple[tuple[str, str], ...] = ()
    either: tuple[tuple[str, str], ...] = ()
    exceptions: tuple[str, ...] = ()
    max: int = 0
    formula: str = ""
    condition: str = ""
    min_words: int = 0
    fix: str = ""
    enabled_by_default: bool = True
    position: tuple[str, int, int] = ("", 0, 0)
    extra: dict[str, Any] = field(default_factory=dict)


def did_you_mean(word: str, choices: set[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _pos(node: Any, key: Any = None) -> tuple[int, int]:
    """1-based line and column of a mapping key (or the node itself)."""
    try:
        if key is not None and isinstance(node, CommentedMap):
            line, col = node.lc.key(key)
        elif key is not None and isinstance(node, CommentedSeq):
            line, col = node.lc.item(key)
        else:
            line, col = node.lc.line, node.lc.col
        return line + 1, col + 1
    except (AttributeError, KeyError, TypeError):
        return 1, 1


def load_yaml(path: str) -> Any:
    """Round-trip load (positions kept; no arbitrary objects constructed)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RulePackError(path, 1, 1, f"not valid UTF-8 at byte {exc.start}") from None
    except OSError as exc:
        raise RulePackError(path, 1, 1, f"cannot read: {exc.strerror or exc}") from None
    yaml = YAML(typ="rt", pure=True)
    yaml.allow_duplicate_keys = False
    try:
        data = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise RulePackError(path, line, col, f"invalid YAML: {exc.problem or exc}") from None
    except YAMLError as exc:
        raise RulePackError(path, 1, 1, f"invalid YAML: {exc}") from None
    if too_many_values(data):
        raise RulePackError(
            path, 1, 1, f"expands to more than {MAX_VALUES:,} values (nested aliases?)"
        )
    return data


def load_pack(path: str, source: str = "builtin") -> list[PatternSpec]:
    """The validated rules of one pack, from the signed pack cache when unchanged."""
    from newslint import __version__
    from newslint.cache import pack_cache

    try:
        st = os.stat(path)
    except OSError as exc:
        raise RulePackError(path, 1, 1, f"cannot read: {exc.strerror or exc}") from None
    key = hashlib.sha256(
        f"{__version__}\0{os.path.abspath(path)}\0{source}\0{st.st_size}\0{st.st_mtime_ns}".encode()
    ).hexdigest()
    return pack_cache().get_or_compute(key, list, lambda: parse_pack(path, source))


def parse_pack(path: str, source: str = "builtin") -> list[PatternSpec]:
    """Validate and return the rules of one pack file."""
    data = load_yaml(path)
    if not isinstance(data, CommentedMap) or "rules" not in data:
        raise RulePackError(path, 1, 1, "a rule pack is a mapping with a top-level 'rules:' list")
    unknown = set(data) - {"rules", "pack", "description"}
    for key in unknown:
        line, col = _pos(data, key)
        raise RulePackError(
            path, line, col, f"unknown key {key!r}{did_you_mean(str(key), {'rules', 'pack'})}"
        )
    rules = data["rules"]
    if not isinstance(rules, CommentedSeq):
        line, col = _pos(data, "rules")
        raise RulePackError(path, line, col, "'rules' must be a list of rule mappings")
    specs = []
    for i, entry in enumerate(rules):
        if not isinstance(entry, CommentedMap):
            line, col = _pos(rules, i)
            raise RulePackError(path, line, col, "each rule must be a mapping")
        specs.append(_spec(path, entry, source))
    return specs


def _spec(path: str, entry: CommentedMap, source: str) -> PatternSpec:
    def fail(key: Any, message: str) -> RulePackError:
        line, col = _pos(entry, key) if key in entry else _pos(entry)
        return RulePackError(path, line, col, message)

    rtype = entry.get("type")
    if rtype not in RULE_TYPES:
        raise fail("type", f"'type' must be one of {', '.join(RULE_TYPES)}, not {rtype!r}")
    allowed = COMMON_KEYS | TYPE_KEYS[rtype]
    for key in entry:
        if key not in allowed:
            raise fail(key, f"unknown key {key!r} for a {rtype} rule{did_you_mean(key, allowed)}")
    for key in sorted(REQUIRED - set(entry)):
        raise fail(None, f"rule is missing {key!r}")

    rule_id = _text(entry, "id", fail)
    name = _text(entry, "name", fail)
    if not _NAME.match(name):
        raise fail("name", f"rule name {name!r} must be kebab-case")
    category = _category(rule_id, entry, source, fail)
    try:
        severity = Severity(entry["severity"])
    except ValueError:
        raise fail("severity", "'severity' must be error, warning or info") from None
    meta = RuleMeta(
        id=rule_id,
        name=name,
        category=category,
        severity=severity,
        message=_text(entry, "message", fail),
        description=" ".join(_text(entry, "description", fail).split()),
        examples=_examples(entry, fail),
        fixable=bool(entry.get("fix")) or rtype == "substitution",
        source=source,
    )
    scope = entry.get("scope", "paragraph")
    if scope not in SCOPES:
        raise fail(
            "scope", f"'scope' must be one of {', '.join(SCOPES)}{did_you_mean(scope, SCOPES)}"
        )
    spec = PatternSpec(
        meta=meta,
        type=rtype,
        scope=scope,
        ignorecase=_bool(entry, "ignorecase", True, fail),
        nonword=_bool(entry, "nonword", False, fail),
        skip_quotes=_bool(entry, "skip_quotes", False, fail),
        skip_questions=_bool(entry, "skip_questions", False, fail),
        tokens=_strings(entry, "tokens", fail),
        patterns=_strings(entry, "patterns", fail),
        swap=_pairs(entry, "swap", fail),
        either=_pairs(entry, "either", fail),
        exceptions=_strings(entry, "exceptions", fail),
        max=_int(entry, "max", 0, fail),
        formula=str(entry.get("formula", "")),
        condition=str(entry.get("condition", "")),
        min_words=_int(entry, "min_words", 0, fail),
        fix=str(entry.get("fix") or ""),
        enabled_by_default=_bool(entry, "default", True, fail),
        position=(path, *_pos(entry)),
    )
    _check_type_fields(spec, entry, fail)
    return spec


def _category(rule_id: str, entry: CommentedMap, source: str, fail: Any) -> str:
    """NLxxx IDs take their family's category; house IDs must name one."""
    if _ID.match(rule_id):
        category = str(category_for(rule_id))
        if entry.get("category", category) != category:
            raise fail("category", f"{rule_id} belongs to category {category!r}")
        return category
    if source == "builtin" or not _HOUSE_ID.match(rule_id):
        raise fail("id", f"rule ID {rule_id!r} must look like NL123 (or AP101 in a house pack)")
    category = entry.get("category")
    if category not in HOUSE_CATEGORIES:
        choices = ", ".join(HOUSE_CATEGORIES)
        raise fail(
            "category" if "category" in entry else "id", f"'category' must be one of {choices}"
        )
    return str(category)


def _check_type_fields(spec: PatternSpec, entry: CommentedMap, fail: Any) -> None:
    from newslint.checks.patterns import compile_regex, metric_function, parse_condition

    if spec.type in ("existence", "occurrence", "repetition") and not (
        spec.tokens or spec.patterns
    ):
        raise fail(None, f"a {spec.type} rule needs 'tokens' or 'patterns'")
    if spec.type == "substitution" and not spec.swap:
        raise fail(None, "a substitution rule needs a non-empty 'swap' mapping")
    if spec.type == "consistency" and not spec.either:
        raise fail(None, "a consistency rule needs a non-empty 'either' mapping")
    if spec.type == "occurrence" and spec.max < 1:
        raise fail("max", "an occurrence rule needs 'max' of 1 or more")
    if spec.fix not in ("", "remove", "remove-line", "replace"):
        raise fail("fix", "'fix' must be remove, remove-line or replace")
    if spec.type == "metric":
        try:
            metric_function(spec.formula)
            parse_condition(spec.condition)
        except ValueError as exc:
            raise fail("formula" if "formula" in str(exc) else "condition", str(exc)) from None
    for key, values in (
        ("patterns", spec.patterns),
        ("exceptions", spec.exceptions),
        ("swap", tuple(k for k, _ in spec.swap)),
    ):
        for value in values:
            if key == "swap" and not _looks_regex(value):
                continue
            try:
                compile_regex(value, True)
            except ValueError as exc:
                raise fail(key, f"pattern {value!r} is not a valid RE2 regex: {exc}") from None


def _looks_regex(value: str) -> bool:
    return any(c in value for c in "\\[]()?*+|{}^$")


def _text(entry: CommentedMap, key: str, fail: Any) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise fail(key, f"'{key}' must be a non-empty string")
    return value.strip()


def _bool(entry: CommentedMap, key: str, default: bool, fail: Any) -> bool:
    value = entry.get(key, default)
    if not isinstance(value, bool):
        raise fail(key, f"'{key}' must be true or false")
    return value


def _int(entry: CommentedMap, key: str, default: int, fail: Any) -> int:
    value = entry.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise fail(key, f"'{key}' must be a whole number")
    return value


def _strings(entry: CommentedMap, key: str, fail: Any) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise fail(key, f"'{key}' must be a list of non-empty strings")
    return tuple(value)


def _pairs(entry: CommentedMap, key: str, fail: Any) -> tuple[tuple[str, str], ...]:
    value = entry.get(key, {})
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise fail(key, f"'{key}' must be a mapping of strings to strings")
    return tuple((str(k), str(v)) for k, v in value.items())


def _examples(entry: CommentedMap, fail: Any) -> Examples:
    value = entry.get("examples")
    if not isinstance(value, dict) or not value.get("bad") or not value.get("good"):
        raise fail("examples", "'examples' needs non-empty 'bad' and 'good' lists")
    for key in ("bad", "good"):
        items = value[key]
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise fail("examples", f"'examples.{key}' must be a list of strings")
    return Examples(tuple(value["bad"]), tuple(value["good"]))


def pack_files(folder: str) -> list[str]:
    """The YAML packs in a folder, sorted so rule order is stable."""
    if not os.path.isdir(folder):
        return []
    return sorted(
        os.path.join(folder, name)
        for name in os.listdir(folder)
        if name.endswith((".yaml", ".yml")) and not name.startswith(".")
    )


def builtin_rules_dir() -> str:
    """`rules/` inside the installed wheel, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent.parent / "rules"):
        if candidate.is_dir():
            return str(candidate)
    return str(here / "rules")
