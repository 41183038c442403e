"""Institution names and the words a synonym spinner puts into them.

A spinner rewrites a proper name word by word like any other phrase: the "Australian
Competition and Consumer Commission" becomes the "Australian Rivalry and Purchaser
Commission", a "Supreme Court of Appeal" a "Preeminent Court of Allure". No list of
names can foresee which name an article carries, but the words that make up
institution names are few, and so are the thesaurus entries a spinner draws on for
them. `garbled._spun_institutions` looks at Title-Case names ending in or built on
one of `HEADS` and reports a modifier word that is a spinner's substitute
(`SUBSTITUTES`) for a word of `NAME_WORDS` while not being a name word itself.

NAME_WORDS is every word that normally stands in such names, so that a substitute
that is also a name word ("Security" for safety, "Public" for national, "Income" for
revenue) is never reported.
"""

from __future__ import annotations

# Words that head an institution's name ("... Commission", "Court of ...").
_HEADS = """
    court courts commission authority agency ministry department council tribunal board
    bureau service office committee inquiry regulator ombudsman directorate secretariat
    administration institute corporation fund bank
"""
HEADS: frozenset[str] = frozenset(_HEADS.split())

# Name word -> the telling substitutes a thesaurus-driven spinner picks for it. Only
# words that stand in institution names; each substitute is one no institution uses.
# Common substitutes were dropped (see TELLING_BELOW).
_NAME_SUBSTITUTES_TEXT = """
    competition: rivalry contention
    consumer: purchaser shopper
    supreme: preeminent incomparable
    appeal: allure
    appeals: allures
    energy: vitality vigor vigour zest
    revenue: incomes
    human: mortal
    rights: entitlements
    environment: surroundings
    protection: shielding
    defence: safeguard
    defense: safeguard
    foreign: unfamiliar
    affairs: undertakings
    home: homegrown
    treasury: depository coffer coffers
    education: schooling
    transport: conveyance
    communications: interchanges correspondences
    reserve: stockpile
    central: focal
    electoral: appointive
    planning: arranging
    housing: dwelling
    food: nourishment sustenance
    drug: medicate narcotic
    standards: norms
    medicines: prescriptions
    fair: equitable
    labour: toil
    police: constabulary
    statistics: insights
    prosecutions: indictments arraignments
    high: towering lofty
    district: locale
    criminal: lawbreaker felony
    broadcasting: airing
    markets: showcases
    regulation: guideline
    integrity: uprightness
    corruption: debasement defilement
    anti-corruption: anti-debasement
    water: aqua
    prudential: judicious
    disaster: calamity
    prosecution: indictment arraignment
    family: kin
"""
_NAME_SUBSTITUTES: dict[str, tuple[str, ...]] = {
    word: tuple(subs.split())
    for word, subs in (
        line.strip().split(":") for line in _NAME_SUBSTITUTES_TEXT.strip().splitlines()
    )
}

# Words that stand in institution names besides the keys above: a substitute that is
# one of these ("Security", "Public", "Income", "Administrative") is a name word.
_MORE_NAME_WORDS = """
    national state federal government public general royal international european world
    united american australian british indian canadian african asian local regional city
    county municipal metropolitan rural urban northern southern eastern western
    new old first second third higher lower upper senior junior special select joint
    standing permanent independent parliamentary legislative executive judicial
    administrative constitutional military armed army navy naval air force forces
    veterans veteran pension pensions social welfare services service care medical
    hospital hospitals mental disability children's women's youth aged elderly
    housing land lands natural resources mineral minerals mines mining oil gas petroleum
    nuclear atomic space aeronautics ocean oceanic atmospheric weather meteorological
    geological survey census statistical statistics trade industry industrial commerce
    economic economy business enterprise enterprises small investment investments
    securities exchange insurance banking bank banks credit reserve monetary financial
    fiscal budget accounts accounting auditor audit income inland internal revenue
    customs excise border protection homeland security safety transport
    transportation highway highways road roads roads railway railways rail aviation
    civil marine shipping ports port harbour harbor water waters energy electricity
    power utilities utility telecommunications communications postal media broadcasting
    press information technology digital science scientific research innovation
    education educational schools school universities university training skills
    employment labour labor work workplace fair relations industrial wages
    immigration citizenship refugee refugees asylum justice legal law laws crown
    prosecution prosecutions prosecutor police corrections correctional prisons prison
    probation parole sentencing criminal appeal appeals high supreme district circuit
    magistrates magistrate family claims small land environment court tax
    environmental protection conservation wildlife parks heritage culture cultural arts
    tourism sport sports recreation food drug drugs agriculture agricultural fisheries
    forestry forest forests rural primary veterinary animal plant health public
    medicines medicine therapeutic goods pharmaceutical standards quality competition
    consumer consumers markets market conduct prudential regulation regulatory ethics
    integrity anti corruption investigation investigations intelligence foreign affairs
    home interior defence defense development planning infrastructure works urban
    regional communities community local electoral election elections human rights
    equal opportunity equality equity ombudsman privacy data freedom disaster emergency
    management fire rescue ambulance climate change
    telecom wellbeing wellness privileges advancement scrutiny examinations
    horticulture assurance fairness lodging safeguards protections catastrophe
    constituent ecological receipts marketplace marketplaces paramount pleas common
    """

# Name words whose spinner substitutes are all common words (none is reported).
_PLAIN_NAME_WORDS = """
    justice health trade environmental finance securities exchange investigation
    investigations federal election safety work employment immigration border emergency
    management development agriculture commerce audit civil aviation media market
    conduct regulatory intelligence power infrastructure tax taxation customs maritime
    monetary financial conservation wildlife industry science research security public
    children
"""
NAME_WORDS: frozenset[str] = (
    frozenset(_MORE_NAME_WORDS.split())
    | frozenset(_PLAIN_NAME_WORDS.split())
    | frozenset(_NAME_SUBSTITUTES)
)

# Substitute (lowercase, one word) -> the name word it replaces. Every substitute is
# telling: rarer than Zipf TELLING_BELOW in wordfreq (checked by the tests, not at run
# time, so that a warm run never imports wordfreq). Commoner words ("Growth",
# "Improvement", "Study", "Common", "Inspection") stand in real names too often
# (measured on the Brown corpus: "Diversified Growth Stock Fund", "Court of Common
# Pleas", "Office of Minerals Exploration") and were left out.
TELLING_BELOW = 3.9
SUBSTITUTES: dict[str, str] = {
    sub: word for word, subs in _NAME_SUBSTITUTES.items() for sub in subs if sub not in NAME_WORDS
}
