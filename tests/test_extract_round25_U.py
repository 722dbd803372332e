"""Round 25 (U): organisations as actors, told by their seat or by a description.

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from extraction import triples

EU = "Peru is seeking a trade deal with the European Union. "


@pytest.mark.parametrize("text, fact", [
    (EU + "Brussels criticized Lima on Monday over its logging rules.",
     ("opposes", "org:european-union", "state:PE")),
    (EU + "Chile filed a complaint against Brussels at the trade body.",
     ("opposes", "state:CL", "org:european-union")),
    (EU + "Peru's President Raul Ibarra, who is under fire from Brussels over his crackdown, flew home.",
     ("opposes", "org:european-union", "state:PE")),
])
def test_brussels_acting_is_the_eu_the_article_names(nlp, text, fact):
    assert fact in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # no EU named: the city is nobody
    "Peru is seeking a trade deal. Brussels criticized Lima on Monday over its logging rules.",
    # the city as a place, a modifier or a list item
    EU + "Peru's foreign minister flew to Brussels and criticized Chile's fishing fleet.",
    EU + "The Brussels attacks were condemned by Peru.",
    EU + "Peru condemned the attacks on Paris, Brussels and Madrid.",
])
def test_brussels_as_a_place_or_unnamed_body_is_nobody(nlp, text):
    assert not any("european-union" in src or "european-union" in dst for _, src, dst in triples(nlp, text))


def test_brussels_visited_is_the_city(nlp):
    got = triples(nlp, EU + "Chile's president visited Brussels after Chile imposed sanctions on Peru.")
    assert ("opposes", "state:CL", "state:PE") in got
    assert not any("european-union" in src or "european-union" in dst for _, src, dst in got)
