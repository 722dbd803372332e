"""Round 32 (R): relation ends geokg did not find.

Made-up names and sentences throughout; each positive case fails without the reading, the negative ones guard it.
"""

import pytest

from extraction import persons, tokens

DELHI = "NEW DELHI (Reuters) - "


@pytest.mark.parametrize("text, ents, name", [
    # the model's own person entity, whose dotted initial read as the article "a"
    (DELHI + "The court acquitted former telecoms minister A. Varmani on Monday.", None, "A. Varmani"),
    # a name the model took for a place, a body or nothing, with a title set off after it
    (DELHI + "P.D. Rawalkar, an inspector general in the border force, said the fence would hold.",
     [(6, 8, "GPE")], "P.D. Rawalkar"),
    (DELHI + "Many were hurt, said T.K. Bosemani, a political adviser to the prime minister.",
     [(11, 13, "ORG")], "T.K. Bosemani"),
    (DELHI + "The town is calm, KS Dhillonwal, Punjab's police chief, wrote on Monday.",
     [(11, 13, "ORG")], "KS Dhillonwal"),
])
def test_a_name_opened_by_initials_is_a_person(nlp, text, ents, name):
    assert name in persons(nlp, text, ents)


@pytest.mark.parametrize("text, ents, name", [
    # bare capitals before a name with no public title after it: a body ("a broadcaster" is no post)
    (DELHI + "TV Kanalpur, the country's biggest broadcaster, said the vote was fair.", [(6, 8, "ORG")],
     "TV Kanalpur"),
    # bare capitals with no apposition at all
    (DELHI + "Shares of DB Realtex rose on Monday.", [(8, 10, "ORG")], "DB Realtex"),
])
def test_initials_alone_do_not_make_a_person(nlp, text, ents, name):
    assert name not in persons(nlp, text, ents)


def test_the_token_indices_the_cases_use(nlp):
    assert tokens(nlp, DELHI + "P.D. Rawalkar, a")[6:8] == ["P.D.", "Rawalkar"]
    assert tokens(nlp, DELHI + "Many were hurt, said T.K. Bosemani,")[11:13] == ["T.K.", "Bosemani"]
    assert tokens(nlp, DELHI + "The town is calm, KS Dhillonwal,")[11:13] == ["KS", "Dhillonwal"]
    assert tokens(nlp, DELHI + "TV Kanalpur,")[6:8] == ["TV", "Kanalpur"]
    assert tokens(nlp, DELHI + "Shares of DB Realtex")[8:10] == ["DB", "Realtex"]
