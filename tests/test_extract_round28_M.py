"""Round 28 (M): meetings. An address to a foreign state's legislature is a meeting of the speaker and that
legislature (or its state).

Made-up sentences throughout; each positive case fails without the reading it names, the negative ones guard it.
"""

import pytest

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def met(nlp, text, date="2018-08-29"):
    """(participants, date) of every meeting the text gives, read as one article of `date` (a Wednesday)."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {(frozenset(m.participants), m.date) for m in ex.meetings}


@pytest.mark.parametrize("text, sides, day", [
    ("ROME (Reuters) - Speaking to the Italian parliament on Tuesday, Greek President Ada Rell said the plan "
     "had worked.", {"person:ada-rell", "state:IT"}, "2018-08-28"),
    ("ROME (Reuters) - Greek President Ada Rell said in a speech to the Italian parliament on Tuesday that the "
     "plan had worked.", {"person:ada-rell", "state:IT"}, "2018-08-28"),
    ("BERLIN (Reuters) - Greek President Ada Rell addressed the Bundestag on Tuesday, saying the plan had worked.",
     {"person:ada-rell", "org:bundestag", "state:DE"}, "2018-08-28"),
    ("ATHENS (Reuters) - Three years ago, Greek Prime Minister Ada Rell annoyed the Chancellery by addressing the "
     "Bundestag to win votes for the plan.", {"person:ada-rell", "org:bundestag", "state:DE"}, None),
])
def test_an_address_to_a_foreign_legislature_is_a_meeting_with_it(nlp, text, sides, day):
    assert (frozenset(sides), day) in met(nlp, text)


@pytest.mark.parametrize("text", [
    # the speaker's own legislature: domestic business
    "ROME (Reuters) - Italian Prime Minister Ada Rell told the Italian parliament on Tuesday that the plan had worked.",
    "BERLIN (Reuters) - German Chancellor Ada Rell addressed the Bundestag on Tuesday, saying the plan had worked.",
    # no state named for the parliament
    "ROME (Reuters) - Greek President Ada Rell told parliament on Tuesday that the plan had worked.",
    # still to come
    "ROME (Reuters) - Greek President Ada Rell will address the Italian parliament on Tuesday.",
    # in writing, not in person
    "ROME (Reuters) - Greek President Ada Rell told the Italian parliament in a letter on Tuesday that it worked.",
    # spoken of, not spoken to
    "ROME (Reuters) - Greek President Ada Rell criticised the Italian parliament on Tuesday.",
])
def test_no_meeting_with_a_legislature_not_addressed_abroad(nlp, text):
    assert not any("state:IT" in s or "org:bundestag" in s for s, _ in met(nlp, text))


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Peruvian President Ada Rell praised Chilean President Olaf Berg after a meeting in Santiago on "
    "Monday, saying he had done well.",
    "LIMA (Reuters) - Peruvian President Ada Rell thanked Chilean President Olaf Berg during talks in Santiago on "
    "Monday.",
])
def test_the_person_a_clause_acts_on_after_a_bare_meeting_is_its_other_side(nlp, text):
    assert (frozenset({"person:ada-rell", "person:olaf-berg"}), "2018-08-27") in met(nlp, text)


@pytest.mark.parametrize("text", [
    # still to come
    "LIMA (Reuters) - Peruvian President Ada Rell will praise Chilean President Olaf Berg after a meeting in Santiago "
    "on Monday.",
    # one state's officials among themselves
    "LIMA (Reuters) - Peruvian President Ada Rell praised Peruvian Finance Minister Olaf Berg after a meeting in Lima "
    "on Monday.",
    # a meeting whose own sides are told: others' (a cabinet's), not one with the person praised
    "LIMA (Reuters) - Peruvian President Ada Rell praised Chilean President Olaf Berg after a meeting of her cabinet "
    "on Monday.",
])
def test_no_meeting_with_the_person_acted_on_when_the_meeting_is_not_theirs(nlp, text):
    assert not any("person:olaf-berg" in s and "person:ada-rell" in s for s, _ in met(nlp, text))


LIMA = "LIMA (Reuters) - The plan worked, officials said. "


@pytest.mark.parametrize("text", [
    LIMA + "Meeting Chilean President Olaf Berg in Lima on Monday, Peruvian President Ada Rell said trade would grow.",
    LIMA + "Meeting Chilean President Olaf Berg in Santiago on Monday, Peruvian President Ada Rell said trade would grow.",
])
def test_a_sentence_opening_meeting_participle_parsed_as_a_name_s_word_is_read(nlp, text):
    assert (frozenset({"person:ada-rell", "person:olaf-berg"}), "2018-08-27") in met(nlp, text)


@pytest.mark.parametrize("text", [
    # still to come
    LIMA + "Meeting Chilean President Olaf Berg in Lima on Monday, Peruvian President Ada Rell will say trade would grow.",
    # the gerund is a clause's subject: no meeting told
    LIMA + "Meeting Chilean President Olaf Berg is a priority, Peruvian President Ada Rell said.",
])
def test_no_meeting_from_an_opening_meeting_word_of_no_meeting_told(nlp, text):
    assert not any("person:olaf-berg" in s and "person:ada-rell" in s for s, _ in met(nlp, text))


def _testified(name: str) -> str:
    return f"SANTIAGO (Reuters) - Chilean Foreign Minister Olaf {name} testified to a Senate panel on Tuesday. "


@pytest.mark.parametrize("name", ["Rivers", "Hastings"])
def test_a_reflexive_parsed_as_the_subject_leaves_the_subject_named_on_the_auxiliary(nlp, name):
    text = _testified(name) + (f"Records then emerged showing that {name} had himself met Peruvian Ambassador "
                               "Tomas Vell at least twice in 2016.")
    assert any(s == {f"person:olaf-{name.lower()}", "person:tomas-vell"} for s, _ in met(nlp, text))


@pytest.mark.parametrize("tail", [
    # one state's officials among themselves
    "Records then emerged showing that Rivers had himself met Chilean Senator Tomas Vell at least twice in 2016.",
    # wished for, not held
    "Records then emerged showing that Rivers had himself hoped to meet Peruvian Ambassador Tomas Vell in 2016.",
])
def test_a_reflexive_subject_keeps_the_meeting_checks(nlp, tail):
    assert not any("person:tomas-vell" in s for s, _ in met(nlp, _testified("Rivers") + tail))
