"""Round 31 (Q): posts of a region's government read as the state's officials.

Made-up names and sentences throughout; each positive case fails without the reading it names, the negative ones
guard it.
"""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def holdings(nlp, text, date="2018-08-27"):
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {(h.person, h.role, h.jurisdiction) for h in ex.holdings}


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
