"""Inconsistent figures within one article (NL301-NL311).

Like statcheck recomputing a reported p-value, these checks recompute what an
article says about its own numbers: the same investment given two sizes or two
hedges, a sum called undisclosed and then stated, a percentage change that its
own before/after figures contradict, a weekday that is not that date's weekday.

Precision comes first. Every check flags only what is impossible under the
rounding the text itself uses (interval arithmetic on "$12 million" = 11.5-12.5),
pairs mentions only when measure and subject agree, and stays quiet when the
sentence signals a different fact (another year, a tranche, a comparison).

One module per kind of relation: `common` (the shared pairing tests and base
class), `restated`, `undisclosed`, `change`, `shares` and `dates`.
"""

from newslint.checks.figures.change import ChangeArithmeticCheck
from newslint.checks.figures.dates import (
    AgeBirthYearCheck,
    DateArithmeticCheck,
    StreakCheck,
    WeekdayDateCheck,
)
from newslint.checks.figures.restated import SameFigureCheck
from newslint.checks.figures.shares import SharesCheck, VoteTallyCheck
from newslint.checks.figures.undisclosed import UndisclosedCheck

# The order the checks run in, and so the order of their findings on one line.
CHECKS = [
    SameFigureCheck,
    UndisclosedCheck,
    ChangeArithmeticCheck,
    SharesCheck,
    VoteTallyCheck,
    WeekdayDateCheck,
    AgeBirthYearCheck,
    DateArithmeticCheck,
    StreakCheck,
]
