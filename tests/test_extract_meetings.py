"""Meetings, their dates and memberships from small texts: value in, value out."""

import pytest

from geokg.ingest.extract import build_context
from geokg.ingest.meetings import extract_meetings, extract_memberships, resolve_date
from geokg.ingest.model import Article


@pytest.mark.parametrize("expression, article_date, expected", [
    ("on Sunday", "2018-08-27", "2018-08-26"),      # a Monday article: the day before
    ("on Monday", "2018-08-27", "2018-08-27"),      # the article's own weekday: that day
    ("on Tuesday", "2018-08-27", "2018-08-21"),     # the most recent past Tuesday
    ("Saturday evening", "2017-12-09", "2017-12-09"),
    ("yesterday", "2018-08-27", "2018-08-26"),
    ("on March 3", "2018-08-27", "2018-03-03"),
    ("Nov. 4", "2017-11-23", "2017-11-04"),
    ("on Dec. 30", "2018-01-02", "2017-12-30"),      # a date ahead of a January article is last year's
    ("on July 4, 2016", "2018-08-27", "2016-07-04"),
    ("last week", "2018-08-27", None),
    ("in July", "2018-08-27", None),
    ("next Tuesday", "2018-08-27", None),
    ("on Sunday", None, None),
])
def test_resolve_date(expression, article_date, expected):
    assert resolve_date(expression, article_date) == expected


def context(nlp, text, date="2018-08-27"):
    return build_context(nlp(text), Article(id="t", text=text, date=date))


def test_a_meeting_of_two_named_ministers_dated_from_the_article(nlp):
    text = "On Sunday, Iran defence minister Amir Hatami arrived in Syria and met his counterpart Abdullah Ayoub."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:amir-hatami", "person:abdullah-ayoub"}
    assert m.date == "2018-08-26"
    assert text[m.evidence.start:m.evidence.end] == m.evidence.sentence and m.evidence.cue


def test_a_visit_with_no_named_host_meets_the_host_state(nlp):
    text = "Japanese Prime Minister Shinzo Abe visited Germany on Monday."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:shinzo-abe", "state:DE"}
    assert m.date == "2018-08-27"


def test_a_joint_news_conference_is_a_meeting(nlp):
    text = ("The sanctions were mentioned by Prime Minister Shinzo Abe in a joint news conference with "
            "U.S. President Donald Trump on Monday.")
    (m,) = extract_meetings(context(nlp, text, "2017-11-07"))
    assert set(m.participants) == {"person:shinzo-abe", "person:donald-trump"}
    assert m.date == "2017-11-06"


@pytest.mark.parametrize("text", [
    "U.S. President Donald Trump will meet Russian President Vladimir Putin on Tuesday.",
    "U.S. President Donald Trump plans to meet Russian President Vladimir Putin next week.",
    "U.S. President Donald Trump could meet Russian President Vladimir Putin in Vietnam.",
    "U.S. President Donald Trump spoke with Russian President Vladimir Putin in a phone call on Monday.",
])
def test_planned_hypothetical_and_phone_meetings_are_left_out(nlp, text):
    assert extract_meetings(context(nlp, text)) == ()


def test_membership_from_a_title_noun(nlp):
    text = "NATO member Turkey bought Russian missiles."
    got = {(m.member, m.group) for m in extract_memberships(context(nlp, text))}
    assert got == {("state:TR", "org:nato")}


def test_the_same_meeting_told_twice_is_one_meeting_at_the_city(nlp):
    text = ("Iran's top defence official met with his Syrian counterpart in Damascus on Sunday. "
            "On Sunday, Iran defence minister Amir Hatami arrived in Syria and met his counterpart Abdullah Ayoub.")
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:amir-hatami", "person:abdullah-ayoub"}
    assert (m.place, m.date) == ("city:damascus", "2018-08-26")


def test_a_refused_meeting_is_none(nlp):
    text = "Palestinian President Mahmoud Abbas refused a meeting with U.S. Vice President Mike Pence."
    assert extract_meetings(context(nlp, text)) == ()


def test_memberships_of_a_state_in_organisations(nlp):
    text = "South Sudan became independent in 2011. It is a United Nations member state and a member state of the African Union."
    got = {(m.member, m.group) for m in extract_memberships(context(nlp, text))}
    assert got == {("state:SS", "org:united-nations"), ("state:SS", "org:african-union")}


def test_a_former_member_is_no_member(nlp):
    text = "Turkey, a former NATO member, bought Russian missiles."
    assert extract_memberships(context(nlp, text)) == ()


def test_talks_the_announcers_held_before_they_announced(nlp):
    text = "Russia, Iran and Turkey announced new dates after a round of peace talks in Kazakhstan last week."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"state:RU", "state:IR", "state:TR"}
    assert (m.place, m.date) == ("state:KZ", None)


def parts(meetings):
    return {frozenset(m.participants) for m in meetings}


def test_counterparts_named_by_demonyms_are_their_states(nlp):
    text = ("Italian Foreign Minister Paolo Gentiloni met with his Spanish and Greek counterparts "
            "in Madrid on Friday.")
    (m,) = extract_meetings(context(nlp, text, "2016-03-05"))
    assert set(m.participants) == {"person:paolo-gentiloni", "state:ES", "state:GR"}
    assert (m.place, m.date) == ("city:madrid", "2016-03-04")


def test_a_counterpart_named_in_apposition_is_the_person(nlp):
    text = "Italian Foreign Minister Paolo Gentiloni met his Spanish counterpart, Jose Garcia-Margallo, on Friday."
    (m,) = extract_meetings(context(nlp, text, "2016-03-05"))
    assert set(m.participants) == {"person:paolo-gentiloni", "person:jose-garcia-margallo"}


def test_a_meeting_as_the_purpose_of_a_journey_that_took_place(nlp):
    text = "Canadian Prime Minister Justin Trudeau made a brief stopover to meet Mexican President Enrique Pena Nieto."
    assert parts(extract_meetings(context(nlp, text))) == {
        frozenset({"person:justin-trudeau", "person:enrique-pena-nieto"})}


def test_a_meeting_as_the_purpose_of_a_planned_journey_is_none(nlp):
    text = "Canadian Prime Minister Justin Trudeau plans a brief stopover to meet Mexican President Enrique Pena Nieto."
    assert extract_meetings(context(nlp, text)) == ()


def test_a_visit_carried_out_by_the_subject(nlp):
    text = "Japanese Prime Minister Shinzo Abe wrapped up a visit to Vietnam with a speech to students."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:shinzo-abe", "state:VN"}


def test_visits_told_in_passing_one_per_host(nlp):
    text = ("German Chancellor Angela Merkel met business leaders during her visits to Argentina and Mexico, "
            "officials said.")
    assert parts(extract_meetings(context(nlp, text))) == {
        frozenset({"person:angela-merkel", "state:AR"}), frozenset({"person:angela-merkel", "state:MX"})}


def test_during_a_visit_still_to_come_is_none(nlp):
    text = "During his visit to Argentina, German Chancellor Angela Merkel will meet business leaders."
    assert extract_meetings(context(nlp, text)) == ()


def test_a_summit_attended_abroad_meets_the_host_state(nlp):
    text = ("Indian Prime Minister Narendra Modi spoke to reporters in the Brazilian city of Fortaleza, "
            "where he was attending a summit of emerging economies.")
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:narendra-modi", "state:BR"}


def test_talks_told_in_a_relative_clause_took_place(nlp):
    text = ("Obama praised the discussions that Secretary of State John Kerry had with Russian Foreign Minister "
            "Sergei Lavrov.")
    assert parts(extract_meetings(context(nlp, text))) == {frozenset({"person:john-kerry", "person:sergei-lavrov"})}


def test_a_party_named_through_its_faction(nlp):
    text = "Hamas and Palestinian President Mahmoud Abbas's Fatah faction sealed a deal in Cairo last week."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"org:hamas", "org:fatah"}


def test_officials_of_one_state_among_themselves_are_no_meeting(nlp):
    text = "U.S. Secretary of State Rex Tillerson met Defense Secretary Jim Mattis at the Pentagon on Monday."
    assert extract_meetings(context(nlp, text)) == ()


def test_watching_discussions_between_two_sides_makes_no_party_of_the_watcher(nlp):
    text = "Israel kept a close watch on the talks between Egypt and Hamas in Cairo last week."
    assert parts(extract_meetings(context(nlp, text))) == {frozenset({"state:EG", "org:hamas"})}


def test_an_official_who_was_in_another_state_visited_it(nlp):
    text = "Mexican Foreign Minister Luis Videgaray, who was in Canada last week, said talks would go on."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:luis-videgaray", "state:CA"}


def test_being_in_ones_own_capital_is_no_visit(nlp):
    text = "Mexican Foreign Minister Luis Videgaray, who was in Mexico City last week, said talks would go on."
    assert extract_meetings(context(nlp, text)) == ()


def test_in_a_capital_to_meet_named_officials(nlp):
    text = ("Mexican Foreign Minister Luis Videgaray was in the Canadian capital on Monday to meet "
            "Canadian Foreign Minister Chrystia Freeland.")
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:luis-videgaray", "person:chrystia-freeland"}
    assert m.date == "2018-08-27"


def test_a_duration_is_no_date_of_a_visit(nlp):
    text = "Japanese Prime Minister Shinzo Abe, on his first visit to Germany in five years, spoke to reporters on Monday."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:shinzo-abe", "state:DE"}
    assert m.date == "2018-08-27"


def test_a_past_visit_conjoined_to_an_infinitive_took_place(nlp):
    text = ("U.S. President Donald Trump agreed to honor the policy in February and then hosted Chinese President "
            "Xi Jinping at his resort.")
    assert parts(extract_meetings(context(nlp, text))) == {frozenset({"person:donald-trump", "person:xi-jinping"})}


def test_sitting_down_with_someone_is_a_meeting(nlp):
    text = "Philippine President Rodrigo Duterte sat down with Russian Defence Minister Sergei Shoigu on Tuesday."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:rodrigo-duterte", "person:sergei-shoigu"}
    assert m.date == "2018-08-21"


def test_visiting_a_city_abroad_meets_its_state(nlp):
    text = "U.S. Ambassador Robert Ford visited the Syrian city of Aleppo on Friday."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:robert-ford", "state:SY"}


def test_a_commitment_to_attend_a_summit_is_no_meeting(nlp):
    text = "U.S. President Donald Trump made a commitment to attend regional summits in the Philippines in November."
    assert extract_meetings(context(nlp, text)) == ()


def test_visiting_a_city_of_ones_own_state_meets_that_state(nlp):
    # round 23: the annotators write a visit inside one's own state as a meeting (the visitor and the state)
    text = "Indian Prime Minister Narendra Modi visited Mumbai on Friday."
    assert [set(m.participants) for m in extract_meetings(context(nlp, text))] == [
        {"person:narendra-modi", "state:IN"}]


@pytest.mark.parametrize("text", [
    "Hungarian Prime Minister Viktor Orban meets annually with Russian President Vladimir Putin.",
    "We will raise it when we meet Israeli Prime Minister Benjamin Netanyahu, French President Emmanuel Macron said.",
])
def test_a_habit_or_a_plan_in_the_present_is_no_meeting(nlp, text):
    assert extract_meetings(context(nlp, text)) == ()


def test_a_host_receiving_a_named_guest(nlp):
    text = "Russian President Vladimir Putin received Syrian President Bashar al-Assad in Sochi on Monday."
    (m,) = extract_meetings(context(nlp, text, "2017-11-21"))
    assert set(m.participants) == {"person:vladimir-putin", "person:bashar-al-assad"}
    assert (m.place, m.date) == ("city:sochi", "2017-11-20")


@pytest.mark.parametrize("text", [
    "U.S. President Barack Obama received a letter from Russian President Vladimir Putin.",
    "German Chancellor Angela Merkel welcomed French President Emmanuel Macron's election.",
])
def test_receiving_a_thing_or_welcoming_news_is_no_meeting(nlp, text):
    assert extract_meetings(context(nlp, text)) == ()


def test_the_first_leader_to_visit_did_visit(nlp):
    text = "Turkish President Tayyip Erdogan is the first Turkish president to visit Greece in 65 years."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:tayyip-erdogan", "state:GR"}


def test_talks_that_something_would_allow_are_no_meeting(nlp):
    text = ("U.S. Secretary of State Rex Tillerson urged North Korea to halt its tests to allow the two "
            "countries to hold talks.")
    assert extract_meetings(context(nlp, text)) == ()


def test_two_subjects_the_parser_split_are_both_participants(nlp):
    text = ("Iranian Foreign Minister Mohammad Javad Zarif and his Turkish counterpart Mevlut Cavusoglu "
            "held talks in Ankara on Sunday.")
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:mohammad-javad-zarif", "person:mevlut-cavusoglu"}
    assert m.place == "city:ankara"


def test_a_visited_capital_is_the_place_not_the_state(nlp):
    text = "British Prime Minister Theresa May met Irish Prime Minister Leo Varadkar, who was visiting London, on Monday."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:theresa-may", "person:leo-varadkar"}
    assert m.place == "city:london"


def test_a_meeting_chaired_in_the_present_is_a_schedule(nlp):
    text = "Wednesday: European Commission President Jean-Claude Juncker chairs a meeting with Irish Prime Minister Leo Varadkar."
    assert extract_meetings(context(nlp, text)) == ()


def test_a_news_conference_whose_partner_hangs_on_the_verb(nlp):
    text = ("Russian Foreign Minister Sergei Lavrov, speaking at a news conference in the Russian city of "
            "Yekaterinburg with his German counterpart, said aid was not enough.")
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:sergei-lavrov", "state:DE"}
    assert m.place == "city:yekaterinburg"


def test_talks_between_sides_of_which_one_is_unknown_are_not_the_speakers(nlp):
    text = "After a breakfast meeting between the delegates, Swedish Foreign Minister Margot Wallstrom said nothing."
    assert extract_meetings(context(nlp, text)) == ()


def test_a_relative_clause_on_two_conjoined_leaders(nlp):
    text = ("Japanese Prime Minister Shinzo Abe and U.S. President Donald Trump, who met in Tokyo on Monday, "
            "agreed on sanctions.")
    (m,) = extract_meetings(context(nlp, text, "2017-11-21"))
    assert set(m.participants) == {"person:shinzo-abe", "person:donald-trump"}
    assert (m.place, m.date) == ("city:tokyo", "2017-11-20")


def test_is_meeting_on_a_later_day_is_a_plan(nlp):
    text = "U.S. Defense Secretary Jim Mattis is meeting his South Korean counterpart Song Young-moo on Friday."
    assert extract_meetings(context(nlp, text, "2017-11-21")) == ()


def test_a_visit_in_the_perfect_takes_no_date_from_the_lede(nlp):
    text = ("Japanese Prime Minister Shinzo Abe said on Monday that trade was strong. "
            "Abe has traveled to Germany and Mexico since taking office.")
    got = {(m.participants, m.date) for m in extract_meetings(context(nlp, text))}
    assert got == {(("person:shinzo-abe", "state:DE"), None), (("person:shinzo-abe", "state:MX"), None)}


def test_the_place_deeper_in_the_phrase(nlp):
    text = ("Russian President Vladimir Putin hosted Turkish President Tayyip Erdogan for talks at his Black Sea "
            "residence in Sochi.")
    (m,) = extract_meetings(context(nlp, text))
    assert m.place == "city:sochi"


@pytest.mark.parametrize("text, expected", [
    # the one person the article gives the title
    ("Egyptian President Karim Salem hosted a dinner. Jordanian Foreign Minister Omar Nabil spoke to reporters "
     "on Monday after meeting the president.", ("person:karim-salem", "person:omar-nabil")),
    # no holder named: the state hosting the meeting
    ("Jordanian Foreign Minister Omar Nabil spoke to reporters in Tehran after meeting the president.",
     ("person:omar-nabil", "state:IR")),
    ("Jordanian Foreign Minister Omar Nabil held talks with his counterparts from Egypt and Iraq.",
     ("person:omar-nabil", "state:EG", "state:IQ")),
])
def test_a_side_named_by_a_bare_title_or_by_where_they_come_from(nlp, text, expected):
    assert [m.participants for m in extract_meetings(context(nlp, text))] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a meeting in a time phrase of a clause told as done, whatever the clause asks or wants
    ("U.S. President Dan Miller called for a firm response after talks with Japanese Prime Minister Ken Sato "
     "on Friday.", ("person:dan-miller", "person:ken-sato")),
    ("U.S. President Dan Miller sought to woo China since a summit with Chinese President Li Wei in April.",
     ("person:dan-miller", "person:li-wei")),
    ("German Chancellor Anna Vogel and French President Paul Girard seem to have warmed to each other after "
     "meeting for the first time in Rome.", ("person:anna-vogel", "person:paul-girard")),
])
def test_a_meeting_in_a_time_phrase_took_place(nlp, text, expected):
    assert [m.participants for m in extract_meetings(context(nlp, text))] == [expected]


def test_a_meeting_in_a_time_phrase_of_a_plan_did_not(nlp):
    text = "U.S. President Dan Miller will call for a firm response after talks with Japanese Prime Minister Ken Sato."
    assert extract_meetings(context(nlp, text)) == ()


@pytest.mark.parametrize("text", [
    "German Chancellor Anna Vogel praised French President Paul Girard on Friday after the two leaders met in Rome.",
    "German Chancellor Anna Vogel and French President Paul Girard spoke at length. The two met on Sunday in Rome.",
])
def test_the_two_are_the_two_persons_named_just_before(nlp, text):
    assert [m.participants for m in extract_meetings(context(nlp, text))] == [
        ("person:anna-vogel", "person:paul-girard")]


def test_the_two_is_nobody_when_three_are_named(nlp):
    text = ("German Chancellor Anna Vogel, French President Paul Girard and Italian Prime Minister Marco Rossi "
            "spoke. The two met on Sunday in Rome.")
    assert extract_meetings(context(nlp, text)) == ()


@pytest.mark.parametrize("text, expected", [
    ("Peace is near, Turkish Foreign Minister Emre Kaya told a news conference held together with his "
     "Palestinian counterpart Riyad Nasser.", ("person:emre-kaya", "person:riyad-nasser")),
    ("We are allies, Philippine President Ramon Cruz told U.S. President Dan Miller at the beginning of their "
     "talks.", ("person:dan-miller", "person:ramon-cruz")),
    ("Peace is near, Turkish Foreign Minister Emre Kaya told his U.S. and Japanese counterparts in talks.",
     ("person:emre-kaya", "state:JP", "state:US")),
])
def test_told_someone_at_a_meeting(nlp, text, expected):
    assert [m.participants for m in extract_meetings(context(nlp, text))] == [expected]


def test_told_reporters_at_a_meeting_is_no_meeting_with_them(nlp):
    text = "The economy is strong, Japanese Prime Minister Ken Sato told reporters at a meeting in Tokyo."
    assert extract_meetings(context(nlp, text)) == ()


@pytest.mark.parametrize("text, expected", [
    # a visitor holding a post of a body, not of a state
    ("Trade is growing, European Commission President Hans Berger told a news conference during an official "
     "visit to Switzerland.", ("person:hans-berger", "state:CH")),
    # a past time clause of a denying main clause took place
    ("U.S. House Speaker Tom Baker said the bill did not come up while he was on a visit to Riyadh.",
     ("person:tom-baker", "state:SA")),
    # "his" before the one official the sentence names
    ("Referring to officials who clashed with protesters during his visit to Washington in May, Turkish "
     "President Emre Kaya said they had done nothing wrong.", ("person:emre-kaya", "state:US")),
])
def test_visits_told_in_passing(nlp, text, expected):
    assert [m.participants for m in extract_meetings(context(nlp, text))] == [expected]


def test_a_visit_of_a_person_with_no_post_is_no_meeting_between_actors(nlp):
    text = "The singer Tom Baker said during a visit to Riyadh that he loved the city."
    assert extract_meetings(context(nlp, text)) == ()


def test_a_trip_by_a_state_s_named_leader_is_the_leader_s(nlp):
    text = ("Singaporean Defence Minister Ong Kah Wei’s meeting with Chinese Defence Minister Li Wei came as part of "
            "a trip to Beijing by Singapore’s Prime Minister Tan Wee Kiat, where there was no public mention of the matter.")
    got = {m.participants for m in extract_meetings(context(nlp, text))}
    assert got == {("person:li-wei", "person:ong-kah-wei"), ("person:tan-wee-kiat", "state:CN")}


@pytest.mark.parametrize("text, expected", [
    ("British Finance Minister Tom Baker has visited Kenya's biggest shantytown.", [("person:tom-baker", "state:KE")]),
    # where the site is, not whose it is
    ("Russian President Ivan Petrov made the announcement during a surprise visit to Russia's air base in Syria.",
     [("person:ivan-petrov", "state:SY")]),
    # a body visiting prisons is no visit between states' actors
    ("The Red Cross has visited detention facilities in Iraq, its spokesman said.", []),
])
def test_the_host_of_a_site_visited(nlp, text, expected):
    assert [m.participants for m in extract_meetings(context(nlp, text))] == expected


def test_a_pronoun_visitor_must_be_sure(nlp):
    text = ("German Defence Minister Anna Vogel welcomed U.S. President Dan Miller's pledge. "
            "“We did our part,” she said during a visit to a base in Poland on Tuesday.")
    assert {m.participants for m in extract_meetings(context(nlp, text))} == {("person:anna-vogel", "state:PL")}


def test_their_meeting_is_of_the_two_persons_of_the_clause(nlp):
    text = ("Japanese Prime Minister Ken Sato found himself in a long handshake in February, and U.S. President Dan "
            "Miller appeared to ignore German Chancellor Anna Vogel's offer of a handshake during their meeting last month.")
    assert [m.participants for m in extract_meetings(context(nlp, text))] == [
        ("person:anna-vogel", "person:dan-miller")]


@pytest.mark.parametrize("text, expected", [
    ("A U.S. deputy assistant secretary of state met with opposition leader Juan Ortega on Monday.",
     ("person:juan-ortega", "state:US")),
    ("U.S. Agriculture Secretary Tom Baker met with British politicians on Thursday.",
     ("person:tom-baker", "state:GB")),
])
def test_an_unnamed_official_is_his_state(nlp, text, expected):
    assert [m.participants for m in extract_meetings(context(nlp, text))] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Turkish President Emre Kaya held talks in Ankara on Monday with Iranian President Ali Karimi.",
     [("person:ali-karimi", "person:emre-kaya")]),
    ("Turkish President Emre Kaya spoke to Iranian President Ali Karimi on the sidelines of the summit in Sochi.",
     [("person:ali-karimi", "person:emre-kaya")]),
    ("Turkish President Emre Kaya shook hands with Iranian President Ali Karimi in Ankara on Monday.",
     [("person:ali-karimi", "person:emre-kaya")]),
    ("Turkish President Emre Kaya and Iranian President Ali Karimi signed a trade agreement in Ankara on Monday.",
     [("person:ali-karimi", "person:emre-kaya")]),
    ("Iranian President Ali Karimi, on a visit to Ankara, said on Monday the two countries would cooperate.",
     [("person:ali-karimi", "state:TR")]),
    # remote, or a news agency, or planned
    ("Turkish President Emre Kaya spoke by phone with Iranian President Ali Karimi on Monday.", []),
    ("Speaking to Reuters on the sidelines of the conference, Turkish President Emre Kaya said it was too early.", []),
    ("Iranian President Ali Karimi, on a visit to Ankara, will say the two countries cooperate.", []),
])
def test_face_to_face_wordings(nlp, text, expected):
    assert [m.participants for m in extract_meetings(context(nlp, text))] == expected


@pytest.mark.parametrize("text, expected", [
    ("Iranian Foreign Minister Ali Karimi landed in Ankara on Monday.", [("person:ali-karimi", "state:TR")]),
    ("Iranian Foreign Minister Ali Karimi is in Ankara for a two-day visit.", [("person:ali-karimi", "state:TR")]),
    ("Iranian Foreign Minister Ali Karimi toured a refugee camp in southern Turkey on Monday.",
     [("person:ali-karimi", "state:TR")]),
    ("Iranian Foreign Minister Ali Karimi, speaking alongside Turkish Foreign Minister Emre Kaya in Ankara, said "
     "ties were good.", [("person:ali-karimi", "person:emre-kaya")]),
    # a schedule, not an event
    ("Iranian Foreign Minister Ali Karimi is due in Ankara on Tuesday for talks with Turkish Foreign Minister "
     "Emre Kaya.", []),
    ("Iranian Foreign Minister Ali Karimi is expected to arrive in Ankara on Tuesday.", []),
])
def test_arrivals_stays_and_joint_appearances(nlp, text, expected):
    assert [m.participants for m in extract_meetings(context(nlp, text))] == expected


def test_a_trip_to_a_region_is_a_visit_where_the_clause_took_place(nlp):
    text = ("U.S. Defense Secretary Tom Baker told reporters in Abu Dhabi during his first trip to the Middle East "
            "that the alliance was strong.")
    assert [m.participants for m in extract_meetings(context(nlp, text))] == [("person:tom-baker", "state:AE")]


def test_a_visits_to_and_by_phrases_hung_on_the_verb_are_the_visits(nlp):
    # the parser hangs "to Lima" and "by Prime Minister ..." on "follows", not on "visit"
    text = ("QUITO (Reuters) - Ecuador said on Friday it would reopen the border. The decision follows a visit earlier "
            "this month to Lima by Prime Minister Carlos Mendez of Ecuador, officials said.")
    ms = extract_meetings(context(nlp, text))
    assert {tuple(sorted(m.participants)) for m in ms} == {("person:carlos-mendez", "state:PE")}, ms


def pairs(ms):
    return {tuple(sorted(m.participants)) for m in ms}


def test_a_summit_between_others_a_traveller_flew_to_attend_is_still_to_come(nlp):
    text = "The envoy Carlos Mendez flew to Lima on Saturday to attend talks between Peru and Chile."
    assert ("state:CL", "state:PE") not in pairs(extract_meetings(context(nlp, text)))


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez said she and John Carter settled the dispute when they met last month in Quito.",
     ("person:john-carter", "person:maria-lopez")),
    ("Mexican President Enrique Pena Nieto said he and Trump agreed on the wall when they met in Hamburg in July.",
     ("person:enrique-pena-nieto", "person:trump")),
])
def test_they_who_met_are_the_two_of_the_clause_above(nlp, text, expected):
    assert pairs(extract_meetings(context(nlp, text))) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("On a tour of the dam on Friday, Maria Lopez told John Carter that the river could not be held back.",
     {("person:john-carter", "person:maria-lopez")}),
    ("Carter and Chilean Trade Minister Maria Lopez faced the press side by side on Thursday.",
     {("person:carter", "person:maria-lopez")}),
    ("Carter and Chilean Trade Minister Maria Lopez told reporters on Thursday that the deal was done.",
     {("person:carter", "person:maria-lopez")}),
    ("Maria Lopez told John Carter in a letter on Friday that the river could not be held back.", set()),
    ("Maria Lopez told John Carter on Friday that the river could not be held back.", set()),
])
def test_telling_face_to_face_and_facing_the_press_together(nlp, text, expected):
    assert pairs(extract_meetings(context(nlp, text))) == expected


def test_a_possessor_in_a_list_of_sides_is_no_side(nlp):
    # the parser makes "Trump" a third conjunct of "between Xi and Trump's predecessor, Barack Obama"
    text = ("Chinese President Xi Jinping met U.S. President Donald Trump on Friday. The talks were similar to the "
            "2013 summit in California between Xi and Trump’s predecessor, Barack Obama.")
    assert pairs(extract_meetings(context(nlp, text))) == {("person:donald-trump", "person:xi-jinping"),
                                                           ("person:barack-obama", "person:xi-jinping")}


def test_a_visit_going_nowhere_named_went_to_the_datelines_state(nlp):
    text = ("NAIROBI (Reuters) - Kenya's trade ties with Japan are strong, Kenyan officials said on Friday, recalling "
            "a visit by Japanese Prime Minister Shinzo Abe in 2016.")
    assert pairs(extract_meetings(context(nlp, text))) == {("person:shinzo-abe", "state:KE")}
    tourist = ("BERLIN (Reuters) - Maria Lopez, a tourist from Chile, said she had felt welcome during her visit, "
               "officials in Germany said.")
    assert not extract_meetings(context(nlp, tourist))


def test_being_in_talks_with_is_a_negotiation_going_on(nlp):
    text = "The U.N. refugee agency was also in talks with Canada and Norway to take in some refugees, an official said."
    assert not extract_meetings(context(nlp, text))


@pytest.mark.parametrize("text", [
    "Mexican Foreign Minister Luis Ortega, standing beside Chilean Trade Minister Ana Rojas, told reporters on "
    "Thursday that the deal was done.",
    "Mexican Foreign Minister Luis Ortega told Chilean Trade Minister Ana Rojas during a dinner in Lima on Friday "
    "that the deal was done.",
])
def test_standing_beside_and_telling_over_dinner_are_meetings(nlp, text):
    assert pairs(extract_meetings(context(nlp, text))) == {("person:ana-rojas", "person:luis-ortega")}


@pytest.mark.parametrize("text", [
    "Turkish President Tayyip Erdogan was received by Russian President Vladimir Putin in Sochi on Monday.",
    "Turkish President Tayyip Erdogan was hosted by Russian President Vladimir Putin in Sochi on Monday.",
    "Russian President Vladimir Putin greeted Turkish President Tayyip Erdogan at the Kremlin on Monday.",
    "Russian President Vladimir Putin hosted a dinner for Turkish President Tayyip Erdogan in Sochi on Monday.",
    "Turkish President Tayyip Erdogan conferred with Russian President Vladimir Putin in Sochi on Monday.",
])
def test_hosting_in_the_passive_greeting_dinners_and_conferring_are_meetings(nlp, text):
    assert pairs(extract_meetings(context(nlp, text))) == {("person:tayyip-erdogan", "person:vladimir-putin")}


def test_greeting_a_decision_or_a_call_to_confer_is_no_meeting(nlp):
    text = ("Russian President Vladimir Putin greeted the decision on Monday, and Turkish President Tayyip Erdogan "
            "conferred with him by phone.")
    assert not extract_meetings(context(nlp, text))


@pytest.mark.parametrize("text", [
    "Turkish President Tayyip Erdogan paid a visit to Russian President Vladimir Putin in Sochi on Monday.",
    "Turkish President Tayyip Erdogan joined Russian President Vladimir Putin for talks in Sochi on Monday.",
    "Turkish President Tayyip Erdogan had lunch with Russian President Vladimir Putin in Sochi on Monday.",
    "Turkish President Tayyip Erdogan dined with Russian President Vladimir Putin in Sochi on Monday.",
    "Turkish President Tayyip Erdogan, flanked by Russian President Vladimir Putin, told reporters on Monday that "
    "the talks were useful.",
    "Turkish President Tayyip Erdogan accompanied Russian President Vladimir Putin on a tour of the plant on Monday.",
])
def test_visiting_dining_joining_and_accompanying_a_named_person_are_meetings(nlp, text):
    assert pairs(extract_meetings(context(nlp, text))) == {("person:tayyip-erdogan", "person:vladimir-putin")}


def test_meeting_two_persons_separately_is_two_meetings(nlp):
    text = ("Turkish President Tayyip Erdogan met separately with Russian President Vladimir Putin and Iranian "
            "President Hassan Rouhani on Monday.")
    assert pairs(extract_meetings(context(nlp, text))) == {("person:tayyip-erdogan", "person:vladimir-putin"),
                                                           ("person:hassan-rouhani", "person:tayyip-erdogan")}


def test_planning_to_dine_or_join_is_no_meeting(nlp):
    text = ("Turkish President Tayyip Erdogan plans to dine with Russian President Vladimir Putin and will join "
            "him for talks in Sochi next week.")
    assert not extract_meetings(context(nlp, text))


def test_a_surname_that_is_a_month_is_the_person_as_subject_of_met(nlp):
    text = ("Chancellor Ruth June of Germany arrived in Paris on Tuesday. "
            "On Wednesday, June met French President Carl Mende in Paris.")
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:ruth-june", "person:carl-mende"}
    assert m.place == "city:paris"


def test_a_month_in_a_time_phrase_is_no_person(nlp):
    text = ("Chancellor Ruth June of Germany arrived in Paris on Tuesday. "
            "In June, French President Carl Mende met the Italian premier in Rome.")
    ctx = context(nlp, text)
    assert [m.text for m in ctx.mentions if m.key == "person:ruth-june"] == ["Ruth June"]


def test_after_meeting_ministers_from_a_list_of_states_meets_each_state(nlp):
    text = "Norwegian Foreign Minister Erik Dal spoke on Monday after meeting foreign ministers from Sweden, Finland and Denmark."
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:erik-dal", "state:SE", "state:FI", "state:DK"}
    assert m.date == "2018-08-27"


def test_a_past_meeting_noun_with_ministers_including_from_a_list(nlp):
    text = ("Norwegian Foreign Minister Erik Dal said on Monday that most backed the plan. Dal's meeting with "
            "ministers including from Sweden, Finland and Denmark followed talks in Lisbon.")
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:erik-dal", "state:SE", "state:FI", "state:DK"}


def test_a_planned_meeting_with_ministers_from_a_list_is_none(nlp):
    text = "Norwegian Foreign Minister Erik Dal will meet ministers from Sweden, Finland and Denmark next week."
    assert extract_meetings(context(nlp, text)) == ()


def test_a_named_host_who_told_the_visitor_replaces_the_host_state(nlp):
    text = ("French Foreign Minister Anne Dorin defended the plan on Monday. When Dorin was in Madrid last week, "
            "Spanish Foreign Minister Leo Vasquez told the French minister that the plan worried him.")
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:anne-dorin", "person:leo-vasquez"}
    assert m.place == "city:madrid"


def test_a_host_telling_reporters_during_a_pronoun_visit_is_no_meeting(nlp):
    text = ("French Foreign Minister Anne Dorin defended the plan on Monday. When she was in Madrid last week, "
            "Spanish Foreign Minister Leo Vasquez told reporters that the plan worried him.")
    assert extract_meetings(context(nlp, text)) == ()


def test_a_place_after_a_long_appositive_is_the_meetings(nlp):
    text = ("Prime Minister Ruth June of Germany arrived on Tuesday. On Wednesday, June met Carl Mende, a leading "
            "lawmaker in the Nordic Council and an ally of French President Anna Berg, in London, where he spoke.")
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:ruth-june", "person:carl-mende"}
    assert m.place == "city:london"


def test_a_joint_press_briefing_keeps_the_named_counterpart_and_the_day_of_the_sentence_before(nlp):
    # 2018-08-27 is a Monday: "on Friday" is 2018-08-24
    text = ("Polish Foreign Minister Jan Kowal said on Friday that the sanctions would stay. Kowal, speaking at a "
            "joint press briefing in Vienna with his Austrian counterpart Karl Egger said the talks were useful.")
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:jan-kowal", "person:karl-egger"}
    assert m.place == "city:vienna" and m.date == "2018-08-24"


def test_a_press_briefing_alone_is_no_meeting_and_two_days_date_nothing(nlp):
    assert extract_meetings(context(nlp, "Polish Foreign Minister Jan Kowal spoke at a press briefing on Friday.")) == ()
    text = ("Polish Foreign Minister Jan Kowal, at a joint news conference with his Austrian counterpart Karl Egger, "
            "said the talks were useful. Kowal had left Warsaw on Thursday and flew home on Saturday.")
    (m,) = extract_meetings(context(nlp, text))
    assert m.date is None


def test_a_named_receiver_in_the_where_clause_of_a_visit_replaces_the_host_state(nlp):
    for text in ("Turkish Foreign Minister Tom Vey flew to Greece on Friday, where he handed opposition leader "
                 "Ivo Marek a letter from his government.",
                 "Turkish Foreign Minister Tom Vey flew to Greece on Friday, where he met opposition leader Ivo Marek."):
        (m,) = extract_meetings(context(nlp, text))
        assert set(m.participants) == {"person:tom-vey", "person:ivo-marek"} and m.date == "2018-08-24"
    text = "Turkish Foreign Minister Tom Vey will fly to Greece on Friday, where he will hand Ivo Marek a letter."
    assert extract_meetings(context(nlp, text)) == ()


@pytest.mark.parametrize("text", [
    "Poland and Hungary also favour early talks with Ukraine.",
    "Peru and Chile signed a peace accord in Lima last year.",
])
def test_talks_wished_for_and_a_signing_by_states_alone_are_no_meetings(nlp, text):
    assert extract_meetings(context(nlp, text)) == ()


def test_a_meeting_told_again_with_also_is_one_meeting_with_the_named_host(nlp):
    text = ("Two American lawmakers, Senator Tom Vey and Senator Ida Brask, held talks with the president of Taiwan "
            "in Taipei on Sunday. Taiwanese President Ivo Marek flew home on Monday. In a statement, Brask said she "
            "had also met Marek on Sunday.")
    (m,) = extract_meetings(context(nlp, text))
    assert set(m.participants) == {"person:tom-vey", "person:ida-brask", "person:ivo-marek"}
    assert m.place == "city:taipei" and m.date == "2018-08-26"
    # without "also", a meeting of the same day with a person of no post there stays a meeting of its own
    text = text.replace("had also met Marek", "had met Lin Wei")
    assert len(extract_meetings(context(nlp, text))) == 2


def test_each_earlier_stop_of_a_tour_is_a_visit(nlp):
    text = ("Before Hungary, Polish Foreign Minister Ada Rell's tour took her to Austria and then Slovakia, where she "
            "held talks with President Ivo Marek.")
    found = {frozenset(m.participants) for m in extract_meetings(context(nlp, text))}
    assert found == {frozenset({"person:ada-rell", "state:AT"}), frozenset({"person:ada-rell", "person:ivo-marek"})}
    assert extract_meetings(context(nlp, "Polish Foreign Minister Ada Rell's tour will take her to Austria.")) == ()


def test_a_head_described_first_and_named_later_is_the_meetings_participant(nlp):
    text = ("American Senator Tom Vey met with the president of Taiwan on Sunday in Taipei. Vey said he and Ivo Marek "
            "discussed trade.")
    ctx = context(nlp, text)
    assert ("person:ivo-marek", "HeadOfState", "state:TW") in {(h.person, h.role, h.jurisdiction) for h in ctx.holdings}
    (m,) = extract_meetings(ctx)
    assert set(m.participants) == {"person:tom-vey", "person:ivo-marek"}
    # a person the next sentence gives a post of their own is not the president
    text = text.replace("he and Ivo Marek", "he and his aide Ivo Marek")
    assert not any(h.role == "HeadOfState" for h in context(nlp, text).holdings)
