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
