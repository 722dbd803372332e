"""Round 17 posts held: a post a clause states as its predicate ("X was appointed the new oil minister", "Y, who
is now a senator,"), made-up names."""

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article


def posts(nlp, text, date="2017-11-20", source=None):
    ctx = build_context(nlp(text), Article(id="t", text=text, date=date, source=source))
    return {(ctx.entities[h.person].name, h.role, h.jurisdiction) for h in ctx.holdings}


def test_passive_appointment_gives_the_post(nlp):
    found = posts(nlp, "DOHA (Reuters) - Qatar's emir reshuffled the cabinet on Monday. Karim al-Tayeb was "
                       "appointed the new energy minister, the state news agency said.")
    assert ("Karim al-Tayeb", "Minister", "state:QA") in found, found


def test_election_as_a_post_gives_the_post(nlp):
    found = posts(nlp, "TIRANA (Reuters) - Albania's parliament met on Monday. Dora Kola, 44, was elected as "
                       "interim prosecutor general with 70 votes.")
    assert ("Dora Kola", "Official", "state:AL") in found, found


def test_sworn_in_as_president_gives_the_post(nlp):
    found = posts(nlp, "ACCRA (Reuters) - Ghana's new leader took office. Kofi Mensah was sworn in as president of "
                       "Ghana on Friday before a large crowd.")
    assert ("Kofi Mensah", "HeadOfState", "state:GH") in found, found


def test_relative_clause_with_a_present_copula_gives_the_post(nlp):
    found = posts(nlp, "LIMA (Reuters) - Peru's budget will not grow, said Luis Varga, a former trade minister who "
                       "is now a senator representing Peru's northern region.")
    assert ("Luis Varga", "Legislator", "state:PE") in found, found


def test_present_copula_gives_the_post(nlp):
    found = posts(nlp, "OSLO (Reuters) - Talks resumed on Monday. Ingrid Berg is Norway's foreign minister.")
    assert ("Ingrid Berg", "ForeignMinister", "state:NO") in found, found


def test_past_copula_gives_no_post(nlp):
    found = posts(nlp, "OSLO (Reuters) - Talks resumed on Monday. Ingrid Berg was Norway's foreign minister until "
                       "2009.")
    assert not any(name == "Ingrid Berg" for name, _, _ in found), found


def test_post_only_expected_or_to_come_is_not_held(nlp):
    found = posts(nlp, "HARARE (Reuters) - Tendai Moyo is expected to become president of Zimbabwe. Grace Dube "
                       "will be sworn in as vice president on Friday.")
    assert not any(name in ("Tendai Moyo", "Grace Dube") for name, _, _ in found), found


def test_first_election_long_ago_is_no_current_seat(nlp):
    found = posts(nlp, "PARIS (Reuters) - The party met on Sunday. Paul Lemaire, who was first elected lawmaker at "
                       "29, said the vote was lost.")
    assert not any(name == "Paul Lemaire" for name, _, _ in found), found


def test_hyphenated_longer_title_is_not_the_title_it_begins(nlp):
    found = posts(nlp, "MOSCOW (Reuters) - The army grew. Under Ivan Petrov, a former spy who as president is the "
                       "armed forces commander-in-chief, its budget has risen.")
    assert ("Ivan Petrov", "MilitaryOfficer", "state:RU") not in found, found


def test_queen_beside_her_states_king_is_a_consort(nlp):
    found = posts(nlp, "STOCKHOLM (Reuters) - Sweden's King Olaf and Queen Ingrid attended the ceremony in "
                       "Stockholm on Sunday.")
    assert ("Ingrid", "HeadOfState", "state:SE") not in found, found


def test_reigning_queen_named_alone_keeps_her_post(nlp):
    found = posts(nlp, "LONDON (Reuters) - Britain's Queen Margaret opened parliament on Monday.")
    assert ("Margaret", "HeadOfState", "state:GB") in found, found


def test_participle_before_a_title_modifies_it(nlp):
    # "leading" is tagged as a verb: it must not end the title's phrase before its article and comma
    found = posts(nlp, "LONDON (Reuters) - Brexit talks went on. Hans Brenner, a leading lawmaker in the European "
                       "Parliament, said on Wednesday he was more confident.")
    assert ("Hans Brenner", "Legislator", "org:european-parliament") in found, found


def test_lawmaker_in_a_body_that_is_no_legislature_gets_no_states_seat(nlp):
    # the Nordic Council is no parliament of the state the text is about: the seat is no German lawmaker's
    found = posts(nlp, "Prime Minister Ruth Lang of Germany arrived on Tuesday. On Wednesday, Lang met Carl Mende, "
                       "a leading lawmaker in the Nordic Council, in London.")
    assert ("Carl Mende", "Legislator", "state:DE") not in found, found
