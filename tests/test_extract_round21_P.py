"""Round 21 (P): posts held (made-up names and sentences)."""

import pytest

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article


def posts(nlp, text, date="2017-11-20", source=None):
    ctx = build_context(nlp(text), Article(id="t", text=text, date=date, source=source))
    return {(ctx.entities[h.person].name, h.role, h.jurisdiction) for h in ctx.holdings}


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Twelve reporters have been killed in Peru since Maria Castillo became president in May 2015, "
    "a press group said.",
    "LIMA (Reuters) - Twelve reporters have been killed in Peru since Maria Castillo was elected president in 2015.",
])
def test_a_post_taken_since_a_time_is_held_now(nlp, text):
    assert ("Maria Castillo", "HeadOfState", "state:PE") in posts(nlp, text)


@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - Twelve reporters were killed in Peru after Maria Castillo became president in May 2015.",
    "LIMA (Reuters) - Twelve reporters were killed in Peru before Maria Castillo became president in May 2015.",
])
def test_a_post_taken_after_or_before_a_time_is_no_evidence_of_now(nlp, text):
    assert not any(p == "Maria Castillo" for p, _, _ in posts(nlp, text))


@pytest.mark.parametrize("text", [
    "PARIS (Reuters) - After pro-EU centrist Pierre Marchand won the French presidency this year, Brussels hopes "
    "for reform.",
    "BRUSSELS (Reuters) - The centrist Pierre Marchand won the French presidency in May and wants reform.",
])
def test_a_won_presidency_is_held(nlp, text):
    assert ("Pierre Marchand", "HeadOfState", "state:FR") in posts(nlp, text)


@pytest.mark.parametrize("text", [
    "PARIS (Reuters) - Pierre Marchand won the French presidency in 1995, and Brussels hoped for reform.",
    "PARIS (Reuters) - Pierre Marchand could win the French presidency, and Brussels hopes for reform.",
    "PARIS (Reuters) - Before Pierre Marchand won the French presidency, Brussels hoped for reform.",
    "TAIPEI (Reuters) - Ties with China have nosedived since Lin Mei-hua from the Unity Party won presidential "
    "elections last year.",
])
def test_a_win_long_ago_hoped_for_or_of_no_state_written_is_no_post(nlp, text):
    assert not any(r == "HeadOfState" for _, r, _ in posts(nlp, text))


def test_the_joint_chiefs_chairman_is_the_us_officer_not_the_warned_states(nlp):
    text = ("WASHINGTON (Reuters) - Mattis appeared before reporters, along with Joint Chiefs of Staff Chairman General "
            "Tom Keller, to warn North Korea of U.S. military resolve.")
    assert ("Tom Keller", "MilitaryOfficer", "state:US") in posts(nlp, text)


def test_a_joint_chiefs_chairman_under_another_states_dateline_is_that_states(nlp):
    text = ("SEOUL (Reuters) - South Korea and the United States will hold drills. Joint Chiefs of Staff Chairman "
            "General Park Min-ho said the drills would start on Monday.")
    assert ("Park Min-ho", "MilitaryOfficer", "state:KR") in posts(nlp, text)


EC = "BRUSSELS (Reuters) - European Commission President Jean-Claude Juncker denied the report. "


@pytest.mark.parametrize("text", [
    EC + "Peter Lang, the German head of Juncker's office, said it was false.",
    EC + "The euro is stable, Juncker's head of cabinet Peter Lang tweeted.",
    "BRUSSELS (Reuters) - The European Commission denied a report on talks with Britain. Nothing is true, President "
    "Juncker told the BBC. Peter Lang, the German head of Juncker's office, said it was false.",
])
def test_the_head_of_a_leaders_own_office_serves_the_leaders_body(nlp, text):
    found = posts(nlp, text)
    assert ("Peter Lang", "Official", "org:european-commission") in found, found
    assert not any(j == "state:DE" for _, _, j in found), found


@pytest.mark.parametrize("text", [
    "BRUSSELS (Reuters) - Juncker denied the report. Peter Lang, the German head of Juncker's office, said it was "
    "false.",
    "BERLIN (Reuters) - Ivo Marek denied the report. Peter Lang, the head of Marek's office, said it was false.",
])
def test_the_head_of_the_office_of_someone_with_no_post_holds_none(nlp, text):
    assert not any(p == "Peter Lang" for p, _, _ in posts(nlp, text))


@pytest.mark.parametrize("text", [
    "BEIRUT (Reuters) - The resignation on Saturday of Lebanese prime minister Karim Haddad, announced from Riyadh, is "
    "seen by many as a Saudi step.",
    "BEIRUT (Reuters) - The resignation last week of Lebanese prime minister Karim Haddad is seen by many as a Saudi "
    "step.",
])
def test_a_post_whose_end_is_told_with_a_time_before_of_is_past(nlp, text):
    assert not any(p == "Karim Haddad" for p, _, _ in posts(nlp, text))


def test_a_time_before_of_after_another_noun_tells_no_end(nlp):
    text = "BEIRUT (Reuters) - The protests on Saturday of Lebanese prime minister Karim Haddad's supporters grew."
    assert ("Karim Haddad", "HeadOfGovernment", "state:LB") in posts(nlp, text)


@pytest.mark.parametrize("text", [
    "SOFIA (Reuters) - Bulgaria's parliament speaker Dimitar Petrov resigned on Friday in a move he said was to avoid "
    "upheaval.",
    "LONDON (Reuters) - British defence minister Tom Hadley quit on Wednesday, the first resignation in a growing "
    "scandal.",
    "SOFIA (Reuters) - Bulgaria's parliament speaker Dimitar Petrov has resigned from his post.",
])
def test_a_holder_who_resigned_or_quit_holds_the_post_no_more(nlp, text):
    assert not any(p in ("Dimitar Petrov", "Tom Hadley") for p, _, _ in posts(nlp, text))


@pytest.mark.parametrize("text", [
    "SOFIA (Reuters) - Bulgaria's parliament speaker Dimitar Petrov resigned from the party on Friday.",
    "SOFIA (Reuters) - Bulgaria's parliament speaker Dimitar Petrov will resign on Friday.",
    "SOFIA (Reuters) - Bulgaria's parliament speaker Dimitar Petrov refused to resign on Friday.",
    "SOFIA (Reuters) - Bulgaria's parliament speaker Dimitar Petrov resigned as party chief on Friday.",
])
def test_leaving_something_else_or_a_resignation_not_made_keeps_the_post(nlp, text):
    assert ("Dimitar Petrov", "Legislator", "state:BG") in posts(nlp, text)


def test_leaving_quit_talks_keeps_the_post(nlp):
    text = "LONDON (Reuters) - British defence minister Tom Hadley quit the talks on Wednesday."
    assert ("Tom Hadley", "DefenceMinister", "state:GB") in posts(nlp, text)


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - Britain will debate the bill. The assurances are not enough, said opposition lawmaker Tom "
    "Hadley.",
    "LONDON (Reuters) - Britain will debate the bill. Opposition lawmaker Tom Hadley said the assurances were weak.",
])
def test_an_opposition_lawmaker_holds_a_seat(nlp, text):
    assert ("Tom Hadley", "Legislator", "state:GB") in posts(nlp, text)


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - Britain will debate the bill. The assurances are not enough, said opposition leader Tom "
    "Hadley.",
    "LONDON (Reuters) - Britain will debate the bill. The assurances are not enough, said former opposition lawmaker "
    "Tom Hadley.",
])
def test_an_opposition_leader_or_a_former_lawmaker_holds_no_seat(nlp, text):
    assert not any(p == "Tom Hadley" for p, _, _ in posts(nlp, text))


def test_the_pope_heads_the_holy_see_the_article_names(nlp):
    text = "VATICAN CITY (Reuters) - Pope Francis on Saturday defended his strategy, the Vatican said."
    assert ("Pope Francis", "HeadOfState", "state:VA") in posts(nlp, text)


@pytest.mark.parametrize("text", [
    "DHAKA (Reuters) - Pope Francis met refugees in Bangladesh on Friday.",
    "ROME (Reuters) - The Vatican recalled that Pope John Paul II visited Cuba in 1998.",
    "ROME (Reuters) - The Vatican said the late Pope Paul met him.",
])
def test_a_pope_with_no_vatican_named_or_of_the_past_holds_no_post(nlp, text):
    assert not any(r == "HeadOfState" for _, r, _ in posts(nlp, text))


def test_a_high_commissioner_for_human_rights_is_the_uns(nlp):
    text = ("GENEVA (Reuters) - Myanmar must stop the abuses. High Commissioner for Human Rights Carla Mendes has "
            "called the violence a disgrace, the United Nations said.")
    found = posts(nlp, text)
    assert ("Carla Mendes", "Official", "org:united-nations") in found, found
    assert not any(j == "state:MM" for _, _, j in found), found


def test_a_high_commissioner_for_refugees_of_an_unnamed_body_holds_no_states_post(nlp):
    text = "LIMA (Reuters) - Peru shut its border. High Commissioner for Refugees Carla Mendes called it unlawful."
    assert not any(j and j.startswith("state:") for _, _, j in posts(nlp, text))


def test_a_states_high_commissioner_keeps_the_state(nlp):
    text = "NAIROBI (Reuters) - Kenya hosted the talks. British High Commissioner Carla Mendes said the vote was fair."
    assert ("Carla Mendes", "Official", "state:GB") in posts(nlp, text)
