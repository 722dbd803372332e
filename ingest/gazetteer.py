"""The gazetteer: every phrase the rule components look for, and what each one refers to.

States come from the reference tables (`reference.py`); this module adds what reference data
lacks: demonyms, short forms ("U.S."), and seats of government used for the government
("Tehran said", "the Kremlin", "Downing Street"); organisations' aliases and, for government
bodies, the state they belong to; and the table of titles -> roles of ANNOTATION.md.
Built once per process (`load_gazetteer`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .reference import slug  # one slug for keys and IRIs alike

# What the reference tables lack, by ISO2: short names; ... | demonyms; ... | seats of government used
# for the government; ...
# (capitals that are mostly an organisation's seat or a contested city are left out:
# Brussels is the EU, Cairo the Arab League, Geneva and New York the UN; Jerusalem, Tripoli)
STATES = """
AD | | Andorra la Vella
AE | Emiratis | Abu Dhabi
AF | Afghans | Kabul
AL | Albanians | Tirana
AM | Armenians | Yerevan
AO | Angolans | Luanda
AR | Argentines | Buenos Aires
AT | Austrians | Vienna
AU | Australians | Canberra
AZ | Azerbaijanis | Baku
BA | Bosnians | Sarajevo
BD | Bangladeshis | Dhaka
BE | Belgians | 
BF | | Ouagadougou
BG | Bulgarians | Sofia
BH | Bahrainis | Manama
BI | | Bujumbura
BJ | | Porto-Novo
BO | Bolivians | La Paz
BR | Brazilians | Brasilia
BT | | Thimphu
BW | | Gaborone
BY | Belarussian; Belarusians | Minsk
CA | Canadians | Ottawa
CD | | Kinshasa
CF | | Bangui
CG | | Brazzaville
CH | | Bern
CI Cote d’Ivoire | Ivorians | Abidjan; Yamoussoukro
CL | Chileans | Santiago
CM | Cameroonians | Yaounde
CN PRC; Mainland China | | Beijing; Zhongnanhai
CO | Colombians | Bogota
CU | Cubans | Havana
CV | | Praia
CY | Cypriots | Nicosia
CZ | Czechs | Prague
DE | Germans | Berlin
DK | Danes | Copenhagen
DO | | Santo Domingo
DZ | Algerians | Algiers
EC | Ecuadorean; Ecuadoreans | Quito
EE | Estonians | Tallinn
EG | Egyptians | 
ER | Eritreans | Asmara
ES | Spaniards | Madrid
ET | Ethiopians | Addis Ababa
FI | Finns | Helsinki
FJ | Fijians | Suva
FR | | Paris; Elysee; Élysée; Elysee Palace; Élysée Palace; Quai d'Orsay
GA | | Libreville
GB | Briton; Britons | London; Downing Street; Whitehall
GE | Georgians | Tbilisi
GH | Ghanaians | Accra
GM | Gambians | Banjul
GN | Guineans | Conakry
GQ | | Malabo
GR | Greeks | Athens
GT | Guatemalans | 
HN | Hondurans | Tegucigalpa
HR | Croat; Croats | Zagreb
HT | Haitians | Port-au-Prince
HU | Hungarians | Budapest
ID | Indonesians | Jakarta
IE | | Dublin
IL | Israelis | 
IN | Indians | New Delhi
IQ | Iraqis | Baghdad
IR Islamic Republic | Iranians | Tehran
IS | Icelanders | Reykjavik
IT | Italians | Rome
JM | Jamaicans | 
JO | Jordanians | Amman
JP | | Tokyo
KE | Kenyans | Nairobi
KG | | Bishkek
KH | Cambodians | Phnom Penh
KN St Kitts and Nevis | | 
KP | North Koreans | Pyongyang
KR | South Koreans | Seoul; Blue House
KW | Kuwaitis | 
KZ | Kazakhs | Astana; Nur-Sultan
LA | | Vientiane
LB | | Beirut
LC St Lucia | | 
LK | Sri Lankans | Colombo
LR | Liberians | Monrovia
LS | | Maseru
LT | Lithuanians | Vilnius
LV | Latvians | Riga
LY | Libyans | 
MA | Moroccans | Rabat
MD | Moldovans | Chisinau
MG | | Antananarivo
MK | Macedonians | Skopje
ML | Malians | Bamako
MM | Myanmarese | Naypyitaw; Naypyidaw; Nay Pyi Taw
MN | Mongolians | Ulaanbaatar
MR | | Nouakchott
MT | | Valletta
MX | Mexicans | Mexico City
MY | Malaysians | Kuala Lumpur; Putrajaya
MZ | | Maputo
NA | | Windhoek
NE | | Niamey
NG | Nigerians | Abuja
NI | Nicaraguans | Managua
NL The Netherlands | | The Hague; Amsterdam
NO | Norwegians | Oslo
NP | | Kathmandu
NZ | New Zealanders | Wellington
OM | Omanis | Muscat
PA | Panamanians | 
PE | Peruvians | Lima
PG | | Port Moresby
PH The Philippines | Filipinos | Manila
PK | Pakistanis | Islamabad
PL | Poles | Warsaw
PS | Palestinians | Ramallah
PT | | Lisbon
PY | Paraguayans | Asuncion
QA | Qataris | Doha
RO | Romanians | Bucharest
RS | Serbs | Belgrade
RU | Russians | Moscow; Kremlin
RW | Rwandans | Kigali
SA | Saudis | Riyadh
SD | | Khartoum
SE | Swedes | Stockholm
SG | Singaporeans | 
SI | Slovenians | Ljubljana
SK | Slovakian; Slovaks | Bratislava
SL | | Freetown
SN | | Dakar
SO | Somalis | Mogadishu
SR | | Paramaribo
SS | | Juba
ST Sao Tome and Principe | | 
SV | Salvadorans | San Salvador
SY | Syrians | Damascus
SZ | | Mbabane
TD | Chadians | N'Djamena; Ndjamena
TG | | Lome
TH | | Bangkok
TJ | Tajiks | Dushanbe
TL | East Timorese | Dili
TM | | Ashgabat
TN | Tunisians | Tunis
TR | Turks | Ankara
TW | | Taipei
TZ | Tanzanians | Dodoma; Dar es Salaam
UA | Ukrainians | Kiev; Kyiv
UG | Ugandans | Kampala
US | Americans | Washington; White House
UY | Uruguayans | Montevideo
UZ | Uzbeks | Tashkent
VE | Venezuelans | Caracas
VN | | Hanoi
XK | Kosovars | Pristina
YE | Yemenis | Sanaa; Sana'a
ZA | South Africans | Pretoria
ZM | Zambians | Lusaka
ZW | Zimbabweans | Harare
"""

# canonical name | kind | aliases; ... | ISO2 of the state a government body (or a national party) belongs to
# (the UN's agencies and offices also under the lower-case names news gives them, "the U.N. human rights office",
# "the U.N. children's agency": each a body of its own, never the UN; a bare "U.N. official" stays the UN's)
ORGS = """
United Nations | igo | UN; U.N.; United Nations Organization |
United Nations Security Council | igo | UN Security Council; U.N. Security Council; Security Council; UNSC |
United Nations General Assembly | igo | UN General Assembly; U.N. General Assembly; General Assembly |
United Nations Human Rights Council | igo | UN Human Rights Council; U.N. Human Rights Council; Human Rights Council |
UNHCR | igo | United Nations High Commissioner for Refugees; UN refugee agency; U.N. refugee agency; United Nations refugee agency |
UNICEF | igo | United Nations Children's Fund; United Nations Children’s Fund; UN Children's Fund; UN Children’s Fund; U.N. Children's Fund; U.N. Children’s Fund; UN children's agency; UN children’s agency; U.N. children's agency; U.N. children’s agency; United Nations children's agency; United Nations children’s agency; UN children's fund; UN children’s fund; U.N. children's fund; U.N. children’s fund |
World Food Programme | igo | WFP; World Food Program; UN World Food Programme; U.N. World Food Programme; United Nations World Food Programme; UN World Food Program; U.N. World Food Program; UN food agency; U.N. food agency; United Nations food agency |
U.N. human rights office | igo | UN human rights office; United Nations human rights office; OHCHR; Office of the UN High Commissioner for Human Rights; Office of the U.N. High Commissioner for Human Rights; Office of the United Nations High Commissioner for Human Rights; UN rights office; U.N. rights office; United Nations rights office |
OCHA | igo | UN Office for the Coordination of Humanitarian Affairs; U.N. Office for the Coordination of Humanitarian Affairs; United Nations Office for the Coordination of Humanitarian Affairs; Office for the Coordination of Humanitarian Affairs; UN humanitarian coordination agency; U.N. humanitarian coordination agency; United Nations humanitarian coordination agency; UN humanitarian office; U.N. humanitarian office; United Nations humanitarian office; UN humanitarian agency; U.N. humanitarian agency; United Nations humanitarian agency |
World Health Organization | igo | WHO; World Health Organisation |
International Atomic Energy Agency | igo | IAEA |
International Monetary Fund | igo | IMF |
World Bank | igo | |
World Trade Organization | igo | WTO; World Trade Organisation |
International Criminal Court | igo | ICC |
International Court of Justice | igo | ICJ; World Court |
NATO | alliance | North Atlantic Treaty Organization; North Atlantic Treaty Organisation; Nato; North Atlantic alliance |
European Union | igo | EU; E.U. |
European Commission | igo | EU Commission; Commission |
European Parliament | igo | EU Parliament |
European Council | igo | |
European Central Bank | igo | ECB |
Council of Europe | igo | |
OSCE | igo | Organization for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe |
Arab League | igo | League of Arab States |
Gulf Cooperation Council | igo | GCC |
African Union | igo | AU |
ASEAN | igo | Association of Southeast Asian Nations; Association of South East Asian Nations |
Organisation of Islamic Cooperation | igo | OIC; Organization of Islamic Cooperation |
OPEC | igo | Organization of the Petroleum Exporting Countries |
Shanghai Cooperation Organisation | igo | SCO; Shanghai Cooperation Organization |
Collective Security Treaty Organization | alliance | CSTO |
Commonwealth of Independent States | igo | CIS |
BRICS | igo | |
G7 | igo | Group of Seven; G-7 |
G20 | igo | Group of 20; G-20 |
Group of Eight | igo | G8; G-8 |
APEC | igo | Asia-Pacific Economic Cooperation |
Economic Community of West African States | igo | ECOWAS |
Organization of American States | igo | OAS |
Interpol | igo | |
Hezbollah | armed_group | Hizbollah; Hizbullah; Hezbollah movement |
Islamic State | armed_group | ISIS; ISIL; Islamic State group; Islamic State of Iraq and the Levant; Daesh; Daish; IS |
al Qaeda | armed_group | al-Qaeda; al-Qaida; Al Qaeda; Al-Qaeda; Al Qaida; al Qaida |
Hamas | armed_group | |
Taliban | armed_group | Afghan Taliban |
Houthis | armed_group | Houthi; Houthi movement; Houthi rebels; Ansar Allah; Ansarullah |
al Shabaab | armed_group | al-Shabaab; Al Shabaab; al Shabab; al-Shabab; Shabaab |
Boko Haram | armed_group | |
Kurdistan Workers Party | armed_group | PKK; Kurdistan Workers' Party |
YPG | armed_group | People's Protection Units; Kurdish YPG |
Syrian Democratic Forces | armed_group | SDF |
Free Syrian Army | armed_group | FSA |
Nusra Front | armed_group | al-Nusra Front; al Nusra Front; Jabhat al-Nusra |
Hayat Tahrir al-Sham | armed_group | HTS; Tahrir al-Sham |
Islamic Jihad | armed_group | Palestinian Islamic Jihad |
Peshmerga | armed_group | Kurdish Peshmerga |
Popular Mobilization Forces | armed_group | PMF; Hashd al-Shaabi; Popular Mobilisation Forces |
Moro Islamic Liberation Front | armed_group | MILF |
Abu Sayyaf | armed_group | |
Lashkar-e-Taiba | armed_group | LeT; Lashkar-e-Toiba |
Jaish-e-Mohammad | armed_group | Jaish-e-Mohammed |
Tehrik-e-Taliban Pakistan | armed_group | Pakistani Taliban; TTP |
Haqqani network | armed_group | |
FARC | armed_group | Revolutionary Armed Forces of Colombia |
ELN | armed_group | National Liberation Army |
Fatah | party | |
Muslim Brotherhood | party | |
Palestinian Authority | government_body | PA | PS
Palestine Liberation Organization | igo | PLO; Palestine Liberation Organisation |
Islamic Revolutionary Guard Corps | government_body | IRGC; Revolutionary Guards; Revolutionary Guard; Iran's Revolutionary Guards | IR
State Department | government_body | U.S. State Department; US State Department; Department of State | US
Pentagon | government_body | Defense Department; U.S. Defense Department; Department of Defense; Defence Department | US
Central Intelligence Agency | government_body | CIA | US
Federal Bureau of Investigation | government_body | FBI | US
U.S. Treasury | government_body | Treasury Department; U.S. Treasury Department; Department of the Treasury | US
U.S. Congress | government_body | Congress; US Congress | US
U.S. Senate | government_body | Senate; US Senate | US
U.S. House of Representatives | government_body | House of Representatives | US
Department of Homeland Security | government_body | Homeland Security Department; DHS | US
National Security Agency | government_body | NSA | US
National Security Council | government_body | NSC | US
FSB | government_body | Federal Security Service | RU
State Duma | government_body | Duma | RU
Bundestag | government_body | | DE
Knesset | government_body | | IL
House of Commons | government_body | Commons | GB
House of Lords | government_body | | GB
Mossad | government_body | | IL
MI6 | government_body | Secret Intelligence Service | GB
Kurdistan Regional Government | government_body | KRG |
Democratic Party | party | Democrats; Democrat | US
Republican Party | party | Republicans; Republican; GOP | US
Conservative Party | party | Conservatives; Tories; Tory | GB
Labour Party | party | Labour | GB
Liberal Democrats | party | Lib Dems; Lib Dem; Liberal Democrat | GB
Communist Party | party | Chinese Communist Party | CN
Amnesty International | other | Amnesty |
Human Rights Watch | other | HRW |
International Committee of the Red Cross | other | ICRC; Red Cross |
Reuters | other | Thomson Reuters |
"""

# territories that reference data may list but that are not sovereign states
NOT_STATES = frozenset("AI AW AX BM CC CK CW CX FK FO GG GI GL GS IM IO JE KY MS NF NU PN SH SX TC VG WF EH".split())
# reference names too ambiguous to match on their own
AMBIGUOUS_NAMES = frozenset({"Congo", "Korea", "Guinea", "Dominican", "Jersey", "Turkmen", "the States"})


@dataclass(frozen=True)
class Term:
    """What a gazetteer phrase refers to."""

    key: str                     # "state:IR", "org:nato"
    how: str                     # name | alias | demonym | seat
    state: str | None = None     # for seats and government bodies: the state key they stand for


@dataclass
class Gazetteer:
    """Phrases as written (case kept) -> what they refer to; entity facts by key."""

    terms: dict[str, Term] = field(default_factory=dict)
    entities: dict[str, dict] = field(default_factory=dict)   # key -> {kind, name, org_kind, state, wikidata}
    cities: dict[str, str] = field(default_factory=dict)      # capital / dateline city -> state key

    def add(self, phrase: str, term: Term) -> None:
        """Register a phrase; the first registration wins (curated forms are added first)."""
        phrase = " ".join(phrase.split())
        if phrase and phrase not in self.terms:
            self.terms[phrase] = term


def _rows(block: str) -> list[list[list[str]]]:
    return [[[x.strip() for x in col.split(";") if x.strip()] for col in line.split("|")]
            for line in block.strip().splitlines() if line.strip()]


def _reference_states() -> list[dict]:
    """States from the reference tables: [{iso2, name, aliases, demonyms, wikidata, capital}]."""
    from . import reference
    return [dict(s) for s in reference.gazetteer_states()]


def _reference_orgs() -> list[dict]:
    """Organisations from the reference table: [{name, kind, aliases, wikidata, state}]."""
    from . import reference
    return [dict(o) for o in reference.gazetteer_orgs()]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once from the reference tables plus this module's curated forms."""
    gz = Gazetteer()
    ref_states = {s["iso2"].upper(): s for s in _reference_states()}
    for row in _rows(STATES):
        head = row[0][0].split(" ", 1) if row[0] else []
        iso = head[0] if head else ""
        names = [head[1], *row[0][1:]] if len(head) > 1 else row[0][1:]
        demonyms = row[1] if len(row) > 1 else []
        seats = row[2] if len(row) > 2 else []
        key = f"state:{iso}"
        ref = ref_states.get(iso, {})
        gz.entities[key] = {"kind": "state", "name": ref.get("name") or (names or [iso])[0], "wikidata": ref.get("wikidata")}
        for n in names:
            gz.add(n, Term(key, "name"))
        for d in demonyms:
            gz.add(d, Term(key, "demonym"))
        for s in seats:
            gz.add(s, Term(key, "seat", key))
            gz.cities.setdefault(s, key)
    for iso, ref in ref_states.items():
        key = f"state:{iso}"
        if iso in NOT_STATES:
            continue
        gz.entities.setdefault(key, {"kind": "state", "name": ref["name"], "wikidata": ref.get("wikidata")})
        for n in [ref["name"], *ref.get("aliases", ())]:
            if n and n not in AMBIGUOUS_NAMES:
                gz.add(n, Term(key, "name"))
        for d in ref.get("demonyms", ()):
            if d and d not in AMBIGUOUS_NAMES:
                gz.add(d, Term(key, "demonym"))
        if ref.get("capital"):
            gz.cities.setdefault(ref["capital"], key)
    _add_orgs(gz)
    return gz


def _add_orgs(gz: Gazetteer) -> None:
    """The reference organisations under their canonical names, with this module's extra aliases and bodies."""
    refs = _reference_orgs()
    by_name = {}
    for r in refs:
        for n in (r["name"], *r.get("aliases", ())):
            by_name.setdefault(n, r)
    rows = []
    for row in _rows(ORGS):
        name, kind = row[0][0], row[1][0]
        aliases = row[2] if len(row) > 2 else []
        state = f"state:{row[3][0]}" if len(row) > 3 and row[3] else None
        r = next((by_name[n] for n in (name, *aliases) if n in by_name), None)
        if r is not None:   # the reference's name is the canonical one (its IRI is minted from it)
            rows.append((r["name"], r.get("kind") or kind, [name, *aliases, *r.get("aliases", ())],
                         r.get("state") or state, r.get("wikidata")))
            r["used"] = True
        else:
            rows.append((name, kind, aliases, state, None))
    rows += [(r["name"], r.get("kind") or "other", list(r.get("aliases", ())), r.get("state"), r.get("wikidata"))
             for r in refs if not r.get("used")]
    for name, kind, aliases, state, qid in rows:
        key = f"org:{slug(name)}"
        gz.entities[key] = {"kind": "org", "name": name, "org_kind": kind, "state": state, "wikidata": qid}
        for n in (name, *aliases):
            gz.add(n, Term(key, "name" if n == name else "alias", state))
    for name, kind, aliases, state, qid in rows:   # after every curated form, so none is taken over
        key = f"org:{slug(name)}"
        for n in (name, *aliases):
            lowered = _lowered_body_noun(n)
            if lowered:
                gz.add(lowered, Term(key, "alias", state))


# a body's last word that news often writes in lower case after the name's other words ("the EU parliament", "the
# U.N. Security council", "Kurdish peshmerga forces"); never "party" (a lower-case "Communist party" or "Democratic
# party" is any state's) nor "state" ("an Islamic state" is a polity sought, no group)
LOWERED_NOUNS = frozenset("""Parliament Commission Council Peshmerga Front Forces Alliance Government Assembly
Court""".split())
# capitalised words before such a noun that name no body by themselves ("Security council", "National Security
# council", "Human Rights council": of which state?)
GENERIC_HEADS = frozenset("""Security General National Central Supreme Federal State Human Rights Foreign Defence Defense
Interior Justice Islamic Popular Executive Legislative Constitutional Regional Provincial Military Revolutionary
Transitional Interim Governing Ruling""".split())


def _lowered_body_noun(phrase: str) -> str | None:
    """The name with its last word, a body's noun, in lower case ("EU parliament" for "EU Parliament"); None when the
    last word is no such noun or only generic words stand before it."""
    words = phrase.split()
    if len(words) < 2 or words[-1] not in LOWERED_NOUNS or all(w in GENERIC_HEADS for w in words[:-1]):
        return None
    return " ".join([*words[:-1], words[-1].lower()])

# title phrase (lowercase) -> role of ANNOTATION.md; longest phrase wins. Roles ending in "?"
# are weak: they need a state or organisation in the phrase to count ("leader", "chief").
TITLES: dict[str, str] = {
    **dict.fromkeys(["president", "king", "queen", "emir", "sultan", "supreme leader", "head of state",
                     "monarch"], "HeadOfState"),
    **dict.fromkeys(["leader"], "HeadOfState?"),
    **dict.fromkeys(["prime minister", "premier", "chancellor", "head of government", "pm", "prime-minister"],
                    "HeadOfGovernment"),
    **dict.fromkeys(["foreign minister", "foreign affairs minister", "minister of foreign affairs",
                     "minister for foreign affairs", "secretary of state", "foreign secretary",
                     "external affairs minister", "minister of external affairs", "foreign affairs secretary",
                     "secretary of foreign affairs", "secretary for foreign affairs"], "ForeignMinister"),
    **dict.fromkeys(["defence minister", "defense minister", "minister of defence", "minister of defense",
                     "minister for defence", "defence secretary", "defense secretary", "secretary of defense",
                     "secretary of defence", "minister of national defense", "national defense minister"],
                    "DefenceMinister"),
    **dict.fromkeys(["minister", "cabinet secretary", "chief cabinet secretary", "deputy prime minister",
                     "vice prime minister", "vice-prime minister", "vice premier", "first deputy prime minister",
                     "attorney general", "attorney-general", "chancellor of the exchequer", "home secretary",
                     "treasury secretary", "commerce secretary", "energy secretary", "interior secretary",
                     "environment secretary", "health secretary", "labor secretary", "trade secretary",
                     "homeland security secretary", "transportation secretary", "education secretary",
                     "agriculture secretary", "justice secretary", "secretary of homeland security",
                     "secretary of the treasury", "secretary of commerce", "secretary of energy",
                     "business secretary", "brexit secretary", "culture secretary", "northern ireland secretary",
                     "international trade secretary", "work and pensions secretary", "cabinet minister"],
                    "Minister"),
    **dict.fromkeys(["ambassador", "envoy", "special envoy", "special representative", "permanent representative",
                     "emissary", "representative to the united nations", "ambassador-at-large"], "Ambassador"),
    **dict.fromkeys(["general", "gen.", "lieutenant general", "lt. gen.", "lt gen", "lieutenant-general",
                     "major general", "maj. gen.", "major-general", "brigadier general", "brig. gen.", "brigadier",
                     "brigadier-general", "admiral", "adm.", "vice admiral", "rear admiral", "colonel", "col.",
                     "lieutenant colonel", "lt. col.", "commander", "chief of staff", "chief of general staff",
                     "military spokesman", "army chief", "army spokesman", "military commander", "field marshal",
                     "marshal", "air marshal", "army commander", "military chief", "army general",
                     "joint chiefs of staff chairman", "chairman of the joint chiefs of staff", "commandant"],
                    "MilitaryOfficer"),
    **dict.fromkeys(["senator", "sen.", "congressman", "congresswoman", "rep.", "lawmaker", "legislator",
                     "member of parliament", "mp", "member of congress", "speaker", "parliamentarian",
                     "house speaker", "senate majority leader", "majority leader", "minority leader",
                     "parliament speaker", "speaker of parliament", "deputy speaker", "congressional representative",
                     "representative"], "Legislator"),
    **dict.fromkeys(["spokesman", "spokeswoman", "spokesperson", "press secretary", "adviser", "advisor",
                     "national security adviser", "national security advisor", "senior adviser", "special adviser",
                     "aide", "deputy minister", "vice minister", "deputy foreign minister", "deputy defence minister",
                     "deputy defense minister", "governor", "mayor", "intelligence chief", "secretary-general",
                     "secretary general", "vice president", "vice-president", "commissioner", "high commissioner",
                     "foreign policy chief", "foreign affairs chief", "top diplomat", "high representative", "negotiator", "chief negotiator",
                     "director general", "director-general", "prosecutor", "chief prosecutor", "diplomat",
                     "deputy secretary of state", "under secretary", "under-secretary", "undersecretary",
                     "assistant secretary",
                     "deputy secretary", "crown prince", "police chief", "central bank governor", "chief minister",
                     "human rights chief", "spy chief", "state secretary", "minister of state", "ombudsman",
                     "chief justice", "special counsel", "special prosecutor", "prosecutor general",
                     "district judge", "district court judge", "federal judge", "supreme court justice",
                     "supreme court judge", "special rapporteur"], "Official"),
    # civil titles ending in "General": the word is no military rank there ("NATO's Deputy Secretary General X",
    # "Inspector General Y"), and the longest phrase wins over "general" alone
    **dict.fromkeys([f"{head}{sep}general" for head in ("deputy secretary", "under secretary", "under-secretary",
                                                       "undersecretary", "assistant secretary", "inspector",
                                                       "surgeon", "solicitor", "auditor", "governor", "consul",
                                                       "postmaster")
                     for sep in (" ", "-")], "Official"),
    **dict.fromkeys(["chief", "head", "chairman", "chairwoman", "chair", "official", "director", "chief executive",
                     "executive director", "coordinator"], "Official?"),
}
# abbreviated titles as written before a name: there the tokenizer keeps "Gen." and "Sen." whole, while the
# lower-case phrase splits ("gen", "."), so each is also matched in its capitalised form ("Lt. Gen. X", "Sen. Y")
TITLES.update({p.title(): r for p, r in list(TITLES.items()) if "." in p})

# words before a title that mean it is not a current post of the person named
NOT_CURRENT = frozenset({"former", "ex", "ex-", "late", "then", "then-", "previous", "past", "retired",
                         "would-be", "candidate", "elect", "-elect", "onetime", "one-time", "erstwhile",
                         "predecessor", "opposition", "previously", "formerly", "shadow", "rebel", "party", "militant"})
# words that make a cabinet title a deputy's post (an Official): "deputy foreign minister"
DEPUTY = frozenset({"deputy", "vice", "assistant", "junior"})

# the home states of national outlets: where a text of theirs names no state at all, "the prime minister" is
# their own state's (the BBC's "Mr Blair's official spokesman said the prime minister ...")
OUTLET_STATES: dict[str, str] = {"BBC News": "GB", "Ahram Online": "EG", "Daily Sabah": "TR", "TRT World": "TR",
                                 "Jordan Times": "JO", "SANA": "SY", "Al-Alam": "IR", "Al-Manar": "LB",
                                 "National News Agency (Lebanon)": "LB"}

# titles that belong to one state's system of government: a hint for a bare title's jurisdiction,
# used only when the article names that state ("Foreign Secretary Boris Johnson" in a New Delhi story)
TITLE_STATES: dict[str, str] = {
    "secretary of state": "US", "senator": "US", "sen.": "US", "congressman": "US", "congresswoman": "US",
    "rep.": "US", "defense secretary": "US", "secretary of defense": "US", "house speaker": "US",
    "senate majority leader": "US", "treasury secretary": "US", "attorney general": "US", "press secretary": "US",
    "national security adviser": "US", "homeland security secretary": "US", "member of congress": "US",
    "foreign secretary": "GB", "home secretary": "GB", "chancellor of the exchequer": "GB", "mp": "GB",
    "defence secretary": "GB", "brexit secretary": "GB", "environment secretary": "GB", "health secretary": "GB",
    "business secretary": "GB", "culture secretary": "GB", "northern ireland secretary": "GB",
    "work and pensions secretary": "GB", "trade secretary": "GB", "international trade secretary": "GB",
    "chief cabinet secretary": "JP", "supreme leader": "IR", "special counsel": "US",
    # the top officer of the US forces (South Korea's has the title too: shared, see `resolve.SHARED_TITLES`)
    "joint chiefs of staff chairman": "US", "chairman of the joint chiefs of staff": "US",
}
