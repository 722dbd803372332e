"""Round 18 posts held: an international body's staff named through the field they work in ("U.N. aid chief X",
"EU diplomatic chief Y"), made-up names."""

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article


def posts(nlp, text, date="2017-11-20", source=None):
    ctx = build_context(nlp(text), Article(id="t", text=text, date=date, source=source))
    return {(ctx.entities[h.person].name, h.role, h.jurisdiction) for h in ctx.holdings}


def test_field_between_body_and_weak_title_keeps_the_body(nlp):
    found = posts(nlp, "GENEVA (Reuters) - Food stocks are running out, U.N. relief chief Tomas Brenner warned on "
                       "Monday after visiting the camps.")
    assert ("Tomas Brenner", "Official", "org:united-nations") in found, found


def test_two_field_words_and_a_coordinator(nlp):
    found = posts(nlp, "AMMAN (Reuters) - Aid convoys were stopped again, U.N. regional humanitarian coordinator "
                       "Lena Strand said in a statement on Tuesday.")
    assert ("Lena Strand", "Official", "org:united-nations") in found, found


def test_field_before_an_official_of_the_eu(nlp):
    found = posts(nlp, "BRUSSELS (Reuters) - EU energy official Marta Koval said on Monday the pipeline needed "
                       "new rules.")
    assert ("Marta Koval", "Official", "org:european-union") in found, found


def test_field_after_a_state_is_no_post(nlp):
    # a state's demonym before a field and a weak title may be a company's head or a profession
    found = posts(nlp, "MOSCOW (Reuters) - Russian gas chief Oleg Volkov said on Monday exports would rise.")
    assert not any(name == "Oleg Volkov" for name, _, _ in found), found


def test_past_word_in_the_field_is_no_current_post(nlp):
    found = posts(nlp, "GENEVA (Reuters) - Food stocks are running out, U.N. former relief chief Tomas Brenner "
                       "warned on Monday.")
    assert ("Tomas Brenner", "Official", "org:united-nations") not in found, found


def test_state_visited_is_not_the_visitors(nlp):
    # the visited state is named nearest the title; the visitor's own comes from the rest of the article
    found = posts(nlp, "Norway will send more trainers to Mali, its government said. Defence Minister Ingrid Berg "
                       "said during a visit to the Malian town of Gao that the mission would last.")
    assert ("Ingrid Berg", "DefenceMinister", "state:NO") in found, found
    assert not any(jur == "state:ML" for name, _, jur in found if name == "Ingrid Berg"), found


def test_owner_of_a_visit_is_the_visitor(nlp):
    # the dateline's state is the one visited: the president is the other one's
    found = posts(nlp, "LIMA (Reuters) - Peru and Chile signed a fishing pact on Monday. President Ana Rojas said the "
                       "deal was good for both. Rojas's visit to Peru was the first by a Chilean leader in ten years.")
    assert ("Ana Rojas", "HeadOfState", "state:CL") in found, found


def test_host_who_invites_a_visit_keeps_the_state(nlp):
    # "invited X for a visit to Kenya": the journey is the guest's, the host stays Kenya's
    found = posts(nlp, "Kenya's economy grew last year. President Daniel Otieno invited the businessman Ivo Marek for "
                       "a visit to Kenya in May.")
    assert ("Daniel Otieno", "HeadOfState", "state:KE") in found, found


def test_bare_title_under_a_body_seat_dateline_is_the_bodys(nlp):
    # the only states named are the ones the body deals with; the dateline is the Commission's seat
    found = posts(nlp, "BRUSSELS (Reuters) - The European Commission said on Monday that Britain must move first in "
                       "the talks. Britain has not paid enough, spokeswoman Lena Vogt told a regular briefing.")
    assert ("Lena Vogt", "Official", "org:european-commission") in found, found
    assert not any(jur == "state:GB" for name, _, jur in found if name == "Lena Vogt"), found


def test_body_president_under_its_seat_dateline_is_no_head_of_state(nlp):
    found = posts(nlp, "BRUSSELS (Reuters) - The European Commission denied a German newspaper report on Tuesday. "
                       "Nothing in it is true, President Ivo Marek told the BBC.")
    assert ("Ivo Marek", "Official", "org:european-commission") in found, found


def test_other_dateline_keeps_the_state_guess(nlp):
    found = posts(nlp, "LONDON (Reuters) - The European Commission said on Monday that Britain must move first in "
                       "the talks. Britain has not paid enough, spokeswoman Lena Vogt told a regular briefing.")
    assert ("Lena Vogt", "Official", "org:european-commission") not in found, found


def test_portfolio_title_set_off_by_commas_after_an_owner(nlp):
    found = posts(nlp, "LUSAKA (Reuters) - Zambia changed its mining law. Zambia's new Minister of Mines, Grace "
                       "Mwale, said the rules would apply from January.")
    assert ("Grace Mwale", "Minister", "state:ZM") in found, found

