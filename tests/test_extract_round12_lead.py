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


def test_held_hostage_is_custody(nlp):
    got = triples(nlp, "Li Wei was held hostage by the Taliban for five years, his family said.")
    assert ("opposes", "org:taliban", "person:li-wei") in got


def test_a_passive_participle_clause_acts_on_the_main_clauses_person(nlp):
    got = triples(nlp, "Li Wei and Omar Haddad were freed after having been kidnapped by the Taliban in 2012.")
    assert {("opposes", "org:taliban", "person:li-wei"), ("opposes", "org:taliban", "person:omar-haddad")} <= got
    got = triples(nlp, "Li Wei returned to Lyon, saying he had been held captive by Iran for eight months.")
    assert ("opposes", "state:IR", "person:li-wei") in got


def test_a_plural_title_reaches_past_short_appositions(nlp):
    from geokg.ingest.extract import extract
    from geokg.ingest.model import Article
    text = "U.S. senators Ana Berg, a Republican from Ohio, and Li Wei, a Democrat, introduced a bill on Monday."
    ex = extract(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    assert {(h.person, h.role, h.jurisdiction) for h in ex.holdings} == {
        ("person:ana-berg", "Legislator", "state:US"), ("person:li-wei", "Legislator", "state:US")}


def test_a_nationality_before_a_first_name_the_model_left_out(nlp):
    from geokg.ingest.extract import build_context
    from geokg.ingest.model import Article
    text = "The US announced that 48-year-old Australian Mamdouh Habib, accused of terrorism, will be released."
    ctx = build_context(nlp(text), Article(id="t", text=text, date="2018-08-27"))
    assert {k for k, e in ctx.entities.items() if e.kind == "person"} == {"person:mamdouh-habib"}
