"""Two files of one story that give one title of one organisation to two people."""

import pytest

from factcheck.models import ConflictKind, Status

from .conftest import analyse_articles

# Two articles that agree on the story's facts, so that they tell one event.
STORY = (
    "Thieves stole seven pieces of jewellery from the Varley Museum early on Sunday.\n"
    "The pieces were insured for 2.4 million pounds, the museum said.\n"
    "Police found the getaway van burnt out in the village of Ashcombe on Sunday afternoon.\n"
)


def role_groups(tmp_path, first: str, second: str):
    result = analyse_articles(tmp_path, {"a.txt": STORY + first + "\n", "b.txt": STORY + second + "\n"})
    return [cluster for cluster in result.clusters
            if any(conflict.kind is ConflictKind.NAME for conflict in cluster.conflicts)]


# One title of one organisation, two people: reported once.
TWO_HOLDERS = [
    ("Museum director Helena Quist said staff were devastated.",
     "The museum's director, Miriam Voss, said the list of stolen items would be published."),
    # the organisation named in full or short
    ("Varley chief executive Oskar Lind said the pieces were insured.",
     '"We are shocked," said Teresa Aldana, chief executive of Varley Holdings.'),
    # initials, a title of a rank word or an acronym, one title written two ways
    ("Varley general manager A.J. Smith said the pieces were insured.",
     "Varley general manager Lee Butler said the pieces were insured."),
    ("Varley Chief Executive Officer John Roe said the pieces were insured.",
     "Varley chief executive Jane Doe said the pieces were insured."),
    ("Varley CEO John Roe said the pieces were insured.", "Varley CEO Jane Doe said the pieces were insured."),
    # a title a verb gives
    ("Varley Police Chief Anne Sorel said the van was found.",
     '"We will find them," said Derek Holl, who heads the Varley Police Department.'),
]

NO_CONFLICT = [
    # one person named two ways
    ("Museum director Helena Quist said staff were devastated.",
     "Helena Quist, the museum's director, said the list would be published."),
    # a file that names both may tell a succession
    ("Museum director Helena Quist said staff were devastated.\nMiriam Voss ran the museum until last year.",
     "The museum's director, Miriam Voss, said the list would be published."),
    # a former holder, a rank beside the title
    ("Museum director Helena Quist said staff were devastated.",
     "The former museum director, Miriam Voss, said the theft was a shock."),
    ("County Sheriff Lee Ward said the road would reopen.",
     "County sheriff's Sgt. Don Abel said the road would reopen on Monday."),
    # other bodies' titles
    ("Mohave County Sheriff Tom Dale said the suspect was held.",
     "Schleicher County Sheriff David Dorne said the jail was ready."),
    ("Sudan President Omar Basri said the border was closed.",
     "South Sudan President Salva Kerr said the border was closed."),
    ("Police Chief Anne Sorel said the van was found.", "State Police Chief Derek Holl said the van was found."),
    # a common noun inside a longer name may be another body of its kind
    ("The museum's director, Miriam Voss, said the list would be published.",
     "Petra Hallam, director of the Dunmore Civic Museum, said thefts were rising."),
]


@pytest.mark.parametrize(("first", "second"), TWO_HOLDERS)
def test_two_people_in_one_title_conflict(tmp_path, first, second):
    groups = role_groups(tmp_path, first, second)
    assert [group.status for group in groups] == [Status.CONTRADICTED]
    assert [conflict.kind for conflict in groups[0].conflicts] == [ConflictKind.NAME]


def test_the_conflict_names_both_holders(tmp_path):
    conflict = role_groups(tmp_path, *TWO_HOLDERS[0])[0].conflicts[0]
    assert {conflict.value_a, conflict.value_b} == {"Museum director Helena Quist", "museum director Miriam Voss"}


@pytest.mark.parametrize(("first", "second"), NO_CONFLICT)
def test_no_conflict(tmp_path, first, second):
    assert role_groups(tmp_path, first, second) == []


def test_each_organisations_title_is_its_own_group(tmp_path):
    groups = role_groups(tmp_path, "Museum director Helena Quist said staff were devastated.\n"
                                   "Varley chief executive Oskar Lind said the pieces were insured.",
                         "The museum's director, Miriam Voss, said the list would be published.\n"
                         "Varley chief executive Teresa Aldana said the pieces were insured.")
    assert sorted(len(group.claims) for group in groups) == [2, 2]


def test_articles_of_another_event_are_not_compared(tmp_path):
    result = analyse_articles(tmp_path, {
        "a.txt": "Colts coach Tony Dunn said the win was hard-earned.\n",
        "b.txt": "Colts coach Chuck Pagett plans to rejoin the team this week.\n",
    })
    assert [c for c in result.clusters if c.status is Status.CONTRADICTED] == []
