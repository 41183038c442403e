"""Build src/newslint/garbledata/spun.py (spun variants of established terms) and
spun_telling.py (the substitutes that tell a swap, for the spun-article pass).

Crosses every established term in garbledata/lexicon.py and
garbledata/news_terms.py (fixed terms and term families) with the spinner
synonyms of its words, drops variants that are ordinary English (ORDINARY, or
made only of plain synonyms: COMMON_SWAPS) and those the tortured-phrase pack
(NL401) already lists, and writes the table as a Python dict so that linting
pays no build cost. Run tools/build_tortured_pack.py first when the pairs change.

    .venv/bin/python tools/build_spun_table.py
    .venv/bin/python tools/build_spun_table.py --check DIR...   # curate ORDINARY

`--check` does not write the table: it lists the variants that occur in the
.txt/.md files under each DIR (edited prose: whatever it finds there is a
candidate for ORDINARY or COMMON_SWAPS).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newslint.garbledata import lexicon, news_terms  # noqa: E402

OUT = ROOT / "src" / "newslint" / "garbledata" / "spun.py"
TELLING_OUT = ROOT / "src" / "newslint" / "garbledata" / "spun_telling.py"
PACK = ROOT / "rules" / "tortured-phrases.yaml"


def plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|sh|ch|x|z)$", word):
        return word + "es"
    return word + "s"


def norm(phrase: str) -> str:
    return " ".join(phrase.lower().replace("-", " ").split())


def pack_variants() -> set[str]:
    keys = set()
    for line in PACK.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s+'(.+?)': '", line)
        if m:
            plain = m.group(1).replace("[- ]", " ").replace(r"\s+", " ").replace("\\", "")
            keys.add(norm(plain))
    return keys


def terms() -> list[str]:
    """Every established term: both lists, and each family's modifier + head."""
    out = dict.fromkeys([*lexicon.TERMS, *news_terms.TERMS])
    for head, modifiers in news_terms.FAMILIES.items():
        out.update(dict.fromkeys(f"{m} {head}" for m in modifiers))
    return list(out)


def synonyms() -> dict[str, tuple[str, ...]]:
    """Spinner substitutes by word, both lists merged (a word never replaces itself)."""
    merged: dict[str, dict[str, None]] = {}
    for table in (lexicon.SYNONYMS, news_terms.SYNONYMS):
        for word, subs in table.items():
            merged.setdefault(word, {}).update(dict.fromkeys(s for s in subs if s != word))
    return {w: tuple(s) for w, s in merged.items() if s}


ODD = 3.6  # wordfreq Zipf: a substitute seen less than about 4 times per million words


def rare(sub: str) -> bool:
    """A substitute rarer than about 4 per million words (every word of it)."""
    return all(zipf_frequency(t, "en") < ODD for t in sub.split())


def telling(word: str, sub: str) -> bool:
    """A swap that gives spun text away: a rare substitute, or a common one that
    writers do not choose for that word (news_terms.MARKED_SWAPS)."""
    return rare(sub) or sub in news_terms.MARKED_SWAPS.get(word, ())


def holds_pack_entry(variant: str, known: set[str]) -> bool:
    """Whether the variant, or a run of two words or more in it, is a pack entry:
    NL401 reports that part, and one phrase should get one finding."""
    words = variant.split()
    return any(
        " ".join(words[i:j]) in known
        for i in range(len(words))
        for j in range(i + 2, len(words) + 1)
    )


def acceptable(variant: list[str], words: list[str]) -> bool:
    """Spinners mostly pick common words ("energy area", "work market"), so a
    variant with common substitutes is kept when every swap in it is telling;
    a variant of three words or more also when two swaps or more are made and
    one is telling ("general wellbeing authorities"), and any variant whose
    swaps are telling or plain synonyms, one at least telling ("leader cell
    phone" for flagship smartphone). Never when every swap is
    a plain synonym (COMMON_SWAPS: "military assistance", "contagious
    disease"); ordinary collocations are dropped through ORDINARY. Both lists
    were filled by running the table over edited prose (see --check)."""
    swaps = [(w, v) for v, w in zip(variant, words, strict=True) if v != w]
    if all(v in news_terms.COMMON_SWAPS.get(w, ()) for w, v in swaps):
        return False
    marks = [telling(w, v) for w, v in swaps]
    if all(marks) or (len(words) >= 3 and len(swaps) >= 2 and any(marks)):
        return True
    plain = news_terms.COMMON_SWAPS
    if any(marks) and all(
        m or v in plain.get(w, ()) for m, (w, v) in zip(marks, swaps, strict=True)
    ):
        return True  # a telling swap beside plain synonyms: "leader cell phone"
    return any(rare(v) and v not in plain.get(w, ()) for w, v in swaps)  # "irresistible illness"


def _same_letters(variant: str, term: str) -> bool:
    """The variant is the term itself, spelled open, hyphenated or closed up."""
    return variant.replace(" ", "") == term.replace(" ", "")


def build() -> dict[str, str]:
    known = pack_variants()
    all_terms, subs = terms(), synonyms()
    ordinary = {norm(o) for o in lexicon.ORDINARY | news_terms.ORDINARY}
    ordinary |= {norm(t) for t in all_terms}
    table: dict[str, str] = {}
    for term in all_terms:
        words = term.split()
        variants: list[list[str]] = [[]]
        for w in words:
            variants = [[*v, o] for v in variants for o in (w, *subs.get(w, ()))]
        for variant in variants:
            key = norm(" ".join(variant))
            if variant == words or key in ordinary or not acceptable(variant, words):
                continue
            forms = [(variant, words)]
            if not words[-1].endswith("s") and not variant[-1].endswith("s"):
                forms.append(
                    ([*variant[:-1], plural(variant[-1])], [*words[:-1], plural(words[-1])])
                )
            for spun, fixed in forms:
                k = norm(" ".join(spun))
                if k in ordinary or _same_letters(k, norm(" ".join(fixed))):
                    continue  # an ordinary phrase, or the term closed up ("preorders")
                if holds_pack_entry(k, known):
                    continue
                table.setdefault(k, " ".join(fixed))
    return table


def check(folders: list[str]) -> None:
    """Print each generated variant found in clean prose, with its count."""
    table, counts = build(), {}
    longest = max(len(k.split()) for k in table)
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.suffix not in (".txt", ".md") or not path.is_file():
                continue
            words = re.findall(r"[a-z]+(?:'[a-z]+)?", path.read_text(errors="replace").lower())
            for i in range(len(words)):
                for n in range(2, longest + 1):
                    key = " ".join(words[i : i + n])
                    if key in table:
                        counts[key] = counts.get(key, 0) + 1
    for key, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"{n:4d}  {key}  <- {table[key]}")


def main() -> None:
    if sys.argv[1:2] == ["--check"]:
        check(sys.argv[2:])
        return
    table = build()
    for text in (*table, *table.values(), *pack_variants()):
        assert not set(text) & set('|"\\\n'), text  # kept out of the string tables
    # One string per table, split at import: a big dict literal costs some 35 ms
    # to compile where no bytecode cache is written; a string costs almost nothing.
    lines = [
        '"""Spun variants of established terms (generated by tools/build_spun_table.py)."""',
        "",
        '_SPUN = """\\',
        *(f"{k}|{v}" for k, v in sorted(table.items())),
        '"""',
        "",
        "# variant -> established term",
        'SPUN: dict[str, str] = dict(line.split("|") for line in _SPUN.splitlines())',
        "",
        '_PACKED = """\\',
        *sorted(pack_variants()),
        '"""',
        "",
        "# Plain variants of the tortured-phrase pack (NL401 reports them; NL402 does not).",
        "PACKED: frozenset[str] = frozenset(_PACKED.splitlines())",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {len(table)} variants to {OUT.relative_to(ROOT)}")
    write_telling()


def write_telling() -> None:
    """The substitutes that tell a swap, answered from wordfreq here so that linting
    never loads it (its tables cost about 50 MB in every process)."""
    from newslint.garbledata.spun_words import compute_telling

    telling = compute_telling()
    for text in (*telling, *telling.values()):
        assert not set(text) & set('|"\\\n'), text  # kept out of the string table
    lines = [
        '"""Spinner substitutes that tell a swap -> the word they likely replaced',
        '(generated by tools/build_spun_table.py from the substitute lists and wordfreq)."""',
        "",
        '_TELLING = """\\',
        *(f"{k}|{v}" for k, v in telling.items()),
        '"""',
        "",
        'TELLING: dict[str, str] = dict(line.split("|") for line in _TELLING.splitlines())',
        "",
    ]
    TELLING_OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {len(telling)} substitutes to {TELLING_OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
