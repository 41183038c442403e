"""The rule registry: every rule newslint knows, from Python checks and YAML packs.

Built-in Python checks live in the modules listed in CHECK_MODULES, each exposing
`CHECKS` (a list of Check classes). YAML packs come from the shipped `rules/`
folder and from any `rules-dir` a config names. IDs and names must be unique.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import cache

from newslint.checks.base import Check, CorpusCheck, rule
from newslint.checks.patterns import PatternCheck
from newslint.model import RuleMeta
from newslint.rulepack import RulePackError, builtin_rules_dir, load_pack, pack_files

CHECK_MODULES = (
    "newslint.checks.meta",
    "newslint.checks.chrome",
    "newslint.checks.claims",
    "newslint.checks.figures",
    "newslint.checks.ledger",
    "newslint.checks.garbled",
    "newslint.checks.wordorder",
    "newslint.checks.grammar",
    "newslint.checks.readability",
)

INTERNAL_RULES = (
    rule(
        "NL900",
        "unused-suppression",
        "info",
        "Suppression comment suppresses nothing",
        """An inline `newslint-disable` comment that matched no finding is noise and
        hides nothing; it usually outlived the text it was written for. Remove it.""",
        bad=["<!-- newslint-disable-next-line NL101 -->\nA clean sentence."],
        good=["A clean sentence."],
    ),
    rule(
        "NL901",
        "unreadable-file",
        "error",
        "File could not be read",
        """The file does not exist, is a directory, or cannot be opened. Other files
        are still linted; fix the path or permissions.""",
        bad=["(a path that does not exist)"],
        good=["(a readable UTF-8 file)"],
    ),
    rule(
        "NL902",
        "skipped-file",
        "warning",
        "File skipped: binary or too large",
        """Binary files and files over the size limit are not articles; they are
        skipped with a notice rather than linted as garbage.""",
        bad=["(a PNG image named story.md)"],
        good=["(a UTF-8 Markdown article)"],
    ),
    rule(
        "NL903",
        "decode-error",
        "error",
        "File is not valid UTF-8",
        """newslint reads UTF-8 (and UTF-16/32 with a byte-order mark). The error
        names the byte offset of the first invalid byte so it can be found and fixed.""",
        bad=["(a Latin-1 file with a byte 0xE9)"],
        good=["(the same file saved as UTF-8)"],
    ),
    rule(
        "NL904",
        "parse-error",
        "warning",
        "Part of the file could not be parsed",
        """Malformed front matter or markup: the rest of the file is still linted,
        but metadata such as the publication date may be missing.""",
        bad=["---\ndate: [2024\n---\nBody."],
        good=["---\ndate: 2024-01-02\n---\nBody."],
    ),
    rule(
        "NL905",
        "check-failed",
        "error",
        "A check failed or ran out of time on this file",
        """A check raised an error or exceeded the per-file time budget (`--timeout`).
        The other checks' findings are still reported; please report the file.""",
        bad=["(a file that makes a check crash)"],
        good=["(any ordinary article)"],
    ),
)


@dataclass
class RuleSet:
    """All checks of one configuration and the metadata of their rules."""

    checks: list[Check] = field(default_factory=list)
    metas: dict[str, RuleMeta] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    default_off: set[str] = field(default_factory=set)

    def add(self, check: Check, where: tuple[str, int, int] | None = None) -> None:
        for meta in check.rules:
            clash = self.metas.get(meta.id) or self.metas.get(self.names.get(meta.name, ""))
            if clash:
                message = (
                    f"duplicate rule {meta.id} ({meta.name}); already defined by {clash.source}"
                )
                if where:
                    raise RulePackError(where[0], where[1], where[2], message)
                raise RulePackError(meta.source, 1, 1, message)
            self.metas[meta.id] = meta
            self.names[meta.name] = meta.id
        self.default_off |= set(check.default_off)
        self.checks.append(check)

    def resolve(self, key: str) -> list[str]:
        """Rule IDs a selector names: ALL, an ID, an ID prefix, a name or a category."""
        key = key.strip()
        if key.upper() == "ALL":
            return sorted(self.metas)
        if key in self.names:
            return [self.names[key]]
        upper = key.upper()
        if re.match(r"^[A-Z]{2,8}\d*$", upper) and any(i.startswith(upper) for i in self.metas):
            return sorted(i for i in self.metas if i.startswith(upper))
        return sorted(i for i, m in self.metas.items() if m.category == key)

    @property
    def corpus_checks(self) -> list[CorpusCheck]:
        return [c for c in self.checks if isinstance(c, CorpusCheck)]


def builtin_check_classes() -> list[type[Check]]:
    classes: list[type[Check]] = []
    for name in CHECK_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        classes.extend(getattr(module, "CHECKS", []))
    return classes


class _Internal(Check):
    rules = INTERNAL_RULES

    def run(self, doc, ctx):  # type: ignore[no-untyped-def]
        return ()


@cache
def load_ruleset(extra_dirs: tuple[str, ...] = ()) -> RuleSet:
    """Build (once per set of folders) the registry of every available rule."""
    ruleset = RuleSet()
    ruleset.add(_Internal())
    for cls in builtin_check_classes():
        ruleset.add(cls())
    for folder, source in [(builtin_rules_dir(), "builtin")] + [(d, d) for d in extra_dirs]:
        for path in pack_files(folder):
            for spec in load_pack(path, source=source if source == "builtin" else path):
                ruleset.add(PatternCheck(spec), spec.position)
                if not spec.enabled_by_default:
                    ruleset.default_off.add(spec.meta.id)
    return ruleset
