"""Round 11 posts held: title shapes of news the reader missed and jurisdictions it guessed wrong (made-up names)."""

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article


def posts(nlp, text, date="2017-10-24"):
    ctx = build_context(nlp(text), Article(id="t", text=text, date=date))
    return {(ctx.entities[h.person].name, h.role, h.jurisdiction) for h in ctx.holdings}


def test_department_name_before_its_heads_title(nlp):
    # the gazetteer's "U.S. Treasury" ends where the title "Treasury Secretary" begins
    found = posts(nlp, "WASHINGTON (Reuters) - U.S. Treasury Secretary Paul Denner will raise the issue of defense "
                       "spending during his trip to Ottawa on Friday.")
    assert ("Paul Denner", "Minister", "state:US") in found


def test_acting_head_of_a_named_department(nlp):
    found = posts(nlp, "The memo, signed by acting Department of Homeland Security Secretary Mara Quillon, said the "
                       "United States would review the cases.")
    assert ("Mara Quillon", "Minister", "state:US") in found


def test_director_of_a_public_office(nlp):
    found = posts(nlp, "The memo was signed by Director of National Intelligence Tom Harlowe, and the United States "
                       "will review the cases.")
    assert ("Tom Harlowe", "Official", "state:US") in found


def test_director_of_no_public_office_is_no_post(nlp):
    found = posts(nlp, "The exhibition was opened by Director of the Modern Art Gallery Tom Harlowe in the United "
                       "States.")
    assert not any(name == "Tom Harlowe" for name, _, _ in found), found


def test_new_leader_of_a_state(nlp):
    found = posts(nlp, "The organisers hope that the new Palestinian leader, Samir Haddoumi, will use the "
                       "opportunity for talks.")
    assert ("Samir Haddoumi", "HeadOfState", "state:PS") in found


def test_president_elect_is_no_president_in_a_later_quote(nlp):
    found = posts(nlp, "ISLAMABAD (Reuters) - U.S. president-elect Jon Marwick offered to help Pakistan, the prime "
                       "minister's office said. \u201cPresident Marwick said the ties were very good,\u201d the "
                       "statement said.", date="2016-12-01")
    assert not any(name == "Jon Marwick" for name, _, _ in found), found


def test_possessive_pronoun_of_a_head_whose_surname_the_model_missed(nlp):
    # "May," reads as a month to the model; the head named so is still the one "her" refers to
    text = ("LONDON (Reuters) - British Prime Minister Helen May's plan emerged unscathed on Tuesday. Some lawmakers "
            "want to use the debate to force concessions. May, 61, has lost two ministers to scandals and her "
            "foreign minister, Colin Ashby, is facing calls to resign.")
    assert ("Colin Ashby", "ForeignMinister", "state:GB") in posts(nlp, text)


def test_ministry_spokeswoman_of_the_datelines_state(nlp):
    found = posts(nlp, "PARIS (Reuters) - France said on Wednesday the purchase was a sovereign choice. It does not "
                       "need to be commented upon by members of the alliance, Foreign ministry spokeswoman Claire "
                       "Dubosc said in response to a question.")
    assert ("Claire Dubosc", "Official", "state:FR") in found


def test_indefinite_title_before_said_is_the_speaker(nlp):
    found = posts(nlp, "Trump was briefed by other officials, including Secretary of State Rex Tallowin, a White "
                       "House aide said.")
    assert ("Rex Tallowin", "ForeignMinister", "state:US") in found
    assert ("Rex Tallowin", "Official", "state:US") not in found


def test_indefinite_title_between_commas_stays_an_apposition(nlp):
    found = posts(nlp, "The plan was backed by Rex Tallowin, a White House aide, the paper said.")
    assert ("Rex Tallowin", "Official", "state:US") in found


def test_leader_in_a_legislature_is_a_lawmaker(nlp):
    found = posts(nlp, "Senate Democratic leader Carl Humber pressed the president to skip the investigation.")
    assert ("Carl Humber", "Legislator", "state:US") in found


def test_vice_president_takes_the_state_named_beside_him(nlp):
    text = ("Brazilian President Joao Pereira will attend the forum in Davos. The US government may still make a "
            "gesture, as happened a year ago when Vice President Dale Hemming made a surprise appearance in Davos.")
    assert ("Dale Hemming", "Official", "state:US") in posts(nlp, text)


def test_a_bodys_vice_president_keeps_the_datelines_state(nlp):
    text = ("TRIPOLI (Reuters) - Libya's central bank wants to open accounts abroad. \"We are opening accounts in "
            "banks in the United States,\" the central bank's vice president Farid Omar Benkara said.")
    assert ("Farid Omar Benkara", "Official", "state:US") not in posts(nlp, text)


def test_confirmed_nominees_of_a_list(nlp):
    text = ("WASHINGTON (Reuters) - The U.S. Senate confirmed former governor Rob Tanning on Thursday to be U.S. "
            "President Mark Delaney's ambassador to Russia. The Senate also confirmed three other posts by voice vote: Dan "
            "Fossett, currently the U.S. ambassador to Chile, to be envoy to Peru; career diplomat Lou Garrow to be "
            "ambassador to Oman and Ted Willet, a think-tank founder, to be Assistant Secretary of State for "
            "European Affairs.")
    found = posts(nlp, text)
    for name in ("Rob Tanning", "Dan Fossett", "Lou Garrow"):
        assert (name, "Ambassador", "state:US") in found, (name, found)
    assert ("Ted Willet", "Official", "state:US") in found
    assert ("Lou Garrow", "Official", "state:US") not in found   # the diplomat holds the ambassador's post only


def test_expected_nomination_is_no_post(nlp):
    found = posts(nlp, "Trump is expected to name former general Joe Kellan, 66, as head of the Department of "
                       "Homeland Security, a source told Reuters on Wednesday.")
    assert not any(name == "Joe Kellan" for name, _, _ in found), found


def test_appointed_envoy_to_an_international_body_is_the_states(nlp):
    found = posts(nlp, "CARACAS (Reuters) - Venezuela's government said it had appointed Sam Morcada, a former "
                       "trade minister, as U.N. envoy.")
    assert ("Sam Morcada", "Ambassador", "state:VE") in found, found


def test_counterpart_of_the_person_a_pronoun_refers_to(nlp):
    text = ("Mr Strand's China trip is part of regular meetings, the Foreign Secretary Jim Strand said. He will meet "
            "Chinese counterpart Minister Li Zhaoyu to discuss relations.")
    assert ("Li Zhaoyu", "ForeignMinister", "state:CN") in posts(nlp, text)


def test_director_under_a_military_rank_is_the_officer_only(nlp):
    found = posts(nlp, "WASHINGTON (Reuters) - A leading candidate to head U.S. Cyber Command was Army Lt. Gen. Will "
                       "Mayhew, currently director of the Pentagon\u2019s Joint Staff.")
    assert ("Will Mayhew", "MilitaryOfficer", "state:US") in found
    assert ("Will Mayhew", "Official", "state:US") not in found


def test_the_title_that_removed_the_person_is_someone_else(nlp):
    found = posts(nlp, "PRAGUE (Reuters) - Voters look set to back billionaire Andrej Balek in the Czech election. "
                       "Balek, as finance minister until May this year before he was removed by the prime minister, "
                       "raised revenue. Many people respect Balek for his business approach.")
    assert not any(name == "Andrej Balek" for name, _, _ in found), found


def test_high_representative_with_its_portfolio_after_the_body(nlp):
    found = posts(nlp, "France blamed the regime while High Representative of the European Union for Foreign Affairs "
                       "and Security Policy Fenna Morelli said the regime bears responsibility.")
    assert ("Fenna Morelli", "Official", "org:european-union") in found


def test_foreign_affairs_chief_of_a_body(nlp):
    found = posts(nlp, "On Monday, the spokeswoman for the European Union's foreign affairs chief Fenna Morelli "
                       "described the arrests as a cause of real concern.")
    assert ("Fenna Morelli", "Official", "org:european-union") in found


def test_holder_killed_holds_no_post(nlp):
    found = posts(nlp, "A nephew of the former leader, Tarek Salman, a senior military commander, was also killed "
                       "during clashes in Yemen.")
    assert not any(name == "Tarek Salman" for name, _, _ in found), found


def test_title_in_the_victims_relative_clause_stays(nlp):
    found = posts(nlp, "Dana Galizo, who had accused Prime Minister Joe Muskat of wrongdoing, was killed on Monday "
                       "by a bomb in Malta.")
    assert ("Joe Muskat", "HeadOfGovernment", "state:MT") in found


def test_veteran_prosecutor_is_a_profession(nlp):
    found = posts(nlp, "GENEVA (Reuters) - Veteran prosecutor Carla Pontini signed off from the United Nations Syria "
                       "investigation on Monday.")
    assert not any(name == "Carla Pontini" for name, _, _ in found), found


def test_the_prime_minister_is_the_head_of_the_government_just_named(nlp):
    text = ("Lib Dem leader Carl Kenning said troops should leave. Mr Kenning said Iraq had become a crucible of "
            "terrorism, and Mr Kenning pointed to the Netherlands. He accused Mr Blaine's government of being less "
            "than straightforward. \"Next week the prime minister should make a statement,\" Mr Kenning said.")
    ctx = build_context(nlp(text), Article(id="t", text=text, date="2005-01-20"))
    found = {(ctx.entities[h.person].name, h.role) for h in ctx.holdings}
    assert ("Blaine", "HeadOfGovernment") in found, found


def test_undersecretary_of_a_portfolio_is_the_states(nlp):
    found = posts(nlp, "US Undersecretary of State John Boltar is meeting British officials this week.")
    assert ("John Boltar", "Official", "state:US") in found, found
