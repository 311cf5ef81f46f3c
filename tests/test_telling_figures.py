"""A rare figure two claims give alike, of one thing, or a time or day of a month, with a word
said of it, makes them one fact however little of a long sentence the rest covers (align.judge,
align._tells_figure, align._tells_time, align._share_date); an uncommon figure or a large count
alike does without the word (align._share_uncommon_figure)."""

from __future__ import annotations

import pytest

from factcheck.align import Thresholds, judge

from .conftest import analyse_articles, features_of

LONG = ("The order, issued on Tuesday after a valve failed at the depot, covers 4,127 households "
        "connected to the municipal gas network and will stay in force until engineers finish "
        "their checks of every pipe in the old town.")

UNCOMMON_ONE_FACT = ("Norovirus outbreak at riverside hotel sickens 217, closes kitchen",
                     "Health officials counted 217 confirmed or suspected cases by Tuesday.")

# (a claim, another file's claim of the same fact, worded apart)
ONE_FACT = [
    (LONG, "Just over 4,100 households were told to switch off their boilers."),
    (LONG, "The order applies to 4,127 households."),
    ("By Friday evening the promoter had sold 1,482 tickets, far short of the sell-out it had "
     "promised the council when it booked the riverside venue for the whole weekend.",
     "Organisers said 1,482 tickets had been sold for the concert."),
    # A day of a month, and a word besides.
    ("Formal sentencing is set for 11 a.m. on Nov. 8 before District Judge Ann Roe, who will also "
     "hear statements from the families of both victims.",
     "He will be sentenced November 8."),
    # A time of day to the minute, and a word besides.
    ("The depot's alarm was triggered at 3:17 a.m., and the pair spent roughly six minutes "
     "inside the building before escaping over the roof with the cash box.",
     "The alarm sounded at seventeen minutes past three in the morning."),
    # An exact figure of three significant digits or more is seldom given by chance, nor is a
    # large count of one thing alike: two articles of one story that write it state one fact,
    # though they share no other word said of it (align._share_uncommon_figure).
    UNCOMMON_ONE_FACT,
    ("Flooding forced 612 households from their homes overnight.",
     "The council put the number of evacuated families at 612."),
    ("The fraud cost the trust £1,372,480 over six years.",
     "Prosecutors traced £1.37248 million through shell accounts."),
    # A large count of one thing, rounded alike.
    ("The fair drew about 9,000 visitors over the weekend.",
     "Some 9,000 people came to eat and shop in the park."),
]


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_a_rare_figure_alike_is_one_fact(a, b):
    first, second = features_of(a, b)
    assert judge(first, second).same_fact
    assert judge(second, first).same_fact


# (a claim, another claim that gives the figure of another thing, or denies it)
NOT_ONE_FACT = [
    # A year alone: many facts of a story share one.
    ("The embankment was rebuilt in 1911 after a flood washed away the old timber trestle, the "
     "railway's archive shows.",
     "The railway opened its first station in 1911."),
    (LONG, "The gas board said 4,127 meters had been replaced across the county network."),
    (LONG, "The order does not cover 4,127 households, the gas board said."),
    # Two digits are not enough ("Vaughn finished with 16 points" / "McNeal posted 16
    # points"); nor is a large count of another thing, or one near it but not alike.
    ("Okafor finished with 16 points and nine rebounds in the win.",
     "Lindqvist posted 16 points for the visitors, who had won six straight."),
    ("Police arrested 23 people in dawn raids across the town.",
     "Officers forced their way into 23 homes and businesses."),
    ("The fair drew about 9,000 visitors over the weekend.",
     "Organisers printed 9,000 programmes for the weekend."),
    ("The fair drew about 9,000 visitors over the weekend.",
     "Last year's fair attracted around 7,500 people."),
    # A sum of money alike is often another sum's ("£2.4 million stolen" / "£2.4 million
    # spent on alarms"): only three significant digits count.
    ("Robbers escaped with £2.4 million in used banknotes on Thursday.",
     "Only last spring the firm spent £2.4 million upgrading its alarms."),
    # One person's age; a span of time; a number of a name.
    ("Dana Holt, 47, opened the bakery in 2019.", "Police said Holt, 47, was driving the van."),
    ("The arrests follow a seven-month inquiry by detectives.",
     "Prosecutors spent seven months reviewing the evidence."),
    ("The lorry overturned on Interstate 75 on Monday.", "Police closed Interstate 75 for six hours."),
]


@pytest.mark.parametrize(("a", "b"), NOT_ONE_FACT)
def test_a_figure_alike_of_another_thing_or_denied_is_not(a, b):
    first, second = features_of(a, b)
    assert not judge(first, second).same_fact


def test_only_between_articles_of_one_story():
    # Claims of articles unlike as wholes (thresholds raised for them) must reach the score.
    first, second = features_of(*ONE_FACT[0])
    assert not judge(first, second, thresholds=Thresholds().raised(0.1)).same_fact


def test_a_long_sentence_joins_the_fact_of_its_figure(tmp_path):
    result = analyse_articles(tmp_path, {
        "a.txt": LONG + "\n\nThe valve was replaced on Wednesday.",
        "b.txt": "Just over 4,100 households were told to switch off their boilers.\n\n"
                 "The valve was replaced on Wednesday.",
    })
    together = [cluster for cluster in result.clusters if len(cluster.files) == 2]
    assert sorted(claim.text[:20] for cluster in together for claim in cluster.claims) == [
        "Just over 4,100 hous", "The order, issued on", "The valve was replac", "The valve was replac"]


def test_an_uncommon_figure_alike_only_between_articles_of_one_story():
    first, second = features_of(*UNCOMMON_ONE_FACT)
    assert not judge(first, second, thresholds=Thresholds().raised(0.1)).same_fact
