"""Sentence splitting and furniture removal: a table of example texts per behaviour."""

from __future__ import annotations

import pytest

from factcheck.claims import extract_claims, split_sentences
from factcheck.models import Source

SPLITS = [
    ("One sentence here. Another one there.", ["One sentence here.", "Another one there."]),
    ("He met U.S. officials on Monday. They agreed.", ["He met U.S. officials on Monday.", "They agreed."]),
    ("Talks were held in the U.S. The deal followed.", ["Talks were held in the U.S.", "The deal followed."]),
    ("Ferdinand Marcos Jr. of the island nation spoke.", ["Ferdinand Marcos Jr. of the island nation spoke."]),
    ("Mr. Smith and Dr. Jones met St. Peter.", ["Mr. Smith and Dr. Jones met St. Peter."]),
    ("Police chief Maj. Gen. Jane Roe said it was over.", ["Police chief Maj. Gen. Jane Roe said it was over."]),
    ("It was calm, said Military Commander Col. Inf. Jane Roe.", ["It was calm, said Military Commander Col. Inf. Jane Roe."]),
    ("The spokesman Snr. Comr. John Doe spoke.", ["The spokesman Snr. Comr. John Doe spoke."]),
    ("John F. Kennedy was elected. It was 1960.", ["John F. Kennedy was elected.", "It was 1960."]),
    # a question or an exclamation in an aside within the sentence ends nothing
    ('I did a double-take (or was it a triple?) "whuuuh??" when I saw him.',
     ['I did a double-take (or was it a triple?) "whuuuh??" when I saw him.']),
    ("He left. (Why?) Nobody knows.", ["He left.", "(Why?)", "Nobody knows."]),
    # a pause within a quotation ends nothing; outside one it may
    ('"IBM is No. 1 now... HP is a real player," Jane Roe said.', ['"IBM is No. 1 now... HP is a real player," Jane Roe said.']),
    ("It was over... The next day it rained.", ["It was over...", "The next day it rained."]),
    ("Growth was 1.5 percent. Version 3.2.1 shipped.", ["Growth was 1.5 percent.", "Version 3.2.1 shipped."]),
    ("Is it true? Yes it is! Really.", ["Is it true?", "Yes it is!", "Really."]),
    ("He said, \u201cWe will win.\u201d Then he left.", ["He said, \u201cWe will win.\u201d", "Then he left."]),
    ("Prices rose 3.5% in Jan. and fell in Feb. again.", ["Prices rose 3.5% in Jan. and fell in Feb. again."]),
    ("No terminal punctuation at all", ["No terminal punctuation at all"]),
    ("Wait... What happened next?", ["Wait...", "What happened next?"]),
    ("And the next host of the awards is \u2026 Jane Roe. She said yes.",
     ["And the next host of the awards is \u2026 Jane Roe.", "She said yes."]),
    ("Jane Roe Checks Out Of Rehab... To Check Into Another Clinic",
     ["Jane Roe Checks Out Of Rehab... To Check Into Another Clinic"]),
    ("The firm, Acme Inc. The rival, Beta Corp. grew.", ["The firm, Acme Inc.", "The rival, Beta Corp. grew."]),
    # titles of office before a name ("Dist. Atty.", "Det.", "Lakewood Stn.")
    ("The verdict was just, said Dist. Atty. Steve Cooley.", ["The verdict was just, said Dist. Atty. Steve Cooley."]),
    ("His partner, Det. Jane Roe, was there.", ["His partner, Det. Jane Roe, was there."]),
    # a one-letter name with its mark
    ('"She was professional," he told E! News.', ['"She was professional," he told E! News.']),
    ("Her show ran on E! -series, it followed her.", ["Her show ran on E! -series, it followed her."]),
    # in a Title Case headline every word is capitalised: an opener proves nothing
    ("Convicted Robber John Roe Jr. On The Run in Texas", ["Convicted Robber John Roe Jr. On The Run in Texas"]),
    ("Acme Inc. The Firm Behind The Bridge Goes Bust", ["Acme Inc. The Firm Behind The Bridge Goes Bust"]),
    # A copy that lost the dot of ".357" keeps its sentence whole.
    ("She returned with a. 357 Magnum and opened fire.", ["She returned with a. 357 Magnum and opened fire."]),
    ("He joined a Santa Monica, Calif. -based firm. It grew.", ["He joined a Santa Monica, Calif. -based firm.",
                                                                "It grew."]),
    ("It rivals Acme of Santa Clara, Calif. Apart from chips, it sells boards.",
     ["It rivals Acme of Santa Clara, Calif.", "Apart from chips, it sells boards."]),
    # a number never opens a sentence in news copy, a year apart: a character was lost
    ("Police said a loaded. 38-caliber revolver was found. It rained.",
     ["Police said a loaded. 38-caliber revolver was found.", "It rained."]),
    ("It was a good year. 2008 was better.", ["It was a good year.", "2008 was better."]),
    # a party and a state after a name
    ("Chairman Jim Roe (D-W. Va.) said he would act. It rained.",
     ["Chairman Jim Roe (D-W. Va.) said he would act.", "It rained."]),
    # a police constable's rank
    ('"It was tragic," Const. Jim Roe said. It rained.', ['"It was tragic," Const. Jim Roe said.', "It rained."]),
    # titles of the clergy
    ('"He was kind," Msgr. Jim Roe said. It rained.', ['"He was kind," Msgr. Jim Roe said.', "It rained."]),
    ("Fr. Jim Roe said mass on Sunday.", ["Fr. Jim Roe said mass on Sunday."]),
    # a title that starts the second of two joined names
    ("He died in the Aoraki-Mt. Cook park. It rained.", ["He died in the Aoraki-Mt. Cook park.", "It rained."]),
    ("He died in Aoraki/Mt. Cook National Park on Friday.", ["He died in Aoraki/Mt. Cook National Park on Friday."]),
    # initials and abbreviations after a slash or a hyphen, as on their own
    ("He joins the Randy Roe/P.J. Doe pile. It grew.", ["He joins the Randy Roe/P.J. Doe pile.", "It grew."]),
    ("Golf-U.S. Masters champion Jane Roe won. It rained.", ["Golf-U.S. Masters champion Jane Roe won.", "It rained."]),
    # a quotation that ends on "!" or "?" goes on with its speaker, however it is told
    ('"Murder is another thing! " Prime Minister Jane Roe thundered in Parliament.',
     ['"Murder is another thing! " Prime Minister Jane Roe thundered in Parliament.']),
    ('"Who will pay?" Roe demanded. It rained.', ['"Who will pay?" Roe demanded.', "It rained."]),
    ("The shop is on Main-St. It was closed.", ["The shop is on Main-St.", "It was closed."]),
    # a quotation's speaker after its question or exclamation mark is the same sentence
    ('"Where should we go?" Roe said. It rained.', ['"Where should we go?" Roe said.', "It rained."]),
    ('"Would we have won without him?" The team\'s interim coach Jim Roe asked.',
     ['"Would we have won without him?" The team\'s interim coach Jim Roe asked.']),
    ('"Stop!" The crowd cheered.', ['"Stop!"', "The crowd cheered."]),
    # a closing quotation mark set off by a space ends the quotation, not the next sentence
    ('He called them "smoke screens. " Then he left.', ['He called them "smoke screens. "', "Then he left."]),
    ('"Where should we go? " Roe asked, pointing at the map.',
     ['"Where should we go? " Roe asked, pointing at the map.']),
    ('They chanted "Thieves! " as they marched. "Go. " He left.',
     ['They chanted "Thieves! " as they marched.', '"Go. "', "He left."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def claims_of(text: str) -> list[str]:
    return [claim.text for claim in extract_claims(Source(path="a.txt", text=text, sha256="0"))]


FURNITURE = [
    "Released 2013-09-28 05:08:35 GMT",
    "Reference(s):",
    "cgtn.com",
    "https://example.org/news/2024/story.html",
    "http://example.org/news/article/0, 8599, 2016785, 00.html",
    "Jane Doe Views",
    "Most Commented",
    "BotName2.1 Summary NewsShare",
    "May 03, 2013",
    # a page's date and time, in the layouts of many sites
    "Thu Nov 10, 2011 3:00pm EST",
    "Thu, 10 Nov 2011 02:45 PM",
    "11/10/11 02:39 PM ET",
    "11 November 2011 Last updated at 12:41 GMT",
    "Published on: 11 November 2011-11:25am",
    "on Nov 10, 2011",
    "10:55 P. M. FEB. 2, 2009",
    "March 1, 2012 -- 07:58 GMT (23:58 PST)",
    "Edited time: March 13, 2013 02:15",
    "Tue Jul 02 2013, 14:58 hrs",
    "Story Created: Aug 7, 2012 at 9:56 AM AKDT",
    "Dial-in number: +1 877 268 9324.",
    "Conference ID: 24256919.",
    "About Acme Mission Critical Facilities, Inc.",
    "On behalf of Jane Roe, Esq.posted in Pedestrian Accidents on Wednesday, September 18, 2013.",
    "Wire Sep 18, 2013, 02.16PM IST",
    "Article posted on 08.07.2012",
    # a dateline's place in capitals, and a release's banner
    "SPRINGFIELD, MO, April 28, 2009",
    "FOR IMMEDIATE RELEASE July 13, 2009",
    # a link to more of the site
    "More from GlobalPost: Aceh's bloodstained elections",
    # bylines
    "By Dana Whitcombe, Courier staff - Thursday, March 6",
    "By Owen Latimer, Analysis Desk, The Provincial Review - Friday, March 7",
    "*By the Northline Daily newsdesk. Updated Thursday.*",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_is_not_a_claim(line):
    body = "The council approved the new budget on Tuesday after a long debate."
    assert claims_of(f"{body}\n{line}\n") == [body]
    # where a page puts its date: under the headline, where short lines are claims
    headline = "Council approves the budget after a long debate"
    assert claims_of(f"{headline}\n{line}\n{body}\n") == [headline, body]


@pytest.mark.parametrize("line", [
    "On May 5, 2011, the council voted to close the bridge.",
    "The vote is on May 5.",
    "In 2011 the plant closed at 3:00 PM for good.",
])
def test_a_sentence_with_a_date_is_a_claim(line):
    assert claims_of(f"{line}\n") == [line]


def test_headline_is_a_claim_and_section_heading_is_not():
    text = (
        "Council Approves Budget After Long Debate\n"
        "The council approved the new budget on Tuesday after a long debate.\n"
        "Reactions From the Opposition\n"
        "Opposition members said the plan would raise taxes for families.\n"
    )
    assert claims_of(text) == [
        "Council Approves Budget After Long Debate",
        "The council approved the new budget on Tuesday after a long debate.",
        "Opposition members said the plan would raise taxes for families.",
    ]


def test_related_links_are_dropped_but_sentence_bullets_kept():
    text = (
        "The council approved the new budget on Tuesday after a long debate.\n"
        "- Mayor Faces Questions Over Stadium Costs\n"
        "- Local Schools Brace For Further Cuts\n"
        "- \U0001F4C5 The vote took place after three hours of debate in the chamber.\n"
    )
    assert claims_of(text) == [
        "The council approved the new budget on Tuesday after a long debate.",
        "The vote took place after three hours of debate in the chamber.",
    ]


def test_markdown_markers_are_outside_the_span():
    text = "# The council approved the budget on Tuesday\n\n> Opposition members voted against the plan.\n"
    claims = extract_claims(Source(path="a.md", text=text, sha256="0"))
    assert [c.text for c in claims] == [
        "The council approved the budget on Tuesday",
        "Opposition members voted against the plan.",
    ]
    assert [(c.line, text[c.start:c.end]) for c in claims] == [(1, claims[0].text), (3, claims[1].text)]


@pytest.mark.parametrize(("line", "claim"), [
    # a label in bold before a list item's text, and a news brief's place
    ("- **What happened:** A tank of solvent burst at the plant on Monday night.",
     "A tank of solvent burst at the plant on Monday night."),
    ("- __How bad__: Lab results showed toluene at **four times** the legal maximum.",
     "Lab results showed toluene at **four times** the legal maximum."),
    ("**Ostler's Cross** - A water main break left about 400 homes without water.",
     "A water main break left about 400 homes without water."),
    # a wire story's dateline before its lead: the place, a region or a date, the agency
    ("BRENNICK FALLS, March 5 (Meridian Wire) - Officials ordered residents to stop drinking tap water.",
     "Officials ordered residents to stop drinking tap water."),
    ("LOS ANGELES, Calif., Jan. 5 (Reuters) - A storm cut power to 40,000 homes.",
     "A storm cut power to 40,000 homes."),
    ("WASHINGTON (AP) \u2014 The Senate passed the bill on Friday.", "The Senate passed the bill on Friday."),
    ("**TOKYO** - Japan and the United States are in talks.", "Japan and the United States are in talks."),
    ("TOKYO \u2014 Japan and the United States are in talks.", "Japan and the United States are in talks."),
    # an emphasised line closes its emphasis at its end
    ("*The plant reopened on Friday after a week of repairs.*", "The plant reopened on Friday after a week of repairs."),
    # not a label nor a dateline
    ("**Four times** the legal limit was found in the water.", "**Four times** the legal limit was found in the water."),
    ("US officials said the talks would resume in May.", "US officials said the talks would resume in May."),
    ("By Friday, at least 6,000 web sites had been infected.", "By Friday, at least 6,000 web sites had been infected."),
    ("By all indications, he is a solid long-term investment.", "By all indications, he is a solid long-term investment."),
    ("By Friday, some 6,000 web sites.", "By Friday, some 6,000 web sites."),
    # a headline's source before a colon stays: it credits the headline
    ("NCAA: Athletes were given improper gifts.", "NCAA: Athletes were given improper gifts."),
])
def test_labels_and_datelines_before_a_line_are_outside_the_span(line, claim):
    text = f"The council approved the new budget on Tuesday after a long debate.\n\n{line}\n"
    claims = extract_claims(Source(path="a.md", text=text, sha256="0"))
    assert claims[-1].text == claim
    assert text[claims[-1].start:claims[-1].end] == claim


@pytest.mark.parametrize("line", ["Updated 11/27/2005 3:41 PM", "Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET",
                                  "Friday, Sep 10, 2010 | Updated 8:52 PM EDT",
                                  "August 10, 2011 -- Updated 0947 GMT (1747 HKT)"])
def test_time_stamps_are_furniture(line):
    body = "The council approved the new budget on Tuesday after a long debate."
    assert claims_of(f"{body}\n{line}\n") == [body]


def test_a_sentence_starting_with_last_is_a_claim():
    text = "Last year 5 people died in the floods that hit the valley."
    assert claims_of(text) == [text]


def test_a_credit_in_parentheses_is_not_a_claim():
    text = ('The office is 15 miles north of the city. (CNN News Article)\n'
            'Witnesses said the shooter used a rifle, police said. " (Fox News article)\n'
            'The vote was delayed. (The council later denied that it was delayed.)\n')
    assert claims_of(text) == [
        "The office is 15 miles north of the city.",
        "Witnesses said the shooter used a rifle, police said.",
        "The vote was delayed.",
        "(The council later denied that it was delayed.)",
    ]


def test_a_sentence_saying_the_site_was_updated_is_a_claim():
    text = "The site was updated 3 times in 2010, the company said."
    assert claims_of(text) == [text]


def test_the_writers_own_questions_are_not_claims_but_quoted_ones_are_speech():
    text = ('But why did Acme buy the firm? It paid $334 million in cash.\n'
            'What will the rivals do next?\n'
            '"Are you going to appeal?" the judge asked. "Will you appeal?"\n'
            'Sox Make Offer To Roe (8 Years?)\n')
    assert claims_of(text) == [
        "It paid $334 million in cash.",
        '"Are you going to appeal?" the judge asked.',
        '"Will you appeal?"',
        "Sox Make Offer To Roe (8 Years?)",
    ]


def test_a_statement_that_ends_on_a_quoted_question_is_a_claim():
    text = ('Users on the forum mostly had the same reaction: "Who is Jane Roe?"\n'
            'Do you think she will make a great host?\n')
    assert claims_of(text) == ['Users on the forum mostly had the same reaction: "Who is Jane Roe?"']


@pytest.mark.parametrize(("text", "kept"), [
    ("Roe now has 2,029 points in 106 games as a Bluejay, but who's counting?", True),
    ("It's about time, right?", False),
    ("Roe is doubtless expecting a bigger figure for the sequel, but will the studio pay it?", False),
    ("So, where do the talks go from here?", False),
])
def test_a_statement_with_a_question_tag_is_a_claim(text, kept):
    assert claims_of(text) == ([text] if kept else [])


@pytest.mark.parametrize(("text", "expected"), [
    # a denial in two words states a fact
    ("The train left the track. Nobody died.", ["The train left the track.", "Nobody died."]),
    ("None survived.", ["None survived."]),
    # most two-word sentences are asides or labels
    ("The train left the track. Trust me.", ["The train left the track."]),
    ("Power cut", []),
    ("Nobody knows?", []),
])
def test_a_two_word_sentence_is_a_claim_only_when_it_denies(text, expected):
    assert claims_of(text) == expected


def test_www_does_not_end_a_sentence():
    text = "The phone will be sold in stores, via www. Example.com and through dealers."
    assert claims_of(text) == [text]


def test_a_question_mark_after_a_full_stop_is_a_lost_quotation_mark():
    text = "? Acme is making its show a hardware conference this year -- it unveiled a laptop today.?\n"
    assert claims_of(text) == [text.strip().removeprefix("? ")]


# A sentence hard-wrapped over lines (plain text, Markdown paragraphs) is one claim; lines
# that end their sentence, headlines and the date lines under them stay apart.
WRAPPED = [
    ("The council voted on Monday to approve the new bridge over the\nriver, officials said. Work starts "
     "in the spring\nof next year.\n",
     [(1, "The council voted on Monday to approve the new bridge over the\nriver, officials said."),
      (2, "Work starts in the spring\nof next year.")]),
    ("* The council voted on Monday to approve the bridge, a\n  spokesman said.\n",
     [(1, "The council voted on Monday to approve the bridge, a\n  spokesman said.")]),
    ('Roe, the director of the agency, said,\n"We will rebuild the bridge by the spring."\n',
     [(1, 'Roe, the director of the agency, said,\n"We will rebuild the bridge by the spring."')]),
    ('The mayor told the council:\n"We will rebuild the bridge by the spring."\n',
     [(1, 'The mayor told the council:\n"We will rebuild the bridge by the spring."')]),
    ("The mayor said the bridge was closed for nine minutes before the police came back to the scene:\n"
     '"She drove her car through the barrier."\n',
     [(1, "The mayor said the bridge was closed for nine minutes before the police came back to the scene:"),
      (2, '"She drove her car through the barrier."')]),
    ('"He is the boss of the whole village! "\nhis mother told a reporter on Monday.\n',
     [(1, '"He is the boss of the whole village! "'), (2, "his mother told a reporter on Monday.")]),
    ("Jury finds suspect in office shooting guilty\non April 30, 2008 at 4:31 AM\nThe jury deliberated "
     "for two days.\n",
     [(1, "Jury finds suspect in office shooting guilty"), (3, "The jury deliberated for two days.")]),
    ("Farewell to another piece of the old town\nfast-moving fire destroyed the warehouse this morning.\n",
     [(1, "Farewell to another piece of the old town"),
      (2, "fast-moving fire destroyed the warehouse this morning.")]),
    ("Michael Roe reports that the team\nhave made an offer, the biggest yet.\n",
     [(1, "Michael Roe reports that the team\nhave made an offer, the biggest yet.")]),
    ("Council Approves New Bridge Over River\nofficials hope work starts in the spring.\n",
     [(1, "Council Approves New Bridge Over River"), (2, "officials hope work starts in the spring.")]),
    ("A magnitude 4.6 earthquake struck the region on Thursday morning,\nThe temblor struck 26 miles "
     "north of the city.\n",
     [(1, "A magnitude 4.6 earthquake struck the region on Thursday morning,"),
      (2, "The temblor struck 26 miles north of the city.")]),
]


# A line that stops on a title goes on with the name on the next line; "St." at the end of a
# line is mostly a street.
WRAPPED += [
    ("At a news conference, police spokesman Const.\nJim Roe said the man had been fired.\n",
     [(1, "At a news conference, police spokesman Const.\nJim Roe said the man had been fired.")]),
    ("She heard shouting outside on E. 52nd St.\nShe said she saw a car pull up.\n",
     [(1, "She heard shouting outside on E. 52nd St."), (2, "She said she saw a car pull up.")]),
    # a line that is only the end of a time ("p.m." / "Friday night.") goes with the line before
    ("Firefighters were called to the blaze at around 9:40 p.m.\nFriday night.\n",
     [(1, "Firefighters were called to the blaze at around 9:40 p.m.\nFriday night.")]),
    ("The fire began at 9:40 p.m.\nNo one was hurt.\n",
     [(1, "The fire began at 9:40 p.m."), (2, "No one was hurt.")]),
    # a lead-in that ends on a colon goes on with what it announces; a label or a list does not
    ("The results were disastrous:\nCritics panned the format.\n",
     [(1, "The results were disastrous:\nCritics panned the format.")]),
    ("The statement outlined several key areas of cooperation:\nDefense: The two allies will train together.\n",
     [(1, "The statement outlined several key areas of cooperation:"),
      (2, "Defense: The two allies will train together.")]),
    ("The injury report for Wednesday is as follows:\nThe safety did not practice.\n",
     [(2, "The safety did not practice.")]),
    ("Did Not Practice:\nThe safety missed the session.\n",
     [(1, "Did Not Practice:"), (2, "The safety missed the session.")]),
    # a semicolon, then a line in lower case: the sentence goes on
    ("According to the Times, even the reporter was shocked at this;\nhe had guarded the secret for years.\n",
     [(1, "According to the Times, even the reporter was shocked at this;\nhe had guarded the secret for years.")]),
    ("The council met on Monday;\nThe mayor did not attend.\n",
     [(1, "The council met on Monday;"), (2, "The mayor did not attend.")]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED)
def test_a_hard_wrapped_sentence_is_one_claim(text, expected):
    claims = extract_claims(Source(path="a.txt", text=text, sha256="0"))
    assert [(claim.line, claim.text) for claim in claims] == expected
    assert all(text[claim.start:claim.end] == claim.text for claim in claims)


@pytest.mark.parametrize(("text", "expected"), [
    ("The team made an offer on Monday. You can follow the entire saga on our trade blog.",
     ["The team made an offer on Monday."]),
    ("For more information, check out the agency's statement.\nThe agency listed the species.",
     ["The agency listed the species."]),
    ("Follow politics on the paper's blog at blog.example.com/politics.\nThe bill passed.",
     ["The bill passed."]),
    ("You can switch between the page view and the outline view in the new release.",
     ["You can switch between the page view and the outline view in the new release."]),
    ("Scroll down to see the first eleven hosts and tell us your favourite.\nThe show returns in May.",
     ["The show returns in May."]),
    ("Follow the money, the senator told reporters on Monday.",
     ["Follow the money, the senator told reporters on Monday."]),
    ("The fix is available from this link. To apply it, click the icon above the link.\n"
     "It works on every version.", ["It works on every version."]),
    ("For a quick look at those features, have a look here. We've got more details on the "
     "phone's upcoming release here.\nIt ships in May.", ["It ships in May."]),
    # Longer, the sentence tells something besides where to click.
    ("After April 29 business customers will be able to register for the phone at this link.",
     ["After April 29 business customers will be able to register for the phone at this link."]),
    ("The police said the man was here.", ["The police said the man was here."]),
    ("Hit the jump for more details.\nLeave your thoughts in the comments section below.\nIt ships in May.",
     ["It ships in May."]),
    ("(And Jane Roe and John Doe now run the studio's film division.)\n(Reuters)\n",
     ["(And Jane Roe and John Doe now run the studio's film division.)"]),
    ("More information about Acme (NYSE: ACM) is available at http://www.example.com.\nIt ships in May.",
     ["It ships in May."]),
    ("About 40 observers from the United Nations and the European Union watched the vote.",
     ["About 40 observers from the United Nations and the European Union watched the vote."]),
    ("Here is how they describe the device:\nOfficial PR text follows below.\nThe phone ships in May.",
     ["The phone ships in May."]),
])
def test_pointers_for_the_reader_are_not_claims(text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(("line", "is_claim"), [
    # A sentence that lost its full stop, mostly in lower case.
    ("The line also includes both fast and slow charging support", True),
    ("Products also include shampoo, conditioner, therapeutic lotion and soap", True),
    # Subheadings and lead-ins stay out.
    ("Implications for Regional Security", False),
    ("Emergence of a New Trilateral Security Partnership in the Region", False),
    ("The day sets up for some very solid matchups:", False),
])
def test_a_body_line_without_full_stop(line, is_claim):
    body = "The company released three laptops on Monday at its conference in the city.\n"
    assert claims_of(body + line + "\n")[1:] == ([line] if is_claim else [])
