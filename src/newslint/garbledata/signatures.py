"""Spinner signatures: words a synonym spinner puts in place of technical terms.

A spinner rewrites "regression analysis" as "relapse examination" and "mean
value" as "mean esteem". The spun word is ordinary English on its own ("a
cancer relapse", "held in high esteem"), but next to the words that the
original term keeps company with it is a giveaway. Each entry names the spun
word, the term it replaced, and the neighbours (the word before, the word
after) that mark the technical sense. A spun word next to such a neighbour is
reported even when the phrase is in no list, which is how the detector reaches
tortured phrases it has never seen ("straight relapse", "bunching calculation").
"""

from __future__ import annotations


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


# spun word -> (replaced term, words that may come before, words that may come after)
SIGNATURES: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "esteem": (
        "value",
        _w(
            "mean normal average edge ideal extreme least greatest outright absolute "
            "genuine market investor fair face net limit target anticipated expected "
            "irregular random numeric numerical pixel lifetime p shareholder predicted "
            "anticipated threshold most minimum maximum"
        ),
        _w("capacity function work range scope"),
    ),
    "esteems": (
        "values",
        _w(
            "mean normal average edge ideal extreme outright absolute genuine market "
            "investor fair irregular random numeric numerical pixel p predicted threshold "
            "minimum maximum"
        ),
        frozenset(),
    ),
    "relapse": (
        "regression",
        _w("straight direct strategic calculated polynomial ridge lasso linear logistic multiple"),
        _w(
            "examination investigation analysis model models coefficient coefficients "
            "line method strategy procedure condition equation capacity function"
        ),
    ),
    "blunder": (
        "error",
        _w(
            "mean square squared outright absolute standard relative estimation forecast "
            "expectation prediction measurement root bit preparing training test approval "
            "validation total normal"
        ),
        _w("rate rates bars term terms capacity function edge"),
    ),
    "mistake": (
        "error",
        _w("mean square squared outright absolute standard relative root bit preparing approval"),
        _w("rate rates bars term terms capacity"),
    ),
    "blunders": (
        "errors",
        _w("estimation forecast expectation prediction measurement preparing training approval"),
        _w("rate rates"),
    ),
    "exactness": (
        "accuracy",
        _w(
            "order grouping characterization arrangement classification expectation "
            "prediction forecast model test recognition acknowledgment location detection "
            "identification"
        ),
        _w("rate rates"),
    ),
    "acknowledgment": (
        "recognition",
        _w(
            "discourse speech picture image face facial design example pattern object item "
            "character voice feeling emotion activity action signal text handwriting gesture"
        ),
        _w("rate rates framework system exactness accuracy calculation algorithm"),
    ),
    "calculation": (
        "algorithm",
        _w(
            "hereditary genetic improvement streamlining advancement optimization "
            "bunching grouping characterization order arranging encryption swarm learning "
            "AI ML subterranean proposed novel"
        ),
        frozenset(),
    ),
    "calculations": (
        "algorithms",
        _w(
            "hereditary genetic improvement streamlining advancement optimization bunching "
            "grouping characterization order arranging encryption swarm learning AI ML"
        ),
        frozenset(),
    ),
    "highlight": (
        "feature",
        frozenset(),
        _w("extraction determination choice selection vector vectors space map maps designing"),
    ),
    "highlights": (
        "features",
        _w("separated extracted chose chosen"),
        _w("extraction determination vector vectors"),
    ),
    "bunching": (
        "clustering",
        _w("k-implies k-means progressive hierarchical information data"),
        _w("calculation calculations algorithm algorithms strategy method technique examination"),
    ),
    "portrayal": (
        "representation",
        _w("information data highlight feature inactive latent vector scanty sparse learned"),
        _w("learning"),
    ),
    "streamlining": (
        "optimization",
        _w("molecule particle swarm multi-objective raised convex"),
        _w(
            "issue issues problem problems calculation calculations algorithm strategy "
            "method procedure"
        ),
    ),
    "clamor": (
        "noise",
        _w("flag signal sign foundation background white gaussian estimation measurement"),
        _w("proportion ratio decrease reduction evacuation removal"),
    ),
    "commotion": (
        "noise",
        _w("flag signal sign foundation background white gaussian estimation measurement"),
        _w("proportion ratio decrease reduction evacuation removal"),
    ),
    "vitality": (
        "energy",
        _w(
            "sustainable inexhaustible renewable sun solar wind atomic nuclear warm thermal "
            "dynamic kinetic potential electrical electric clean green elective alternative "
            "environmentally"
        ),
        _w(
            "utilization use consumption proficiency effectiveness efficiency stockpiling "
            "storage sources source creation production emergency crisis costs prices area "
            "sector interest demand supply market markets reaping harvesting misfortune loss "
            "bills organizations companies strategy security"
        ),
    ),
    "reenactment": (
        "simulation",
        _w("PC computer numerical mathematical carlo"),
        _w(
            "results result model models study studies information data apparatus tool "
            "condition environment programming software"
        ),
    ),
    "proficiency": (
        "efficiency",
        _w("vitality energy fuel power force calculation computational cost working operational"),
        frozenset(),
    ),
    "organization": (
        "network",
        _w("neural profound remote wireless sensor PC versatile cell correspondence specially"),
        frozenset(),
    ),
    "organizations": (
        "networks",
        _w("neural profound remote wireless sensor PC versatile cell correspondence"),
        frozenset(),
    ),
    "information": (
        "data",
        _w("enormous huge colossal gigantic immense tremendous preparing"),
        _w(
            "mining digging science researcher researchers scientist scientists examination "
            "analytics assortment preprocessing stockpiling stream streams driven focus "
            "focuses break spill combination increase lake warehouse set sets"
        ),
    ),
    "expectation": (
        "prediction",
        frozenset(),
        _w("exactness accuracy blunder mistake error calculation algorithm"),
    ),
    "order": ("classification", frozenset(), _w("exactness calculation calculations blunder")),
    "grouping": ("classification", frozenset(), _w("calculation calculations exactness blunder")),
    "characterization": (
        "classification",
        frozenset(),
        _w(
            "exactness accuracy calculation calculations algorithm algorithms model models "
            "issue problem execution performance errand task"
        ),
    ),
    "execution": (
        "performance",
        _w("elite superior characterization grouping key"),
        _w("assessment measurements pointers upgrade correlation markers"),
    ),
    "pointers": (
        "indicators",
        _w("execution monetary financial economic key wellbeing health"),
        frozenset(),
    ),
    # news and public affairs
    "area": (
        "sector",
        _w(
            "energy vitality transportation transport banking monetary innovation tech "
            "assembling manufacturing agribusiness telecom telecommunications "
            "oil auto car aeronautics aviation"
        ),
        frozenset(),
    ),
    "emergency": (
        "crisis",
        _w("lodging monetary obligation vitality environment banking cash"),
        frozenset(),
    ),
    "framework": (
        "system",
        _w("wellbeing equity instruction discretionary insusceptible safe working"),
        frozenset(),
    ),
    "equity": (
        "justice",
        _w("criminal"),
        _w("framework division department pastor"),
    ),
    "pastor": (
        "minister",
        _w(
            "unfamiliar money wellbeing guard safeguard inside schooling training exchange "
            "trade energy farming horticulture climate environment transport finance health "
            "defense defence foreign interior education justice equity prime association "
            "cabinet bureau"
        ),
        frozenset(),
    ),
    "pastors": (
        "ministers",
        _w("unfamiliar money wellbeing guard finance health foreign cabinet bureau association"),
        frozenset(),
    ),
    "catch": ("capture", _w("carbon"), frozenset()),
    "outflows": (
        "emissions",
        _w("carbon gas vehicle vehicular methane nursery greenhouse fossil industrial modern"),
        frozenset(),
    ),
    "discharges": (
        "emissions",
        _w("carbon nursery greenhouse ozone methane vehicle"),
        frozenset(),
    ),
    "environment": (
        "climate",
        frozenset(),
        _w(
            "change emergency activists activist objectives financing calamity denial "
            "refugees researcher researchers models"
        ),
    ),
    "nursery": (
        "greenhouse",
        frozenset(),
        _w("gas gases gasses emissions discharges outflows impact effect"),
    ),
    "wellbeing": (
        "health",
        frozenset(),
        _w("framework specialists authorities pastor laborers protection"),
    ),
    "unfamiliar": (
        "foreign",
        frozenset(),
        _w(
            "pastor minister ministers ministry speculation investment investors backers "
            "trade money currency nationals undertakings affairs policy strategy direct "
            "exchange office secretary powers forces aid guide"
        ),
    ),
    "understudies": (
        "students",
        _w(
            "college school university secondary global worldwide international nursing "
            "medical graduate foreign unfamiliar clinical"
        ),
        frozenset(),
    ),
    "instructive": (
        "educational",
        frozenset(),
        _w(
            "establishments establishment institutions institution foundations organizations "
            "year program programs sector area framework system plans loans"
        ),
    ),
    "pioneers": (
        "leaders",
        _w("resistance opposition party political religious rebel agitator gathering strict"),
        frozenset(),
    ),
    "pioneer": (
        "leader",
        _w("resistance opposition party rebel agitator gathering strict"),
        frozenset(),
    ),
    "occupants": (
        "residents",
        _w("neighborhood neighbourhood local nearby city town village area region"),
        frozenset(),
    ),
    "casualty": ("victim", _w("assault rape shooting wrongdoing misrepresentation"), frozenset()),
    "wrongdoing": (
        "crime",
        _w("violent vicious coordinated organized cyber digital knife weapon firearm"),
        _w("rate rates scene percentage figures wave"),
    ),
    "clinical": (
        "medical",
        frozenset(),
        _w("college colleges understudies gear consideration crisis oxygen"),
    ),
    "misfortunes": (
        "losses",
        _w("occupation job employment work monetary financial crop harvest business weighty"),
        frozenset(),
    ),
    "misfortune": (
        "loss",
        _w(
            "weight hearing vision blood memory occupation job revenue income data "
            "information biodiversity habitat net crop"
        ),
        frozenset(),
    ),
    "disappointment": (
        "failure",
        _w("kidney heart liver renal organ respiratory system framework engine motor power force"),
        frozenset(),
    ),
    "assault": ("attack", _w("heart digital ransomware phishing"), frozenset()),
    "antibody": (
        "vaccine",
        frozenset(),
        _w(
            "rollout drive doses dose shots shot mandate mandates hesitancy reluctance "
            "producers makers maker supply supplies program programme campaign certificate "
            "passport passports"
        ),
    ),
    "programming": (
        "software",
        frozenset(),
        _w(
            "update updates organization organizations company companies engineer engineers "
            "designer designers bundle package patch bug firm giant item product products "
            "license permit stage platform"
        ),
    ),
    "stage": (
        "platform",
        _w("entertainment streaming cloud exchanging installment payment e-commerce"),
        frozenset(),
    ),
    "installment": (
        "payment",
        _w("computerized advanced digital online versatile mobile contactless"),
        _w("framework system application app processor organization gateway entryway stage"),
    ),
    "entryway": ("gateway", _w("installment payment online web"), frozenset()),
    "crew": (
        "team",
        _w("national cricket football soccer b-ball hockey olympic rival opposing visiting"),
        frozenset(),
    ),
    "objective": (
        "goal",
        _w("scored scoring winning leveling levelling equalizing equalising"),
        _w("scorer scorers kick"),
    ),
    "mentor": ("coach", _w("head lead football"), frozenset()),
}

_MOVES = (
    "rose fell jumped dropped climbed slid slipped tumbled plunged surged soared sank slumped "
    "rallied gained edged dipped"
)

# Second senses of words that already have an entry above, and news signatures:
# spun word -> [(replaced term, words before, words after), ...]. A market-move
# verb after the word ("creation fell") marks the business sense. ("offers" for
# shares is not here: "job offers rose" is ordinary English.)
MORE_SIGNATURES: dict[str, list[tuple[str, frozenset[str], frozenset[str]]]] = {
    "organizations": [
        (
            "companies",
            _w(
                "oil gas energy drug pharmaceutical insurance car auto airline mining tobacco "
                "telecom utility shipping steel chemical chip semiconductor"
            ),
            frozenset(),
        )
    ],
    "organization": [
        (
            "company",
            _w(
                "oil gas energy drug pharmaceutical insurance car auto airline mining tobacco "
                "telecom utility shipping steel chemical chip semiconductor"
            ),
            frozenset(),
        )
    ],
    "creation": [
        (
            "production",
            _w(
                "oil gas crude food crop steel car auto vehicle factory industrial manufacturing "
                "coal electricity power energy meat milk wheat grain rice corn chip semiconductor "
                "vaccine weapons arms ammunition opium cocaine"
            ),
            _w(_MOVES + " fell grew shrank contracted slowed declined increased"),
        )
    ],
    "swelling": [
        (
            "inflation",
            _w("annual core consumer price wage food headline yearly runaway rampant"),
            _w("rate rates figures data target expectations pressures outlook forecast hit peaked"),
        )
    ],
    "misfortune": [
        (
            "loss",
            _w(
                "annual net quarterly operating pre-tax pretax yearly record first-quarter "
                "second-quarter third-quarter fourth-quarter half-year full-year"
            ),
            frozenset(),
        )
    ],
    "obligation": [
        (
            "debt",
            _w("public national government household student sovereign corporate mounting"),
            _w("ceiling crisis levels load burden relief restructuring default"),
        )
    ],
    "assents": [
        (
            "sanctions",
            _w("economic monetary financial new fresh tougher western international"),
            _w("against on"),
        )
    ],
}

_BEAT = (
    "beat beats beating surpass surpassed surpasses surpassing exceed exceeded exceeds exceeding "
    "top topped topping tops outpaced outstripped missed miss missing misses trounced"
)

# Spun nouns after a verb that marks the replaced sense, directly or after one or
# two filler words: "surpassing the desires", "beat market assumptions".
# spun word -> (replaced term, verbs, fillers allowed between)
# "exceeded the assumptions of the model" is English: "assumptions" only after a
# market word ("beat market assumptions").
_MARKET_FILLERS = "market analyst analysts wall street consensus earnings investor investors"
VERB_SIGNATURES: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "desires": ("expectations", _w(_BEAT), _w("the all " + _MARKET_FILLERS)),
    "assumptions": ("expectations", _w(_BEAT), _w(_MARKET_FILLERS)),
}

MORE_SIGNATURES.update(
    {
        "examiners": [
            (
                "analysts",
                _w(
                    "market industry street equity financial stock sell-side brokerage credit "
                    "bank energy oil tech retail auto"
                ),
                _w(
                    "anticipate anticipated anticipates anticipating foresee foresaw foresees "
                    "polled surveyed"
                ),
            )
        ],
        "examiner": [
            (
                "analyst",
                _w("market industry street equity financial stock sell-side brokerage credit"),
                frozenset(),
            )
        ],
    }
)

# "study" -> "concentrate" ("another concentrate distributed in the diary"); alone
# it is juice or attention, so only before a verb of publishing or finding.
MORE_SIGNATURES["concentrate"] = [
    (
        "study",
        frozenset(),
        _w("distributed discovered proposes recommends observed noticed"),
    )
]


# Round 8: market and labour words. "exchanging" for trading beside a session word
# ("in early exchanging", "exchanging volume"); "occupations" for jobs after a count
# word or before a word of job numbers ("two million occupations", "occupations cuts").
MORE_SIGNATURES.update(
    {
        "exchanging": [
            (
                "trading",
                _w(
                    "early late morning afternoon midday lunchtime heavy light thin volatile "
                    "intraday overnight premarket pre-market after-hours electronic choppy "
                    "brisk afternoon's morning's"
                ),
                _w("volume volumes session sessions floor halt hours desk day days"),
            )
        ],
        "occupations": [
            (
                "jobs",
                _w("million thousand"),
                _w("cuts losses creation"),
            )
        ],
    }
)
