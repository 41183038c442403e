"""Fast paths give exactly what the slow paths they stand in for give.

Each speed-up in parsing and quantity extraction skips work only when it can prove
the skipped work would find nothing (a literal or RE2 prefilter), or replaces a
general routine for one common shape (front matter). These tests pin the answers
to the general routine on inputs chosen to sit on the edges.
"""

from __future__ import annotations

import random

import pytest

from newslint.loader import looks_binary
from newslint.parse.frontmatter import _loader, _simple_yaml
from newslint.quantities import (
    _DRAFTING_FAST,
    _HEDGE_BEFORE,
    _PUB_LABEL,
    _PUB_LABEL_FAST,
    _UNDISCLOSED_FAST,
    DRAFTING,
    UNDISCLOSED,
    _ascii_gate,
    hedge_at,
    proper_names,
)
from newslint.regexset import PatternSet

# ASCII spaces Python's \s knows and RE2's does not, and a non-ASCII letter.
_ODD = ["\x0b", "\x1c", "\x1f", "\t", "\n", " ", "é", "’"]


def _fuzz(words: list[str], count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 12))) for _ in range(count)]


@pytest.mark.parametrize(
    ("fast", "rx", "words"),
    [
        (
            _UNDISCLOSED_FAST,
            UNDISCLOSED,
            ["terms", " were", " not", "disclosed", "The ", "sum", "kept", " secret", "."],
        ),
        (_DRAFTING_FAST, DRAFTING, ["Let", " me", "I", " need", " to", "search results", "x"]),
    ],
)
def test_folded_regex_answers_as_the_original(fast, rx, words) -> None:  # type: ignore[no-untyped-def]
    for text in _fuzz(words + _ODD, 3000, 1):
        assert fast.search(text) == (rx.search(text) is not None), repr(text)
        assert fast.spans(text) == [m.span() for m in rx.finditer(text)], repr(text)


def test_first_label_span_as_the_original() -> None:
    words = ["Published", " on", ":", "Updated", "DATE", "Last modified", "x", *_ODD]
    for text in _fuzz(words, 3000, 2):
        m = _PUB_LABEL.search(text)
        assert _PUB_LABEL_FAST.first(text) == (m.span() if m else None), repr(text)


@pytest.mark.parametrize("pattern", [r"a$", r"(?=a)b", r"(a)\1", r"a{,3}", r"[\s]x"])
def test_gate_refuses_what_re2_reads_differently(pattern: str) -> None:
    assert _ascii_gate(pattern) is None


def test_gate_spaces_are_pythons() -> None:
    gate = _ascii_gate(r"a\sb")
    assert gate is not None
    for space in ("\x0b", "\x1c", "\x1f", " ", "\t"):
        assert gate.matches(f"a{space}b") == frozenset({0})


def _hedge_reference(text: str, start: int, end: int) -> str:
    """hedge_at without its prefilter."""
    from newslint.quantities import _HEDGE_AFTER, _HEDGES

    m = _HEDGE_BEFORE.search(text[max(0, start - 24) : start])
    if m:
        return next(n for n, _ in _HEDGES if m.group(n))
    after = _HEDGE_AFTER.match(text[end : end + 10])
    if after:
        return "about" if "so" in after.group(0) else "over"
    return ""


def test_hedge_prefilter_keeps_every_hedge() -> None:
    words = ["about ", "Nearly ", "MORE THAN ", "up to ", "~", "approx. ", "the ", "some", "x"]
    for text in _fuzz([*words, *_ODD, "$4", " or so"], 2000, 3):
        for start in range(len(text) + 1):
            end = min(len(text), start + 2)
            assert hedge_at(text, start, end) == _hedge_reference(text, start, end), repr(text)


def _proper_names_reference(texts: list[str]) -> set[str]:
    """The original one-sentence-at-a-time proper_names (kept here as the reference)."""
    from newslint.quantities import _CAP_TOKEN, _LOWER_WORD, MEASURE_OF, _canon, is_name

    found: set[str] = set()
    openers: dict[str, int] = {}
    lower: set[str] = set()
    for t in texts:
        lower.update(_LOWER_WORD.findall(t))
        first = len(t) - len(t.lstrip(" \"'“‘([*-"))
        for m in _CAP_TOKEN.finditer(t):
            w = m.group(0)
            if not is_name(w):
                continue
            if m.start() > first:
                found.add(_canon(w))
            else:
                openers[_canon(w)] = openers.get(_canon(w), 0) + 1
    for w, n in openers.items():
        if n >= 2 and w not in lower and w not in MEASURE_OF and len(w) >= 3:
            found.add(w)
    return found


def test_proper_names_as_sentence_by_sentence() -> None:
    words = [
        "Nimbus",
        "nimbus",
        "Nimbus's",
        "'Vertex",
        "Vertex",
        " ",
        ". ",
        "-",
        "(",
        "GM",
        "é",
        "\n",
    ]
    rnd = random.Random(4)
    for _ in range(3000):
        texts = _fuzz(words, rnd.randint(1, 5), rnd.randint(0, 10**6))
        assert proper_names(texts) == _proper_names_reference(texts), texts


@pytest.mark.parametrize(
    "yaml_text",
    [
        'title: "A title: with a colon"\ndate: 2024-04-22\nauthor: Jane Doe\n',
        "tags:\n  - business\n  - markets\ncanonical_url: https://x.example/a\n",
        "tags:\n- a\n- b\n",
        "empty:\nnext: word\n",
        "flag: yes\n",
        "flag: True\n",
        "n: word\n",
        "when: 2024-02-30\n",
        "when: 2024-4-2\n",
        "when: 2025-12-03T16:10:00+11:00\n",
        "quote: 'it''s'\n",
        'quote: "a \\" b"\n',
        "a: b: c\n",
        "a: b #c\n",
        "a: [x, y]\n",
        "a: 12\n",
        "a: x\na: y\n",
        "a: nbsp\u00a0word\n",
        "tags:\n  - a\n    - b\n",
    ],
)
def test_simple_front_matter_reads_as_the_loader(yaml_text: str) -> None:
    fast = _simple_yaml(yaml_text)
    if fast is None:
        return  # the loader reads it
    loaded = _loader().load(yaml_text)
    assert fast == loaded
    assert [type(v) for v in fast.values()] == [type(v) for v in loaded.values()]


def test_pattern_set_remembers_answers_not_failures() -> None:
    patterns = PatternSet([r"\bcat\b", r"dog"])
    for _ in range(2):
        assert patterns.matches("a cat and a dog") == frozenset({0, 1})
        assert patterns.matches("nothing") == frozenset()
    # A failed set match (RE2's DFA out of memory) answers None and is not remembered.
    patterns._match = lambda text: None  # type: ignore[method-assign]
    assert patterns.matches("a failing text") is None
    assert patterns.present("a failing text") == frozenset({0, 1})
    assert "a failing text" not in patterns._memo


def test_binary_sniff_counts_control_bytes_as_a_byte_loop_would() -> None:
    """looks_binary counts control bytes with bytes.translate; the loop it replaced decides."""
    controls = set(range(32)) - {9, 10, 12, 13, 27}

    def by_loop(data: bytes) -> bool:
        head = data[:8192]
        if not head:
            return False
        if b"\x00" in head:
            return True
        return sum(1 for b in head if b in controls) / len(head) > 0.1

    rnd = random.Random(11)
    samples = [b"", b"plain text\n", bytes(range(1, 32)) * 3, b"\x1b[0m coloured\r\n\f"]
    for _ in range(800):
        size = rnd.choice([rnd.randint(1, 120), rnd.randint(8000, 8400)])
        mix = [rnd.randint(1, 31), rnd.randint(32, 255), 10, 9, 32, 27]
        samples.append(bytes(rnd.choice(mix) for _ in range(size)))
    assert any(by_loop(s) for s in samples) and not all(by_loop(s) for s in samples)
    for data in samples:
        assert looks_binary(data) == by_loop(data), data[:40]


def _line_rule_findings(texts: dict[str, str], shortcut: bool, monkeypatch) -> list[tuple]:  # type: ignore[no-untyped-def]
    from newslint.checks import patterns
    from newslint.config import Config
    from newslint.engine import _context
    from newslint.parse import parse
    from newslint.registry import load_ruleset

    if not shortcut:
        monkeypatch.setattr(patterns.PatternCheck, "_absent_from_source", lambda self, doc: False)
    ctx = _context(Config(grammar="off"))
    rules = [
        c
        for c in load_ruleset().checks
        if isinstance(c, patterns.PatternCheck) and c.spec.scope == "line"
    ]
    assert rules, "no line-scope pattern rule to compare"
    found = []
    for name, text in texts.items():
        doc = parse(name, text)
        for rule in rules:
            found += [(name, f.rule, f.start, f.end, f.message) for f in rule.run(doc, ctx)]
    monkeypatch.undo()
    return found


def test_line_rules_skip_files_whose_text_lacks_the_pattern_with_the_same_findings(
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    """One scan of the text stands in for a scan per line only when it finds nothing."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    texts = {
        str(p.relative_to(root)): p.read_text(encoding="utf-8")
        for folder in ("tests/corpus", "seeds")
        for p in sorted((root / folder).rglob("*"))
        if p.suffix in (".md", ".txt", ".html")
    }
    rnd = random.Random(5)
    pieces = ["```html", "```", "~~~", "“`html", "---", "title: x", "Body text.", "", "  ```"]
    for i in range(300):
        lines = [rnd.choice(pieces) for _ in range(rnd.randint(1, 9))]
        end = rnd.choice(["\n", "\r\n"])
        texts[f"fuzz{i}.{rnd.choice(['md', 'txt', 'html'])}"] = end.join(lines) + end
    with_shortcut = _line_rule_findings(texts, True, monkeypatch)
    without = _line_rule_findings(texts, False, monkeypatch)
    assert with_shortcut == without
    assert len(with_shortcut) > 5  # the comparison saw findings, not only silence
