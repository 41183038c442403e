"""Markdown (CommonMark plus tables) with optional YAML front matter.

markdown-it-py gives block tokens with line maps but inline tokens without
offsets, so inline text is aligned back to the source slice of its block:
exact search first, then character by character for entities and escapes.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from newslint.document import Block, BlockBuilder, Document, LineIndex, Link, verbatim_block
from newslint.parse.frontmatter import read_front_matter, split_front_matter

_MD = MarkdownIt("commonmark").enable("table")
_LONE_CR = re.compile(r"\r(?!\n)")
_NOT_BREAKS = re.compile(r"[^\r\n]+")

_CONTAINER_KINDS = {"blockquote_open": "blockquote", "list_item_open": "list_item"}


class _Aligner:
    """Finds where each inline text token stands in the block's source slice."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.cursor = start
        self.end = end

    def place(self, builder: BlockBuilder, content: str) -> None:
        if not content:
            return
        pos = self.text.find(content, self.cursor, self.end)
        if pos != -1:
            builder.add(content, pos)
            self.cursor = pos + len(content)
            return
        for ch in content:  # entities, escapes: map each character near the cursor
            pos = self.text.find(ch, self.cursor, min(self.end, self.cursor + 12))
            if pos == -1:
                builder.add_mapped(ch, min(self.cursor, self.end - 1))
            else:
                builder.add(ch, pos)
                self.cursor = pos + 1

    def skip_to(self, needle: str) -> int:
        pos = self.text.find(needle, self.cursor, self.end)
        if pos == -1:
            return min(self.cursor, max(self.end - 1, 0))
        self.cursor = pos + len(needle)
        return pos


def _inline_block(
    text: str, lines: LineIndex, inline: Token, kind: str, **kw: object
) -> Block | None:
    first, last = inline.map or (0, 0)
    start = lines.starts[first]
    end = lines.starts[last] if last < lines.line_count else len(text)
    aligner = _Aligner(text, start, end)
    builder = BlockBuilder()
    link_starts: list[tuple[int, str]] = []
    for child in inline.children or []:
        kind_ = child.type
        if kind_ == "text":
            aligner.place(builder, child.content)
        elif kind_ in ("softbreak", "hardbreak"):
            builder.add_mapped(" ", aligner.skip_to("\n"))
        elif kind_ == "link_open":
            aligner.skip_to("[")
            link_starts.append((builder.length, str(child.attrs.get("href", ""))))
        elif kind_ == "link_close" and link_starts:
            s, url = link_starts.pop()
            builder.links.append(Link(url, s, builder.length))
            aligner.skip_to(")")
        elif kind_ == "code_inline":
            aligner.skip_to(child.content)
        elif kind_ == "image":
            aligner.skip_to(")")
    return builder.build(kind, start, end, **kw)


def _verbatim(text: str, lines: LineIndex, token: Token, kind: str, info: str = "") -> Block:
    first, last = token.map or (0, 0)
    start = lines.starts[first]
    end = lines.starts[last] if last < lines.line_count else len(text)
    while end > start and text[end - 1] in "\r\n":
        end -= 1
    return verbatim_block(kind, text, start, end, info=info)


def _image_only(inline: Token) -> bool:
    children = [
        c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())
    ]
    has_image = any(c.type == "image" for c in children)
    return has_image and all(c.type in ("image", "softbreak") for c in children)


def _spaces(m: re.Match[str]) -> str:
    """As many spaces as the match has characters (one replacement a line, not a character)."""
    return " " * (m.end() - m.start())


def parse_markdown(path: str, text: str) -> Document:
    blocks: list[Block] = []
    metadata: dict = {}
    fm_yaml, fm_end = split_front_matter(text)
    body = text
    if fm_end:
        metadata, error = read_front_matter(fm_yaml)
        if error:
            metadata["_front_matter_error"] = error
        blocks.append(verbatim_block("front_matter", text, 0, fm_end))
        # Blank the front matter, keeping line breaks so line maps stay true.
        body = _NOT_BREAKS.sub(_spaces, text[:fm_end]) + text[fm_end:]
    # markdown-it treats a lone CR as a line break; our line index (like editors and
    # the JSON report) counts LF only, so hide lone CRs from the parser.
    if "\r" in body:
        body = _LONE_CR.sub(" ", body)
    lines = LineIndex(text)
    tokens = _MD.parse(body)
    wrappers = [t for t in tokens if t.type == "fence" and _wraps_prose(t)]
    if wrappers:
        body = _unwrap(body, lines, wrappers)
        tokens = _MD.parse(body)
    containers: list[str] = []
    heading_level = 0
    for token in tokens:
        t = token.type
        if t == "table_open":
            containers.append("table_cell")
        elif t == "table_close" and containers:
            containers.pop()
        elif t in _CONTAINER_KINDS:
            containers.append(_CONTAINER_KINDS[t])
        elif t in ("blockquote_close", "list_item_close") and containers:
            containers.pop()
        elif t == "heading_open":
            heading_level = int(token.tag[1:])
        elif t == "heading_close":
            heading_level = 0
        elif t in ("fence", "code_block"):
            blocks.append(_verbatim(text, lines, token, "code", token.info.strip()))
        elif t == "html_block":
            blocks.append(_verbatim(text, lines, token, "html"))
        elif t == "inline":
            block = _classify_inline(text, lines, token, heading_level, containers)
            if block:
                blocks.append(block)
    doc = Document(path=path, text=text, format="markdown", blocks=blocks, metadata=metadata)
    doc.lines = lines  # the index of the same text, already built
    return doc


# A chat tool wraps the article it wrote in a fence ("```markdown ... ```"), often
# never closed. The fence lines are meta-text (NL108 reports them); what they
# wrap is the article, and must be linted as prose, not skipped as code.
_PROSE_INFOS = frozenset({"", "markdown", "md", "text", "txt", "plaintext", "plain"})
_PROSE_LINE = re.compile(r"^\W{0,4}[A-Z\"“'‘*_#\[][^{};=<>]{30,}[.!?:\"”'’)*_]\W{0,2}$")


def _wraps_prose(token: Token) -> bool:
    """A fence whose content is article prose: a prose info string and mostly sentences."""
    if token.info.strip().lower() not in _PROSE_INFOS:
        return False
    lines = [line.strip() for line in token.content.splitlines() if line.strip()]
    prose = [line for line in lines if len(line.split()) >= 6 and _PROSE_LINE.match(line)]
    return len(prose) >= 2 and len(prose) * 2 >= len(lines)


def _unwrap(body: str, lines: LineIndex, fences: list[Token]) -> str:
    """Blank the fence lines (keeping offsets), so their content parses as Markdown."""
    chars = list(body)
    for token in fences:
        first, last = token.map or (0, 0)
        fence_lines = [first]
        closing = last - 1
        if closing > first and body[lines.starts[closing] :].lstrip(" ").startswith(
            token.markup[:3]
        ):
            fence_lines.append(closing)
        for line in fence_lines:
            start = lines.starts[line]
            end = lines.starts[line + 1] if line + 1 < lines.line_count else len(body)
            for i in range(start, end):
                if chars[i] not in "\r\n":
                    chars[i] = " "
    return "".join(chars)


def _classify_inline(
    text: str, lines: LineIndex, token: Token, heading_level: int, containers: list[str]
) -> Block | None:
    if _image_only(token):
        image = next(c for c in token.children or [] if c.type == "image")
        return _verbatim(text, lines, token, "image", str(image.attrs.get("src", "")))
    quoted = "blockquote" in containers
    if heading_level:
        return _inline_block(text, lines, token, "heading", level=heading_level, quoted=quoted)
    if token.map is None:
        return None
    kind = containers[-1] if containers else "paragraph"
    return _inline_block(text, lines, token, kind, quoted=quoted, level=len(containers))
