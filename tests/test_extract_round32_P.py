"""Round 32 (P): a sacking whose object is a post told by the person's name in apposition ("sacked his deputy X").

Made-up names and sentences throughout; each positive case fails without the reading, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - "


@pytest.mark.parametrize("text, source, target", [
    (LIMA + "President Ana Vale sacked his deputy Hugo Marr on Monday.", "person:ana-vale", "person:hugo-marr"),
    (LIMA + "President Ana Vale sacked his deputy, Hugo Marr, on Monday.", "person:ana-vale", "person:hugo-marr"),
    (LIMA + "President Ana Vale fired the navy chief, Hugo Marr, after the loss of a patrol boat.",
     "person:ana-vale", "person:hugo-marr"),
    (LIMA + "His deputy, Hugo Marr, was dismissed by President Ana Vale on Monday.",
     "person:ana-vale", "person:hugo-marr"),
])
def test_a_post_named_in_apposition_is_the_person_sacked(nlp, text, source, target):
    assert ("opposes", source, target) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LIMA + "President Ana Vale dismissed the report by Hugo Marr as a fiction.",         # a rebuttal, no post
    LIMA + "President Ana Vale dismissed the claims of his rival, Hugo Marr, as lies.",  # the name is not the object's
    LIMA + "President Ana Vale said she would not sack her deputy, Hugo Marr.",          # refused
    LIMA + "President Ana Vale sacked the government of Hugo Marr on Monday.",           # a body, not a person
])
def test_no_sacking_read_from_a_post_without_its_name_beside_it(nlp, text):
    assert not [t for t in triples(nlp, text) if t[0] == "opposes" and t[1] == "person:ana-vale"]
