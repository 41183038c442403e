"""HTML articles, parsed with the standard library's tolerant HTMLParser.

Character references are kept unconverted by the parser so that every piece of
text can be mapped to its exact source offset; they are decoded here. Block
elements start and end prose blocks; script, style and ad/embed elements become
raw "html" blocks, which stray-markup rules inspect.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from newslint.document import Block, BlockBuilder, Document, LineIndex, Link, verbatim_block

_CONTROLS = frozenset({"a", "button"})
BLOCK_TAGS = {
    "p": "paragraph",
    "div": "paragraph",
    "section": "paragraph",
    "article": "paragraph",
    "main": "paragraph",
    "header": "paragraph",
    "footer": "paragraph",
    "aside": "paragraph",
    "nav": "paragraph",
    "figure": "paragraph",
    "figcaption": "paragraph",
    "caption": "paragraph",
    "dt": "paragraph",
    "dd": "paragraph",
    "address": "paragraph",
    "body": "paragraph",
    "form": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "list_item",
    "blockquote": "blockquote",
    "td": "table_cell",
    "th": "table_cell",
    "tr": "paragraph",
}
RAW_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "ins", "object", "embed"}
CODE_TAGS = {"pre"}
SKIP_TAGS = {"head"}
VOID_TAGS = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "col", "embed"}
MAX_DEPTH = 512


class _ArticleParser(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.lines = LineIndex(text)
        self.blocks: list[Block] = []
        self.metadata: dict[str, str] = {}
        self.builder = BlockBuilder()
        # Where the last link or button ended in the builder: a control that starts
        # right there is a separate item of a bar ("Share", "Tweet"), not one word.
        self.control_end = -1
        self.kind_stack: list[str] = []
        self.quote_depth = 0
        self.raw_start: int | None = None
        self.raw_tag = ""
        self.raw_depth = 0
        self.code_start: int | None = None
        self.skip_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.links: list[tuple[int, str]] = []

    # --- positions -------------------------------------------------------
    def _offset(self) -> int:
        line, col = self.getpos()
        return (
            self.lines.starts[line - 1] + col if line <= len(self.lines.starts) else len(self.text)
        )

    def _tag_end(self, start: int) -> int:
        raw = self.get_starttag_text() or ""
        return start + len(raw)

    # --- blocks ----------------------------------------------------------
    def _flush(self) -> None:
        self.links = []
        self.control_end = -1
        builder = self.builder
        if not builder.parts and not builder.links:
            return  # nothing to build, and the builder is as good as new
        kind = self.kind_stack[-1] if self.kind_stack else "paragraph"
        block = builder.build(kind, 0, 0, quoted=self.quote_depth > 0)
        if block:
            self.blocks.append(block)
        self.builder = BlockBuilder()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        if self.raw_start is not None:
            if tag == self.raw_tag:
                self.raw_depth += 1
            return
        if tag in SKIP_TAGS:
            self.skip_depth += 1
        if tag == "title":
            self.in_title = True
        if tag == "meta":
            self._meta(dict(attrs))
        if self.skip_depth or self.code_start is not None:
            return
        if tag in RAW_TAGS:
            self._flush()
            self.raw_start, self.raw_tag, self.raw_depth = start, tag, 1
            if tag in VOID_TAGS or (self.get_starttag_text() or "").endswith("/>"):
                self._end_raw(self._tag_end(start))
            return
        if tag in CODE_TAGS:
            self._flush()
            self.code_start = start
            return
        if tag in BLOCK_TAGS:
            self._flush()
            if len(self.kind_stack) < MAX_DEPTH:
                self.kind_stack.append(BLOCK_TAGS[tag])
            if tag == "blockquote":
                self.quote_depth += 1
        elif tag == "br":
            self.builder.add_mapped(" ", start)
        elif tag in _CONTROLS:
            if self.builder.length and self.builder.length == self.control_end:
                self.builder.add_mapped(" ", start)
            if tag == "a":
                self.links.append((self.builder.length, dict(attrs).get("href") or ""))
        elif tag == "img":
            self._flush()
            end = self._tag_end(start)
            self.blocks.append(
                verbatim_block("image", self.text, start, end, info=dict(attrs).get("src") or "")
            )

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS and tag not in RAW_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        pos = self._offset()
        if self.raw_start is not None:
            if tag == self.raw_tag:
                self.raw_depth -= 1
                if self.raw_depth == 0:
                    self._end_raw(self.text.find(">", pos) + 1 or len(self.text))
            return
        if tag in SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        if tag == "title":
            self.in_title = False
            self.metadata.setdefault("title", "".join(self.title_parts).strip())
        if self.skip_depth:
            return
        if self.code_start is not None:
            if tag in CODE_TAGS:
                end = self.text.find(">", pos) + 1 or len(self.text)
                self.blocks.append(verbatim_block("code", self.text, self.code_start, end))
                self.code_start = None
            return
        if tag in BLOCK_TAGS:
            self._flush()
            if self.kind_stack:
                self.kind_stack.pop()
            if tag == "blockquote":
                self.quote_depth = max(0, self.quote_depth - 1)
        elif tag in _CONTROLS:
            self.control_end = self.builder.length
            if tag == "a" and self.links:
                s, url = self.links.pop()
                self.builder.links.append(Link(url, s, self.builder.length))

    def _end_raw(self, end: int) -> None:
        assert self.raw_start is not None
        self.blocks.append(
            verbatim_block("html", self.text, self.raw_start, end, info=self.raw_tag)
        )
        self.raw_start = None

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
        value = attrs.get("content") or ""
        names = {
            "article:published_time": "date",
            "date": "date",
            "datepublished": "date",
            "pubdate": "date",
            "author": "author",
            "og:title": "title",
        }
        if key in names and value:
            self.metadata.setdefault(names[key], value)

    # --- text ------------------------------------------------------------
    def _text(self, data: str, offset: int, decoded: str | None = None) -> None:
        if self.in_title:
            self.title_parts.append(decoded if decoded is not None else data)
        if self.skip_depth or self.raw_start is not None or self.code_start is not None:
            return
        if decoded is None:
            self.builder.add(data, offset)
        else:
            self.builder.add_mapped(decoded, offset)

    def handle_data(self, data: str) -> None:
        self._text(data, self._offset())

    def handle_entityref(self, name: str) -> None:
        self._text("", self._offset(), html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self._text("", self._offset(), html.unescape(f"&#{name};"))

    def close(self) -> None:
        super().close()
        self.finish()

    def finish(self) -> None:
        """Close the open raw, code and text blocks (also after a parse failure)."""
        if self.raw_start is not None:
            self._end_raw(len(self.text))
        if self.code_start is not None:
            self.blocks.append(verbatim_block("code", self.text, self.code_start, len(self.text)))
            self.code_start = None
        self._flush()


def parse_html(path: str, text: str) -> Document:
    parser = _ArticleParser(text)
    try:
        parser.feed(text)
        parser.close()
    except AssertionError as exc:
        # The stdlib parser gives up on some malformed markup ("<![i"): keep what was
        # read, and say where reading stopped rather than losing the whole file.
        offset = parser._offset()
        parser.finish()
        line = parser.lines.position(offset)[0]
        parser.metadata["_parse_error"] = (
            offset,
            f"HTML markup not understood at line {line} ({exc}); the text after it is not linted",
        )
    blocks = sorted(parser.blocks, key=lambda b: b.source_start)
    doc = Document(path=path, text=text, format="html", blocks=blocks, metadata=parser.metadata)
    doc.lines = parser.lines  # the index of the same text, already built
    return doc
