"""Round 31 (Q): posts of a region's government read as the state's officials.

Made-up names and sentences throughout; each positive case fails without the reading it names, the negative ones
guard it.
"""

import pytest

from extraction import holdings


@pytest.mark.parametrize("text, held", [
    ("NEW DELHI (Reuters) - Assam chief minister Sunil Bhatia said the town was calm on Monday. India's Prime "
     "Minister Ravi Kumar spoke later.", ("person:sunil-bhatia", "Official", "state:IN")),
    ("NEW DELHI (Reuters) - Sunil Bhatia, the chief minister of Assam, said the town was calm on Monday. India's "
     "Prime Minister Ravi Kumar spoke later.", ("person:sunil-bhatia", "Official", "state:IN")),
    ("KARACHI (Reuters) - Sindh Chief Minister Ali Bhatti said on Monday the city would stay calm. Pakistan's army "
     "said it was ready.", ("person:ali-bhatti", "Official", "state:PK")),
])
def test_a_chief_minister_is_an_official_not_a_minister(nlp, text, held):
    got = holdings(nlp, text)
    assert held in got
    assert (held[0], "Minister", held[2]) not in got


@pytest.mark.parametrize("text, held", [
    # a minister of the state's cabinet stays a minister
    ("NEW DELHI (Reuters) - Sunil Bhatia, India's home minister, said the town was calm on Monday.",
     ("person:sunil-bhatia", "Minister", "state:IN")),
    ("NEW DELHI (Reuters) - India's chief economic adviser, Sunil Bhatia, said the minister would speak.",
     ("person:sunil-bhatia", "Official", "state:IN")),
])
def test_other_ministers_keep_their_post(nlp, text, held):
    assert held in holdings(nlp, text)


@pytest.mark.parametrize("text, held", [
    ("YANGON (Reuters) - The flood is a hard test for leader Daw Mya Thein, who has been criticised "
     "abroad. Myanmar's army denied the charge.", ("person:daw-mya-thein", "HeadOfState", "state:MM")),
    ("SEOUL (Reuters) - The broadcast came as current leader Kim Sok Chol has purged some officials. North Korea "
     "said it would test.", ("person:kim-sok-chol", "HeadOfState", "state:KP")),
])
def test_a_bare_leader_before_a_name_is_the_head_of_state(nlp, text, held):
    assert held in holdings(nlp, text)


@pytest.mark.parametrize("text, person", [
    ("LIMA (Reuters) - Peru's ruling party said its leader Hugo Marr would run again.", "person:hugo-marr"),
    ("LIMA (Reuters) - Police arrested rebel leader Hugo Marr on Monday in Peru.", "person:hugo-marr"),
    ("LIMA (Reuters) - The group's leader Hugo Marr was detained in Peru on Monday.", "person:hugo-marr"),
    ("LIMA (Reuters) - Hugo Marr, the leader, was detained in Peru on Monday.", "person:hugo-marr"),
    ("LIMA (Reuters) - Former leader Hugo Marr was detained in Peru on Monday.", "person:hugo-marr"),
])
def test_a_leader_with_a_body_owner_or_comma_gets_no_head_post(nlp, text, person):
    assert not any(p == person and r == "HeadOfState" for p, r, _ in holdings(nlp, text))
