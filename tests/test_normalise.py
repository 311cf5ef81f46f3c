"""What a claim asserts, normalised: a table of examples per behaviour."""

from __future__ import annotations

import math

import pytest

from factcheck.normalise import (
    AliasTable,
    Context,
    article_context,
    featurize,
    load_aliases,
    names_in_common_use,
    publication_month,
)

ALIASES = AliasTable()


def features(text: str, context: Context | None = None):
    return featurize(text, aliases=ALIASES, context=context)


QUANTITIES = [
    ("Spending will rise to 2% of output.", (2, 2, "percent")),
    ("Spending will rise to two percent of output.", (2, 2, "percent")),
    ("Spending will rise to 2 per cent of output.", (2, 2, "percent")),
    ("There are 54,000 soldiers stationed abroad.", (54000, 54000, "count")),
    ("Growth reached 1.5 percent last year.", (1.5, 1.5, "percent")),
    ("Approval stays between 10 and 20 percent.", (10, 20, "percent")),
    ("The biggest change in over six decades.", (60, float("inf"), "years")),
    ("More than 300 people attended the rally.", (300, float("inf"), "count")),
    ("Fewer than 40 delegates voted for it.", (0, 40, "count")),
    ("About 1,000 homes lost power overnight.", (900, 1100, "count")),
    ("The deal is worth $30 billion in total.", (30e9, 30e9, "usd")),
    ("Twenty-five ships were seized in the raid.", (25, 25, "count")),
    # Some beyond those counted elsewhere: not comparable with a total.
    ("The two other victims were treated at the hospital.", (2, 2, "count:part")),
    ("Another 20 people were injured in the collapse.", (20, 20, "count:part")),
    ("Fifteen more ships were seized in the raid.", (15, 15, "count:part")),
    # A conversion into another currency is no figure of its own: the rate differs by outlet.
    ("He was paid 900 euros (Dh4,275) for the job.", (900, 900, "eur")),
    ("The bailout of 110 billion euros ($143 billion) was agreed.", (110e9, 110e9, "eur")),
    ("The deal ($5 billion) closed on Monday.", (5e9, 5e9, "usd")),
    # Two close counts joined by "or" are one uncertain count.
    ("Three or four robbers entered the store.", (3, 4, "count")),
    ("Prices rose by 1 or 2 percent last year.", (1, 2, "percent")),
    # Two numbers joined by a hyphen, then a unit: a range.
    ("Approval stays at 10-20 percent.", (10, 20, "percent")),
    ("He faces 5-10 years in prison.", (5, 10, "years")),
    # A thousands separator that a copy set off by a space: no number starts with 0.
    ("He fell about 2, 000ft while climbing.", (1800 * 304.8, 2200 * 304.8, "count")),  # in mm
    # "Dozens" is a range; "a dozen" takes the qualifier before its article.
    ("Dozens of people were hurt.", (24, 99, "count")),
    ("Two dozen people were hurt.", (24, 24, "count")),
    ("About a dozen homes burned.", (10.8, 13.2, "count")),
    ("More than a dozen homes burned.", (12, math.inf, "count")),
    # Only a whole word bounds a number: "moreover" ends in no "over".
    ("Moreover 50 people died in the fire.", (50, 50, "count")),
    ("He served a 2-1/2 year sentence.", (2.5, 2.5, "years")),
    ("The quake killed one person.", (1, 1, "count")),
    ("One person was killed in the quake.", (1, 1, "count")),
    # A quake's magnitude, however it is written.
    ("A strong 5.6 -magnitude earthquake jolted the island.", (5.6, 5.6, "magnitude")),
    ("A magnitude-5.2 quake shook the island.", (5.2, 5.2, "magnitude")),
    ("A quake with a preliminary magnitude of 4.4 struck.", (4.4, 4.4, "magnitude")),
    ("The survey puts the magnitude at 6.1.", (6.1, 6.1, "magnitude")),
    ("The quake measured 5.6 on the Richter scale.", (5.6, 5.6, "magnitude")),
]


@pytest.mark.parametrize(("text", "pair"), [
    ("The Colts (10-5) owned the worst record.", "10-5"),
    ("Creighton defeated Drake 65-53 on Friday.", "65-53"),
    ("The jury deadlocked at 9-3.", "9-3"),
])
def test_a_score_or_a_record_is_one_term_not_two_numbers(text, pair):
    found = features(text)
    assert found.quantities == ()
    assert pair in found.terms


@pytest.mark.parametrize(("text", "words"), [
    ("The gunman came in around 4 p.m.local time.", {"local", "time"}),
    ("Acme Inc.and Beta Corp.announced a deal.", {"acme", "beta", "deal"}),
])
def test_an_abbreviation_run_into_the_next_word_is_two_words(text, words):
    assert words <= features(text).terms


def test_a_comma_and_a_number_are_two_numbers():
    assert [q.low for q in features("In 1999, 200 people died.").quantities] == [200]


def test_or_joins_only_close_counts():
    # "$5 or $6 million": the scale is written once, for the second; "3 or 2" is no range.
    assert [(q.low, q.high) for q in features("It costs $5 or $6 million.").quantities] == [(5, 5), (6e6, 6e6)]
    assert [(q.low, q.high) for q in features("It took 3 or 2 people.").quantities] == [(3, 3), (2, 2)]


def test_a_currency_sign_before_a_number_is_that_numbers():
    quantities = features("The 110 billion $ 143 billion figure was agreed.").quantities
    assert [(q.low, q.unit) for q in quantities] == [(110e9, "count"), (143e9, "usd")]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_quantities(text, expected):
    (quantity,) = features(text).quantities
    low, high, unit = expected
    assert (quantity.low, quantity.high, quantity.unit) == pytest.approx((low, high, unit))


# A measure is read in a small unit of what it measures, whatever unit it is written in:
# (low, high) in millimetres, millimetres per hour, square metres, millilitres or grams.
MEASURES = [
    ("Nearly five centimetres of rain fell.", (45, 55), "~length"),
    ("The regional service recorded 48 millimetres of rain.", (48, 48), "~length"),
    ("Close to two inches of rain had soaked the valley.", (45.72, 55.88), "~length"),
    ("The quake struck 10 km below the surface.", (10_000_000, 10_000_000), "~length"),
    ("The quake struck 6.2 miles below the surface.", (9_977_932.8, 9_977_932.8), "~length"),
    ("The ship sank 150 nautical miles off the coast.", (277_800_000, 277_800_000), "~length"),
    ("Luck threw for 4,183 passing yards.", (4_183 * 914.4, 4_183 * 914.4), "~length"),
    ("The train was moving at 37 mph.", (37 * 1_609_344, 37 * 1_609_344), "~speed"),
    ("The ferry was sailing at 30 knots.", (55_560_000, 55_560_000), "~speed"),
    ("The fire burned 1,500 acres.", (6_070_284.6336, 6_070_284.6336), "~area"),
    ("The fire burned 600 hectares.", (6_000_000, 6_000_000), "~area"),
    ("The lake covers 300 sq km.", (300_000_000, 300_000_000), "~area"),
    ("The tank held 12,000 litres of fuel.", (12_000_000, 12_000_000), "~volume"),
    ("The truck carried 20 tonnes of sand.", (20_000_000, 20_000_000), "~mass"),
    ("The baby weighed 8 lbs.", (8 * 453.59237, 8 * 453.59237), "~mass"),
]

# Units that name two sizes, and units of time, keep their own counted head.
UNCONVERTED = [
    ("The truck carried 20 tons of sand.", ("ton",)),
    ("The tank held 300 gallons of fuel.", ("gallon",)),
    ("The search lasted 18 hours.", ("hour",)),
    ("The fire spread to three areas of the city.", ("area",)),
]


@pytest.mark.parametrize(("text", "interval", "head"), MEASURES)
def test_a_measure_is_read_in_a_small_unit_of_what_it_measures(text, interval, head):
    (quantity,) = features(text).quantities
    assert (quantity.low, quantity.high) == pytest.approx(interval)
    assert quantity.head == (head,)
    assert head[1:] in features(text).terms  # the unit's word says what is measured


@pytest.mark.parametrize(("text", "head"), UNCONVERTED)
def test_units_of_two_sizes_are_not_converted(text, head):
    (quantity,) = features(text).quantities
    assert quantity.head == head and not quantity.measure


@pytest.mark.parametrize(("text", "terms"), [
    ("Nobody died.", {"dead"}),
    ("Nothing was taken.", {"taken"}),
    ("None of the passengers was hurt.", {"passenger", "wound"}),
])
def test_a_denying_word_is_the_claims_polarity_not_a_term(text, terms):
    found = features(text)
    assert found.negated and found.terms == frozenset(terms)


@pytest.mark.parametrize("text", [
    "Like the new MacBook Air, they tout USB 3.0 ports.",
    "Every model has Bluetooth 4.0 chips.",
])
def test_a_version_after_a_name_is_no_count(text):
    assert features(text).quantities == ()


@pytest.mark.parametrize(("text", "apart"), [
    ("POLICE SAY THE GUNMAN SHOT UP TO 15 PEOPLE", "to15"),  # capitals that are a word
    ("Turnout in the EU 25 percent higher than in 2019", "eu25"),  # a share
    ("HE WAS ARRESTED AT 12:46 PM", "at12"),  # a time
])
def test_two_capitals_before_a_number_that_are_no_designation(text, apart):
    found = features(text)
    assert apart not in found.terms | found.entities


# A number in words is read whole, with "and" and its scales ("one hundred and forty-three").
NUMBERS_IN_WORDS = [
    ("One hundred and forty-three people fell ill.", [143]),
    ("He said one hundred forty-three people fell ill.", [143]),
    ("Two hundred and twelve passengers were aboard.", [212]),
    ("Three thousand two hundred people came.", [3200]),
    ("One hundred people came.", [100]),
    ("Nineteen hundred people came.", [1900]),
    ("The trust lost one million two hundred thousand pounds.", [1_200_000]),
    ("Two hundred and twelve thousand people voted.", [212_000]),
    ("Three hundred and seventy-one thousand four hundred and two people voted.", [371_402]),
    ("Twenty-two people were admitted.", [22]),
    # "a" before a scale is one of it; "half a million" is half of one.
    ("A hundred and fifty people came.", [150]),
    ("Police said a thousand people came.", [1000]),
    ("Half a million people came.", [500_000]),
    # ... but not when the figure between them was lost ("a \ufffd110 billion").
    ("They agreed a \ufffd\ufffd110 billion bailout.", []),
    # Two numbers side by side stay two.
    ("The blast killed ten and injured five.", [10, 5]),
    ("One man died.", []),
]


@pytest.mark.parametrize(("text", "lows"), NUMBERS_IN_WORDS)
def test_a_number_in_words_is_read_whole(text, lows):
    assert [quantity.low for quantity in features(text).quantities] == lows


# A fraction in words is a share, apart from percentages; one in digits counts ("3 1/2
# quarters" of a game).
SHARES = [
    ("Two-thirds of voters agreed.", [("share", 2 / 3)]),
    ("IE is used on three quarters of the world's computers.", [("share", 0.75)]),
    ("One third of homes flooded.", [("share", 1 / 3)]),
    ("He played well for 3 1/2 quarters.", [("count", 3.5)]),
    # Quarters of a year are counted: a share is joined by a hyphen or is "of" something.
    ("Online orders fell over three quarters.", [("count", 3)]),
    # "a quarter of a million" is not read (no share of a scale yet), and is no million.
    ("The insurer offered a quarter of a million pounds.", []),
]


@pytest.mark.parametrize(("text", "values"), SHARES)
def test_a_fraction_in_words_is_a_share(text, values):
    found = [(quantity.unit, quantity.low) for quantity in features(text).quantities]
    assert found == [(unit, pytest.approx(low)) for unit, low in values]


# A span of time goes on after "and" with a shorter one: "six years and eight months" is the
# "80 months" another outlet writes.
SPANS = [
    ("He was jailed for six years and eight months.", [6 + 8 / 12]),
    ("He was jailed for 80 months.", [80 / 12]),
    ("He served two years and six months.", [2.5]),
    ("He was jailed for six years and fined £5,000.", [6, 5000]),
]


@pytest.mark.parametrize(("text", "lows"), SPANS)
def test_a_span_of_time_goes_on_after_and(text, lows):
    assert [quantity.low for quantity in features(text).quantities] == pytest.approx(lows)


@pytest.mark.parametrize(("text", "lows"), [
    ("Roughly 3.5 million people live there.", [3.15e6]),  # a first word's capital is no name
    ("The striker averaged 2.5 goals a game.", [2.5]),
    ("Andre Miller is averaging 15.5 points, Andre Iguodala 14.9 points.", [15.5, 14.9]),
])
def test_a_decimal_count_stays_a_count(text, lows):
    assert [quantity.low for quantity in features(text).quantities] == pytest.approx(lows)


@pytest.mark.parametrize(("text", "value"), [
    ("The train was moving at 60 km/h.", "60 km/h"),
    ("The 9,300-square-metre warehouse holds the stock.", "9,300-square-metre"),
    ("Spending will rise to 2% of output.", "2%"),
])
def test_a_value_is_quoted_as_the_claim_writes_it(text, value):
    (quantity,) = features(text).quantities
    assert quantity.text == value


def test_a_measure_names_its_unit():
    (quantity,) = features("The ship sank 150 nautical miles off the coast.").quantities
    assert quantity.text == "150 nautical miles"


def test_a_speed_written_two_ways_says_the_same():
    first, second = (features(text) for text in ("The train was moving at about 60 km/h when it tipped over.",
                                                  "The train was moving at about 60 kilometres per hour when it tipped over."))
    assert first.quantities[0].head == second.quantities[0].head and first.terms == second.terms


DATES = [
    ("The summit opens on April 10.", (None, 4, 10)),
    ("The summit opened on 10 April 2024.", (2024, 4, 10)),
    ("The summit took place on April 11, 2024, in the capital.", (2024, 4, 11)),
    ("The talks resumed in May 2023 after a pause.", (2023, 5, None)),
    ("The treaty was signed in 1960 by both sides.", (1960, None, None)),
    ("The meeting took place last August in the hills.", (None, 8, None)),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates(text, expected):
    (date,) = features(text).dates
    assert (date.year, date.month, date.day) == expected


@pytest.mark.parametrize("text", ["a display of 2880 x 1800 pixels", "a display of 2880x1800 pixels"])
def test_a_dimension_is_no_year(text):
    assert features(text).dates == ()


def test_a_bare_day_is_read_in_the_month_the_article_speaks_of():
    context = Context()
    features("The leaders will meet in April to sign the deal.", context)
    (date,) = features("The leader arrives on the 10th with his delegation.", context).dates
    assert (date.month, date.day) == (4, 10)


# Read from the article's own date line (May 2013): "next month", "last year", "last August".
RELATIVE_DATES = [
    ("The plant will reopen next month.", (2013, 6)),
    ("The plant closed last month.", (2013, 4)),
    ("The plant closed last year.", (2013 - 1, None)),
    ("The plant will reopen this year.", (2013, None)),
    ("The plant closed last August.", (2012, 8)),
    ("The plant will reopen next August.", (2013, 8)),
    ("The plant will reopen next January.", (2014, 1)),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_DATES)
def test_a_relative_date_is_read_from_the_articles_own_date(text, expected):
    context = article_context("Plant closes\nPublished: May 14, 2013\n")
    (date,) = features(text, context).dates
    assert (date.year, date.month) == expected


# A year read through the article's date may be one off another article's: "the 2014
# Oscars" is "this year" to a writer in 2013. A year it writes out is not.
RELATIVE_YEARS = [
    ("She will host the awards this year.", "She will host the 2014 awards.", True),
    ("She will host the awards this year.", "She will host the 2012 awards.", True),
    ("She will host the awards this year.", "She will host the 2015 awards.", False),
    ("She hosted the awards last year.", "She hosted the 2010 awards.", False),
    ("She will host the awards in 2013.", "She will host the 2014 awards.", False),
]


@pytest.mark.parametrize(("first", "second", "compatible"), RELATIVE_YEARS)
def test_a_relative_year_may_be_one_year_off(first, second, compatible):
    context = article_context("Host named\nPublished: May 14, 2013\n")
    (mine,) = features(first, context).dates
    (theirs,) = features(second, article_context("Host named\n")).dates
    assert mine.compatible(theirs) is compatible
    assert theirs.compatible(mine) is compatible


# "since 1960": the years from then to the article's time, pinned by its date line, else
# at least to the latest year it names (less five: a plan "by 2027" may lie ahead).
ELAPSED = [
    ("Plant closes\nPublished: May 14, 2024\n", "It is the worst flood since 1960.", (63, 64)),
    ("Plant closes\nPublished: May 14, 2024\n", "It is the worst flood since the dam was built in 1960.",
     (63, 64)),
    ("The town plans a new dam by 2027.", "It is the worst flood since 1960.", (62, math.inf)),
    # A year before a comma is a year ("by 2027, the town says"), a year in "2,0271" is not.
    ("The town plans a new dam by 2027, it says.", "It is the worst flood since 1960.", (62, math.inf)),
    ("No other year here.", "It is the worst flood since 1960.", (1, math.inf)),
    ("No other year here.", "It has grown since 1960 to 2,000 people, its 1990 census says.", (25, math.inf)),
    # no "since", or a "since" that leads to another value
    ("The town plans a new dam by 2027.", "The dam was built in 1960.", None),
    ("The town plans a new dam by 2027.", "Since 12 people died, the dam built in 1960 is watched.", None),
]


@pytest.mark.parametrize(("article", "text", "span"), ELAPSED)
def test_the_years_since_a_year(article, text, span):
    found = [date.elapsed for date in features(text, article_context(article + "\n" + text)).dates
             if date.year == 1960]
    assert [(quantity.low, quantity.high) if quantity else None for quantity in found] == [span]


@pytest.mark.parametrize("text", ["The plant will reopen next month.", "Sales grew over the past year."])
def test_a_relative_date_without_the_articles_date_is_no_date(text):
    assert features(text).dates == ()


@pytest.mark.parametrize(("text", "weekdays"), [
    ("The warship foiled the attack, a naval officer said here Friday.", []),
    ("The warship foiled the attack, the navy said on Friday.", []),
    ("The warship foiled the attack, the officer added Friday.", []),
    # When the fact happened stays a date, whoever tells it.
    ("The warship foiled the attack on Thursday, the navy said Friday.", [4]),
    ("Police said the attack happened on Friday.", [5]),
])
def test_a_weekday_that_tells_when_the_source_spoke_is_no_date_of_the_fact(text, weekdays):
    assert [date.weekday for date in features(text).dates] == weekdays


@pytest.mark.parametrize("text", ["One person familiar with the talks said so.", "One man told reporters it was over.",
                                  "One of the victims was a child."])
def test_one_counts_only_the_dead_or_hurt(text):
    assert features(text).quantities == ()


def test_may_the_modal_is_not_a_month():
    assert features("Officials may agree on the plan soon.").dates == ()


ORDINALS = [
    ("It is the first-ever trilateral summit.", 1),
    ("It is the inaugural three-way summit.", 1),
    ("It is the second trilateral summit.", 2),
    ("The 9th summit took place in the capital.", 9),
    ("It was the third-largest trading partner.", 3),
    ("It was the largest upgrade in decades.", 1),
    ("She will host the awards for the first time.", 1),
    ("She will host the awards for a second time.", 2),
    # Ranks past the twelfth, in words, and tens joined to a unit by a hyphen.
    ("Thieves took seven pieces of eighteenth-century jewellery.", 18),
    ("The mill is a nineteenth century building.", 19),
    ("The town marks the fortieth anniversary of the flood.", 40),
    ("The fire started on the thirty-second floor.", 32),
    ("Twenty first-time buyers signed up.", 1),
]

# A rank within a set ranks nothing: the third biggest is one of the biggest.
AMONG_SEVERAL = [
    "It was one of the biggest jewel heists in history.",
    "The city was among the largest donors.",
    "She was one of the first reporters on the scene.",
    "It is one of his best films.",
    # "the first time" in a claim that tells of a repeat: the earlier occurrence
    "She was so good as host the first time, the academy asked her to do it twice.",
    "After a strong show the first time, the band will return to the festival.",
]


@pytest.mark.parametrize("text", AMONG_SEVERAL)
def test_one_of_several_is_no_rank(text):
    assert features(text).ordinals == ()


# An ordinal before a count ranks nothing: the earliest of several.
COUNTS_OF_THE_EARLIEST = [
    "He spent his first 11 seasons as a player with the club.",
    "The decision came within the first 100 days of his term.",
    "Rescuers searched the site for the first two days.",
]


@pytest.mark.parametrize("text", COUNTS_OF_THE_EARLIEST)
def test_the_first_few_is_no_rank(text):
    found = features(text)
    assert found.ordinals == () and len(found.quantities) == 1


# "straight", "consecutive": the run, not what is ranked.
RANKED_THINGS = [
    ("It was their seventh straight playoff appearance.", ("playoff", "appearanc")),
    ("It was their eighth consecutive win of the season.", ("win",)),
]


@pytest.mark.parametrize(("text", "head"), RANKED_THINGS)
def test_what_a_run_ranks(text, head):
    assert [ordinal.head for ordinal in features(text).ordinals] == [head]


# A date in an opening "After ... in 1968," dates the thing named before it.
BACKGROUND_DATES = [
    ("After Nixon's election in 1968, Roe worked in the White House.", "election"),
    ("Before the vote in March 2011, the party split.", "vote"),
    ("Following the merger on April 2, the firm cut jobs.", "merg"),
    # Not an opening clause: the date may be the fact's own.
    ("He died after a long illness in 2008.", ""),
    ("After 2008, he left the company.", ""),
]


@pytest.mark.parametrize(("text", "named"), BACKGROUND_DATES)
def test_a_date_of_background(text, named):
    assert [date.names for date in features(text).dates] == [named]


@pytest.mark.parametrize(("text", "rank"), ORDINALS)
def test_ordinals(text, rank):
    assert [ordinal.rank for ordinal in features(text).ordinals] == [rank]


def test_three_way_and_trilateral_share_a_term():
    assert "trilateral" in features("An inaugural three-way summit was held.").terms


# Two wordings of one fact: every inflection and phrase reaches the same terms.
PARAPHRASES = [
    ("The minister stepped down after the vote.", "The minister resigned after the vote."),
    ("The minister is stepping down after the vote.", "The minister quits after the vote."),
    ("The company bought the rival chipmaker.", "The company acquired the rival chipmaker."),
    ("The acquisition of the rival chipmaker.", "The purchase of the rival chipmaker."),
    ("The navy bolstered its coastal defences.", "The navy strengthened its coastal defenses."),
    ("The navy is shoring up its coastal defences.", "The navy fortified its coastal defences."),
    ("The singer passed away in her sleep.", "The singer died in her sleep."),
    ("The blaze destroyed the warehouse.", "The fire destroyed the warehouse."),
    ("The suspect was apprehended near the border.", "The suspect was arrested near the border."),
    ("The driver was taken into custody near the border.", "The driver was detained near the border."),
    ("He was found guilty of fraud.", "He was convicted of fraud."),
    ("He was jailed for fraud.", "He was imprisoned for fraud."),
    ("Prosecutors opened a probe into the bank.", "Prosecutors opened an investigation into the bank."),
    ("The council authorised the new stadium.", "The council approved the new stadium."),
    ("The launch was delayed by a storm.", "The launch was postponed by a storm."),
    ("Unemployment rose to a record.", "Unemployment increased to a record."),
    ("The firm slashed its forecast.", "The firm reduced its forecast."),
    ("A spokeswoman for the ministry denied it.", "A spokesperson for the ministry denied it."),
    ("The rebels agreed to a truce.", "The rebels agreed to a ceasefire."),
    ("The rebels agreed to a cease-fire.", "The rebels agreed to a ceasefire."),
    ("The troops pulled out of the town.", "The troops withdrew from the town."),
    ("The mayor criticised the plan.", "The mayor criticized the plan."),
    ("Thieves stole jewellery worth millions.", "Thieves steal jewelry worth millions."),
    ("The actress married the director.", "The actress wed the director."),
    ("He intends to raise taxes next year.", "He plans to raise taxes next year."),
    # units of measure written short or spelt the other way
    ("The runner covered 42 km in the race.", "The runner covered 42 kilometres in the race."),
    ("Rain of 48 mm fell overnight.", "Rain of 48 millimeters fell overnight."),
    ("Rain of 48 millimetres fell overnight.", "Rain of 48 millimeters fell overnight."),
    ("The wall stands 12 ft high.", "The wall stands 12 feet high."),
    ("The parcel weighed 3 kg.", "The parcel weighed 3 kilograms."),
    # phrases of one word's meaning
    ("The operator said 212 passengers had been on board.", "The operator said 212 passengers had been aboard."),
    ("Two climbers lost their lives on the mountain.", "Two climbers died on the mountain."),
    # one word hyphenated or not
    ("The co-pilot landed the plane.", "The copilot landed the plane."),
    # a designation written with a hyphen, run together or apart
    ("The gunman carried an AK-47 rifle.", "The gunman carried an AK 47 rifle."),
    ("The gunman carried an AK47 rifle.", "The gunman carried an AK 47 rifle."),
]


@pytest.mark.parametrize(("first", "second"), PARAPHRASES)
def test_paraphrases_share_their_terms(first, second):
    assert features(first).terms == features(second).terms


# Different facts that a careless synonym would merge: their terms must stay apart.
KEPT_APART = [
    ("Prices rose sharply in May.", "Prices were reduced sharply in May."),
    ("The coach was fired on Monday.", "The fire spread on Monday."),
    ("The minister resigned on Friday.", "The minister was dismissed on Friday."),
    ("The company sold the rival chipmaker.", "The company bought the rival chipmaker."),
    ("The suspect was convicted of fraud.", "The suspect was charged with fraud."),
    ("The pilot landed the plane.", "The co-pilot landed the plane."),
    ("The founder of the firm resigned.", "A co-founder of the firm resigned."),
]


@pytest.mark.parametrize(("first", "second"), KEPT_APART)
def test_different_facts_keep_different_terms(first, second):
    assert features(first).terms != features(second).terms


def test_a_spelling_of_a_stopword_is_no_term():
    assert features("The talks went on amongst the delegates.").terms == features(
        "The talks went on among the delegates.").terms


@pytest.mark.parametrize(("text", "not_there"), [
    ("The deal was signed, according to officials.", "treaty"),  # "accord" is a synonym
    ("He was quite tired after the trip.", "resign"),  # "quit" is one
])
def test_a_stopword_is_not_folded_into_a_synonym(text, not_there):
    assert not_there not in features(text).text.split()


NAMES = [
    ("Officials in the U.S. agreed to the plan.", "united_states"),
    ("Officials in the US agreed to the plan.", "united_states"),
    ("Officials in the United States agreed to the plan.", "united_states"),
    ("Officials of the U.K. agreed to the plan.", "united_kingdom"),
]


@pytest.mark.parametrize(("text", "canonical"), NAMES)
def test_common_spellings_of_one_name(text, canonical):
    assert canonical in features(text).entities


def test_the_pronoun_us_is_not_the_country():
    assert "united_states" not in features("They told us about the plan on Monday.").terms


def test_acronym_defined_in_the_text():
    table = AliasTable()
    table.learn_acronyms("The Northern Trade Council (NTC) met on Monday.")
    first = featurize("The NTC approved the tariff cut.", aliases=table)
    second = featurize("The Northern Trade Council approved the tariff cut.", aliases=table)
    assert first.terms == second.terms


def test_user_aliases_file(tmp_path):
    path = tmp_path / "names.txt"
    path.write_text("# equivalences\nJane Roe = J. Roe = the minister\n", encoding="utf-8")
    table = AliasTable(load_aliases(path))
    assert featurize("J. Roe signed it.", aliases=table).terms == featurize(
        "Jane Roe signed it.", aliases=table).terms


NEGATIONS = [
    ("The minister will not attend the summit.", True),
    ("The ministry has yet to make a final decision.", True),
    ("The council refused to approve the budget.", True),
    ("The council approved the budget on Monday.", False),
    ("The No. 1 team kept its unbeaten record.", False),
    ("Shares declined 5% on Monday.", False),
    ("The spokesman declined to comment.", True),
    ("She apologised to voters after her failed campaign.", False),
    ("The bill failed to pass the senate.", True),
]


@pytest.mark.parametrize(("text", "negated"), NEGATIONS)
def test_negation(text, negated):
    assert features(text).negated is negated


# What a figure counts: of people, what happened to them, when the sentence says; of a
# length, whether it is a speed.
COUNTED = [
    ("A quake has injured three people on the island.", ("wound",)),
    ("Ten people were killed when the quake hit.", ("dead",)),
    ("Twelve people died in the province.", ("dead",)),
    ("The storm left 40 people stranded on the coast.", ("strand",)),
    ("About 300 people attended the rally.", ("peopl",)),
    ("Four people were seriously injured.", ("wound",)),
    # What the subject did next is not what happened to those counted.
    ("He shot three people, killing one.", ("peopl",)),
    # A kind of people keeps what happened to them.
    ("Two men were wounded.", ("men", "wound")),
    ("The gunman wounded two men.", ("men", "wound")),
    # A length per hour is a speed, however it is written; a length alone is a distance.
    ("The train was moving at around 60 km/h.", ("~speed",)),
    ("The train was moving at 60 kilometres per hour.", ("~speed",)),
    ("The train was moving at 60 kilometres an hour.", ("~speed",)),
    ("The train was moving at 60 kph.", ("~speed",)),
    ("Winds of 120 km/hr hit the coast.", ("~speed",)),
    ("The train was moving at 37 mph.", ("~speed",)),
    ("The car reached 100 miles per hour.", ("~speed",)),
    ("The train stopped 13 kilometres from the station.", ("~length",)),
    ("The runner covered 5 km in an hour.", ("~length",)),
]


@pytest.mark.parametrize(("text", "head"), COUNTED)
def test_what_a_figure_counts(text, head):
    (quantity,) = features(text).quantities
    assert quantity.head == head


# A number right after a name may be part of it ("Interstate 75") or that person's age
# ("Reid, 33, ..."); the quantity says so.
AFTER_NAME = [
    ("Police said Reid, 33, was photographed at the party.", True),
    ("The chase ended on Interstate 75 near the river.", True),
    ("Hasselbeck threw for 300 yards back in Week 11 against the Saints.", True),
    ("Police arrested 23 people on Tuesday.", False),
    ("The Indian navy captured 23 pirates.", False),
]


@pytest.mark.parametrize(("text", "after_name"), AFTER_NAME)
def test_a_number_written_right_after_a_name(text, after_name):
    assert [quantity.after_name for quantity in features(text).quantities if quantity.unit == "count"][-1:] == \
        [after_name]


# A count of people and one of a kind of people count the same people, unless one of them
# says what happened to its people ("two men were wounded" is not any two of the people).
PEOPLE_COUNTS = [
    ("There were 212 passengers.", "There were 212 people.", True),
    ("There were more than 200 people.", "There were 212 passengers.", True),
    ("There were 14 patients.", "There were fourteen people.", True),
    ("There were 200 people.", "There were 172 passengers.", True),
    ("There were 212 carriages.", "There were 212 people.", False),
    ("There were 14 residents.", "There were 14 patients.", False),
    ("He shot three people.", "Two men were wounded.", False),
    ("He shot three people.", "He wounded two men.", False),
]


@pytest.mark.parametrize(("a", "b", "comparable"), PEOPLE_COUNTS)
def test_a_count_of_people_and_of_a_kind_of_people(a, b, comparable):
    (first,), (second,) = features(a).quantities, features(b).quantities
    assert first.comparable(second) is comparable
    assert second.comparable(first) is comparable


# Counts with no noun of their own count what the verb before them says happened, or what
# the count after them counts.
BARE_COUNTS = [
    ("Office shooting kills 1, injures 2", [("dead",), ("wound",)]),
    ("Office shooting: 1 dead, 2 injured", [("dead",), ("wound",)]),
    ("A gunman killed 1 and wounded 2 at the office.", [("dead",), ("wound",)]),
    ("The gunman wounded two others at the office.", [("wound",)]),
    # A count of some out of a count counts the same thing.
    ("She landed 28 of her 68 punches in the round.", [("punch",), ("punch",)]),
]

# Some of those counted before: what happened to them says what they count.
SOME_OF_THEM = [
    ("Thirty passengers were taken to hospital, four of them with serious injuries.", [("passenger",), ("wound",)]),
    ("Twelve people were taken to hospital, four of whom were seriously injured.", [("peopl",), ("wound",)]),
    # A noun after them says what they are.
    ("Twelve passengers were taken to hospital, four of them children.", [("passenger",), ("children",)]),
]


@pytest.mark.parametrize(("text", "heads"), SOME_OF_THEM)
def test_some_of_them_count_what_happened_to_them(text, heads):
    assert [quantity.head for quantity in features(text).quantities] == heads


# An adverb counts nothing: the words after it say what is counted.
ADVERB_BEFORE_NOUN = [
    ("The four seriously injured patients were in a stable condition.", ("wound", "patient")),
    ("Two newly elected councillors took their seats.", ("elect", "councillor")),
]


@pytest.mark.parametrize(("text", "head"), ADVERB_BEFORE_NOUN)
def test_an_adverb_is_not_counted(text, head):
    assert [quantity.head for quantity in features(text).quantities] == [head]


@pytest.mark.parametrize(("text", "heads"), BARE_COUNTS)
def test_a_bare_count_takes_the_verb_before_it(text, heads):
    assert [quantity.head for quantity in features(text).quantities] == heads


NOT_NUMBERS = [
    "The quad-core i7 model ships with the new screen.",  # a model name
    "Leaders met at the G7 summit in the mountains.",
    "The quake struck at 02:41 GMT on Friday.",  # a time of day
    "10News in the city reported the arrest.",  # a name that starts with digits
    "The memorial honours the victims of 9/11 in the city.",  # digits around a slash
    "He served 41/2 months in prison.",  # "4 1/2" run together: not 41 and 2
    "The ratio was 0/0 in the first tests.",  # no fraction, and no division by zero
    "He served 4\ufffd months in prison.",  # a character lost in a bad encoding
    # digits glued to letters that are no unit: a name ("76ers"), a format ("3D"), a model
    "The 76ers beat the 49ers at home.",
    "The film was shown in 3D at the festival.",
    "He drove a 4x4 across the desert.",
    # letters, a hyphen, then digits: a designation, not a count
    "The air force flew F-35 jets over the city.",
    "The COVID-19 outbreak reached the town.",
    "The MiG-29 crashed near the base.",
    # a time of day, however it is written
    "Police arrived at 3pm on Friday.",
    "Police arrived at 3 p.m. on Friday.",
    "The shop opened at 11.30am on Friday.",
    "The polls close at 8 PM tonight.",
]

# Glued to the number, a unit, a scale or a suffix is still read.
GLUED = [
    ("He ran 10km in the rain.", 10_000_000.0),  # in mm
    ("The parcel weighs 5kg.", 5_000.0),  # in g
    ("The firm lost $2bn last year.", 2e9),
    ("The wave was 30ft high.", 30 * 304.8),
    ("About 40 F-35 jets flew over the city.", 36.0),
]


@pytest.mark.parametrize(("text", "low"), GLUED)
def test_a_unit_glued_to_a_number_is_read(text, low):
    (quantity,) = features(text).quantities
    assert quantity.low == pytest.approx(low)


TIMES_OF_DAY = [
    ("Police arrived at 3pm.", "Police arrived at 3 p.m.", True),
    ("Police arrived at 3 P.M.", "Police arrived at 15:00.", True),
    ("The shop opened at 11.30am.", "The shop opened at 11:30 a.m.", True),
    ("Police arrived at 3 p.m.", "Police arrived at 3 a.m.", False),
    ("Police arrived at 7:42 p.m.", "Police arrived at 19:42.", True),
]


@pytest.mark.parametrize(("first", "second", "alike"), TIMES_OF_DAY)
def test_a_time_of_day_is_one_word_however_written(first, second, alike):
    times = [features(text).terms - {"polic", "arriv", "shop", "open"} for text in (first, second)]
    assert all(len(found) == 1 for found in times)
    assert (times[0] == times[1]) == alike


SCALED = [
    ("The climber fell about 600m down the slope.", 540.0),  # metres, not millions
    ("The club paid $600m for the stadium.", 600_000_000.0),
]


@pytest.mark.parametrize(("text", "low"), SCALED)
def test_a_letter_scales_a_number_only_for_money(text, low):
    (quantity,) = features(text).quantities
    assert quantity.low == low


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_names_and_times_with_digits_are_not_numbers(text):
    assert features(text).quantities == ()


ROLES = [
    ("Interior Minister Jane Roe said the plan was final.", [("minister", "roe")]),
    # A weekday after the name is not part of it.
    ("The club fired coach Jim Doe Saturday after a poor start.", [("coach", "doe")]),
    # In a headline in capitals, nothing tells where the name ends.
    ("STATE ATTORNEY GENERAL JANE ROE ISSUED A STATEMENT", []),
    ("Jane Roe, Party Leader, Convicted In Fraud Case", []),
    # A title of several words, in lower case, and whose it is.
    ("Kestrel chief executive Paul Hendry apologised on Wednesday.", [("chief executive", "hendry")]),
    ("The museum's director, Miriam Voss, said the list would be published.", [("director", "voss")]),
    # A full name set off before its title.
    ("Mirela Hask, the company's chief executive, visited the site.", [("chief executive", "hask")]),
    ("In Oxley, the mayor said the bridge would reopen.", []),
    # A full name set off before a title of a named organisation.
    ('"It was not taken lightly," said Teresa Aldana, chief executive of Brantwell Logistics.',
     [("chief executive", "aldana")]),
    ("Secretary of State Jane Roe will travel to the capital.", [("secretary of state", "roe")]),
    # A title a verb gives.
    ("Yvette Marchetti, who chairs the Corran Valley Water Board, said the rise was needed.",
     [("chair", "marchetti")]),
    ("Jon Pryor, who heads the agency, said so.", []),
]


ROLE_ORGANISATIONS = [
    ("Kestrel Coatings chief executive Martin Vell said so.", ("kestrel", "coat")),
    ("Helena Quist, the museum's director, is expected to speak.", ("museum",)),
    # "former" is when, not whose.
    ("The former director, Jane Roe, said so.", ()),
    ("Kerry Vance, chief of the Ostley Fire Department, said the site was safe.", ("ostley", "fire", "department")),
]


@pytest.mark.parametrize(("text", "role"), ROLE_ORGANISATIONS)
def test_whose_title_it_is(text, role):
    assert [holder.role for holder in features(text).roles] == [role]


@pytest.mark.parametrize(("text", "holders"), ROLES)
def test_role_holders(text, holders):
    assert [(holder.title, holder.name) for holder in features(text).roles] == holders


BEARINGS = [
    ("The ship was seized 150 nautical miles west of Aden.", [(270, "west of Aden")]),
    ("It sank north-east of the Isle of Gale.", [(45, "north east of the Isle of Gale")]),
    ("Rebels hold the north of the country and the area south of Tarlow.", [(180, "south of Tarlow")]),
    # no named place, or no "of": a region, not a direction from a place
    ("The storm moved west of the capital.", []),
    ("Fighting spread in East Timor and the west.", []),
]


@pytest.mark.parametrize(("text", "expected"), BEARINGS)
def test_compass_points_of_a_named_place(text, expected):
    features = featurize(text, aliases=AliasTable())
    assert [(bearing.degrees, bearing.text) for bearing in features.bearings] == expected


def test_a_compass_point_of_a_place_is_a_value_not_a_term():
    west, east = (featurize(f"The ship was seized {side} of Aden.", aliases=AliasTable())
                  for side in ("west", "east"))
    assert "west" not in west.terms and "east" not in east.terms
    assert west.value_terms != east.value_terms


def test_a_word_written_in_lower_case_elsewhere_is_not_a_name():
    table = AliasTable()
    titled = featurize("Both leaders will sign the Treaty of Friendship in Oslo.", aliases=table)
    plain = featurize("The friendship treaty is ready, officials said.", aliases=table)
    assert {"treaty", "friendship", "oslo"} <= titled.entities
    first, second = names_in_common_use([titled, plain])
    assert "treaty" not in first.entities and "friendship" not in first.entities
    assert "oslo" in first.entities
    assert second == plain


# A time of day told in words reads as its clock form; words that tell no time stay.
TIMES_IN_WORDS = [
    ("The alarm sounded at 17 minutes past three in the morning.", "3:17"),
    ("They met at half past two.", "2:30"),
    ("It began at a quarter to six in the evening.", "17:45"),
    ("The vote is at four o'clock in the afternoon.", "16:00"),
    ("The bell rang at twenty-five minutes past eleven.", "11:25"),
    ("It rose from 5 minutes to 10 minutes.", None),
    ("Sales rose in the past two years.", None),
    ("The 10 past 12 months were hard.", None),
]


@pytest.mark.parametrize(("text", "clock"), TIMES_IN_WORDS)
def test_a_time_of_day_told_in_words(text, clock):
    times = [term for term in features(text).terms if ":" in term]
    assert times == ([clock] if clock else [])


# The words of a closing attribution are who says it: the name and the title set off after
# it, not what the speaker goes on to say.
SPEAKER_WORDS = [
    ("The plant will close in May, said Jane Roe, senior vice president of sales.",
     {"jane", "roe", "senior", "vice", "president", "sale"}),
    ("The plant will close in May, Jane Roe, the chief financial officer, told analysts.",
     {"jane", "roe", "chief", "financial", "officer"}),
    ("The plant will close in May, said Jane Roe, adding that the council would vote.", {"jane", "roe"}),
    ("The plant will close in May, said Jane Roe, who chairs the council.", {"jane", "roe"}),
    ("Jane Roe, senior vice president of sales, said the plant will close.", set()),
    # A word the statement makes itself stays what is said, though the title repeats it.
    ("Sales of the plant will close in May, said Jane Roe, senior vice president of sales.",
     {"jane", "roe", "senior", "vice", "president"}),
    ("The council will vote on the plant in May, said Jane Roe, who chairs the council.", {"jane", "roe"}),
    ("The council will vote in May, said Jane Roe, the council's chief financial officer.",
     {"jane", "roe", "chief", "financial", "officer"}),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_WORDS)
def test_speaker_words_are_the_name_and_its_title(text, expected):
    assert featurize(text, aliases=AliasTable(None), speakers=("Jane Roe",)).speaker_terms == expected


@pytest.mark.parametrize(("text", "month"), [
    ("Tuesday, August 7, 2012\nFire destroys warehouse.\n", (2012, 8)),
    ("http://example.blogspot.com/2012/08/farewell.html\nFarewell to the old warehouse\n", (2012, 8)),
    ("The warehouse burned down on Tuesday.\n", None),
    ("http://example.com/news/12345.html\nFire destroys warehouse.\n", None),
    # A page's date line, in the forms scraped pages give it.
    ("Fire destroys warehouse\nPublished on: Fri, 11 Nov 2011 at 09:56 IST\nThe fire started at night.\n",
     (2011, 11)),
    ("Fire destroys warehouse\nUpdated: July 02, 2013 15:50 IST\n", (2013, 7)),
    ("Fire destroys warehouse\nposted at 10:04 am on May 14, 2013\n", (2013, 5)),
    ("Fire destroys warehouse\nWEDNESDAY, APRIL 24TH, 2013 AT 10:40 AM\n", (2013, 4)),
    ("Fire destroys warehouse\n16 September 2013 Last updated at 12:42 GMT\n", (2013, 9)),
    ("Fire destroys warehouse\nWASHINGTON, DC, April 28, 2009\n", (2009, 4)),
    ("Fire destroys warehouse\nPUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013\n",
     (2013, 3)),
    # A sentence that tells of a date is no date line.
    ("Fire destroys warehouse\nThe owner was arrested on Oct. 21, 2011 while driving home.\n", None),
    ("Fire destroys warehouse\nReid checked herself in on Tuesday, December 9, 2008.\n", None),
    ("Fire destroys warehouse\nThe warehouse burned for 3 hours and 2008 firefighters came.\n", None),
])
def test_publication_month(text, month):
    assert publication_month(text) == month


# A headline in Title Case marks no names by its capitals; the names of months and days,
# capitalised in any sentence, do not make a sentence one.
NAMES_BY_CAPITALS = [
    ("Roe was arrested in Leeds on March 28.", {"leed"}),
    ("The council met with Jane Roe in Leeds on Tuesday.", {"jane", "roe", "leed"}),
    ("Japan And Peru Sign Landmark Trade Deal In Lima", set()),
]


@pytest.mark.parametrize(("text", "names"), NAMES_BY_CAPITALS)
def test_names_by_their_capitals(text, names):
    assert features(text).entities - {"march", "tuesday"} == frozenset(names)
