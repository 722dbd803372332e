"""Round 12 (lead): custody told with "hold"."""

from extraction import triples


def test_persons_held_by_a_state_are_in_its_custody(nlp):
    got = triples(nlp, "Ana Berg and Li Wei, both from Lyon, have been held by Iran for almost two years.")
    assert got == {("opposes", "state:IR", "person:ana-berg"), ("opposes", "state:IR", "person:li-wei")}


def test_holding_talks_a_city_or_a_view_is_no_custody(nlp):
    for text in ("Iran held talks with Russia on Monday.", "Iran held Russia responsible for the attack.",
                 "The frigate was built by Vossberg and privately held Ana Berg, the ministry said.",
                 "Russian forces held the city of Aleppo for a year."):
        assert not {t for t in triples(nlp, text) if t[0] == "opposes" and t[2].startswith("person:")}, text
