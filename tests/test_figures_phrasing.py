"""Contradictions phrased the way news states them, and consistent look-alikes.

Each BAD text must produce at least one NL3xx finding; each GOOD text none.
"""

from __future__ import annotations

import pytest

from conftest import lint

BAD = {
    "val_q": "Meridian reported a record third-quarter profit of $3.1 billion, up 35% from $2.3 billion a year earlier.\n\nThe quarterly profit of $3.4 billion at Meridian was helped by trucks.\n",
    "arith_g": "Meridian reported a record third-quarter profit of $3.1 billion, up 45% from $2.3 billion a year earlier.\n",
    "arith_h": "Revenue was $44.1 billion, down 12% from $39.4 billion.\n",
    "arith_a": "Profit jumped 50% to $3 million, from $2.5 million a year ago.\n",
    "arith_b": "The company's revenue grew by 25%, from $80 million in 2022 to $90 million in 2023.\n",
    "arith_c": "Sales fell 30 percent to $700,000 from $800,000.\n",
    "arith_d": "Membership declined by a quarter, from 4,000 to 3,500.\n",
    "arith_e": "Net income rose to $1.2 billion from $1 billion, an increase of 40%.\n",
    "arith_f": "Its stock price tripled from $10 to $20 last year.\n",
    "vote_a": "The council approved the plan with five votes in favour and four against. The council has seven members.\n",
    "age_b": "---\ndate: 2023-05-01\n---\nHale, who was born in 1962, is 48.\n",
    "ann_a": "---\ndate: 2023-05-01\n---\nFounded in 1973, the charity is marking its 40th anniversary this year.\n",
    "hedge_b": "The fire destroyed nearly 200 homes, officials said.\n\nThe blaze, which destroyed more than 200 homes, was the worst in years.\n",
    "val_a": "Apple agreed to pay $500 million to settle the lawsuit.\n\nApple's $600 million settlement ends years of litigation.\n",
    "deal1": "On Monday, Amazon said it would invest up to $4 billion in Anthropic.\n\nThe $5 billion deal gives Amazon a minority stake.\n",
    "rate1": "The strike is costing the automaker $53 million a week.\n\nThe union said members would stay out.\n\nThe walkout, which costs $66 million a week, hurts suppliers.\n",
    "streak1": "Home prices fell for a fourth consecutive month in June. Prices rose in April, according to revised data.\n",
    "streak2": "Exports climbed for a third consecutive month in October after falling in August.\n",
    "share3": "Vertex owns 60% of the venture and Skyline holds the remaining 30%.\n",
    "share4": "Of the staff, 45% are men and 65% are women.\n",
    "vote3": "The bill passed 45-55 in the Senate on Tuesday.\n",
    "ann2": "Crumb, founded in 2012, is celebrating its fifth anniversary this week. Sales rose in 2023.\n",
    "hedge1": "Google has agreed to invest up to $2 billion in Anthropic, the company said on Friday.\n\nThe startup will use Google Cloud.\n\nGoogle's $2 billion investment in Anthropic follows Amazon's.\n",
    "hedge2": "Google agreed to invest as much as $2 billion in the AI startup Anthropic.\n\nThe deal was announced Friday.\n\nThe $2 billion Google investment in Anthropic is structured in tranches.\n",
    "hedge3": "Microsoft will invest up to $10 billion in OpenAI.\n\nThe partnership gives Microsoft access to models.\n\nMicrosoft invested $10 billion in OpenAI, the company said.\n",
    "value1": "The strike is costing General Motors about $53 million a week, analysts estimate.\n\nThe UAW said talks would resume.\n\nThe strike has cost GM $66 million a week in lost output.\n",
    "value2": "Tesla said it would build a $5 billion factory in Mexico.\n\nThe plant will employ 10,000 people.\n\nTesla's $7 billion factory in Mexico will start production in 2025.\n",
    "value3": "Nvidia agreed to pay $700 million for Run:ai, an Israeli startup.\n\nRun:ai helps companies manage GPUs.\n\nThe $900 million deal for Run:ai is Nvidia's largest this year.\n",
    "value4": "Disney paid $71.3 billion for Fox's entertainment assets.\n\nThe deal closed in March.\n\nDisney's $52.4 billion purchase of Fox's assets reshaped Hollywood.\n",
    "undis1": "Salesforce said it would acquire Slack. Financial terms were not disclosed.\n\nSalesforce will pay $27.7 billion for Slack, according to a regulatory filing.\n",
    "undis2": "Apple bought Shazam, the music app. Apple declined to disclose the price.\n\nApple paid $400 million for Shazam, according to people familiar.\n",
    "arith1": "Net income climbed 15% to $2.3 billion from $1.8 billion a year earlier.\n",
    "arith2": "Sales dropped 10% to $800 million, down from $1 billion in the same quarter last year.\n",
    "arith3": "The company's workforce shrank by a third, from 9,000 to 7,500 employees.\n",
    "arith4": "Revenue increased from $40 million to $48 million, a rise of 30%.\n",
    "arith5": "Its share price has doubled this year, from $30 to $45.\n",
    "vote1": "The Senate passed the bill by a vote of 52-49. All 100 senators voted.\n",
    "vote2": "The nine-justice court ruled 6-4 in favour of the state.\n",
    "wd2": "---\ndate: 2024-06-10\n---\nThe summit will be held on Friday, June 15.\n",
    "age1": "---\ndate: 2024-06-10\n---\nJohn Smith, 61, was born in 1970 in Leeds.\n",
    "age2": "---\ndate: 2024-06-10\n---\nThe 35-year-old Smith, born in 1970, leads the team.\n",
    "ann1": "---\ndate: 2024-06-10\n---\nAcme, founded in 2004, is celebrating its 10th anniversary this week.\n",
    "dur1": "The three-day conference runs from Monday to Friday.\n",
    "dur2": "The four-day strike will run from Tuesday to Thursday.\n",
    "rel1": "---\ndate: 2024-06-10\n---\nThe company went public three years ago, in 2015.\n",
    "rel2": "---\ndate: 2024-06-10\n---\nThe election last year, in 2020, was close.\n",
    "rel3": "---\ndate: 2024-06-10\n---\nThe firm was founded in 2010. The firm, founded five years ago, now employs 50.\n",
    "share1": "In the poll, 55% backed the plan, 40% opposed it and 15% were undecided.\n",
    "share2": "Biden won 51% of the vote to Trump's 52%.\n",
    "cas1": "Five people were killed in the crash on the M6.\n\nPolice closed the road.\n\nThe crash, which killed seven people, was the worst this year.\n",
    "jobs1": "Ford will cut 3,800 jobs in Europe.\n\nThe union criticised the plan.\n\nFord's decision to cut 4,800 jobs in Europe hit Germany hardest.\n",
}

GOOD = {
    "c73": "Meridian reported a record third-quarter profit of $3.1 billion.\n\nFor the full year, Meridian expects a profit of $11 billion.\n",
    "c74": "Meridian reported a record third-quarter profit of $3.1 billion.\n\nMeridian's profit of $11 billion last year was a record.\n",
    "c70": "Meridian reported a record third-quarter profit of $3.1 billion, up 35% from $2.3 billion a year earlier.\n",
    "c71": "Cruise lost $732 million in the quarter, up from a loss of $497 million a year earlier.\n",
    "c72": "Profit was $1.2 billion, up sharply from $900 million.\n",
    "c50": "The committee of 12 members voted 7-4 with one abstention.\n",
    "c51": "A group of 30 members attended. Later the five-member panel voted 3-2.\n",
    "c52": "---\ndate: 2023-05-01\n---\nBorn in 1962 in Leeds, Hale is 61 and lives in London. His daughter, born in 1990, is 33.\n",
    "c53": "---\ndate: 2023-05-01\n---\nThe bridge, born of a 1962 plan, is 40 metres long.\n",
    "c54": "The fire destroyed nearly 200 homes on Monday. By Tuesday the count had risen to more than 200 homes.\n",
    "c55": "Storms damaged 300 homes in Ohio. In Kentucky, storms damaged 500 homes.\n",
    "c56": "Apple agreed to pay $500 million to settle the lawsuit. Google agreed to pay $600 million to settle a separate suit.\n",
    "c57": "Apple will pay $500 million to settle the lawsuit. Apple also paid $600 million to settle a patent claim in 2019.\n",
    "c58": "The company employs 1,200 people in Ohio. Worldwide, the company employs 5,000 people.\n",
    "c59": "Ford said it would cut 3,800 jobs in Europe by 2025. Ford has cut 1,100 jobs in Germany.\n",
    "c60": "More than 50 people were killed in Gaza on Monday, and 12 people were killed in the West Bank.\n",
    "c61": "At least 12 people were killed in the first blast. A second blast killed 7 people.\n",
    "c62": "Ten people were killed on Saturday. On Sunday, three people were killed in a separate attack.\n",
    "c63": "The company, founded in 1990, marked its 30th anniversary in 2020. Its app, launched in 2015, marked its fifth anniversary in 2020.\n",
    "c64": "---\ndate: 2024-01-10\n---\nThe museum, which opened two years ago, in 2022, has drawn 1 million visitors.\n",
    "c42": "The ceremony took place on Sunday, 12 March 2023.\n",
    "c43": "Talks resume on Tuesday, Sept. 5, 2023, officials said.\n",
    "c44": "---\ndate: 2023-05-01\n---\nHale, who was born in 1962, is 61.\n",
    "c45": "Profit jumped 20% to $3 million, from $2.5 million a year ago.\n",
    "c46": "The council approved the plan with five votes in favour and two against. The council has seven members.\n",
    "c41": "The iPhone, launched in 2007, changed phones. Apple celebrated its 40th anniversary in 2016 with a party in Cupertino.\n",
    "c37": "On Monday, Amazon said it would invest $4 billion in Anthropic.\n\nAmazon also signed a $300 million deal with Quanta.\n",
    "c38": "On Monday, Amazon said it would invest $4 billion in Anthropic.\n\nThe $300 million deal gives Amazon chips from Quanta.\n",
    "c39": "The strike is costing the automaker $53 million a week. Suppliers are losing $20 million a week.\n",
    "c40": "Microsoft has invested $13 billion in OpenAI, which was valued at $157 billion in its latest funding round. OpenAI raised $6.6 billion in that round.\n",
    "c35": "Home prices fell for a fourth consecutive month in June. Prices rose in December.\n",
    "c36": "Inflation rose for the second straight month in May. Unemployment fell in April.\n",
    "c31": "Vertex owns 60% of the venture and Skyline holds the remaining 40%.\n",
    "c32": "The bill failed 45-55 in the Senate on Tuesday.\n",
    "c33": "Crumb, founded in 2018, is celebrating its fifth anniversary this week. Sales rose in 2023.\n",
    "c34": "The firm was founded in 2012. In 2024 the city marked the fifth anniversary of the flood.\n",
    "c1": "Google has agreed to invest up to $2 billion in Anthropic. Google invested $500 million upfront and will add $1.5 billion over time.\n\nGoogle's investment of up to $2 billion in Anthropic follows Amazon's.\n",
    "c2": "The strike is costing GM about $53 million a week. Ford said its losses were $66 million a week.\n",
    "c3": "Tesla built a $5 billion factory in Mexico. Tesla's $7 billion factory in Texas opened in 2022.\n",
    "c4": "Nvidia agreed to pay $700 million for Run:ai. It paid $6.9 billion for Mellanox in 2019.\n",
    "c5": "Salesforce said it would acquire Slack. Financial terms were not disclosed.\n\nSalesforce paid $15.7 billion for Tableau in 2019.\n",
    "c6": "Net income climbed 27% to $2.3 billion from $1.8 billion a year earlier.\n",
    "c7": "Revenue rose 4% to $2.6 billion from $2.5 billion.\n",
    "c8": "The company's workforce shrank by a third, from 9,000 to 6,000 employees.\n",
    "c9": "The Senate passed the bill by a vote of 51-49. All 100 senators voted.\n",
    "c10": "The nine-justice court ruled 6-3 in favour of the state.\n",
    "c11": "In the poll, 55% backed the plan, 35% opposed it and 10% were undecided.\n",
    "c12": "Five people were killed in the crash on the M6.\n\nPolice said three of those killed were children.\n\nThe crash, which killed five people, was the worst this year.\n",
    "c13": "Ford will cut 3,800 jobs in Europe. In Germany, Ford will cut 2,300 jobs.\n",
    "c14": "Amazon's $4 billion investment in Anthropic was followed by Google's $2 billion investment in Anthropic.\n\nAmazon later doubled its investment in Anthropic to $8 billion.\n",
    "c15": "The fund raised $300 million in 2021. The fund raised $500 million in 2023.\n",
    "c16": "Uber lost $9 billion in 2022. Uber's loss narrowed to $1.8 billion in the first half.\n",
    "c17": "Exxon earned $56 billion last year. Chevron earned $35 billion.\n",
    "c18": "Apple will pay $500 million to settle claims. Apple's $500 million settlement is the largest.\n",
    "c19": "Boeing was fined $200 million by the SEC. Boeing paid a $2.5 billion fine to the Justice Department in 2021.\n",
    "c20": "Ticket prices rose from $50 to $65, a 30% increase.\n",
    "c21": "Shares rose 12% to $56 from $50 in early trading, then fell back.\n",
    "c22": "The population grew 10% from 1.2 million to 1.32 million.\n",
    "c23": "---\ndate: 2024-01-03\n---\nThe fire started on Friday, Dec. 29, and was contained on Monday, Jan. 1.\n",
    "c24": "---\ndate: 2024-06-10\n---\nMaria Lopez, 45, and her mother, Ana Lopez, 71, attended. Lopez was born in 1953.\n",
    "c25": "---\ndate: 2024-06-10\n---\nThe firm, founded in 2014, marked its 10th anniversary this year. Its founder, Tom Ruiz, 52, was born in 1972.\n",
    "c26": "The two-day summit runs Monday and Tuesday, and a five-day trade fair from Monday through Friday.\n",
    "c27": "---\ndate: 2024-06-10\n---\nThe company went public nine years ago, in 2015. Last year (2023) it earned $5 million.\n",
    "c28": "Microsoft invested $1 billion in OpenAI in 2019 and $10 billion in 2023.\n\nMicrosoft's $13 billion total investment in OpenAI makes it the largest backer.\n",
    "c29": "At least 20 people died in the floods. The death toll rose to 26 on Wednesday. The floods killed 26 people and injured 40.\n",
    "c30": "The deal values Slack at $27.7 billion. Salesforce will pay $26.79 in cash per Slack share.\n",
}


def _lint(text: str):
    path = "a.md" if text.startswith("---") else "a.txt"
    return [r for r in lint(text, path, select=["NL3"]) if r.rule.id.startswith("NL3")]


@pytest.mark.parametrize("key", sorted(BAD))
def test_contradiction_is_found(key: str) -> None:
    found = _lint(BAD[key])
    assert found, key
    assert all(r.rule.category == "inconsistent-figure" for r in found)


@pytest.mark.parametrize("key", sorted(GOOD))
def test_look_alike_stays_clean(key: str) -> None:
    assert _lint(GOOD[key]) == [], key
