"""Two files of one story that give one title of one organisation to two people."""

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


def test_two_people_in_one_title_conflict(tmp_path):
    groups = role_groups(tmp_path, "Museum director Helena Quist said staff were devastated.",
                         "The museum's director, Miriam Voss, said the list of stolen items would be published.")
    assert len(groups) == 1 and groups[0].status is Status.CONTRADICTED
    conflict = groups[0].conflicts[0]
    assert {conflict.value_a, conflict.value_b} == {"Museum director Helena Quist", "museum director Miriam Voss"}


def test_one_person_named_alike_is_no_conflict(tmp_path):
    assert role_groups(tmp_path, "Museum director Helena Quist said staff were devastated.",
                       "Helena Quist, the museum's director, said the list would be published.") == []


def test_a_file_that_names_both_may_tell_a_succession(tmp_path):
    assert role_groups(tmp_path, "Museum director Helena Quist said staff were devastated.\n"
                                 "Miriam Voss ran the museum until last year.",
                       "The museum's director, Miriam Voss, said the list would be published.") == []


def test_a_former_holder_or_a_rank_is_no_conflict(tmp_path):
    assert role_groups(tmp_path, "Museum director Helena Quist said staff were devastated.",
                       "The former museum director, Miriam Voss, said the theft was a shock.") == []
    assert role_groups(tmp_path, "County Sheriff Lee Ward said the road would reopen.",
                       "County sheriff's Sgt. Don Abel said the road would reopen on Monday.") == []


def test_an_organisation_named_in_full_or_short(tmp_path):
    groups = role_groups(tmp_path, "Varley chief executive Oskar Lind said the pieces were insured.",
                         '"We are shocked," said Teresa Aldana, chief executive of Varley Holdings.')
    assert [conflict.kind for group in groups for conflict in group.conflicts] == [ConflictKind.NAME]


def test_other_organisations_hold_their_own_titles(tmp_path):
    assert role_groups(tmp_path, "Mohave County Sheriff Tom Dale said the suspect was held.",
                       "Schleicher County Sheriff David Dorne said the jail was ready.") == []
    assert role_groups(tmp_path, "Sudan President Omar Basri said the border was closed.",
                       "South Sudan President Salva Kerr said the border was closed.") == []
    assert role_groups(tmp_path, "Police Chief Anne Sorel said the van was found.",
                       "State Police Chief Derek Holl said the van was found.") == []


def test_articles_of_another_event_are_not_compared(tmp_path):
    result = analyse_articles(tmp_path, {
        "a.txt": "Colts coach Tony Dunn said the win was hard-earned.\n",
        "b.txt": "Colts coach Chuck Pagett plans to rejoin the team this week.\n",
    })
    assert [c for c in result.clusters if c.status is Status.CONTRADICTED] == []


def test_a_short_name_of_the_organisation_and_initials(tmp_path):
    groups = role_groups(tmp_path, "Fire Chief Roberto Salas said no one was inside the museum.",
                         "Kerry Vance, chief of the Ashcombe Fire Department, said the van was found.")
    assert [conflict.kind for group in groups for conflict in group.conflicts] == [ConflictKind.NAME]
    groups = role_groups(tmp_path, "Varley general manager A.J. Smith said the pieces were insured.",
                         "Varley general manager Lee Butler said the pieces were insured.")
    assert [conflict.kind for group in groups for conflict in group.conflicts] == [ConflictKind.NAME]


def test_each_organisations_title_is_its_own_group(tmp_path):
    groups = role_groups(tmp_path, "Museum director Helena Quist said staff were devastated.\n"
                                   "Varley chief executive Oskar Lind said the pieces were insured.",
                         "The museum's director, Miriam Voss, said the list would be published.\n"
                         "Varley chief executive Teresa Aldana said the pieces were insured.")
    assert sorted(len(group.claims) for group in groups) == [2, 2]


def test_a_title_of_a_rank_word_or_an_acronym_is_still_a_title(tmp_path):
    groups = role_groups(tmp_path, "Varley Chief Executive Officer John Roe said the pieces were insured.",
                         "Varley chief executive Jane Doe said the pieces were insured.")
    assert [conflict.kind for group in groups for conflict in group.conflicts] == [ConflictKind.NAME]
    groups = role_groups(tmp_path, "Varley CEO John Roe said the pieces were insured.",
                         "Varley CEO Jane Doe said the pieces were insured.")
    assert [conflict.kind for group in groups for conflict in group.conflicts] == [ConflictKind.NAME]


def test_a_title_a_verb_gives(tmp_path):
    groups = role_groups(tmp_path, "Police Chief Anne Sorel said the van was found.",
                         '"We will find them," said Derek Holl, who heads the Varley Police Department.')
    assert [conflict.kind for group in groups for conflict in group.conflicts] == [ConflictKind.NAME]
