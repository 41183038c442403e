"""newslint.lazyre: patterns compiled on first use, answering as re.Pattern does."""

from __future__ import annotations

import re

from newslint import lazyre


def test_source_is_read_without_compiling_and_first_use_compiles():
    rx = lazyre.compile(r"(?P<n>\d+) (?:tonnes|t)\b", re.I)
    assert rx.pattern == r"(?P<n>\d+) (?:tonnes|t)\b"
    assert "search" not in vars(rx)  # nothing compiled yet
    m = rx.search("a harvest of 3800 TONNES")
    assert m and m.group("n") == "3800"
    assert "search" in vars(rx)  # bound: later calls skip the stand-in
    assert rx.flags & re.I and rx.groupindex == {"n": 1} and rx.groups == 1


def test_every_match_method_agrees_with_re():
    text = "12 cats, 3 dogs and 40 hens"
    lazy, plain = lazyre.compile(r"\d+"), re.compile(r"\d+")
    assert lazy.findall(text) == plain.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.sub("N", text) == plain.sub("N", text)
    assert lazy.split(text) == plain.split(text)
    assert lazy.fullmatch("12") and not lazy.match("cats")


def test_a_bad_pattern_fails_on_first_use():
    rx = lazyre.compile(r"(unclosed")
    try:
        rx.search("x")
    except re.error as exc:
        assert "missing )" in str(exc)
    else:
        raise AssertionError("a broken pattern must raise re.error")
