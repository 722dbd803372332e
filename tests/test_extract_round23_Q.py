"""Round 23 (Q): posts held (made-up names and sentences)."""

import pytest

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article


def posts(nlp, text, date="2017-11-20", source=None):
    ctx = build_context(nlp(text), Article(id="t", text=text, date=date, source=source))
    return {(ctx.entities[h.person].name, h.role, h.jurisdiction) for h in ctx.holdings}


@pytest.mark.parametrize("text, holder, body", [
    ("LONDON (Reuters) - On Tuesday, Scotland's First Minister Fiona Macleod said the bill had to change before her "
     "devolved government in Edinburgh would back it. The Scottish Government wants more powers.",
     "Fiona Macleod", "org:scottish-government"),
    ("MADRID (Reuters) - Spain will suspend Catalonia's autonomy, Spain's government said. Catalan President Jordi "
     "Pujolas said on Friday the region would resist. The Catalan government called the move illegal.",
     "Jordi Pujolas", "org:catalan-government"),
    ("MADRID (Reuters) - Spain will suspend Catalonia's autonomy, Spain's government said. Catalan government "
     "spokesman Marc Vilaro said on Friday the region would resist.", "Marc Vilaro", "org:catalan-government"),
    ("BAGHDAD (Reuters) - Iraq will retake the oil fields, Iraq's prime minister said. KRG President Karwan Aziz "
     "said on Monday the vote would go ahead.", "Karwan Aziz", "org:kurdistan-regional-government"),
])
def test_a_regional_post_is_held_in_the_regions_government_the_text_names(nlp, text, holder, body):
    assert (holder, "Official", body) in posts(nlp, text)


@pytest.mark.parametrize("text, holder, role, state", [
    # no regional government named: the region's leader stays an official of the state
    ("MADRID (Reuters) - Spain will suspend Catalonia's autonomy, Spain's government said. Catalan President Jordi "
     "Pujolas said on Friday the region would resist.", "Jordi Pujolas", "Official", "state:ES"),
    ("LONDON (Reuters) - On Tuesday, Scotland's First Minister Fiona Macleod said the bill had to change, Britain's "
     "government said.", "Fiona Macleod", "Official", "state:GB"),
    # a lawmaker from the region sits in the state's parliament
    ("LONDON (Reuters) - Britain's parliament will vote on the bill. Scottish lawmaker Fiona Macleod said on Tuesday "
     "the bill had to change. The Scottish Government wants more powers.", "Fiona Macleod", "Legislator", "state:GB"),
])
def test_a_regional_post_with_no_such_body_named_stays_the_states(nlp, text, holder, role, state):
    assert (holder, role, state) in posts(nlp, text)


def test_another_regions_government_is_no_body_of_the_title(nlp):
    text = ("MADRID (Reuters) - Spain will suspend Catalonia's autonomy, Spain's government said. Basque President "
            "Iker Zubiri said on Friday he was worried. The Catalan government called the move illegal.")
    assert not any(j == "org:catalan-government" for _, _, j in posts(nlp, text))


@pytest.mark.parametrize("text, holder, state", [
    ("OSLO (Reuters) - Norway will build more dams, said Tomas Berg, a spokesman for the National Water Management "
     "Organization.", "Tomas Berg", "state:NO"),
    ("LONDON (Reuters) - Britain faces more attacks. Ciaran Dunne, the head of the National Cyber Defence "
     "Centre (NCDC), said on Tuesday the threat was growing.", "Ciaran Dunne", "state:GB"),
    # no dateline: the state whose possessive stands before the agency's name, not the story's main state
    ("(Reuters) - Russia's hackers hit Russia's neighbours and Russia denied it. There were no reports of damage, "
     "Reza Karimi, a spokesman for Iran's National Flood Relief Organization, said.", "Reza Karimi",
     "state:IR"),
])
def test_a_post_in_a_states_own_agency_is_the_states(nlp, text, holder, state):
    assert (holder, "Official", state) in posts(nlp, text)


@pytest.mark.parametrize("text, holder", [
    # no dateline and no owner named: the story's main state is no guess for the agency
    ("(Reuters) - Russian hackers hit Britain, Russia's critics said, and Russia denied it. Ciaran Dunne, the "
     "head of the National Cyber Defence Centre (NCDC), said the threat was growing.", "Ciaran Dunne"),
    # an association, a party's committee, a state's media: no agency
    ("WASHINGTON (Reuters) - The United States will ban the rifles, said Bob Tanner, a spokesman for the National "
     "Firearms Association.", "Bob Tanner"),
    ("BEIJING (Reuters) - China's leaders met. Wang Li, a member of the Central Committee, said the plan was sound.",
     "Wang Li"),
    ("CAIRO (Reuters) - Egypt will sell the bonds. Omar Nabil, a spokesman for the National Broadcasting "
     "Authority, said the plan was sound.", "Omar Nabil"),
])
def test_no_post_in_a_body_that_is_no_agency_or_of_no_state_named(nlp, text, holder):
    assert not any(name == holder for name, _, _ in posts(nlp, text))


@pytest.mark.parametrize("text, holder, body", [
    ("BAGHDAD (Reuters) - Iraq's cabinet cut the Kurdish share of the budget. Kurdish Prime Minister Karwan Aziz "
     "said Baghdad had broken the constitution. The Kurdistan Regional Government (KRG) will appeal.",
     "Karwan Aziz", "org:kurdistan-regional-government"),
    ("ERBIL, Iraq (Reuters) - Kurdish regional president Karwan Aziz said on Monday the vote would go ahead. The "
     "Kurdistan Regional Government (KRG) rejected the court's ruling.", "Karwan Aziz",
     "org:kurdistan-regional-government"),
    # the place named, no government of it: the region's head is an official of the state
    ("BERLIN (Reuters) - Germany's coalition talks stalled. Bavarian Prime Minister Hans Gruber said the party would "
     "hold firm, as Bavaria wants fewer migrants.", "Hans Gruber", "state:DE"),
])
def test_a_regions_adjective_before_a_head_title_makes_a_regional_post(nlp, text, holder, body):
    assert (holder, "Official", body) in posts(nlp, text)


def test_a_states_own_adjective_makes_no_regional_post(nlp):
    text = ("BAGHDAD (Reuters) - Iraq's Kurds voted. Iraqi Prime Minister Haidar Rami said the vote was illegal. "
            "Kurdistan will suffer, he said.")
    assert ("Haidar Rami", "HeadOfGovernment", "state:IQ") in posts(nlp, text)


def test_an_adjective_of_no_place_the_article_names_makes_no_regional_post(nlp):
    # "Democratic President X", "Sunni leader Y": a party's or a faith's word is read as a region only beside its place
    text = ("BAGHDAD (Reuters) - Iraq's cabinet cut the budget. Kurdish Prime Minister Karwan Aziz said Baghdad had "
            "broken the constitution.")
    assert not any(name == "Karwan Aziz" and role == "Official" for name, role, _ in posts(nlp, text))
