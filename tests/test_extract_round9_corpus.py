"""Relation classes found by reading unannotated corpus articles (round 9): made-up sentences in, relations out."""

import pytest

from extraction import triples_on


@pytest.mark.parametrize("text", [
    "Canberra, which backed Kabul against the Taliban, sent more trainers.",
    "Australia's support for Afghanistan in the war against the Taliban was praised.",
    "Australia gave air support to Afghanistan against the Taliban last year.",
])
def test_backing_one_side_against_another_opposes_the_other(nlp, text):
    got = triples_on(nlp, "2017-10-10", text)
    assert ("supports", "state:AU", "state:AF") in got
    assert ("opposes", "state:AU", "org:taliban") in got
    assert ("supports", "state:AU", "org:taliban") not in got   # the one fought is not backed


def test_defending_against_someone_is_no_act_against_them(nlp):
    got = triples_on(nlp, "2017-10-10", "Australia has defended Japan against China for decades.")
    assert ("opposes", "state:AU", "state:CN") not in got


@pytest.mark.parametrize("text, triple", [
    ("The European Commission launched legal proceedings against Hungary on Friday.",
     ("opposes", "org:european-commission", "state:HU")),
    ("Canada filed a complaint against Brazil at the World Trade Organization.", ("opposes", "state:CA", "state:BR")),
    ("The European Union has taken legal action against Hungary.", ("opposes", "org:european-union", "state:HU")),
    ("Tehran's retaliation against new Saudi sanctions was swift.", ("opposes", "state:IR", "state:SA")),
    ("Egyptian President Abdel Fattah al-Sisi has directed sharp criticism at Ethiopia.", ("opposes", "state:EG", "state:ET")),
])
def test_legal_action_retaliation_and_aimed_criticism_oppose(nlp, text, triple):
    assert triple in triples_on(nlp, "2017-10-10", text)


@pytest.mark.parametrize("text", [
    "Canada withdrew its complaint against Brazil on Friday.",
    "Canada dropped the lawsuit against Brazil.",
    "Officials doubted Pakistan was taking adequate action against the Haqqani network.",
    "Brazil faced criticism at the summit in Ottawa.",
])
def test_undone_or_judged_actions_give_nothing(nlp, text):
    assert not {t for t in triples_on(nlp, "2017-10-10", text) if t[0] == "opposes"}


@pytest.mark.parametrize("text, triple", [
    ("The Malian army retreated in the face of attacks by Boko Haram.", ("opposes", "org:boko-haram", "state:ML")),
    ("The Malian army fled in the face of Boko Haram last year.", ("opposes", "org:boko-haram", "state:ML")),
    ("Somalia's government, which has struggled to keep order in the face of a growing al Shabaab insurgency, "
     "asked for help.", ("opposes", "org:al-shabaab", "state:SO")),
])
def test_giving_way_in_the_face_of_an_armed_push(nlp, text, triple):
    assert triple in triples_on(nlp, "2017-10-10", text)


def test_in_the_face_of_a_rival_is_no_fight(nlp):
    got = triples_on(nlp, "2017-10-10", "Norway has built ties with Mali in the face of competition from China.")
    assert not {t for t in got if t[0] == "opposes"}


@pytest.mark.parametrize("text, triple", [
    ("Egyptian President Abdel Fattah al-Sisi renewed his allegation that Ethiopia had bribed the mediators.",
     ("opposes", "state:EG", "state:ET")),
    ("Peru made the accusation that Chile was funding the smugglers.", ("opposes", "state:PE", "state:CL")),
])
def test_an_allegation_opposes_the_accused(nlp, text, triple):
    assert triple in triples_on(nlp, "2017-10-10", text)


@pytest.mark.parametrize("text", [
    "Chile rejected allegations that Peru was funding the smugglers.",
    "There were allegations that Chile was funding the smugglers.",
    "Peru dismissed the accusation that he was the source of the leak.",
])
def test_denied_or_ownerless_allegations_give_nothing(nlp, text):
    assert not {t for t in triples_on(nlp, "2017-10-10", text) if t[0] == "opposes"}


@pytest.mark.parametrize("text, triple", [
    ("Dismissed Peruvian prosecutor Ana Soto said she had evidence that Chilean President Luis Vera was involved in "
     "bribery.", ("opposes", "person:ana-soto", "state:CL")),
    ("Maria Lopez, head of the commission, told reporters there was evidence that Chile broke the law.",
     ("opposes", "person:maria-lopez", "state:CL")),
])
def test_holding_evidence_of_wrongdoing_accuses(nlp, text, triple):
    assert triple in triples_on(nlp, "2017-10-10", text)


@pytest.mark.parametrize("text", [
    "The inspectors found no evidence that Chile had violated the deal.",
    "The inspectors said they had evidence that Chile was complying with the deal.",
    "If Peru has evidence that Chile meddled in the vote, it should show it.",
])
def test_evidence_denied_benign_or_hypothetical_gives_nothing(nlp, text):
    assert not {t for t in triples_on(nlp, "2017-10-10", text) if t[0] == "opposes"}


@pytest.mark.parametrize("text, triple", [
    ("Canada offered Haiti aid on Monday.", ("supports", "state:CA", "state:HT")),
    ("Canada has formally offered the Haitian government the assistance of 100 engineers.",
     ("supports", "state:CA", "state:HT")),
    ("Japan gave Ukraine military assistance last year.", ("supports", "state:JP", "state:UA")),
])
def test_aid_given_to_a_dative_recipient(nlp, text, triple):
    assert triple in triples_on(nlp, "2017-10-10", text)


def test_aid_only_looked_into_or_refused_gives_nothing(nlp):
    assert not triples_on(nlp, "2017-10-10", "Canada is looking into giving Haiti aid.")
    assert not triples_on(nlp, "2017-10-10", "Canada offered Haiti no aid.")


@pytest.mark.parametrize("text, triple", [
    ("Kenya launched air strikes on rebel camps on Monday. The strikes drew condemnation from Uganda.",
     ("opposes", "state:UG", "state:KE")),
    ("The Kenyan army shelled rebel positions on Monday. The shelling prompted a rebuke from Uganda.",
     ("opposes", "state:UG", "state:KE")),
    ("Kenya launched air strikes on rebel camps on Monday. Uganda condemned the strikes.",
     ("opposes", "state:UG", "state:KE")),
])
def test_an_act_on_no_named_actor_keeps_its_agent_for_the_next_sentence(nlp, text, triple):
    assert triple in triples_on(nlp, "2017-10-10", text)


@pytest.mark.parametrize("text, triple", [
    ("North Korean ally China voted against the resolution.", ("supports", "state:CN", "state:KP")),
    ("Eighteen members of the Haqqani network, allied to the Taliban, were killed.",
     ("supports", "org:haqqani-network", "org:taliban")),
    ("The Haqqani network, which is allied to the Taliban, claimed the attack.",
     ("supports", "org:haqqani-network", "org:taliban")),
    ("The Haqqani network is allied with the Taliban.", ("alliedWith", "org:haqqani-network", "org:taliban")),
])
def test_ally_before_a_name_and_allied_to(nlp, text, triple):
    assert triple in triples_on(nlp, "2017-10-10", text)


def test_not_allied_to_gives_nothing(nlp):
    assert not triples_on(nlp, "2017-10-10", "The Haqqani network is not allied to the Taliban.")


def test_allies_at_the_end_of_a_list_of_attributes(nlp):
    got = triples_on(nlp, "2017-10-10", "Canada and Mexico are friends, partners and allies.")
    assert ("alliedWith", "state:CA", "state:MX") in got


@pytest.mark.parametrize("text, expected", [
    ("Egypt imposed travel, economic and diplomatic sanctions on Libya in June.", True),
    ("Egypt imposed travel bans and sanctions on Libya.", True),
    ("Egypt may impose travel bans and sanctions on Libya.", False),
    ("Egypt lifted travel bans and sanctions on Libya.", False),
])
def test_sanctions_coordinated_with_another_object(nlp, text, expected):
    assert (("opposes", "state:EG", "state:LY") in triples_on(nlp, "2017-10-10", text)) is expected


@pytest.mark.parametrize("text, triple", [
    ("With Russian air support, the Libyan army pushed back the militants.", ("supports", "state:RU", "state:LY")),
    ("With U.S. help, Iraq retook the city.", ("supports", "state:US", "state:IQ")),
])
def test_with_a_states_help(nlp, text, triple):
    assert triple in triples_on(nlp, "2017-10-10", text)


def test_with_public_support_is_nobodys_backing(nlp):
    assert not triples_on(nlp, "2017-10-10", "With public support, the Labour Party won.")


@pytest.mark.parametrize("text", [
    "The Taliban and the allied Haqqani network claimed the attack.",
    "Washington would act unless Islamabad pursues leaders of the Taliban and the allied Haqqani network.",
])
def test_and_the_allied_group(nlp, text):
    assert ("alliedWith", "org:haqqani-network", "org:taliban") in triples_on(nlp, "2017-10-10", text)


def test_allied_forces_alone_give_nothing(nlp):
    assert not triples_on(nlp, "2017-10-10", "The allied forces entered the city.")
