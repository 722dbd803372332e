"""Round 11 meeting shapes, on made-up names: visits to an international body, the stops of a tour told in a
relative clause, a receiver run into the thing handed over, and "his meeting" in a fronted participle clause."""

from geokg.ingest.extract import extract
from geokg.ingest.model import Article


def meetings(nlp, text, date="2018-08-27"):
    """The (participants, place) of every meeting the text gives, read as one article of `date`."""
    ex = extract(nlp(text), Article(id="t", text=text, date=date))
    return {(frozenset(m.participants), m.place) for m in ex.meetings}


def parties(nlp, text):
    return {p for p, _ in meetings(nlp, text)}


def test_a_journey_to_an_international_body_is_a_meeting_with_it(nlp):
    text = "Norwegian Defence Minister Lars Vik traveled to NATO on Tuesday, warning allies that they must spend more."
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "org:nato"})}


def test_a_visit_to_a_body_s_headquarters_is_a_meeting_with_the_body_not_a_place(nlp):
    text = "During his visit to NATO headquarters on Tuesday, Norwegian Defence Minister Lars Vik said allies must pay."
    assert meetings(nlp, text) == {(frozenset({"person:lars-vik", "org:nato"}), None)}


def test_a_body_s_own_official_does_not_visit_it(nlp):
    text = "NATO Secretary General Lars Vik said during a visit to NATO headquarters that allies must spend more."
    assert not any("org:nato" in p for p in parties(nlp, text))


def test_a_planned_journey_to_a_body_is_no_meeting(nlp):
    text = "Norwegian Defence Minister Lars Vik will travel to NATO next week."
    assert parties(nlp, text) == set()


def test_the_stops_of_a_visit_told_in_a_relative_clause(nlp):
    # the "where" clause belongs to the last stop before it, although the parser hangs it on the first
    text = ("Estonian Foreign Minister Lena Varga arrived in Poland on Monday. Poland is the final stop on Varga's "
            "week-long tour, which has also taken her to Latvia and Lithuania, where she met with President Ivo Kask.")
    got = parties(nlp, text)
    assert frozenset({"person:lena-varga", "state:LV"}) in got
    assert frozenset({"person:lena-varga", "person:ivo-kask"}) in got
    assert frozenset({"person:lena-varga", "state:LT"}) not in got   # that stop is the meeting with Kask


def test_a_receiver_run_into_the_message_handed_over(nlp):
    text = ("On Wednesday, Foreign Minister Lena Varga of Estonia visited Latvia, where she conveyed to Latvian "
            "opposition leader Ivo Kask Estonia's concerns about the vote.")
    assert frozenset({"person:lena-varga", "person:ivo-kask"}) in parties(nlp, text)


def test_his_meeting_in_a_fronted_participle_clause_is_the_main_subject_s(nlp):
    text = ("Estonian Defence Minister Lars Vik visited Kabul on Monday. Speaking at a brief news conference after his "
            "meeting with Afghan President Ashraf Ghani, Latvian Foreign Minister Ivo Kask said he would fly on.")
    got = parties(nlp, text)
    assert frozenset({"person:ivo-kask", "person:ashraf-ghani"}) in got
    assert not any({"person:lars-vik", "person:ashraf-ghani"} <= p for p in got)


def test_his_trip_in_a_fronted_phrase_is_the_main_subject_s(nlp):
    text = ("Cambodian Prime Minister Lon Dara spoke on Friday. On his latest trip to Beijing last week, Lon Dara won "
            "offers of investment.")
    assert frozenset({"person:lon-dara", "state:CN"}) in parties(nlp, text)


def test_arriving_for_talks_with_unnamed_peers_is_attending_the_body_s_gathering(nlp):
    text = "We are confident, British finance minister Lars Vik said as he arrived for a meeting with EU counterparts."
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "org:european-union"})}


def test_two_arrivals_at_the_same_talks_are_one_gathering(nlp):
    text = ("It is bad news, new Dutch Foreign Minister Lars Vik said on arrival for talks with EU peers in Brussels. "
            "Arriving at the same talks, the Czech Republic's EU minister, Ivo Kask, said: We are hopeful.")
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "person:ivo-kask", "org:european-union"})}


def test_arriving_for_talks_with_a_named_person_is_no_gathering(nlp):
    text = "British finance minister Lars Vik said as he arrived for talks with Irish Finance Minister Ivo Kask."
    assert not any("org:european-union" in p for p in parties(nlp, text))


def test_who_attended_a_body_s_meeting(nlp):
    text = "NATO Secretary-General Lars Vik, who attended the EU meeting in Brussels on Monday, declined to comment."
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "org:european-union"})}


def test_a_minister_who_speaks_of_the_day_s_talks_sat_in_them(nlp):
    text = ("U.S. President Lars Vik held talks with South Korea's President Ivo Kask on Friday. Commerce Secretary "
            "Tom Rell said later on Friday that some progress had been made in the talks.")
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "person:ivo-kask", "person:tom-rell"})}


def test_a_spokesman_who_speaks_of_the_talks_is_no_participant(nlp):
    text = ("U.S. President Lars Vik held talks with South Korea's President Ivo Kask on Friday. White House "
            "spokesman Tom Rell said later on Friday that some progress had been made in the talks.")
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "person:ivo-kask"})}


def test_discussing_with_someone_in_a_place_is_meeting_there(nlp):
    text = "Estonian Prime Minister Lena Varga discussed trade with Latvian President Ivo Kask in Riga on Monday."
    assert meetings(nlp, text) == {(frozenset({"person:lena-varga", "person:ivo-kask"}), "city:riga")}


def test_two_who_agreed_in_a_place_met_there(nlp):
    text = "Estonian Prime Minister Lena Varga and Latvian President Ivo Kask agreed on Monday in Riga to expand trade."
    assert parties(nlp, text) == {frozenset({"person:lena-varga", "person:ivo-kask"})}


def test_discussing_the_situation_in_a_place_is_no_meeting_there(nlp):
    text = "Estonian Prime Minister Lena Varga discussed the situation in Syria with Latvian President Ivo Kask on Monday."
    assert parties(nlp, text) == set()


def test_discussing_by_phone_or_to_come_is_no_meeting(nlp):
    assert parties(nlp, "Estonian Prime Minister Lena Varga discussed trade with Latvian President Ivo Kask in a "
                        "phone call on Monday.") == set()
    assert parties(nlp, "Estonian Prime Minister Lena Varga will discuss trade with Latvian President Ivo Kask in "
                        "Riga on Monday.") == set()


def test_an_unnamed_envoy_named_by_nested_modifiers_stands_for_the_state(nlp):
    text = ("State Department spokeswoman Ann Rell said the U.S. charge d affaires in Riyadh met on Wednesday with "
            "Lebanese Prime Minister Lars Vik.")
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "state:US"})}


def test_troops_visited_at_a_base_are_where_the_base_is(nlp):
    text = "German Defence Minister Lars Vik visited troops at Incirlik air base in Turkey on Friday."
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "state:TR"})}


def test_envoys_of_a_body_told_over_lunch_are_a_meeting_with_the_body(nlp):
    text = ("U.S. President Lars Vik told U.N. Security Council ambassadors on Monday over lunch at the White House "
            "that the council must act.")
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "org:united-nations-security-council"})}


def test_envoys_told_in_a_letter_or_with_no_presence_are_no_meeting(nlp):
    assert parties(nlp, "U.S. President Lars Vik told EU ambassadors in a letter that ties were strong.") == set()
    assert parties(nlp, "U.S. President Lars Vik told Chinese diplomats on Monday that ties were strong.") == set()


def test_what_an_official_said_in_a_foreign_city_puts_them_there(nlp):
    text = "Italian Prime Minister Lars Vik's promise in Tehran last year to open a credit line is dead, a source said."
    assert meetings(nlp, text) == {(frozenset({"person:lars-vik", "state:IR"}), "city:tehran")}


def test_a_planned_speech_or_one_at_home_is_no_visit(nlp):
    assert parties(nlp, "Italian Prime Minister Lars Vik's planned speech in Tehran was cancelled.") == set()
    assert parties(nlp, "Italian Prime Minister Lars Vik's remarks in Rome angered Iran.") == set()


def test_an_official_who_spoke_in_a_foreign_city_was_there(nlp):
    for text in ("German Chancellor Lena Varga said in Beijing on Monday that China must open its markets.",
                 "German Chancellor Lena Varga told reporters in Beijing on Monday that China must open its markets.",
                 "Speaking in Beijing on Monday, German Chancellor Lena Varga said China must open its markets."):
        assert meetings(nlp, text) == {(frozenset({"person:lena-varga", "state:CN"}), "city:beijing")}


def test_speaking_at_home_at_a_body_s_seat_or_to_come_is_no_visit(nlp):
    for text in ("German Chancellor Lena Varga said in Berlin on Monday that China must open its markets.",
                 "German Chancellor Lena Varga said in Brussels on Monday that Belgium must act.",
                 "German Chancellor Lena Varga will say in Beijing on Monday that China must open its markets."):
        assert parties(nlp, text) == set()


def test_the_leader_of_a_state_is_its_one_named_head(nlp):
    text = ("Syrian President Ivo Kask has ruled since 2000. Russian President Lars Vik flew in on Monday to meet "
            "the Syrian leader.")
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "person:ivo-kask"})}


def test_the_leader_of_a_state_with_two_named_heads_stays_the_state(nlp):
    text = ("French President Ivo Kask and French Prime Minister Tom Rell spoke. Russian President Lars Vik met the "
            "French leader on Monday.")
    assert parties(nlp, text) == {frozenset({"person:lars-vik", "state:FR"})}
