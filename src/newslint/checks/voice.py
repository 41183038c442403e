"""The assistant's voice at the edges of an article (feeds NL102 and NL103).

ChatArtefacts' patterns list the ways a chat assistant opens and closes its
answer ("Certainly! Here is the rewritten article:", "I hope this helps!"). New
wordings keep appearing ("Here is your article, rewritten at roughly 500 words
👇", "I hope this version works for you, just say the word"), and a list never
catches up. What they share is a situation, not a phrase: a short line at the top
or bottom of the text that speaks to the person who asked for it ("you"), about
the text as a product ("this version", "the article", "500 words", "a shorter
cut"), in the moves of a conversation (handing over, hoping, offering).

This module scores that situation. A line needs all three signs, read with quoted
speech masked by the caller (meta.mask_quotes), so a quoted "you" or a story about
a draft law does not qualify; and only lines at the article's edges are asked,
where the assistant's turn sits.
"""

from __future__ import annotations

import re

from newslint import lazyre

# Speaking to the person who asked: "you", "your", "you'd", "you’ll".
_ADDRESS = lazyre.compile(r"\byou(?:r|rs|rself)?\b|\byou[’'](?:d|ll|re|ve)\b", re.I)
# The text as a product the assistant hands over or offers to change. The strong
# words name an edit of it; the weak ones ("story", "article") also name what a
# reader may send in ("share your story with us"), so they count only with the
# assistant's "I"/"me"/"my" or a handover.
_EDIT_OF_TEXT = lazyre.compile(
    r"\b(?:version|draft|re-?write|edits|headlines?|intro|lede|standfirst|word count|"
    r"\d[\d,]* words|(?:shorter|longer|tighter|punchier|"
    r"social(?:-media)?|web|print) (?:cut|version|take|edit))\b",
    re.I,
)
_TEXT = lazyre.compile(r"\b(?:article|story|piece|copy|text|post|blog post|write-?up)\b", re.I)
_SELF = lazyre.compile(r"\b(?:I|me|my)\b|\bI[’'](?:ve|ll|d|m)\b")
# Moves of a conversation: handing over, hoping it suits, offering more, inviting a reply.
_HANDOVER = lazyre.compile(
    r"^\W{0,4}(?:(?:ok(?:ay)?|sure|alright|all right|great|done|perfect)\b\W{0,3}\s*)?"
    r"(?:here(?:[’']s| is| are| you go)|below (?:is|are)|this is (?:your|the|a) "
    r"(?:new|revised|rewritten|updated|edited|final))\b",
    re.I,
)
_CONVERSATION = lazyre.compile(
    r"\bhope (?:this|that|it|these|the|my)\b|\blet me know\b|\bsay the word\b|"
    r"\b(?:want|like) me to\b|\b(?:happy|glad) to\b|\bfeel free\b|\bjust (?:ask|shout|say)\b|"
    r"\bshall I\b|\bshould I\b|\bI can (?:also )?(?:do|make|write|try|give|trim|cut|add)\b|"
    r"\bif you(?:[’']d| would)? (?:like|want|prefer|need)\b",
    re.I,
)
# Pointing emoji and chat smileys end an assistant's handover line, never a news lede.
_CHAT_EMOJI = lazyre.compile("[\U0001f447\U0001f446\u2b07\u2b06\U0001f642\U0001f60a\u2705\u2728]")

MAX_WORDS = 60  # the assistant's turn is a line or two, never a paragraph of reporting


def assistant_turn(spoken: str, first: bool) -> str | None:
    """The assistant's turn a block at the top (`first`) or the bottom of an article
    is, "preamble" or "signoff", when it talks to whoever asked for the text; None
    for everything else. `spoken` is the block's text with quoted speech masked."""
    if len(spoken.split()) > MAX_WORDS or not _ADDRESS.search(spoken):
        return None
    talk = _CONVERSATION.search(spoken) is not None
    handover = first and (_HANDOVER.search(spoken) or _CHAT_EMOJI.search(spoken)) is not None
    if not (talk or handover):
        return None
    if not (
        _EDIT_OF_TEXT.search(spoken)
        or (_TEXT.search(spoken) and (handover or _SELF.search(spoken)))
    ):
        return None
    return "preamble" if first else "signoff"
