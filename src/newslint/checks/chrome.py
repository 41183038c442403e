"""Scraped page chrome: the widgets a scraper copied along with the article body.

Boilerplate is told from body text the way justext and trafilatura do it, by
features of each block rather than by site names:

- UI vocabulary in a short block ("Subscribe", "Share on Facebook", "Advertisement",
  "Skip to main content", "Thank you for subscribing"), counters ("1.2K views",
  "12 comments", "3 min read"), copyright lines, cookie notices, tag lists;
- link density (a block that is all link text is navigation, and two or more in a
  row are a related-articles list);
- short, unpunctuated blocks and blocks duplicated elsewhere in the document
  (author names, widget titles), author bios;
- position: weak evidence counts only after the last body paragraph or between
  two blocks that are certainly chrome, so a subheading in the body is never
  taken for a widget.

Each block is "strong" (certainly chrome), "weak" (chrome-like, only in context)
or neither; a body paragraph (long, punctuated prose) is never weak. Contiguous
blocks form runs; a run with at least one strong block becomes one finding
spanning its lines.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

import re2

from newslint import lazyre
from newslint.checks.base import Check, Context, rule
from newslint.checks.meta import _PREAMBLE, StartGate, block_span, fast, mask_quotes
from newslint.document import Block, Document
from newslint.model import Finding

# "Read also" and "read more" labels of sites in French, Spanish, Portuguese, German,
# Dutch and Italian: "LIRE AUSSI", "Leer más", "Leia também", "Lesen Sie auch".
_FOREIGN_READ_ALSO = (
    r"(?:à |a )?lire (?:aussi|également|la suite)|voir aussi|le(?:e|er|a) (?:también|más)|"
    r"ver también|te puede interesar|leia (?:também|mais)|veja também|saiba mais|"
    r"lesen sie (?:auch|mehr)|mehr zum thema|weiterlesen|lees ook|leggi anche"
)
# Whole-block UI labels (trailing punctuation and arrows ignored).
_UI_WHOLE = fast(
    r"(?:advertisement|advertising|advert|ads?|sponsored(?: content| post| links?| stories)?|"
    r"paid (?:content|post|partnership)|promoted(?: content| stories)?|partner content|"
    r"story continues (?:below|after)(?: this)? (?:advertisement|ad)|"
    r"(?:article )?continues? (?:below|after (?:the )?(?:advertisement|ad))|"
    r"(?:purchase )?licensing rights(?:,? opens new tab)?|reprints?(?: (?:&|and) permissions)?|"
    r"our standards\b.{0,60}|editorial standards|corrections policy|ethics policy|"
    r"(?:video )?ad feedback|ad choices|adchoices|advertisement\W{0,3}scroll to (?:continue|read)"
    r"(?: with content)?|scroll to continue(?: with content)?|"
    r"continue reading(?: below| the main story)?|skip to (?:the )?(?:main )?content|"
    r"skip (?:to )?navigation|jump to (?:navigation|content)|"
    r"subscribe(?: now| today| for free| here)?|sign up(?: now| today| for free| here)?|"
    r"newsletters?|(?:free |daily |weekly )?newsletter sign-?up|sign in|log ?in|register|"
    r"create (?:an |a free )?account|"
    r"(?:(?:please|kindly|do) )?share(?: this| the)?(?: article| story| post| page| via| on)?"
    r"(?: with (?:your )?(?:friends|family|network|followers))?|copy link|link copied|"
    r"(?:(?:please )?help (?:us )?)?spread the word|sharing is caring|"
    r"(?:tweet|pin|email|e-mail|print) this(?: article| story)?|"
    r"print(?: this)?(?: article| page| story)?|email|e-mail|tweet|pin it|"
    r"save(?: article| story| for later)?|bookmark|gift (?:this )?article|"
    r"comments?|show comments|view comments|hide comments|leave a (?:comment|reply)|"
    r"join the (?:conversation|discussion)|add (?:a )?comment|\d+ comments?|comments? \(\d+\)|"
    r"related(?: articles?| stories| posts?| content| coverage| reading| news| topics| links)?|"
    r"more (?:from|on|in|stories|news|articles?|like this|to read|to explore)\b.{0,60}|"
    r"read (?:more|next|also)|see (?:all|more)|show more|load more|view all|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
    r"recommended(?: for you| stories| reading| articles| videos)?|"
    r"most (?:read|popular|viewed|shared|watched|commented)(?: stories| articles)?|"
    r"trending(?: now| stories| news| topics)?|popular(?: now| posts| stories)|"
    r"latest(?: news| stories| posts| articles| videos)|top stories|editor'?s picks|"
    r"don'?t miss|must read|also read|further reading|"
    r"prev(?:ious)?(?: (?:post|article|story|page))?|next (?:post|article|story|page)|"
    r"older posts?|newer posts?|older|newer|"
    r"facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|messenger|x|"
    r"email address|your email(?: address)?|submit|sign me up|join (?:now|free|for free|today)|"
    r"no thanks|maybe later|"
    r"i agree\b.{0,80}|get (?:our|the) (?:free )?newsletters?\b.{0,40}|"
    r"back to top|go to top|follow us\b.{0,60}|follow (?:on|me on)\b.{0,40}|"
    r"tags?|topics?|filed under|categories|keywords|"
    r"about the author|about (?:us|the authors?)|contact us|"
    r"listen(?: to)?(?: this| the)? (?:article|story)\b.{0,30}|listen|"
    # The article's tool bar: "Comments (9) | Report an error | Print this article".
    r"report an? (?:error|typo|mistake|problem|issue|correction)|(?:suggest|submit) a correction|"
    r"send (?:us )?(?:feedback|a correction)|(?:text|font) size|play (?:audio|article|story)|"
    # Then "Read also" in the languages of sites that publish in English too.
    r"audio (?:article|player)|" + _FOREIGN_READ_ALSO + r"|"
    r"\d+ min(?:ute)?s? (?:read|listen)|story continues (?:below|after)(?: this)?|"
    r"was this (?:article|story|page|information) (?:helpful|useful)\??|"
    r"reading time\b.{0,30}|audio version|"
    r"privacy policy|terms (?:of|and) (?:use|service|conditions)|cookie (?:policy|settings|"
    r"preferences)|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences)|"
    r"download (?:our|the) app|get the app|open in app|"
    r"(?:\(?opens in (?:a )?new (?:window|tab)\)?)|like this|loading\.\.\.|like loading\.*|"
    r"read (?:the )?full (?:article|story)|posted (?:in|on|by|under)\b.{0,80}|"
    r"click to (?:share|email|print)\b.{0,60}|"
    r"image|photo|picture|img|photograph|video|graphic|gallery|embed|"
    r"enlarge (?:this )?image|toggle caption|hide caption|expand|close|menu|search|home)",
    re.I,
)
# Titles of link widgets: the headline-like blocks after one belong to the widget.
_WIDGET_HEADER = fast(
    r"(?:related(?: articles?| stories| posts?| content| coverage| reading| news| links)?|"
    r"more (?:from|on|in|stories|news|articles?|like this|to read|to explore)\b.{0,60}|"
    r"read (?:more|next|also)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
    r"recommended(?: for you| stories| reading| articles| videos)?|"
    r"most (?:read|popular|viewed|shared|watched|commented)(?: stories| articles)?|"
    r"trending(?: now| stories| news| topics)?|popular(?: now| posts| stories)|"
    r"latest(?: news| stories| posts| articles| videos)|top stories|editor'?s picks|"
    r"don'?t miss|must read|also read|further reading|around the web|from (?:our|the) network|"
    r"sponsored(?: content| links| stories)?|promoted(?: content| stories)?|"
    + _FOREIGN_READ_ALSO
    + r")",
    re.I,
)
_RESOURCE_HEADER = fast(
    r"\b(?:resources?|how to (?:help|donate|get help|apply|vote)|where to (?:get help|donate)|"
    r"help ?lines?|hotlines?|sources|references|documents|further information|more information|"
    r"useful links|key links|read the (?:full|report|ruling|decision|indictment|filing)|"
    r"full text|if you or someone|crisis|support services|contacts?)\b",
    re.I,
)
_UI_SENTENCE = fast(
    r"\b(?:subscribe|sign up|register)\s+(?:now\s+|today\s+|here\s+)?(?:for|to|with)\s"
    r"[^.]{0,60}\b(?:our|your)\b"
    r"|\bour (?:free |daily |weekly |morning |evening )?(?:newsletters?|briefing|bulletin)\b"
    r"|\b(?:straight|directly|delivered|sent) to your inbox\b"
    r"|\bthank(?:s| you) for (?:subscribing|signing up|registering)\b"
    r"|\bsomething went wrong[.!,]? (?:please )?try again\b|\bplease try again later\b"
    r"|\benter (?:your|a valid) email\b"
    r"|\bby (?:clicking|signing up|subscribing|registering)\b[^.]{0,120}\b(?:agree|privacy|terms)\b"
    r"|\b(?:we|this (?:site|website)) uses? cookies\b|\bour cookie policy\b"
    r"|\bwe and our (?:\d+ )?(?:partners|vendors)\b[^.]{0,60}\bcookies\b|\bwe value your privacy\b"
    r"|\b(?:manage|change) (?:your )?(?:cookie |privacy )?(?:preferences|settings|choices)\b"
    r"|\b(?:download|get|install) (?:our|the) (?:[\w'’&-]+ ){0,4}app\b"
    r"|^available (?:now )?(?:on|for|in) (?:ios|iphone|the app store|android|google play)\b"
    r"|\bfollow (?:us|@\w+)\b[^.]{0,20}\bon (?:x|twitter|facebook|instagram|tiktok|threads|"
    r"bluesky|linkedin|youtube|google news|whatsapp|telegram)\b"
    # An author card's handle: "Follow her on X @vsosa_rpbr", "Follow him on Bluesky at @jd".
    r"|\bfollow (?:him|her|them|me) on (?:x|twitter|instagram|threads|bluesky|linkedin|"
    r"mastodon|tiktok)\W{0,3}(?:at\s+)?@\w+"
    r"|\bjoin our (?:[\w'’-]+ ){0,3}(?:channel|group|community|server|mailing list)\b"
    r"|^our (?:standards|editorial standards|ethics policy)\s*:"
    r"|\bforwarded this (?:e-?mail|newsletter|post)\b|\bsubscribe here\b"
    r"|^read the original (?:article|story|post)\b|\b(?:this|the) (?:article|story|post) "
    r"(?:was )?(?:originally|first) (?:published|appeared) (?:on|in|at|by)\b"
    r"|\b(?:get|receive)\b[^.]{0,60}\bin your inbox\b|\bin your inbox (?:by|every|each)\b"
    # A newsletter box's pitch: "Cocoa, gold and the cedi — in your inbox before 7am."
    r"|\bin your inbox (?:before|at|on|first thing|daily|weekly|every|twice|once)\b"
    r"|\bin your inbox\W{0,3}$"
    r"|(?:^|[.!?]\s)\s*(?:sign up|subscribe)(?: now| today| here| for free)?"
    r"(?:\W{1,3}(?:it'?s|it is) free)?\W{0,3}$"
    r"|\baccept (?:all )?cookies\b"
    r"|\ball rights reserved\b|^(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4})"
    # A footer naming the site first: "Río de la Plata Business Review © 2025 · Contact".
    r"|©\s*(?:19|20)\d\d\b"
    r"|\bfollow us on\b|\bshare (?:this|on)\b[^.]{0,40}\b(?:facebook|twitter|x|linkedin|whatsapp|"
    r"email)\b"
    r"|\b(?:download|get) our app\b|\b(?:log|sign) in to (?:comment|continue reading|save)\b"
    r"|\bthis (?:article|story|content) is (?:available )?(?:only )?(?:to|for) "
    r"(?:subscribers|members)\b|\bsupport our journalism\b"
    r"|\benable javascript\b|\bjavascript is disabled\b|\byour browser does not support\b"
    r"|\bcomments? (?:are|have been) (?:closed|disabled)\b"
    r"|\b(?:register|subscribe|sign in) to (?:continue|read|unlock)\b"
    r"|\balready (?:a )?(?:subscriber|member|registered)\b[^.]{0,40}\b(?:log ?in|sign ?in)\b"
    r"|\b(?:log ?in|sign ?in|subscribe|register) to (?:keep|continue|carry on|finish) reading\b"
    r"|\b(?:get|enjoy|unlock|start) unlimited (?:digital )?access\b"
    r"|\bclick here to\b|\btap here to\b"
    r"|\byour email address will not be published\b|\brequired fields are marked\b"
    r"|\bsave my name, email\b|\bnotify me of (?:follow-up comments|new posts)\b"
    r"|\byou must be logged in to post a comment\b|\bthis site uses akismet\b"
    r"|\b(?:register|subscribe|sign up|sign in|log in|join)\b[^.]{0,40}\b(?:unlimited|free|full|"
    r"digital) access\b|\b(?:get|turn on) (?:breaking news )?(?:alerts|notifications)\b"
    # A newsletter box's title: "Get the Wales Today Morning Briefing", "Love the arts? Get
    # our weekly Culture Club newsletter". The whole block is the imperative, so a sentence
    # such as "Residents can get the council's weekly bulletin by post" is not one.
    r"|^(?:[^.?!]{1,40}[?!]\s+)?(?:get|receive|sign up (?:for|to)|subscribe to|try)\s+"
    r"(?:our|the)\s+(?:free\s+)?(?:[\w'’&-]+\s+){0,5}(?:e-?mail\s+)?"
    r"(?:newsletters?|briefings?|bulletins?|digests?)(?:\s*[-–—:|]\s*[^.!?]{0,40})?[.!]?$"
    r"|\bjoin (?:\d[\d,.]*[km]?\+?|thousands of|over \d[\d,]*|more than \d[\d,]*) (?:other )?"
    r"(?:readers|subscribers|people)\b",
    re.I,
)
_UI_MENTION = fast(
    r"\b(?:newsletters?|subscribe|subscription|inbox|cookies|advertisement|sponsored|sign up)\b",
    re.I,
)
_PROMO_PREFIX = fast(
    r"^(?:also|read(?: (?:more|also|next|now|this))?|also (?:read|see|watch|check)|"
    r"related(?: (?:story|article|"
    r"post|reading|video))?|see also|more|recommended(?: reading)?|suggested(?: reading)?|"
    r"further reading|watch|listen|don'?t miss|must read|trending|click here|top stories|"
    r"more coverage|more news|editor'?s picks?|read the full story|full story|"
    + _FOREIGN_READ_ALSO
    + r"|"
    # A promo for the site's own pages: "ALSO ON EL MERIDIANO:", "More from The Herald:".
    r"(?:also|more) (?:on|from) (?-i:(?:the |The |THE )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}))"
    r"\s*(?::|\||»|›|—|–|-)\s*\S",
    re.I,
)
_TAG_LINE = fast(
    r"^(?:tags?|topics?|filed under|categories|keywords|related topics)\s*[:|]\s*\S", re.I
)
_COUNTER = fast(
    r"(?P<pre>[^\w\s\x00-\x7f£€¥₹₩]{1,4}\s*)?\d[\d.,]*\s*(?P<mag>[KkMm]\+?|\+)?"
    r"(?:\s*(?P<unit>views?|reads?|comments?|shares?|likes?|replies|responses|readers))?"
    r"(?:\s*[·•|]\s*\d+\s*min(?:ute)?s?\s*read)?",
)
_COUNTER_LABEL = fast(
    r"(?:views?|reads?|comments?|shares?|likes?|responses|replies)\s*:?\s*\d[\d.,]*\s*[KkMm]?\+?"
    r"|(?:no|one|\d[\d,]*) (?:comments?|responses?|replies|thoughts) (?:on|to)\b.{0,120}",
    re.I,
)
# A trail of section names split by ">" ("Home > News > Health"); the names may be in any
# language and hold a slash ("Accueil / Home  >  Société  >  Éducation"). Each opens with a
# letter or digit (RE2's \w is ASCII-only, so any non-ASCII character counts as one).
_CRUMB_NAME = r"(?:[^\W_]|[^\x00-\x7f])[^>›»\n]{0,30}"
_BREADCRUMB = fast(rf"{_CRUMB_NAME}(?:\s*[>›»]\s*{_CRUMB_NAME}){{2,}}")
_READ_TIME = fast(r"\b\d+\s*min(?:ute)?s?\s*read\b", re.I)
# A breadcrumb with slashes: "Home / News / Health". The slash needs spaces around it
# (so "and/or", "24/7" and "AP Photo/Jane Doe" are no separators).
_SLASH_CRUMB = fast(r"[^\s/][^/]{0,30}(?:\s+/\s+[^\s/][^/]{0,30}){1,6}")
# The root of a trail, also in the languages of sites that publish in English too.
_CRUMB_ROOT = fast(
    r"(?:home|homepage|front page|start|main|index|accueil|inicio|início|portada|startseite)",
    re.I,
)
# Pieces of a post's metadata bar besides counters: "Posted in Funding", "By Jane Doe",
# "March 18, 2025", "Updated 11:15", "Filed under Politics".
_META_PIECE = fast(
    r"(?:posted|published|updated|filed|tagged|last updated)(?: (?:in|on|by|under|at))?\s*:?\s*"
    r"\S.{0,80}|(?:by|written by|words by)\s+[A-Z\*].{0,60}"
    r"|(?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.?(?: \d{1,2}(?:st|nd|rd|th)?)?,? \d{4}(?:,? \d{1,2}[:.]\d\d ?(?:[ap]\.?m\.?)?)?"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d",
    re.I,
)
_JOB_TITLE = fast(
    r"(?:(?:senior|chief|staff|deputy|managing|contributing|political|business|health|science|"
    r"sports|investigative|national|foreign|local|digital|technology|tech|breaking news|"
    r"associate|assistant|executive) )*(?:reporter|writer|correspondent|editor|columnist|"
    r"journalist|contributor|producer|author|critic)",
    re.I,
)
_TIME_AGO = fast(
    r"(?:updated|posted|published)?\s*\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago",
    re.I,
)
_SOCIAL = frozenset(
    [
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "email",
        "e-mail",
        "print",
        "reddit",
        "pinterest",
        "telegram",
        "copy",
        "link",
        "share",
        "tweet",
        "messenger",
        "flipboard",
        "pocket",
        "threads",
        "bluesky",
        "mastodon",
        "instagram",
        "youtube",
        "tiktok",
        "sms",
        "comment",
        "comments",
        "save",
        "gift",
    ]
)
_BIO = fast(
    r"^(?:[A-Z][\w.'’-]+\s){1,4}(?:(?:is|was|has been)\b.{0,100}?"
    r"\b(?:reporter|writer|journalist|editor|correspondent|author|contributor|columnist|"
    r"freelance|blogger|covering|covers|based in|staff writer)\b|covers\b|writes (?:about|for)\b|"
    r"reports on\b)",
)
_BYLINE = fast(r"^(?:by|written by|words by|story by|posted by|author)\s*:?\s+[A-Z]", re.I)
_FIELD_LABEL = fast(
    r"^(?:author|authors|byline|title|headline|subtitle|sub-?headline|place of publish(?:ing)?|"
    r"place of publication|published(?: on| at| date| time)?|publish(?:ed)? date|"
    r"date(?: published)?|updated(?: on| at)?|last updated|body|content|article(?: body| text)?|"
    r"text|source|url|link|category|categories|section|tags|keywords|summary|description|"
    r"image|image url|thumbnail|caption|location|dateline|publisher|language|word count)\s*:",
    re.I,
)
_NEWSY_LABELS = frozenset(
    {"published", "updated", "date", "last updated", "published on", "updated on", "published at",
     "updated at", "dateline", "location", "byline", "source", "caption"}
)  # fmt: skip
# A scraper's record of where and when it got the page, on a line of its own at the top or
# the bottom: "Source: https://...", "Original URL: ...", "Scraped from: ...", "Retrieved:
# 10 September 2025". "Source:" counts only with a bare address as its value, so a credit
# such as "Source: Office for National Statistics" under a table stays clean.
_WEB_ADDRESS = (
    r"<?(?:https?://|www\.)\S+>?|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|news|io|gov|edu|info|"
    r"uk|au|nz|ca|sg|za|ng|in|ie|de|fr)(?:/\S*)?"
)
_SCRAPE_DATE = (
    r"\d{4}-\d{2}-\d{2}[^\n]{0,30}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? \d{4}[^\n]{0,30}|"
    r"[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}[^\n]{0,30}|\d{1,2}/\d{1,2}/\d{2,4}[^\n]{0,30}"
)
_SOURCE_FIELD = fast(
    r"^(?:(?i:scraped|scrape[dr]? (?:from|on|at|date)|original (?:url|link|article(?: url)?|"
    r"source|page)|source (?:url|link|page)|article (?:url|link)|page url|canonical(?: url| link)?|"
    r"permalink|retrieved(?: on| from| at)?|date retrieved|fetched(?: from| on| at)?|crawled(?: "
    r"from| on| at)?|crawl date|accessed(?: on)?|date accessed|downloaded (?:from|on)|saved from|"
    r"extracted from|url))[*_]{0,2}\s*:\s*[*_]{0,2}\s*(?:"
    + _WEB_ADDRESS
    + "|"
    + _SCRAPE_DATE
    + r")$"
    r"|^(?i:source|sources|via)[*_]{0,2}\s*:\s*[*_]{0,2}\s*(?:" + _WEB_ADDRESS + r")$"
)
_SOURCE_KEYS = (
    "source", "sources", "via", "scrape", "original", "article", "page", "canonical", "permalink",
    "retrieved", "date", "fetched", "crawl", "accessed", "downloaded", "saved", "extracted", "url",
)  # fmt: skip
_EMPTY_BODY_LABEL = fast(r"^(?:body|content|article(?: body| text)?|text)\s*:\s*$", re.I)
_IMAGE_FILE = fast(
    r"^[\w\-. ()]{1,100}\.(?:jpe?g|png|gif|webp|svg|avif|heic|tiff?)$"
    r"|^(?:GettyImages|Getty|shutterstock|iStock|istockphoto|AdobeStock|IMG|DSC|DSCF|PXL|"
    r"Screenshot|Screen Shot|pexels|unsplash)[-_ ]?[\w\-. ]{0,80}\d[\w\-. ]*$"
    r"|^[a-z0-9]+(?:-[a-z0-9]+){2,}-\d{2,4}x\d{2,4}$|^[a-z]+(?:[-_][a-z0-9]+){3,}[-_]\d+$",
)
_IMAGE_CREDIT = fast(
    r"^\(?(?:image|photo|picture|photograph|illustration|graphic|video|images|photos)"
    r"(?:\s*credits?)?\s*(?::|\||by|courtesy(?: of)?)\s*\S.{0,80}$"
    r"|^\(?(?:credit|photo credit|image credit|source)\s*:\s*(?:getty|ap|reuters|afp|shutterstock|"
    r"epa|pa|bloomberg|alamy|istock|unsplash|pexels)\b.{0,60}$",
    re.I,
)
# Site boilerplate under finance and crypto stories: the page's legal notice.
_DISCLAIMER = fast(
    r"^(?:disclaimer|legal disclaimer|risk warning|disclosure)\s*[:.—–-]\s*\S"
    r"|\b(?:is|are) (?:provided )?for (?:general )?information(?:al)? purposes only\b"
    r"|\bdoes not constitute (?:financial|investment|legal|tax) advice\b"
    r"|\bthe views (?:and (?:opinions|recommendations) )?(?:expressed|made) "
    r"(?:above |here |in this (?:article|piece) )?are (?:those of|solely)\b[^.]{0,80}"
    r"\bnot (?:of|those of) (?:this|the) "
    r"(?:website|site|publication|management)\b",
    re.I,
)
_DISCLAIMER_KEYS = ("disclaimer", "disclosure", "risk warning", "purposes only", "advice", "views")
# A price ticker scraped with the page: "BTC $67,412 ▲ 2.3% | ETH $3,318 ▼ 1.1%".
_TICKER = fast(
    r"(?:[A-Z][A-Z0-9./&-]{1,11}\s*[:=]?\s*[$€£¥]?\s?\d[\d,.]*\s*[▲▼△▽↑↓+\-−]?\s*[+\-−]?\d[\d.,]*%"
    r"\s*[|·•,]?\s*){2,}"
)
# "Image caption, ..." / "Image source: Getty": the labels of a picture that was not kept.
_CAPTION_LABEL = fast(
    r"^(?:image|media|photo|picture|video) (?:caption|source|credit)s?\s*[:,]\s*\S", re.I
)
# "Image: Shutterstock", "Photo: Getty Images": a credit naming only an agency or
# stock library, the picture itself gone.
# A bare agency name left where a picture stood: "Getty Images", "AFP via Getty Images".
_BARE_AGENCY = fast(
    r"^(?:getty images|shutterstock|istock(?:photo)?|alamy(?: stock photo)?|"
    r"(?:afp|ap|reuters|epa|bloomberg|anadolu|nurphoto|sopa images)(?: via getty images)|"
    r"[\w .'-]{2,40}/(?:getty images|afp|ap|reuters|shutterstock|epa|bloomberg))\.?$",
    re.I,
)
_AGENCY_CREDIT = fast(
    r"^\(?(?:image|photo|picture|photograph|illustration|images|photos|graphic)(?:\s*credits?)?"
    r"\s*(?::|\||by|courtesy(?: of)?)\s*(?:getty(?: images)?|shutterstock|ap(?: photo)?|reuters|"
    r"afp|epa|pa(?: media| images| wire)?|istock(?:photo)?|unsplash|pexels|alamy|bloomberg|"
    r"adobe ?stock|dreamstime|depositphotos|pixabay|canva|file(?: photo)?|handout)"
    r"(?:\s*(?:/|via)\s*[\w .]{1,30})?\)?\.?$",
    re.I,
)
_INLINE_WIDGET = fast(
    r", opens (?:in )?(?:a )?new (?:tab|window)\b|\(opens (?:in )?(?:a )?new (?:tab|window)\)", re.I
)
_IMAGE_COUNT = fast(r"(?:image|photo|slide|picture|gallery) \d+ (?:of|/) \d+", re.I)
_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "and",
        "or",
        "for",
        "on",
        "at",
        "by",
        "with",
        "from",
        "that",
        "this",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "as",
        "but",
        "not",
        "they",
        "their",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "which",
        "who",
        "will",
        "would",
        "said",
        "says",
        "can",
        "could",
        "after",
        "before",
        "about",
        "into",
        "than",
        "more",
        "also",
    ]
)
_PUNCT = str.maketrans("", "", ".,;:!?\"“”'’()")
_END_PUNCT = (".", "!", "?", '"', "”", "’", "'", ")", ":")


# What an editor would call a widget, for the message (first match wins; the
# blocks are already known to be chrome, so plain keywords are enough).
_WIDGET_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("cookie notice", r"\bcookies?\b|\bprivacy\b(?! policy)|\baccept all\b|\breject all\b"),
        (
            "paywall prompt",
            r"\bfree articles?\b|\bsubscribers? only\b|\bpaywall\b|\balready a subscriber\b"
            r"|\b(?:keep|continue) reading\b|\bunlimited (?:digital )?access\b",
        ),
        ("disclaimer", r"\bdisclaimer\b|not (?:financial|investment) advice"),
        ("membership appeal", r"\bbecome a (?:member|subscriber|supporter)|\bsupport (?:us|our)\b"),
        (
            "newsletter box",
            r"\bnewsletters?\b|\bsubscri|\bsign(?:ing)? up\b|\binbox\b|email address"
            r"|\b(?:briefing|bulletin|digest)s?\b",
        ),
        (
            "advertisement",
            r"\badvert|\bads?\b|\bsponsored\b|\bpromoted\b|\bpaid (?:content|post|partnership)"
            r"|story continues|continues? below",
        ),
        ("app promo", r"\bapp\b|app store|google play"),
        (
            "syndication line",
            r"\boriginal (?:article|story|post)\b|originally (?:published|appeared)",
        ),
        ("standards and licensing links", r"\bour standards\b|\blicensing\b|\breprints?\b"),
        ("post metadata", r"^posted (?:on|in|by)\b"),
        ("comments widget", r"\bcomments?\b|\bconversation\b|\breply\b"),
        (
            "related links",
            r"\brelated\b|\bmore (?:from|on|in|stories|news|like)|\bread (?:more|next|also)"
            r"|\brecommended\b|\bmost (?:read|popular|viewed|shared)|\btrending\b|\blatest\b"
            r"|\btop stories\b|you (?:may|might) (?:also )?(?:like|enjoy)|don'?t miss|must read",
        ),
        (
            "share bar",
            r"\bshare\b|\btweet\b|facebook|twitter|whatsapp|linkedin|pinterest|telegram"
            r"|copy link|link copied",
        ),
        ("social follow", r"\bfollow\b"),
        ("tag list", r"^(?:tags?|topics?|filed under|categories|keywords)\b"),
        ("reading time", r"\bmin(?:ute)?s? (?:read|listen)\b|\breading time\b"),
        ("market ticker", r"[▲▼]|\d%\s*[|·]"),
        ("view counter", r"\bviews?\b|\d(?:[.,]\d)?\s?[km]\+?(?:\s|$)|\blikes?\b"),
        ("copyright footer", r"©|\bcopyright\b|all rights reserved"),
        (
            "author box",
            r"\b(?:is|was) an? (?:[\w-]+ ){0,3}(?:reporter|writer|editor|journalist"
            r"|correspondent|author)\b",
        ),
        ("picture credit", r"\b(?:photo|image|picture|getty|reuters|afp|ap photo)\b"),
        ("navigation", r"\bskip to\b|\bback to top\b|\bmenu\b|\bhome\b|[>›»]|\w \/ \w"),
    )
)


_SCREEN_READER_MESSAGE = (
    "Scraped page chrome (screen-reader link label such as ', opens new tab') in the text"
)


def widget_names(blocks: list[Block], limit: int = 3) -> list[str]:
    """Names of the widgets in a run of chrome blocks, in order of appearance."""
    found: list[str] = []
    for block in blocks:
        text = _clean(block.text)
        name = next((n for n, rx in _WIDGET_NAMES if rx.search(text)), "")
        if not name:
            name = "related links" if _link_ratio(block) > 0.5 else "page widget"
        if name not in found:
            found.append(name)
    return found[:limit]


@dataclass
class _Label:
    strength: int  # 2 strong, 1 weak, 0 none
    kind: str  # "chrome", "links", "promo", "image"
    body: bool  # a body paragraph (never chrome by context)
    header: bool = False  # the title of a link widget
    tail_only: bool = False  # certain only after the article (a job title under a name)


def _clean(text: str) -> str:
    """Block text without decoration: emphasis marks, arrows, bullets, pipes."""
    return text.strip().strip("*_#>|•·-–—»›→←«‹:").strip()


def _link_ratio(block: Block) -> float:
    if not block.links or not block.text:
        return 0.0
    covered = sum(max(0, ln.end - ln.start) for ln in block.links)
    return min(1.0, covered / max(1, len(block.text.strip())))


_UI_KEYS = (
    "subscrib", "sign up", "sign-up", "register", "newsletter", "briefing", "bulletin",
    "inbox", "thank", "wrong", "try again", "email", "by click", "by sign", "cookie",
    "rights reserved", "©", "(c)", "copyright", "follow us", "share", " app", "log in",
    "sign in", "subscribers", "members", "journalism", "javascript", "browser", "comment",
    "click here", "tap here", "join ", "required fields", "save my name", "notify me",
    "logged in", "akismet", "access", "alerts", "notifications", "privacy", "preferences",
    "settings", "choices", "follow @", "available on", "available for", "follow ",
    "our standards", "our editorial", "our ethics", "forwarded this", "original", "originally",
    "first published", "first appeared", "digest",
)  # fmt: skip


# The keys as one RE2 alternation over UTF-8 bytes: one scan instead of 60 `in` tests.
_UI_KEY_RX = re2.compile("|".join(re.escape(k) for k in _UI_KEYS).encode(), re2.Options())


def _has_ui_key(text: str) -> bool:
    """Cheap gate before _UI_SENTENCE: every alternative contains one of these."""
    return _UI_KEY_RX.search(text.lower().encode("utf-8", "surrogatepass")) is not None


def _is_link_bar(block: Block) -> bool:
    """A share or navigation bar: two or more links, each a UI word or a network name
    ("Share", "Tweet", "Email"; "Privacy Policy", "Terms of Use")."""
    if len(block.links) < 2:
        return False
    for link in block.links:
        label = _clean(block.text[link.start : link.end]).lower()
        if not label or (label not in _SOCIAL and not _UI_WHOLE.fullmatch(label)):
            return False
    return True


def _is_counter(text: str) -> bool:
    m = _COUNTER.fullmatch(text)
    if not m:
        return False
    return bool(m.group("pre") or m.group("mag") or m.group("unit"))


def _is_share_bar(text: str) -> bool:
    """Two or more words, each a network or share-button name (stops at the first
    other word: most texts tried have one at once)."""
    count = 0
    for word in text.split():
        word = word.strip(".,:|·•/()").lower()  # ("Share:" labels the bar)
        if word:
            if word not in _SOCIAL:
                return False
            count += 1
    return count >= 2


def _is_body(block: Block, text: str) -> bool:
    if block.kind not in ("paragraph", "list_item", "blockquote", "table_cell"):
        return False
    words = text.split()
    if len(words) < 15 or not text.rstrip().endswith(_END_PUNCT):
        return False
    return _stopword_count(text) / len(words) >= 0.2


# The same count over ASCII bytes: bytes.translate deletes through a table in one C
# pass, where str.translate looks each distinct character up in a dict per call.
# (str.split also parts at \x1c-\x1f, which bytes.split does not: they become spaces.)
_ASCII_PUNCT = b".,;:!?\"'()"
_ASCII_SPACES = bytes.maketrans(b"\x1c\x1d\x1e\x1f", b"    ")
_STOPWORD_BYTES = frozenset(w.encode() for w in _STOPWORDS)


# An author box, labelled as one: "About the author: Fatou Ndiaye is an education
# correspondent ...", "Author bio — ...", "À propos de l'auteur : ...". The label and its
# separator open the block, which no article paragraph does, so a bio written as prose
# counts however long and well punctuated it is.
_AUTHOR_BOX = fast(
    r"^[*_#>\s]{0,4}(?:about the (?:author|writer|reporter|contributor|columnist)s?|"
    r"author(?:'s)? (?:bio(?:graphy)?|profile|information|info)|"
    r"à propos de l['’]auteure?|sobre (?:el|la|o|a) autora?|über (?:den|die) autorin?|"
    r"over de auteur|sull['’]autore)[*_]{0,2}\s*[:—–|-]\s*[*_]{0,2}\s*\S",
    re.I,
)
_AUTHOR_BOX_FIRST = frozenset("AaÀàSsÜüOo*_#>")


def _author_box(raw: str) -> bool:
    """Whether a block opens with an author box's label (see _AUTHOR_BOX)."""
    return len(raw) < 1200 and _AUTHOR_BOX.match(raw) is not None


def _stopword_count(text: str) -> int:
    """How many words of `text` are stopwords, punctuation inside words deleted."""
    if text.isascii():
        data = text.encode().lower().translate(_ASCII_SPACES, _ASCII_PUNCT)
        return sum(map(_STOPWORD_BYTES.__contains__, data.split()))
    return sum(map(_STOPWORDS.__contains__, text.lower().translate(_PUNCT).split()))


def classify(block: Block, duplicates: set[str], near_image: bool = False) -> _Label:
    """Strong/weak chrome evidence of one block, with the kind of chrome it shows.

    `near_image`: the block stands next to a picture, so a credit line is its caption.
    """
    if block.kind in ("front_matter", "code", "html", "table_cell"):
        return _Label(0, "chrome", False)
    if block.kind == "image":
        return _Label(1, "image", False)
    raw = block.text.strip()
    if not raw:
        return _Label(1, "chrome", False)
    if raw[0] in _AUTHOR_BOX_FIRST and _author_box(raw):
        return _Label(2, "chrome", False)
    if raw.count(" ") > 80:  # long prose: only an author bio or body text
        clean = _clean(raw)
        if _BIO.match(clean) and len(clean.split()) <= 80:
            return _Label(1, "chrome", False)
        return _Label(0, "chrome", _is_body(block, clean))
    unmasked = _clean(raw)
    if unmasked[:1] in _PREV_NEXT_FIRST and len(raw) < 400 and _PREV_NEXT.match(unmasked):
        return _Label(2, "chrome", False)  # (guillemets round it are arrows, not quotes)
    masked = mask_quotes(raw)  # UI text is never quoted speech
    clean = unmasked if masked == raw else _clean(masked)
    n = len(clean.split())
    if n < 3 and raw.count(" ") >= 4:
        return _Label(0, "chrome", _is_body(block, unmasked))  # a quotation
    if not clean:
        return _Label(1, "chrome", False)
    starts = _STARTS.present(clean)
    if n <= 45:
        label = _short_block(block, clean, n, near_image, starts)
        if label is not None:
            return label
    if n <= 25 and _link_ratio(block) >= 0.7:
        if _is_link_bar(block):
            return _Label(2, "chrome", False)
        return _Label(2 if block.kind == "list_item" else 1, "links", False)
    if n <= 80 and id(_BIO) in starts and _BIO.match(clean):
        return _Label(1, "chrome", False)
    lower = clean.lower()
    if (
        n <= 30
        and id(_UI_MENTION) in starts
        and any(k in lower for k in _MENTION_KEYS)
        and _UI_MENTION.search(clean)
    ):
        return _Label(1, "chrome", False)
    if _is_body(block, unmasked):
        return _Label(0, "chrome", True)
    if n <= 10 and clean.casefold() in duplicates:
        return _Label(1, "chrome", False)
    if (
        n <= 12
        and lower.startswith(_BYLINE_STARTS)
        and id(_BYLINE) in starts
        and _BYLINE.match(clean)
    ):
        return _Label(1, "chrome", False)
    if n <= 16 and not clean.endswith((".", ";", ",")):
        return _Label(1, "chrome", False)
    return _Label(0, "chrome", False)


_MENTION_KEYS = (
    "newsletter",
    "subscri",
    "inbox",
    "cookie",
    "advertisement",
    "sponsored",
    "sign up",
)
_PROMO_MARKS = ":|»›—–-"
_COUNTER_SEPARATORS = "·•|"
_CRUMB_MARKS = ">›»"
_BYLINE_STARTS = ("by", "written", "words", "story", "posted", "author")
_COUNTER_STARTS = ("view", "read", "comment", "share", "like", "respon", "repl", "no ", "one ")


def _has_any(text: str, chars: str) -> bool:
    """Whether `text` holds one of `chars`: a substring test per character is a C
    scan, where frozenset.isdisjoint(text) hashes every character of the text. (A
    plain loop: any() over a generator costs more than the scans on this hot path.)"""
    for char in chars:  # noqa: SIM110
        if char in text:
            return True
    return False


def _short_block(
    block: Block, clean: str, n: int, near_image: bool, starts: set[int]
) -> _Label | None:
    """Certain chrome among blocks of at most 45 words; None when nothing is certain.

    Each regex sits behind a cheap string test, because most blocks match none;
    `starts` (from _STARTS) says which gated patterns can match at all."""
    lower = clean.lower()
    first = clean[0]
    if ("." in clean or "-" in clean or "_" in clean or first.isupper() or " of " in lower) and (
        (id(_IMAGE_FILE) in starts and _IMAGE_FILE.match(clean))
        or (id(_IMAGE_COUNT) in starts and _image_count(clean))
    ):
        return _Label(2, "image", False)
    if first.isupper() and id(_CAPTION_LABEL) in starts and _CAPTION_LABEL.match(clean):
        return _Label(2, "image", False)
    if n >= 4 and id(_TICKER) in starts and _TICKER.fullmatch(clean):
        return _Label(2, "chrome", False)
    if (
        id(_DISCLAIMER) in starts
        and any(k in lower for k in _DISCLAIMER_KEYS)
        and _DISCLAIMER.search(clean)
    ):
        return _Label(2, "chrome", False)
    if "|" in clean and n <= 12 and _all_ui(clean.split("|")):
        return _Label(2, "chrome", False)  # "Accept all | Reject all"
    if n <= 8 and not near_image and _agency(clean, starts):
        return _Label(2, "image", False)
    if n <= 10 and id(_IMAGE_CREDIT) in starts and _IMAGE_CREDIT.match(clean):
        # A bare credit may be a caption the extractor kept: chrome only in context,
        # and never when it stands beside its picture.
        return _Label(0 if near_image else 1, "image", False)
    head = clean[:40]
    promo = (
        n <= 30
        and _has_any(head, _PROMO_MARKS)
        and id(_PROMO_PREFIX) in starts
        and _PROMO_PREFIX.match(clean)
    )
    if promo and (not clean.endswith(".") or block.links):
        return _Label(2, "promo", False)
    sentence = n > 3 and clean.endswith(".")
    if (
        n <= 12
        and not sentence
        and id(_UI_WHOLE) in starts
        and _UI_WHOLE.fullmatch(clean.rstrip("!:…"))
        and not (first in "Pp" and _POST_BYLINE.fullmatch(clean))
    ):
        kind = "image" if lower in ("image", "photo", "picture", "img") else "chrome"
        header = bool(_WIDGET_HEADER.fullmatch(clean.rstrip("!:…")))
        return _Label(2, kind, False, header)
    if n <= 12 and not sentence and _icon_led_ui(clean):
        return _Label(2, "chrome", False)
    if n <= 12 and (
        (not first.isalpha() and _is_counter(clean))
        or (
            (lower.startswith(_COUNTER_STARTS) or first.isdigit())
            and _COUNTER_LABEL.fullmatch(clean)
        )
        or ("ago" in lower and _TIME_AGO.fullmatch(clean))
        or (_has_any(clean, _COUNTER_SEPARATORS) and _all_counters(clean))
        or (n <= 10 and _is_share_bar(clean))
    ):
        return _Label(2, "chrome", False)
    # A longer share row with its separators: "Share: WhatsApp | Facebook | X | LinkedIn |
    # Copy link" (every word a network or button name, so the length is no risk).
    if 10 < n <= 16 and _is_share_bar(clean):
        return _Label(2, "chrome", False)
    if (
        n <= 40
        and (":" in head or "|" in head)
        and id(_TAG_LINE) in starts
        and _TAG_LINE.match(clean)
    ):
        return _Label(2, "chrome", False)
    if n <= 15 and "read" in lower and _READ_TIME.search(clean):
        return _Label(2, "chrome", False)
    if n <= 12 and _has_any(clean, _CRUMB_MARKS) and _BREADCRUMB.fullmatch(clean):
        return _Label(2, "chrome", False)
    if n <= 14 and " / " in clean and _slash_breadcrumb(clean):
        return _Label(2, "chrome", False)
    if 4 <= n <= 40 and _has_any(clean, _COUNTER_SEPARATORS) and _meta_bar(clean):
        return _Label(2, "chrome", False)
    if n <= 5 and id(_JOB_TITLE) in starts and _JOB_TITLE.fullmatch(clean):
        return _Label(2, "chrome", False, tail_only=True)
    if _has_ui_key(clean) and _UI_SENTENCE.search(clean):
        return _Label(2, "chrome", False)
    if first in "SsAaPp" and _ad_led(block, clean, n):
        return _Label(2, "chrome", False)
    return None


# An ad label opening a short block, then the advertiser's line: "Sponsored · Book a
# ryokan from ¥9,800", "ADVERTISEMENT | Save 40% on flights", "Paid partnership with
# Acme: ...". The label, then a separator (or a link, see _ad_led) before the pitch.
_AD_LEAD = fast(
    r"^(?:sponsored(?: content| post| links?| stories| by [^:|·•—–\n]{1,40})?|advertisement|"
    r"advertising|advert|paid (?:content|post|partnership)(?: with [^:|·•—–\n]{1,40})?|"
    r"promoted(?: content| post| stories)?|partner content)(?P<sep>\s*[:|·•—–]\s*|\s+)\S",
    re.I,
)
_AD_LEAD_KEYS = ("sponsor", "advert", "paid ", "promoted", "partner content")


def _ad_led(block: Block, clean: str, n: int) -> bool:
    """A short block that is an ad label followed by the ad itself: the label, then a
    separator or a link that starts right after it. "Sponsored by the council, the fair
    drew 4,000 people." has neither and stays body text."""
    if clean[0] not in "SsAaPp" or n > 25 or n < 2:
        return False
    lower = clean[:16].lower()
    if not lower.startswith(_AD_LEAD_KEYS):
        return False
    m = _AD_LEAD.match(clean)
    if m is None:
        return False
    if m.group(1).strip():
        return not clean.endswith(".") or bool(block.links)
    at = max(0, block.text.find(clean)) + m.end(1)  # where the text after the label starts
    return any(at - 1 <= ln.start <= at + 3 for ln in block.links)


# A post's own byline and date, "Posted on June 12, 2025 by Education Desk", "Posted by
# Newsdesk on April 24, 2025": the article's byline line, like "By Jane Doe, June 12",
# not a widget ("Posted in Funding · 4 min read" and "Posted by X | date | Section" are).
_POST_DATE = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:\d{1,2}(?:st|nd|rd|th)? )?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"(?: \d{1,2}(?:st|nd|rd|th)?)?,? \d{4}(?:,? (?:at )?\d{1,2}[:.]\d\d ?(?:[ap]\.?m\.?)?)?"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
)
# A credited name in capitals, not a CMS account ("by admin", "by Administrator").
_POST_NAME = (
    r"(?-i:(?!(?:Admin|Administrator|Webmaster|Editor|User)\b)[A-Z][\w.'’-]*"
    r"(?: (?:[A-Z][\w.'’-]*|de|van|von|da|del|bin|al))*)"
)
_POST_BYLINE = fast(
    rf"posted (?:on (?:{_POST_DATE})(?: by {_POST_NAME})?|by {_POST_NAME}(?: on (?:{_POST_DATE}))?)"
    r"\.?",
    re.I,
)
# Prev/next navigation under a story: "« Previous article: Ziguinchor airport reopens |
# Next article: ...", "Next story → ...", "Article précédent : ...". The label and a
# separator open the block; a sentence such as "The next article in the series..." has
# neither.
_PREV_NEXT = fast(
    r"(?:previous|prev|next|older|newer) (?:article|story|post|entry|item|page)\s*[:|»›→←–—-]\s*\S"
    r"|(?:article|artículo|noticia|notícia|matéria) (?:précédent|suivant|anterior|siguiente|"
    r"seguinte|próxim[ao])\s*[:|»›→←–—-]\s*\S"
    r"|(?:siguiente|próxim[ao]) (?:artículo|noticia|notícia|matéria)\s*[:|»›→←–—-]\s*\S",
    re.I,
)
_PREV_NEXT_FIRST = frozenset("PpNnOoAaSs")
# The icon a player or button bar opens with: "🎧 Listen to this article · 4 min", "▶ Play".
_ICON_LEAD = lazyre.compile(r"[^\w\s\"“‘'(\[]{1,3}\s*")


def _icon_led_ui(clean: str) -> bool:
    """A UI label behind an icon ("🎧 Listen to this article · 4 min 12 s", "🔊 Listen"):
    the label is whole once the symbols that open it are dropped. Only blocks opening with
    a symbol (an emoji, an arrow) are tried, so the cost is nil on prose."""
    first = clean[0]
    if first.isalnum() or unicodedata.category(first)[0] not in "S":
        return False
    m = _ICON_LEAD.match(clean)
    rest = clean[m.end() :] if m else ""
    return bool(rest) and _UI_WHOLE.fullmatch(rest.rstrip("!:…")) is not None


def _image_count(clean: str) -> bool:
    """'Photo 3 of 12'. The whole text must match, so it starts with one of the
    pattern's words: an ASCII first letter other than i, p, s or g rules it out
    (only non-ASCII letters have case folds RE2 might apply)."""
    first = clean[0]
    if first.isascii() and first.lower() not in "ipsg":
        return False
    return _IMAGE_COUNT.fullmatch(clean) is not None


def _agency(clean: str, starts: set[int]) -> bool:
    """An agency credit line ("AP Photo/...", "Reuters")."""
    return bool(
        (id(_AGENCY_CREDIT) in starts and _AGENCY_CREDIT.match(clean))
        or (id(_BARE_AGENCY) in starts and _BARE_AGENCY.match(clean))
    )


def _all_counters(text: str) -> bool:
    """'👁 3.4K views · 💬 27 comments', 'Share: Facebook X · 14 comments': every piece
    a counter or a row of share buttons."""
    parts = [p.strip() for p in re.split(r"[·•|]", text) if p.strip()]
    return len(parts) >= 2 and all(
        (not p[0].isalpha() and _is_counter(p)) or _COUNTER_LABEL.fullmatch(p) or _is_share_bar(p)
        for p in parts
    )


def _slash_breadcrumb(text: str) -> bool:
    """'Home / News / Health / Eastmoor': a site's trail of section names split by
    spaced slashes. Three or more pieces (two when the first is "Home"), each a short
    name in title case, so a slash-separated lyric or list in a sentence is not one."""
    if not _SLASH_CRUMB.fullmatch(text):
        return False
    parts = [p.strip() for p in text.split(" / ")]
    if any(not p or len(p.split()) > 4 for p in parts):
        return False
    if len(parts) < 3 and not _CRUMB_ROOT.fullmatch(parts[0]):
        return False
    words = [w for p in parts for w in p.split() if w.lower() not in _CRUMB_SMALL]
    return all(w[0].isupper() or w[0].isdigit() for w in words) or (
        _CRUMB_ROOT.fullmatch(parts[0]) is not None and all(w.islower() for w in words)
    )


_CRUMB_SMALL = frozenset({"&", "and", "of", "the", "in", "on", "for", "a", "-", "–"})


# Pieces of a metadata or share bar: split at a spaced separator or a wide gap of spaces
# (a scraper turns the gap between two widgets of one row into spaces).
_BAR_SPLIT = lazyre.compile(r"\s[·•|]\s|\s{3,}")


def _meta_bar(text: str) -> bool:
    """A post's metadata or share bar: 'Posted in Funding · 4 min read · 👁 3.4K views',
    'Share: Facebook | X | Copy link   👁 18.4K views · 💬 212 comments'. Every piece is
    a counter, a reading time, a date, a byline, a "Posted in" label or a share
    button, and at least one is a counter or a reading time, which no article
    sentence lists that way."""
    parts = [p.strip(" *_") for p in _BAR_SPLIT.split(text)]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return False
    counted = False
    for p in parts:
        if _counter_piece(p):
            counted = True
        elif not (
            _META_PIECE.fullmatch(p) or _UI_WHOLE.fullmatch(p.rstrip("!:…")) or _share_piece(p)
        ):
            return False
    return counted


def _share_piece(p: str) -> bool:
    """'Share: Facebook', 'X', 'Copy link': a share button or the bar's label."""
    words = [w.strip(".,:|·•/()").lower() for w in p.split()]
    return bool(words) and len(words) <= 4 and all(w in _SOCIAL for w in words if w)


def _counter_piece(p: str) -> bool:
    """'3.4K views', '💬 12 comments', 'Comments: 4', '4 min read', '2 hours ago'."""
    return bool(
        (not p[0].isalpha() and _is_counter(p))
        or _COUNTER_LABEL.fullmatch(p)
        or _READ_TIME.fullmatch(p)
        or _TIME_AGO.fullmatch(p)
    )


def _all_ui(parts: list[str]) -> bool:
    """Every piece of a pipe-separated line is a UI label ("Accept all | Reject all")."""
    parts = [_clean(p) for p in parts]
    return len([p for p in parts if p]) >= 2 and all(
        not p or _UI_WHOLE.fullmatch(p.rstrip("!:…")) for p in parts
    )


def _strong_next(labels: list[_Label], k: int) -> bool:
    """Whether a neighbour of block k is certainly chrome (a weak block then joins its run)."""
    return any(0 <= j < len(labels) and labels[j].strength == 2 for j in (k - 1, k + 1))


def _line_block(text: str, start: int) -> Block:
    """One source line of a plain-text paragraph as a paragraph block of its own."""
    return Block("paragraph", text, array("l", range(start, start + len(text))), start,
                 start + len(text))  # fmt: skip


def _contiguous(
    text: str, spans: list[tuple[int, int, Block]]
) -> Iterator[tuple[int, int, list[str]]]:
    """Spans of consecutive lines merged (only a line break between them), with the
    names of the widgets in each."""
    group: list[tuple[int, int, Block]] = []
    for span in spans:
        if group and text[group[-1][1] : span[0]].strip():
            yield group[0][0], group[-1][1], widget_names([b for *_, b in group])
            group = []
        group.append(span)
    if group:
        yield group[0][0], group[-1][1], widget_names([b for *_, b in group])


# A site's navigation bar, marked up as one: <nav>...</nav>.
_NAV_ELEMENT = lazyre.compile(r"<nav\b[^>]*>.*?</nav\s*>", re.I | re.S)
_FULL_PAGE = lazyre.compile(r"<(?:html|body)\b", re.I)


def _in_site_nav(doc: Document, blocks: list[Block]) -> list[int]:
    """Indices of the blocks inside a <nav> element of a whole HTML page.

    Linting a saved page, the site's menu is the page's own navigation, marked up as
    such, not text a scraper pasted into the story (in a fragment or in plain text the
    same links are chrome and stay reported)."""
    if doc.format != "html" or "<nav" not in doc.text or not _FULL_PAGE.search(doc.text[:5000]):
        return []
    spans = [m.span() for m in _NAV_ELEMENT.finditer(doc.text)]
    return [k for k, b in enumerate(blocks) if any(s <= b.source_start < e for s, e in spans)]


# An element with a class or id: its tag and the attribute's value.
_CLASSED_ELEMENT = lazyre.compile(
    r"<([a-z][a-z0-9]*)\b[^>]*?\b(?:class|id)\s*=\s*[\"']([^\"'>]*)[\"'][^>]*>", re.I
)
# Containers that wrap the story itself: their class names describe the whole page.
_WRAPPERS = frozenset({"article", "main", "body", "html"})


def _marked_elements(
    text: str, token: re.Pattern[str], skip: frozenset[str]
) -> Iterator[re.Match[str]]:
    """The elements (tag in group 1) one of whose class or id tokens is a `token`,
    wrappers in `skip` left out. Tokens are whole (split at spaces), so "header" is
    never an "ad" token."""
    for m in _CLASSED_ELEMENT.finditer(text):
        if m.group(1).lower() not in skip and any(token.fullmatch(t) for t in m.group(2).split()):
            yield m


# An element the page's own markup names as an ad slot: a class or id token such as
# "ad-slot", "ad-label", "adunit", "div-gpt-ad-1719-2", "sponsored", "promo-box",
# "paid-partnership"; "thread" or "load-more" never match. A <section> is a wrapper
# too here: a sponsored article marks its whole body that way.
_AD_WRAPPERS = _WRAPPERS | {"section"}
_AD_TOKEN = lazyre.compile(
    r"(?:(?:[\w-]+[-_])?(?:ads?|adunit|adslot|adsbygoogle|advert\w*|sponsor(?:ed|ship)?"
    r"|promo(?:ted|tion)?|paid[-_](?:content|partnership|post)|dfp)(?:[-_][\w-]+)?)",
    re.I,
)


# One RE2 pass: is there any class or id value with an ad-like token at all?
_AD_ATTR_GATE = fast(
    r"\b(?:class|id)\s*=\s*[\"'][^\"'>]*(?:\bad|[-_]ad|advert|sponsor|promo|dfp)", re.I
)


def _in_ad_markup(doc: Document, blocks: list[Block]) -> set[int]:
    """Indices of the blocks whose text opens right inside an element marked up as an ad.

    A scraper that keeps the text of `<span class="ad-label">Sponsored</span> <a>Book
    a ryokan from ¥9,800</a>` joins label and advertiser link into one block that reads
    like neither a bare label nor a link list; the page's own class names say what it
    is. Only short, non-body, non-heading blocks whose text starts within the element's
    first few tags count."""
    text = doc.text
    if doc.format != "html" or not _AD_ATTR_GATE.search(text):
        return set()
    found: set[int] = set()
    starts = [b.source_start for b in blocks]
    for m in _marked_elements(text, _AD_TOKEN, _AD_WRAPPERS):
        k = _first_block_after(starts, m.end())
        if k is None or blocks[k].source_start - m.end() > 200:
            continue
        block = blocks[k]
        if "</" in text[m.end() : block.source_start] or "/>" in text[m.end() : block.source_start]:
            continue  # an empty slot: the text after it is the article's
        if block.kind in ("paragraph", "list_item") and len(block.text.split()) <= 30:
            found.add(k)
    return found


# An element the page's own markup names as a widget: a newsletter sign-up box, an author
# card, a cookie or consent banner, a paywall prompt, a share bar, a related-articles list
# ("newsletter-signup", "c-author-card", "cookie-consent", "share-tools", "related-stories").
# Tokens are whole; "author" alone (a byline's class) and "shared-content" do not match.
_WIDGET_TOKEN = lazyre.compile(
    r"(?:[\w-]+[-_])?(?:newsletters?|signup|sign-up|subscribe|subscription|"
    r"author[-_]?(?:card|bio|box|profile)|about[-_](?:the[-_])?authors?|bio[-_]?box|"
    r"cookies?|consent|gdpr|paywall|share|sharing|social[-_]share|social[-_]follow|"
    r"related|most[-_]?(?:read|popular|viewed|shared)|recommended|more[-_]stories)"
    r"(?:[-_][\w-]+)?",
    re.I,
)
_WIDGET_ATTR_GATE = fast(
    r"\b(?:class|id)\s*=\s*[\"'][^\"'>]*(?:newsletter|sign-?up|subscri|author|bio|cookie|"
    r"consent|gdpr|paywall|shar|social|related|most|recommended|more)",
    re.I,
)
_WIDGET_WORDS = 80  # a widget is short; a longer element is a story part with an odd class


def _element_end(text: str, tag: str, start: int) -> int:
    """Offset of the close tag matching an element opened just before `start` (nested
    elements of the same name counted); the end of the text when it never closes."""
    depth = 1
    for m in re.finditer(rf"<(/?){re.escape(tag)}\b", text[start : start + 20000], re.I):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return start + m.start()
    return len(text)


def _in_widget_markup(doc: Document, blocks: list[Block], labels: list[_Label]) -> set[int]:
    """Indices of the blocks inside an element the markup names as a widget.

    A newsletter box between two paragraphs ("Morning Markets Brief / Cocoa, gold and
    the cedi in your inbox before 7am / Join free") or an author card after the story
    reads as short weak blocks no wording makes certain; the page's class names do. An
    element holding a body paragraph or more than a short box's words is left alone."""
    text = doc.text
    if doc.format != "html" or not _WIDGET_ATTR_GATE.search(text):
        return set()
    found: set[int] = set()
    starts = [b.source_start for b in blocks]
    for m in _marked_elements(text, _WIDGET_TOKEN, _WRAPPERS):
        end = _element_end(text, m.group(1), m.end())
        k = _first_block_after(starts, m.end())
        inside = []
        while k is not None and k < len(blocks) and blocks[k].source_start < end:
            inside.append(k)
            k += 1
        words = sum(len(blocks[i].text.split()) for i in inside)
        if inside and words <= _WIDGET_WORDS and not any(labels[i].body for i in inside):
            found.update(inside)
    return found


def _first_block_after(starts: list[int], pos: int) -> int | None:
    """Index of the first block starting at or after `pos` (blocks are in source order)."""
    k = bisect_left(starts, pos)
    return k if k < len(starts) else None


def _is_headline(block: Block, in_head: bool) -> bool:
    """The article's title: a top-level heading, or before the body a headline-like
    line (five or more words, no link). Related-article headlines after the body
    stay chrome."""
    if block.kind == "heading" and block.level == 1:
        return True
    n = len(block.text.split())
    return in_head and 5 <= n <= 25 and not block.links


def _near_image(blocks: list[Block], k: int) -> bool:
    return (k > 0 and blocks[k - 1].kind == "image") or (
        k + 1 < len(blocks) and blocks[k + 1].kind == "image"
    )


_STARTS = StartGate(
    [
        _IMAGE_FILE,
        _CAPTION_LABEL,
        _AGENCY_CREDIT,
        _BARE_AGENCY,
        _IMAGE_CREDIT,
        _PROMO_PREFIX,
        _TAG_LINE,
        _BIO,
        _BYLINE,
    ],
    # (Not _UI_SENTENCE: as a member it would slow the whole set more than it saves.)
    search=(_DISCLAIMER, _UI_MENTION),
    # (_short_block asks _UI_WHOLE about clean.rstrip("!:…").)
    full=(_IMAGE_COUNT, _TICKER, _JOB_TITLE, (_UI_WHOLE, "[!:…]")),
)
_RULE_OF_KIND = {"chrome": "NL120", "links": "NL120", "promo": "NL121", "image": "NL123"}


_GRAPHIC_CAPTION = fast(
    r"^\W{0,3}(?:chart|graphic|graph|table|figure|fig\.|map|infographic|data)\b", re.I
)


def _data_credit(before: Block) -> bool:
    """Whether a "Source:" line after this block credits its data: a table (also a pipe
    table left as plain text), a picture or embed, or a chart's caption."""
    if before.kind in ("table_cell", "image", "html", "code"):
        return True
    text = before.text.lstrip()
    return text.startswith("|") or _GRAPHIC_CAPTION.match(text) is not None


class PageChrome(Check):
    """NL120-NL123: widgets, labels and placeholders scraped along with the article."""

    rules = (
        rule(
            "NL120",
            "page-chrome",
            "warning",
            "Scraped page chrome (widgets, share bar, newsletter box, related links) in the text",
            """Newsletter boxes, share bars, "Advertisement", view and comment counters,
            related-article lists, cookie notices, ad slots (an ad label with the
            advertiser's line, or a block the page's markup names "ad-slot", "sponsored",
            "promo"), author boxes repeated at the end,
            copyright footers and tag lists belong to the web page, not the article; a
            scraper copied them with the body. Blocks are scored like justext/trafilatura
            do: UI vocabulary, length, link density, duplication and position after the
            last body paragraph. One finding covers each contiguous run. Delete the run.""",
            bad=[
                "The council approved the budget on Tuesday after a long debate, officials "
                "said, and the mayor signed it into law the same evening.\n\n"
                "Share on Facebook\n\nSubscribe to our newsletter\n\n"
                "Thank you for subscribing!",
                "The council approved the budget on Tuesday after a long debate, officials "
                "said, and the mayor signed it into law the same evening.\n\n"
                "👁️ 12.4K+\n\nMORE FROM CITY NEWS",
                "Home / News / Local Politics\n\nThe council approved the budget on Tuesday "
                "after a long debate, officials said, and the mayor signed it that evening.",
                "Posted in City Hall · 4 min read · 👁 2.2K views\n\nThe council approved the "
                "budget on Tuesday after a long debate, officials said.",
            ],
            good=[
                "The council approved the budget on Tuesday after a long debate, officials "
                "said.\n\nWhat happens next\n\nThe mayor has 10 days to sign the bill, and "
                "opponents have promised a legal challenge if she does.",
                "By Jane Doe, Associated Press\n\nThe council approved the budget on Tuesday "
                "after a long debate, officials said.",
                "Posted in Kabul for two years, the diplomat said the embassy had never been so "
                "quiet.\n\nThe clip drew 3.4 million views and 12,000 comments by Sunday.",
            ],
        ),
        rule(
            "NL121",
            "promo-link",
            "warning",
            "Promotional link to another article inside the story",
            """Lines such as "Also: How to use Claude AI" or "READ MORE: Fed holds rates"
            are the site's cross-promotion, inserted between paragraphs. In a syndicated
            or republished article they point readers away mid-story and are not part of
            the text. Delete the line.""",
            bad=[
                "The bank raised rates again.\n\nREAD MORE: Mortgage costs hit a 15-year high"
                "\n\nAnalysts expect one more rise this year.",
                "Also: [How the vote works](https://example.com/vote)",
            ],
            good=[
                "Also, the bank raised its growth forecast.",
                "More than 200 people attended the meeting, organisers said.",
            ],
        ),
        rule(
            "NL122",
            "scraper-field-label",
            "warning",
            "Scraper field labels (Author:, Body:, Published on:) left in the article",
            """Labels such as "Author:", "Place of Publish:", "Published on:" and "Body:"
            come from a scraping tool's output template, and the values after them are
            often page furniture (a copyright notice as the place of publication). A
            scraper's note of where it got the page ("Source: https://...", "Original
            URL:", "Retrieved: <date>") at the top or the bottom is one too; "Source:"
            under a table or chart credits its data and is left alone. Delete the
            labelled lines; keep the byline and date in metadata.""",
            bad=[
                "Author: Jane Doe\nPublished on: 3 May 2024\nBody:\n\nThe council approved "
                "the budget on Tuesday after a long debate, officials said.",
                "The council approved the budget on Tuesday after a long debate, officials "
                "said.\n\nSource: https://example.com/news/2024/05/budget",
            ],
            good=[
                "By Jane Doe\n\nThe council approved the budget on Tuesday after a long "
                "debate, officials said.",
                "The council approved the budget on Tuesday after a long debate, officials "
                "said.\n\n| Ward | Votes |\n|---|---|\n| North | 4 |\n\n"
                "Source: https://example.com/results",
            ],
        ),
        rule(
            "NL123",
            "image-placeholder",
            "warning",
            "Orphaned image placeholder, file name or credit left as text",
            """A line reading just "image" or "photo", an image file name
            (IMG_2041.jpg), "Image 1 of 5" or a bare credit line is what remains of a
            picture the scraper could not copy. Readers see a stray word. Delete it, or
            restore the image with its caption.""",
            bad=[
                "The council met on Tuesday to debate the budget for next year.\n\nimage\n\n"
                "The vote was 7-2, officials said, after three hours of debate.",
                "IMG_2041.JPG",
            ],
            good=["The image of the flooded street was shared 40,000 times, police said."],
        ),
    )

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        blocks = [b for b in doc.blocks if b.kind != "front_matter"]
        if not blocks:
            return
        yield from self._inline_widgets(blocks)
        header = self._field_labels(blocks)
        sources = self._source_fields(blocks)
        if header is not None:
            lo, hi = header
            # A source field next to the labelled header is part of it: one finding.
            for k, *_ in sources:
                if k == lo - 1 or k == hi + 1:
                    lo, hi = min(lo, k), max(hi, k)
            sources = [hit for hit in sources if not lo <= hit[0] <= hi]
            start, end = block_span(blocks[lo])[0], block_span(blocks[hi])[1]
            yield Finding("NL122", start, end, self.rules[2].message)
        else:
            inline = self._inline_field_labels(doc, blocks)
            if inline is not None:
                yield Finding("NL122", *inline, self.rules[2].message)
        for k, start, end in sources:
            s, e = blocks[k].source_span(start, end)
            label = blocks[k].text[start:end].split(":")[0].strip("*_ ")
            yield Finding("NL122", s, e, f"Scraper field label left in the article: '{label}:'")
        yield from self._runs(doc, blocks, header[1] + 1 if header else 0)

    @staticmethod
    def _source_fields(blocks: list[Block]) -> list[tuple[int, int, int]]:
        """NL122: "Source: https://...", "Scraped from: ...", "Retrieved: <date>" on a line
        of its own before the first or after the last body paragraph, the scraper's note of
        where it got the page. Not right under a table, picture or chart, where "Source:"
        is the credit for its data. (block index, start, end in the block's text)."""
        hits: list[tuple[int, int, int]] = []
        for k, block in enumerate(blocks):
            if block.kind not in ("paragraph", "heading", "list_item") or ":" not in block.text:
                continue  # (every field has its colon)
            offset = 0
            for line in block.text.split("\n"):
                clean = line.strip().strip("*_#>|•·-–— ").strip()
                if clean.lower().startswith(_SOURCE_KEYS) and _SOURCE_FIELD.match(clean):
                    start = offset + line.find(clean)
                    hits.append((k, start, start + len(clean)))
                offset += len(line) + 1
        if not hits:
            return hits
        body = [k for k, b in enumerate(blocks) if _is_body(b, _clean(b.text))]
        first_body, last_body = (body[0], body[-1]) if body else (len(blocks), -1)
        return [
            (k, start, end)
            for k, start, end in hits
            if not first_body <= k <= last_body and not (k and _data_credit(blocks[k - 1]))
        ]

    def _inline_widgets(self, blocks: list[Block]) -> Iterator[Finding]:
        """ ", opens new tab" after a linked name: a screen-reader label the scraper kept
        inside the sentence ("Amazon.com, opens new tab said on Wednesday")."""
        for block in blocks:
            if "new tab" not in block.text and "new window" not in block.text:
                continue
            if _UI_WHOLE.fullmatch(_clean(block.text).rstrip("!:…")):
                continue  # the whole block is UI: the run finding covers it
            for m in _INLINE_WIDGET.finditer(block.text):
                start, end = block.source_span(m.start(), m.end())
                yield Finding("NL120", start, end, _SCREEN_READER_MESSAGE)

    @staticmethod
    def _field_labels(blocks: list[Block]) -> tuple[int, int] | None:
        """NL122: a scraper's labelled header before the first body paragraph, as the
        indices of its first and last labelled blocks."""
        labelled: list[int] = []
        for i, block in enumerate(blocks):
            clean = block.text.strip().lstrip("*_#>|•·-–— ")
            if ":" in clean and _FIELD_LABEL.match(clean):
                labelled.append(i)
            elif _is_body(block, clean) and not _PREAMBLE.match(clean):
                break  # (an assistant's preamble before the labels is no body)
        if not labelled:
            return None
        heads = [blocks[i].text.strip().lstrip("*_#>|•·-–— ") for i in labelled]
        empty_body = any(_EMPTY_BODY_LABEL.match(h) for h in heads)
        names = {h.split(":")[0].lower().strip() for h in heads}
        # Dates and a dateline above a story are normal; a scraper's template names
        # fields an article never labels (Author:, Body:, Place of Publish:, URL:...).
        templated = names - _NEWSY_LABELS
        # A chat answer that opens with "Title: ..." is labelled the same way.
        # ... or after the assistant's preamble or trace ("Sure! Here is the article:").
        title_line = labelled[0] <= 3 and len(labelled) == 1 and names <= {"title", "headline"}
        if not (empty_body or title_line or (len(names) >= 2 and templated) or len(names) >= 3):
            return None
        return labelled[0], labelled[-1]

    @staticmethod
    def _inline_field_labels(doc: Document, blocks: list[Block]) -> tuple[int, int] | None:
        """NL122 in plain text, where the headline and the scraper's labelled lines
        ("Published At: ...", "Article Text:") join into one paragraph: labels at the
        start of the lines after the first, in the blocks up to the first body
        paragraph. Source offsets of the first and last labelled lines."""
        spans: list[tuple[int, int]] = []
        heads: list[str] = []
        for block in blocks:
            if (
                block.kind == "paragraph"
                and "\n" in doc.text[block.source_start : block.source_end]
            ):
                raw = doc.text[block.source_start : block.source_end]
                offset = block.source_start
                for i, line in enumerate(raw.split("\n")):
                    clean = line.strip().lstrip("*_#>|•·-–— ")
                    if i and ":" in clean and _FIELD_LABEL.match(clean):
                        spans.append((offset, offset + len(line.rstrip())))
                        heads.append(clean)
                    offset += len(line) + 1
            if _is_body(block, block.text.strip()):
                break
        if not heads:
            return None
        names = {h.split(":")[0].lower().strip() for h in heads}
        empty_body = any(_EMPTY_BODY_LABEL.match(h) for h in heads)
        if not (empty_body or (len(names) >= 2 and names - _NEWSY_LABELS) or len(names) >= 3):
            return None
        return spans[0][0], spans[-1][1]

    def _runs(self, doc: Document, blocks: list[Block], first: int) -> Iterator[Finding]:
        texts = [_clean(b.text).casefold() for b in blocks]
        seen: dict[str, int] = {}
        for t in texts:
            if t and len(t.split()) <= 10:
                seen[t] = seen.get(t, 0) + 1
        duplicates = {t for t, c in seen.items() if c > 1}
        labels = [classify(b, duplicates, _near_image(blocks, k)) for k, b in enumerate(blocks)]
        for k in _in_site_nav(doc, blocks):
            labels[k] = _Label(0, "nav", False)
        for k in _in_ad_markup(doc, blocks):
            if not labels[k].body:
                labels[k] = _Label(2, "chrome", False)
        for k in _in_widget_markup(doc, blocks, labels):
            if labels[k].strength < 2 and blocks[k].kind != "image":
                labels[k] = _Label(2, "chrome", False)
        self._promote_link_lists(blocks, labels)
        body = [i for i, lab in enumerate(labels) if lab.body]
        last_body = body[-1] if body else -1
        first_body = body[0] if body else len(blocks)
        if doc.format == "text" and body:
            yield from self._joined_lines(doc, blocks, labels, first_body, last_body)
        head = {texts[k] for k in range(first_body if body else 0) if texts[k]}
        tail_counts: dict[str, int] = {}
        for k in range(last_body + 1, len(blocks)) if body else ():
            tail_counts[texts[k]] = tail_counts.get(texts[k], 0) + 1
        for k, lab in enumerate(labels):
            if lab.tail_only and k < last_body:
                lab.strength = 1
            # A byline or author name from the top repeated after the story, or an
            # author name given twice in a box after it.
            repeated = texts[k] in head or tail_counts.get(texts[k], 0) > 1
            if body and k > last_body and lab.strength == 1 and texts[k] and repeated:
                lab.strength = 2
            if lab.strength == 1 and _is_headline(blocks[k], k < first_body):
                lab.strength = 0  # the article's own title is never chrome
        i = first
        while i < len(blocks):
            if labels[i].strength == 0:
                i += 1
                continue
            j = i
            while j + 1 < len(blocks) and labels[j + 1].strength > 0:
                j += 1
            yield from self._run(doc, blocks, labels, i, j, last_body)
            i = j + 1

    def _joined_lines(
        self,
        doc: Document,
        blocks: list[Block],
        labels: list[_Label],
        first_body: int,
        last_body: int,
    ) -> Iterator[Finding]:
        """Chrome lines inside a plain-text paragraph before or after the article.

        Plain text has no markup to part the page's rows, so a breadcrumb, the
        headline, the byline and a share bar with counters ("Share: Facebook | X
        👁 18.4K views") on consecutive lines join into one paragraph that, as a
        whole, looks like none of them. Each line of such a paragraph is judged
        as a block of its own; lines that are certainly chrome are reported (the
        paragraph as a whole is left to the run logic when it is chrome itself)."""
        for k, block in enumerate(blocks):
            if first_body <= k <= last_body or block.kind != "paragraph":
                continue
            if labels[k].strength == 2 or (labels[k].strength == 1 and _strong_next(labels, k)):
                continue
            raw = doc.text[block.source_start : block.source_end]
            if "\n" not in raw:
                continue
            spans: list[tuple[int, int, Block]] = []
            offset = block.source_start
            for line in raw.split("\n"):
                start, text = offset, line.rstrip("\r")
                offset += len(line) + 1
                if not text.strip():
                    continue
                piece = _line_block(text, start)
                if classify(piece, set()).strength == 2:
                    end = start + len(text.rstrip())
                    lead = len(text) - len(text.lstrip())
                    spans.append((start + lead, end, piece))
            for s, e, names in _contiguous(doc.text, spans):
                yield Finding(
                    "NL120", s, e, f"Scraped page chrome ({', '.join(names)}) in the text"
                )

    @staticmethod
    def _promote_link_lists(blocks: list[Block], labels: list[_Label]) -> None:
        """Two or more link-only blocks in a row are a related-articles list, unless
        a title such as "How to help" or "Resources" says they are part of the story."""
        i = 0
        while i < len(labels):
            j = i
            while j < len(labels) and labels[j].kind == "links":
                j += 1
            if j > i and i > 0 and _RESOURCE_HEADER.search(blocks[i - 1].text[:120]):
                for k in range(i, j):
                    labels[k].strength = 0
            elif j - i >= 2:
                for k in range(i, j):
                    labels[k].strength = 2
            i = max(j, i + 1)

    def _run(
        self,
        doc: Document,
        blocks: list[Block],
        labels: list[_Label],
        i: int,
        j: int,
        last_body: int,
    ) -> Iterator[Finding]:
        strong = [k for k in range(i, j + 1) if labels[k].strength == 2]
        if not strong:
            return
        lo, hi = strong[0], strong[-1]
        if i > last_body:  # the tail after the article: weak blocks count too
            lo = i
        if j > last_body or any(labels[k].header for k in strong):
            hi = j  # ... and so do the headlines listed under a widget's title
        # Images at the edges of a run are the article's pictures, not chrome.
        while lo < hi and blocks[lo].kind == "image" and labels[lo].strength < 2:
            lo += 1
        while hi > lo and blocks[hi].kind == "image" and labels[hi].strength < 2:
            hi -= 1
        kinds = {labels[k].kind for k in range(lo, hi + 1) if labels[k].strength == 2}
        rule_id = _RULE_OF_KIND[kinds.pop()] if len(kinds) == 1 else "NL120"
        message = next(r for r in self.rules if r.id == rule_id).message
        if rule_id == "NL120":
            names = widget_names([blocks[k] for k in strong if lo <= k <= hi])
            message = f"Scraped page chrome ({', '.join(names)}) in the text"
        start = block_span(blocks[lo])[0]
        end = block_span(blocks[hi])[1]
        yield Finding(rule_id, start, end, message)


CHECKS = [PageChrome]
