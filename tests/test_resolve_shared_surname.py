"""A bare surname that two persons of one article share: whom it means. Made-up names throughout."""

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article



def _bare_surname_keys(nlp, text: str, surname: str) -> set[str]:
    doc = nlp(text)
    ctx = build_context(doc, Article(id="t", text=text, date="2018-08-27"))
    return {m.key for m in ctx.mentions if doc[m.token_start:m.token_end].text == surname}


def test_a_bare_surname_shared_with_a_spouse_means_the_one_a_post_title_names(nlp):
    """ "President Olu Banda ... Dr Mary Banda ... Banda's rule": the post's title marks whom the bare surname means;
    an honorific before the other ("Dr", "Mrs") is no post, so the one named last no longer takes it."""
    text = ("President Olu Banda's wife Mary was praised by the paper. The first lady Dr Mary Banda was called a "
            "patriot. A coup now threatens Banda's rule. Banda spoke on Monday.")
    assert _bare_surname_keys(nlp, text, "Banda") == {"person:olu-banda"}


def test_a_bare_surname_shared_by_two_with_honorifics_only_still_means_the_one_named_last(nlp):
    """Neither has a post's title ("Dr Olu Banda", "Mrs Mary Banda"): the bare surname keeps the earlier reading, the one
    written last before it."""
    text = ("Dr Olu Banda opened the clinic in the capital. Mrs Mary Banda cut the ribbon. Banda thanked the donors.")
    assert _bare_surname_keys(nlp, text, "Banda") == {"person:mary-banda"}


def test_a_surname_after_a_courtesy_title_keeps_the_reading_by_the_one_named_last(nlp):
    """ "Mrs Banda" right after Dr Mary Banda: a courtesy title addresses whoever it names (news writes "Mr" or "Ms"
    for heads of state too), so no post decides it; the one named last before it does, as before."""
    text = ("President Olu Banda's wife Mary was praised by the paper. Banda spoke on Monday. The first lady Dr Mary "
            "Banda was called a patriot. Aides said Mrs Banda had left the capital.")
    doc = nlp(text)
    ctx = build_context(doc, Article(id="t", text=text, date="2018-08-27"))
    keys = {doc[m.token_start - 1].text: m.key for m in ctx.mentions if doc[m.token_start:m.token_end].text == "Banda"}
    assert keys == {".": "person:olu-banda", "Mrs": "person:mary-banda"}
