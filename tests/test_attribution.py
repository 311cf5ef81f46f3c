"""Attribution, certainty and independence: tables of example sentences per kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.api import analyse
from factcheck.attribution import (
    attribute,
    certainty_of,
    hedge_words,
    in_quotation,
    independent_count,
    quote_spans,
    read_sentence,
    same_source,
    single_upstream,
    site_of,
    sites_of,
    wire_copies,
    wire_stories,
)
from factcheck.claims import extract_claims
from factcheck.models import Attribution, AttributionKind, Certainty, Claim, Source, WireCopy
from factcheck.render import render_json, render_markdown

from .conftest import analyse_articles

NAMED, ANONYMOUS, NONE = AttributionKind.NAMED, AttributionKind.ANONYMOUS, AttributionKind.NONE

# (sentence, kind, source)
ATTRIBUTIONS = [
    # named: people, outlets, institutions, definite offices
    ("Interior Minister Jane Roe said the bridge would reopen in May.", NAMED, "Interior Minister Jane Roe"),
    ("The bridge will reopen in May, according to the Tribune.", NAMED, "the Tribune"),
    ("According to the Tribune, the bridge will reopen in May.", NAMED, "the Tribune"),
    ("The bridge will reopen in May, Jane Roe told reporters on Tuesday.", NAMED, "Jane Roe"),
    ("Jane Roe told Reuters the bridge would reopen in May.", NAMED, "Jane Roe"),
    ('"The bridge will reopen in May," said Jane Roe, a spokeswoman for the city.', NAMED, "Jane Roe"),
    ('"The bridge will reopen in May," Jane Roe said at a news conference.', NAMED, "Jane Roe"),
    ("The fire started in the kitchen, police said.", NAMED, "police"),
    ("The governor also said that five people were treated in hospital.", NAMED, "The governor"),
    ("A spokesman for the Transport Ministry said the line would stay closed.", NAMED,
     "A spokesman for the Transport Ministry"),
    ("Jane Roe, a lawyer who represents the families, said the deal was fair.", NAMED, "Jane Roe"),
    # information from a named body is that body's
    ("According to information from Acme, the cable broke near the coast.", NAMED, "information from Acme"),
    # an emphatic "did say" says, a "did not say" does not
    ("Police did say that two people were hurt.", NAMED, "Police"),
    ("Roe did not say why the bridge closed.", NONE, None),
    # "contends" is a verb of saying, and "likewise" no speaker
    ("The prosecution contends Roe shot the victim twice.", NAMED, "The prosecution"),
    ("Roe shot the victim twice, Howell contended.", NAMED, "Howell"),
    ("Roe's cousins, likewise, testified that he was there.", NAMED, "Roe's cousins"),
    # a speaker inside a relative clause speaks of what the clause is about
    ("He met men who agents said were his confederates.", ANONYMOUS, "agents"),
    ("He bought a house which the company said was worth $5 million.", NAMED, "the company"),
    ("Officials who declined to be named said the deal was off.", ANONYMOUS, "Officials"),
    ("Officials who spoke to reporters said the deal was off.", ANONYMOUS, "Officials"),
    # a participle opening the sentence says something of the subject: not the subject
    ('Dubbed the "Oddfather" for his bizarre behavior, the former Acme crime family head, an ex-boxer '
     "whose string of victories ended with a 1997 conviction, finally admitted his ruse at a hearing.",
     NAMED, "the former Acme crime family head"),
    # after the verb, a name and its verb are what was said, not who said it
    ("Her agent, Jane Roe, said Page died yesterday at a hospital.", NAMED, "Jane Roe"),
    ("Relatives, including a brother, insisted Roe suffered from dementia.", ANONYMOUS, "Relatives"),
    ('"Patch it now," said Acme advanced threat researcher Paul Doe.', NAMED,
     "Acme advanced threat researcher Paul Doe"),
    ("The storm destroyed 40 homes, the Coast Gazette reported on Sunday.", NAMED, "the Coast Gazette"),
    ("Officials said on Saturday the fire was arson, the Daily Record reported.", NAMED, "the Daily Record"),
    ("Jane Roe said her deputy told her the vote was rigged.", NAMED, "Jane Roe"),
    ("Many residents have returned home but some remain afraid Jane Roe said.", NAMED, "Jane Roe"),
    ("Chief Inspector John Doe said: the suspect fled on foot.", NAMED, "Chief Inspector John Doe"),
    ("Jane Roe and other union leaders said the strike would go on.", NAMED,
     "Jane Roe and other union leaders"),
    ("Roads were closed and police said they would stay shut.", NAMED, "police"),
    ("Jane Roe made the announcement on Friday and said the deal was done.", NAMED, "Jane Roe"),
    ("Roe could not say why, but said the deal was done.", NAMED, "Roe"),
    ("Jane Roe, 39, a nurse at the hospital, said she saw the fire.", NAMED, "Jane Roe"),
    ("His lawyer, John Doe, told the court his client was innocent.", NAMED, "John Doe"),
    ("Jane Roe, in a statement on Monday, said the deal was done.", NAMED, "Jane Roe"),
    ('"We fired in self-defense," Jane Roe, a navy spokeswoman, told the network.', NAMED, "Jane Roe"),
    ("Old versions were attacked, John Doe, a manager at the firm, said in a statement.", NAMED,
     "John Doe"),
    ("Roe left the room, saying the deal was done.", NAMED, "Roe"),
    # A name, then what the speaker is, with no comma before the verb: the name speaks.
    ("Jane Roe, chief executive of Acme said the plant would close.", NAMED, "Jane Roe"),
    ("The paper spoke to a co-worker of hers, John Doe, and he said they had talked.", NAMED,
     "John Doe"),
    ("In Washington, officials said the bridge would reopen.", ANONYMOUS, "officials"),
    # "added 12", "countered with a run": a score or a move, not speech; nor is an adverb
    # or a preposition a speaker.
    ("Jane Roe led the team with 13 points, while John Doe added 12 for the visitors.", NONE, None),
    ("The visitors countered with a 9-2 run and missed a tying shot.", NONE, None),
    ("Upon cross-examination, Roe then gave a second account, saying she had seen the gun.", NAMED, "Roe"),
    # A relative clause with "that" after the subject is not part of who speaks.
    ("The site manager at the supermarket that has been damaged by fire, says it will take days.",
     ANONYMOUS, "The site manager at the supermarket"),
    ("The navy sank a trawler that the coast guard said was a pirate ship.", NONE, None),
    ("Roe unveiled the phone, something that had been somewhat confirmed, but without any details.",
     NONE, None),
    # "asked" after a quotation names who asks; elsewhere it tells of a request.
    ('"Would we have done it without him?" interim coach Jane Roe asked.', NAMED, "interim coach Jane Roe"),
    ("He asked the court to delay the hearing.", NONE, None),
    ("(Acme's option would trump the studio's hold on Roe, say sources.)", ANONYMOUS, "sources"),
    ("Per THR, the negotiations between the two parties are delicate.", NAMED, "THR"),
    ("The fee was five dollars per day, officials said.", ANONYMOUS, "officials"),
    # An inverted speaker in parentheses ends at the closing one.
    ("There's also traffic data (anonymously gathered, says Acme) tied into the service.", NAMED, "Acme"),
    # A possessive a copy set off with spaces is still a possessive.
    ("The fire service \u2019 s Jane Roe explained that the fire began outside.", NAMED,
     "The fire service\u2019s Jane Roe"),
    # A subject that negates ("No injuries reported", "None of the firms confirmed") is nobody.
    ("No injuries reported", NONE, None),
    ("None of the companies ever confirmed reports that they were talking.", NONE, None),
    # An adverb or a pronoun after the verb is not an inverted speaker.
    ('"We appreciate the care the jury took," Jane Roe, the victim\'s mother, said afterward.',
     NAMED, "Jane Roe"),
    ("Acme, the largest maker of chips, said itself on Monday it will keep making them.", NAMED,
     "Acme"),
    # After a quotation too, the name before the comma is who speaks, not the title after it.
    ('"The sale has taken four years, " Jane Roe, an assistant state attorney general said Tuesday.',
     NAMED, "Jane Roe"),
    ('"I saw a lot of people wheeled in," John Doe, a hospital official told the paper.',
     NAMED, "John Doe"),
    # Where the speaker said it, after the name, is not part of the name.
    ('"This flaw could let an attacker in," explained Acme\'s Jane Roe in an alert to customers.',
     NAMED, "Acme's Jane Roe"),
    # The one who speaks for a named person is identified; "her lawyer" alone is not.
    ("Jane Roe's lawyer said the deal was fair.", NAMED, "Jane Roe's lawyer"),
    ("Her lawyer said the deal was fair.", ANONYMOUS, "Her lawyer"),
    # With no comma, "according to" names its source and no more of the clause.
    ("According to the Election Commission the turnout was high.", NAMED, "the Election Commission"),
    ("The fire was set at the door according to the Gazette and was put out within hours.", NAMED,
     "the Gazette"),
    ("According to Springfield police an officer arrived at the bank.", NAMED, "Springfield police"),
    ("The app lets users sort photos according to who is in them.", NONE, None),
    # An opening adverbial is not the speaker; "but" joins clauses, not speakers.
    ("On March 3, President Jane Roe directed the agencies to review the rule, stating that it "
     "was wrong.", NAMED, "President Jane Roe"),
    ("However, Prime Minister Jane Roe has dismissed calls to quit, saying the country needs a "
     "steady hand.", NAMED, "Prime Minister Jane Roe"),
    ("Boats ferried the injured to the hospital but the authorities say the rescue is over.",
     ANONYMOUS, "the authorities"),
    ("Keeping her on the line, Leader said she told the caller to wait.", NAMED, "Leader"),
    ("The district attorney says this does not hurt the case.", NAMED, "The district attorney"),
    ('"She was a star," said agent Jane Roe in a written statement.', NAMED, "agent Jane Roe"),
    ("Prosecutors allege the man fled after she told him she was pregnant.", ANONYMOUS, "Prosecutors"),
    ('"We deny any wrongdoing," said her lawyer, John Doe.', NAMED, "John Doe"),
    ("The Daily Record is reporting that the mayor will resign.", NAMED, "The Daily Record"),
    ("A poll published by the Daily Record said most voters were unhappy.", NAMED,
     "A poll published by the Daily Record"),
    ("The deputy mayor, Jane Roe, issued a statement, saying the budget was balanced.", NAMED, "Jane Roe"),
    # anonymous: nobody named
    # a group of people no one names, whatever their place or trade (capitalised or not)
    ("Mob deserters testified that the gang rigged bids in the city.", ANONYMOUS, "Mob deserters"),
    ("Former Riverton detectives said that Roe earned his spurs as an enforcer.", ANONYMOUS,
     "Former Riverton detectives"),
    ("In a briefing, Acme executives said the deal would close in May.", ANONYMOUS, "Acme executives"),
    ("The vote was fair, said reports from the capital.", ANONYMOUS, "reports from the capital"),
    ("The officers who responded said the door was open.", ANONYMOUS, "The officers"),
    ("Diplomatic sources said the talks had stalled.", ANONYMOUS, "Diplomatic sources"),
    ("Officials said on Tuesday that the dam was safe.", ANONYMOUS, "Officials"),
    ("The dam is safe, officials said on Tuesday.", ANONYMOUS, "officials"),
    ("Reports suggest that the merger will be delayed.", ANONYMOUS, "Reports"),
    ("A senior official, who spoke on condition of anonymity, said the plan was dropped.", ANONYMOUS,
     "A senior official"),
    ("The plan was dropped, a senior U.S. official told Reuters.", ANONYMOUS, "a senior U.S. official"),
    ("According to diplomatic sources cited by local media, the summit was postponed.", ANONYMOUS,
     "diplomatic sources"),
    ("A friend of the singer told the magazine that she was recovering.", ANONYMOUS,
     "A friend of the singer"),
    ("The quake struck the island at dawn, state media said.", ANONYMOUS, "state media"),
    ("Pentagon officials said the drills would continue.", ANONYMOUS, "Pentagon officials"),
    # a public record a reader can ask for is on the record; reports may be anyone's
    ("According to court records, Roe has three prior convictions.", NAMED, "court records"),
    ("Roe was drunk, according to a police affidavit.", NAMED, "a police affidavit"),
    ("The plane was delayed, according to a statement from her office.", NAMED, "a statement from her office"),
    ("According to media reports, the plane was delayed.", ANONYMOUS, "media reports"),
    # a name with who they are after it, or a title and a surname that end the phrase: named;
    # whom an unnamed source serves is not who speaks
    ("Fifty people were hurt, Jane Roe a local health official said.", NAMED, "Jane Roe a local health official"),
    ("Head of the agency Captain Roe told Xinhua that 20 were missing.", NAMED, "Head of the agency Captain Roe"),
    ("A representative for Mr. Roe said he was abroad.", ANONYMOUS, "A representative for Mr. Roe"),
    ("A source close to President Roe said the talks stalled.", ANONYMOUS, "A source close to President Roe"),
    # one unnamed person of a named body, however it is written
    ('"Everybody zones them," an Eastern Conference executive said Saturday.', ANONYMOUS,
     "an Eastern Conference executive"),
    ("He failed sobriety tests, a California Highway Patrol officer said.", ANONYMOUS,
     "a California Highway Patrol officer"),
    ("AN AUSTRALIAN climber who watched his brother fall said he expected to die.", ANONYMOUS,
     "AN AUSTRALIAN climber"),
    ("According to an Acme update, more bandwidth came online last night.", NAMED, "an Acme update"),
    # a document of an institution named with capitals is that institution's word
    ("A Defence Ministry statement said the pirates were handed over to the police.", NAMED,
     "A Defence Ministry statement"),
    ("A ministry statement said the pirates were handed over to the police.", ANONYMOUS,
     "A ministry statement"),
    ("The minister is reportedly considering a new tax.", ANONYMOUS, None),
    ("The company is said to be preparing a bid.", ANONYMOUS, None),
    ("Two jurors who declined to be identified said they worked hard to reach a verdict.", ANONYMOUS,
     "Two jurors"),
    # A time phrase before the subject, with no comma to end it.
    ("Twelve hours into the investigation authorities said the two fires were not related.",
     ANONYMOUS, "authorities"),
    ("Two days after the blast Jane Roe said the suspect had fled the city.", NAMED, "Jane Roe"),
    ("Earlier this week the company said it would cut 500 jobs.", NAMED, "the company"),
    # a town, a city or a school speaks as its government does
    ("Crews restored service, and the town said no boil-water notice was needed.", NAMED, "the town"),
    ("The school district said classes would resume on Monday.", NAMED, "The school district"),
    # a document of a body the sentence names is that body's word
    ("Last year 31 people were hurt, according to the county's annual transport safety report.", NAMED,
     "the county's annual transport safety report"),
    ("According to the ministry's figures, 12 people died in the floods.", NAMED, "the ministry's figures"),
    ("According to a report by the ministry, 12 people died in the floods.", NAMED, "a report by the ministry"),
    ("According to data from the agency, crime fell last year.", NAMED, "data from the agency"),
    # a body described by what it does is that body
    ("In a short statement, the inquiry said the embankment had been undermined by water.", NAMED,
     "the inquiry"),
    ("More than 200 people were on board, according to the airline.", NAMED, "the airline"),
    ("The regulator said the fine would be paid in full.", NAMED, "The regulator"),
    ("Last month Acme said its chief executive would not attend the show.", NAMED, "Acme"),
    # A clause of its own before "and": the speaker is the second clause's subject.
    ("Roe reportedly clashed with the studio during the shoot and the Gazette says Doe got the job.",
     NAMED, "the Gazette"),
    ("Roe tweaked his left knee last Thursday and coach Tom Doe said the team would rest him.", NAMED,
     "coach Tom Doe"),
    # "reminded" reports speech when someone who can speak does it.
    ("Prosecutor Jane Roe reminded jurors an expert testified that the body had not been moved.",
     NAMED, "Prosecutor Jane Roe"),
    ("The crash reminded residents of the storm that flooded the town in 2008.", NONE, None),
    # An opening time with a comma, and a set phrase after the subject, are no part of it.
    ("Last June, Roe appointed a special prosecutor to look into the case, saying it was time.",
     NAMED, "Roe"),
    ("Last week, the Interior Ministry lodged a formal complaint, saying the border was shut.",
     NAMED, "the Interior Ministry"),
    ("Police at first told workers to stay in their offices.", NAMED, "Police"),
    # "alleged to have", "said to be", "estimated to have": a hedge, not speech
    ("Roe, alleged to have 19 wives, is charged with one count of polygamy.", NONE, None),
    ("Roe, said to be one of the most photographed women of her time, became a recluse.", NONE, None),
    ("The fire, estimated to have caused $1 million in damage, was set on purpose.", NONE, None),
    # none: the article asserts it
    ("In April 2003, Roe pleaded guilty to fraud, adding three years to his sentence.", NONE, None),
    ("The airline cut its fares, adding to the pressure on its rivals.", NONE, None),
    ("The council approved the budget on Tuesday.", NONE, None),
    ('He called the vote a "historic turning point for the region" in his speech.', NONE, None),
    ("These developments suggest that more joint patrols will follow.", NONE, None),
    ("Roe would not say what the treatment was for.", NONE, None),
    ("The plans underscore the changing balance of power in the region.", NONE, None),
    ("It lightened the mood enough that the coach smiled for the first time.", NONE, None),
    ("The studio has declined to say when filming will start.", NONE, None),
    ("Police quickly responded and surrounded the building.", NONE, None),
    ("Clearly, I expect the deal to fail.", NONE, None),
    ("The candidate supports the government, undermining official claims the vote is open.", NONE, None),
    ("The man, who said he was a doctor, treated the wounded.", NONE, None),
    ("Reports that the president had approached the doctor surfaced on Tuesday.", ANONYMOUS, None),
    ("Nine others were believed trapped.", ANONYMOUS, None),
    ("Five miners were feared dead after the blast.", ANONYMOUS, None),
    ("News that the plant would close spread quickly.", ANONYMOUS, None),
    ("Word that the mayor had resigned reached the council on Monday.", ANONYMOUS, None),
    ("Rumours that the club would be sold circulated for weeks.", ANONYMOUS, None),
    ("The word of the day was chaos.", NONE, None),
    ("The toll rose today, with reports of more than 40 people killed.", ANONYMOUS, None),
    ("Mr Roe retorted that the country was fighting other wars.", NAMED, "Mr Roe"),
    # reports and thoughts no one is named for
    ("There were reports of people fleeing buildings in the port.", ANONYMOUS, None),
    ("It is thought that 65% of traffic to the region was down.", ANONYMOUS, None),
    ("There were no reports of injuries.", NONE, None),
    # a comma after the closing mark; an unnamed speaker and what describes them
    ('"In the capital, we had 565 shops destroyed", said Jane Roe, vice president of the federation.', NAMED,
     "Jane Roe"),
    ('"I do feel bad when I see property burned," said a man wearing ski goggles and a dark jacket.', ANONYMOUS,
     "a man"),
    # a speaker set off with "also" and an affiliation
    ('Jane Roe, also from the security centre, said: "Even with that, the work is not over.', NAMED, "Jane Roe"),
    # the manner of saying before a quotation too; a short quotation is no part of the speaker
    ('Then a co-worker yelled, "Come on, you got to leave now!"', ANONYMOUS, "a co-worker"),
    ('"Stop!" she said.', NAMED, None),
    ('Adam "Pacman" Jones says the disk was bothering him.', NAMED, 'Adam "Pacman" Jones'),
    ("The D.A.'s office says Roe was barricaded inside with a third person.", NAMED, "The D.A.'s office"),
    # "who they say": what is said of someone in passing, not the sentence's source
    ("The county attorney filed charges against the man who they say hit a woman.", NONE, None),
    ("The man police say is behind the crash now faces a murder charge.", NONE, None),
    # A clause about a thing the sentence names: said of it in passing.
    ("Drivers slow down only when flooding is reported, a policy the company now says it will review.",
     NONE, None),
    ("The fee rose to 40 pounds, a figure the council says it will cut next year.", NONE, None),
    ("The state police said the road was closed.", NAMED, "The state police"),
    # "answered", "responded": words before or after a quotation, else a deed
    ('When the prosecutor asked whether she shielded her son, Roe quietly answered, "Yes."', NAMED, "Roe"),
    ('"No," Roe responded.', NAMED, "Roe"),
    ("Roe answered questions for an hour.", NONE, None),
    ("Roe urged investors not to worry about the merger.", NAMED, "Roe"),
    ("Prosecutors charged that the sect leader assaulted two girls.", ANONYMOUS, "Prosecutors"),
    ("Roe will face trial, Matt Doe, the county attorney in Mohave County, Az.said on Tuesday.", NAMED,
     "Matt Doe"),
    ("Roe was charged with murder on Friday.", NONE, None),
    # saying something by saying it
    ('Roe ended his speech by saying, "Amen."', NAMED, "Roe"),
    ("In addition, Acme stunned the industry by saying this year would be its last show.", NAMED, "Acme"),
    ("The president-elect, Jane Roe, broke her silence by saying she was concerned.", NAMED, "Jane Roe"),
    ("One man was killed in the attack, which the navy had announced by saying it sank a boat.", NONE, None),
    ("According to testimony from John Doe, the tape was made in 2006.", NAMED, "testimony from John Doe"),
    ("An excerpt from the leader's personal journals said the girl was married.", NAMED,
     "An excerpt from the leader's personal journals"),
    ("It has been confirmed by publicist John Doe that the actress died in her sleep.", NAMED, "publicist John Doe"),
    ("As part of the changes announced by Secretary John Doe, the department finalized a rule.", NONE, None),
    ("They've argued that consultation means delays.", NAMED, None),
    ("Rep. Jane Roe (D) of Ohio, the chairman of the committee, says that she will act.", NAMED, "Rep. Jane Roe"),
    ("Voting starts on December 15, a message from the Central Election Commission said.", NAMED,
     "a message from the Central Election Commission"),
    ("Jane Roe spoke to ONE News about seeing her brother fall.", NAMED, "Jane Roe"),
    ("He spoke at the rally for an hour.", NONE, None),
    ("The agency spoke with Msgr. John Doe, the vicar general.", NONE, None),
    ("Neither Acme nor Doe Corp. has announced prices for the phone.", NONE, None),
    ("It supports cards up to 16GB (Like the new memory cards announced today).", NONE, None),
    # "maintained", "adds to", "Having told": a thing kept or added to, a participle
    ("The home team maintained a comfortable margin the rest of the way.", NONE, None),
    ("Roe maintained that he was innocent.", NAMED, "Roe"),
    ("Roe maintained his innocence.", NAMED, "Roe"),
    ("Breaking such a long-standing record adds to his legend.", NONE, None),
    ('Writer Jane Roe added to the messages: "Thrilling, moving, beyond exciting."', NAMED, "Writer Jane Roe"),
    ("Having told everyone he wanted to break the record on a three, he camped out on the wing.", NONE, None),
    # "posted" a thing is no speech; "according to" names the source
    ("Criminals have posted attack code on thousands of sites, according to Jane Roe, a director at Acme.",
     NAMED, "Jane Roe"),
    ("The nation's leading scorer, Jane Roe, posted a game-high 29 points.", NONE, None),
    ("Roe posted bail on Monday.", NONE, None),
    ("Roe posted on Twitter that she was fine.", NAMED, "Roe"),
    ('"I am fine," Roe posted.', NAMED, "Roe"),
    # a record that shows or finds something is its source; "claim" after a plural subject speaks
    ("State records show Roe has three prior convictions.", NAMED, "State records"),
    ("Numerous polls and surveys have found that voters oppose the plan.", ANONYMOUS, "Numerous polls and surveys"),
    ("Tests showed a herniated disk.", NONE, None),  # a finding, not a source
    ("Police found a gun in the car.", NONE, None),
    ("The video showed the men sitting on the curb.", NONE, None),
    ("Roe was the only name considered for the role, says show boss John Doe.", NAMED, "show boss John Doe"),
    ("Police claim that residents have been evacuated.", NAMED, "Police"),
    ("The officers claim the shot was fired in self-defense.", ANONYMOUS, "The officers"),
    ("In 2003, Roe supported Doe's claim of ignorance of the burglary.", NONE, None),
    # a name after "said" that goes on with a verb is what was said of it
    ('The Academy, which hands out the awards, said Jane Roe, 40, star of the epic "Dunes," will host the show.',
     NAMED, "The Academy"),
    ("The plant will close, said Jane Roe, 40, a spokeswoman.", NAMED, "Jane Roe"),
    # "added" and "claimed" with a thing after them
    ("The Emmys added a category and divided the duties among the nominees.", NONE, None),
    ("The standings have claimed another coach this week.", NONE, None),
    ("The club claimed a record profit for the year.", NONE, None),
    ("He added a warning about the weather.", NONE, None),
    # the manner of saying, after a quotation; not a verb that tells what someone did
    ('"Murder is another thing! " Prime Minister Jane Roe thundered in Parliament.', NAMED,
     "Prime Minister Jane Roe"),
    ('"Stay out of our community," Roe fumed on Twitter.', NAMED, "Roe"),
    ("The crowd shouted slogans outside the bank.", NONE, None),
    ("Roe joked about his age before the show.", NONE, None),
    # a verb's phrase is no speaker, nor is a pronoun in a clause that tells what it did
    ("He was named national coach in 1981 and during that time, wrote and published the European Basketball "
     "Handbook, a guide for players.", NONE, None),
    ("The club is believed to have offered $1 million, matching the highest offer so far reported.",
     ANONYMOUS, None),
    ("Roe sat in a wheelchair, looking blankly into space as witnesses testified.", NONE, None),
    ("He guided the reporters Jane Roe and John Doe as they wrote stories about the burglary.", NONE, None),
    # "said" inside a quotation is not the article's attribution
    ('"Nobody said it would be easy," the coach said.', NAMED, "the coach"),
    ('The union called it "a deal nobody said was possible" after the vote.', NONE, None),
    # someone described by who they are to another, not named
    ("He often complained about his job, said his girlfriend.", ANONYMOUS, "his girlfriend"),
    ("The league notified the school on Monday of nine alleged rules violations.", NONE, None),
    # A title word alone, capitalised, with no article, is a surname.
    ("King said he decided on Saturday to fire the coach.", NAMED, "King"),
    ("Officials said they decided on Saturday to fire the coach.", ANONYMOUS, "Officials"),
    # "revealed as": a passive, what is said of the person, not by them.
    ("Doctor Who: Jane Roe revealed as the new star of the show", NONE, None),
    ("Jane Roe exclusively revealed to the nation as the new star of the show", NONE, None),
    ("Roe added as she left the court that she would appeal the verdict.", NAMED, "Roe"),
    # Nor an adverb before it, nor a time; a verb of saying in a side clause speaks for no one.
    ("Most recently Acme and Initech announced a new model with faster chips.", NAMED, "Acme and Initech"),
    ("Over time, Acme has added new chips, and only a month ago announced a variant with more memory.",
     NAMED, "Acme"),
    ("Last month, Acme and Initech held a joint event where they predicted a bright future.", NONE, None),
    ("The bodies washed up in the bay, near where Roe told police he had gone fishing.", NONE, None),
    # An adverb or a reflexive between the speaker and the verb is not part of the name.
    ("Jane Roe just tweeted that she will host the show this year.", NAMED, "Jane Roe"),
    ("Roe herself announced the news on Friday morning on Twitter.", NAMED, "Roe"),
    ("It is for the new school, she said, declining to give her name.", ANONYMOUS, "she"),
    # verbs that speak only with an object: "denied", "accused", "described ... as"
    ("The company denied that it had laid off workers.", NAMED, "The company"),
    ("Roe accused the council of hiding the report.", NAMED, "Roe"),
    ("Officials described the fire as the worst in a decade.", ANONYMOUS, "Officials"),
    ("A man accused of arson appeared in court on Monday.", NONE, None),
    ("The climber, described as lacking experience, fell to his death.", NONE, None),
    ("Two accused gunmen went on trial.", NONE, None),
    ("Roe was accused of fraud in 2003.", NONE, None),
    ("The woman accused had left the building minutes earlier.", NONE, None),
    ("He was denied bail.", NONE, None),
    ("Roe waxed lyrical as he described the merger.", NONE, None),
    ("The man was arrested after his sister accused him of theft.", NONE, None),
    ("All have denied it.", ANONYMOUS, "All"),
    # after the verb, a name and where the speaker works
    ('"He is dangerous," said Lt. Jane Roe of the Oregon State Police.', NAMED,
     "Lt. Jane Roe of the Oregon State Police"),
    ("The bridge will reopen, said attorney John Doe of the Center for Safer Roads.", NAMED,
     "attorney John Doe of the Center for Safer Roads"),
    ("Doe, his grandson, said his grandfather died at his home in the city.", NAMED, "Doe"),
    # a full name opening the sentence speaks, not the phrase after "said"
    ("John Prendergast, the co-founder of the group, said the regime in the capital, a city of "
     "millions, is attempting to provoke a war.", NAMED, "John Prendergast"),
    ("In the state, the rule is crucial, said Mark Roe, the state representative of the coalition.",
     NAMED, "Mark Roe"),
    ('"We are ready to fight," said one of the rebel leaders, Abdel Aziz al-Hilu, in an interview.',
     NAMED, "Abdel Aziz al-Hilu"),
    ("The government bombed the camp on Thursday, alleges the aid group.", NAMED, "the aid group"),
    # "said" in a clause of its own speaks for that clause's subject
    ("His comments came as the ministry said 20 rebels were killed.", NAMED, "the ministry"),
    ("A woman who identified herself as his cousin told reporters the teen had a gun.", ANONYMOUS, "A woman"),
    ("Roe would not say when the two firms began talks but said the deal came quickly.", NAMED, "Roe"),
    # an unnamed reporter of a named outlet, and eyewitnesses, are unnamed sources
    ("People ran out of buildings in panic, an AFP journalist at the scene said.", ANONYMOUS,
     "an AFP journalist at the scene"),
    ("Eyewitnesses and local residents say many homes have collapsed.", ANONYMOUS,
     "Eyewitnesses and local residents"),
    # data of a named body are that body's word
    ("The epicenter was 55 kilometers from the town, according to data from the US Geological Survey.",
     NAMED, "data from the US Geological Survey"),
    # "said X to the Associated Press": X, through the AP
    ('"Many houses were damaged," said district resident Jane Roe to the Associated Press.', NAMED,
     "district resident Jane Roe"),
    ("Roe, who survived cancer in 2004, wrote a personal letter addressed to the Apple community, "
     "saying doctors had found the cause.", NAMED, "Roe"),
    # a party and a state in parentheses after the name, and a long title before it
    ('"It is absurd," said Edward J. Markey (D-Mass.), chairman of the committee.', NAMED,
     "Edward J. Markey"),
    ('"It is absurd," said House Resources Committee Chairman Nick J. Rahall II, who said he would act.',
     NAMED, "House Resources Committee Chairman Nick J. Rahall II"),
    # ... or set off by commas
    ('"It is absurd," said Rep. Jim Roe, D-W. Va., who chairs the committee.', NAMED, "Rep. Jim Roe"),
    # an outlet after "reports" as after "reported", even "this morning's"
    ("Authorities suspect arson, reports this morning's Anchorage Daily News.", NAMED, "Anchorage Daily News"),
    ("The fire was arson, said Sunday's Tribune.", NAMED, "Tribune"),
    ("The fire was arson, reports say.", ANONYMOUS, "reports"),
    # a title, its office, then a name
    ("The suspects were arrested on Friday, said Chief of Detectives Jim Roe.", NAMED,
     "Chief of Detectives Jim Roe"),
    # a complaint is told of its speakers
    ("Neighbors complained that the music was too loud.", ANONYMOUS, "Neighbors"),
    # another name of the subject is not a speaker of its own
    ('Friends of Jane Roe, known as Katie, described her as "bright and much-liked."', ANONYMOUS,
     "Friends of Jane Roe"),
    # hearsay in a clause that describes something or tells when is not the claim's source
    ("Roe hanged himself in his cell after he is believed to have read the transcripts.", NONE, None),
    ("The prosecutor will look into the sect, which is believed to have about 700 members.", NONE, None),
    ("Both ships that were targeted by the pirates are said to be Ethiopian.", ANONYMOUS, None),
    # "reporting" before a noun modifies it
    ("He was convicted of racketeering and federal financial reporting charges.", NONE, None),
    ("ESPN is reporting that the club made an offer.", NAMED, "ESPN"),
    # whom an office answers to is no speech; what an outlet reports is
    ("In all its duties, the Office reports to the Assistant Secretary for Health.", NONE, None),
    ("The bridge will close in May, the Tribune reports.", NAMED, "the Tribune"),
    # speech reported in the passive
    ('"A good wife is trained for her husband," Roe was heard saying.', NAMED, "Roe"),
    ('"Two people were hurt," Governor Jane Roe was quoted as saying.', NAMED, "Governor Jane Roe"),
    ("The governor, Jane Roe, was heard telling aides the plan was dead.", NAMED, "Jane Roe"),
    ('"It was a brick," testified Roe, who was walking with her.', NAMED, "Roe"),
    # a time between subject and verb is no part of the speaker
    ("Roe this morning announced a reward for information.", NAMED, "Roe"),
    ("The United Nations on Wednesday denied the claims.", NAMED, "The United Nations"),
    ("Police Tuesday night said the man had fled.", NAMED, "Police"),
    ("Others warned that trading could be affected.", ANONYMOUS, "Others"),
    # pronouns: unresolved without a paragraph
    ("He said the deal was done.", NAMED, None),
    ("The deal is done, she told reporters.", NAMED, None),
]


@pytest.mark.parametrize(("sentence", "kind", "source"), ATTRIBUTIONS)
def test_attribution_table(sentence, kind, source):
    assert attribute(sentence) == Attribution(kind, source, attribute(sentence).via)


VIA = [
    ("The plan was dropped, a senior U.S. official told Reuters.", "Reuters"),
    ("Jane Roe told the Tribune the bridge would reopen.", "the Tribune"),
    ("Jane Roe told reporters the bridge would reopen.", None),
    ("The bridge will reopen, Jane Roe said.", None),
    ('"Many houses were damaged," said district resident Jane Roe to the Associated Press.',
     "the Associated Press"),
    ('"It is over," said Jane Roe to reporters.', None),
    ("Jane Roe said yesterday to the Tribune the bridge would reopen.", "the Tribune"),
    # After the object, "to" says where, not to whom: no outlet.
    ("Next, vice president Jane Roe announced updates to the Acme line.", None),
    ("Roe described herself to People as a social drinker.", "People"),
]


@pytest.mark.parametrize(("sentence", "via"), [
    # the outlet a speaker wrote or spoke to, anywhere in the sentence
    ("The charges were expected, Jim Roe wrote in an email to The Canadian Press.", "The Canadian Press"),
    ("Roe denied the charges, telling the Deseret News he was innocent.", "the Deseret News"),
    ("In an e-mail to the Deseret News, Jim Roe said he was innocent.", "the Deseret News"),
    ("Roe denied the charges, telling Jane Doe he was innocent.", None),
    ("Speaking to The Guardian, Roe said the casting was sublime.", "The Guardian"),
    ("Jane Roe spoke to ONE News about seeing her brother fall.", "ONE News"),
    ("He died at his home on Thursday, the Press Democrat reported, citing his grandson Nick Roe.",
     "the Press Democrat"),
    ("In an interview with the Herald on Tuesday, Roe said he might return.", "the Herald"),
    ('"Builders could have done what they wanted without talking to the Wildlife Service," Roe said.', None),
])
def test_outlet_a_speaker_wrote_or_spoke_to(sentence, via):
    (claim,) = extract_claims(Source(path="a.txt", text=sentence + "\n", sha256="0"))
    assert claim.attribution.via == via


@pytest.mark.parametrize(("article", "via"), [
    # one told who is a person of the article is a listener, not the outlet
    ("Coach Dean Smith met Phil Ford in 1978.\nSmith told Ford that he would be drafted.\n", None),
    ("Coach Roy Williams waited.\nRoe told Roy Williams he would stay.\nWilliams said he was glad.\n", None),
    ("Jane Roe spoke to the press.\nRoe told Reuters that she would stay.\n", "Reuters"),
    ("Vodafone Egypt said the network was down.\nA customer told Daily News Egypt it was slow.\n",
     "Daily News Egypt"),
    ("Her photos made her famous, said Jane Christian.\nPlayboy founder Hugh Roe said she was unique.\n"
     "She told Playboy in 1998 that she felt normal.\n", "Playboy"),
])
def test_one_told_who_is_a_person_of_the_article_is_no_outlet(article, via):
    claims = extract_claims(Source(path="a.txt", text=article, sha256="0"))
    told = next(claim for claim in claims if " told " in claim.text)
    assert told.attribution.via == via


@pytest.mark.parametrize(("sentence", "via"), VIA)
def test_outlet_a_statement_was_given_to(sentence, via):
    assert attribute(sentence).via == via


# "X said ..., according to Y": X said it, Y carried it; unless the sentence does not name X.
RELAYED = [
    ("Acme Telecom said it plans to send a boat to fix the cable, according to the Gazette.",
     Attribution(NAMED, "Acme Telecom", "the Gazette")),
    ("Mayor Jane Roe said the bridge will reopen in May, according to the Tribune.",
     Attribution(NAMED, "Mayor Jane Roe", "the Tribune")),
    ("The suspect told officers he was innocent, according to police.", Attribution(NAMED, "police")),
    ("The cable failure has cut service in the region, according to the Gazette.",
     Attribution(NAMED, "the Gazette")),
    # when a statement was issued says nothing of who issued it
    ("The inmate escaped from a van, according to a prison statement Monday.",
     Attribution(ANONYMOUS, "a prison statement")),
    ("The flaw lets malware in, according to an advisory issued today.", Attribution(ANONYMOUS, "an advisory")),
    # an outlet that reports what a named speaker said carries it, as "according to" does
    ("Mayor Jane Roe said the bridge will reopen in May, the Tribune reported.",
     Attribution(NAMED, "Mayor Jane Roe", "the Tribune")),
    ("Officials said the bridge will reopen in May, the Tribune reported.", Attribution(NAMED, "the Tribune")),
    # "Y quoted X as saying" / "X was quoted by Y as saying"
    ("The Gazette quoted witness Jane Roe as saying the car sped away.",
     Attribution(NAMED, "witness Jane Roe", "The Gazette")),
    ("The car sped away, the Gazette quoted a witness as saying.",
     Attribution(ANONYMOUS, "a witness", "the Gazette")),
    ("Port chief John Doe was quoted by the Gazette as saying that operations had resumed.",
     Attribution(NAMED, "Port chief John Doe", "the Gazette")),
    ("John Doe, the port chief, was quoted by the Gazette as saying that operations had resumed.",
     Attribution(NAMED, "John Doe", "the Gazette")),
    ("The prices quoted in the brochure were wrong.", Attribution()),
]


@pytest.mark.parametrize(("sentence", "expected"), RELAYED)
def test_a_speaker_relayed_by_another(sentence, expected):
    assert attribute(sentence) == expected


PARAGRAPHS = [
    # a pronoun resolves to the last named speaker of the paragraph, not the last name
    ("Jane Roe revealed that she had met John Doe. She said the talks went well.",
     "She said the talks went well.", Attribution(NAMED, "Jane Roe")),
    # a sentence inside a quotation takes the attribution of that quotation
    ('"We will win. We have the votes," Jane Roe said.', "We have the votes,\" Jane Roe said.",
     Attribution(NAMED, "Jane Roe")),
    ('"We will win. We have the votes," Jane Roe said.', '"We will win.', Attribution(NAMED, "Jane Roe")),
    ('Jane Roe said: "We will win. Nothing can stop us now."', 'Nothing can stop us now."',
     Attribution(NAMED, "Jane Roe")),
    ("The statement said the vote was delayed.", "The statement said the vote was delayed.",
     Attribution(NAMED, None)),
    ("The Interior Ministry issued a statement. The statement said the vote was delayed.",
     "The statement said the vote was delayed.", Attribution(NAMED, "The Interior Ministry")),
]


@pytest.mark.parametrize(("paragraph", "sentence", "expected"), PARAGRAPHS)
def test_attribution_in_paragraph(paragraph, sentence, expected):
    assert attribute(sentence, paragraph_context=paragraph) == expected


CERTAINTIES = [
    ("The council approved the budget on Tuesday.", False, Certainty.ASSERTED),
    # What was rumoured and is now told is asserted; a doubt or an assumption hedges.
    ("As rumored, new laptops have just been officially announced by the company.", False,
     Certainty.ASSERTED),
    ("And yes, it boasts that rumored display.", False, Certainty.ASSERTED),
    ("The laptop is rumored to ship in May.", False, Certainty.HEDGED),
    ("It is doubtful that gamers will buy the laptop.", False, Certainty.HEDGED),
    # A modal that describes a thing or a person, or tells a time, does not hedge the claim.
    ("Agencies must again consult scientists before taking actions that could harm the species.", False,
     Certainty.ASSERTED),
    ("The bill holds a provision that would allow the secretary to rescind the rule.", False,
     Certainty.ASSERTED),
    ("Roe, who could face Doe in the near future, improves to 58 wins.", False, Certainty.ASSERTED),
    ("His brother witnessed the fall before rescuers could reach him.", False, Certainty.ASSERTED),
    ("The pair left the court before reporters could interview them.", False, Certainty.ASSERTED),
    ("He said that could take weeks.", False, Certainty.HEDGED),
    ("Officials fear that could delay the vote.", False, Certainty.HEDGED),
    ("Whether he knew the man before he killed him could make a difference.", False, Certainty.HEDGED),
    ("The storm could hit the coast on Monday.", False, Certainty.HEDGED),
    ("Police said it appeared the group was poorly equipped for the climb.", False, Certainty.HEDGED),
    # A label on a person, and hearsay in a clause that describes someone, hedge nothing.
    ("Friends paid tribute to his alleged victim on Monday.", False, Certainty.ASSERTED),
    ("A suspected Mafia boss has hanged himself in his prison cell.", False, Certainty.ASSERTED),
    ("Police said Roe, alleged boss of the clan, hanged himself.", False, Certainty.ASSERTED),
    ("He was one of 99 alleged members seized on Tuesday.", False, Certainty.ASSERTED),
    ("The alleged attack took place on Monday.", False, Certainty.HEDGED),
    ("She is now accused of murdering two women.", False, Certainty.HEDGED),
    ("Police arrested a gang of thieves who are believed to have carried out the raid.", False,
     Certainty.ASSERTED),
    ("The thieves are believed to have fled abroad.", False, Certainty.HEDGED),
    ("Roe hanged himself in his cell after he is believed to have read the transcripts.", False,
     Certainty.ASSERTED),
    # A condition hedges what it governs; the reader addressed does not.
    ("If convicted, he faces up to 55 years in prison.", False, Certainty.HEDGED),
    ("If this is arson, it is a terrible crime.", False, Certainty.HEDGED),
    ("If you use the browser, apply this patch now.", False, Certainty.ASSERTED),
    # "possible" on a noun after a number or "other" labels it; the arrest is asserted.
    ("Two possible gang members are under arrest.", False, Certainty.ASSERTED),
    ("Investigators looked into the fire and other possible causes.", False, Certainty.ASSERTED),
    ("It looks like the device does not support the faster network.", False, Certainty.HEDGED),
    ("The two players figure to be reserves this season.", False, Certainty.HEDGED),
    ("They stepped out when it looked like the threat was over.", False, Certainty.ASSERTED),
    ("I'm assuming it's arson or vandalism.", False, Certainty.HEDGED),
    ("Friday was arguably his most important game.", False, Certainty.HEDGED),
    ("Word has it that the launch will slip to late May.", False, Certainty.HEDGED),
    ("My guess is they will open preorders two weeks before the launch.", False, Certainty.HEDGED),
    ("Last May, a stray bullet killed a girl on her front steps.", False, Certainty.ASSERTED),
    ("It remains unclear whether the two blasts were related.", False, Certainty.HEDGED),
    ("Of the 23 pirates arrested, 12 are reported to be Somali.", False, Certainty.HEDGED),
    ("Reports have it that demonstrators threw stones at the firemen.", False, Certainty.HEDGED),
    ("However this remains an unsubstantiated claim.", False, Certainty.HEDGED),
    ("The search went on for several people who were reported to be missing.", False, Certainty.ASSERTED),
    # what was expected and turned out otherwise, a measure, a purpose, an esteem: told
    ("The team had been expected to be a playoff contender.", False, Certainty.ASSERTED),
    ("Expected by many to contend, the team has lost eight of its last ten games.", False, Certainty.ASSERTED),
    ("The manager cleared as much cap room as possible.", False, Certainty.ASSERTED),
    ("The agency put the bonds on review for possible downgrade.", False, Certainty.ASSERTED),
    ("Many executives still think quite highly of the coach.", False, Certainty.ASSERTED),
    ("The club then assured that its three stars would stay together.", False, Certainty.ASSERTED),
    ("The team is expected to contend this season.", False, Certainty.HEDGED),
    ("New Moon is tentatively scheduled to open on November 20.", False, Certainty.HEDGED),
    ("The phone is anticipated to be available in February.", False, Certainty.HEDGED),
    ("But that may be easier said than done.", False, Certainty.HEDGED),
    ("The injury shouldn't affect his availability next season.", False, Certainty.HEDGED),
    ("Prosecutors charged that the sect leader assaulted two girls.", False, Certainty.HEDGED),
    ("He faces charges that he was driving on probation.", False, Certainty.ASSERTED),
    ("The scan will hopefully reveal the extent of the damage.", False, Certainty.HEDGED),
    ("Owners have almost certainly missed out on him.", False, Certainty.HEDGED),
    ("The change has its origins in a May announcement by the department.", False, Certainty.ASSERTED),
    ("It also considers issues of the appointment of judges.", False, Certainty.ASSERTED),
    ("The council is considering a new budget.", False, Certainty.HEDGED),
    ("That relationship looks to be in jeopardy.", False, Certainty.HEDGED),
    ("We're not sure that's a huge game-changer.", False, Certainty.HEDGED),
    ("The company ended months of speculation by announcing the purchase.", False, Certainty.ASSERTED),
    # "should" supposes, except for what someone urged or argued
    ("The handset should be able to multitask smoothly.", False, Certainty.HEDGED),
    ("The deal should put the company in a stronger position.", False, Certainty.HEDGED),
    ("Security experts said users should install the patch at once.", False, Certainty.ASSERTED),
    ("Her lawyer argued that the actress should be allowed to stay.", False, Certainty.ASSERTED),
    ("Sources say the actor would like a significant raise.", False, Certainty.ASSERTED),
    ("It can be argued that he was well on his way to greatness.", False, Certainty.HEDGED),
    ("He will fight again in March or April, I'd wager.", False, Certainty.HEDGED),
    ("Two things were very apparent in this fight.", False, Certainty.ASSERTED),
    ("Rumored to be the front runner earlier in the week, the magazine has now confirmed the deal.", False,
     Certainty.ASSERTED),
    # how things seemed when something else happened; reports that open the sentence
    ("When the fight appeared to die down, she slipped back onto the street.", False, Certainty.ASSERTED),
    ("Roe added 17 points before appearing to suffer a knee injury.", False, Certainty.HEDGED),
    ("Reports that the president had approached the doctor surfaced on Tuesday.", False, Certainty.HEDGED),
    ("TMZ also reports that she has hired a new lawyer.", False, Certainty.ASSERTED),
    ("He told The News that the boy had no weapon.", False, Certainty.ASSERTED),
    ("The toll rose today, with reports of more than 40 people killed.", False, Certainty.HEDGED),
    # reports no one is named for
    ("There were reports of people fleeing buildings in the port.", False, Certainty.HEDGED),
    ("There have been conflicting reports about his departure.", False, Certainty.HEDGED),
    ("There were no reports of injuries.", False, Certainty.ASSERTED),
    ("He could not be reached for clarification on the conflicting reports.", False, Certainty.ASSERTED),
    # a label quoted from someone, what was clear, what could not be, what someone suspected
    ('No one was injured in the fire, which police are treating as "potentially suspicious".', False,
     Certainty.ASSERTED),
    ("It would not have been possible without the help of one source.", False, Certainty.ASSERTED),
    ("Later it was apparent that the source had helped them.", False, Certainty.ASSERTED),
    ("From the outset the president suspected him of being the leaker.", False, Certainty.ASSERTED),
    ("He had expected to be named director.", False, Certainty.ASSERTED),
    ("It was a lie he told to serve what he believed to be a higher truth.", False, Certainty.ASSERTED),
    ("It is what she believes to be the best offer.", False, Certainty.ASSERTED),
    ("The apparent suicide shocked the town.", False, Certainty.HEDGED),
    ("It is possible that he left the country.", False, Certainty.HEDGED),
    ("Police said the fire was possibly arson.", False, Certainty.HEDGED),
    ("It was unclear if the dead were customers or staff.", False, Certainty.HEDGED),
    ("I'm pretty sure the offer will be the only one.", False, Certainty.HEDGED),
    ("The paper speculates the deal is worth $160 million.", False, Certainty.HEDGED),
    ("And we hear the device will even make phone calls.", False, Certainty.HEDGED),
    ("More than 100 potential jurors walked into the courthouse.", False, Certainty.ASSERTED),
    ("Some people are too afraid of the other potential consequences of a crash.", False, Certainty.ASSERTED),
    ("The council could approve the budget on Tuesday.", False, Certainty.HEDGED),
    ("The council may approve the budget.", False, Certainty.HEDGED),
    ("The council might approve the budget.", False, Certainty.HEDGED),
    ("The minister is reportedly considering a new tax.", False, Certainty.HEDGED),
    ("The council is expected to approve the budget.", False, Certainty.HEDGED),
    ("The council is considering a new budget.", False, Certainty.HEDGED),
    ("A potential merger would cut costs.", False, Certainty.HEDGED),
    ("The merger will likely be delayed.", False, Certainty.HEDGED),
    ("The gunman allegedly fired four shots.", False, Certainty.HEDGED),
    ("Reports suggest that the merger will be delayed.", False, Certainty.HEDGED),
    ("The vote appears to have been rigged.", False, Certainty.HEDGED),
    ("He will probably resign.", False, Certainty.HEDGED),
    ("It is thought that 65% of traffic to the region was down.", False, Certainty.HEDGED),
    ("It is understood the club will appeal.", False, Certainty.HEDGED),
    ("The singer was said to be resting at home.", False, Certainty.HEDGED),
    ("Five fishermen are feared dead after the storm.", False, Certainty.HEDGED),
    ("The driver seemed to lose control on the bend.", False, Certainty.HEDGED),
    ("The purported leader of the group was arrested.", False, Certainty.HEDGED),
    ("He thought about it and then signed the contract.", False, Certainty.ASSERTED),
    # a possibility after the verb, and a purpose, are not what the sentence hedges
    ("The police would not discuss a possible motive for the bombing.", False, Certainty.ASSERTED),
    ("Officials warned of a potential attack on the bridge.", False, Certainty.ASSERTED),
    ("Police delayed the news so his family could be told first.", False, Certainty.ASSERTED),
    ("He is well liked, so he could get a new job soon.", False, Certainty.HEDGED),
    ("This outage has the potential to be worse.", False, Certainty.HEDGED),
    # not hedges: a month, a refusal, a comparison, a schedule, an intention
    ("The council approved the budget on May 3.", False, Certainty.ASSERTED),
    ("The bridge closed in May after the flood.", False, Certainty.ASSERTED),
    ("Roe would not say what the treatment was for.", False, Certainty.ASSERTED),
    ("Older voters are more likely than younger ones to vote.", False, Certainty.ASSERTED),
    ("Turnout was higher than expected.", False, Certainty.ASSERTED),
    ("He was sentenced to life without the possibility of parole.", False, Certainty.ASSERTED),
    ("They wouldn \u2019 t score again for eight minutes.", False, Certainty.ASSERTED),
    # "would" after a verb of saying is the reported "will"; a condition still hedges.
    ("The company said the plant would be closed until further notice.", False, Certainty.ASSERTED),
    ("The judge told the court he would appoint a lawyer for the defendant.", False, Certainty.ASSERTED),
    ("If confirmed, Roe would be the nation's top public health official.", False, Certainty.HEDGED),
    ("The merger would cut 500 jobs, the company said.", False, Certainty.HEDGED),
    ("Officials said the repairs could take years.", False, Certainty.HEDGED),
    # what was seen, heard or not found is no possibility
    ("Flames could be seen coming out from under the roof.", False, Certainty.ASSERTED),
    ("Screams could be heard as fights broke out on side streets.", False, Certainty.ASSERTED),
    ("Police could find no witnesses to the shooting.", False, Certainty.ASSERTED),
    # "the alleged gunman" labels a person in a sentence that asserts something else
    ("The alleged shooter is in police custody.", False, Certainty.ASSERTED),
    ("Two suspected pirates were detained by the navy on Saturday.", False, Certainty.ASSERTED),
    ("The suspected cause of the fire was a faulty heater.", False, Certainty.HEDGED),
    ("The alleged fraud cost investors $5 million.", False, Certainty.HEDGED),
    ("The coroner said he thinks the man died on Saturday.", False, Certainty.HEDGED),
    ("The president is set to visit the capital on April 10.", False, Certainty.ASSERTED),
    ("The city plans to build a new bridge by 2027.", False, Certainty.ASSERTED),
    ("The two men were to appear in court on Wednesday.", False, Certainty.ASSERTED),
    # what no one could do is denied, not supposed
    ("The defence argued that no witnesses could place Roe at the scene.", False, Certainty.ASSERTED),
    # the past's future and its habits are told, not supposed
    ("Roe would go on to win the title in 2005.", False, Certainty.ASSERTED),
    ("He would often wander the streets in a bathrobe.", False, Certainty.ASSERTED),
    ("The plant would close if the deal fails.", False, Certainty.HEDGED),
    # an accusation is not a finding; accusing someone is a fact
    ("Roe is accused of firing the shot from a rooftop.", False, Certainty.HEDGED),
    ("The driver had been accused of stealing from his employer.", False, Certainty.HEDGED),
    ("Prosecutors accused Roe of firing the shot.", False, Certainty.ASSERTED),
    ("The accused man appeared in court on Monday.", False, Certainty.ASSERTED),
    # a setting before the comma is no doubt on the news after it
    ("Amid much hype and speculation, Jane Roe was unveiled as the new host.", False, Certainty.ASSERTED),
    ("After weeks of speculation, the firm took the wraps off its new laptop.", False, Certainty.ASSERTED),
    ("After the vote, the mayor may resign.", False, Certainty.HEDGED),
    # quoted: the speaker's words, whatever their wording
    ('"We may lose," Roe said.', True, Certainty.QUOTED),
    ('"We won," Roe said.', True, Certainty.QUOTED),
]


@pytest.mark.parametrize(("sentence", "in_quote", "expected"), CERTAINTIES)
def test_certainty_table(sentence, in_quote, expected):
    assert certainty_of(sentence, in_quote=in_quote) is expected


def test_hedge_words_are_reported_in_order():
    assert hedge_words("The minister may reportedly resign.") == ("may", "reportedly")


# (text, is the whole text one quoted sentence?)
QUOTED = [
    ('"We will win the vote," Jane Roe said.', True),
    ('Jane Roe said, "We will win the vote."', True),
    ('Jane Roe said: "We will win the vote."', True),
    ('\u201cWe will win the vote,\u201d Jane Roe said on Tuesday.', True),
    ('He called it the "greatest strategic challenge" to its security.', False),
    ('He described the visit as "a historic step"', False),
    ("The council approved the budget.", False),
    ('"Absolutely not," Roe said when asked whether he might quit.', True),
    ('"American Pie" star Jane Roe checked into a clinic on Tuesday.', False),
    ('Civilians "are seeking shelter in schools because they have no other place to go," Roe said.', True),
    # A single quote right after a colon opens a quotation, as some copies set it.
    ("Jane Roe, a spokeswoman for the firm, said:'The plant will close in May.'", True),
    # The name of a work or an honour after a comma is no quotation; a quoted sentence is.
    ('She was featured in a newspaper article, "Angel in a White Coat", and as "Person of the Week".', False),
    ('She is profiled in the exhibition, "Changing the Face of Medicine."', False),
    ('"Peter Roe is in the Tardis."', True),
    ('Jane Roe said: "The Council Will Vote Today. It Is Final."', True),
    # An inch mark after a number closes no quotation.
    ('The standard model will have a 15.4" display and a faster chip.', False),
    ('"The new phone has a 3.1" screen and a keyboard," Roe said.', True),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_in_quotation(text, expected):
    assert in_quotation(text, 0, len(text), quote_spans(text)) is expected


def test_a_closing_mark_set_off_from_its_word_before_the_speaker_closes_the_quotation():
    text = ('"It was not the usual noise.\n'
            'You felt something was wrong, "Jane Roe told The Canadian Press.\n'
            "He looked out of his window and saw someone run.\n")
    claims = extract_claims(Source(path="a.txt", text=text, sha256="0"))
    assert [(claim.attribution.source, claim.attribution.via, claim.certainty) for claim in claims] == [
        ("Jane Roe", "The Canadian Press", Certainty.QUOTED),
        ("Jane Roe", "The Canadian Press", Certainty.QUOTED),
        (None, None, Certainty.ASSERTED),
    ]
    # '"He asked why, ...': a pronoun after the mark opens a quotation.
    text = 'Roe said that when he told Doe, "He asked why, and I told him it was over."\n'
    (claim,) = extract_claims(Source(path="a.txt", text=text, sha256="0"))
    assert claim.certainty is Certainty.QUOTED


def test_a_quotation_after_one_a_pronoun_credits_takes_the_same_speaker():
    text = ('"The trial will go ahead," said Judge Jim Roe on Monday.\n'
            '"The community has spoken," he said.\n'
            '"We will respect the verdict."\n')
    claims = extract_claims(Source(path="a.txt", text=text, sha256="0"))
    assert [claim.attribution.source for claim in claims][1:] == ["Judge Jim Roe", "Judge Jim Roe"]


def test_a_person_told_is_no_outlet():
    (claim,) = extract_claims(Source(path="a.txt", text="The officer told Mr. Roe to get everyone inside.\n",
                                     sha256="0"))
    assert claim.attribution.via is None


def test_quotation_over_several_lines_one_sentence_each():
    text = ('"I believe we won.\nIt was hard, " said Jane Roe.\n'
            '"Do not trust him.\nEver again.\nNever."\nThe end.')
    lines = text.split("\n")
    offsets = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    spans = quote_spans(text)
    quoted = [in_quotation(text, o, o + len(line), spans) for o, line in zip(offsets, lines, strict=True)]
    assert quoted == [True, True, True, True, True, False]


def test_a_stray_quote_mark_ends_with_its_line():
    text = 'He said "maybe\nThe council approved the budget.\nShe said "yes, we did it" then.'
    spans = quote_spans(text)
    second = text.index("The council")
    assert not any(a <= second < b for a, b in spans)


def _claim(source: str, text: str, attribution: Attribution = Attribution(), line: int = 1) -> Claim:
    return Claim(source=source, line=line, start=0, end=len(text), text=text, attribution=attribution)


ROE = Attribution(NAMED, "Interior Minister Jane Roe")
ROE_SHORT = Attribution(NAMED, "Roe")
DOE = Attribution(NAMED, "John Doe")
OFFICIALS = Attribution(ANONYMOUS, "officials")
VIA_WIRE = Attribution(ANONYMOUS, "a senior official", "Reuters")
WIRE_TEXT = "The bridge over the river will reopen to traffic in May after repairs, officials said."

INDEPENDENCE = [
    # (claims, independent sources)
    ([_claim("a", "The bridge reopens in May."), _claim("b", "The bridge will reopen next May.")], 2),
    ([_claim("a", "Roe says the bridge reopens.", ROE), _claim("b", "The bridge reopens.", ROE_SHORT)], 1),
    ([_claim("a", "x reopens.", ROE), _claim("b", "y reopens.", DOE)], 2),
    ([_claim("a", WIRE_TEXT, OFFICIALS), _claim("b", WIRE_TEXT.replace("May", "May,"), OFFICIALS)], 1),
    ([_claim("a", "The bridge reopens in May.", OFFICIALS),
      _claim("b", "The bridge reopens in May.", OFFICIALS)], 2),  # too short to call it a copy
    ([_claim("a", "p", VIA_WIRE), _claim("b", "q", Attribution(ANONYMOUS, "an official", "Reuters"))], 1),
    # one outlet under its name and its initials
    ([_claim("a", "p", Attribution(NAMED, "the Associated Press")), _claim("b", "q", Attribution(NAMED, "AP"))], 1),
    ([_claim("a", "p", Attribution(NAMED, "the Associated Press")), _claim("b", "q", Attribution(NAMED, "Acme Pr"))],
     2),
    # a file with two claims counts once
    ([_claim("a", "p"), _claim("a", "q", line=2), _claim("b", "r")], 2),
    # Roe in a and b, Doe in a and c: two upstreams for three files
    ([_claim("a", "p", ROE), _claim("a", "q", DOE), _claim("b", "r", ROE_SHORT), _claim("c", "s", DOE)], 2),
    ([_claim("a", "p", ROE), _claim("a", "q", DOE)], 1),
]


@pytest.mark.parametrize(("claims", "expected"), INDEPENDENCE)
def test_independent_count(claims, expected):
    assert independent_count(claims) == expected


def test_single_upstream_names_the_shared_source():
    claims = [_claim("a", "Roe says the bridge reopens.", ROE), _claim("b", "The bridge reopens.", ROE_SHORT)]
    assert single_upstream(claims) == "Interior Minister Jane Roe"
    copies = [_claim("a", WIRE_TEXT), _claim("b", WIRE_TEXT)]
    assert single_upstream(copies) == "the same quoted or copied text"
    assert single_upstream([_claim("a", "p"), _claim("b", "q")]) is None


SAME_SOURCE = [
    # an outlet or a company by its initials
    ("AP", "the Associated Press", True),
    ("AFP", "Agence France-Presse", True),
    ("AMD", "Advanced Micro Devices", True),
    ("AP", "Reuters", False),
    ("Interior Minister Jane Roe", "Roe", True),
    ("Interior Minister Jane Roe", "Jane Roe", True),
    ("Jane Roe", "John Roe", False),
    ("the Financial Times", "the New York Times", False),
    ("the Tribune", "Chicago Tribune", True),
    ("the governor", "The governor", True),
    ("Reuters", "Jane Roe", False),
    # a name after a role is that person, whatever the role's own words ("of", "for")
    ("Bureau of Prisons spokesman Al Quintero", "Quintero", True),
    ("Bureau of Prisons spokesman Al Quintero", "Bureau of Prisons spokesman John Doe", False),
    ("Jane Roe of the Water Board", "Roe", True),
    # someone's representative speaks for them, and is someone else
    ("Reid's rep", "Reid", False),
    ("Reid's rep", "Tara Reid's publicist", True),
    ("Reid's lawyer", "Doe's lawyer", False),
]


@pytest.mark.parametrize(("a", "b", "expected"), SAME_SOURCE)
def test_same_source(a, b, expected):
    assert same_source(a, b) is expected


QUOTE = '"We will reopen the bridge to all traffic in May," Jane Roe said.'
COPIES = [
    # the same quotation in two sentences of their own: one statement relayed
    ([_claim("a", QUOTE, ROE),
      _claim("b", 'Jane Roe told us: "We will reopen the bridge to all traffic in May."')], 1),
    # a quotation cut at another point still is the same statement
    ([_claim("a", '"We will reopen the bridge to all traffic in May and then rebuild," she said.'),
      _claim("b", QUOTE)], 1),
    # a short shared quotation is not enough
    ([_claim("a", 'Roe called it "a historic day" on Monday.'),
      _claim("b", 'The mayor spoke of "a historic day" for the town.')], 2),
]


@pytest.mark.parametrize(("claims", "expected"), COPIES)
def test_shared_quotations_are_one_source(claims, expected):
    assert independent_count(claims) == expected


def test_wire_copies_pairs_files_sharing_several_sentences():
    sentences = [f"The council approved plan number {n} for the new bridge over the river today."
                 for n in range(4)]
    groups = [[_claim("a", text), _claim("b", text), _claim("c", f"Something else happened {n}.")]
              for n, text in enumerate(sentences)]
    assert wire_copies(groups) == [WireCopy("a", "b", 4)]
    assert wire_copies(groups[:2]) == []


def test_a_wire_story_is_found_through_lightly_edited_sentences():
    # two pairs alike at 80 to 90 (rapidfuzz ratio): edited, not copied verbatim
    edited = [("The police went to check on a telephoned bomb threat received by a bank in town.",
               "Police went to check on a telephoned bomb treat received by a nearby bank in town."),
              ("Captain Tom Roe, a veteran of the city police department, died at the scene.",
               "Capt. Tom Roe, a 28-year veteran of the city police force, died at the scene."),
              ("State police said the inside of the bank was extensively damaged on Friday.",
               "State police said the inside of the bank suffered extensive damage Friday.")]
    groups = [[_claim("a", first), _claim("b", second)] for first, second in edited]
    assert wire_copies(groups) == [WireCopy("a", "b", 3)]
    # Headlines alike are no story copied: short ones say the news the same way by chance.
    headlines = [[_claim("a", f"Star {n} to host awards show"), _claim("b", f"Star {n} To Host Awards")]
                 for n in range(3)]
    assert wire_copies(headlines) == []


def test_a_wire_story_is_found_through_long_runs_of_words_kept_whole():
    # an updated wire: an age added, a day made a date; alike at under 80, but ten words or
    # more in a row are the same
    updated = [("Roe, who was serving a life sentence, pulled a gun on two guards during a transfer "
                "from a unit in Huntsville on Monday.",
                "Roe, 49, pulled a gun on two guards during a transfer from a unit in Huntsville to one "
                "in Beaumont on Nov. 30."),
               ("The inmate was later found hiding in a shed behind a house on the east side of town, "
                "officials said.",
                "He was found on Tuesday hiding in a shed behind a house on the east side of town."),
               ("Roe had been convicted in 1999 of stabbing his wife and another person during a visit.",
                "In 1999 Roe was convicted of stabbing his wife and another person during a visit to the prison.")]
    groups = [[_claim("a", first), _claim("b", second)] for first, second in updated]
    assert wire_copies(groups) == [WireCopy("a", "b", 3)]
    # nine words in a row are a common way of putting it, not yet a copy
    alike = [[_claim("a", f"Police said the gunman opened fire at the office party {n} on Friday night."),
              _claim("b", f"Witnesses told reporters the gunman opened fire at the office party {n} without warning.")]
             for n in range(3)]
    assert wire_copies(alike) == []


def test_files_of_one_wire_story_count_once_for_every_fact_they_share():
    reworded = [_claim("a", "The new bridge will cost $5 million, the mayor said on Monday."),
                _claim("b", "The bridge is to cost five million dollars, Mayor Roe said."),
                _claim("c", "The mayor put the cost of the bridge at $5 million.")]
    assert independent_count(reworded) == 3
    stories = wire_stories([WireCopy("a", "b", 4)])
    assert independent_count(reworded, stories=stories) == 2
    assert independent_count(reworded[:2], stories=stories) == 1
    assert single_upstream(reworded[:2], stories=stories) == "one wire story"


SITES = [
    ("http://www.nydailynews.com/new-york/story-1.1234\nHeadline\n", "nydailynews.com"),
    ("  https://global.christianpost.com/news/x.html\n", "global.christianpost.com"),
    ("www.huffingtonpost.com/2011/11/10/sudan-bombs _ n _ 1086031.html\n", "huffingtonpost.com"),
    ("http://www. 4029tv.com/news/story\nHeadline\n", "4029tv.com"),
    ("Headline\nhttp://www.example.com/x\n", None),
    ("The council met at www.example.com on Monday.\n", None),
]


@pytest.mark.parametrize(("text", "site"), SITES)
def test_the_site_an_article_opens_with(text, site):
    assert site_of(text) == site


def test_articles_of_one_site_count_once_as_one_outlet():
    claims = [_claim("a", "The bridge will cost $5 million, the mayor said on Monday."),
              _claim("b", "The mayor put the cost of the bridge at five million dollars."),
              _claim("c", "The bridge is to cost $5 million, according to the council.")]
    sites = {"a": "news.example.com", "b": "news.example.com", "c": None}
    assert independent_count(claims, sites=sites) == 2
    assert single_upstream(claims[:2], sites=sites) == "one outlet, news.example.com"
    # a wire story joined with a site's files is named as the wire story
    mixed = {"stories": wire_stories([WireCopy("b", "c", 3)]), "sites": {"a": "x.com", "b": "x.com", "c": "y.com"}}
    assert independent_count(claims, **mixed) == 1
    assert single_upstream(claims, **mixed) == "one wire story"


def test_one_site_joins_its_files_within_a_fact_not_through_other_stories():
    # b copies a wire story that c (on b's site) does not carry, and d copies c: on this
    # fact a, b and d are three outlets, whatever b's site and d's wire did elsewhere.
    claims = [_claim("a", "The bridge will cost $5 million."), _claim("b", "The new crossing is to cost $5 million."),
              _claim("d", "The bridge will cost five million dollars.")]
    stories = wire_stories([WireCopy("b", "x", 3), WireCopy("c", "d", 3)])
    sites = {"a": "a.com", "b": "site.com", "c": "site.com", "d": "d.com", "x": "x.com"}
    assert independent_count(claims, stories=stories, sites=sites) == 3


OUTLETS = [
    # (the hosts the articles open with, the outlet each counts as)
    (["bbc.co.uk", "news.bbc.co.uk"], ["bbc.co.uk", "bbc.co.uk"]),
    (["sports.espn.go.com", "espn.go.com"], ["espn.go.com", "espn.go.com"]),
    # a domain no article comes from joins nothing: one blog service, one portal
    (["a.blogspot.com", "b.blogspot.com"], ["a.blogspot.com", "b.blogspot.com"]),
    (["espn.go.com", "abcnews.go.com"], ["espn.go.com", "abcnews.go.com"]),
    (["bbc.co.uk", "notbbc.co.uk"], ["bbc.co.uk", "notbbc.co.uk"]),
    (["example.com", None], ["example.com", None]),
]


@pytest.mark.parametrize(("hosts", "outlets"), OUTLETS)
def test_a_site_under_another_given_site_is_that_outlet(hosts, outlets):
    sources = [Source(path=f"{index}.txt", text=f"http://www.{host}/story\nText.\n" if host else "Text.\n",
               sha256="0")
               for index, host in enumerate(hosts)]
    assert sites_of(sources) == {f"{index}.txt": outlet for index, outlet in enumerate(outlets)}


def test_wire_stories_join_files_copying_one_another_through_a_third():
    stories = wire_stories([WireCopy("b", "c", 5), WireCopy("a", "c", 3), WireCopy("d", "e", 3)])
    assert stories == {"a": "a", "b": "a", "c": "a", "d": "d", "e": "d"}


def test_the_analysis_counts_a_wire_story_once(tmp_path):
    copied = ("The council approved the plan for the new bridge over the river on Monday. "
              "Work on the crossing is due to start in the spring of next year. "
              "The old bridge was closed to traffic in March after cracks were found. ")
    (tmp_path / "a.txt").write_text(copied + "The new bridge will cost $5 million, the mayor said.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(copied + "The mayor put the cost of the new bridge at five million "
                                    "dollars.\n", encoding="utf-8")
    result = analyse([str(tmp_path)], jobs=1)
    assert [copy.sentences for copy in result.wire_copies] == [3]
    cost = next(cluster for cluster in result.clusters if "cost" in cluster.claims[0].text)
    assert (len(cost.files), cost.independent_sources) == (2, 1)


def test_a_plain_sentence_is_one_fact_in_articles_of_one_story_only(tmp_path):
    # "He was 77." says too little to be judged on its own: two articles about one death
    # state one fact with it, an article about another death another.
    articles = {
        "a.txt": "Mob boss John Roe died on Monday in a federal prison hospital in Springfield, Missouri, "
                 "officials said.\nHe was 77.\nRoe feigned mental illness for decades, wandering the streets "
                 "of Greenwich Village in a bathrobe.\nHe was serving a 12-year sentence for racketeering and "
                 "conspiracy to commit murder.\n",
        "b.txt": "John Roe, the mob boss who feigned mental illness for decades, died in a federal prison in "
                 "Springfield, Missouri.\nHe was 77.\nProsecutors said Roe wandered Greenwich Village in a "
                 "bathrobe to avoid prosecution for racketeering.\nRoe had been serving a 12-year racketeering "
                 "sentence since 1997.\n",
        "c.txt": "Actress Jane Doe, a star of silent films and early talkies, died at her home in Malibu on "
                 "Sunday.\nHe was 77.\nDoe appeared in more than forty films before retiring to raise horses "
                 "in California.\nHer husband, the director Richard Doe, died in 1990.\n",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = analyse([str(tmp_path)], jobs=1)
    age = sorted([Path(claim.source).name for claim in cluster.claims]
                 for cluster in result.clusters if cluster.claims[0].text == "He was 77.")
    assert age == [["a.txt", "b.txt"], ["c.txt"]]


def test_a_plain_sentence_is_one_fact_in_articles_that_already_share_a_fact(tmp_path):
    # Worded apart as wholes, but both state the same death: their "She was 91." is one fact.
    articles = {
        "a.txt": "Swimmer and film star Jane Roe died in her sleep on Thursday in Beverly Hills, her publicist "
                 "John Doe said.\nShe was 91.\nRoe starred in a dozen aquatic musicals for the studio.\n"
                 "Critics praised the lavish water ballets staged for her by the choreographer.\n"
                 "Her third marriage, to an Argentine actor, lasted until his death in 1991.\n"
                 "She wrote a candid memoir about the studio system and its moguls.\n",
        "b.txt": "Jane Roe, the swimmer who became a film star, died in her sleep on Thursday in Beverly Hills, "
                 "publicist John Doe said.\nShe was 91.\nHer pool became a landmark of the neighbourhood, and "
                 "tourists still stop by the gate.\nA line of swimsuits carried her name for three decades.\n"
                 "Olympic boycotts in 1940 kept the teenage champion from competing for a medal.\n"
                 "Synchronized swimming later became an Olympic sport, partly thanks to her films.\n",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = analyse([str(tmp_path)], jobs=1)
    age = [sorted(Path(claim.source).name for claim in cluster.claims)
           for cluster in result.clusters if cluster.claims[0].text == "She was 91."]
    assert age == [["a.txt", "b.txt"]]


def test_a_paragraph_a_file_repeats_is_one_fact(tmp_path):
    # A page that repeats a paragraph states its fact once, not twice as "single-source".
    (tmp_path / "a.txt").write_text(
        "The trial opened on Monday.\nThe gun has never been recovered by the police.\n"
        "The jury heard from six witnesses.\nThe gun has never been recovered by the police.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The council approved the budget on Tuesday.\n", encoding="utf-8")
    result = analyse([str(tmp_path)], jobs=1)
    gun = [cluster for cluster in result.clusters if "gun" in cluster.claims[0].text]
    assert [[claim.line for claim in cluster.claims] for cluster in gun] == [[2, 4]]


def test_a_longer_sentence_word_for_word_in_two_files_is_one_fact(tmp_path):
    # Too plain to judge ("not going to be a factor": common words only), but six words or
    # more repeated whole are one statement, even in articles that are not alike as wholes.
    quote = "After hearing about his other offers, it seems clear that we are not going to be a factor.\n"
    (tmp_path / "a.txt").write_text(
        "The Boston club made an eight-year offer to the slugger on Monday, sources said.\n"
        "Its owner flew to Texas to meet the player and his agent.\n"
        "The first baseman hit 33 home runs with 121 runs batted in.\n"
        "He turns 29 in April and wants a deal before Christmas.\n"
        "Scouts praise his defence and his patience at the plate.\n" + quote, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "The Washington club raised its bid to $178 million, according to a report.\n"
        "Baltimore made a seven-year proposal worth $140 million last week.\n"
        "Anaheim withdrew from the bidding after its general manager met the agent.\n"
        "New York has yet to make a concrete proposal, a columnist wrote.\n"
        "The winter meetings in Las Vegas ended without an agreement.\n" + quote, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Fans cheered the players at the parade downtown.\nIt is a factor.\n",
                                    encoding="utf-8")
    result = analyse([str(tmp_path)], jobs=1)
    files = {cluster.claims[0].text: sorted(Path(claim.source).name for claim in cluster.claims)
             for cluster in result.clusters}
    assert files[quote.strip()] == ["a.txt", "b.txt"]


@pytest.mark.parametrize(("dates", "groups"), [
    # One article dated, the other not: "November 8" may be the same day in both.
    (("Published 9:46 PM CDT Sep 26, 2013\n", ""), [["a.txt", "b.txt"]]),
    # Articles of two years: two sentencings, each on its own November 8.
    (("Published 9:46 PM CDT Sep 26, 2013\n", "Updated: October 2, 2012 10:04 AM ET\n"), [["a.txt"], ["b.txt"]]),
])
def test_a_plain_repeat_is_one_fact_when_its_dates_can_be_one(tmp_path, dates, groups):
    story = ("A jury found a man guilty on Thursday of murdering his pregnant girlfriend in April.\n"
             "The prosecutor said the verdict brought relief to the victim's family.\n"
             "He will be sentenced November 8.\n")
    result = analyse_articles(tmp_path, {name: "Man guilty of killing girlfriend\n" + date + story
                                          for name, date in zip(("a.txt", "b.txt"), dates, strict=True)})
    found = sorted(sorted(Path(claim.source).name for claim in cluster.claims)
                   for cluster in result.clusters if cluster.claims[0].text == "He will be sentenced November 8.")
    assert found == groups


def test_the_same_quotation_under_other_tags_is_one_fact(tmp_path):
    # One statement, however each outlet names its speaker.
    result = analyse_articles(tmp_path, {
        "a.txt": 'The court sentenced Roe on Friday.\n'
                 '"If there was any more I could give you, I would," Judge Jim Doe said.\n',
        "b.txt": 'A fire broke out in a shop on Tuesday night.\n'
                 '"If there was any more I could give you, I would," the judge said.\n',
        "c.txt": 'Fans held signs reading "Jim Roe 2,290" and "Ann Doe 2,291" at the game.\n'
                 'Students carried signs saying "Jim Roe 2,290" and "Ann Doe 2,291".\n',
    })
    quote = [cluster for cluster in result.clusters if "give you" in cluster.claims[0].text]
    assert [len(cluster.files) for cluster in quote] == [2]
    signs = [cluster for cluster in result.clusters if "2,290" in cluster.claims[0].text]
    assert [len(cluster.claims) for cluster in signs] == [1, 1]


def test_a_quotation_repeated_with_other_capitals_is_one_fact(tmp_path):
    result = analyse_articles(tmp_path, {
        "a.txt": 'Police closed the road after the crash.\n'
                 '"People are asked to avoid the High Street area if at all possible."\n',
        "b.txt": 'A fire broke out in a shop on Tuesday night.\n'
                 '"People are asked to avoid the high street area if at all possible."\n',
    })
    quote = [cluster for cluster in result.clusters if "avoid" in cluster.claims[0].text]
    assert [len(cluster.files) for cluster in quote] == [2]


def test_the_analysis_counts_articles_of_one_site_once(tmp_path):
    fact = "The new bridge over the river will cost $5 million, the council said on Monday.\n"
    (tmp_path / "a.txt").write_text("https://www.example-news.com/2024/bridge\n" + fact, encoding="utf-8")
    (tmp_path / "b.txt").write_text("https://www.example-news.com/2024/bridge-cost\nThe river bridge "
                                    "will cost five million dollars, the council said.\n", encoding="utf-8")
    result = analyse([str(tmp_path)], jobs=1)
    cost = next(cluster for cluster in result.clusters if "cost" in cluster.claims[0].text)
    assert (len(cost.files), cost.independent_sources) == (2, 1)
    report = render_markdown(result)
    assert "come from `example-news.com`; they count as one source." in report
    assert "trace back to one outlet, example-news.com" in report
    assert [source["site"] for source in json.loads(render_json(result))["sources"]] == ["example-news.com"] * 2


@pytest.mark.parametrize(("site", "named", "independent"), [
    ("https://www.hollywoodreporter.com/news/host", "trade magazine The Hollywood Reporter wrote", 1),
    ("http://online.wsj.com/article/deal", "according to the Wall Street Journal", 1),
    ("http://www.ocregister.com/sports/offer", "Michael Silverman of the Orange County Register reported", 1),
    ("https://www.theregister.co.uk/2012/03/01/deal", "The Register reported", 1),
    ("https://www.hollywoodreporter.com/news/host", "the Boston Herald reported", 2),
])
def test_a_claim_naming_an_outlet_relays_the_file_from_its_site(tmp_path, site, named, independent):
    (tmp_path / "a.txt").write_text(f"{site}\nThe studio will pay $334 million for the film library.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"The studio will pay $334 million for the film library, {named}.\n",
                                    encoding="utf-8")
    result = analyse([str(tmp_path)], jobs=1)
    deal = next(cluster for cluster in result.clusters if "$334 million" in cluster.claims[0].text)
    assert (len(deal.files), deal.independent_sources) == (2, independent)


def test_a_plain_sentence_copied_in_one_wire_story_is_one_fact(tmp_path):
    copied = ("The council approved the plan for the new bridge over the river on Monday. "
              "Work on the crossing is due to start in the spring of next year. "
              "The old bridge was closed to traffic in March after cracks were found. ")
    plain = "They ran away from it.\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"By the {name} desk. " + copied + plain, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Fans cheered the team at the parade downtown. " + plain, encoding="utf-8")
    result = analyse([str(tmp_path)], jobs=1)
    groups = sorted(sorted(claim.location for claim in cluster.claims) for cluster in result.clusters
                    if cluster.claims[0].text == plain.strip())
    # too plain to tell one event from another: c.txt, no copy of the story, stays apart
    assert groups == [["a.txt:1", "b.txt:1"], ["c.txt:1"]] or groups == [
        [f"{tmp_path}/a.txt:1", f"{tmp_path}/b.txt:1"], [f"{tmp_path}/c.txt:1"]]


ARTICLE = """Pirates seized a cargo ship in the gulf on Saturday.

A senior officer said the pirates were caught after a long chase.

He added that the crew was safe.

The navy has 12 ships in the area, Admiral Jane Roe said.

"We will keep patrolling," she said.

She said the mission would go on until the spring.

Detective John Doe said he asked the suspect how she felt.

"I don't feel anything," she said.

Officials said the harbour would reopen on Monday.

He said the ships would wait offshore.
"""

# What each pronoun of ARTICLE stands for: the speaker of the nearest paragraph before that
# has one, named or not; left open when that paragraph speaks of someone else the pronoun
# may stand for, or when the speaker cannot be "he" (officials).
PRONOUNS = [
    (5, Attribution(ANONYMOUS, "A senior officer")),
    (9, Attribution(NAMED, "Admiral Jane Roe")),
    (11, Attribution(NAMED, "Admiral Jane Roe")),
    (15, Attribution(NAMED, None)),
    (19, Attribution(NAMED, None)),
]


@pytest.mark.parametrize(("line", "expected"), [
    # A headline that opens with its source.
    ("Lawyer: Jane Roe checks into rehab facility", (ANONYMOUS, "Lawyer", Certainty.ASSERTED)),
    ("Sheriff: Office shooting kills 1, injures 2", (NAMED, "Sheriff", Certainty.ASSERTED)),
    # A transcript's turn, in the speaker's own words.
    ("President Jane Roe: Before I introduce our next minister, I'd like to thank you all.",
     (NAMED, "President Jane Roe", Certainty.QUOTED)),
    # A place or a topic before a colon is no source.
    ("Paris: Jewels stolen in shop raid", (NONE, None, Certainty.ASSERTED)),
    ("New Zealand: British climber killed in fall", (NONE, None, Certainty.ASSERTED)),
])
def test_a_line_that_opens_with_its_source_and_a_colon(line, expected):
    (claim,) = extract_claims(Source(path="a.txt", text=line + "\n", sha256="0"))
    assert (claim.attribution.kind, claim.attribution.source, claim.certainty) == expected


def test_a_single_quote_right_after_a_colon_opens_a_quotation_over_lines():
    text = ("One friend, who asked not to be named, said:'He loved his mother and his sister.\n"
            "His little sister was his world, and his mother was too.\n"
            "He would never have hurt them.'\n")
    claims = extract_claims(Source(path="a.txt", text=text, sha256="0"))
    assert [(claim.attribution.source, claim.certainty) for claim in claims] == \
        [("One friend", Certainty.QUOTED)] * 3


def test_he_after_a_paragraph_about_a_person_by_last_name_is_that_person():
    # The paragraph just before tells of Roe, not of the last speaker.
    text = ('"The ruling will protect the river," said Jane Doe, director of the Wild Rivers Fund.\n'
            "President Richard Roe signed the order on Monday.\n"
            "Roe also visited the Interior Department on Tuesday.\n"
            '"We can grow the economy and keep the rivers clean," he told employees.\n')
    claims = extract_claims(Source(path="a.txt", text=text, sha256="0"))
    assert [claim.attribution.source for claim in claims if claim.line == 4] == ["Roe"]
    # A sentence that names a place, not a person, still takes the paragraph's person.
    text2 = ("Under the rules, said Attorney General Jim Doe, the charges will stand.\n"
             "The move was welcomed by Audrey Roe, who leads a parents' group.\n"
             "Roe has lobbied for the charges for years.\n"
             '"In Canada women have equal rights," she said in an interview.\n')
    claims = extract_claims(Source(path="a.txt", text=text2, sha256="0"))
    assert [claim.attribution.source for claim in claims if claim.line == 4] == ["Roe"]
    # A capitalised word the article never gave as a person's last name is no such subject.
    text = text.replace("Roe also visited", "Workers also visited").replace("he told", "she told")
    claims = extract_claims(Source(path="a.txt", text=text, sha256="0"))
    assert [claim.attribution.source for claim in claims if claim.line == 4] == ["Jane Doe"]


def test_she_in_a_paragraph_that_opens_with_a_person_is_that_person():
    text = ("Heavy rain fell on Monday night.\n\n"
            "Mary Roe, the company's chief executive, visited the site and apologised to passengers. "
            '"I am so sorry for what people have been through today," she said.\n')
    claims = extract_claims(Source(path="a.txt", text=text, sha256="0"))
    assert [claim.attribution.source for claim in claims if claim.text.startswith('"I am')] == ["Mary Roe"]
    # Another person named before the quotation: "she" may be either.
    other = text.replace("apologised to passengers", "met Jane Doe")
    claims = extract_claims(Source(path="a.txt", text=other, sha256="0"))
    assert [claim.attribution.source for claim in claims if claim.text.startswith('"I am')] == [None]


def test_he_after_a_paragraph_about_someone_the_sentence_names_again_is_its_speaker():
    text = ("John Doe, 32, was going west in his car about 1:30 a.m., Officer Jane Roe said.\n"
            "He said he did not know how fast Doe was going.\n"
            "Mary Poe, 40, was in her car, Officer Jane Roe said.\n"
            "She said the road was dry.\n")
    claims = extract_claims(Source(path="a.txt", text=text, sha256="0"))
    assert claims[1].attribution == Attribution(NAMED, "Officer Jane Roe")
    assert claims[3].attribution == Attribution(NAMED, None)  # "she" may be Poe or Roe


def test_they_stand_for_a_group_not_a_person():
    text = ("Aid has reached every village, local official Jane Roe said.\n"
            "Residents of one village disagreed.\n"
            "Speaking to the agency, they said they had not received aid a day after the quake.\n")
    claims = extract_claims(Source(path="a.txt", text=text, sha256="0"))
    assert claims[2].attribution == Attribution(NAMED, None)


def test_it_after_a_document_is_the_document_not_the_last_speaker():
    text = ("Jane Roe said the dairy was sound.\n"
            "When Roe learned of it is not explained in the indictment, but it says she hid the losses.\n")
    claims = extract_claims(Source(path="a.txt", text=text, sha256="0"))
    assert claims[1].attribution == Attribution(NAMED, None)


@pytest.mark.parametrize(("line", "expected"), PRONOUNS)
def test_a_pronoun_in_a_paragraph_of_its_own(line, expected):
    claims = extract_claims(Source(path="a.txt", text=ARTICLE, sha256="0"))
    assert next(claim.attribution for claim in claims if claim.line == line) == expected


# A quotation in a paragraph of its own that names no speaker: the paragraph before gives
# the floor, to its one speaker or to the person it opens with.
INTRODUCED = [
    ("Jane Roe, a resident, said she saw the police arrive.\n\"I heard a loud bang.\"\n",
     Attribution(NAMED, "Jane Roe")),
    ("Tim Doe, 17, who works at the station nearby, also heard the blast.\n"
     "\"At first I thought it was thunder.\"\n", Attribution(NAMED, "Tim Doe")),
    ("Roe said the vote was close, and Doe said it was not.\n\"It was a fair count.\"\n", Attribution()),
    ("The station was closed on Monday.\n\"It was a fair count.\"\n", Attribution()),
    # A lead-in ending with a colon: the name it ends with, whoever it says issued what
    # follows, or the one a statement is by.
    ("Expect experts in the papers tomorrow, such as the prophetic Dr Jane Roe:\n"
     "\"We should stop saying the region is safe.\nWe are near major faults.\"\n", Attribution(NAMED, "Dr Jane Roe")),
    ("General Manager John Doe issued the following statement on the arrest:\n"
     "\"We are aware of the issue.\nWe take it very seriously.\"\n", Attribution(NAMED, "General Manager John Doe")),
    ("Below is a statement by Jane Roe, director of the program:\n"
     "\"The changes undermined the law.\nThere is much more to be done.\"\n", Attribution(NAMED, "Jane Roe")),
    ("The council published its plan on Monday, with this summary:\n\"The bridge will reopen in May.\"\n",
     Attribution()),
]


@pytest.mark.parametrize(("article", "expected"), INTRODUCED)
def test_a_quotation_of_its_own_takes_the_speaker_the_paragraph_before_introduces(article, expected):
    claims = extract_claims(Source(path="a.txt", text=article, sha256="0"))
    assert claims[-1].attribution == expected


def test_he_in_a_clause_stands_for_the_subject_of_his_sentence():
    paragraph = ("Doe said the rules were final.\n\n"
                 "Roe, for his part, sounded aware of the timing, when he noted he had 39 days left.")
    sentence = "Roe, for his part, sounded aware of the timing, when he noted he had 39 days left."
    claims = extract_claims(Source(path="a.txt", text=paragraph, sha256="0"))
    assert next(c.attribution for c in claims if c.text == sentence) == Attribution(NAMED, None)


def test_a_quotation_left_open_ends_at_a_narrated_line_that_names_another_speaker():
    article = ('If that happens, analyst Jane Roe said, "it will open the doors for the rival.\n'
               'However, John Doe said there will be no move to constrain supply.\n'
               '"The rival will continue to be our partner," he said.\n')
    claims = extract_claims(Source(path="a.txt", text=article, sha256="0"))
    assert [(claim.attribution.source, claim.certainty) for claim in claims] == [
        ("analyst Jane Roe", Certainty.QUOTED), ("John Doe", Certainty.ASSERTED), ("John Doe", Certainty.QUOTED)]


def test_a_quotation_goes_on_over_lines_that_narrate_no_one():
    article = ('"It is terrifying," Jane Roe said. "It was dark.\n'
               'I still feel shaky when I talk about it.\n'
               '"I just keep saying I can not believe this."\n')
    claims = extract_claims(Source(path="a.txt", text=article, sha256="0"))
    assert [claim.certainty for claim in claims][-2:] == [Certainty.QUOTED, Certainty.QUOTED]


def test_he_stands_for_the_person_a_paragraph_two_before_opens_with():
    article = ("The studio hired Chris Roe on Monday.\n"
               "The studio has said it was a matter of scheduling.\n"
               "Roe has not directed a film of this kind before.\n"
               "Still, the director was taking few chances.\n"
               '"I promise to remain responsive to your hopes," he wrote in a letter to fans.\n')
    claims = extract_claims(Source(path="a.txt", text=article, sha256="0"))
    assert claims[-1].attribution == Attribution(NAMED, "Roe")


def test_a_quotation_under_a_lead_in_is_the_lead_ins_speakers_not_the_quotation_above():
    article = ('Jane Roe, an attorney, said the rules were "a stalking horse."\n'
               "John Doe, director of the Natural Resources Defense Council's endangered species program, was blunt:\n"
               '"We will see them in court."\n')
    claims = extract_claims(Source(path="a.txt", text=article, sha256="0"))
    assert claims[-1].attribution == Attribution(NAMED, "John Doe")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He died at his home on Thursday, the Press Democrat reported, citing his grandson Nick Roe.",
     Attribution(NAMED, "his grandson Nick Roe", "the Press Democrat")),
    ("People ran out of their homes, AP reported, citing residents of the village.",
     Attribution(ANONYMOUS, "residents of the village", "AP")),
])
def test_an_outlet_citing_someone_relays_them(sentence, expected):
    assert read_sentence(sentence, 0, len(sentence), quote_spans(sentence))[0] == expected


def test_the_document_a_paragraph_before_named_is_the_one_a_later_paragraph_cites():
    article = ("Voting starts on December 15, a statement from the Defence Ministry said.\n"
               "Twelve parties will take part.\n"
               "Three boats were captured, the statement said.\n")
    claims = extract_claims(Source(path="a.txt", text=article, sha256="0"))
    assert claims[-1].attribution == Attribution(NAMED, "a statement from the Defence Ministry")


def test_a_transcripts_turn_names_its_speaker_for_every_line_of_it():
    article = ('Nixon asks: "Somebody in the FBI?"\n'
               'Haldeman: "Yes, sir.\n'
               'If we move on him, he\'ll go out and unload everything."\n')
    claims = extract_claims(Source(path="a.txt", text=article, sha256="0"))
    assert [claim.attribution.source for claim in claims] == ["Nixon", "Haldeman", "Haldeman"]


def test_he_stands_for_a_name_with_an_initial():
    article = ('"We are searching for people," said Rusli M. Saleh, the deputy district chief.\n'
               "He said at least 25 of the injured were in intensive care.\n")
    claims = extract_claims(Source(path="a.txt", text=article, sha256="0"))
    assert claims[-1].attribution == Attribution(NAMED, "Rusli M. Saleh")


ROLE_HOLDERS = [
    # "the doctor" is the doctor the paragraph before named
    ("Two died, Jane Roe, a doctor at the clinic, told AFP.\n\"We have 50 injured,\" added the doctor.\n",
     Attribution(NAMED, "Jane Roe")),
    # not when that paragraph calls no one a doctor, nor when the sentence withholds the name
    ("Two died, Jane Roe told AFP.\n\"We have 50 injured,\" added the doctor.\n", Attribution(ANONYMOUS, "the doctor")),
    ("Jane Roe, a spokesman, said it was over.\nIt was not, said the spokesman, who declined to be named.\n",
     Attribution(ANONYMOUS, "the spokesman")),
    ("Five died, Fauzi, an official from the agency, told AFP.\n"
     "A landslide killed one man, said the official who uses one name.\n", Attribution(NAMED, "Fauzi")),
    ("A landslide killed one man, said the official who uses one name.\n",
     Attribution(ANONYMOUS, "the official who uses one name")),
    # "the source" is unnamed by calling
    ("Jane Roe reported it, citing a source.\n\"It is done,\" the source said.\n", Attribution(ANONYMOUS, "the source")),
    # "the officer" is the officer, or the governor the governor, a line before spoke as
    ("The attack was foiled, a naval officer said here.\nThe boats fled, the officer said.\n",
     Attribution(ANONYMOUS, "a naval officer")),
    ("Five were hurt, Island Governor John Doe said.\nThe tents are ready.\nThe governor said aid was on its way.\n",
     Attribution(NAMED, "Island Governor John Doe")),
    ("The boats fled, the officer said.\n", Attribution(NAMED, "the officer")),
    ("Jane Roe said the boats fled.\nThe boats turned back, the officer said.\n", Attribution(NAMED, "the officer")),
]


@pytest.mark.parametrize(("article", "expected"), ROLE_HOLDERS)
def test_the_role_a_named_speaker_was_given(article, expected):
    claims = extract_claims(Source(path="a.txt", text=article, sha256="0"))
    assert claims[-1].attribution == expected


def test_he_does_not_stand_for_some():
    paragraph = "Some speculated that Roe was the source.\n\nHe denied the accusations for years."
    assert attribute("He denied the accusations for years.", paragraph_context=paragraph) == \
        Attribution(NAMED, None)


def test_a_pronoun_stands_for_the_last_speaker_of_its_paragraph_named_or_not():
    paragraph = "A senior officer said the pirates were caught. He added that the crew was safe."
    assert attribute("He added that the crew was safe.", paragraph_context=paragraph) == \
        Attribution(ANONYMOUS, "A senior officer")
