"""Parsing keeps every character mapped to its place in the original file."""

from __future__ import annotations

from conftest import lint
from newslint.parse import detect_format, parse
from newslint.segment import split_sentences


def _span_text(doc, block, needle):
    i = block.text.index(needle)
    s, e = block.source_span(i, i + len(needle))
    return doc.text[s:e], doc.lines.location(s, e)


def test_markdown_front_matter_metadata_and_offsets():
    text = (
        '---\ntitle: "Budget vote"\ndate: 2024-03-05\n---\n\n'
        "# Council **passes** budget\n\n"
        "The [council](https://example.org) voted 7–2 on *Tuesday*.\n"
    )
    doc = parse("story.md", text)
    assert doc.format == "markdown"
    assert doc.metadata["title"] == "Budget vote"
    assert doc.metadata["date"] == "2024-03-05"
    heading, para = doc.prose_blocks
    assert heading.kind == "heading" and heading.text == "Council passes budget"
    raw, loc = _span_text(doc, para, "Tuesday")
    assert raw == "Tuesday"
    assert (loc.line, loc.column, loc.end_column) == (8, 50, 57)
    assert para.links[0].url == "https://example.org"
    assert para.text[para.links[0].start : para.links[0].end] == "council"
    assert doc.blocks[0].kind == "front_matter" and not doc.blocks[0].is_prose


def test_crlf_and_non_ascii_columns_count_characters():
    text = "Café owners “met” on Monday.\r\n\r\nZoë said TK people came.\r\n"
    reports = lint(text, "a.txt", select=["NL106"])
    (r,) = reports
    assert (r.location.line, r.location.column, r.location.end_column) == (3, 10, 12)
    assert r.excerpt == "TK"


def test_html_entities_blocks_and_raw_markup():
    text = (
        '<html><head><title>T</title><meta name="date" content="2024-01-02"></head>\n'
        "<body><h1>Fire &amp; rescue</h1>\n<p>Crews arrived at 5&nbsp;a.m. with "
        '<a href="https://x.test">TK</a> trucks.</p>\n'
        "<script>var tk = 1;</script>\n<pre>TK code</pre></body></html>\n"
    )
    doc = parse("page.html", text)
    assert doc.metadata == {"title": "T", "date": "2024-01-02"}
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["heading", "paragraph", "html", "code"]
    assert doc.blocks[0].text == "Fire & rescue"
    para = doc.blocks[1]
    raw, loc = _span_text(doc, para, "TK")
    assert raw == "TK" and loc.line == 3
    # Only the prose TK is reported; script and pre are not prose.
    reports = lint(text, "page.html", select=["NL106"])
    assert [(r.rule.id, r.location.line) for r in reports] == [("NL106", 3)]


def test_markdown_code_is_not_prose():
    text = "Intro line here.\n\n```\nTK inside code\n```\n\nUse `TK` inline.\n"
    reports = lint(text, "a.md", select=["NL106"])
    assert reports == []


def test_article_wrapped_in_a_chat_fence_is_linted_as_prose():
    """'```markdown' around an article (closed or not) is meta-text, and the
    article inside is still prose: its placeholder is found on its own line."""
    article = (
        "Sure, here is the article:\n\n```markdown\n"
        "The council met on Tuesday and approved the budget after a long debate.\n\n"
        "The mayor said the plan would be funded by TK without raising taxes.\n"
    )
    for text in (article, article + "```\n"):
        reports = lint(text, "a.md", select=["NL106", "NL108"])
        assert sorted((r.rule.id, r.location.line) for r in reports)[:2] == [
            ("NL106", 6),
            ("NL108", 3),
        ]
    code = "Install it:\n\n```\npip install newslint\nnewslint TK.md\n```\n"
    assert lint(code, "a.md", select=["NL106"]) == []


def test_plain_text_paragraphs_per_line_and_hard_wrapped():
    long_lines = (
        "First paragraph: one long line, as scraped and LLM-written copy arrives, "
        "well over a hundred characters wide.\nSecond paragraph.\n"
    )
    doc = parse("a.txt", long_lines)
    assert len(doc.prose_blocks) == 2
    wrapped = (
        "This paragraph was wrapped at seventy columns by an editor\n"
        "who likes short lines, and it continues on the next line\nuntil it ends.\n"
    )
    doc = parse("b.txt", wrapped)
    assert len(doc.prose_blocks) == 1
    assert "editor who likes" in doc.prose_blocks[0].text


def test_txt_with_front_matter_is_markdown():
    assert detect_format("x.txt", "---\ntitle: a\n---\nBody\n") == "markdown"
    assert detect_format("x.txt", "Just words.\nMore words.\n") == "text"
    assert detect_format("x.htm", "<p>x</p>") == "html"


def test_sentences_respect_abbreviations():
    text = (
        "Mr. Smith met Dr. Jones in the U.S. Capitol on Dec. 5. "
        "They spoke for an hour. It was calm in the U.S. The end came at 5 p.m. Friday."
    )
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == [
        "Mr. Smith met Dr. Jones in the U.S. Capitol on Dec. 5.",
        "They spoke for an hour.",
        "It was calm in the U.S.",
        "The end came at 5 p.m. Friday.",
    ]


def test_unterminated_front_matter_is_body_text():
    doc = parse("a.md", "---\ntitle: x\n\nNo closing fence here.\n")
    assert doc.metadata == {}
    assert any("No closing fence" in b.text for b in doc.prose_blocks)


def test_text_without_full_stops_is_cut_into_bounded_sentences():
    """A flattened table or a list of figures is not one 1.6 MB sentence (that took minutes)."""
    text = "$1,000,000 " * 2000 + "and then it ended. The council met."
    spans = split_sentences(text)
    assert max(e - s for s, e in spans) <= 2000
    assert text[spans[-1][0] : spans[-1][1]] == "The council met."
    # pieces are cut at spaces, in order, and lose nothing but whitespace
    joined = "".join(text[s:e] for s, e in spans).replace(" ", "")
    assert joined == text.replace(" ", "")


def test_no_break_spaces_read_as_spaces_with_positions_kept():
    """Scraped pages are full of &nbsp;: a phrase split by one was invisible to every rule."""
    nbsp = "\u00a0"
    text = f"Experts{nbsp}say the counterfeit{nbsp}consciousness market will grow.\n"
    html = "<p>Experts&nbsp;say it.</p>\n<p>The company can&nbsp;tell that sales rose.</p>\n"
    found = {(r.rule.id, r.location.line, r.location.column) for r in lint(text, "a.txt")}
    assert {("NL202", 1, 1), ("NL401", 1, 17)} <= found
    found = {(r.rule.id, r.location.line, r.location.column) for r in lint(html, "a.html")}
    assert {("NL202", 1, 4), ("NL403", 2, 4)} <= found
    (block,) = parse("a.txt", text).prose_blocks
    assert block.text.startswith("Experts say the counterfeit consciousness")
    assert block.source_span(0, 11) == (0, 11)  # one character for one


def test_adjacent_links_and_buttons_are_separate_words():
    """A share bar of <a>Share</a><a>Tweet</a> read as one word, 'ShareTweet'."""
    html = (
        '<p><a href="/s">Share</a><a href="/t">Tweet</a></p>\n'
        "<div><button>Accept all</button><button>Reject all</button></div>\n"
        '<p>Read <a href="/x">this</a>.</p>\n'
    )
    bar, consent, prose = parse("a.html", html).prose_blocks
    assert bar.text == "Share Tweet" and [bar.text[ln.start : ln.end] for ln in bar.links] == [
        "Share",
        "Tweet",
    ]
    assert consent.text == "Accept all Reject all"
    assert prose.text == "Read this."
    start, end = bar.source_span(0, len(bar.text))
    assert html[start:end].startswith("Share</a>") and html[start:end].endswith("Tweet")
