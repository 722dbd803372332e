"""Round 16 posts held: whose state a bare title is when the sentence names one (made-up names)."""

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article


def posts(nlp, text, date="2017-11-20", source=None):
    ctx = build_context(nlp(text), Article(id="t", text=text, date=date, source=source))
    return {(ctx.entities[h.person].name, h.role, h.jurisdiction) for h in ctx.holdings}


def test_state_acting_in_another_clause_is_not_ruled_out_for_the_head(nlp):
    # Malawi is the subject of "shut", the president is in the clause of "erupted": Malawi acts on no one there,
    # so the main state Kenya is no better guess than Malawi, and the post is not given to Kenya
    found = posts(nlp, "NAIROBI, Kenya (Reuters) - Kenya's internet grew fast. When Malawi shut down radio stations "
                       "last year as protests erupted against President Peter Mwale's contested re-election, it only "
                       "took one call. Kenya has never done so.")
    assert ("Peter Mwale", "HeadOfState", "state:KE") not in found, found


def test_state_that_is_the_subject_of_the_persons_own_clause_still_acts_on_them(nlp):
    found = posts(nlp, "NAIROBI, Kenya (Reuters) - Kenya's internet grew fast. Malawi sharply criticized President "
                       "Peter Mwale on Monday.")
    assert ("Peter Mwale", "HeadOfState", "state:MW") not in found, found


def test_officer_takes_the_state_beside_the_name_over_the_dateline(nlp):
    found = posts(nlp, "TUNIS, Tunisia (Reuters) - Talks in Tunisia ended on Monday. The deal never won support from "
                       "the factions aligned with military commander Omar Zawi that control eastern Libya.")
    assert ("Omar Zawi", "MilitaryOfficer", "state:LY") in found, found
    assert ("Omar Zawi", "MilitaryOfficer", "state:TN") not in found, found


def test_officer_does_not_take_a_state_of_what_he_is_reported_to_say(nlp):
    found = posts(nlp, "MANILA, Philippines (Reuters) - The Philippines will step up its sea patrols. The new army "
                       "commander, Lieutenant-General Rey Dantes, said he would work closely with Indonesia and "
                       "Malaysia on the patrols.")
    assert ("Rey Dantes", "MilitaryOfficer", "state:PH") in found, found
    assert not any(j in ("state:ID", "state:MY") for _, _, j in found), found


def test_one_of_the_mps_is_a_legislator(nlp):
    found = posts(nlp, "KAMPALA, Uganda (Reuters) - Uganda's parliament voted on the bill. This is a bribe, John "
                       "Okello, one of the MPs opposed to the bill, told Reuters.")
    assert ("John Okello", "Legislator", "state:UG") in found, found


def test_one_of_a_states_vice_speakers_is_its_legislator(nlp):
    found = posts(nlp, "NAIROBI (Reuters) - Kenya's talks went on. Peter Otieno, one of Uganda's vice speakers, "
                       "said the talks had failed.")
    assert ("Peter Otieno", "Legislator", "state:UG") in found, found


def test_one_of_the_senators_whose_resignation_is_told_holds_no_seat(nlp):
    found = posts(nlp, "CANBERRA, Australia (Reuters) - The resignation of Jane Smith, one of three senators in the "
                       "party, does not affect the government's position in Australia's upper house.")
    assert not any(name == "Jane Smith" for name, _, _ in found), found


def test_interim_leader_of_a_state_is_its_head(nlp):
    found = posts(nlp, "BRUSSELS (Reuters) - The summit will hear an address from Iraqi interim leader Samir Karim, "
                       "who criticised nations for staying out.")
    assert ("Samir Karim", "HeadOfState", "state:IQ") in found, found


def test_current_leader_after_a_states_possessive_is_its_head(nlp):
    found = posts(nlp, "LONDON (Reuters) - Zambia's current leader Peter Mwale spoke on Monday.")
    assert ("Peter Mwale", "HeadOfState", "state:ZM") in found, found


def test_a_peoples_leader_is_still_no_head_of_state(nlp):
    found = posts(nlp, "LONDON (Reuters) - The Iraqi Kurdish leader Omar Zawi spoke on Monday.")
    assert not any(name == "Omar Zawi" for name, _, _ in found), found


def test_chief_of_a_states_industry_association_holds_no_public_post(nlp):
    found = posts(nlp, "BERLIN (Reuters) - Talks went on. The deal is urgent, said Klaus Brenner, chief of Germany's "
                       "largest industry association.")
    assert not any(name == "Klaus Brenner" for name, _, _ in found), found


def test_negotiator_for_a_party_holds_no_public_post(nlp):
    found = posts(nlp, "BERLIN (Reuters) - Talks went on. Jonas Feld, a top negotiator for the Bavarian sister party, "
                       "told the paper that a deal would be hard.")
    assert not any(name == "Jonas Feld" for name, _, _ in found), found


def test_head_of_a_states_agency_still_holds_its_post(nlp):
    found = posts(nlp, "BERLIN (Reuters) - Talks went on. Hans Weber, head of Germany's foreign intelligence agency, "
                       "said the threat was real.")
    assert ("Hans Weber", "Official", "state:DE") in found, found
