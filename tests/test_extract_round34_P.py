"""Round 34 (P): a name of two or three words the model took for a body, a nation or a place, read as a person's by a
cue beside it: a verb of speech it is the subject of, a person's noun or a post right before it, "became" and a post,
or "a relative" in apposition.

Made-up names and sentences throughout; the model's labels are set by hand so that each case fails without the
reading, whatever the model makes of the invented names.
"""

import pytest

from extraction import persons


@pytest.mark.parametrize("text, ents, name", [
    ("The court freed the two men on bail, Hugo Marrovel told reporters on Monday.", [(9, 11, "ORG")],
     "Hugo Marrovel"),
    ("The vote was fair, Dario Quenfeld said on Monday.", [(5, 7, "NORP")], "Dario Quenfeld"),
    ("She dined with her Chilean counterpart Dario Quenfeld on Monday.", [(6, 8, "ORG")], "Dario Quenfeld"),
    ("Rights groups counted 40 deaths since Tomas Ilvaro Brenk became president in 2015.", [(6, 9, "ORG")],
     "Tomas Ilvaro Brenk"),
    ("Police on Friday arrested Dario Quenfeld, a relative of the mayor, at his home.", [(4, 6, "ORG")],
     "Dario Quenfeld"),
    ("Her mother-in-law Ilsa Brodvek was sentenced to two years in jail.", [(6, 8, "GPE")], "Ilsa Brodvek"),
])
def test_a_name_taken_for_a_body_is_a_person_by_the_cue_beside_it(nlp, text, ents, name):
    assert name in persons(nlp, text, ents)


@pytest.mark.parametrize("text, ents", [
    ("Vesta Minerals said on Monday it had halted work at its minerals plant.", [(0, 2, "ORG")]),  # a word written
    # lower-case in the text
    ("Golden Harvest said on Monday it had halted work at its farms.", [(0, 2, "ORG")]),        # English words only
    ("Dario Quenfeld Street was closed on Monday.", [(0, 3, "FAC")]),                            # no cue, not a body
])
def test_a_body_that_speaks_is_no_person(nlp, text, ents):
    assert not persons(nlp, text, ents)
