"""Unsupported claims (NL2xx): the facts a copy editor marks "source?" in the margin.

Two questions per sentence of the article's own voice (quotes, headings,
questions and drafting notes are skipped):

1. Does it carry a check-worthy claim? Regex cues find figures (money,
   percentages, counts, rankings), peacock terms and superlatives, trend and
   causal claims, generalisations and predictions stated as fact; the shipped
   check-worthiness model (newslint.claimmodel) scores the sentence and gates
   the softer kinds, so that "the best way to go" does not count as a ranking.
2. Is it supported? A named source with a reporting verb in the sentence or
   earlier in its paragraph ("said", "told", "according to", "in a statement",
   "data from"), a link or a footnote marker in the sentence. Anonymous crowds
   ("experts say", "some analysts") never count as a source; the weasel pack
   (rules/claims-weasel.yaml) flags them on its own.

The message names the kind of claim and what would support it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import re2

from newslint import lazyre
from newslint.checks.base import Check, Context, rule
from newslint.claimmodel import score as claim_score
from newslint.document import Block, Document, Sentence
from newslint.model import Finding
from newslint.regexset import PatternSet
from newslint.segment import asks

_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False


def _fast(pattern: str, flags: int = 0) -> Any:
    """Compile a large alternation with RE2: linear time, and far faster than `re` here."""
    return re2.compile(f"(?i){pattern}" if flags & re.I else pattern, _RE2_OPTIONS)


def _spans(rx: Any, text: str) -> Iterator[tuple[int, int]]:
    """The spans of an RE2 pattern's matches in `text`, as rx.finditer gives them.

    An ASCII text is searched as its bytes, which are its characters: the wrapper
    then skips what costs it most per match on a str (encoding the text again and
    converting every byte offset back to a character offset).
    """
    data = text.encode("ascii") if text.isascii() else text
    return (m.span() for m in rx.finditer(data))


# --- what makes a claim -----------------------------------------------------------

_NUM = r"\d(?:[\d,.]*\d)?"
_MAGNITUDE = r"(?:thousand|million|billion|trillion|mn|bn|m|b|k)\b"
_MONEY = _fast(
    rf"(?:[$£€¥₹₩]|\b(?:US|A|C|HK|NZ)\$|\bRs\.?)\s?{_NUM}(?:\s?(?:{_MAGNITUDE}|lakh|crore)\b)?"
    rf"|\b{_NUM}\s?(?:{_MAGNITUDE}\s?)?(?:dollars|euros|pounds|yuan|yen|rupees)\b"
    r"|\b(?:hundreds|thousands|millions|billions|trillions)(?:,? if not [\w ]{2,30}?,)?"
    r" of (?:dollars|euros|pounds)\b"
    r"|\bmulti-?(?:million|billion|trillion)[- ](?:dollar|euro|pound)\b",
    re.I,
)
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
_PERCENT = _fast(
    r"\b\d[\d,.]*\s?(?:%|percent\b|per cent\b|percentage points?\b)"
    rf"|\b{_SMALL} (?:in|out of) {_SMALL}\b"
    r"|\b(?:by|to|nearly|almost|about|roughly|more than|less than|over|under) (?:a|one|two)"
    r" (?:half|third|quarter|fifth|tenth)s?\b"
    # "twice as often as a generation ago": a measured ratio, in words.
    r"|\b(?:twice|three times|four times|five times|ten times|half) as (?:often|likely|many"
    r"|much|frequent|common|fast|quickly) as\b"
    # "Nearly half of business travellers ...": a share of a population, as a word.
    r"|\b(?:nearly|almost|about|around|roughly|more than|less than|over|under|just over"
    r"|just under|barely|fewer than|close to) (?:half|two-thirds|three-quarters|a majority)"
    r" (?:of|the)\b",
    re.I,
)
_COUNT = lazyre.compile(
    r"\b\d{1,3}(?:,\d{3})+\b(?!\s*(?:BC|AD))"  # 12,000
    r"|\b\d[\d.]*\s?(?:million|billion|trillion|bn|mn)\b"  # 3 million
    r"|\b\d{2,}\s+(?:people|jobs|workers|employees|staff|users|customers|deaths|cases|homes"
    r"|countries|companies|firms|stores|vehicles|cars|units|patients|students|members"
    r"|votes|deaths|troops|migrants|children|residents|subscribers|downloads|visitors)\b",
    re.I,
)
_RANKING = _fast(
    r"\b(?:ranked|ranks|ranking)\s+(?:No\.\s?\d+|\d+(?:st|nd|rd|th)|first|second|third|top)\b"
    r"|\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))[- ](?:largest|biggest|highest|lowest"
    r"|most|best|worst|richest|busiest)\b"
    r"|\bthe top \d+\b",
    re.I,
)
_MEASURE = _fast(
    r"\b\d+(?:\.\d+)?\s?(?:hours?|minutes?)\s(?:a|per|each)\s(?:day|week|night|month)\b"
    r"|\b(?:an|the) average of (?:about |around |roughly |nearly |more than )?\d[\d,.]*"
    r"|\b\d[\d,.]*\s(?:million\s|billion\s)?(?:tons|tonnes|barrels|acres|hectares|gallons"
    r"|litres|liters|megawatts|gigawatts|terawatt-hours|kilowatt-hours)\b",
    re.I,
)
_FIGURE_KINDS = (
    ("money", _MONEY),
    ("percentage", _PERCENT),
    ("count", _COUNT),
    ("measure", _MEASURE),
    ("ranking", _RANKING),
)

_PEACOCK = _fast(
    r"\b(?:world[- ]class|world[- ]renowned|renowned|world[- ]famous"
    r"|best[- ]in[- ]class|industry[- ]leading|market[- ]leading|cutting[- ]edge"
    r"|state[- ]of[- ]the[- ]art"
    r"|groundbreaking|revolutionary|game[- ]changing|unparalleled|unrivall?ed|second to none"
    r"|the (?:undisputed |clear |global |world |market |industry )?leader (?:in|among)"
    r"|the (?:undisputed |clear |global |world |market |industry )?leader of the"
    r" (?:market|industry|sector|pack|field)\b"
    r"|one of the (?:most [\w-]+|leading|best|top|foremost|premier|largest|biggest|greatest|fastest"
    r"|few|major|pre-?eminent|key|world's)\b[\w-]*"
    r"|a (?:leading|premier|foremost|pre-?eminent) (?:global |international )?\w+)",
    re.I,
)
_SUPERLATIVE = _fast(
    r"\b(?:the|its|their|his|her|world's|world’s|country's|country’s|nation's|nation’s"
    r"|(?:the )?(?:planet|continent|region|state|city|county|island|industry|sector)['’]s"
    r"|(?-i:[A-Z][a-z]+)['’]s)"
    r" (?:(?:single|very|all-time) )?(?:largest|biggest|highest|lowest|fastest|oldest|richest"
    r"|greatest|smallest|strongest|weakest|worst|best|finest|longest|tallest|deepest"
    r"|busiest|wealthiest|poorest|safest|deadliest|cheapest|youngest|hottest|coldest|wettest"
    r"|driest|warmest|heaviest|costliest|boldest|bravest|grandest|proudest|harshest|toughest"
    r"|brightest|cleverest|smartest|greenest|cleanest|dirtiest|riskiest|boldest"
    r"|most[ -]\w+|least[ -]\w+)\b"
    # "first" and "only" are claims only as "the first X to": "the first half" is not.
    r"|\bthe (?:world's |world’s |country's |country’s |nation's |nation’s )?(?:first|only)"
    r" (?:[\w-]+ ){1,3}(?:to|ever)\b"
    r"|\b(?:record|all-time)[- ](?:high|low|levels?|profits?|revenue|sales|numbers|breaking)\b"
    r"|\bunprecedented\b|\bfirst[- ]ever\b|\bnever before\b"
    r"|\b(?:has|have) never been (?:in (?:a |an )?)?(?:greater|higher|bigger|larger|stronger"
    r"|weaker|worse|better|lower|smaller|poorer|richer|tougher|harder|busier|more \w+|less \w+)\b"
    # An absolute comparison: "There is no spinner in world cricket who reads a surface
    # better than Kulkarni", "no other city does it more cheaply than".
    r"|\bthere (?:is|are|was|has been) no (?:other )?(?:[\w-]+ ){1,6}?(?:who|that|which)"
    r" (?:[\w'’-]+ ){0,6}?(?:better|worse|more \w+|faster|harder) than\b"
    r"|\bno (?:other )?(?:[\w-]+ )?(?:country|city|company|team|player|side|club|firm|nation"
    r"|region|state|league|rival) (?:[\w'’-]+ ){0,6}?(?:better|worse|more \w+|faster) than\b"
    # ... with any noun opening the sentence: "No crop matters more to Ghanaians than cocoa".
    r"|\b(?-i:No) (?:other |single )?(?:[a-z-]+ ){1,2}?(?:[a-z]{3,}s|is|was|has|does)"
    r" (?:more|less|better|worse|harder|faster|longer)\b[^.;!?]{0,50}?\bthan\b"
    # A title as ranking: "the lithium capital of the world", "the world's crypto capital".
    r"|\bthe (?:[\w-]+ ){1,2}capital of the (?:world|planet|universe)\b"
    r"|\bthe world['’]s (?:[\w-]+ )(?-i:capital)\b"
    r"|\b(?:more|fewer|higher|lower|bigger|greater) [\w -]{0,30}than ever(?: before)?\b",
    re.I,
)
# Superlatives measured against all time are claims however the model scores them.
_RECORD = _fast(
    r"\bthe (?:\w+est|worst|best|most[ -][\w-]+) (?:[\w'’-]+ ){0,7}?(?:ever|on record"
    r"|in (?:history|a century"
    r"|over a century|decades|a generation|living memory|\d+ years"
    r"|(?:the |its |their )?(?:[\w-]+['’]s )?(?:[\w-]+ )?history))\b",
    re.I,
)
# A ranking against a whole region stated as the subject's standing: "Irish homes are
# the draughtiest in Europe", "the state's tax is the highest in the country".
_LEAGUE = _fast(
    r"\b(?:is|are|was|were|remains?|remained|has become|have become|ranks? as|becoming"
    r"|turning into|emerging as) the"
    r" (?:[a-z]{3,}est|most [a-z]+|least [a-z]+|worst|best) (?:[a-z-]+ ){0,3}?in"
    r" (?:the )?(?:(?:West|East|North|South|Central|Southern|Northern|Eastern|Western"
    r"|Southeast|South-East|sub-Saharan) )?(?:world|Europe|Africa|Asia|EU|European Union"
    r"|OECD|Latin America"
    r"|South America|North America|Americas|Middle East|G7|G20|Commonwealth|continent|region"
    r"|developed world|West|country|nation)\b"
    # What a country has, ranked against its region: "Senegal has the most militant
    # teachers' unions in West Africa", "has the highest murder rate in Latin America".
    r"|\b(?:has|have|had|boasts?) the (?:[a-z]{3,}est|most [a-z]+|least [a-z]+|worst|best)"
    r" (?:[a-z'’-]+ ){1,3}?in (?:the )?(?:(?:West|East|North|South|Central|Southern|Northern"
    r"|Eastern|Western|Southeast|South-East|sub-Saharan) )?(?:world|Europe|Africa|Asia|EU"
    r"|European Union|OECD|Latin America|South America|North America|Americas|Middle East"
    r"|Caribbean|Pacific|Balkans|Gulf|Sahel|continent|region|developed world)\b"
    # ... or against a whole field: "the toughest summit finish in South American cycling".
    r"|\b(?:is|are|was|were|remains?|remained|has become|have become|ranks? as) the"
    r" (?:[a-z]{3,}est|most [a-z]+|least [a-z]+|worst|best) (?:[a-z-]+ ){0,2}?in"
    r" (?:world|(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?) (?:cycling|football|soccer|cricket"
    r"|rugby|tennis|golf|sport|sports|athletics|racing|motorsport|basketball|baseball|hockey"
    r"|boxing|swimming|skiing|politics|business|banking|finance|retail|music|cinema|film"
    r"|television|publishing|tech|technology|fashion|aviation|shipping|history)\b"
    # A ranking as a comparison with every rival: "more unicorns per capita than any
    # other country in Europe", "more debt than anywhere else in Latin America".
    r"|\b(?:more|fewer|less|higher|lower|bigger|larger|greater|better|worse|faster|cheaper"
    r"|richer|poorer) (?:[\w'’-]+ ){0,5}?than (?:anywhere else|any (?:other )?(?:rival|competitor"
    r"|country|city|nation|region|state|province|county|town|team|club|company|firm|league"
    r"|airport|port|airline|carrier|bank|brand|network|platform|university|school|hospital"
    r"|market|economy|industry|sector)|all (?:its |their )?(?:other |rival |neighbouring )?"
    r"(?:countries|cities|nations|rivals|competitors|neighbou?rs|regions|states))\b"
    # ... or with several rivals summed: "larger than those of Argentina and Chile combined".
    r"|\b(?:more|fewer|less|higher|lower|bigger|larger|greater) (?:[\w'’-]+ ){0,5}?than"
    r" (?:[\w'’-]+ ){0,4}?(?-i:[A-Z])[\w'’-]* (?:and|or) (?:[\w'’-]+ ){0,2}?(?-i:[A-Z])[\w'’-]*"
    r" (?:combined|put together)\b",
    re.I,
)
# "-est" words that are not superlatives: "the interest in Europe".
_NOT_SUPERLATIVE = frozenset(
    {"interest", "latest", "protest", "contest", "request", "forest", "harvest", "conquest",
     "honest", "modest", "manifest", "inquest", "arrest", "unrest", "behest", "bequest"}
)  # fmt: skip
_TREND = _fast(
    r"\b(?:doubled|tripled|quadrupled|halved|soared|skyrocketed|plummeted|plunged|surged"
    r"|ballooned|collapsed|exploded)\b"
    r"|\bcontinues? to (?:surge|soar|skyrocket|explode|plummet|grow rapidly|grow exponentially)\b"
    r"|\b(?:is|are|has been|have been) (?:growing|rising|falling|declining|shrinking|increasing"
    r"|decreasing) (?:at (?:an? )?(?:very |extremely )?"
    r"(?:high|rapid|fast|alarming|record|unprecedented) (?:pace|rate)"
    r"|rapidly|fast|sharply|dramatically|exponentially)\b"
    r"|\b(?:has|have) (?:risen|fallen|grown|increased|declined|dropped|climbed|shrunk|slumped)"
    r" (?:sharply|dramatically|steeply|rapidly|significantly|substantially|markedly)\b"
    r"|\b(?:is|are|has been|have been) in (?:a )?(?:steady|sharp|steep|long-term|terminal|rapid"
    r"|continuous|constant|gradual|long|serious|irreversible) decline\b"
    # A cause ranked first: "Social conflicts are the primary driver of project delays".
    r"|\b(?:is|are|remains?|has become|have become) (?:now )?the (?:single )?(?:primary"
    r"|main|principal|chief|leading|biggest|largest|major|greatest|number one|root) (?:driver"
    r"|cause|reason|engine|culprit) (?:of|for|behind)\b"
    # ... or among the first reasons for one situation: "Home births are a major reason
    # why Tajikistan lags behind" ("one of the chief causes of lung disease" is textbook).
    r"|\b(?:is|are|remains?|has become|have become) (?:now |also )?(?:a|one) (?:of the )?"
    r"(?:primary|main|principal|chief|leading|major|key|big|significant) (?:(?:drivers?"
    r"|culprits?) (?:of|behind)|reasons? (?:why|for|behind))\b"
    r"|\b(?:led to|leads to|caused|causes|resulted in|results in|is responsible for"
    r"|are responsible for|is driving|are driving|has driven|drove)\b",
    re.I,
)
_GENERAL = _fast(
    r"\b(?:studies|research|science|data|evidence|surveys|polls) (?:(?:has|have) )?"
    r"(?:(?:long|consistently|repeatedly|also|clearly|already|previously|time and again) )?"
    r"(?:show|shows|shown|prove|proves|proven|suggest|suggests|suggested|confirm|confirms"
    r"|confirmed|indicate|indicates|indicated)\b"
    r"|\b(?:most|all|many) (?:economists|scientists|doctors|experts|analysts|americans|people"
    r"|consumers|investors|companies|businesses|passengers|commuters|residents|voters|fans"
    r"|supporters|patients|parents|shoppers|customers|tenants|drivers|motorists|taxpayers"
    r"|households|families|readers|viewers|listeners|members|britons|locals"
    r"|[a-z]+(?:ers|ors|ists|ians))"
    r" (?:(?:now|still|already|also|increasingly|privately|secretly|quietly) )?"
    r"(?:agree|believe|think|say|know|accept|prefer|back|support|oppose|want|favou?r|reject"
    r"|welcome|blame|trust|distrust|expect|fear|feel)\b"
    # A majority's verdict, whoever they are: "Most farmers now regard the programme as
    # a failure", "Most nurses see the offer as an insult".
    r"|\b(?:most|many|the majority of) (?:[a-z-]+ )?[a-z]{3,}s (?:(?:now|still|already|also"
    r"|increasingly|privately) )?(?:see|regard|consider|view) (?:[\w'’-]+ ){1,6}?as\b"
    r"|\bevery (?:[\w-]+ ){0,2}?(?:[a-z]+(?:er|or|ist|ian|ent|ant)|fan|parent|voter|resident"
    r"|homeowner|shopper|citizen|owner) (?:knows|agrees|understands|will tell you|remembers)\b"
    # A market or season's habit as law: "Rates always drop in the run-up to Christmas."
    r"|\b[a-z]+s (?:always|invariably|inevitably) (?:rise|fall|drop|climb|go up|go down"
    r"|increase|decrease|spike|dip|rally|recover|sell out|pick up|slow down)\b"
    r"|\b(?:everyone|everybody|nobody|no one)(?: (?:in|at|on|across|who follows) (?:the |this )?"
    r"[\w-]+(?: [\w-]+)?)? (?:knows|agrees|believes|doubts|disputes|expects|thinks|assumes"
    r"|accepts|reckons|predicts|suspects"
    r"|saw (?:this|it|that) coming|expected (?:this|it|that)|predicted (?:this|it|that))\b"
    # A whole community's stance as fact: "Everybody in the Lipez communities is opposed".
    r"|\b(?:everyone|everybody)(?: (?:in|at|on|across|from) (?:the |this )?(?:[\w-]+ ){1,3}?)?"
    r"(?:is|are|was|were) (?:(?:now|still|firmly|strongly|completely|totally) )?(?:opposed"
    r"|against|in favou?r|united|convinced|unhappy|angry|furious|delighted|fed up)\b"
    # A group's verdict as near-unanimous: "Commuters overwhelmingly support the plan".
    r"|\b[a-z]{3,}s (?:(?:now|still|already) )?(?:overwhelmingly|universally|unanimously"
    r"|almost universally|wholeheartedly) (?:support|oppose|back|favou?r|reject|welcome|want"
    r"|prefer|agree|believe|trust|distrust|blame|approve|disapprove)\b"
    # A consensus credited to everyone: "widely tipped by everyone in Colombian cycling".
    r"|\b(?:tipped|expected|regarded|considered|seen|viewed|acknowledged|recogni[sz]ed"
    r"|accepted|rated|hailed|touted|favou?red) by (?:everyone|everybody)\b"
    r"|\bit is (?:well[- ]known|common knowledge|an established fact|a fact|undeniable"
    r"|widely accepted)\b"
    r"|\bit(?:'s|’s| is) no (?:secret|surprise|exaggeration) that\b"
    r"|\b(?:consumers|people|shoppers|businesses|companies|investors|families|workers|users"
    r"|voters|parents|students|everyone) everywhere\b"
    r"|\bthere(?:'s|’s| is) no (?:doubt|denying|question) that\b|\bas we all know\b"
    r"|\bit goes without saying\b|\b(?:needless to say|it(?:'s|’s| is) (?:common sense|obvious))\b"
    r"|\b(?:is|are|was|were) (?:always|invariably|never) (?:the )?(?:most|least|best|worst"
    r"|hardest|easiest|biggest|greatest|single most)\b",
    re.I,
)
_PREDICTION = _fast(
    r"\b(?:will|is going to|are going to|is set to|are set to) (?:rise|fall|drop|increase|decrease"
    r"|grow|shrink|decline|climb|jump|slump) (?:sharply|dramatically|significantly|steeply"
    r"|substantially|rapidly)\b"
    r"|\b(?:will|is going to|are going to|is set to|are set to|is expected to|are expected to"
    r"|is projected to|are projected to|is poised to|are poised to) (?:\w+ )?"
    r"(?:double|triple|halve|soar|surge|plunge|collapse|skyrocket|transform|revolutioni[sz]e|eliminate|dominate"
    r"|destroy|wipe out|create \d|cost \d|save \d|reach \$?\d|exceed|overtake|outpace)\b"
    # "Replace" forecasts a displacement ("AI will replace 40% of jobs", "will replace
    # passwords as the main way in"), not a repair or a succession ("Dealers will replace
    # the pump", "will replace Smith as chief executive").
    r"|\bwill (?:\w+ )?replace (?:(?:most|many|all|much of|the need for|human|millions of"
    r"|thousands of|\d[\d,.]*%? of) )?(?:[\w-]+ ){0,3}?(?:jobs|workers|humans|people|staff"
    r"|employees|drivers|teachers|doctors|lawyers|cashiers|programmers|coders|journalists|cash)\b"
    r"|\bwill (?:\w+ )?replace (?:[\w'’-]+ ){1,4}?as the (?:main|dominant|default|standard|primary"
    r"|preferred|usual|most)\b"
    # A threshold foretold: "The death toll will climb past 30", "will top $100 a barrel".
    r"|\bwill (?:\w+ )?(?:climb|rise|soar|jump|surge|fall|drop|sink|slide|top|pass|surpass"
    r"|break|breach|cross|go) (?:past|above|beyond|below|through|over|under) (?:the )?[$£€]?\d"
    # The same in any currency: "flour will cross Rs3,500 a bag".
    r"|\bwill (?:\w+ )?(?:climb|rise|soar|jump|surge|fall|drop|sink|slide|top|pass|surpass"
    r"|break|breach|cross|go) (?:past|above|beyond|below|through|over|under)?\s?(?:the )?"
    r"(?:Rs\.?|₹|₱|₦|R\$|(?:US|A|C|HK|NZ)\$|¥|₩)\s?\d"
    # A trend foretold to run on: "Wheat prices will keep climbing until the end of March".
    r"|\bwill (?:keep|go on) (?:rising|climbing|falling|dropping|soaring|surging|sinking"
    r"|increasing|declining|growing|shrinking|going up|going down)\b"
    r"|\bwill continue to (?:rise|climb|fall|drop|soar|surge|sink|increase|decline|shrink"
    r"|go up|go down)(?: (?:sharply|steeply|rapidly|dramatically|for (?:years|decades|months)))?"
    r" (?:until|through|into|for (?:years|decades|the foreseeable)|well into|beyond)\b"
    # An end foretold: "Within five years the jeepney will have completely disappeared".
    r"|\bwill (?:have )?(?:completely |entirely |totally |altogether |all but |largely )?"
    r"(?:disappeared|vanished|died out|ceased to exist|become extinct|been wiped out"
    r"|been consigned to history)\b"
    r"|\bwill (?:completely|entirely|totally|altogether|all but) (?:disappear|vanish|die out"
    r"|cease to exist|be wiped out|be gone)\b"
    r"|\bwill be (?:gone|extinct) (?:entirely |completely |altogether )?(?:by|within|in) \S+"
    # A concession forced on someone: "the government will be forced to freeze fees".
    r"|\bwill (?:\w+ )?(?:be forced|have no choice but|be compelled|have) to (?:freeze|scrap"
    r"|abandon|reverse|resign|step down|back down|climb down|retreat|concede|rethink|withdraw"
    r"|intervene|bail out|default|u-turn|change course|call (?:an?|fresh|early|snap) election"
    r"|raise (?:rates|interest rates|taxes)|cut (?:rates|interest rates|taxes|spending))\b"
    # A failure foretold: "Laos will default on its external debt within 18 months".
    r"|\bwill (?:\w+ )?(?:default on (?:its|their) (?:[\w-]+ )?(?:debts?|loans|bonds|obligations)"
    r"|go (?:bankrupt|bust|under|broke)|run out of (?:money|cash|funds|reserves|foreign currency)"
    r"|(?:fall|slip|slide|tip|plunge|sink) (?:back )?into (?:a )?(?:[\w-]+ )?(?:recession"
    r"|depression|default|bankruptcy|insolvency))\b"
    r"|\b(?:death toll|toll|casualties|number of (?:dead|deaths|victims|casualties|injured))"
    r" will (?:\w+ )?(?:rise|climb|grow|increase|mount|reach|top|pass|exceed)\b"
    # A deadline only a forecaster sets: "will divert their calls before the week is out".
    r"|\bwill\b[^.;!?]{1,80}?\bbefore the (?:\w+ )?(?:week|month|year|season|summer|winter"
    r"|spring|autumn|day|decade|weekend|campaign) is (?:out|over)\b"
    # An election called by the writer: "Labour will be back in Downing Street by Monday".
    r"|\bwill (?:be back|be returned|return) (?:in|to) (?:power|office|government|Downing Street"
    r"|the White House|the Elysée|the Kremlin|the Lodge)\b"
    r"|\bwill (?:\w+ )?(?:win|lose|retain|keep|hold on to) (?:the |a |an |its |their |his |her"
    r" |outright |overall |working |clear )*(?:election|majority|presidency|premiership"
    r"|referendum|leadership contest|race for)\b"
    # A place's destiny: "will turn the Goldfields into the lithium capital of the world".
    r"|\bwill (?:\w+ )?(?:turn|transform|make) (?:[\w'’-]+ ){1,4}?into (?:the|a|an)"
    r" (?:[\w-]+ ){0,3}?(?:capital|hub|powerhouse|superpower|giant|leader|centre|center"
    r"|epicentre|mecca)\b"
    # "The walkout will cost businesses more than £1m": an event's toll on others as a
    # fact ("the bridge will cost $40m" is a price, not a forecast).
    r"|\bwill (?:cost|save) (?:the )?(?:[\w'’-]+ )?(?:businesses|economy|taxpayers|shops"
    r"|retailers|traders|firms|households|families|consumers|farmers|drivers|passengers"
    r"|industry|sector|region|city|country|exporters|employers) (?:[\w'’-]+ ){0,2}?"
    r"(?:more than |over |about |around |nearly |almost |up to |at least |roughly )?[$£€]\d"
    # A result foretold: "will finish in the top six", "will be Nigeria's next unicorn".
    r"|\bwill (?:\w+ )?(?:finish|end the season) (?:in the top|top of|as champions|bottom)\b"
    r"|\bwill (?:go on to |)(?:win|lift|clinch) (?:the |a |their |its )?(?:title|league|cup"
    r"|championship|election|trophy|promotion|race)\b"
    r"|\bwill (?:be|become) (?:[\w-]+['’]s|the) next (?:big |great )?\w+"
    # Certainty about the future: "Bitcoin will definitely bounce back".
    r"|\bwill (?:definitely|certainly|surely|undoubtedly|inevitably|absolutely|without doubt"
    r"|unavoidably|unquestionably|assuredly|invariably)"
    r" \w+"
    # A standing promised as certain: "will cement the city's place as a tech hub".
    r"|\bwill (?:\w+ )?(?:cement|secure|consolidate|confirm|establish|guarantee)"
    r" (?:[\w'’-]+ ){0,3}(?:place|position|status|reputation|standing|role) as\b"
    # A forecast credited to nobody: "Bills are widely expected to fall."
    # A payback promised as fact: "Heat pumps will pay for themselves within five years",
    # ("will save money for every household" is _FOR_EVERY).
    r"|\bwill (?:\w+ )?(?:pay for (?:itself|themselves)|pay (?:itself|themselves) back)\b"
    r"|\b(?:is|are) (?:widely|generally|broadly|universally) (?:expected|predicted|forecast"
    r"|tipped|anticipated|projected) to (?:\w+ )?(?:rise|fall|drop|increase|decrease|grow"
    r"|shrink|decline|climb|jump|slump|soar|surge|plunge|double|halve|ease|recover|rebound)\b",
    re.I,
)

# "billions of dollars", "a multi-billion-dollar deal": a size nobody measured.
_VAGUE_SUM = _fast(
    r"\b(?:hundreds|thousands|millions|billions|trillions)\b|\bmulti-?(?:million|billion|trillion)",
    re.I,
)

# --- what is not a claim ------------------------------------------------------------

_HEDGE = _fast(
    r"\b(?:may|might|could|perhaps|possibly|probably|likely|seems?|seemed|appears?|suggests?"
    r"|if|whether|I think|I believe|we believe|in my (?:view|opinion)|arguably)\b",
    re.I,
)
_OPINION = lazyre.compile(
    r"\b(?:I|we) (?:think|believe|feel|hope|guess|suspect|expect|reckon|love|hate)\b"
    r"|\b(?:in my|in our) (?:view|opinion)\b|\bI(?:'m| am) (?:sure|convinced)\b",
    re.I,
)
# Drafting notes talk about the article instead of stating its facts (meta-text flags them).
_DRAFTING = _fast(
    r"\b(?:I need to|I should|I must|I will|I'll|I’ll|let me|I'm going to|I’m going to)\b"
    r"|\b(?:the|these|those) search results\b|\bthe user\b"
    r"|^(?:The|This) (?:provided |original |given )?(?:article|blog post|piece|draft) "
    r"(?:mentions|states|says|discusses|talks|notes|refers|claims)\b",
    re.I,
)


def _drafting(text: str) -> bool:
    """Whether a paragraph is a drafting note."""
    return _DRAFTING_AT in _present(text) and bool(_DRAFTING.search(text))


# Market moves and ages: wire copy states them without a source, and rightly so.
_ROUTINE = lazyre.compile(
    r"\b(?:[Ss]hares|[Ss]tocks?|[Ss]tock price|index|futures|yields?|bonds?|the dollar|the euro"
    r"|the pound|the yen|Nasdaq|S&P|Dow|FTSE|Nikkei|DAX|Brent|crude|bitcoin)\b[^.;]{0,60}?"
    r"\b(?:rose|fell|gained|lost|jumped|slipped|dropped|climbed|edged|tumbled|surged|plunged"
    r"|closed|opened|traded|were up|were down|was up|was down|added|shed)\b"
    r"|\bin (?:early|late|afternoon|morning|premarket|pre-market|after-hours|extended|midday)"
    r" trading\b"
    r"|\b\d{1,3}-year-old\b|, \d{1,3}, "
    # The gate at a match or a show: "a sell-out crowd of 52,000", "the 48,000 fans inside".
    r"|\b(?:[Aa] (?:[\w-]+ ){0,2}crowd of|[Aa]ttendance (?:of|was)|[Aa]n attendance of"
    r"|in front of) (?:about |some |around |more than |almost |nearly )?\d"
    r"|\b\d{1,3}(?:,\d{3})* (?:fans|spectators)\b"
    # A vote at a meeting the reporter covers: "backed the plan by 31 votes to 12".
    r"|\bby \d{1,3} votes? to \d{1,3}\b"
)
# A unit price ("$2 a ride", "£60 a night") describes, it does not claim.
_UNIT_PRICE = _fast(
    rf"[$£€¥]\s?{_NUM}(?:\s?(?:to|-|–)\s?[$£€¥]?\s?{_NUM})?\s(?:a|an|per|each)\s"
    r"(?:night|month|year|week|day|hour|ride|ticket|trip|person|head|share|gallon|litre|liter"
    r"|barrel|kilo|kilogram|pound|ounce|meal|visit|seat|unit|copy|issue)\b"
    r"|^[^.]*\b(?:[Ff]ares?|[Tt]ickets?|[Pp]rices?|costs?) (?:\w+ ){0,2}(?:stay|stays|remain"
    rf"|remains|is|are|will be|start|starts|starting|from) (?:at |from )?[$£€¥]\s?{_NUM}\b",
)

# --- what supports a claim ----------------------------------------------------------

_REPORTING = (
    r"said|says|say|told|tells|tell|announced|announces|announcing|estimated|estimates|estimating"
    r"|reported|reports|reporting|wrote|writes|stated|states|confirmed|confirms|added|noted|notes"
    r"|explained|testified|disclosed|discloses|revealed|reveals|forecast|forecasts|projected|projects"
    r"|predicted|showed|shows|found|finds|calculated|counted|recorded|published|filed|warned|warns"
    r"|acknowledged|admitted|according|cited|citing|tweeted|posted|reiterated|insisted|argued"
    r"|claimed|claims|declared|outlined|put|puts|valued|values|expects|expected"
    r"|saying|adding|noting|warning|arguing|claiming|stating|explaining|estimating|reporting"
    r"|ranked|rated|dubbed|described|called|named|listed"
    # A court, jury or panel's finding is its source: "$8.5 million, the jury decided".
    r"|decided|ruled|ordered|awarded|concluded|determined"
    # Whoever blames a cause makes the causal claim: "The operator blamed a shortage".
    r"|blamed|blames|blaming"
)
_WEAK_VERBS = frozenset(
    [
        "put",
        "puts",
        "valued",
        "values",
        "expects",
        "expected",
        "say",
        "tell",
        "ranked",
        "ranks",
        "rated",
        "rates",
        "dubbed",
        "described",
        "called",
        "named",
        "listed",
    ]
)
_REPORTING_RX = _fast(rf"\b(?:{_REPORTING})\b", re.I)
_SOURCE_PHRASE = _fast(
    r"\b(?:in|according to) (?:a|an|its|their|his|her|the) (?:\w+ ){0,3}"
    r"(?:statement|filing|report|release|interview|letter|post|memo|presentation|prospectus"
    r"|survey|study|census|tweet|email|note to clients|research note|announcement|paper|data)\b"
    r"|\bcited by\b|\bciting\b|\bvia\b|\bsource: |\b(?:polled|surveyed|interviewed) by\b"
    r"|\b(?:released|published|compiled|issued|provided|collected|supplied|obtained) by\b"
    r"|\bper (?:the|its|their|his|her) \w+"
    r"|\b(?:a|an|the|its|their) (?:[\w-]+ ){0,3}(?:survey|poll|study|census|report|audit|analysis"
    r"|filing|review) (?:in which|by|of|conducted|published|released|found|shows|showed|finds)\b"
    # "expected by analysts in a company-compiled consensus": whoever compiled it.
    r"|\b(?:in|according to) (?:a|an|the|its|their) (?:[\w-]+ )?(?:analyst |analysts['’] |market )?"
    r"consensus\b",
    re.I,
)
# "data from Eurostat", "figures compiled by the ONS": the source is named (capitalised).
_SOURCE_NAMED = _fast(
    r"\b(?i:data|figures|statistics|numbers|estimates|analysis|research|a study|a survey|a report"
    r"|a poll|polling) (?i:from|by|published by|released by|compiled by|by the|of the) [A-Z\d]"
)
# A public act by a named body is its own record: "The council voted to spend $48 million".
_PUBLIC_ACT = lazyre.compile(
    r"\b((?:[Tt]he) (?:city |state |county |national |federal |supreme |high |district )?"
    r"(?:council|board|court|jury|judge|committee|legislature|parliament|senate|house|assembly"
    r"|cabinet|government|commission|regulator|central bank|agency|ministry|department)"
    r"|[A-Z][\w.&'’-]*) (?:\w+ ){0,4}?(?:voted|approved|passed|signed|awarded|fined|ordered"
    r"|sentenced|ruled|allocated|budgeted|granted)\b"
)
# Every _PUBLIC_ACT match ends in one of these verbs: a text without one cannot match.
_PUBLIC_VERB = lazyre.compile(
    r"(?:voted|approved|passed|signed|awarded|fined|ordered|sentenced|ruled|allocated|budgeted"
    r"|granted)\b"
)
# A central bank's rate decision is published by the bank: "The Bank of England held its
# base rate at 4.25%", "the Fed cut rates by a quarter point".
_RATE_DECISION = lazyre.compile(
    r"\b(?:[Cc]entral bank|(?:[A-Z][\w.'’-]* )*(?:Bank|Reserve|Fed|ECB|BoE|BoJ|RBA|RBI|SNB"
    r"|Riksbank|MPC|FOMC|Monetary Policy Committee))"
    r"(?: of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?"
    r" (?:\w+ ){0,3}?(?:held|kept|left|raised|cut|lowered|reduced|hiked|increased|lifted|trimmed)"
    r" (?:(?:its|the|their) )?(?:[\w-]+ ){0,3}?(?:interest )?rates?\b"
)
_RATE_VERB = lazyre.compile(
    r"\b(?:held|kept|left|raised|cut|lowered|reduced|hiked|increased|lifted|trimmed)\b"
)
# "SPR:" or "Q:" opening a paragraph: a transcript, the words of a named speaker.
_SPEAKER_LABEL = lazyre.compile(r"^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|Q|A):\s")
_FOOTNOTE = lazyre.compile(
    r"\[\d{1,3}\]|\[\^[\w-]+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\([A-Z][\w-]+(?: et al\.)?,? (?:19|20)\d\d\)"
)
# A reviewer's own test is its source: "we regularly ended the day with 40% left".
_OWN_TEST = lazyre.compile(
    r"\b(?:we|I) (?:\w+ ){0,2}?(?:measured|tested|timed|clocked|recorded|ended|got|saw|counted"
    r"|ran|averaged|managed)\b|\bin (?:our|my) (?:testing|tests|review|benchmarks?|experience"
    r"|time with)\b",
    re.I,
)
# Crowds that are no source at all: the weasel pack reports them; here they support nothing.
_VAGUE_SOURCE = _fast(
    r"\b(?:experts?|analysts?|observers?|critics?|commentators?|pundits|insiders|many|some|others"
    r"|people|sources|studies|research|reports|rumou?rs|it is|it.s|it was|it has been|there)\b",
    re.I,
)
# How many of the first real paragraphs count as the lead.
LEAD_PARAGRAPHS = 3
# Paragraphs naming a source (at least this many, and this share) make reported copy.
REPORTED_MIN = 3
REPORTED_SHARE = 0.3
# A paragraph this long is the lead: the story's main source, named there, covers a lot.
LEAD_WORDS = 15
# Model score a superlative or trend sentence needs before it is reported.
SOFT_GATE = 0.15
_QUOTE_CHARS = '"“”‘'


@dataclass(frozen=True)
class Claim:
    """One check-worthy statement found in a sentence."""

    kind: str  # figure kind or claim family
    rule: str
    start: int  # block coordinates
    end: int
    text: str


_DOUBLE_QUOTE = lazyre.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
# British single quotes: ‘ opens; a ’ not followed by a letter closes (it’s, don’t stay open).
_SINGLE_QUOTE = lazyre.compile(r"(?:^|(?<=[\s(\[—–-]))‘.*?(?:’(?![A-Za-z])|$)", re.S)


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech in a block: double quotes, or British single quotes."""
    spans = [m.span() for m in _DOUBLE_QUOTE.finditer(text)]
    if "‘" in text:
        spans += [m.span() for m in _SINGLE_QUOTE.finditer(text)]
    return spans


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def is_attributed(text: str) -> bool:
    """Whether a sentence names a source for what it states (not a crowd of experts)."""
    return bool(attribution_points(text))


def attribution_points(text: str) -> list[int]:
    """Offsets in `text` (a sentence or a paragraph) where a named source is given."""
    return list(_attribution_points(text))


@lru_cache(maxsize=2048)
def _attribution_points(text: str) -> tuple[int, ...]:
    """attribution_points, memoised: a paragraph is asked about more than once per run."""
    present = _present(text)
    ascii_text = text.isascii()  # only then does the set speak for the `re` patterns
    points = [s for s, _ in _spans(_SOURCE_PHRASE, text)] if _PHRASE_AT in present else []
    if _NAMED_AT in present:
        points += [s for s, _ in _spans(_SOURCE_NAMED, text)]
    if (_PUBLIC_VERB_AT in present or not ascii_text) and _PUBLIC_VERB.search(text):
        points += [m.start() for m in _PUBLIC_ACT.finditer(text) if m.group(1) not in _NOT_NAMES]
    if "rate" in text and _RATE_VERB.search(text):
        points += [m.start() for m in _RATE_DECISION.finditer(text)]
    if _OWN_TEST_AT in present or not ascii_text:
        points += [m.start() for m in _OWN_TEST.finditer(text)]
    if _REPORTING_AT in present:
        nobody = "thing" in text or "whatever" in text or "blame" in text  # rarely
        for start, end in _spans(_REPORTING_RX, text):
            if _names_a_source(text, start, end) and not (
                nobody and _said_by_nobody(text, start, text[start:end])
            ):
                points.append(start)
    return tuple(points)


def _said_by_nobody(text: str, start: int, verb: str) -> bool:
    """A reporting verb with no speaker: "nothing the operator says now will win them
    back" (what nobody said), "the fire was blamed on arson" (a passive blame)."""
    lo = max(0, start - 40)
    if _NOTHING_BEFORE.search(text, lo, start):
        return True
    return verb.lower() in _PASSIVE_NOBODY and bool(_BE_BEFORE.search(text, lo, start))


def _subjects(text: str, start: int, end: int, verb: str) -> list[str]:
    """Candidate words naming who speaks: before the verb, or after it ('..., said Smith')."""
    before = text[max(0, start - 80) : start]
    after = text[end : end + 60].split()
    if verb == "according":
        return [" ".join(after[1:4])]  # "according to X"
    head = before.rstrip()
    if not head or head[-1] in ",\"”'’:—–-(":
        # '"...," said the mayor', or an appositive: "The mayor, 42, said".
        out = [" ".join(after[:3])]
        if head.count(",") >= 2:
            out.append(" ".join(head.rstrip(",").rsplit(",", 1)[0].split()[-3:]))
        return out
    words = before.split()[-3:]
    for i in range(len(words) - 1, 0, -1):  # "3,000 people, its website says": after the comma
        if words[i - 1].endswith(","):
            return [" ".join(words[i:])]
    return [" ".join(words)]


def _names_a_source(text: str, start: int, end: int) -> bool:
    """Whether the reporting verb at text[start:end] has a source that is not a crowd."""
    verb = text[start:end].lower()
    if verb == "according" and not text.startswith(" to", end):
        return False
    # "the United States", "Business Reports": a capitalised verb inside a name.
    if text[start].isupper() and _NAME_BEFORE.search(text, max(0, start - 30), start):
        return False
    # "insurance claims from", "revenue estimates for": a noun, nobody speaking.
    if verb in _NOUN_FORMS and _NOUN_NEXT.match(text, end):
        return False
    # "reject legitimate claims", "filed reports": a noun as a verb's object.
    if verb in _NOUN_FORMS and _OBJECT_OF.search(text, max(0, start - 40), start):
        return False
    # "over speed claims.": a noun ending its sentence, unless a subject stands right
    # before it ("the company reports.", "as Eurostat notes."). (Mid-sentence, a list
    # of nouns and a parenthetical ", the report states," are too alike to tell apart.)
    if (
        verb in _NOUN_FORMS
        and _SENTENCE_END.match(text, end)
        and not _SUBJECT_BEFORE.search(text, max(0, start - 40), start)
    ):
        return False
    # "an estimated $5 billion", "the expected rise": an adjective, nobody speaking.
    if _ARTICLE_BEFORE.search(text, max(0, start - 8), start):
        return False
    # "the highest ever recorded", "the largest yet published": part of the superlative.
    if _EVER_BEFORE.search(text, max(0, start - 12), start):
        return False
    # "Rents are widely expected to fall": a crowd's passive with no agent names nobody.
    if _PASSIVE_BEFORE.search(text, max(0, start - 30), start) and not _BY_AFTER.match(text, end):
        return False
    # "..., saying the largest model beat GPT-4": a participle attributes only after a
    # comma ("it goes without saying" names nobody).
    if verb in _PARTICIPLES and not text[:start].rstrip().endswith(","):
        return False
    for subject in _subjects(text, start, end, verb):
        if verb not in _NAMING_VERBS and _owned_source(subject):
            return True  # "a deal that its members say will double the price"
        crowd = _vague(subject) and "familiar with" not in subject
        if crowd and not _named(subject):
            continue
        # "X puts the cost at", "Gartner ranked": these verbs need a named source.
        if verb in _WEAK_VERBS and not (_named(subject) or _BODY.search(subject)):
            continue
        return True
    return False


# "its members say", "her lawyers told": people of a party the story has named (who
# speak; "his soldiers called it" names a thing, it does not source a claim).
_NAMING_VERBS = frozenset(
    {"called", "dubbed", "named", "described", "listed", "ranked", "rated", "put", "puts",
     "valued", "values"}
)  # fmt: skip
_OWNED_SUBJECT = lazyre.compile(r"\b(?:its|their|his|her)\s+([a-z-]+)$")
_OWNED_CROWDS = frozenset(
    {"critics", "opponents", "detractors", "supporters", "fans", "rivals", "friends",
     "admirers", "enemies", "backers", "followers", "neighbours", "neighbors"}
)  # fmt: skip


def _owned_source(subject: str) -> bool:
    """A subject owned by a party named in the story: "its members", not "its critics"."""
    m = _OWNED_SUBJECT.search(subject)
    return bool(m) and m.group(1) not in _OWNED_CROWDS and not _vague(m.group(1))


_PARTICIPLES = frozenset(
    {"blaming", "saying", "adding", "noting", "warning", "arguing", "claiming", "stating",
     "explaining", "estimating", "reporting", "citing", "announcing"}
)  # fmt: skip
_NOUN_FORMS = frozenset(
    {"claims", "reports", "notes", "states", "projects", "estimates", "forecasts", "values",
     "finds", "shows", "records", "puts", "posted", "filed"}
)  # fmt: skip
# A verb that takes claims, reports or estimates as its object (one modifier between).
_OBJECT_OF = lazyre.compile(
    r"\b(?:reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|pa(?:y|ys|id|ying)|settl(?:e|es|ed|ing)"
    r"|fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|submit(?:s|ted|ting)?|process(?:es|ed|ing)?"
    r"|dismiss(?:es|ed|ing)?|approv(?:e|es|ed|ing)|honou?r(?:s|ed|ing)?|handl(?:e|es|ed|ing)"
    r"|investigat(?:e|es|ed|ing)|ma(?:ke|kes|de|king)|receiv(?:e|es|ed|ing)|refus(?:e|es|ed|ing)"
    r"|contest(?:s|ed|ing)?|disput(?:e|es|ed|ing)|publish(?:es|ed|ing)?|releas(?:e|es|ed|ing))"
    r"\s+(?:[a-z-]+\s+)?$",
    re.I,
)
_NOUN_NEXT = lazyre.compile(r"\s*(?:,|\.|from|of|for|in|on|at|by|and|or|were|are|have|had|with)\b")
_ARTICLE_BEFORE = lazyre.compile(r"\b(?:an?|the|its|their|his|her)\s+$", re.I)
_PASSIVE_BEFORE = lazyre.compile(
    r"\b(?:is|are|was|were|been)\s+(?:widely|generally|broadly|commonly|universally)\s+$", re.I
)
_BY_AFTER = lazyre.compile(r"\s+by\b")
_NOTHING_BEFORE = lazyre.compile(
    r"\b(?:nothing|anything|whatever|everything)\s+(?:[\w'’-]+\s+){0,3}$"
)
_BE_BEFORE = lazyre.compile(
    r"\b(?:is|are|was|were|been|be|being|get|got)\s+(?:(?:\w+ly|now|still|also|often)\s+)?$",
    re.I,
)
_PASSIVE_NOBODY = frozenset({"blamed", "blames"})
_SENTENCE_END = lazyre.compile(r"[.!?](?:\s|$)")
_SUBJECT_BEFORE = lazyre.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|that|our|as) (?:[\w'’-]+ )?[\w'’-]+"
    r"|\b[A-Z][\w.&'’-]*|\b(?:he|she|it|they|one))\s+$"
)
_NAME_BEFORE = lazyre.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w.&'’-]*\s+$")
_EVER_BEFORE = lazyre.compile(r"\b(?:ever|yet|so far|previously)\s+$", re.I)
_CAPITAL = lazyre.compile(r"\b[A-Z][a-z]+")
# "what its national meteorological institute described as": a body, named by its role.
_BODY = lazyre.compile(
    r"\b(?:institute|agency|ministry|department|office|bureau|service|authority|council"
    r"|commission|regulator|police|court|tribunal|inquiry|board|survey|observatory)\b",
    re.I,
)
_NOT_NAMES = frozenset(
    {
        "The", "A", "An", "It", "Its", "This", "That", "These", "Those", "He", "She", "They",
        "We", "I", "In", "On", "At", "But", "And", "Their", "His", "Her", "As", "For", "With",
        "By", "From", "After", "Before", "When", "While", "If",
    }
)  # fmt: skip


@lru_cache(maxsize=4096)
def _vague(words: str) -> bool:
    """Whether `words` mention a crowd ("experts", "some", "it is"): short strings recur."""
    return bool(_VAGUE_SOURCE.search(words))


def _named(words: str) -> bool:
    """Whether a capitalised word other than a determiner, pronoun or crowd occurs."""
    return any(
        m.group(0) not in _NOT_NAMES and not _vague(m.group(0)) for m in _CAPITAL.finditer(words)
    )


# A habit or a sweep stated as law, gated by the model: "juries almost always convict",
# "households are cancelling in droves", "no corner of the service has escaped".
_HABIT = _fast(
    r"\b[a-z]{3,}s(?: (?:in|across|on|at)(?: [\w-]+){1,3}?)? (?:almost always|nearly always"
    r"|invariably|routinely) [a-z]{3,}\b"
    r"|\bin droves\b"
    # A whole place's conduct in the present: "Everyone in Vientiane now prices rents in
    # baht", "every resort on the Coral Coast is now watching the case".
    r"|\b(?:everyone|everybody) (?:in|across|throughout|along|on) (?:the )?(?:[\w-]+ ){0,2}?"
    r"(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)? (?:now |still |already )?"
    r"[a-z]{3,}s\b"
    r"|\bevery (?:single )?[a-z-]{3,} (?:in|across|throughout|along|on) (?:the )?"
    r"(?:[\w-]+ ){0,2}?(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)? (?:is|are) (?:now |already )?"
    r"[a-z]{3,}ing\b"
    # A whole trade's conduct as law: "Grocery chains have always treated security as an
    # afterthought" (a bare plural opening the sentence: every chain, at all times).
    r"|(?:^|[.!?]\s+)(?-i:[A-Z][a-z]+(?: [a-z]+)?s) have (?:always|never) (?:[a-z]{3,}ed|been"
    r"|had|made|done|seen|taken|known|put|kept|paid|sold|bought|got|given|thought|felt|run"
    r"|spent|built|shown)\b"
    # A universal stated as observed: "present in virtually every household in the capital".
    r"|\b(?:virtually|practically|almost|nearly|just about) every (?:single )?(?:[\w-]+ )?"
    r"(?:household|home|house|family|street|village|town|school|business|shop|hospital|farm"
    r"|community|neighbou?rhood|adult|child|voter|resident|citizen|parent|worker)\b"
    r"|\bno (?:corner|part|region|sector|area|household|family|business|community|school"
    r"|hospital|industry) of (?:the )?[\w-]+(?: [\w-]+)? (?:has|have|had) (?:escaped"
    r"|been spared|been untouched|avoided)\b"
    # A harm or a boon dealt to everyone: "has ruined daily life for every resident".
    r"|\b(?:has|have) (?:\w+ )?(?:ruined|destroyed|transformed|upended|disrupted|blighted"
    r"|worsened|improved|changed|touched|affected|hurt|harmed|damaged) (?:[\w'’-]+ ){0,4}?"
    r"(?:for |of )?(?:every|each) (?:single )?(?:[\w-]+ )?(?:resident|household|family|home"
    r"|citizen|worker|parent|child|pupil|student|patient|driver|commuter|farmer|shopkeeper"
    r"|business|villager|voter|taxpayer|person|one of (?:us|them))\b",
    re.I,
)

# A whole group's conduct or state of mind stated as fact. Each alternative starts at
# its verb (a cheap anchor for the cue set); `_sweep_start` then asks for a bare
# plural opening the sentence ("Mining companies in Limpopo", "Passengers across
# Wales", "Nigerians with kidney failure") and reports from it.
_SWEEP = _fast(
    # Conduct over decades: "have for decades simply ignored the people on the land".
    r"\bhave (?:for (?:decades|years|generations|centuries)|consistently|systematically"
    r"|routinely)(?: (?:simply|just|completely|totally|entirely|flatly|blithely|quietly"
    r"|wilfully|willfully))? [a-z]{3,}ed\b"
    # A state of mind: "have completely lost faith", "have utterly given up on".
    # A wrong suffered for decades: "Landowners have been short-changed for decades".
    r"|\bhave been (?:[a-z]+ )?[a-z-]{3,}(?:ed|en) (?:for|over) (?:decades|generations|centuries)\b"
    r"|\bhave (?:(?:completely|totally|entirely|utterly|all|long since|simply) )?(?:lost"
    r" (?:all )?(?:faith|trust|confidence|patience|interest|hope)|given up on|had enough"
    r"|turned (?:their backs|against))\b"
    # No way out but one: "have no option but to travel abroad or die on dialysis".
    r"|\b(?:have|had) no (?:other )?(?:option|choice|alternative|recourse) but\b",
    re.I,
)
_SWEEP_SUBJECT = lazyre.compile(
    r"(?:^|[.!?][\"”’]?\s+)((?!(?:The|These|Those|Their|Its|His|Her|Our|My|Your|Both) )"
    r"[A-Z][a-z]+(?: [a-z]+)?s(?: [\w'’-]+){0,4}?) $"
)
_SWEEP_PLACE = lazyre.compile(
    r" (?:in|across|throughout|all over) (?:[A-Z]|the (?:country|nation|region|city|state"
    r"|county|province|continent)\b)"
)
_SWEEP_INTENSITY = lazyre.compile(r"completely|totally|entirely|utterly|all|long since|simply")


def _sweep_start(text: str, m: Any) -> int | None:
    """Where a _SWEEP claim starts (its bare plural subject), or None if it has none.

    A state of mind ("have lost faith") is a sweep only when the group is placed
    ("Passengers across Wales") or the loss is total ("completely"): "Fans have
    lost patience with the board" reports a mood, not a law.
    """
    lo = max(0, m.start() - 80)
    subject = _SWEEP_SUBJECT.search(text, lo, m.start())
    if not subject:
        return None
    found = m.group(0)
    if "lost" in found or "given up" in found or "enough" in found or "turned" in found:
        placed = _SWEEP_PLACE.search(subject.group(1))
        if not placed and not _SWEEP_INTENSITY.search(found):
            return None
    return subject.start(1)


# "will cut bills for every household that installs one": a forecast for everyone.
_FOR_EVERY = _fast(
    r"\bfor (?:every|each) (?:single )?(?:household|family|home|homeowner|customer|driver"
    r"|motorist|taxpayer|resident|user|patient|passenger|business)\b",
    re.I,
)
_WILL_BEFORE = lazyre.compile(r"\bwill\b[^.;!?]{0,60}$")

_SOFT_CUES = (
    ("NL203", "peacock", _PEACOCK),
    ("NL204", "superlative", _SUPERLATIVE),
    ("NL204", "record", _RECORD),
    ("NL204", "league", _LEAGUE),
    ("NL205", "generalisation", _GENERAL),
    ("NL205", "habit", _HABIT),
    ("NL205", "habit", _SWEEP),
    ("NL206", "trend", _TREND),
    ("NL207", "prediction", _PREDICTION),
    ("NL207", "prediction", _FOR_EVERY),
)


_NOT_BEFORE = lazyre.compile(r"\b[Nn]ot\s+$")
_NEAR_UNANIMOUS = lazyre.compile(r"overwhelmingly|universally|unanimously|wholeheartedly")
_DEFINED_BEFORE = lazyre.compile(r"\b(?:the|these|those|its|their|our|his|her)\s+$", re.I)


def _league_word(found: str) -> str:
    """The ranking word of a _LEAGUE match: "are the draughtiest in Europe" -> draughtiest."""
    head, _, rest = found.partition(" the ")
    return (rest or head).split(" ", 1)[0].lower()  # "more debt than any other": "more"


# Verbs of _TREND used in another sense: a hit in baseball ("doubled to right
# center"), a person falling ill ("collapsed and died"), "causes" as a noun ("the
# causes of the dispute", "root causes").
_BASE_HIT = lazyre.compile(
    r"\s+(?:to|down|off|into|over|past|up) (?:the )?(?:left|right|center|centre|deep|shallow"
    r"|wall|gap|corner|fence|line|alley|rightfield|leftfield|centerfield)\b"
    r"|\s+(?:home|in) (?:a |the |two |three |\w+ )?runs?\b",
    re.I,
)
# "The protest caused heavy traffic": an event's immediate, visible disruption, which the
# reporter or the authorities saw; no analysis of cause is claimed.
_DISRUPTION_AFTER = lazyre.compile(
    r"\s+(?:(?:heavy|severe|major|long|lengthy|some|widespread|minor|significant|serious"
    r"|further|brief|hours of|hours-long|traffic) )?(?:traffic|congestion|delays?|disruptions?"
    r"|chaos|gridlock|queues|tailbacks|jams|closures?|power cuts|outages?|blackouts?"
    r"|cancellations|diversions|panic|confusion|evacuations?)\b",
    re.I,
)
# The cause ranked first ("the primary driver of"), one of the _TREND alternatives.
_RANKED_CAUSE = lazyre.compile(r"(?:driver|cause|reason|engine|culprit) (?:of|for|behind)$")
# A consensus claimed for everyone, which no one source can speak for.
_EVERYONE = lazyre.compile(
    r"^(?:everyone|everybody)\b|\bwidely accepted|\bcommon knowledge|\bwell[- ]known", re.I
)
_PERSON_COLLAPSE = lazyre.compile(r"\s+and (?:died|was taken|was rushed|had to be)\b", re.I)
_NOUN_CAUSE_BEFORE = lazyre.compile(
    r"\b(?:the|its|their|his|her|our|main|root|underlying|possible|likely|real|many|other"
    r"|common|leading|two|three|several)\s+$",
    re.I,
)


def _not_a_trend(text: str, m: Any) -> bool:
    """A _TREND verb used in a sense that claims no trend or cause."""
    word = m.group(0).lower()
    if word in ("doubled", "tripled"):
        return bool(_BASE_HIT.match(text, m.end()))
    if word == "collapsed":
        return bool(_PERSON_COLLAPSE.match(text, m.end()))
    if word in ("caused", "led to", "resulted in"):
        return bool(_DISRUPTION_AFTER.match(text, m.end()))
    if word == "causes":
        return bool(
            _NOUN_CAUSE_BEFORE.search(text, max(0, m.start() - 14), m.start())
            or text.startswith(" of ", m.end())
        )
    return False


# A present-tense cause inside an explanatory clause states how things work.
_GENERIC_CAUSE = lazyre.compile(
    r"causes|leads to|results in|is responsible for|are responsible for", re.I
)
_EXPLAINING = lazyre.compile(r"\b(?:where|which|because)\b[^,;.]*$")

_DRIVING = lazyre.compile(
    r"\s+(?:out|to|home|back|off|away|into|through|along|across|past|over|around|up|down|in"
    r"|the car|a car|his car|her car|their car|for)\b",
    re.I,
)

# The writer as the agent of the verb: "I came to and plunged away", "we caused".
_FIRST_PERSON_AGENT = lazyre.compile(r"\b(?:I|[Ww]e)\b(?:(?! that\b)[^.;,!?\"“”:])*$")

# "This leads to ...": a connective pointing back, not a causal claim of its own.
_ANAPHORIC = lazyre.compile(r"(?:^|[.;:]\s+|,\s+)(?:[Tt]his|[Tt]hat|[Ii]t|which)\s+$")


# The RE2 cue patterns (not `_COUNT`, a Python regex), in _FIGURE_KINDS then _SOFT_CUES order.
_GATED_CUES = [rx for _, rx in _FIGURE_KINDS if rx is not _COUNT] + [rx for *_, rx in _SOFT_CUES]
# Each cue with its index in _GATE, worked out once (None: `_COUNT`, gated by a digit).
_FIGURE_CUES = [
    (kind, rx, None if rx is _COUNT else _GATED_CUES.index(rx)) for kind, rx in _FIGURE_KINDS
]
_SOFT_GATED = [(rule_id, kind, rx, _GATED_CUES.index(rx)) for rule_id, kind, rx in _SOFT_CUES]
_ANY_DIGIT = lazyre.compile(r"\d")
# Every pattern a paragraph is gated on, in one RE2 set: the cues, then the source
# patterns, then two Python regexes that _attribution_points runs on every paragraph
# and that rarely match (`_OWN_TEST`, case-insensitive, and `_PUBLIC_VERB`), then the
# drafting note. On ASCII text RE2 and `re` agree on \b, \w and case; on other text
# the set answers only for the RE2 patterns (see _attribution_points).
_GATE = PatternSet(
    [rx.pattern for rx in _GATED_CUES]
    + [rx.pattern for rx in (_SOURCE_PHRASE, _SOURCE_NAMED, _REPORTING_RX)]
    + [f"(?i){_OWN_TEST.pattern}", _PUBLIC_VERB.pattern, _DRAFTING.pattern]
)
_PHRASE_AT, _NAMED_AT, _REPORTING_AT, _OWN_TEST_AT, _PUBLIC_VERB_AT, _DRAFTING_AT = range(
    len(_GATED_CUES), _GATE.size
)


@lru_cache(maxsize=2048)
def _present(text: str) -> frozenset[int]:
    """The _GATE patterns that may match a paragraph (all of them if the set failed):
    one set pass, shared by _drafting, _cues and _attribution_points, which each ask
    about the same paragraph (its text is usually too long for the set's own memo)."""
    return _GATE.present(text)


def _figure_cues(present: frozenset[int], text: str) -> Iterator[tuple[str, Any]]:
    """(kind, regex) of the figure patterns that can match `text`, in _FIGURE_KINDS order."""
    for kind, rx, at in _FIGURE_CUES:
        # Every _COUNT alternative starts with a digit.
        can_match = _ANY_DIGIT.search(text) if at is None else at in present
        if can_match:
            yield kind, rx


def _false_cue(kind: str, rx: Any, text: str, m: Any) -> bool:
    """A soft cue that matched words used in a sense that claims nothing."""
    if rx is _FOR_EVERY:
        return not _WILL_BEFORE.search(
            text, max(0, m.start() - 70), m.start()
        )  # "free for every child"
    if kind in ("generalisation", "habit") and _NOT_BEFORE.search(
        text, max(0, m.start() - 5), m.start()
    ):
        return True  # "Not everyone", "not every resort in Fiji"
    if kind == "generalisation":
        # "the students overwhelmingly approve": a group the text has defined (surveyed,
        # named), not a whole population.
        return bool(
            _NEAR_UNANIMOUS.search(m.group(0))
            and _DEFINED_BEFORE.search(text, max(0, m.start() - 8), m.start())
        )
    if kind == "league":
        return _league_word(m.group(0)) in _NOT_SUPERLATIVE  # "is the interest in Europe"
    if kind != "trend":
        return False
    if _ANAPHORIC.search(text, max(0, m.start() - 12), m.start()):
        return True  # "This leads to ...": a connective, not a claim
    if m.group(0).lower() == "drove" and _DRIVING.match(text, m.end()):
        return True  # "I drove out to the centre": a car, not a cause
    if _not_a_trend(text, m):
        return True
    if _FIRST_PERSON_AGENT.search(text, max(0, m.start() - 50), m.start()):
        return True  # "I ... set my hand and caused the seal to be affixed": one's own act
    # "where the plates collide causes quakes": background, not news
    return bool(
        _GENERIC_CAUSE.fullmatch(m.group(0))
        and _EXPLAINING.search(text, max(0, m.start() - 60), m.start())
    )


def _cues(text: str) -> list[Claim]:
    """Every claim cue in a paragraph, figures first (block coordinates)."""
    return list(_paragraph_cues(text))


@lru_cache(maxsize=2048)
def _paragraph_cues(text: str) -> tuple[Claim, ...]:
    """_cues, memoised: _reported_copy and _block both ask about a paragraph, and
    boilerplate paragraphs (footers, sign-offs) recur across articles."""
    out = []
    present = _present(text)
    for kind, rx in _figure_cues(present, text):
        spans = (m.span() for m in rx.finditer(text)) if rx is _COUNT else _spans(rx, text)
        out += [Claim(kind, "NL201", start, end, text[start:end]) for start, end in spans]
    for rule_id, kind, rx, at in _SOFT_GATED:
        if at not in present:
            continue
        for m in rx.finditer(text):
            start = _sweep_start(text, m) if rx is _SWEEP else m.start()
            if start is None or _false_cue(kind, rx, text, m):
                continue
            out.append(Claim(kind, rule_id, start, m.end(), text[start : m.end()]))
    out.sort(key=lambda c: c.start)  # report the first figure of a sentence
    return tuple(out)


# "A ride costs $3": a small price with no magnitude describes, it does not claim.
_PRICE_BEFORE = lazyre.compile(
    r"\b(?:costs?|priced at|sells? for|retails? for|fee of|fares? of|charges?)"
    r" (?:about |around |roughly |just |only |from |up to |between )?"
    r"(?:[$£€¥]\s?\d{1,3}(?:\.\d\d)?\s?(?:to|-|–|and)\s?)?$"
)
# A match statistic the official scorers keep: "his first-serve percentage fell to 54%".
_MATCH_STAT = lazyre.compile(
    r"\b(?:first-serve|second-serve|serve|service|shooting|completion|conversion|possession"
    r"|save|pass(?:ing)?|strike|win|free-throw|field-goal|three-point) (?:percentage|rate|accuracy)"
    r"\b[^.;]{0,30}$|\bpossession\b[^.;]{0,20}$",
    re.I,
)
# "At ₹36,999 for the base model": a product's price, which the maker sets.
_PRICE_FOR = lazyre.compile(
    r"\s+for (?:the|a|an|its|each) (?:[\w/-]+ ){0,3}?(?:model|version|variant|edition|tier|plan"
    r"|ticket|subscription|pack|unit|device|phone|handset|bundle)\b",
    re.I,
)
_SMALL_SUM = lazyre.compile(r"^[$£€¥]\s?\d{1,3}(?:\.\d\d)?$")


# "100% sure", "110 percent committed": idioms, not figures.
_IDIOM_AFTER = lazyre.compile(
    r"\s*(?:sure|certain|confident|committed|behind|convinced|honest|right|correct|true"
    r"|effort|focused|serious)\b"
)


# "the poorest 60 per cent of households", "the top 1% of earners": a bracket that
# defines a group (a policy threshold, a percentile), not a measured share.
_BRACKET_BEFORE = lazyre.compile(
    r"\bthe (?:poorest|richest|wealthiest|top|bottom|lowest-paid|highest-paid|best-paid"
    r"|lowest-income|highest-income|lowest-earning|highest-earning|best-off|worst-off"
    r"|least well-off|most deprived|least deprived)\s+(?:about |roughly |some )?$",
    re.I,
)


def _routine_price(text: str, claim: Claim, base: int) -> bool:
    """A small unit price, a percentage used as an idiom, or a match statistic."""
    start, end = claim.start - base, claim.end - base
    if claim.kind == "percentage":
        return bool(
            _IDIOM_AFTER.match(text, end)
            or _MATCH_STAT.search(text, 0, start)
            or _BRACKET_BEFORE.search(text, max(0, start - 30), start)
        )
    if claim.kind == "money" and _PRICE_FOR.match(text, end):
        return True
    return bool(_SMALL_SUM.match(claim.text) and _PRICE_BEFORE.search(text, 0, start))


# A share of a whole population: "nearly half of business travellers", "40% of shoppers".
_POPULATION_AFTER = lazyre.compile(
    r"\s*(?:of\s+)?(?:all\s+)?(?:(?:the|US|UK|British|American|European|young|older|business"
    r"|first-time|small|online)\s+)?(?:people|adults|americans|britons|consumers|shoppers"
    r"|travell?ers|voters|households|families|parents|drivers|motorists|renters|homeowners"
    r"|businesses|women|men|teenagers|homes|properties"
    # ... or of its aggregate income or spending: "60 per cent of household income".
    r"|(?:household|family|consumer|personal|disposable|national)s?['’]? (?:income|incomes"
    r"|spending|budgets?|expenditure|wealth|savings|debt)"
    r"|the (?:population|workforce|electorate|labou?r force))\b",
    re.I,
)


def _is_interview(doc: Document) -> bool:
    """A Q&A: at least three short paragraphs that are questions, each followed by an answer."""
    blocks = [b for b in doc.prose_blocks if b.kind == "paragraph" and not b.quoted]
    turns = sum(
        1
        for q, a in itertools.pairwise(blocks)
        if asks(q.text) and len(q.text.split()) <= 60 and not asks(a.text)
    )
    return turns >= 3


# A record whose subject is a judgement: "the worst public-health failure in its history".
_VERDICT = lazyre.compile(
    r"\b(?:failures?|disasters?|scandals?|mistakes?|blunders?|successes|success|achievements?"
    r"|triumphs?|crisis|catastrophes?|fiascos?|betrayals?|embarrassments?|humiliations?"
    r"|comebacks?|collapses?|shambles|debacles?)\b",
    re.I,
)
# "twice as often as": a ratio in words, a finding about the world, not a source's count.
_RATIO_WORDS = lazyre.compile(
    r"(?:twice|three times|four times|five times|ten times|half) as ", re.I
)
# "have risen by a third", "fell by half": a change rounded into words.
_WORD_FRACTION = lazyre.compile(r"by (?:a|one|two) (?:half|third|quarter|fifth|tenth)s?\b", re.I)
_CHANGE_BEFORE = lazyre.compile(
    r"\b(?:ris(?:en|e|es)|rose|f[ae]ll(?:en|s)?|grown?|grew|increased?|dropped|shr[au]nk"
    r"|climbed|jumped|declined|slumped|swelled|cut|reduced|expanded)\s+$",
    re.I,
)


def _population_share(figure: Claim, text: str) -> bool:
    """A percentage of a whole population: "nearly half of business travellers"."""
    return figure.kind == "percentage" and bool(_POPULATION_AFTER.match(text, figure.end))


def _not_asserted(sentence: str) -> bool:
    """A question or an opinion marked as such: the sentence claims nothing as fact."""
    return sentence.rstrip("”\"' )").endswith("?") or bool(_OPINION.search(sentence))


def _covered(figure: Claim, nearby_source: bool, text: str) -> bool:
    """A figure a source named nearby may cover: not a vague "billions of dollars", and
    not a share of a whole population ("nearly half of travellers"), which is a survey's
    finding that the story's own source (a company, a council) rarely is."""
    if not nearby_source or _VAGUE_SUM.search(figure.text) or _RATIO_WORDS.match(figure.text):
        return False
    if _WORD_FRACTION.match(figure.text) and _CHANGE_BEFORE.search(
        text, max(0, figure.start - 30), figure.start
    ):
        return False  # "risen by a third": the writer's rounding of a trend, not a source's figure
    return not _population_share(figure, text)


# A sentence that restates the figures before it: "In other words, ...".
_RESTATING = lazyre.compile(
    r"\s*(?:In other words|Put another way|Put differently|That means|In effect|Put simply)\b"
)
_FROM_TO_PAIR = lazyre.compile(r"\bfrom (?:about |around )?[$£€¥₹]?\d[^;]{0,60}?\bto [$£€¥₹]?\d")
_CLAUSE_BREAK = lazyre.compile(r"[;:]|,\s+(?:and|but|while|as|which|with)\b|\.\s")


def _quantified(sentence: Sentence, trend: Claim, figures: list[Claim], pair: bool = False) -> bool:
    """A trend whose own clause gives a figure: "rose 12% to $4 million", "doubled to 80".

    With `pair`, the clause must give two (a plan's before and after: "will double the
    workforce, from 540 to 860"); one sum is what a forecast is about, not its proof.
    """
    if pair:
        after = trend.end - sentence.start
        m = _FROM_TO_PAIR.search(sentence.text, after, after + 120)
        return bool(m) and not _CLAUSE_BREAK.search(sentence.text, after, m.start())
    for figure in figures:
        if not trend.start - 80 <= figure.start <= trend.end + 80:
            continue
        lo, hi = sorted((trend.end, figure.start))
        if not _CLAUSE_BREAK.search(
            sentence.text, max(lo - sentence.start, 0), max(hi - sentence.start, 0)
        ):
            return True
    return False


# "has risen sharply": a plain change, not a boom ("soared", "exploded"); in a sentence
# whose figures a nearby source covers ("The pound has lost more than half its value,
# and food prices have risen sharply"), it is the background those figures measure.
_PLAIN_CHANGE = lazyre.compile(
    r"(?:has|have) (?:risen|fallen|grown|increased|declined|dropped|climbed|shrunk|slumped) ",
    re.I,
)


def _figures_only(sentence: Sentence, claims: list[Claim]) -> list[Claim]:
    """Drop routine figures (market moves, unit prices) and figures inside other figures."""
    if not any(c.rule == "NL201" for c in claims):
        return claims
    text = sentence.text
    if _ROUTINE.search(text):
        return [c for c in claims if c.rule != "NL201"]
    base = sentence.start
    taken = [(base + s, base + e) for s, e in _spans(_UNIT_PRICE, text)]
    kept = []
    # Longest figure first: "$412 million" beats the count "412 million" inside it.
    for c in sorted(claims, key=lambda c: c.start - c.end):
        if c.rule == "NL201":
            if any(s < c.end and c.start < e for s, e in taken) or _routine_price(text, c, base):
                continue
            taken.append((c.start, c.end))
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


_TITLE_END = tuple(".!?…:;,\"”’')]")


def _looks_like_title(text: str) -> bool:
    """A short line with no closing punctuation: a headline in a plain-text file."""
    # The closing character first: most paragraphs end in one, and it costs no split.
    return "\n" not in text and not text.endswith(_TITLE_END) and len(text.split()) <= 20


# What follows a superlative that names an institution or an honour.
_INSTITUTION = lazyre.compile(
    r"\s+(?:[a-z]+\s+)?(?:court|courts|tribunal|judicial body|civilian (?:honou?r|award)|honou?r|"
    r"award|decoration|office|rank|ranking officer|legislative body|authority)\b"
)
# "The biggest stories, straight to your inbox": a newsletter's pitch, not a ranking.
_CURATION_AFTER = lazyre.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:stories|news|headlines|deals|offers|reads|videos|podcasts"
    r"|photos|pictures|moments|bargains|picks)\b",
    re.I,
)
# "its busiest routes", "their best players": which of its own, not a ranking claim.
_OWN_PLURAL = lazyre.compile(r"(?:its|their|his|her|our) \S+ (?:[\w-]+ )?[a-z]+[^s\W]s\b", re.I)
# "are the country's biggest exports", "one of Anthropic's largest shareholders": ranked.
_COPULA_BEFORE = lazyre.compile(
    r"\b(?:(?:is|are|was|were|be|been|become|became|remains?)\s+(?:the\s+|this\s+)?|one of\s+)$",
    re.I,
)
# "Europe's best hotels", "this country's most valuable records": a class of the best,
# described, not one thing ranked ("Europe's best hotel" is a claim).
_POSSESSIVE_PLURAL = lazyre.compile(
    r"[\w-]+['’]s (?:(?:most|least) )?[\w-]+ (?:[a-z-]+ )?[a-z]+[^s\W'’]s\b(?! of\b)"
)


# "the highest ground", "the youngest of six children": where, or which in a family.
_PLACE_OR_FAMILY_AFTER = lazyre.compile(
    r"\s+(?:ground|terrain|peaks?|hills?|slopes?|summits?|floors?|reaches|tides?"
    r"|of (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|\w+)"
    r" (?:children|siblings|brothers|sisters|sons|daughters|kids|boys|girls))\b",
    re.I,
)
# A best bounded by one career or one day's play: the reporter's own record, not a ranking.
_SCOPED_AFTER = lazyre.compile(
    r"\s+(?:[\w-]+\s+){0,2}?of (?:(?:his|her|their|its) (?:career|life|lives|tenure)"
    r"|the (?:day|round|night|morning|afternoon|evening|race|match|game))\b",
    re.I,
)
# "the first Italian man to win the title": a person's first, a matter of record.
_FIRST_PERSON = lazyre.compile(
    r"\b(?:man|woman|men|women|player|person|athlete|driver|rider|black|female|male|teenager"
    r"|mother|father)\b",
    re.I,
)
# A ranking the sentence itself gives in figures: "the largest share at 40%, followed by".
_LISTED_AFTER = lazyre.compile(
    r"(?:[^.;]|\.\d){0,60}?\b(?:at|with|taking|accounting for|making up|holding|on)"
    r" (?:about |around |roughly |nearly |almost |some |just over |just under )?[$£€¥₹₦]?\d"
    r"(?:[^.;]|\.\d){0,60}?,? (?:followed by|ahead of|then)\b",
    re.I,
)
# "the largest grower, with a 17 per cent share": the ranking given as a figure.
_SHARE_AFTER = lazyre.compile(
    r"(?:\s+[\w-]+){0,3},?\s+with (?:a |an )?(?:about |around |roughly )?\d[\d.]*\s?"
    r"(?:%|per ?cent)\s+share\b",
    re.I,
)
# A price or index at "its highest level since ...": exchange data, not a ranking.
_MARKET_LEVEL = lazyre.compile(
    r"(?:its|their) (?:highest|lowest|strongest|weakest) (?:level|point|close|reading|price"
    r"|value)s? (?:in|since|for)\b",
    re.I,
)
# "the largest of them", "the oldest of the three": one of a set just named.
_OF_THEM = lazyre.compile(
    r"\s+of (?:them|those|these|the (?:two|three|four|five|six|group|pair|trio|fires|fronts))\b",
    re.I,
)
# "the first passenger train to run ... since 1964": a first within a stated span.
_SINCE_YEAR = lazyre.compile(r"[^.;]{0,80}?\bsince (?:\d{4}|the \d{4}s)\b")


# "Pakistan, the country's largest export market, held back": an epithet set off by
# commas after a name identifies it; the ranking is background, a matter of record.
_NAME_COMMA_BEFORE = lazyre.compile(
    r"\b[A-Z][\w.&'’-]*(?: (?:of )?[A-Z][\w.&'’-]*){0,3}, (?:the )?$"
)
# Only a measured rank is a matter of record; "the nation's most innovative company"
# or "the city's finest restaurant" in apposition is still praise.
_MEASURED = frozenset(
    {"largest", "biggest", "oldest", "busiest", "highest", "lowest", "longest", "tallest",
     "deepest", "smallest", "richest", "wealthiest", "poorest", "youngest", "heaviest",
     "populous", "widest", "coldest", "hottest", "wettest", "driest"}
)  # fmt: skip
_EPITHET_END = lazyre.compile(r"(?:\s+[\w'’-]+){1,7}?\s*[,)—–]")
# "along the busiest corridors", "the poorest households": a class described by its
# rank, not one thing ranked ("the busiest corridor in Asia" stays a claim).
_THE_PLURAL_AFTER = lazyre.compile(
    r"\s+(?:[a-z-]+\s+)?(?!(?:does|goes|lies|uses|sees|says|seems|makes|takes|comes|gives"
    r"|gets|means|needs|looks|keeps|feels|knows|remains|becomes)\b)[a-z]{2,}[^siu\W'’]s\b"
    r"(?!\s+(?:of|in|on|anywhere|ever|than)\b)"
    r"|\s+\d[\d.]*\s?(?:%|per ?cent)"  # "the poorest 60 per cent": a bracket
)


def _epithet_or_class(text: str, claim: Claim, base: int) -> bool:
    """A superlative that identifies a named thing in apposition, or describes a class."""
    at, after = claim.start - base, claim.end - base
    if (
        claim.text.rsplit(" ", 1)[-1].lower() in _MEASURED
        and _NAME_COMMA_BEFORE.search(text, max(0, at - 60), at)
        and _EPITHET_END.match(text, after)
    ):
        return True
    return (
        claim.text[:4].lower() == "the "
        and bool(_THE_PLURAL_AFTER.match(text, after))
        and not _COPULA_BEFORE.search(text, max(0, at - 20), at)
    )


def _not_a_ranking(text: str, claim: Claim, base: int) -> bool:
    """A superlative that names (an institution, a set of one's own) or sells, not ranks."""
    after = claim.end - base
    if text.startswith("-", after) and ("most-" in claim.text or "least-" in claim.text):
        return True  # "the league's most-valuable-player award": a compound name
    if _epithet_or_class(text, claim, base) or claim.text.lower() == "the most part":
        return True  # ... or the idiom "for the most part"
    if _INSTITUTION.match(text, after):
        return True  # "the country's highest court"
    if _CURATION_AFTER.match(text, after) or _PLACE_OR_FAMILY_AFTER.match(text, after):
        return True
    if claim.text.lower().endswith(_FELT) and _PART_AFTER.match(text, after):
        return True  # "The worst part had been the waiting", "the best part of a decade"
    if _SCOPED_AFTER.match(text, after):
        return True  # "the biggest title of her career", "the lowest score of the day"
    if claim.text.lower().startswith("the first") and (
        _SINCE_YEAR.match(text, after) or _FIRST_PERSON.search(claim.text)
    ):
        return True  # "the first train since 1964", "the first Italian man to win"
    if _first_batch(text, claim, base):
        return True  # "expect the first trains to run in 2029": the earliest, not a record
    if _LISTED_AFTER.match(text, after) or _SHARE_AFTER.match(text, after):
        return True  # "the largest allocation at ₦5.6 trillion, followed by ..."
    if _MARKET_LEVEL.match(text, claim.start - base) or _OF_THEM.match(text, after):
        return True  # "its highest level in half a century"; "the largest of them"
    at = claim.start - base
    if _POSSESSIVE_PLURAL.match(text, at) and not _COPULA_BEFORE.search(text, max(0, at - 20), at):
        return True  # "in Europe's best hotels" (but "are the country's biggest exports")
    return bool(_OWN_PLURAL.match(text, at))


# "the worst part", "the best bit": a share of one experience, not a ranking.
_PART_AFTER = lazyre.compile(r"\s+(?:part|parts|bit|bits)\b")
_FELT = ("best", "worst", "hardest", "toughest", "saddest", "easiest")  # not "the largest part"
# "the first trains to", "the first pupils to": the earliest of a batch, in time.
_FIRST_BATCH = lazyre.compile(r"the first (?:[a-z-]+ )?[a-z]+[^s\W'’]s to", re.I)
_AMONG_BEFORE = lazyre.compile(r"\b(?:among|of)\s+$", re.I)


def _first_batch(text: str, claim: Claim, base: int) -> bool:
    """A plural "the first X to" that no subject is said to be ("expect the first trains
    to run in 2029", "the first residents to move in") tells when, not who came first;
    "were the first countries to" and "among the first firms to" still rank."""
    if not _FIRST_BATCH.fullmatch(claim.text):
        return False
    at = claim.start - base
    lo = max(0, at - 20)
    return not (_COPULA_BEFORE.search(text, lo, at) or _AMONG_BEFORE.search(text, lo, at))


# "Gene editing has become the hottest corner of dealmaking": a ranking of the subject.
_CROWNING = lazyre.compile(
    r"\b(?:has|have) (?:now |quickly |fast |rapidly |swiftly )?become\s+$"
    r"|\b(?:is|are) now\s+$"
)


def _crowned(text: str, claim: Claim, base: int) -> bool:
    """A superlative the sentence makes its subject's new standing, or a cause it ranks
    first ("are the primary driver of"): no model needed."""
    if claim.kind == "trend":
        return bool(_RANKED_CAUSE.search(claim.text))
    if claim.kind == "league":
        return claim.text.lower().startswith(_BECOMING)  # "becoming the busiest port in Asia"
    if claim.kind != "superlative":
        return False
    if claim.text.lower().endswith(("capital", "world", "planet", "universe")):
        return True  # "the lithium capital of the world": a title, whatever the model says
    at = claim.start - base
    return bool(_CROWNING.search(text, max(0, at - 30), at))


_BECOMING = ("becoming", "turning into", "emerging as", "has become", "have become")
_MONTH_MAY = lazyre.compile(r"May\.?,?\s+\d|\d\s+May\b")
# What may stand before the first word of a sentence.
_OPENERS = " \t\n\"“‘'(["


def _hedges(text: str) -> list[int]:
    """Where the sentence's hedge words stand; the month ("May 12", "12 May", "in April
    and May": the modal is capitalised only where it opens the sentence) is not one."""
    return [start for start, end in _spans(_HEDGE, text) if not _month_may(text, start, end)]


# Where one main clause ends and the next begins: "X is the most fertile in Africa,
# and with investment the country could feed the region" hedges only the second.
_CLAUSE_BREAK_AT = lazyre.compile(r";|, (?:and|but|while|whereas|yet) |\s[—–]\s")


# A clause of its own has a few words ("..., and probably justifiably." is an aside).
_MAIN_CLAUSE = lazyre.compile(r"\s*(?:[^\s.;!?]+\s+){4}")


def _hedged_at(text: str, hedges: list[int], start: int, end: int) -> bool:
    """Whether a hedge word stands in the main clause of text[start:end]."""
    if not hedges:
        return False
    lo, hi = 0, len(text)
    for m in _CLAUSE_BREAK_AT.finditer(text):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end and _MAIN_CLAUSE.match(text, m.end()):
            hi = m.start()
            break
    return any(lo <= h < hi for h in hedges)


def _month_may(text: str, start: int, end: int) -> bool:
    """Whether the hedge word at text[start:end] is the month May."""
    return text[start:end] == "May" and bool(
        text[:start].strip(_OPENERS)
        or _MONTH_MAY.match(text, start)
        or _MONTH_MAY.search(text, max(0, start - 4), end)
    )


def _reported_copy(doc: Document) -> tuple[bool, frozenset[str]]:
    """Whether the article attributes as reporting does (several paragraphs, and a
    fair share of them, name who says what: its figures come from those sources),
    and the figures its sourced paragraphs give (a summary bullet or a headline
    repeating one of them is covered by that source)."""
    paragraphs = [
        b.text
        for b in doc.blocks
        if b.kind in ("paragraph", "list_item")
        and not b.quoted
        and len(b.text.split()) >= LEAD_WORDS
        and not _drafting(b.text)
    ]
    sourced = [t for t in paragraphs if is_attributed(t)]
    # The figure cues are the matches of every figure pattern (read once, shared with _block).
    figures = frozenset(
        _figure_key(c.text) for t in sourced for c in _paragraph_cues(t) if c.rule == "NL201"
    )
    reported = len(sourced) >= REPORTED_MIN and len(sourced) >= REPORTED_SHARE * len(paragraphs)
    return reported, figures


def _figure_key(text: str) -> str:
    """'$750 million' and '$750m' alike."""
    key = text.lower().replace(" ", "").replace(",", "")
    for long, short in (("million", "m"), ("billion", "bn"), ("trillion", "tn"), ("percent", "%")):
        key = key.replace(long, short)
    return key


# "The £412 million profit was ...": a definite figure points back to one given before.
_DEFINITE_BEFORE = lazyre.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")
_WORDS_AFTER = lazyre.compile(r"\s+([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?")
_NOT_HEADS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "from", "and", "or", "was",
     "were", "is", "are", "has", "had", "have", "will", "would", "with", "than", "more", "less",
     "that", "which", "who", "this", "its", "their", "last", "next", "year", "month"}
)  # fmt: skip
_FIGURE_RX = dict(_FIGURE_KINDS)


def _restated(text: str, claim: Claim, sourced: Iterable[str]) -> bool:
    """'The £412 million profit', when a sourced paragraph before gave a profit in
    money: a definite reference to a figure already given with its source."""
    if not _DEFINITE_BEFORE.search(text, max(0, claim.start - 6), claim.start):
        return False
    m = _WORDS_AFTER.match(text, claim.end)
    if not m:
        return False
    heads = [w for w in m.groups() if w and len(w) > 3 and w not in _NOT_HEADS]
    if not heads:
        return False
    figure = _FIGURE_RX[claim.kind]
    for head in heads:
        stem = re.escape(head[:-1] if head.endswith("s") else head)
        noun = re.compile(rf"\b{stem}(?:s|es)?\b", re.I)
        for earlier in sourced:
            for n in noun.finditer(earlier):
                window = earlier[max(0, n.start() - 60) : n.end() + 60]
                if figure.search(window):
                    return True
    return False


def _backed_later(claim: Claim) -> bool:
    """A plain change ("have risen sharply") or a measured rank ("the largest item") that
    the next sentence can back with a sourced figure, as news copy does: "Rents have risen
    sharply since 2022. The average rent is now 3,200 zloty, according to Otodom." A boom
    ("soared"), praise or a ranking against a region needs its own source."""
    if claim.kind == "trend":
        return bool(_PLAIN_CHANGE.match(claim.text))
    return claim.kind == "superlative" and claim.text.rsplit(" ", 1)[-1].lower() in _MEASURED


def _sourced_figure(sentence: Sentence, cues: list[Claim], points: list[int]) -> bool:
    """Whether a sentence gives a figure and names its source."""
    return any(sentence.start <= p < sentence.end for p in points) and any(
        c.rule == "NL201" and sentence.start <= c.start < sentence.end for c in cues
    )


def _appositive(text: str, claim: Claim, source_at: int) -> bool:
    """A peacock set off by commas before the sentence's source: ", a leading X, said"."""
    return (
        claim.end <= source_at
        and text[max(0, claim.start - 2) : claim.start] == ", "
        and "," in text[claim.end : source_at]
    )


class UnsupportedClaims(Check):
    """Sentences stating checkable facts with no source in sight."""

    rules = (
        rule(
            "NL201",
            "unsourced-figure",
            "warning",
            "Figure stated without a source",
            """A sum of money, a percentage, a count or a ranking is the first thing a
            reader may quote and a fact-checker will check. Say where it comes from: a
            named source with a reporting verb ("the company said", "according to
            Eurostat", "data from the Labor Department") in the sentence or earlier in
            its paragraph, or a link to the filing, report or data set. Market moves
            ("shares rose 3%") and ages are routine and not flagged.""",
            bad=[
                "The startup lost $40 million last year, more than double its revenue.",
                "Unemployment in the region climbed to 14 percent.",
            ],
            good=[
                "The startup lost $40 million last year, according to its annual filing.",
                "Unemployment in the region climbed to 14 percent, Eurostat said on Monday.",
                "Shares of the company rose 4% in early trading.",
            ],
        ),
        rule(
            "NL203",
            "peacock-term",
            "info",
            "Peacock term presented as fact",
            """Words such as "world-class", "renowned", "the leader in" or "one of the
            most important" praise instead of informing, and in the writer's own voice
            they are unverifiable claims. Attribute the judgement to someone who made
            it, or replace it with the fact behind it (market share, ranking, award).""",
            bad=[
                "The firm is the leader in industrial robotics.",
                "She joined one of the leading law firms in the city.",
            ],
            good=[
                "The firm sold more industrial robots than any rival in 2023, "
                "according to the International Federation of Robotics.",
                "Analysts at Gartner ranked the firm the leader in industrial robotics.",
            ],
        ),
        rule(
            "NL204",
            "unsourced-superlative",
            "info",
            "Superlative or first stated without a source",
            """"The largest", "the first", "a record" and "unprecedented" are claims about
            every other case, and easy to get wrong. Name who measured it or link the
            ranking, or drop the superlative.""",
            bad=["The bridge is the longest suspension bridge ever built in Europe."],
            good=[
                "The bridge is the longest suspension bridge in Europe, according to "
                "the European Bridge Association.",
            ],
        ),
        rule(
            "NL205",
            "unsourced-generalisation",
            "warning",
            "Generalisation with no named evidence",
            """"Studies show", "most economists agree" and "it is well known" assert a
            consensus without naming it. Name the study, the survey or the economists,
            or link them.""",
            bad=[
                "Studies show that remote workers are more productive.",
                "It's no secret that recycling is the future of the energy economy.",
                "Consumers everywhere are cutting back on non-essential purchases.",
                "Everyone in the industry knows that benchmark scores mislead.",
                "It goes without saying that the partnership will reshape the cloud market.",
                "Closing schools is always the most painful decision a district can make.",
                "Research has consistently shown that light exercise cuts the risk of early death.",
            ],
            good=[
                "A 2023 Stanford study of 16,000 workers found remote workers were 13% "
                "more productive, its authors said.",
            ],
        ),
        rule(
            "NL206",
            "unsourced-trend",
            "info",
            "Trend or causal claim stated without a source",
            """"Doubled", "soared", "led to" and "is growing at a very high pace" state a
            change or a cause as fact. Give the figures and their source, or attribute
            the claim to whoever makes it.""",
            bad=["Demand for the drug has soared, causing shortages across the country."],
            good=["Demand for the drug has soared, the health ministry said on Friday."],
        ),
        rule(
            "NL207",
            "prediction-as-fact",
            "info",
            "Prediction stated as fact",
            """"Prices will double next year" states a forecast as certain. Attribute it
            to whoever forecasts it ("the central bank expects") or hedge it.""",
            bad=["Electricity prices will double by next winter."],
            good=["Electricity prices will double by next winter, the regulator forecast."],
        ),
        rule(
            "NL209",
            "figure-near-source",
            "info",
            "Figure with no source of its own, though a source is named nearby",
            """A figure in a paragraph that names no source, right after a paragraph
            (or under a lead) that does. Wire and newspaper copy names its main
            source once and then gives that source's figures, so such a figure is
            usually covered, and NL201 leaves it alone. But an unsourced figure
            slipped into sourced copy looks exactly like this, so a strict desk
            opts in (`extend-select = ["NL209"]`) to glance at each one. Off by
            default: in labelled copy about nine in ten such figures were the
            source's own. Vague sums ("billions of dollars") are NL201 wherever
            they stand.""",
            bad=[
                "Brightline said on Monday that it would add four trains a day.\n\n"
                "The rail line lost 30 percent of its riders last year."
            ],
            good=[
                "Brightline said on Monday that it would add four trains a day.\n\n"
                "The rail line lost 30 percent of its riders last year, the company said."
            ],
        ),
        rule(
            "NL208",
            "check-worthy-claim",
            "info",
            "Check-worthy claim with no source (model score)",
            """Opt-in. Flags every sentence that the shipped check-worthiness model
            (a logistic regression trained on 9,119 labelled debate sentences; see
            docs/unsupported-claims.md) scores as a factual claim, when nothing in
            its sentence or paragraph supports it. Noisy on ordinary news copy, useful
            on transcripts, opinion pieces and press releases.""",
            bad=["We lost 700,000 manufacturing jobs in the last four years."],
            good=["I think we can do better than that."],
        ),
    )
    default_off = frozenset({"NL208", "NL209"})
    _sourced_figures: frozenset[str] = frozenset()
    _sourced_before: tuple[str, ...] = ()  # the sourced paragraphs before this one

    def prepare(self, ctx: Context) -> None:
        """Parse the check-worthiness model (1.4 MB of weights and word clusters)
        once, in the process that forks the workers, instead of once per worker."""
        if any(ctx.wants(r.id) for r in self.rules):
            claim_score("")

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        previous_sourced = False  # did the paragraph before this one name a source?
        previous_question = False  # in an interview, was it the interviewer's question?
        lead_sourced = False  # did the lead (the first real paragraphs) name one?
        lead_left = LEAD_PARAGRAPHS
        reported, self._sourced_figures = _reported_copy(doc)
        self._sourced_before = ()
        interview = _is_interview(doc)
        for block in doc.blocks:
            if block.kind == "heading":
                previous_sourced = False
            if block.kind not in ("paragraph", "list_item") or block.quoted:
                continue
            if interview and previous_question and not asks(block.text):
                previous_question = False
                continue  # an answer: the interviewee's words, attributed by the format
            previous_question = interview and asks(block.text)
            if block.kind == "paragraph" and _looks_like_title(block.text):
                continue  # a plain-text headline: not a claim in the article's voice
            nearby = previous_sourced or lead_sourced or reported
            findings, sourced = self._block(block, ctx, nearby)
            yield from findings
            previous_sourced = sourced
            if sourced:
                self._sourced_before += (block.text,)
            if lead_left and len(block.text.split()) >= LEAD_WORDS:
                # A stand-first, a cookie notice or a dateline may come first.
                lead_left -= 1
                lead_sourced = lead_sourced or sourced

    def _block(self, block: Block, ctx: Context, nearby_source: bool) -> tuple[list[Finding], bool]:
        """Findings of one paragraph, and whether it names a source."""
        text = block.text
        if _drafting(text) or _SPEAKER_LABEL.match(text):
            return [], False
        cues = _cues(text)  # one scan per pattern over the paragraph, not per sentence
        if not cues and not ctx.wants("NL208"):
            return [], bool(block.links) or is_attributed(text) or bool(_FOOTNOTE.search(text))
        points = attribution_points(text)
        points += [m.start() for m in _FOOTNOTE.finditer(text)]
        points += [ln.start for ln in block.links]
        if any(c in text for c in _QUOTE_CHARS):
            quotes = _quote_spans(text)
            cues = [c for c in cues if not _inside(quotes, c.start, c.end)]
        supported = False  # a named source earlier in the paragraph covers what follows
        out: list[Finding] = []
        sentences = block.sentences
        for i, sentence in enumerate(sentences):
            s_text = sentence.text
            here = [p for p in points if sentence.start <= p < sentence.end]
            if here and not supported:
                # "Acme, a leading maker of robots, said ...": the praise in the
                # appositive is the writer's, not the source's.
                out += [
                    self._finding(block, c, nearby_source, ctx)
                    for c in cues
                    if c.rule == "NL203" and ctx.wants("NL203") and _appositive(text, c, min(here))
                ]
            if here:
                supported = True
            if supported and not here:
                # A source earlier in the paragraph does not cover a share of a whole
                # population ("Close to half the homes still have no air conditioning")
                # or the writer's verdict ("the worst failure in the province's history").
                out += self._uncovered(block, sentence, cues, ctx)
            if supported or _not_asserted(s_text):
                continue
            claims = _figures_only(
                sentence, [c for c in cues if sentence.start <= c.start < sentence.end]
            )
            if (
                i + 1 < len(sentences)
                and any(_backed_later(c) for c in claims)
                and _sourced_figure(sentences[i + 1], cues, points)
            ):  # "Rents have risen sharply. The average is 3,200 zloty, Otodom says."
                claims = [c for c in claims if not _backed_later(c)]
            if self._sourced_before and any(c.rule == "NL201" for c in claims):
                claims = [
                    c
                    for c in claims
                    if c.rule != "NL201" or not _restated(text, c, self._sourced_before)
                ]
            for claim in self._gate(claims, sentence, ctx, nearby_source):
                finding = self._finding(block, claim, nearby_source, ctx)
                if finding:
                    out.append(finding)
        return out, supported

    def _uncovered(
        self, block: Block, sentence: Sentence, cues: list[Claim], ctx: Context
    ) -> list[Finding]:
        """Claims in a sentence that an earlier source in its paragraph cannot cover."""
        if _not_asserted(sentence.text):
            return []
        here = [c for c in cues if sentence.start <= c.start < sentence.end and ctx.wants(c.rule)]
        out = [
            Finding(c.rule, *block.source_span(c.start, c.end), _message(c))
            for c in here
            if _population_share(c, block.text) or (c.kind == "record" and _VERDICT.search(c.text))
        ]
        # Nor what a whole crowd knows or does ("Everyone in the valley knows ..."), nor
        # the first cause of a region's troubles: no one source speaks for them.
        sweeping = [
            c
            for c in here
            if c.kind == "habit"
            or (c.kind == "generalisation" and _EVERYONE.search(c.text))
            or _RANKED_CAUSE.search(c.text)
        ]
        if sweeping:
            out += [
                Finding(c.rule, *block.source_span(c.start, c.end), _message(c))
                for c in self._gate(sweeping, sentence, ctx)
            ]
        return out

    def _gate(
        self, claims: list[Claim], sentence: Sentence, ctx: Context, nearby_source: bool = False
    ) -> Iterable[Claim]:
        """One finding per rule per sentence; soft kinds need the model's agreement."""
        text = sentence.text
        hedges = _hedges(text)
        seen: set[str] = set()
        out: list[Claim] = []
        model_p: float | None = None
        for claim in claims:
            wanted = ctx.wants(claim.rule) or (claim.rule == "NL201" and ctx.wants("NL209"))
            if claim.rule in seen or not wanted:
                continue
            if claim.rule in ("NL204", "NL206", "NL207") and _hedged_at(
                text, hedges, claim.start - sentence.start, claim.end - sentence.start
            ):
                continue
            if claim.kind == "trend" and _quantified(sentence, claim, [], pair=True):
                continue  # "has doubled in two years, from 45 to 90": the figures are given
            if claim.kind == "trend" and _RESTATING.match(text):
                continue  # "In other words, the drug tripled the rate": the figures came before
            if claim.kind == "superlative" and _not_a_ranking(sentence.text, claim, sentence.start):
                continue
            if claim.kind in ("superlative", "league", "trend", "habit") and not _crowned(
                text, claim, sentence.start
            ):
                if model_p is None:
                    model_p = claim_score(text)
                if model_p < SOFT_GATE:
                    continue
            seen.add(claim.rule)
            out.append(claim)
        if not out and ctx.wants("NL208"):
            p = claim_score(text) if model_p is None else model_p
            if p >= 0.8:
                out.append(Claim("claim", "NL208", sentence.start, sentence.end, ""))
        # A peacock "one of the most X" already covers the superlative inside it.
        peacocks = [c for c in out if c.rule == "NL203"]
        out = [
            c
            for c in out
            if c.rule != "NL204" or not any(p.start < c.end and c.start < p.end for p in peacocks)
        ]
        # A figure warning already asks for a source; softer claims on the same
        # sentence would only repeat it.
        reporting_figures = ctx.wants("NL201") or ctx.wants("NL209")
        figures = [c for c in claims if c.rule == "NL201" and reporting_figures]
        if any(not _covered(c, nearby_source, sentence.block.text) for c in figures):
            return [c for c in out if c.rule in ("NL201", "NL203", "NL205")]
        # A figure a nearby source covers does not cover the writer's own framing
        # of it ("the boldest plan in a generation", "homelessness has exploded"),
        # except a trend the sentence quantifies ("doubled its profit to $80
        # million from $40 million").
        return [
            c
            for c in out
            if not (c.kind == "trend" and _quantified(sentence, c, figures))
            and not (c.kind == "trend" and figures and _PLAIN_CHANGE.match(c.text))
            and not (c.kind == "prediction" and _quantified(sentence, c, figures, pair=True))
        ]

    def _finding(
        self, block: Block, claim: Claim, nearby_source: bool, ctx: Context
    ) -> Finding | None:
        """A finding; a figure after a sourced lead or paragraph is only possibly unsourced.

        Such a figure is NL209 (info, not an NL201 warning): news copy often names
        its source once and gives its figures after it. A vague sum ("billions of
        dollars") is an estimate nobody made, so it stays NL201 wherever it stands.
        """
        message = _message(claim)
        rule_id = claim.rule
        if (
            rule_id == "NL201"
            and block.kind == "list_item"
            and _figure_key(claim.text) in self._sourced_figures
        ):  # a summary bullet repeating a figure the body sources
            return None  # the article gives this figure with its source elsewhere
        covered = _covered(claim, nearby_source, block.text)
        if rule_id == "NL201" and not covered and not ctx.wants("NL201"):
            return None
        if rule_id == "NL201" and covered:
            if not ctx.wants("NL209"):
                return None
            rule_id = "NL209"
            message += " (a source is named nearby: if it covers this figure, say so here)"
        return Finding(rule_id, *block.source_span(claim.start, claim.end), message)


_ADVICE = {
    "money": "name who reported the sum or link the filing",
    "percentage": "name the source of the percentage (survey, agency, company) or link it",
    "count": "say who counted (police, the company, a census) or link the data",
    "measure": "say who measured it (agency, study, company) or link the data",
    "ranking": "name who ranked it or link the ranking",
    "peacock": "attribute the praise to someone or state the fact behind it",
    "superlative": "name who measured it or link the ranking",
    "record": "name who keeps the record or link it",
    "league": "name who compared them or link the ranking",
    "generalisation": "name the study, survey or experts, or link them",
    "habit": "name the study or data that shows it, or link them",
    "trend": "give the figures and their source, or attribute the claim",
    "prediction": "attribute the forecast to whoever makes it, or hedge it",
    "claim": "attribute it to a named source or link the evidence",
}


def _message(claim: Claim) -> str:
    what = {
        "money": "Unsourced figure (money)",
        "percentage": "Unsourced figure (percentage)",
        "count": "Unsourced figure (count)",
        "measure": "Unsourced figure (measurement)",
        "ranking": "Unsourced figure (ranking)",
        "peacock": "Peacock term presented as fact",
        "superlative": "Superlative stated as fact",
        "record": "Record or all-time superlative stated as fact",
        "league": "Ranking against a region stated as fact",
        "generalisation": "Generalisation without named evidence",
        "habit": "Sweeping generalisation without named evidence",
        "trend": "Trend or causal claim stated as fact",
        "prediction": "Prediction stated as fact",
        "claim": "Check-worthy claim without a source",
    }[claim.kind]
    quoted = f" '{claim.text}'" if claim.text else ""
    return f"{what}{quoted}: {_ADVICE[claim.kind]}"


CHECKS = [UnsupportedClaims]
