"""Round 35 (M): a relation noun whose two ends are both named inside its own phrase tells the relation whatever mood
the clause around it has ("might harm Lima's strong ties with Santiago", "could deepen tensions between Peru and
Chile", "if Chilean allies like Peru ..."): the phrase presupposes the ties, the tensions, the alliance.

Made-up sentences throughout; each positive case fails without the reading, the negative ones guard it.
"""

import pytest

from extraction import triples

LIMA = "LIMA (Reuters) - "


@pytest.mark.parametrize("text, fact", [
    (LIMA + "The court ruling might harm Peru's strong ties with Chile, a diplomat said.",
     ("alliedWith", "state:CL", "state:PE")),
    (LIMA + "Analysts said the ruling could deepen tensions between Peru and Chile.",
     ("opposes", "state:CL", "state:PE")),
    (LIMA + "Analysts said the ruling could deepen tensions between Peru and Chile.",
     ("opposes", "state:PE", "state:CL")),
    (LIMA + "Proof of the bribes would lead to tougher Chilean sanctions against Bolivia, officials said.",
     ("opposes", "state:CL", "state:BO")),
    (LIMA + "The minister said that if Chilean allies like Peru and Bolivia do not pay more, the pact may fail.",
     ("supports", "state:PE", "state:CL")),
])
def test_a_relation_named_inside_its_own_phrase_stands_in_a_hedged_clause(nlp, text, fact):
    assert fact in triples(nlp, text)


@pytest.mark.parametrize("text", [
    LIMA + "Chile could impose sanctions on Bolivia next month.",                        # the verb's subject: a wish
    LIMA + "The row could result in possible Chilean sanctions against Bolivia.",        # undone by its own words
    LIMA + "The row could result in new Chilean sanctions against Bolivia.",
    LIMA + "Fears of Chilean sanctions against Bolivia could grow after the vote.",     # the matter of a fear
    LIMA + "Chile said the vote could harm its sanctions against Bolivia.",             # "its": not read when hedged
])
def test_no_hedged_relation_read_off_the_clause_or_undone_by_the_phrase(nlp, text):
    assert not [t for t in triples(nlp, text) if t[0] == "opposes" and t[1:] == ("state:CL", "state:BO")]


@pytest.mark.parametrize("text", [
    LIMA + "Analysts said the vote could spark tensions between Peru and Chile.",   # made, not presupposed
    LIMA + "Both sides hope to forge a Peru-Chile alliance next year.",
])
def test_no_hedged_relation_a_verb_of_making_would_bring_about(nlp, text):
    assert not [t for t in triples(nlp, text) if {t[1], t[2]} == {"state:PE", "state:CL"}]
