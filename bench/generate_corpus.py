"""Generate a deterministic corpus of realistic news articles for the benchmark.

The corpus mixes Markdown with YAML front matter, HTML pages and plain text, of
varied lengths (short briefs to long features), built from topic templates and
from paragraphs of the seed documents (read at run time from ``seeds/``). A share
of the articles carries the defects newslint looks for: chatbot meta-text,
unsourced claims, figures that contradict each other, tortured phrases, page
chrome and grammar slips. The same ``--seed`` and ``--count`` always give
byte-identical files, and the first N articles of a larger corpus are the same as
those of a corpus of N (each article has its own random stream).

Usage: python bench/generate_corpus.py --count 1000 --out bench/corpus
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import html
import json
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = ROOT / "seeds"
FORMATS = (("md", 0.45), ("html", 0.30), ("txt", 0.25))
DEFECT_RATES = {
    "meta-text": 0.08,
    "unsourced-claim": 0.20,
    "inconsistent-figure": 0.10,
    "tortured-phrase": 0.08,
    "page-chrome": 0.10,
    "grammar-slip": 0.15,
}
SEED_PARAGRAPH_RATE = 0.15  # articles that borrow paragraphs from the seed documents
SEED_DOCUMENT_RATE = 0.03  # articles that are a reshuffled seed document

COMPANIES = [
    "Northwind Energy",
    "Halcyon Bank",
    "Veridian Motors",
    "Bluepeak Telecom",
    "Osprey Airlines",
    "Castellan Foods",
    "Meridian Health",
    "Ironbridge Steel",
    "Lumen Robotics",
    "Tidewater Shipping",
    "Arcadia Pharmaceuticals",
    "Quillon Software",
    "Redfern Mining",
    "Solace Insurance",
    "Granite Rail",
    "Summit Retail Group",
    "Evergreen Utilities",
    "Nimbus Cloud",
    "Keystone Media",
    "Harbor Semiconductors",
]
SECTORS = [
    "renewable energy",
    "consumer banking",
    "electric vehicles",
    "mobile networks",
    "air travel",
    "packaged food",
    "hospital care",
    "steel production",
    "industrial automation",
    "container shipping",
    "drug development",
    "enterprise software",
    "copper mining",
    "home insurance",
    "freight rail",
    "department stores",
    "water supply",
    "cloud computing",
    "local news",
    "chip manufacturing",
]
FIRST = [
    "Maria",
    "James",
    "Aisha",
    "Tomás",
    "Mei",
    "Oluwaseun",
    "Grace",
    "Daniel",
    "Priya",
    "Lukas",
    "Fatima",
    "Samuel",
    "Elena",
    "Kenji",
    "Chloe",
    "Ahmed",
    "Rosa",
    "Victor",
    "Hannah",
    "Ibrahim",
]
LAST = [
    "Alvarez",
    "Okafor",
    "Chen",
    "Novak",
    "Haddad",
    "Lindqvist",
    "Mensah",
    "Rossi",
    "Tanaka",
    "Patel",
    "Brennan",
    "Kowalski",
    "Duarte",
    "Fischer",
    "Nakamura",
    "Osei",
    "Moreau",
    "Sullivan",
    "Ivanova",
    "Reyes",
]
TITLES = [
    "chief executive",
    "chief financial officer",
    "spokesperson",
    "head of research",
    "senior analyst",
    "regional director",
    "economist",
    "professor of public policy",
    "union representative",
    "city councillor",
    "former regulator",
    "portfolio manager",
]
ORGS = [
    "the University of Leeds",
    "Moody's",
    "the Brookings Institution",
    "the local chamber of commerce",
    "Bernstein",
    "the Resolution Foundation",
    "the state transport authority",
    "Oxford Economics",
    "the national statistics office",
    "the Centre for Cities",
]
CITIES = [
    "Leeds",
    "Lagos",
    "Osaka",
    "Rotterdam",
    "Denver",
    "Porto",
    "Nairobi",
    "Winnipeg",
    "Adelaide",
    "Monterrey",
    "Gdansk",
    "Pune",
    "Valparaíso",
    "Tampere",
    "Cork",
    "Busan",
]
REGULATORS = [
    "the competition authority",
    "the energy regulator",
    "the Securities and Exchange Commission",
    "the transport ministry",
    "the health department",
    "the central bank",
    "the city council",
    "the environment agency",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
PUBLISHERS = [
    "The Daily Ledger",
    "Coastal Times",
    "Metro Wire",
    "The Evening Post",
    "Northern Courier",
]

# Tortured phrases: awkward synonym swaps of common terms, the mark of spun text.
TORTURED = [
    "counterfeit consciousness",
    "profound learning",
    "colossal information",
    "irregular woodland",
    "flag to commotion proportion",
    "bosom malignancy",
    "cloud figuring",
    "choice tree",
    "haphazard access memory",
    "inventory network the executives",
]
META_TEXT = [
    "Certainly! Here is the rewritten article in a neutral news style:",
    "As an AI language model, I cannot verify the latest figures, but here is a summary.",
    "I hope this helps! Let me know if you would like a shorter version.",
    "Note: This article was generated from the provided notes; please review before publishing.",
    "[Insert quote from the company spokesperson here]",
    "Here's a more engaging headline: {title}",
    "Sure, I can expand this paragraph with more detail about the deal.",
]
UNSOURCED = [
    "Experts say the move could reshape the entire {sector} industry within a decade.",
    "Studies show that most customers are unhappy with the current prices.",
    "It is widely believed that the deal was rushed through before the election.",
    "Many analysts believe {company} is now the clear leader in {sector}.",
    "Critics argue that the plan will cost taxpayers billions.",
    "Some observers say the announcement marks the end of an era for {city}.",
    "Research has shown that such schemes rarely deliver the promised savings.",
]
CHROME = [
    "Subscribe to our newsletter for the latest updates.",
    "Click here to read more stories like this.",
    "Share this article on Facebook Twitter LinkedIn Email",
    "Advertisement",
    "Related: Five things to know before the markets open",
    "© {year} {publisher}. All rights reserved.",
    "Sign up for breaking news alerts.",
]
GRAMMAR_SLIPS = [
    "The the company did not respond to a request for comment.",
    "It was a unusual decision for a firm of it's size.",
    "Their going to review the contract again next year, officials said.",
    "The workers was told about the changes on {weekday}.",
    "Officials said they would of acted sooner if the data had been available.",
]


@dataclass
class Facts:
    """The invented facts one article reports, kept consistent unless a defect says otherwise."""

    company: str
    rival: str
    sector: str
    city: str
    person: str
    title: str
    analyst: str
    org: str
    regulator: str
    weekday: str
    amount: int  # millions of dollars
    percent: int
    jobs: int
    year: int
    published: date
    publisher: str
    defects: list[str] = field(default_factory=list)


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def money(millions: int) -> str:
    """Format an amount of millions as newsrooms write it."""
    if millions >= 1000:
        billions = millions / 1000
        text = f"{billions:.1f}".rstrip("0").rstrip(".")
        return f"${text} billion"
    return f"${millions} million"


def make_facts(rng: random.Random) -> Facts:
    company, rival = rng.sample(COMPANIES, 2)
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(900))
    return Facts(
        company=company,
        rival=rival,
        sector=rng.choice(SECTORS),
        city=rng.choice(CITIES),
        person=person(rng),
        title=rng.choice(TITLES),
        analyst=person(rng),
        org=rng.choice(ORGS),
        regulator=rng.choice(REGULATORS),
        weekday=rng.choice(WEEKDAYS),
        amount=rng.choice([40, 75, 120, 250, 480, 900, 1200, 2500, 4000, 7500]),
        percent=rng.randrange(3, 38),
        jobs=rng.choice([120, 300, 450, 800, 1500, 2200, 4000]),
        year=published.year,
        published=published,
        publisher=rng.choice(PUBLISHERS),
    )


def headline(rng: random.Random, f: Facts) -> str:
    options = [
        f"{f.company} to invest {money(f.amount)} in {f.sector} push",
        f"{f.company} cuts {f.jobs} jobs as {f.sector} demand slows",
        f"{f.regulator.capitalize()} opens inquiry into {f.company}",
        f"{f.city} approves {money(f.amount)} plan backed by {f.company}",
        f"{f.company} and {f.rival} agree {money(f.amount)} deal",
        f"{f.company} profits rise {f.percent}% despite weaker {f.sector} market",
    ]
    return rng.choice(options)


def lead(rng: random.Random, f: Facts) -> str:
    options = [
        f"{f.company} said on {f.weekday} that it would invest {money(f.amount)} in {f.sector} "
        f"over the next three years, the largest commitment in its history.",
        f"{f.company} will cut {f.jobs} jobs across its operations, the company said on "
        f"{f.weekday}, blaming weaker demand in {f.sector} and higher borrowing costs.",
        f"{f.regulator.capitalize()} has opened an inquiry into {f.company} after complaints "
        f"about pricing in {f.sector}, according to a statement released on {f.weekday}.",
        f"Councillors in {f.city} on {f.weekday} approved a {money(f.amount)} plan backed by "
        f"{f.company}, ending months of debate over the project.",
        f"{f.company} and {f.rival} have agreed a {money(f.amount)} deal that would combine "
        f"their {f.sector} businesses, the two companies announced on {f.weekday}.",
    ]
    return rng.choice(options)


def body_paragraphs(rng: random.Random, f: Facts) -> list[str]:
    """Sourced, ordinary paragraphs of news copy, one per template."""
    return [
        f'"We have spent a long time preparing for this," said {f.person}, {f.title} at '
        f'{f.company}. "Our customers in {f.city} will see the difference first."',
        f"{f.analyst}, a senior analyst at {f.org}, said the figures suggested the company had "
        f'underestimated how quickly costs would rise. "The question is whether margins hold," '
        f"{f.analyst.split()[1]} said.",
        f"According to the company's annual report, revenue in the {f.sector} division rose "
        f"{f.percent}% last year, while operating costs grew more slowly.",
        f"{f.rival} declined to comment on the announcement. Its shares fell "
        f"{rng.randrange(1, 9)}% in early trading on {f.weekday}.",
        f"The plan still needs approval from {f.regulator}, which said in a statement that it "
        f"would publish its decision within {rng.choice(['six', 'eight', 'twelve'])} weeks.",
        f"In a filing with regulators, {f.company} said the programme would create about "
        f"{f.jobs} jobs in {f.city} and the surrounding region by {f.year + 2}.",
        f"Union officials told reporters in {f.city} that they had not been consulted. "
        f'"Nobody asked the people who do the work," said {person(rng)}, a shift supervisor.',
        f"Data from the national statistics office published in {f.published:%B} showed "
        f"investment in {f.sector} had fallen for three consecutive quarters.",
        f"Shares in {f.company} closed {rng.randrange(1, 12)}% higher on {f.weekday}, giving the "
        f"company a market value of about {money(f.amount * rng.randrange(8, 30))}.",
        f"The company has faced criticism over its record in {f.city}, where residents "
        f"complained about noise and traffic during construction, local newspapers reported.",
        f"{f.person} told analysts on a conference call that the company expected the "
        f"investment to pay for itself within {rng.randrange(4, 11)} years.",
        f"Independent estimates are more cautious. A report by {f.org} published in "
        f"{f.year} put the likely return at less than half the company's forecast.",
    ]


def background_paragraphs(rng: random.Random, f: Facts) -> list[str]:
    """Context paragraphs: history of the company, the sector, the place."""
    return [
        f"{f.company}, founded in {f.city} in {rng.randrange(1950, 2012)}, employs about "
        f"{f.jobs * rng.randrange(5, 40):,} people worldwide.",
        f"The {f.sector} sector has struggled since interest rates began rising, with several "
        f"smaller firms seeking buyers or closing altogether.",
        f"It is the second major announcement by {f.company} this year, after it sold its "
        f"logistics arm to a private equity group in {f.published.replace(day=1):%B}.",
        f"{f.city}'s economy has long depended on {f.sector}, and local officials have sought "
        f"new investment to replace jobs lost over the past decade.",
    ]


def subheading(rng: random.Random, f: Facts) -> str:
    return rng.choice(
        [
            "What happens next",
            "Reaction from investors",
            f"Impact on {f.city}",
            "A long road to approval",
            "The numbers",
            "Background",
            f"Pressure on {f.rival}",
        ]
    )


def inject(rng: random.Random, f: Facts, paras: list[str], title: str) -> list[str]:
    """Insert defect paragraphs or sentences, recording each in ``f.defects``."""
    out = list(paras)
    fill = {
        "sector": f.sector,
        "company": f.company,
        "city": f.city,
        "title": title,
        "year": f.year,
        "publisher": f.publisher,
        "weekday": f.weekday,
    }

    def put(text: str, where: int | None = None) -> None:
        pos = rng.randrange(1, len(out) + 1) if where is None else where
        out.insert(pos, text.format(**fill))

    if rng.random() < DEFECT_RATES["meta-text"]:
        f.defects.append("meta-text")
        text = rng.choice(META_TEXT)
        put(text, 0 if text.startswith(("Certainly", "Sure", "Here")) else len(out))
    if rng.random() < DEFECT_RATES["unsourced-claim"]:
        f.defects.append("unsourced-claim")
        for _ in range(rng.randrange(1, 3)):
            put(rng.choice(UNSOURCED))
    if rng.random() < DEFECT_RATES["inconsistent-figure"]:
        f.defects.append("inconsistent-figure")
        other = f.amount * rng.choice([2, 3]) if rng.random() < 0.5 else f.amount + 500
        put(
            f"Under the agreement, {f.company} will invest {money(other)} in {f.sector}, "
            f"the company confirmed in a statement."
        )
        put(f"{f.company} said it would not disclose the size of the investment.")
    if rng.random() < DEFECT_RATES["tortured-phrase"]:
        f.defects.append("tortured-phrase")
        a, b = rng.sample(TORTURED, 2)
        put(
            f"The company said it would use {a} and {b} to improve its forecasts for "
            f"{f.sector}, a shift first reported by trade publications."
        )
    if rng.random() < DEFECT_RATES["page-chrome"]:
        f.defects.append("page-chrome")
        for text in rng.sample(CHROME, rng.randrange(1, 4)):
            put(text, len(out))
    if rng.random() < DEFECT_RATES["grammar-slip"]:
        f.defects.append("grammar-slip")
        put(rng.choice(GRAMMAR_SLIPS))
    return out


@dataclass
class Article:
    """A generated article before rendering: title, sections of paragraphs, metadata."""

    title: str
    sections: list[tuple[str | None, list[str]]]
    facts: Facts
    origin: str  # "template", "template+seed" or "seed"


def paragraph_count(rng: random.Random) -> int:
    """Log-normal: mostly 8-25 paragraphs, some 2-paragraph briefs, a few long features."""
    return max(2, min(70, round(rng.lognormvariate(2.6, 0.6))))


def split_sections(
    rng: random.Random, f: Facts, paras: list[str]
) -> list[tuple[str | None, list[str]]]:
    if len(paras) < 8:
        return [(None, paras)]
    sections: list[tuple[str | None, list[str]]] = []
    i, heading = 0, None
    while i < len(paras):
        step = rng.randrange(3, 8)
        sections.append((heading, paras[i : i + step]))
        i += step
        heading = subheading(rng, f)
    return sections


def build_article(rng: random.Random, seeds: list[list[str]]) -> Article:
    f = make_facts(rng)
    if seeds and rng.random() < SEED_DOCUMENT_RATE:
        doc = rng.choice(seeds)
        title, rest = doc[0], doc[1:]
        keep = rest[: max(1, len(rest) - rng.randrange(0, 3))]
        if len(keep) > 3 and rng.random() < 0.5:
            middle = keep[1:-1]
            rng.shuffle(middle)
            keep = [keep[0], *middle, keep[-1]]
        return Article(title[:150], [(None, keep)], f, "seed")
    title = headline(rng, f)
    n = paragraph_count(rng)
    paras = [lead(rng, f)]
    deck: list[str] = []
    while len(paras) < n:
        if not deck:  # a fresh deck: no paragraph repeats until every template is used
            deck = body_paragraphs(rng, f) + background_paragraphs(rng, f)
            rng.shuffle(deck)
            f.person, f.analyst = person(rng), person(rng)
        paras.append(deck.pop())
    origin = "template"
    if seeds and rng.random() < SEED_PARAGRAPH_RATE:
        origin = "template+seed"
        pool = [p for doc in seeds for p in doc[1:]]
        for p in rng.sample(pool, min(len(pool), rng.randrange(1, 4))):
            paras.insert(rng.randrange(1, len(paras) + 1), p)
    paras = inject(rng, f, paras, title)
    return Article(title, split_sections(rng, f, paras), f, origin)


# --- rendering -----------------------------------------------------------------------


def slug(text: str) -> str:
    words = "".join(c.lower() if c.isalnum() else " " for c in text).split()
    return "-".join(words[:6]) or "article"


def render_markdown(rng: random.Random, a: Article) -> str:
    f = a.facts
    tags = rng.sample(["business", "economy", "technology", "politics", "local", "markets"], 2)
    lines = [
        "---",
        f'title: "{a.title.replace(chr(34), chr(39))}"',
        f"date: {f.published.isoformat()}",
        f"author: {person(rng)}",
        f"publisher: {f.publisher}",
        "tags:",
        *[f"  - {t}" for t in tags],
        f"canonical_url: https://news.example.com/{f.published:%Y/%m}/{slug(a.title)}",
        "---",
        "",
    ]
    if rng.random() < 0.5:
        lines += [f"# {a.title}", ""]
    for heading, paras in a.sections:
        if heading:
            lines += [f"## {heading}", ""]
        for p in paras:
            roll = rng.random()
            if roll < 0.05 and p.startswith('"'):
                lines += [f"> {p}", ""]
            elif roll < 0.12:
                words = p.split()
                k = rng.randrange(0, max(1, len(words) - 3))
                anchor = " ".join(words[k : k + 3])
                url = f"https://example.org/{slug(anchor)}"
                lines += [p.replace(anchor, f"[{anchor}]({url})", 1), ""]
            else:
                lines += [p, ""]
        if rng.random() < 0.08:
            lines += [f"- {f.company}: {money(f.amount)}", f"- Jobs affected: {f.jobs:,}", ""]
    if rng.random() < 0.2:
        lines += [f"![{f.city} skyline at dusk](https://img.example.com/{slug(f.city)}.jpg)", ""]
    return "\n".join(lines)


def render_html(rng: random.Random, a: Article) -> str:
    f = a.facts
    e = functools.partial(html.escape, quote=False)  # text content keeps its quotes
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(a.title)} | {e(f.publisher)}</title>",
        f'<meta name="author" content="{e(person(rng))}">',
        f'<meta name="date" content="{f.published.isoformat()}">',
        "<script>window.dataLayer = window.dataLayer || [];</script>",
        "</head>",
        "<body>",
    ]
    if rng.random() < 0.4:
        out.append(
            '<nav><a href="/">Home</a> <a href="/business">Business</a> '
            '<a href="/world">World</a></nav>'
        )
    out += ["<article>", f"<h1>{e(a.title)}</h1>"]
    out.append(f'<p class="byline">By {e(person(rng))} &middot; {f.published:%d %B %Y}</p>')
    for heading, paras in a.sections:
        if heading:
            out.append(f"<h2>{e(heading)}</h2>")
        for p in paras:
            if p.startswith('"') and rng.random() < 0.1:
                out.append(f"<blockquote><p>{e(p)}</p></blockquote>")
            elif rng.random() < 0.1:
                words = p.split()
                k = rng.randrange(0, max(1, len(words) - 3))
                anchor = " ".join(words[k : k + 3])
                linked = e(p).replace(
                    e(anchor), f'<a href="https://example.org/{slug(anchor)}">{e(anchor)}</a>', 1
                )
                out.append(f"<p>{linked}</p>")
            else:
                out.append(f"<p>{e(p)}</p>")
    if rng.random() < 0.25:
        out.append(
            f'<figure><img src="https://img.example.com/{slug(f.city)}.jpg" '
            f'alt="{e(f.city)} harbour"><figcaption>{e(f.city)}, where {e(f.company)} '
            "has its largest site.</figcaption></figure>"
        )
    out.append("</article>")
    if rng.random() < 0.3:
        out.append(f"<footer><p>&copy; {f.year} {e(f.publisher)}</p></footer>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def render_text(rng: random.Random, a: Article) -> str:
    f = a.facts
    lines = [a.title, ""]
    if rng.random() < 0.6:
        lines += [f"By {person(rng)}", f"{f.published:%B %d, %Y}", ""]
    for heading, paras in a.sections:
        if heading and rng.random() < 0.5:
            lines += [heading, ""]
        for p in paras:
            lines += [p, ""]
    return "\n".join(lines)


RENDER = {"md": render_markdown, "html": render_html, "txt": render_text}


def load_seeds(folder: Path) -> list[list[str]]:
    """Each seed document as [title, paragraph, ...] (paragraphs of at least 8 words)."""
    docs = []
    if not folder.is_dir():
        return docs
    for path in sorted(folder.iterdir()):
        if path.suffix not in {".txt", ".md"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.startswith("---"):
            end = text.find("\n---", 3)
            text = text[end + 4 :] if end > 0 else text
        blocks = [" ".join(b.split()) for b in text.split("\n\n")]
        blocks = [b for b in blocks if b]
        if not blocks:
            continue
        title = blocks[0].lstrip("#").strip()
        paras = [b for b in blocks[1:] if len(b.split()) >= 8]
        if paras:
            docs.append([title, *paras])
    return docs


def pick_format(rng: random.Random) -> str:
    roll, acc = rng.random(), 0.0
    for ext, share in FORMATS:
        acc += share
        if roll < acc:
            return ext
    return FORMATS[-1][0]


def generate(count: int, out: Path, seed: int = 7, seeds_dir: Path = DEFAULT_SEEDS) -> dict:
    """Write ``count`` articles into ``out`` (emptied first); return the manifest."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    seeds = load_seeds(seeds_dir)
    files, digest = [], hashlib.sha256()
    for i in range(count):
        rng = random.Random(f"newslint-bench:{seed}:{i}")
        article = build_article(rng, seeds)
        ext = pick_format(rng)
        text = RENDER[ext](rng, article)
        name = f"{i:05d}-{slug(article.title)[:48]}.{ext}"
        sub = out / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        data = text.encode("utf-8")
        (sub / name).write_bytes(data)
        digest.update(name.encode() + b"\0" + data)
        files.append(
            {
                "path": f"{sub.name}/{name}",
                "format": ext,
                "bytes": len(data),
                "words": len(text.split()),
                "origin": article.origin,
                "defects": article.facts.defects,
            }
        )
    manifest = summarize(files, seed, count, digest.hexdigest())
    (out / "manifest.json").write_text(json.dumps({**manifest, "files": files}, indent=1))
    return manifest


def summarize(files: list[dict], seed: int, count: int, sha: str) -> dict:
    by_format: dict[str, int] = {}
    by_defect: dict[str, int] = {}
    for item in files:
        by_format[item["format"]] = by_format.get(item["format"], 0) + 1
        for d in item["defects"]:
            by_defect[d] = by_defect.get(d, 0) + 1
    words = sorted(item["words"] for item in files) or [0]
    return {
        "seed": seed,
        "count": count,
        "sha256": sha,
        "bytes": sum(item["bytes"] for item in files),
        "words": sum(words),
        "words_min_median_max": [words[0], words[len(words) // 2], words[-1]],
        "formats": by_format,
        "defects": by_defect,
        "with_defects": sum(1 for item in files if item["defects"]),
        "from_seeds": sum(1 for item in files if item["origin"] != "template"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "corpus", help="output folder (emptied)"
    )
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument(
        "--seeds-dir", type=Path, default=DEFAULT_SEEDS, help="seed documents to borrow from"
    )
    args = parser.parse_args(argv)
    manifest = generate(args.count, args.out, args.seed, args.seeds_dir)
    print(json.dumps(manifest, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
