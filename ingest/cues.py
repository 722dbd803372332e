"""The cue lexicon: the words that signal a relation or a meeting, with their CAMEO code and PLOVER type.

Pure data plus small lookups, so the relation and meeting extractors stay readable and the lexicon
can be reviewed on its own. CAMEO codes follow the CAMEO 1.1b3 manual (e.g. 072 provide military aid,
111 criticize or denounce, 163 impose embargo, boycott or sanctions); PLOVER types its event classes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    """What a cue word means: the relation, its event codes, how sure a plain reading is."""

    rel: str                      # supports | opposes | alliedWith
    cameo: str | None = None
    plover: str | None = None
    confidence: float = 0.8
    preps: tuple[str, ...] = ()   # prepositions whose object is the target ("sanctions on X", "support for X")
    reverse: bool = False         # "Iran-aligned Houthis": the modified noun supports the modifier


def _cues(words: str, cue: Cue) -> dict[str, Cue]:
    return {w: cue for w in words.split()}


SUPPORT = Cue("supports", "051", "SUPPORT", 0.8, ("for", "to", "of"))
AID = Cue("supports", "070", "AID", 0.8, ("to", "for"))
MIL_AID = Cue("supports", "072", "AID", 0.85, ("to", "for"))
ECON_AID = Cue("supports", "071", "AID", 0.8, ("to", "for"))
DEFEND = Cue("supports", "052", "SUPPORT", 0.7, ())
CRITICIZE = Cue("opposes", "111", "ACCUSE", 0.8, ("of", "over", "for"))
ACCUSE = Cue("opposes", "112", "ACCUSE", 0.8, ())
DEMAND = Cue("opposes", "100", "REQUEST", 0.65, ())
THREATEN = Cue("opposes", "130", "THREATEN", 0.75, ("against",))
SANCTION = Cue("opposes", "163", "SANCTION", 0.85, ("on", "against", "over"))
EXPEL = Cue("opposes", "166", "COERCE", 0.75, ())
DETAIN = Cue("opposes", "173", "COERCE", 0.7, ())
COERCE = Cue("opposes", "170", "COERCE", 0.7, ("on", "against"))
ASSAULT = Cue("opposes", "190", "ASSAULT", 0.8, ("against", "on"))
AIR = Cue("opposes", "195", "ASSAULT", 0.8, ("against", "on"))
OCCUPY = Cue("opposes", "192", "ASSAULT", 0.75, ())
OPPOSE = Cue("opposes", "110", "REJECT", 0.7, ())
BLOCKADE = Cue("opposes", "191", "COERCE", 0.8, ("of", "on", "against"))
BREAK_TIES = Cue("opposes", "161", "SANCTION", 0.8)    # reduce or break diplomatic relations
# "Russia's interference in the U.S. election", "meddled in Ukraine's affairs": against the state meddled with
MEDDLE = Cue("opposes", "170", "COERCE", 0.7, ("in", "with"))
MEDDLE_WORDS = frozenset("interfere meddle interference meddling".split())
AFFAIRS_NOUNS = frozenset("election elections vote votes affairs politics referendum campaign democracy".split())

# "Kiir sacked Machar": verbs.py reads them with a person as the object only
SACK_VERBS = frozenset("sack fire dismiss".split())
# verbs (by lemma) whose subject acts on their object
VERBS: dict[str, Cue] = {
    **_cues("back support endorse sponsor champion", SUPPORT),
    **_cues("aid assist", AID),
    **_cues("arm equip train", MIL_AID),
    **_cues("fund finance bankroll", ECON_AID),
    **_cues("defend protect", DEFEND),
    **_cues("condemn denounce criticize criticise chide rap slam blast rebuke lambast castigate censure decry "
            "insult deride", CRITICIZE),
    **_cues("accuse blame", ACCUSE),
    **_cues("threaten", THREATEN),
    "warn": Cue("opposes", "130", "THREATEN", 0.6, ("dobj-only",)),   # "warned Iran", not "warned against a split"
    **_cues("sanction blacklist boycott", SANCTION),
    **_cues("expel", EXPEL),
    **_cues("detain arrest apprehend jail imprison convict sentence indict charge prosecute", DETAIN),
    **_cues("punish pressure", COERCE),
    **_cues("attack fight battle invade raid ambush intervene dislodge crush combat confront repel besiege kill "
            "assassinate shoot destroy encircle overrun overran rout", ASSAULT),   # ("overran": the small model's lemma)
    **_cues("oust overthrow topple defeat", Cue("opposes", "190", "ASSAULT", 0.7, reverse=True)),   # never of a person
    **_cues("seize capture wrest retake recapture", Cue("opposes", "190", "ASSAULT", 0.7, ("from",))),
    **_cues("bomb shell airstrike", AIR),   # not "strike": strike a deal, strike a tone
    **_cues("target hit pound strike", Cue("opposes", "195", "ASSAULT", 0.75, ("dobj-only",))),   # "struck a deal",
    # "struck a tone" name no actor as the object, so only "struck Hamas targets" is read
    **_cues("annex occupy", OCCUPY),
    **_cues("oppose counter counteract contain antagonize antagonise deter isolate", OPPOSE),
    **_cues("retaliate", COERCE),   # "retaliated against Argentina"
    "blockade": BLOCKADE,
    "clash": Cue("opposes", "190", "ASSAULT", 0.7, ("with-both",)),
    **_cues("interfere meddle", MEDDLE),
    # "has long campaigned against the BDS", "spoke out against Maduro": only what is named after "against"
    **_cues("campaign protest rally lobby agitate speak", Cue("opposes", "110", "REJECT", 0.7, ("against-only",))),
    **_cues("scold berate chastise reprimand admonish assail excoriate vilify", CRITICIZE),
    **_cues("undermine destabilize destabilise sabotage betray", OPPOSE),
    "veto": OPPOSE,   # "vetoed Chile's bid to join": against the one whose bid it is
    # "a court dissolved the opposition party", "outlawed the X front": a body or group closed down (CAMEO 1724)
    **_cues("dissolve outlaw disband", Cue("opposes", "172", "COERCE", 0.7, ("dobj-only",))),
    # round 9 lexicon (CAMEO 111 / 112 / 12x / 13x / 17x / 18x-19x, 05x-07x), each checked on the corpus
    **_cues("ridicule disparage upbraid reproach bash fault pillory lampoon denigrate belittle harangue",
            CRITICIZE),
    **_cues("implicate incriminate", ACCUSE),
    **_cues("snub rebuff spurn shun", Cue("opposes", "120", "REJECT", 0.7, ("dobj-only",))),
    "defy": Cue("opposes", "128", "REJECT", 0.7, ("dobj-only",)),   # "defied Washington"
    **_cues("menace intimidate bully blackmail coerce", THREATEN),
    **_cues("persecute repress oppress harass", Cue("opposes", "175", "COERCE", 0.7)),
    **_cues("abduct kidnap", Cue("opposes", "181", "ASSAULT", 0.7)),
    **_cues("massacre slaughter repulse strafe torpedo assault", ASSAULT),
    "sue": Cue("opposes", "115", "ACCUSE", 0.7, ("dobj-only",)),   # "Iran sued the United States"
    # "X challenged the government's plan", "challenged Spain to respect the vote": not "challenged in court"
    "challenge": Cue("opposes", "110", "REJECT", 0.7, ("dobj-only",)),
    "bombard": AIR,
    "storm": Cue("opposes", "190", "ASSAULT", 0.7, ("dobj-only",)),   # not "stormed out of the talks"
    "bolster": Cue("supports", "051", "SUPPORT", 0.7, ("dobj-only",)),
    "shield": DEFEND,
    **_cues("subsidize subsidise", ECON_AID),
    # "Kiir sacked Machar", "Maduro fired him": a person put out of a post (CAMEO 172, administrative sanction);
    # verbs.py keeps only a person as the object ("fired missiles", "dismissed the claims" name no one)
    **{v: Cue("opposes", "172", "COERCE", 0.7, ("dobj-only",)) for v in SACK_VERBS},
}
# phrasal cues, by the verb's lemma: (the particle or object word it needs, the preposition naming the target or
# "" for the direct object, the cue): "took aim at X", "cracked down on X", "propped up X"
PHRASAL: dict[str, tuple[tuple[str, str, Cue], ...]] = {
    "take": (("aim", "at", CRITICIZE),),
    "round": (("", "on", CRITICIZE),),
    "call": (("out", "", Cue("opposes", "111", "ACCUSE", 0.75, ("dobj-only",))),),
    "crack": (("down", "on", Cue("opposes", "175", "COERCE", 0.7)),),
    "clamp": (("down", "on", Cue("opposes", "175", "COERCE", 0.7)),),
    "open": (("fire", "on", ASSAULT), ("fire", "at", ASSAULT)),
    "declare": (("war", "on", ASSAULT), ("war", "against", ASSAULT)),
    "beat": (("back", "", Cue("opposes", "190", "ASSAULT", 0.75, ("dobj-only",))),),
    "turn": (("", "against", OPPOSE),),
    "gang": (("up", "on", OPPOSE),),
    "rally": (("", "behind", SUPPORT),),
    "throw": (("weight", "behind", SUPPORT), ("support", "behind", SUPPORT)),   # "threw his weight behind X"
    "prop": (("up", "", Cue("supports", "051", "SUPPORT", 0.75, ("dobj-only",))),),
    "shore": (("up", "", Cue("supports", "051", "SUPPORT", 0.75, ("dobj-only",))),),
    "bail": (("out", "", Cue("supports", "071", "AID", 0.75, ("dobj-only",))),),
    "hit": (("back", "at", CRITICIZE),),      # "hit out at" is lash_out's
    "fire": (("", "on", ASSAULT), ("back", "at", CRITICIZE)),
    "strike": (("back", "at", CRITICIZE),),
    "snipe": (("", "at", CRITICIZE),),
    "push": (("back", "against", OPPOSE),),
    "join": (("forces", "with", Cue("alliedWith", "062", "COOPERATE", 0.7)),),   # "joined forces with X"
    "team": (("up", "with", Cue("alliedWith", "062", "COOPERATE", 0.7)),),
    "partner": (("", "with", Cue("alliedWith", "062", "COOPERATE", 0.7)),),
}
# "Lind's campaign retorted that Pinto endangered the country": a speaker saying this of a named actor accuses it
ACCUSING_VERBS = frozenset("""endanger betray undermine destabilize destabilise sabotage deceive mislead""".split())
# "Sylvania said Freedonia had meddled in the vote": a wrong told in reported speech, by itself ...
WRONG_VERBS = frozenset("conspire collude meddle interfere".split())
# ... or by its object: "committed genocide", "violated the constitution", "set the fires"
CRIME_NOUNS = frozenset("""crime genocide treason atrocity fraud massacre murder terrorism sedition perjury espionage
aggression""".split())
LAW_NOUNS = frozenset("""law constitution right ceasefire truce sanction resolution treaty accord sovereignty airspace
""".split())
WRONG_OBJECTS = {"commit": CRIME_NOUNS, "violate": LAW_NOUNS, "breach": LAW_NOUNS, "set": frozenset({"fire"})}
KILL_VERBS = frozenset("kill assassinate shoot".split())
# "Human Rights Watch said the army tortured detainees": abuses an organisation reports of a state
ABUSE_VERBS = frozenset("""torture abuse rape execute massacre murder kill persecute harass intimidate repress mistreat
starve abduct kidnap violate raze loot torch burn""".split())
# the unarmed people whose killing an organisation reports as an abuse, not a fight
UNARMED_NOUNS = frozenset("""civilian protester protestor demonstrator people villager detainee prisoner child woman man
journalist activist student worker refugee migrant worshipper""".split())
# "battling an Islamic State insurgency", "fought the Condor Front rebellion": a rising fought is its group fought
RISING_NOUNS = frozenset("insurgency rebellion uprising insurrection militancy".split())
RISING_FIGHT_VERBS = frozenset("fight battle combat crush confront".split())
# kinds of acts, so that "the strikes" condemned in one sentence find who struck in the one before
EVENT_KINDS = {**{w: "air" for w in "strike airstrike bombing bomb bombardment raid shelling shell".split()},
               **{w: "ground" for w in "offensive assault invasion invade incursion".split()},
               "attack": "attack"}
# the article-wide event memory (anaphora.py): kinds of acts whose agent a later "the arrests", "these attacks",
# "the sanctions" points back to (verbs and nouns by lemma; the attack kinds are EVENT_KINDS')
MEMORY_KINDS = {**{w: "custody" for w in """arrest apprehend detain detention jail jailing imprison imprisonment incarceration
convict conviction sentence sentencing indict indictment prosecute prosecution custody crackdown""".split()},
                **{w: "sanction" for w in "sanction embargo blacklist".split()}, **EVENT_KINDS,
                # acts known by their owner only ("Trump's decision", "the KRG referendum"): read by anaphora.py
                **{w: "decision" for w in "decision move".split()},
                **{w: "referendum" for w in "referendum plebiscite vote".split()}, "recognition": "recognition"}
# kinds whose one agent holds for the whole article (a story about one detention, one decision, one referendum);
# attacks are many: only those told before the noun count
ARTICLE_KINDS = frozenset("custody decision referendum recognition".split())
# opposition to an actor's act is opposition to the actor: "condemned Russia's annexation", "counteracting
# China's expansion" (not for support: "backed Iran's bid" is no backing of Iran)
POSS_OBJECT_CAMEO = frozenset("110 111 112 163 170".split())

# "challenged the government's plan", "challenges Y's rule": what of an actor's is challenged (not "Y's coalition")
CHALLENGED_ACTS = frozenset("""plan proposal decision approach policy move law bill ban order decree ruling reform
strategy authority rule leadership legitimacy claim""".split())

# nouns (by lemma) that carry a relation; the source is a possessor, a demonym or the governing verb's subject
NOUNS: dict[str, Cue] = {
    "backing": SUPPORT,     # "Iran's backing of Assad"; but "the support of the DUP" is the DUP's
    **_cues("support endorsement", Cue("supports", "051", "SUPPORT", 0.8, ("for", "to"))),
    **_cues("aid assistance", AID),
    **_cues("sanction", SANCTION),
    **_cues("embargo boycott ban", Cue("opposes", "163", "SANCTION", 0.85, ("on", "against", "of"))),
    **_cues("blockade siege", BLOCKADE),
    **_cues("condemnation criticism rebuke censure denunciation", CRITICIZE),
    **_cues("accusation", Cue("opposes", "112", "ACCUSE", 0.8, ("of", "against"))),   # "accusations of Bolivian meddling"
    **_cues("pressure", COERCE),
    **_cues("attack offensive campaign fight battle war", Cue("opposes", "190", "ASSAULT", 0.75,
                                                              ("against", "on", "with"))),
    **_cues("invasion incursion", Cue("opposes", "190", "ASSAULT", 0.75, ("of", "into", "against", "on"))),
    **_cues("airstrike strike bombing", AIR),
    **_cues("annexation occupation", Cue("opposes", "192", "ASSAULT", 0.75, ("of", "from", "against"))),
    **_cues("insurgency rebellion uprising", Cue("opposes", "190", "ASSAULT", 0.7, ("against", "in", "within"))),
    # "launched missiles at the Syrian airfield", "fired a missile over Japan": only with such a target ("over"
    # only when the clause tells of alarm there: FLYOVER_ALARM)
    **_cues("missile rocket shell mortar", Cue("opposes", "195", "ASSAULT", 0.75, ("at", "over", "into", "toward",
                                                                                   "towards"))),
    **_cues("rhetoric", Cue("opposes", "111", "ACCUSE", 0.7, ("against",))),
    **_cues("interference meddling", MEDDLE),
    "opposition": Cue("opposes", "110", "REJECT", 0.7, ("to",)),   # "Turkey's opposition to the YPG", not "the opposition"
    # "Moscow's retaliation against U.S. sanctions", "launched legal proceedings against Poland": only with "against"
    **_cues("retaliation reprisal", Cue("opposes", "170", "COERCE", 0.7, ("against",))),
    **_cues("lawsuit proceeding procedure complaint", Cue("opposes", "115", "ACCUSE", 0.7, ("against",))),
    "action": Cue("opposes", "170", "COERCE", 0.65, ("against",)),   # "took legal/military action against X"
    # "its forces are carrying out operations against X", "the army's operation against X": only with "against"
    **_cues("operation counteroffensive", Cue("opposes", "190", "ASSAULT", 0.7, ("against",))),
    # round 10: the nominal table, each with its CAMEO code ("raids on X", "the crackdown on X", "aggression against")
    **_cues("raid bombardment shelling", AIR),
    "assault": Cue("opposes", "190", "ASSAULT", 0.75, ("on", "against")),
    "aggression": Cue("opposes", "190", "ASSAULT", 0.7, ("against", "on", "toward", "towards")),
    "crackdown": Cue("opposes", "175", "COERCE", 0.7, ("on", "against")),
    "hostility": Cue("opposes", "110", "REJECT", 0.65, ("toward", "towards", "to", "against")),
    "threat": Cue("opposes", "130", "THREATEN", 0.7, ("against",)),   # not "a threat to X": a label, read elsewhere
    "funding": Cue("supports", "071", "AID", 0.75, ("for", "to")),
    "solidarity": Cue("supports", "051", "SUPPORT", 0.7, ("with",)),
    # arms only (frames.ARMS_GATED): "U.S. arms sales to Taiwan", "an arms deal with X" (the seller backs the buyer)
    **_cues("deal sale", Cue("supports", "072", "AID", 0.75, ("to", "with", "for"))),
}
# a missile fired "over"/"across" a state flies over it: no attack on it (dev gold: launches over Japan are not
# North Korea opposing Japan) unless its clause tells of a threat or alarm there ("..., prompting sirens to sound")
FLYOVER_PREPS = frozenset("over across".split())
FLYOVER_ALARM = frozenset("""threat threaten threatening siren sirens alert alarm shelter cover evacuate evacuation
attack hit strike target""".split())
# "its weapons ban on X" is an embargo; a ban on imports, travel or a party is not read
ARMS_WORDS = frozenset("arms arm weapons weapon".split())
# "an advance by Iraqi troops drove IS from Mosul", "the army's offensive drove IS out of Raqqa": the drive's owner
PUSH_NOUNS = frozenset("advance advances offensive offensives assault push onslaught attack attacks campaign".split())
# "Nigeria's military said jets struck X": unnamed hardware acts for the force that reports it
HARDWARE_NOUNS = frozenset("jets jet warplanes warplane aircraft planes plane bombers bomber drones drone "
                           "helicopters gunships artillery".split())
# particle verbs of verbal attack and the preposition naming the attacked: "lashed out at X", "railed against X"
LASH_VERBS = {"lash": "at", "hit": "at", "rail": "against"}
# "besieged the last bastion of IS fighters", "overran parts of Iraq": the owner of the place attacked
HELD_PLACES = frozenset("bastion bastions stronghold strongholds enclave enclaves pocket pockets".split())
# "annexed part of Ukraine": the state a part is taken from
PART_WORDS = frozenset("part parts much most swathes swaths chunk chunks portion portions half".split())
# "lost ground to X": a military loss, of an army or armed group to another
LOST_OBJECTS = frozenset("ground territory".split())
# "passed a bill that would impose sanctions on X": the would of a passed bill is its content, not a hypothesis
BILL_NOUNS = frozenset("bill measure law legislation resolution".split())
ENACT_VERBS = frozenset("pass approve adopt enact sign".split())
# "one of Putin's fiercest opponents": an opponent only with a word of intensity (not a rival in an election)
OPPONENT_MODIFIERS = frozenset("""fierce fiercest staunch staunchest vocal outspoken bitter bitterest harsh harshest
leading prominent sworn implacable chief main fiercer""".split())
# nominal cues that need a preposition to say whom they are about ("war" alone is no relation)
NOUNS_NEED_PREP = frozenset("""war fight battle campaign offensive pressure attack strike airstrike bombing
insurgency rebellion uprising missile rocket shell mortar rhetoric opposition retaliation reprisal lawsuit proceeding
procedure complaint action operation counteroffensive""".split())
# "was taking adequate action against X", "more action against X": a measure judged or asked for, not one told
MEASURED_WORDS = frozenset("adequate sufficient enough more further any".split())
# verbs that only pass a nominal cue on to their subject ("Tehran has provided backing to ...")
LIGHT_VERBS = frozenset("""provide give offer lend extend impose slap announce launch level tighten expand
step intensify carry conduct wage wag mount keep maintain continue deliver send pledge fire put apply exert increase
ramp ratchet heap begin start resume raise bring boost build take file lodge initiate open direct aim
adopt approve unveil agree authorize authorise order renew toughen broaden widen escalate unleash stage commit
issue express voice reiterate reaffirm""".split())
# ("wag": the small model's lemma of "waged")

# "voter support for Labour": popularity
POPULAR_WORDS = frozenset("voter voters public popular electoral poll polls grassroots".split())
# "boosting support for the FPO": a party's popularity grows; the subject gives nothing
GROWTH_VERBS = frozenset("boost increase raise build grow fuel bolster erode lose".split())
# "Iran was hit with new U.S. sanctions": the subject of the passive is the target
HIT_WITH_VERBS = frozenset("hit slap target punish".split())
# verbs whose subject receives what a nominal cue gives
RECEIVE_VERBS = frozenset("receive get win gain seek need request want lose ask welcome enjoy accept face secure obtain "
                           "garner enlist".split())
# "the move drew condemnation from Germany": the one named after "from" acts against the subject (or its owner)
DRAW_VERBS = frozenset("draw prompt provoke spark trigger attract earn face receive bring meet".split())

# "X-backed Y": the participle after the hyphen; reverse: Y supports X
COMPOUNDS: dict[str, Cue] = {
    **_cues("backed supported sponsored funded financed armed trained", Cue("supports", "051", "SUPPORT", 0.85)),
    "aligned": Cue("supports", "051", "SUPPORT", 0.75, reverse=True),
    "allied": Cue("supports", "051", "SUPPORT", 0.75, reverse=True),
    "led": Cue("supports", "051", "SUPPORT", 0.0),        # "U.S.-led coalition": recognised, never a relation
}
# "called Assad a terrorist", "regards Hamas as a terrorist group": a condemnation
LABEL_VERBS = frozenset("call label brand designate declare regard consider view describe deem list dub".split())
LABEL_NOUNS = frozenset("""terrorist terrorists terror enemy enemies threat dictator criminal murderer aggressor
occupier butcher tyrant liar dotard lunatic madman gangster gangsters puppet deranged insane obsolete rogue
pariah""".split())
LABEL = Cue("opposes", "111", "ACCUSE", 0.75)
# "a state sponsor of terrorism", "a haven for terrorists": a label by what it names the labelled one a source of
# (not "a victim of terrorism")
SPONSOR_NOUNS = frozenset("sponsor sponsors supporter supporters backer backers financier financiers funder funders "
                          "haven havens patron patrons exporter exporters".split())
# "put North Korea back on the list of state sponsors of terrorism", "added X to its terrorism blacklist"
LIST_VERBS = frozenset("put place add return relist include".split())
# "has supplied weapons to the SDF": material aid, when what is given is aid
GIVE_VERBS = frozenset("supply deliver send provide give ship sell transfer equip donate hand".split())
# "handed over thousands of rifles", "tonnes of aid": what is counted is what is given
COUNT_WORDS = frozenset("thousand thousands hundred hundreds dozen dozens ton tons tonne tonnes".split())
# "supplied the Zanzibar Front with rifles": the receiver is the object, what is given follows "with"
EQUIP_VERBS = frozenset("supply provide equip".split())
AID_OBJECTS = frozenset("""weapon weapons arm arms aid assistance ammunition missile missiles rifle rifles gun guns
equipment troops support help money funds funding loan loans training advisers munitions hardware vehicles boats tanks
helicopters drones grenades rockets""".split())
# "wants to take it, by force if necessary": a wish to use force is a threat (CAMEO 138: threaten military force)
THREAT_FORCE = Cue("opposes", "138", "THREATEN", 0.7)
FORCE_WISH_HEADS = frozenset("want threaten vow pledge plan intend seek aim prepare".split())
# "using all options, military strikes included, against Y": the options are a threat when force is among them
FORCE_OPTION_WORDS = frozenset("strike strikes airstrike airstrikes military force".split())
STOP_VERBS = frozenset("stop deter counter confront halt".split())
# "is bound / committed to help Taiwan defend itself": a duty to defend is support
BOUND_WORDS = frozenset("bound obliged obligated committed pledged sworn".split())
# "backs the Cypriot position", "supported Turkey's accession": support of the state whose position or entry it is
POSITION_NOUNS = frozenset("position stance accession entry membership candidacy effort efforts".split())   # not "bid":
# "Iran's bid to host"; "backed Turkey's efforts to fight terrorism" backs Turkey
# "vowed to retaliate against Israel", "pledged to stand by Baghdad": a vow to act is a threat or support now
VOW_HEADS = frozenset("vow pledge promise swear".split())
# "swore his loyalty to President X", "pledged allegiance to IS"
PLEDGE_VERBS = frozenset("swear pledge declare reaffirm profess vow".split())
# "is trying to force President X out of office": a bid to remove a leader
OUST_VERBS = frozenset("oust unseat remove topple depose impeach overthrow force".split())
# acts only a state's organs do: told with no agent in a one-state story, they are that state's
STATE_ONLY_ACTS = frozenset("crackdown".split())
# "launched / mounted a bid to unseat X": verbs whose subject makes the attempt their object names
ATTEMPT_MAKING_VERBS = frozenset("launch make mount lead spearhead begin start renew step".split())
# "a bid / an effort / a push to oust X": nouns of an attempt whose "to" clause names what is attempted
OUST_ATTEMPT_NOUNS = frozenset("attempt bid effort drive push campaign".split())
BID_HEADS = frozenset("try attempt seek aim want plot conspire push move campaign work scheme hope vote vow plan "
                      "intend".split())
# "Finland will face serious consequences", "would counter any move by Chile": threats without a threat verb
CONSEQUENCE_NOUNS = frozenset("consequence consequences repercussion repercussions reprisal reprisals".split())
MOVE_NOUNS = frozenset("move moves attempt attempts step steps provocation provocations action actions".split())
RESIST_VERBS = frozenset("counter resist oppose thwart block foil respond retaliate crush".split())
# "complained that Chile backs terror groups": support of terrorists, said of an actor, is an accusation
TERROR_AID_VERBS = frozenset("back support fund finance arm harbor harbour shelter sponsor protect".split())
TERROR_WORDS = frozenset("terrorism terrorist terrorists terror extremism extremist extremists".split())
# "said the Unity Front was plotting a takeover": an accusation of a coup
COUP_NOUNS = frozenset("coup takeover putsch grab".split())   # "a power grab"
# "violated Peruvian airspace", "breached Y's sovereignty": what a state's territory is
VIOLATE_VERBS = frozenset("violate breach infringe encroach intrude".split())
TERRITORY_NOUNS = frozenset("airspace waters territory sovereignty border borders frontier".split())
PLOT_VERBS = frozenset("plot plan stage stag attempt orchestrate mount prepare organize organise".split())
# ("stag": the small model's lemma of "staging")
# "has sent Ukraine $400 million in military aid": a sum given "in" aid
MONEY_WORDS = frozenset("million billion trillion sum sums dollars euros pounds money".split())

# "fought alongside Turkey": fighting on the same side is support
ALONGSIDE_VERBS = frozenset("fight battle combat serve deploy operate".split())   # not "stood alongside Moon"
# "with help / support from X, Y retook the town": X supports Y
HELP_NOUNS = frozenset("help support backing assistance".split())
# "X has been critical of Y", "X is hostile to Y": the adjective and the prepositions naming whom
CRITICAL_ADJECTIVES = {"critical": ("of",), "hostile": ("to", "toward", "towards")}
# "complain that the court is biased against Lima": the speaker opposes the one said to be biased
BIASED_ADJECTIVES = frozenset("biased unfair partial".split())
# "These heinous actions by the Assad regime", said X: the speaker condemns the actor
CONDEMN_ADJECTIVES = frozenset("""heinous barbaric barbarous despicable atrocious horrific horrendous monstrous abhorrent
reprehensible cowardly murderous savage inhumane outrageous vile evil brutal criminal""".split())
ACT_NOUNS = frozenset("""action actions act acts attack attacks crime crimes aggression assault bombing bombings strike
strikes killing killings massacre massacres crackdown atrocity atrocities behavior behaviour conduct violence
provocation provocations use""".split())
# "Russia bears primary responsibility for the attack": who is blamed for a harm
HARM_NOUNS = frozenset("""attack attacks killing killings death deaths bombing bombings strike strikes massacre
atrocity atrocities crime crimes violence poisoning shooting downing assassination bloodshed destruction
suffering crisis war crackdown repression persecution abuses violations""".split())
RESPONSIBLE = Cue("opposes", "112", "ACCUSE", 0.7)
# "pro-Israel": the modified noun supports the named actor
PRO = Cue("supports", "051", "SUPPORT", 0.75)
ANTI = Cue("opposes", "110", "REJECT", 0.65)

# "X, an ally of Y" / "Y's ally X": X supports Y (ANNOTATION.md)
ALLY_NOUNS: dict[str, Cue] = {
    **_cues("ally backer supporter sponsor patron", Cue("supports", "051", "SUPPORT", 0.8)),
    "friend": Cue("supports", "051", "SUPPORT", 0.7),
    **_cues("partner", Cue("alliedWith", "050", "COOPERATE", 0.7)),
    **_cues("enemy foe adversary", Cue("opposes", "110", "REJECT", 0.75)),   # plural ("its enemies"): both ways
    "opponent": Cue("opposes", "110", "REJECT", 0.7),
    "critic": Cue("opposes", "111", "ACCUSE", 0.7, ("critic",)),   # "McCain, a critic of Obama's policy"
    "rival": Cue("opposes", "110", "REJECT", 0.7, ("both",)),   # rivalry goes both ways
}
ENEMY_NOUNS = frozenset("enemy foe adversary".split())
# "an ANO supporter", "Trump's Chinese supporters": voters and fans, whose adjective is no state
FOLLOWER_NOUNS = frozenset("supporter friend".split())
# "signed a peace accord": it ends a conflict between enemies, it makes no allies
PEACE_WORDS = frozenset("peace ceasefire cease-fire truce armistice".split())
# "the United States was Japan's second biggest trade partner": economics, not an alliance
NON_ALLY_MODIFIERS = frozenset("""trade trading business economic commercial export import sparring coalition
former onetime one-time erstwhile ex election electoral presidential""".split()) | frozenset(PEACE_WORDS)
# rivals that oppose each other: states and armed groups, not election candidates or companies
RIVAL_KINDS = frozenset("armed_group".split())
# "the movement that killed his father": a relative of a named person is someone else
FAMILY_NOUNS = frozenset("""father mother son daughter brother sister uncle aunt nephew niece cousin wife husband
widow widower grandson granddaughter grandfather grandmother grandchild child children sons daughters brothers
sisters parents parent family relative relatives in-law father-in-law son-in-law brother-in-law""".split())
# "condemned Perez's death", "criticized X's arrest": the owner is the victim of the act, not its author
VICTIM_NOUNS = frozenset("""death killing murder assassination arrest detention imprisonment jailing kidnapping
abduction execution disappearance treatment plight""".split())
# "supports Iraq's unity and territorial integrity": support for a state's standing is support for the state
STANDING_NOUNS = frozenset("unity sovereignty integrity stability independence security".split())
UPHOLD_VERBS = frozenset("respect uphold preserve safeguard guarantee".split())
# "US-backed Syrian Kurdish fighters": a group inside the state, not the state
SUBSTATE_WORDS = frozenset("""rebel rebels opposition insurgent insurgents militant militants tribal separatist
separatists islamist jihadist dissident kurdish sunni shi'ite shiite shia alawite druze""".split())

# "X and Y have close ties": both ways, once
TIE_NOUNS = frozenset("""tie ties relationship relations relation partnership alliance friendship cooperation bond
bonds axis""".split())
GROWN_CLOSER = frozenset("closer stronger warmer deeper".split())
# "X has / has built / forged close ties with Y": the subject is one side
TIE_VERBS = frozenset("have enjoy share maintain build forge develop cultivate establish keep".split())
TIE_ADJECTIVES = frozenset("strong close special strategic deep solid warm good excellent brotherly strongest closest "
                           "historic eternal longstanding long-standing".split())
PACT_NOUNS = frozenset("pact alliance treaty accord protocol".split())
# "a possible alliance with": not one that exists
UNSURE_WORDS = frozenset("possible potential proposed planned future new broken failed putative so-called".split())
# "signed a defence cooperation agreement with": an agreement is a pact when it is about cooperation
AGREEMENT_NOUNS = frozenset("agreement deal memorandum".split())
COOPERATION_WORDS = frozenset("cooperation defence defense security military strategic partnership alliance".split())
# "recognize Jerusalem as Israel's capital": an endorsement of the state
ENDORSE = Cue("supports", "051", "SUPPORT", 0.75)
PACT_VERBS = frozenset("sign seal conclude forge".split())
TRADE_PACT_WORDS = frozenset("trade customs tariff tax commercial investment visa gas oil fishing".split())
ALLIED = Cue("alliedWith", "057", "AGREE", 0.75)
# "coordinates closely with Washington", "joint military exercises by the United States and South Korea"
CLOSE_VERBS = frozenset("coordinate cooperate work collaborate align".split())
JOINT_NOUNS = frozenset("exercise exercises drill drills patrol patrols operation operations".split())
JOINT = Cue("alliedWith", "062", "COOPERATE", 0.7)
# "Russia, China and Iran began naval exercises": drills held together, when they are military ones
DRILL_NOUNS = frozenset("exercise exercises drill drills wargame wargames manoeuvres maneuvers".split())
MILITARY_WORDS = frozenset("""military naval navy air army joint war live-fire combat missile anti-submarine
amphibious counter-terrorism counterterrorism""".split())
HOLD_VERBS = frozenset("hold conduct stage begin start launch carry wrap complete finish kick".split())
TIES = Cue("alliedWith", "050", "COOPERATE", 0.75)
# "has governed with the SPD", "to share power with the CDU": parties governing together (coalitions.governs_with)
GOVERN_VERBS = frozenset("govern rule share".split())
# "X and Y are locked in a struggle": both oppose each other ("a diplomatic row between X and Y", "X's spat with Y",
# "X is at odds with Y": a quarrel is two-sided too)
STRUGGLE_NOUNS = frozenset("""struggle confrontation rivalry standoff stand-off feud dispute war conflict rift
clash clashes fighting hostilities tension tensions hostility enmity animosity loggerhead loggerheads row rows spat spats
quarrel quarrels squabble squabbles odds""".split())
# "Trump, who has taken a more hawkish line on Iran", "a tough stance toward Tehran"
STANCE_NOUNS = frozenset("line stance approach posture position policy language".split())
HARD_ADJECTIVES = frozenset("""hard harder hardest tough tougher toughest hawkish hardline hard-line firm firmer
aggressive hostile hardening confrontational combative belligerent uncompromising""".split())
STANCE = Cue("opposes", "110", "REJECT", 0.7)
# "X has escalated a war of words with Y": the verb's subject against the "with" object
STRUGGLE_VERBS = frozenset("escalate wage wag fight have intensify deepen lock engage mire embroil entangle".split())
# "broke off diplomatic ties with Y", "severed relations with Y", "cut ties with Y"
BREAK_VERBS = frozenset("break sever cut suspend freeze downgrade rupture cancel scrap terminate halt annul abrogate"
                        .split())
# "froze its fishing accord with Y", "suspended talks with Y": an agreement or talks stopped (never "cut a deal")
STOPPED_NOUNS = frozenset("accord agreement deal pact treaty cooperation talks negotiations dialogue".split())
BROKEN_NOUNS = frozenset("tie ties relation relations contact contacts".split())
# "cut off aid to Y", "halted arms sales to Y", "suspended flights to Y", "banned imports from Y": a flow to or from Y
# stopped, a sanction on Y (CAMEO 16x); "slashed funds to Y" too
CLOSE_DOWN_VERBS = frozenset("dissolve outlaw disband".split())   # only a group or body is closed down
FLOW_CUT_VERBS = frozenset("cut halt suspend freeze stop ban block slash withhold embargo".split())
FLOW_NOUNS = frozenset("""aid funding fund assistance sale delivery supply transfer loan credit investment""".split())
# trade and travel: "banned imports from Y", "halted trade with Y", "suspended flights to Y", "banned group tours to Y"
TRADE_NOUNS = frozenset("import export purchase tour flight shipment trade".split())
FLOW_PREPS = {**{n: ("to",) for n in FLOW_NOUNS}, **{n: ("from", "to", "with") for n in TRADE_NOUNS}}
FLOW_CUT = Cue("opposes", "163", "SANCTION", 0.8)   # impose an embargo, boycott or sanctions
NEIGHBOUR_NOUNS = frozenset("neighbour neighbor".split())
NEIGHBOURING = frozenset("neighbouring neighboring".split())
# "the conflict pits Kiir's troops against those of Machar": both sides oppose each other
PIT_VERBS = frozenset("pit".split())
STRUGGLE = Cue("opposes", "190", "ASSAULT", 0.65)
# "stood with Y", "in solidarity with Y"
STAND_VERBS = frozenset("stand side stick".split())   # "stuck by X": as "stood by X"
SOLIDARITY = Cue("supports", "051", "SUPPORT", 0.75)
# "urged the US to abandon its decision": a demand, when the wanted act undoes something
URGE_VERBS = frozenset("urge call demand press tell ask order persuade convince encourage insist".split())
# "aligned with Bolivia against Chile", "joined forces against IS": siding against someone
SIDE_VERBS = frozenset("side align ally unite team gang join".split())
# "refused to negotiate with Y", "will not hold talks with Y": talks refused
TALK_VERBS = frozenset("negotiate talk".split())
# "set Chile a deadline to withdraw", "issued an ultimatum to Y": a demand with a time limit
DEADLINE_NOUNS = frozenset("deadline ultimatum".split())
UNDO_VERBS = frozenset("""abandon stop end halt cancel withdraw reverse drop cease release repeal curb scrap
rescind revoke dismantle disarm free quit leave lift vacate close resign abdicate""".split())
# "Maas said Moscow must release the sailors": what a speaker demands another actor do (an act undone, a duty met)
# "called on Y to restore the services it cut", "urged Y to reopen the border": an act that undoes Y's own
RESTORE_VERBS = frozenset("restore reinstate reopen unblock".split())
# "urged Y to restore calm / ties": peace asked for, not a wrong undone
RESTORED_CALM = frozenset("calm order peace stability security confidence trust tie ties relation relations dialogue talks".split())
DEMANDED_VERBS = UNDO_VERBS | frozenset("""pay comply respect return hand surrender apologize apologise change do act
settle explain allow abide honor honour implement go step punish extradite renounce""".split())
DEMAND_SPEECH_VERBS = frozenset("agree insist demand".split())
# "demanded Assad's removal", "called for the resignation of President X": a demand that a leader go
REMOVAL_NOUNS = frozenset("removal ouster resignation overthrow impeachment departure ousting toppling".split())
DEMAND_VERBS = frozenset("demand seek want urge request".split())
CALL_FOR_VERBS = frozenset("call press push campaign clamor clamour appeal agitate".split())
# "ordered the arrest of X", "Peru is seeking the extradition of X", "issued an arrest warrant for X": custody asked
# for or ordered; "warrant" only with one of the other words before it
CUSTODY_ASKED_NOUNS = frozenset("arrest detention extradition".split())
CUSTODY_ASK_VERBS = DEMAND_VERBS | frozenset("order issue".split())
# "said London must make a move now": any act asked for at once is a demand
URGENT_WORDS = frozenset("now immediately urgently promptly".split())
# "opposes any country selling arms to Taiwan / having official exchanges with Taiwan": the dealings opposed
DEALING_WORDS = frozenset("""arm arms weapons weapon missiles missile exchanges exchange contacts contact links link ties
recognizing recognising recognition""".split())
# "Norway is the biggest funder of the U.N. refugee agency": funding is support
DONOR_NOUNS = frozenset("donor funder contributor financier backer".split())
TOP_WORDS = frozenset("biggest largest top main leading major single".split())
# "A and B face charges. The charges were filed by Special Counsel X": the prosecutor acts against the accused
CHARGE_NOUNS = frozenset("charge indictment".split())
FILE_VERBS = frozenset("file bring lodge level press".split())
FACE_VERBS = frozenset("face deny fight contest".split())
# "bought S-400 missile systems from Russia": the seller arms the buyer
BUY_VERBS = frozenset("buy purchase order acquire procure import".split())
ARMS_GOODS = frozenset("""weapon arms arm missile jet fighter warplane submarine tank helicopter warship frigate drone
rifle ammunition artillery howitzer f-35 f-16 s-400""".split())
# "China has been enforcing U.N. sanctions on North Korea": the enforcer acts against the target as well
ENFORCE_VERBS = frozenset("enforce implement apply observe".split())
# "firm action must be taken against X's plan": a speaker's call for measures against X
MEASURE_NOUNS = frozenset("action measure step".split())
# "urged Y not to grant the envoy a visa": a demand not to admit, grant or deal
GRANT_VERBS = frozenset("""grant admit allow let sell supply recognize recognise host invite accept issue give
attend join deploy ship deliver""".split())

# "said it was imperative the Council apply more pressure on Y": a call, by the speaker
NEED_ADJECTIVES = frozenset("imperative necessary essential vital important crucial urgent".split())
# "urged X to ease sanctions on Y" is no call against Y
EASE_VERBS = frozenset("ease relax loosen remove reduce suspend soften review reconsider".split())

# words that make a clause hypothetical, planned or denied
MODALS = frozenset("would could might may should can".split())
# a speaker's demand that an act be done: "said Europe must impose sanctions" (stances.demander)
DEMAND_MODALS = frozenset("should must".split())
# "should consider imposing sanctions", "must keep up pressure": the act asked for sits one verb down
DEMAND_HEADS = frozenset("consider keep continue step begin start".split())
HEDGE_HEADS = frozenset("""want plan hope seek aim intend consider propose prepare ready willing likely unlikely expect
wish try attempt threaten vow promise offer agree decide refuse reject deny fail urge ask call invite
allege claim suggest persuade convince encourage""".split())
CONDITIONS = frozenset("if whether unless once".split())
# "in an attempt / a bid to overthrow X": the one attempting acts against X
ATTEMPT_NOUNS = frozenset("attempt bid effort drive push".split())
# a finite clause under one of these is told as done, whatever the clause it hangs on hopes or plans
TOLD_MARKS = frozenset("as while after because since although though".split())
# nouns whose clause is wanted, not done: "a demand that Hamas disarm", "calls for Assad to quit"
HEDGE_NOUNS = frozenset("demand call condition plan proposal request offer hope wish desire ultimatum appeal".split()) \
    | frozenset("claim allegation accusation suspicion".split())   # "a claim that X meddled": alleged, not told
# nouns of what might happen: "fears of Norwegian strikes", "suggestions that X was preparing an attack"
SPECULATION_NOUNS = frozenset("suggestion speculation fear rumor rumour possibility prospect risk".split())
# "Hoping / Seeking to pressure X, Y cut payments": a participle giving the aim of the act the clause tells
PURPOSE_HEADS = frozenset("hope seek aim want try attempt".split())
# "called for / pushed for / is preparing for [act]": the act is wanted or planned, not done
ASK_FOR_VERBS = frozenset("call push press appeal ask plead lobby campaign clamor clamour".split())
READY_FOR_VERBS = frozenset("prepare wait hope".split())
# what makes a warning a threat: "warned that X would face consequences / pay a price / be met with force"
THREAT_WORDS = frozenset("""consequence price punish punishment retaliate retaliation response respond force
military strike attack action measure sanction""".split())
# "it is unlikely that X will attack Y": the clause is weighed, not told
WEIGHED_WORDS = frozenset("unlikely likely possible impossible probable improbable doubtful conceivable".split())
NEGATIONS = frozenset("not n't never no".split())
# prepositions that give a reason ("sanctions on X over Y's vote"): their actor is a target only when no other is named
REASON_PREPS = frozenset("over for".split())

# speech verbs: a clause under one of these is what the speaker says
SPEECH_VERBS = frozenset("""say tell add state declare announce write tweet insist stress note reiterate warn argue
claim allege explain repeat comment confirm report complain retort respond""".split())
ALLEGATION_VERBS = frozenset("claim allege suspect believe deny".split())
# "recommended the administration warn X": what is wished or advised for is not done
WISH_VERBS = frozenset("hope want urge recommend propose".split())
# "denied any interference", "rejected the sanctions": the act named is not done by the subject
DENY_VERBS = frozenset("deny dismiss reject refute rebuff".split())

# meetings: verbs and nouns
# (CAMEO 040 consult, 042 make a visit, 043 host a visit; PLOVER CONSULT)
MEET_VERBS = frozenset("meet visit host".split())
MEET_NOUNS = frozenset("talk talks meeting visit trip conference summit".split())
ARRIVE_VERBS = frozenset("arrive travel fly go".split())
REMOTE_WORDS = frozenset("phone telephone call video videoconference teleconference conference-call".split())

# verbs under which a meeting did not (yet) take place: "refused a meeting with Pence"
NOT_MET_VERBS = frozenset("""refuse cancel postpone reject decline skip scrap seek request propose want plan hope
expect schedule ask offer invite call delay suspend rule allow enable help pave""".split())
# titles that stand for their state: "the president of Taiwan", "his Syrian counterpart"
TITLE_NOUNS = frozenset("""president premier king queen emir chancellor leader counterpart ambassador envoy minister
ministers""".split())

# nouns that stand for the actor of their modifier ("Syrian government forces", "Assad's troops")
FORCE_NOUNS = frozenset("""government regime forces force troops army military militias militia fighters navy
administration authorities leadership ministry officials cabinet jets aircraft warplanes planes soldiers
police security troop soldier fighter jet warplane plane official diplomats diplomat spies warships power
bombers bomber drones drone helicopters gunships artillery embassy embassies consulate delegation investigators
prosecutors prosecutor court courts judiciary guards intelligence agents spokesman spokeswoman spokesperson
office leaders command gunboats gunboat frigates frigate destroyers destroyer submarines submarine tanks""".split())
# members of a group stand for the group when a group names them ("Daesh militants", "members of the YPG"),
# never for a state ("Syrian rebels" are not Syria)
MEMBER_NOUNS = frozenset("""militants militant terrorists terrorist jihadists jihadist insurgents insurgent rebels rebel
members member operatives operative gunmen gunman fighters fighter loyalists commanders commander""".split())
# "the government in Tripoli", "the regime in Damascus": the state named after "in"
SEATED_NOUNS = frozenset("government regime authorities administration leadership".split())
# a state's own law and order, named by the state it works in: "police in Kenya", "a court in Ankara" (not "troops in
# Syria", often foreign ones)
HOME_NOUNS = frozenset("police court courts prosecutors prosecutor judiciary".split())
# "the Turkish Foreign Ministry": the words of a government office's name, no unknown name of a group
OFFICE_WORDS = frozenset("""foreign defence defense interior justice finance home state affairs armed air aerospace
naval""".split())
# "the Assad regime", "the Maduro government": the ruler's state
REGIME_NOUNS = frozenset("regime government".split())   # not "the Obama administration": often a past one
# groups that stand for whoever leads them: "the U.S.-led coalition", "leads a coalition battling the Houthis"
LED_NOUNS = frozenset("""coalition alliance force forces campaign offensive operation bloc mission investigation
inquiry probe panel audit""".split())
# "an OAS-led audit": led by its leader, but no coalition one is a member of
INQUIRY_NOUNS = frozenset("investigation inquiry probe panel audit".split())
# places that stand for the actor of their modifier as a target ("Syrian army positions", "the Syrian airfield")
SITE_NOUNS = frozenset("""positions base bases airbase airbases airfield airfields outpost outposts installation
installations convoy convoys checkpoint checkpoints targets target depot depots headquarters stronghold strongholds
hideout hideouts facility facilities""".split())
# "the two countries", "both nations"
PAIR_NOUNS = frozenset("countries nations states governments".split())
# "tension between the two NATO allies", "the two neighbours": the two main states too
PAIR_ALLIES = frozenset("allies neighbours neighbors rivals foes adversaries powers".split())
