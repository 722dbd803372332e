"""Round 31 (P): putting a person out of a post ("sacked", "fired", "dismissed") opposes the person put out.

Made-up names and sentences throughout; each positive case fails without the reading, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - "


@pytest.mark.parametrize("text, source, target", [
    (LIMA + "President Ana Vale sacked Interior Minister Hugo Marr on Monday.", "person:ana-vale",
     "person:hugo-marr"),
    (LIMA + "Peru fired navy commander Hugo Marr on Monday after the loss of a patrol boat.", "state:PE", "person:hugo-marr"),
    (LIMA + "Hugo Marr, who was dismissed by President Ana Vale last year, told parliament he would run.",
     "person:ana-vale", "person:hugo-marr"),
    (LIMA + "Interior Minister Hugo Marr, whom President Ana Vale fired in March, said he would run.",
     "person:ana-vale", "person:hugo-marr"),
])
def test_a_person_put_out_of_a_post_is_opposed_by_the_one_who_did_it(nlp, text, source, target):
    assert ("opposes", source, target) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LIMA + "Peru dismissed the claims made by Bolivian President Hugo Marr on Monday.",   # a rebuttal, no sacking
    LIMA + "President Ana Vale dismissed the Andean Unity Party as a passing fad.",       # a party is no post holder
    LIMA + "Peru fired two warning shots near a Bolivian patrol boat on Monday.",         # fired arms, not a person
    LIMA + "President Ana Vale said she would not sack Interior Minister Hugo Marr.",    # refused
    LIMA + "President Ana Vale sacked the government of Hugo Marr on Monday.",          # a body, not a person
])
def test_no_sacking_without_a_person_put_out(nlp, text):
    assert not [t for t in triples(nlp, text) if t[0] == "opposes" and t[1] in ("state:PE", "person:ana-vale")]
