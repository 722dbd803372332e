"""Relations read off small texts: value in (a text), value out (the relations)."""

import pytest

from geokg.ingest.extract import build_context
from geokg.ingest.model import Article
from geokg.ingest.relations import extract_relations


def relations(nlp, text, date="2018-08-27"):
    article = Article(id="t", text=text, date=date)
    return extract_relations(build_context(nlp(text), article))


def triples(nlp, text):
    return {(r.rel, r.source, r.target) for r in relations(nlp, text)}


def test_x_backed_names_the_supporter(nlp):
    rels = relations(nlp, "Iran-backed militias, including the Lebanese Hezbollah movement, fought in the war.")
    assert ("supports", "state:IR", "org:hezbollah") in {(r.rel, r.source, r.target) for r in rels}
    r = next(r for r in rels if r.target == "org:hezbollah")
    assert r.cameo and r.plover == "SUPPORT" and r.evidence.cue == "Iran-backed"


def test_passive_agents_support_the_subject(nlp):
    got = triples(nlp, "Syrian President Bashar al-Assad is backed by Iran and Russia.")
    assert {("supports", "state:IR", "state:SY"), ("supports", "state:RU", "state:SY")} <= got


def test_accusation_is_opposition_with_its_code(nlp):
    rels = relations(nlp, "Saudi Arabia accused Iran of supplying missiles to rebels in Yemen.")
    assert [(r.rel, r.source, r.target, r.cameo, r.plover) for r in rels] == [
        ("opposes", "state:SA", "state:IR", "112", "ACCUSE")]


def test_evidence_points_at_the_sentence(nlp):
    text = "Talks went on for hours. Saudi Arabia accused Iran of supplying missiles to rebels."
    (r,) = relations(nlp, text)
    assert text[r.evidence.start:r.evidence.end] == r.evidence.sentence
    assert r.evidence.sentence.startswith("Saudi Arabia accused")
    assert 0 < r.evidence.confidence <= 1


@pytest.mark.parametrize("text", [
    "The United States would impose sanctions on Iran if talks fail.",
    "Germany may condemn Turkey over the arrests.",
    "China did not condemn North Korea.",
    "The United States expressed concern about India.",
    "It is unclear whether Japan will criticize China.",
])
def test_hypothetical_denied_and_soft_wording_gives_nothing(nlp, text):
    assert relations(nlp, text) == ()


def test_object_control_gives_the_sanctioner(nlp):
    got = triples(nlp, "The annexation of Crimea led Washington to impose sanctions on Russia.")
    assert ("opposes", "state:US", "state:RU") in got


def test_a_struggle_opposes_both_ways(nlp):
    got = triples(nlp, "Iran and Saudi Arabia are locked in a struggle for Middle East predominance.")
    assert got == {("opposes", "state:IR", "state:SA"), ("opposes", "state:SA", "state:IR")}


def test_close_ties_are_an_alliance_listed_once(nlp):
    rels = relations(nlp, "China and Zimbabwe have a close diplomatic and economic relationship.")
    assert [(r.rel, {r.source, r.target}) for r in rels] == [("alliedWith", {"state:CN", "state:ZW"})]


def test_an_ally_of_supports(nlp):
    got = triples(nlp, "The killings drew concern from the United States, a close Philippine ally.")
    assert got == {("supports", "state:US", "state:PH")}


def test_an_official_speaks_for_the_state(nlp):
    got = triples(nlp, "Syrian Defence Minister Abdullah Ayoub chided the United States on Sunday.")
    assert got == {("opposes", "state:SY", "state:US")}


def test_nominal_backing_with_a_light_verb(nlp):
    got = triples(nlp, "Tehran has provided steady military backing to Syria for years.")
    assert got == {("supports", "state:IR", "state:SY")}


def test_calling_a_leader_a_terrorist_opposes_his_state(nlp):
    got = triples(nlp, "Turkish President Tayyip Erdogan on Wednesday called Syrian President Bashar al-Assad a terrorist.")
    assert got == {("opposes", "state:TR", "state:SY")}


def test_support_given_by_doing(nlp):
    got = triples(nlp, "Tehran has angered Washington by supporting Yemen's rebel Houthi movement.")
    assert ("supports", "state:IR", "org:houthis") in got


def test_a_demand_that_undoes_something(nlp):
    got = triples(nlp, "Arab foreign ministers met in Cairo. Egypt urged the United States to abandon its decision.")
    assert ("opposes", "state:EG", "state:US") in got


def test_a_request_to_help_is_no_demand(nlp):
    assert relations(nlp, "Duterte urged the United States to help Manila eradicate drugs.") == ()


def test_a_trade_partner_is_no_ally(nlp):
    assert relations(nlp, "The United States was Japan's second biggest trade partner after China.") == ()


def test_a_reported_partnership_is_kept(nlp):
    got = triples(nlp, '"Russia is Ukraine\'s eternal strategic partner," Ukrainian President Viktor Yushchenko said.')
    assert got == {("alliedWith", "state:RU", "state:UA")}


def test_a_proxy_war_between_two_states_opposes_both_ways(nlp):
    got = triples(nlp, "Yemen is one of the most violent fronts in a proxy war between Saudi Arabia and Iran.")
    assert got == {("opposes", "state:SA", "state:IR"), ("opposes", "state:IR", "state:SA")}


def test_a_partner_for_is_an_alliance(nlp):
    rels = relations(nlp, "The United States is a vital partner for France.")
    assert [(r.rel, {r.source, r.target}, r.plover) for r in rels] == [("alliedWith", {"state:US", "state:FR"}, "COOPERATE")]


@pytest.mark.parametrize("text, expected", [
    ("Turkey condemned the air strikes by Israel on Monday.", ("opposes", "state:TR", "state:IL")),
    ("Germany criticized Russia's annexation of Crimea.", ("opposes", "state:DE", "state:RU")),
])
def test_condemning_an_act_opposes_its_author(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_a_named_group_wins_over_the_state_it_is_in(nlp):
    got = triples(nlp, "The U.S. House of Representatives backed new sanctions on Lebanon's Iran-backed Hezbollah militia.")
    assert ("supports", "state:IR", "org:hezbollah") in got
    assert not any(t == "state:LB" for _, _, t in got)


@pytest.mark.parametrize("text, pair", [
    ("Iraq and Turkey have also held joint military drills.", {"state:IQ", "state:TR"}),
    ("The EU, which normally coordinates closely with Washington on sanctions, disagreed.", {"org:european-union", "state:US"}),
])
def test_close_cooperation_is_an_alliance(nlp, text, pair):
    assert [(r.rel, {r.source, r.target}) for r in relations(nlp, text)] == [("alliedWith", pair)]


def test_condemning_a_states_decision_opposes_the_state(nlp):
    assert triples(nlp, "Tehran condemned the U.S. decision on Monday.") == {("opposes", "state:IR", "state:US")}


def test_blaming_a_states_rebels_does_not_oppose_the_state(nlp):
    assert relations(nlp, "Russia has blamed Syrian rebels.") == ()


@pytest.mark.parametrize("text, expected", [
    ("Kenya, Uganda and Tanzania broke off diplomatic ties with Somalia last year.",
     {("opposes", "state:KE", "state:SO"), ("opposes", "state:UG", "state:SO"), ("opposes", "state:TZ", "state:SO")}),
    ("Argentina severed relations with Chile in 1978.", {("opposes", "state:AR", "state:CL")}),
    ("Tensions between Ankara and Berlin have risen sharply.",
     {("opposes", "state:TR", "state:DE"), ("opposes", "state:DE", "state:TR")}),
    ("Pakistan has escalated a war of words with India.",
     {("opposes", "state:PK", "state:IN"), ("opposes", "state:IN", "state:PK")}),
    ("The blockade of Qatar by Saudi Arabia continues.", {("opposes", "state:SA", "state:QA")}),
    ("Israel's decision drew strong condemnation from Turkey.", {("opposes", "state:TR", "state:IL")}),
    ("Hezbollah intervened in the war on the side of Syrian President Bashar al-Assad.",
     {("supports", "org:hezbollah", "state:SY")}),
    ("The Syrian regime and its Russian backers bombed the city.", {("supports", "state:RU", "state:SY")}),
    ("China, North Korea's neighbor and only major ally, has been urged to act.",
     {("supports", "state:CN", "state:KP")}),
    ("Islamic State fighters attacked Syrian army positions near the city.",
     {("opposes", "org:islamic-state", "state:SY")}),
    ("Damascus accuses Saudi Arabia Turkey and Qatar of funding terrorists.",
     {("opposes", "state:SY", "state:SA"), ("opposes", "state:SY", "state:TR"), ("opposes", "state:SY", "state:QA")}),
    ("Russia is a rival of the United States in the Arctic.",
     {("opposes", "state:RU", "state:US"), ("opposes", "state:US", "state:RU")}),
    ("The Saudi-led coalition has been fighting the Houthis since 2015.", {("opposes", "state:SA", "org:houthis")}),
    ("Brazil retaliated against Argentina with new tariffs.", {("opposes", "state:BR", "state:AR")}),
])
def test_general_constructions(nlp, text, expected):
    assert triples(nlp, text) == expected


def test_pitting_one_side_against_another_goes_both_ways(nlp):
    got = triples(nlp, "Rwanda has been at war since 1990, pitting its army against those of Uganda.")
    assert got == {("opposes", "state:RW", "state:UG"), ("opposes", "state:UG", "state:RW")}
    got = triples(nlp, "The war pitted Ethiopia against Eritrea for two years.")
    assert got == {("opposes", "state:ET", "state:ER"), ("opposes", "state:ER", "state:ET")}


@pytest.mark.parametrize("text", [
    "Spain did not break off ties with Venezuela.",
    "Peru would cut ties with Ecuador if the talks failed.",
    "Israel set out a demand that Hamas sever its ties with Iran.",
    "The withdrawal did not mean that Libya had cut its ties with Italy.",
    "Gulen, a cleric in Pennsylvania, is a former ally of President Tayyip Erdogan.",
    "Hillary Clinton, Donald Trump's election rival, spoke on Tuesday.",
    "Syrian forces held one side of the border and Iraqi forces held the other side of the border.",
])
def test_demands_negations_former_allies_and_election_rivals_give_nothing(nlp, text):
    assert relations(nlp, text) == ()


def test_a_pronoun_subject_follows_a_chain_of_pronoun_subjects_back_to_the_named_official(nlp):
    text = ("Italian Prime Minister Paolo Gentiloni spoke in Rome. He has vowed to keep the deal, while talking up "
            "ties with Trump. At the same time, he has threatened new sanctions against Tehran.")
    assert ("opposes", "state:IT", "state:IR") in triples(nlp, text)
    assert not any(s == "person:trump" for _, s, _ in triples(nlp, text))


def test_a_quoted_we_is_the_state_of_the_speaker_named_sentences_before(nlp):
    text = ('Japanese Prime Minister Shinzo Abe said more tests were possible. He did not give details. '
            '"We are cooperating closely with Australia," he said in a speech.')
    assert triples(nlp, text) == {("alliedWith", "state:AU", "state:JP")}


@pytest.mark.parametrize("text, expected", [
    ("Rebels retreated before Russian and Iranian-backed forces loyal to Syrian President Bashar al-Assad.",
     {("supports", "state:RU", "state:SY"), ("supports", "state:IR", "state:SY")}),
    ("Germany trains Kurdish Peshmerga fighters in northern Iraq.", {("supports", "state:DE", "org:peshmerga")}),
    ("The United States recognized Jerusalem as the capital of Israel on Wednesday.",
     {("supports", "state:US", "state:IL")}),
    ("With its invasion of Georgia, Russia has shown a willingness to use force.",
     {("opposes", "state:RU", "state:GE")}),
    ("Beijing's ties with Seoul have grown closer in recent years.", {("alliedWith", "state:CN", "state:KR")}),
    ("Egypt signed a defence cooperation agreement with Greece.", {("alliedWith", "state:EG", "state:GR")}),
])
def test_backers_recognition_invasions_and_closer_ties(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Ukraine wants closer ties with the European Union.",
    "Boeing struck a deal with China on Monday.",
    "While Prague has struck a moderate tone, Warsaw and Budapest have been at loggerheads with Brussels.",
    "Turkey called on the world to recognize East Jerusalem as the capital of Palestine.",
])
def test_wishes_deals_and_tones_give_nothing(nlp, text):
    assert relations(nlp, text) == ()


def test_condemning_the_strikes_opposes_who_struck_the_sentence_before(nlp):
    text = "Israeli jets bombed Syrian army positions on Sunday. Damascus condemned the strikes as a violation."
    assert triples(nlp, text) == {("opposes", "state:IL", "state:SY"), ("opposes", "state:SY", "state:IL")}
    text = "Turkey launched an offensive against the YPG in Afrin. The offensive drew strong condemnation from France."
    assert ("opposes", "state:FR", "state:TR") in triples(nlp, text)
    far = ("Israeli jets bombed Syrian army positions on Sunday. Weather was cold. Traffic was slow. "
           "Jordan condemned the strikes.")
    assert ("opposes", "state:JO", "state:IL") not in triples(nlp, far)


@pytest.mark.parametrize("text, expected", [
    ("The United States called on Asian countries to fully implement sanctions on Pyongyang.",
     {("opposes", "state:US", "state:KP")}),
    ("The United States urged China to pressure North Korea.", {("opposes", "state:US", "state:KP")}),
    ("Russia urged the United States not to impose sanctions on Iran.", set()),
])
def test_calling_for_sanctions_or_pressure_on_a_state_opposes_it(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia launched air strikes in support of the Damascus regime in September.",
     {("supports", "state:RU", "state:SY")}),
    ("The raids were carried out by Syrian warplanes and their Russian allies.", {("supports", "state:RU", "state:SY")}),
    ("The minister said the German mission of training the Kurds for their fight against Islamic State was right.",
     set()),
    ("Iran's president said Tehran was committed to the deal and accused Washington of lying.",
     {("opposes", "state:IR", "state:US")}),
])
def test_in_support_of_their_allies_and_shared_subjects(nlp, text, expected):
    assert triples(nlp, text) == expected


def test_saying_another_state_is_to_blame_opposes_it(nlp):
    text = "North Korea's envoy Ja Song Nam said Washington was to blame for escalating tensions."
    assert triples(nlp, text) == {("opposes", "state:KP", "state:US")}


@pytest.mark.parametrize("text, expected", [
    ("Syrian President Bashar al-Assad has the backing of Iran and Russia.",
     {("supports", "state:IR", "state:SY"), ("supports", "state:RU", "state:SY")}),
    ("Kenya receives no assistance from the United States.", set()),
    ("France said on Wednesday it was imperative the Security Council apply more pressure on North Korea.",
     {("opposes", "state:FR", "state:KP")}),   # the Council's pressure is only called for
    ("North Korea's leader Kim Jong Un has called U.S. President Donald Trump a dotard.",
     {("opposes", "state:KP", "state:US")}),
])
def test_backing_received_calls_for_pressure_and_insults(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("U.S. President Donald Trump, who has taken a more hawkish line on Iran, spoke on Monday.",
     {("opposes", "state:US", "state:IR")}),
    ("Iran criticized French President Emmanuel Macron over his tough stance toward Tehran.",
     {("opposes", "state:IR", "state:FR"), ("opposes", "state:FR", "state:IR")}),
    ("Germany wants to take a tougher line on Turkey.", set()),
])
def test_a_hard_line_on_a_state_opposes_it(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the post that gives the state is written as a past one: the person acts for himself
    ("Turkish Foreign Minister Ahmet Demirel spoke on Monday. His former foreign minister, Ahmet Demirel, "
     "later condemned Greece.", {("opposes", "person:ahmet-demirel", "state:GR")}),
    ("Egyptian President Karim Salem met reporters. Salem, the former president, condemned Libya.",
     {("opposes", "person:karim-salem", "state:LY")}),
    # a past post of another kind does not take away a current one
    ("Egyptian Defence Minister Karim Salem, a retired general, condemned Libya.",
     {("opposes", "state:EG", "state:LY")}),
])
def test_a_past_post_does_not_speak_for_the_state(nlp, text, expected):
    assert triples(nlp, text) == expected


def test_a_head_of_state_named_less_than_the_sitting_one_speaks_for_himself(nlp):
    text = ("Egyptian President Karim Salem said on Monday that Egypt wants calm. Salem spoke in Cairo. "
            "In 2003, Egyptian President Omar Nabil condemned Libya. Salem added that talks would go on.")
    assert ("opposes", "person:omar-nabil", "state:LY") in triples(nlp, text)
    assert ("opposes", "state:EG", "state:LY") not in triples(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a demonym on "ally" is the ally's own country; the partner is the possessor
    ("Egypt accused Iran along with its Lebanese ally Hezbollah of meddling.",
     {("opposes", "state:EG", "state:IR"), ("opposes", "state:EG", "org:hezbollah"),
      ("supports", "org:hezbollah", "state:IR")}),
    ("Jordan condemned Iran and its ally Hezbollah.",
     {("opposes", "state:JO", "state:IR"), ("opposes", "state:JO", "org:hezbollah"),
      ("supports", "org:hezbollah", "state:IR")}),
    # between states the adjective names the partner
    ("Saudi Arabia, a close American ally, condemned Iran.",
     {("opposes", "state:SA", "state:IR"), ("supports", "state:SA", "state:US")}),
])
def test_a_demonym_before_ally_is_the_allys_nationality(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jordan condemned Karim Salem's son.", set()),
    ("Omar Nabil vowed revenge on Hezbollah, which killed his father.", set()),
])
def test_a_relative_of_a_named_person_is_not_that_person(nlp, text, expected):
    assert {t for t in triples(nlp, text) if "person:" in t[1] + t[2]} == expected


@pytest.mark.parametrize("text, expected", [
    ("Backed by Moscow and Riyadh, the Libyan government launched an offensive.",
     {("supports", "state:RU", "state:LY"), ("supports", "state:SA", "state:LY")}),
    ("Armed by Iran, the Houthis fired missiles.", {("supports", "state:IR", "org:houthis")}),
    ("Backed by heavy artillery, the Libyan army advanced.", set()),
])
def test_a_fronted_backed_by_supports_the_clause_subject(nlp, text, expected):
    assert {t for t in triples(nlp, text) if t[0] == "supports"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Japan supports Iraq's unity and territorial integrity.", {("supports", "state:JP", "state:IQ")}),
    ("Russia voiced its support for the sovereignty of Syria.", {("supports", "state:RU", "state:SY")}),
    ("Most voters backed independence.", set()),
])
def test_support_for_a_states_unity_supports_the_state(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Saudi-led coalition warplanes bombed Houthi positions.", {("opposes", "state:SA", "org:houthis")}),
    ("Airstrikes by the U.S.-led coalition against Islamic State killed ten people.",
     {("opposes", "state:US", "org:islamic-state")}),
    ("The French-led coalition against Islamic State met in Paris.", {("opposes", "state:FR", "org:islamic-state")}),
    ("The U.S.-led coalition bombed Mosul. The coalition supports the Peshmerga.",
     {("supports", "state:US", "org:peshmerga")}),
    ("The ruling coalition won the vote. The coalition supports the Peshmerga.", set()),
    ("The Peshmerga retook the town with support from the U.S.-led coalition.",
     {("supports", "state:US", "org:peshmerga")}),
])
def test_acts_of_an_x_led_coalition_are_the_leaders(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Japan values its strong alliance with the United States.", {("alliedWith", "state:JP", "state:US")}),
    ("Pakistan has an alliance with China.", {("alliedWith", "state:CN", "state:PK")}),
    ("Egypt discussed a possible alliance with Sudan.", set()),
    ("Egypt ended its former alliance with Sudan.", set()),
])
def test_an_alliance_with_a_state_is_an_alliance(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"These barbaric acts by the Houthis must stop," Saudi Foreign Minister Adel al-Jubeir said.',
     {("opposes", "state:SA", "org:houthis")}),
    ("The brutal attacks by Islamic State killed ten people.", set()),   # the narrator's words: no speaker
    ("Britain said Russia bears primary responsibility for the attack.", {("opposes", "state:GB", "state:RU")}),
    ("Israel held Hamas responsible for the rocket attacks.", {("opposes", "state:IL", "org:hamas")}),
    ("Germany said Iran is not responsible for the killings.", set()),
    ("Japan said China is responsible for regional security.", set()),
])
def test_condemnation_and_blame_said_by_a_speaker_oppose(nlp, text, expected):
    assert triples(nlp, text) == expected


def test_a_rulers_regime_is_the_state_the_officials_table_gives_him(nlp):
    text = "Russia has backed the Assad regime since the war in Syria began."
    assert triples(nlp, text) == {("supports", "state:RU", "state:SY")}


@pytest.mark.parametrize("text, expected", [
    ("Investigators looked into Russia's interference in the 2016 U.S. election.",
     {("opposes", "state:RU", "state:US")}),
    ("Officials concluded that Russia meddled in the French election.", {("opposes", "state:RU", "state:FR")}),
    ("Russia has denied any interference in the U.S. election.", set()),
    ("Japan took a confrontational line against China.", {("opposes", "state:JP", "state:CN")}),
])
def test_meddling_in_a_states_election_and_a_confrontational_line_oppose_it(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("After the resignation of Jordanian Prime Minister Omar Nabil, who accused Iran of meddling, talks stalled.",
     {("opposes", "person:omar-nabil", "state:IR")}),
    ("Protesters demanded the resignation of Jordanian Prime Minister Omar Nabil, who accused Iran of meddling.",
     {("opposes", "state:JO", "state:IR")}),
])
def test_an_official_who_resigned_speaks_for_himself(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The coalition led by France bombed Raqqa. The coalition supports the Peshmerga.",
     {("supports", "state:FR", "org:peshmerga")}),
    ("Japan respects Iraq's sovereignty.", {("supports", "state:JP", "state:IQ")}),
    ("Turkey urged Iraq to respect Syria's sovereignty.", set()),
])
def test_a_coalition_led_by_x_and_respect_for_a_states_sovereignty(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jordan is a member of the U.S.-led coalition against Islamic State.",
     {("alliedWith", "state:JO", "state:US"), ("opposes", "state:US", "org:islamic-state")}),
    ("Bahrain, a member of the Saudi-led coalition, closed its border.", {("alliedWith", "state:BH", "state:SA")}),
    ("The coalition's spokesman is a member of parliament.", set()),
])
def test_a_member_of_an_x_led_coalition_is_allied_with_x(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Egypt helps Libya. The town was taken by the Libyan army supported by Egypts Air Forces.",
     {("supports", "state:EG", "state:LY")}),
    ("Sudan denied the raids. Kenya called for pressure on Bashirs regime.", {("opposes", "state:KE", "state:SD")}),
    ("The Americas trade report praised Chile.", set()),
])
def test_a_possessive_stripped_of_its_apostrophe_is_the_owner(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("French jets pounded Hezbollah militants near the border.", {("opposes", "state:FR", "org:hezbollah")}),
    ("The battle pitted Hamas gunmen against members of Fatah.",
     {("opposes", "org:hamas", "org:fatah"), ("opposes", "org:fatah", "org:hamas")}),
    ("Jordanian rebels attacked Egypt.", set()),
])
def test_members_of_a_named_group_stand_for_the_group(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Canadian officials have long been critical of Venezuela.", {("opposes", "state:CA", "state:VE")}),
    ("Norway is hostile to Hamas.", {("opposes", "state:NO", "org:hamas")}),
    ("Peru was not critical of Chile.", set()),
    ("Chile held Peru's navy responsible for the crackdown on fishermen.", {("opposes", "state:CL", "state:PE")}),
])
def test_critical_of_hostile_to_and_blame_for_a_crackdown_oppose(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The PKK controls the border and has been a close ally of Iran.", {("supports", "org:kurdistan-workers-party", "state:IR")}),
    ("Spain, while also being a key ally of Morocco, kept quiet.", {("supports", "state:ES", "state:MA")}),
    ("Close French allies such as Chad backed the plan.", {("supports", "state:TD", "state:FR")}),
    ("Opposition leader Ali Khan, a fierce critic of Prime Minister Imran Sharif's economic policy, spoke on Monday.",
     {("opposes", "person:ali-khan", "person:imran-sharif")}),
    ("Critics of the plan say it is costly.", set()),
])
def test_an_ally_in_a_conjoined_predicate_allies_such_as_and_a_critic(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Greek Foreign Ministry condemned the massacre committed by Turkish jets.",
     {("opposes", "state:GR", "state:TR")}),
    ("The Dutch embassy in Ankara condemned Ankara's charges.", {("opposes", "state:NL", "state:TR")}),
    ("Egypt and Sudan argue. The dispute escalated tension between the two neighbours.",
     {("opposes", "state:EG", "state:SD"), ("opposes", "state:SD", "state:EG")}),
    ("Chile and Peru spoke. Chilean-Peruvian tensions have risen.",
     {("opposes", "state:CL", "state:PE"), ("opposes", "state:PE", "state:CL")}),
    ("Iraq is large. Iraqi forces said they had begun their final offensive against Islamic State.",
     {("opposes", "state:IQ", "org:islamic-state")}),
])
def test_offices_embassies_pairs_and_forces_that_own_an_offensive(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Iran helped the Iraqi army retake the town.", {("supports", "state:IR", "state:IQ")}),
    ("Iran has done little to help Iraq.", set()),
    ("Iran wants to help Iraq.", set()),
    ("Chilean President Michelle Bachelet condemned Peruvian cruise missile strikes on Bolivia.",
     {("opposes", "state:CL", "state:PE"), ("opposes", "state:PE", "state:BO")}),
    ("The ambassador of Chile condemned Lopez's death.", set()),
    ("Hamas is considered a terrorist organization by the Egyptian government.", {("opposes", "state:EG", "org:hamas")}),
])
def test_help_nested_authors_victims_and_passive_labels(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Spain and Italy are determined to raise pressure on Libya over migration.",
     {("opposes", "state:ES", "state:LY"), ("opposes", "state:IT", "state:LY")}),
    ("Spain is ready to raise pressure on Libya.", set()),
    ("Spain is big. Foreign Minister Alfonso Dastis said putting pressure on Libya would be necessary.",
     {("opposes", "state:ES", "state:LY")}),
])
def test_determined_to_raise_pressure_and_pressure_said_to_be_necessary(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hezbollah controls a region that shares borders with Syria and Israel, with which it has fought two wars.",
     {("opposes", "org:hezbollah", "state:IL"), ("opposes", "state:IL", "org:hezbollah")}),
    ("Tunisian President Beji Caid Essebsi fears ties between Hamas and the Muslim Brotherhood, ousted from power by "
     "Essebsi in 2014.", {("opposes", "state:TN", "org:muslim-brotherhood")}),
])
def test_the_name_before_the_comma_is_what_a_participle_or_with_which_is_about(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Egypt is large. Sanctions were imposed on Libya by Egypt.", {("opposes", "state:EG", "state:LY")}),
    ("Jordanian jets struck Islamic State positions near Raqqa.", {("opposes", "state:JO", "org:islamic-state")}),
    ("Jordan struck a deal with Egypt.", set()),
    ("While Egypt has struck a moderate tone, Jordan and Libya have quarrelled.", set()),
])
def test_passive_sanctions_and_strikes_on_named_targets(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lawyers say Tom Brown and Ali Khan, arrested in Cairo last week, were tricked.", set()),
    ("The US-led coalition fighting in Syria said it had carried out air strikes against Islamic State.",
     {("opposes", "state:US", "org:islamic-state")}),
])
def test_a_participle_on_a_noun_has_no_agent_and_it_is_the_led_coalition(nlp, text, expected):
    assert triples(nlp, text) == expected


def test_hostile_to_a_people_is_no_relation(nlp):
    assert triples(nlp, "Bangladesh is growing increasingly hostile to Rohingya.") == set()


@pytest.mark.parametrize("text, pair", [
    ("Italian Foreign Minister Luigi Rossi said Europe must impose tougher sanctions on Iran.", ("state:IT", "state:IR")),
    ("A senior Japanese official said the region should keep up pressure on China.", ("state:JP", "state:CN")),
    ("Spanish Foreign Minister Pablo Ruiz said African nations should consider imposing sanctions against Egypt.",
     ("state:ES", "state:EG")),
])
def test_a_speakers_demand_with_should_or_must_is_the_speakers(nlp, text, pair):
    assert ("opposes", *pair) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Italian Foreign Minister Luigi Rossi said Europe would impose sanctions on Iran if talks failed.",
    "Italian Foreign Minister Luigi Rossi said Europe could impose sanctions on Iran.",
    "Italian Foreign Minister Luigi Rossi asked whether Europe should impose sanctions on Iran.",
    "Italian Foreign Minister Luigi Rossi said Europe should not impose sanctions on Iran.",
])
def test_a_hypothetical_or_open_demand_gives_nothing(nlp, text):
    assert not any(r.rel == "opposes" for r in relations(nlp, text))


def test_two_officials_of_one_state_keep_their_names(nlp):
    text = ("U.S. President Tom Harlan met reporters on Monday. Senator Ann Corbett, a Republican, "
            "criticized Harlan over the budget.")
    got = triples(nlp, text)
    assert ("opposes", "person:ann-corbett", "person:tom-harlan") in got
    assert not any(s == t for _, s, t in got)


def test_a_possessed_act_criticized_in_the_passive_opposes_its_owner(nlp):
    got = triples(nlp, "Chile's new mining policy has been sharply criticized by the European Union.")
    assert ("opposes", "org:european-union", "state:CL") in got


def test_securing_someones_support_is_their_support(nlp):
    got = triples(nlp, "Kenya secured the support of the African Union for its candidate.")
    assert ("supports", "org:african-union", "state:KE") in got


@pytest.mark.parametrize("text", [
    "Tensions have risen sharply between Peru and Chile since the border incident.",
    "Clashes erupted on Friday between Peru and Chile along the border.",
])
def test_hostility_between_two_sides_told_on_the_verb_goes_both_ways(nlp, text):
    got = triples(nlp, text)
    assert {("opposes", "state:PE", "state:CL"), ("opposes", "state:CL", "state:PE")} <= got


def test_a_named_person_before_ally_is_the_partner(nlp):
    text = "Peru's President Daniel Ortiz spoke on Monday. Senator Maria Gomez, a close Ortiz ally, took over the party."
    assert ("supports", "person:maria-gomez", "person:daniel-ortiz") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Kenya's Tanzanian supporters, who admire its growth, were out in force.",
    "Chile took in many migrants in 2015, boosting support for the Popular Front among voters.",
])
def test_voters_and_popularity_are_no_backing(nlp, text):
    assert not any(r.rel == "supports" for r in relations(nlp, text))


def test_criticism_of_a_states_practices_opposes_the_state(nlp):
    got = triples(nlp, "Despite Chile's sharp criticism of Peru's fishing practices, trade has grown.")
    assert ("opposes", "state:CL", "state:PE") in got


def test_prosecutors_of_a_state_act_for_it(nlp):
    got = triples(nlp, "Peruvian prosecutors accused Tom Reed of smuggling gold.")
    assert ("opposes", "state:PE", "person:tom-reed") in got


def test_opposition_to_a_named_actor_is_opposition(nlp):
    assert ("opposes", "state:CL", "state:PE") in triples(nlp, "Chile's opposition to Peru has hardened.")


def test_an_apposition_with_its_partner_stands_in_a_hoped_for_clause(nlp):
    got = triples(nlp, "Officials hope the summit will ease friction between Peru, long Chile's chief rival in the "
                       "region, and Bolivia.")
    assert {("opposes", "state:PE", "state:CL"), ("opposes", "state:CL", "state:PE")} <= got
    assert not any("state:BO" in (s, t) for _, s, t in got)
    assert triples(nlp, "Officials hope Peru will become Chile's ally.") == set()


def test_an_actors_claim_of_its_own_strike_stands(nlp):
    got = triples(nlp, "The Peruvian navy fired on the coast, claiming to have struck Zanzibar Front supply depots.")
    assert ("opposes", "state:PE", "org:zanzibar-front") in got
    assert triples(nlp, "Chile claimed that Peru had attacked Bolivia.") == set()


@pytest.mark.parametrize("text", [
    "Peru, Chile and Argentina pointed the finger at Bolivia on Monday.",
    "The talks collapsed, with Peru, Chile and Argentina all pointing the finger at Bolivia.",
])
def test_pointing_the_finger_is_blame(nlp, text):
    assert {("opposes", k, "state:BO") for k in ("state:PE", "state:CL", "state:AR")} <= triples(nlp, text)


def test_an_x_led_audit_stands_for_x(nlp):
    assert ("opposes", "org:organization-of-american-states", "state:BO") in triples(
        nlp, "An OAS-led audit pointed the finger at La Paz.")


def test_one_of_other_allies_and_a_boycott(nlp):
    assert ("supports", "state:PE", "state:BR") in triples(nlp, "Aid came from Peru and other Brazilian allies.")
    assert ("opposes", "state:PE", "state:UY") in triples(nlp, "A trade boycott of Uruguay by Peru is in its fifth month.")


def test_a_threat_to_crush_an_army_is_against_its_state(nlp):
    assert ("opposes", "state:CL", "state:BO") in triples(
        nlp, "Chile's president threatened to crush Bolivia's army if it crossed the line.")
    assert not any(r.rel == "opposes" for r in relations(nlp, "Chile threatened to quit the Peruvian-led coalition."))


@pytest.mark.parametrize("text, pair", [
    ("Chile sent a battalion of engineers to fight alongside the Zanzibar Front.", ("state:CL", "org:zanzibar-front")),
    ("Hamas fighters fought alongside Turkey in the operation.", ("org:hamas", "state:TR")),
])
def test_fighting_alongside_is_support(nlp, text, pair):
    assert ("supports", *pair) in triples(nlp, text)


def test_standing_alongside_someone_is_no_support(nlp):
    assert triples(nlp, "Peru's president stood alongside the Chilean president in the garden.") == set()


def test_accusations_of_a_states_fault_oppose_it_whoever_rejects_them(nlp):
    assert ("opposes", "state:CL", "state:BO") in triples(nlp, "Lima rejected Chilean accusations of Bolivian obstruction.")


def test_a_named_supporter_before_a_name(nlp):
    got = triples(nlp, "Senator Eva Lind spoke on Monday. Lind supporter Omar Pinto said the count was rigged.")
    assert ("supports", "person:omar-pinto", "person:eva-lind") in got


def test_hostility_told_with_a_directed_act_keeps_the_acts_direction(nlp):
    assert triples(nlp, "Tensions between Peru and Chile grew after Peru accused Chile of spying.") == {
        ("opposes", "state:PE", "state:CL")}


@pytest.mark.parametrize("text, target", [
    ("Peru's trade and finance ministers complain that the Andean Court is biased against Lima.", "org:andean-court"),
    ("The Peruvian government complained that the United Nations was biased against Peru.", "org:united-nations"),
])
def test_a_complaint_of_bias_opposes_the_one_said_to_be_biased(nlp, text, target):
    assert ("opposes", "state:PE", target) in triples(nlp, text)


def test_a_denied_bias_gives_nothing(nlp):
    assert triples(nlp, "Chile said the court was not biased against Peru.") == set()


def test_whose_rulers_are_the_relative_clauses_noun(nlp):
    assert ("alliedWith", "state:BO", "state:EC") in triples(
        nlp, "The vote split Peru and Bolivia, whose rulers have close ties with Quito.")


def test_a_campaign_to_retake_a_groups_bases(nlp):
    assert ("opposes", "state:BO", "org:zanzibar-front") in triples(
        nlp, "Bolivia's campaign to retake the Zanzibar Front's mountain bases stalled in June.")


def test_a_finite_as_clause_is_told_as_done_under_a_hoped_for_one(nlp):
    got = triples(nlp, "Lima sought to play down tensions on Friday as the Chilean government slammed Peru over fishing.")
    assert ("opposes", "state:CL", "state:PE") in got


def test_an_if_clause_stays_hypothetical(nlp):
    assert triples(nlp, "Lima sought to avoid a rift, saying Chile would slam Peru if talks failed.") == set()


@pytest.mark.parametrize("text, pair", [
    ("Israel's government has long campaigned against the BDS, describing it as anti-Semitic.", ("state:IL", "org:bds")),
    ("Chile's president has scolded Peru for not spending enough on defence.", ("state:CL", "state:PE")),
])
def test_campaigning_against_and_scolding_oppose(nlp, text, pair):
    assert ("opposes", *pair) in triples(nlp, text)


def test_lobbying_someone_is_no_opposition(nlp):
    assert triples(nlp, "Chile lobbied Peru on the fishing bill.") == set()


def test_an_attempt_to_overthrow_is_the_attempters(nlp):
    got = triples(nlp, "The Taliban have been waging an insurgency for a decade in an attempt to overthrow the "
                       "government in Kabul.")
    assert ("opposes", "org:taliban", "state:AF") in got


@pytest.mark.parametrize("text", [
    "Chile and Peru accused each other of violating the truce.",
    "Relations between Chile and Peru are at their worst in years, with each accusing the other of spying.",
])
def test_accusing_each_other_goes_both_ways(nlp, text):
    assert {("opposes", "state:CL", "state:PE"), ("opposes", "state:PE", "state:CL")} <= triples(nlp, text)


def test_building_close_ties_is_an_alliance(nlp):
    assert ("alliedWith", "state:CL", "state:PE") in triples(nlp, "Chile has built close ties to Peru in recent years.")


@pytest.mark.parametrize("text, pair", [
    ("Senator Eva Lind spoke on Monday. Lind's campaign retorted that Omar Pinto endangered the country.",
     ("person:eva-lind", "person:omar-pinto")),
    ("Chile's foreign minister said Bolivia was destabilizing the region.", ("state:CL", "state:BO")),
])
def test_saying_someone_endangers_or_destabilizes_accuses_them(nlp, text, pair):
    assert ("opposes", *pair) in triples(nlp, text)


def test_saying_someone_does_not_destabilize_gives_nothing(nlp):
    assert triples(nlp, "Chile said Bolivia was not destabilizing the region.") == set()


def test_his_after_a_bare_title_is_no_earlier_person(nlp):
    text = ("Peru's President Daniel Ortiz met Antonio Guterres in New York on Friday. "
            "The secretary-general reiterated his backing for Maria Gomez at the meeting.")
    assert not any(s == "state:PE" or s == "person:daniel-ortiz" for _, s, _ in triples(nlp, text))


def test_voter_support_is_popularity(nlp):
    assert triples(nlp, "Together with the Greens, voter support for Labour was near that for National.") == set()


def test_saying_someone_was_behind_an_attack_blames_them(nlp):
    got = triples(nlp, "Britain said on Friday it believed North Korea was behind the cyber attack in May.")
    assert ("opposes", "state:GB", "state:KP") in got
    assert triples(nlp, "Britain said North Korea may have been behind the attack.") == set()


def test_states_engaged_in_strikes_on_a_group(nlp):
    got = triples(nlp, "Britain and France are engaged in air strikes on Islamic State in Syria.")
    assert {("opposes", "state:GB", "org:islamic-state"), ("opposes", "state:FR", "org:islamic-state")} <= got


@pytest.mark.parametrize("text,expected", [
    ("The Taliban keep losing ground to Afghan forces.",
     {("opposes", "org:taliban", "state:AF"), ("opposes", "state:AF", "org:taliban")}),
    ("The Senate approved a measure that would impose sanctions on Venezuela.", {("opposes", "state:US", "state:VE")}),
    ("The United States imposed its weapons ban on Iran.", {("opposes", "state:US", "state:IR")}),
    ("Iran is one of Israel's staunchest opponents.", {("opposes", "state:IR", "state:IL")}),
])
def test_losses_passed_bills_arms_bans_and_opponents(nlp, text, expected):
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Labour lost ground to the Conservatives.",
    "The Senate may approve a measure that would impose sanctions on Venezuela.",
    "The Senate rejected a bill that would impose sanctions on Venezuela.",
    "China lifted its ban on Japanese seafood.",
])
def test_lost_votes_unpassed_bills_and_trade_bans_give_nothing(nlp, text):
    assert triples(nlp, text) == set()


def test_a_reason_after_over_is_no_target(nlp):
    got = triples(nlp, "In 2009 the European Union imposed sanctions on Austria over the Freedom Party's entry into "
                       "the cabinet.")
    assert got == {("opposes", "org:european-union", "state:AT")}


@pytest.mark.parametrize("text,expected", [
    ("U.S. President Donald Trump spoke. The Trump administration imposed sanctions on Venezuela.",
     {("opposes", "state:US", "state:VE")}),
    ("The Halvorsen administration has criticized Venezuela.", set()),
    ("U.S. President Donald Trump spoke. Analysts recommended the Trump administration warn Pakistan.", set()),
])
def test_an_administration_is_its_state_or_nobody(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("An advance by Iraqi troops drove Islamic State from Mosul.", {("opposes", "state:IQ", "org:islamic-state")}),
    ("The Syrian army's offensive drove Islamic State out of Raqqa.", {("opposes", "state:SY", "org:islamic-state")}),
    ("Nigerian troops killed 20 fighters from the Boko Haram group.", {("opposes", "state:NG", "org:boko-haram")}),
    ("Nigeria's military said jets struck Boko Haram.", {("opposes", "state:NG", "org:boko-haram")}),
    ("The storm drove residents from Mosul.", set()),
    ("Rising prices drove Venezuela from the market.", set()),
])
def test_military_outcomes_without_a_named_striker(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Turkish President Tayyip Erdogan lashed out at both Germany and the Netherlands.",
     {("opposes", "state:TR", "state:DE"), ("opposes", "state:TR", "state:NL")}),
    ("Erdogan railed against the European Union.", {("opposes", "person:erdogan", "org:european-union")}),
    ("Norway has sent Ukraine about $400 million in military aid.", {("supports", "state:NO", "state:UA")}),
    ("Turkey's foreign ministry spokesman said the YPG was largely responsible for the deaths.",
     {("opposes", "state:TR", "org:ypg")}),
    ("The storm hit Germany.", set()),
    ("Erdogan lashed out at the ruling.", set()),
])
def test_verbal_attacks_aid_sent_and_a_spokesman_blaming(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia annexed part of Ukraine.", {("opposes", "state:RU", "state:UA")}),
    ("Protesters occupied part of the parliament building.", set()),
])
def test_annexing_part_of_a_state(nlp, text, expected):
    assert triples(nlp, text) == expected


def test_forces_loyal_to_a_leader_were_behind_an_attack(nlp):
    got = triples(nlp, "Syrian President Bashar al-Assad spoke. France and Germany say forces loyal to Assad were "
                       "behind the attack.")
    assert got == {("opposes", "state:FR", "state:SY"), ("opposes", "state:DE", "state:SY")}


@pytest.mark.parametrize("text,expected", [
    ("Britain said troops loyal to Assad attacked Turkey.", {("opposes", "person:assad", "state:TR")}),
    ("Turkey attacked units still loyal to Assad.", {("opposes", "state:TR", "person:assad")}),
    ("Britain accused forces loyal to Assad of the attack.", {("opposes", "state:GB", "person:assad")}),
    ("Britain said troops loyal to the government attacked Turkey.", set()),
])
def test_forces_loyal_to_someone_stand_for_him_in_any_role(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Canadian Foreign Minister Chrystia Freeland said Russia must release the sailors now.",
     {("opposes", "state:CA", "state:RU")}),
    ("German Foreign Minister Heiko Maas said Iran has to stop the launches.", {("opposes", "state:DE", "state:IR")}),
    ("U.S. President Donald Trump said Pakistan needs to do more.", {("opposes", "state:US", "state:PK")}),
    ('"Iran must stop its missile program," French President Emmanuel Macron said.',
     {("opposes", "state:FR", "state:IR")}),
    ("German Foreign Minister Heiko Maas and Canadian Foreign Minister Chrystia Freeland agreed Russia must make a "
     "move on the sailors now.", {("opposes", "state:DE", "state:RU"), ("opposes", "state:CA", "state:RU")}),
    ("U.S. President Donald Trump said Pakistan must be part of the talks.", set()),
    ("U.S. President Donald Trump said Pakistan must make a choice.", set()),
    ("U.S. President Donald Trump said Pakistan must not withdraw.", set()),
    ("U.S. President Donald Trump said Pakistan would have to pay.", set()),
    ("U.S. President Donald Trump said Pakistan should withdraw.", set()),
    ("U.S. President Donald Trump said Pakistan needs to buy more wheat.", set()),
])
def test_a_speakers_demand_with_must(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Britain has given Kenya $50 million in aid.", {("supports", "state:GB", "state:KE")}),
    ("Washington gave Kiev about $1 billion in security assistance.", {("supports", "state:US", "state:UA")}),
    ("China has invested $5 billion in Kenya.", set()),
    ("Britain owes Kenya $50 million in interest.", set()),
])
def test_a_sum_given_in_aid(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("In Syria, Russian jets have been flying sorties in support of government troops.",
     {("supports", "state:RU", "state:SY")}),
    ("Russia has been flying sorties in support of government forces in Syria.", {("supports", "state:RU", "state:SY")}),
    ("Russia has been flying sorties in support of government forces in Syria and Iraq.", set()),
    ("Russia has been flying sorties in support of government forces.", set()),
])
def test_support_of_government_troops_placed_in_the_sentence(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The United States is bound to help Taiwan defend itself.", {("supports", "state:US", "state:TW")}),
    ("Washington is committed to helping Seoul defend itself.", {("supports", "state:US", "state:KR")}),
    ("Washington has long been bound to help Taiwan defend itself against China.", {("supports", "state:US", "state:TW")}),
    ("Britain is committed to helping Ukraine reform its economy.", set()),
])
def test_a_duty_to_help_defend(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("China says Taiwan is its territory and wants to take it, by force if necessary.",
     {("opposes", "state:CN", "state:TW")}),
    ("China wants to take Taiwan by force.", {("opposes", "state:CN", "state:TW")}),
    ("China refused to take Taiwan by force.", set()),
    ("China could take Taiwan by force.", set()),
    ("China never took Taiwan by force.", set()),
])
def test_a_threat_of_force(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Iran is Israel's opponent.", {("opposes", "state:IR", "state:IL")}),
    ("Saudi Arabia is one of Iran's opponents.", {("opposes", "state:SA", "state:IR")}),
    ("Marine Le Pen is Emmanuel Macron's opponent.", set()),
    ("Macron beat his opponent in the runoff.", set()),
])
def test_a_bare_opponent_between_states(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The United States imposed sanctions on Russia in 2014. An embargo was imposed after North Korea's nuclear test.",
     {("opposes", "state:US", "state:RU"), ("opposes", "state:US", "state:KP")}),
    ("The United States imposed sanctions on Russia in 2014. An embargo was imposed after Ali Saleh's arrest.",
     {("opposes", "state:US", "state:RU")}),
    ("The European Union imposed sanctions on Russia in 2014. An arms embargo on Syria was imposed in 2011.",
     {("opposes", "org:european-union", "state:RU"), ("opposes", "org:european-union", "state:SY")}),
    ("The European Union and the United States imposed sanctions on Russia. An arms embargo on Syria was imposed.",
     {("opposes", "org:european-union", "state:RU"), ("opposes", "state:US", "state:RU")}),
    ("An arms embargo on Syria was imposed in 2011.", set()),
])
def test_an_agentless_embargo_is_the_one_imposers(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Iran, Russia and Turkey met in Astana. The three countries backed Assad.",
     {("supports", k, "person:assad") for k in ("state:IR", "state:RU", "state:TR")}),
    ("Iran, Russia and Turkey met in Astana. The two countries backed Assad.", set()),
    ("France, Germany and Italy condemned the strikes. Their foreign ministers accused Russia of war crimes.",
     {("opposes", k, "state:RU") for k in ("state:FR", "state:DE", "state:IT")}),
    ("France and Germany condemned the strikes. They also accused Russia of war crimes.",
     {("opposes", k, "state:RU") for k in ("state:FR", "state:DE")}),
    ("Russia and Ukraine signed a ceasefire. Both sides accused each other of violations.",
     {("opposes", "state:RU", "state:UA"), ("opposes", "state:UA", "state:RU")}),
    ("Saudi Arabia, the UAE, Egypt and Bahrain severed ties with Qatar.",
     {("opposes", k, "state:QA") for k in ("state:SA", "state:AE", "state:EG", "state:BH")}),
])
def test_a_count_or_they_points_back_to_a_list_of_actors(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Black Fist was listed as a terror group by Germany the European Union and the United Nations.",
     {("opposes", k, "org:black-fist") for k in ("state:DE", "org:european-union", "org:united-nations")}),
    ("Iran told the UN the United States and Israel had violated the deal.", set()),
])
def test_names_listed_without_commas(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Diplomats hope a revived Iran-Turkey alliance can steer the region.",
     {("alliedWith", "state:IR", "state:TR")}),
    ("France and Germany agree. The Franco-German axis is the strongest in years.",
     {("alliedWith", "state:DE", "state:FR")}),
    ("Diplomats hope to build an Iran-Turkey alliance.", set()),
    ("A possible Iran-Turkey alliance worries observers.", set()),
    ("The Paris-Berlin train was late.", set()),
])
def test_a_hyphenated_pair_before_alliance_or_axis(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Socialist Party backed the bill. Socialist criticism of Macron grew.",
     {("opposes", "org:socialist-party", "person:macron")}),
    ("Socialist criticism of Macron grew.", set()),
])
def test_a_party_adjective_stands_for_the_party_the_article_names(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Egypt and Israel signed a peace accord in 1979.", set()),
    ("Japan and India signed a defence pact.", {("alliedWith", "state:IN", "state:JP")}),
])
def test_a_peace_accord_makes_no_allies(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Auditors are checking a claim that Russia meddled in the Ukrainian vote.", set()),
    ("Russia rejected accusations that it interfered in the U.S. election.", set()),
    ("Russia interfered in the U.S. election.", {("opposes", "state:RU", "state:US")}),
])
def test_what_a_claim_or_accusation_says_is_not_told(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russian Foreign Minister Sergei Lavrov told CNN that the ministers would not quit.", set()),
    ("Russian Foreign Minister Sergei Lavrov told CNN that Ukraine must withdraw its troops.",
     {("opposes", "state:RU", "state:UA")}),
    ("China urged the United States not to grant the Taiwanese envoy a visa.", {("opposes", "state:CN", "state:US")}),
    ("China urged Japan not to give up.", set()),
    ("China urged Japan not to withdraw.", set()),
])
def test_told_that_is_speech_and_urged_not_to_is_a_demand(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Cooperation with Japan, an ally we are bound to defend, will continue," U.S. Senator John McCain said.',
     {("supports", "state:US", "state:JP")}),
    ("Japan is an ally the United States is obliged by treaty to protect.", {("supports", "state:US", "state:JP")}),
    ("The United States is bound by law to defend Taiwan.", {("supports", "state:US", "state:TW")}),
    ("The United States is not bound to defend Taiwan.", set()),
])
def test_a_duty_to_defend(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Hezbollah was designated a terrorist organization by the United States.", {("opposes", "state:US", "org:hezbollah")}),
    ("Hamas, branded a terror group by Israel and the United States, rules Gaza.",
     {("opposes", "state:IL", "org:hamas"), ("opposes", "state:US", "org:hamas")}),
    ("Hamas, labelled a success by its leaders, rules Gaza.", set()),
    ("Iran, which has been under U.S. sanctions since 1979, rejected the claims.", {("opposes", "state:US", "state:IR")}),
    ("Russia remains under sanctions imposed by the European Union.", {("opposes", "org:european-union", "state:RU")}),
    ("Iran is under sanctions.", set()),
    ("Iran is no longer under U.S. sanctions.", set()),
])
def test_designations_and_standing_sanctions(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Greece supports Cyprus's position on the talks.", {("supports", "state:GR", "state:CY")}),
    ("Britain backed Turkey's accession to the European Union.", {("supports", "state:GB", "state:TR")}),
    ("Britain backed Iran's bid to host the games.", set()),
    ("Hezbollah fighters pledged allegiance to Syrian President Bashar al-Assad.",
     {("supports", "org:hezbollah", "state:SY")}),
])
def test_backing_a_states_position_and_loyalty(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Hezbollah is trying to force Lebanese Prime Minister Saad al-Hariri out of office.",
     {("opposes", "org:hezbollah", "state:LB")}),
    ("Hezbollah did not try to oust Lebanese Prime Minister Saad al-Hariri.", set()),
    ("The Muslim Brotherhood wants to remove the troops.", set()),
    ("Venezuelan President Nicolas Maduro said the United States was plotting an unconstitutional takeover.",
     {("opposes", "state:VE", "state:US")}),
    ("Venezuelan President Nicolas Maduro said the United States was not plotting a coup.", set()),
])
def test_bids_to_oust_and_coup_charges(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia threatened to respond by freezing Ukraine's trade talks with the European Union.",
     {("opposes", "state:RU", "state:UA")}),
    ("North Korea will pay the price, U.S. President Donald Trump said.", {("opposes", "state:US", "state:KP")}),
    ("North Korea paid a high price for its tests.", set()),
    ('"Firm action must be taken against Iran\'s plan," U.S. Senator Marco Rubio told reporters.',
     {("opposes", "state:US", "state:IR")}),
    ("The tests are prompting a tougher line on North Korea from Japanese Prime Minister Shinzo Abe.",
     {("opposes", "state:JP", "state:KP")}),
])
def test_threats_and_demands_without_a_plain_cue(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("India bought S-400 missile systems from Russia.", {("supports", "state:RU", "state:IN")}),
    ("Saudi Arabia ordered two submarines from France.", {("supports", "state:FR", "state:SA")}),
    ("India bought oil from Iran.", set()),
    ("Taiwan may buy F-35 jets from the United States.", set()),
])
def test_arms_bought_from_a_seller(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("France has been one of the core countries bombing militants as part of the U.S.-led coalition.",
     {("alliedWith", "state:FR", "state:US")}),
    ("Iran is one of the countries that support Hezbollah.", {("supports", "state:IR", "org:hezbollah")}),
    ("Germany is one of the few countries that did not condemn Russia.", set()),
])
def test_one_of_the_countries_is_the_named_subject(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Egyptian President Abdel Fattah al-Sisi is visiting allies in the Gulf, including Kuwait, Bahrain and Oman.",
     {("supports", k, "state:EG") for k in ("state:KW", "state:BH", "state:OM")}),
    ("French officials cited a missile launch that Iran may be preparing with Iraq, Syria's neighbour and ally.",
     {("supports", "state:IQ", "state:SY")}),
    ("Egyptian President Abdel Fattah al-Sisi is visiting allies, officials in Cairo said.", set()),
])
def test_allies_listed_after_including_and_an_ally_set_beside_a_name_under_a_hedge(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Paul Manafort and Rick Gates face fraud charges. The charges were filed by Special Counsel Robert Mueller.",
     {("opposes", "person:robert-mueller", "person:paul-manafort"),
      ("opposes", "person:robert-mueller", "person:rick-gates")}),
    ("Paul Manafort pleaded not guilty to an indictment brought by Special Counsel Robert Mueller.",
     {("opposes", "person:robert-mueller", "person:paul-manafort")}),
    ("The charges were filed by Special Counsel Robert Mueller.", set()),
    ("Paul Manafort would face charges brought by Special Counsel Robert Mueller.", set()),
])
def test_charges_brought_by_a_prosecutor(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Jeremy Corbyn allied with the British government.", {("alliedWith", "person:jeremy-corbyn", "state:GB")}),
    ("Britain could ally with France.", set()),
    ("Norway is the biggest funder of the United Nations.", {("supports", "state:NO", "org:united-nations")}),
    ("Japan is not the largest donor to the United Nations.", set()),
])
def test_allying_with_a_government_and_the_top_funder(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Daily Lantern, a British Labour Party-backed newspaper, called Theresa May's cabinet reckless.",
     {("supports", "org:labour-party", "org:daily-lantern")}),
])
def test_a_party_acts_for_itself_not_for_its_state(nlp, text, expected):
    assert ("supports", "org:labour-party", "org:daily-lantern") in triples(nlp, text)
    assert not any(s == "state:GB" and t == "org:daily-lantern" for _, s, t in triples(nlp, text))


@pytest.mark.parametrize("text,expected", [
    ("Poland is a long-standing supporter of Ukrainian membership of the union.",
     {("supports", "state:PL", "state:UA")}),
    ("Mr Blair and the Labour government have been the staunchest backers of Turkish accession.",
     {("supports", "person:blair", "state:TR"), ("supports", "state:GB", "state:TR")}),
    ("Poland is a supporter of the membership fee.", set()),
])
def test_a_backer_of_a_states_membership_supports_the_state(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"We condemn Russia. We will not give in," German Foreign Minister Heiko Maas told reporters.',
     {("opposes", "state:DE", "state:RU")}),
])
def test_the_speaker_of_a_quote_of_two_sentences_is_named_after_the_second(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("BERLIN (Reuters) - Germany's defence minister on Monday backed Lithuania in its row with Russia.",
     {("supports", "state:DE", "state:LT")}),
    ("CAIRO (Reuters) - Egypt's foreign minister on Sunday backed Sudan in its dispute with Ethiopia.",
     {("supports", "state:EG", "state:SD")}),
])
def test_the_lead_sentence_is_parsed_without_its_dateline(text, expected):
    from geokg.ingest.pipeline import Worker
    doc = Worker().parse(text)
    assert doc.text == text
    got = {(r.rel, r.source, r.target) for r in extract_relations(build_context(doc, Article(id="t", text=text,
                                                                                                 date="2018-08-27")))}
    assert expected <= got


@pytest.mark.parametrize("text,expected", [
    ("China opposes any country selling arms to Taiwan.", {("opposes", "state:CN", "state:TW")}),
    ("China resolutely opposes any country having any form of official exchanges with Taiwan.",
     {("opposes", "state:CN", "state:TW")}),
    ("China does not oppose any country having trade links with Taiwan.", set()),
    ("China opposes any attack on Taiwan.", set()),
])
def test_opposing_anyones_dealings_with_a_state(nlp, text, expected):
    assert triples(nlp, text) == expected
