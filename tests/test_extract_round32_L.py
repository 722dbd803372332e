"""Round 32 (L): a state acting on a named person through its courts and prosecutors, told with no agent.

Made-up names and sentences throughout; each positive case fails without the reading, the negative ones guard it.
"""

import pytest

from extraction import triples

PERUVIAN = "LIMA (Reuters) - Peruvian lawmaker "
TWO_CITIES = "LIMA/LA PAZ (Reuters) - Peruvian lawmaker "


@pytest.mark.parametrize("text", [
    PERUVIAN + "Hugo Marr is accused of selling forged permits to a mining firm. Marr rejects every charge laid on him.",
    PERUVIAN + "Hugo Marr, who is accused of hiding bribes in a bakery, told the court he was innocent.",
    PERUVIAN + "Hugo Marr, accused of taking a bribe from a fishing firm, appeared in court on Monday.",
    PERUVIAN + "Hugo Marr was accused of diverting road funds. His lawyer said Marr would fight the trial.",
])
def test_a_named_person_accused_before_the_law_is_opposed_by_the_trying_state(nlp, text):
    assert ("opposes", "state:PE", "person:hugo-marr") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    PERUVIAN + "Hugo Marr is accused of being too close to the ruling party, his rivals say.",   # no court
    PERUVIAN + "Hugo Marr was not accused of bribery, the judge said in court on Monday.",   # denied
    PERUVIAN + "Hugo Marr could be accused of fraud if the audit fails. A court will rule in May.",   # hedged
    TWO_CITIES + "Hugo Marr is accused of selling permits. Marr denies the charges.",   # which state accuses?
    PERUVIAN + "Hugo Marr was accused by his rivals of selling permits. Marr denies the charges.",   # accuser told
])
def test_no_state_for_an_accusation_without_the_law_or_not_made(nlp, text):
    assert ("opposes", "state:PE", "person:hugo-marr") not in triples(nlp, text)
