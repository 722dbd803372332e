"""The gazetteer: every phrase the rule components look for, and what each one refers to.

States come from the reference tables (`reference.py`); this module adds what reference data
lacks: demonyms, short forms ("U.S."), and seats of government used for the government
("Tehran said", "the Kremlin", "Downing Street"); organisations' aliases and, for government
bodies, the state they belong to; and the table of titles -> roles of ANNOTATION.md.
Built once per process (`load_gazetteer`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# ISO2 names; ... | demonyms; ... | seats of government used for the government; ...
# (capitals that are mostly an organisation's seat or a contested city are left out:
# Brussels is the EU, Cairo the Arab League, Geneva and New York the UN; Jerusalem, Tripoli)
STATES = """
AD Andorra | Andorran | Andorra la Vella
AE United Arab Emirates; UAE; U.A.E.; Emirates | Emirati; Emiratis | Abu Dhabi
AF Afghanistan | Afghan; Afghans | Kabul
AG Antigua and Barbuda | Antiguan |
AL Albania | Albanian; Albanians | Tirana
AM Armenia | Armenian; Armenians | Yerevan
AO Angola | Angolan; Angolans | Luanda
AR Argentina | Argentine; Argentinian; Argentines | Buenos Aires
AT Austria | Austrian; Austrians | Vienna
AU Australia | Australian; Australians | Canberra
AZ Azerbaijan | Azerbaijani; Azeri; Azerbaijanis | Baku
BA Bosnia and Herzegovina; Bosnia; Bosnia-Herzegovina | Bosnian; Bosnians | Sarajevo
BB Barbados | Barbadian |
BD Bangladesh | Bangladeshi; Bangladeshis | Dhaka
BE Belgium | Belgian; Belgians |
BF Burkina Faso | Burkinabe | Ouagadougou
BG Bulgaria | Bulgarian; Bulgarians | Sofia
BH Bahrain | Bahraini; Bahrainis | Manama
BI Burundi | Burundian | Bujumbura
BJ Benin | Beninese | Porto-Novo
BN Brunei | Bruneian |
BO Bolivia | Bolivian; Bolivians | La Paz
BR Brazil | Brazilian; Brazilians | Brasilia
BS Bahamas; The Bahamas | Bahamian |
BT Bhutan | Bhutanese | Thimphu
BW Botswana | Botswanan | Gaborone
BY Belarus | Belarusian; Belarussian; Belarusians | Minsk
BZ Belize | Belizean |
CA Canada | Canadian; Canadians | Ottawa
CD Democratic Republic of Congo; Democratic Republic of the Congo; DR Congo; DRC; Congo-Kinshasa | Congolese | Kinshasa
CF Central African Republic | Central African | Bangui
CG Republic of Congo; Republic of the Congo; Congo-Brazzaville; Congo Republic | | Brazzaville
CH Switzerland | Swiss | Bern
CI Ivory Coast; Cote d'Ivoire; Côte d'Ivoire; Cote d’Ivoire | Ivorian; Ivorians | Abidjan; Yamoussoukro
CL Chile | Chilean; Chileans | Santiago
CM Cameroon | Cameroonian; Cameroonians | Yaounde
CN China; People's Republic of China; PRC; Mainland China | Chinese | Beijing; Zhongnanhai
CO Colombia | Colombian; Colombians | Bogota
CR Costa Rica | Costa Rican |
CU Cuba | Cuban; Cubans | Havana
CV Cape Verde; Cabo Verde | Cape Verdean | Praia
CY Cyprus | Cypriot; Cypriots | Nicosia
CZ Czech Republic; Czechia | Czech; Czechs | Prague
DE Germany | German; Germans | Berlin
DJ Djibouti | Djiboutian |
DK Denmark | Danish; Danes | Copenhagen
DM Dominica | Dominican |
DO Dominican Republic | | Santo Domingo
DZ Algeria | Algerian; Algerians | Algiers
EC Ecuador | Ecuadorean; Ecuadorian; Ecuadoreans | Quito
EE Estonia | Estonian; Estonians | Tallinn
EG Egypt | Egyptian; Egyptians |
ER Eritrea | Eritrean; Eritreans | Asmara
ES Spain | Spanish; Spaniards | Madrid
ET Ethiopia | Ethiopian; Ethiopians | Addis Ababa
FI Finland | Finnish; Finns | Helsinki
FJ Fiji | Fijian; Fijians | Suva
FM Micronesia; Federated States of Micronesia | Micronesian |
FR France | French | Paris; Elysee; Élysée; Elysee Palace; Élysée Palace; Quai d'Orsay
GA Gabon | Gabonese | Libreville
GB United Kingdom; Britain; Great Britain; UK; U.K. | British; Briton; Britons | London; Downing Street; Whitehall
GD Grenada | Grenadian |
GE Georgia | Georgian; Georgians | Tbilisi
GH Ghana | Ghanaian; Ghanaians | Accra
GM Gambia; The Gambia | Gambian; Gambians | Banjul
GN Guinea | Guinean; Guineans | Conakry
GQ Equatorial Guinea | Equatoguinean | Malabo
GR Greece | Greek; Greeks | Athens
GT Guatemala | Guatemalan; Guatemalans |
GW Guinea-Bissau | Bissau-Guinean |
GY Guyana | Guyanese |
HN Honduras | Honduran; Hondurans | Tegucigalpa
HR Croatia | Croatian; Croat; Croats | Zagreb
HT Haiti | Haitian; Haitians | Port-au-Prince
HU Hungary | Hungarian; Hungarians | Budapest
ID Indonesia | Indonesian; Indonesians | Jakarta
IE Ireland; Republic of Ireland | Irish | Dublin
IL Israel | Israeli; Israelis |
IN India | Indian; Indians | New Delhi
IQ Iraq | Iraqi; Iraqis | Baghdad
IR Iran; Islamic Republic | Iranian; Iranians | Tehran
IS Iceland | Icelandic; Icelanders | Reykjavik
IT Italy | Italian; Italians | Rome
JM Jamaica | Jamaican; Jamaicans |
JO Jordan | Jordanian; Jordanians | Amman
JP Japan | Japanese | Tokyo
KE Kenya | Kenyan; Kenyans | Nairobi
KG Kyrgyzstan | Kyrgyz | Bishkek
KH Cambodia | Cambodian; Cambodians | Phnom Penh
KI Kiribati | |
KM Comoros | Comoran; Comorian |
KN Saint Kitts and Nevis; St Kitts and Nevis | |
KP North Korea; Democratic People's Republic of Korea; DPRK | North Korean; North Koreans | Pyongyang
KR South Korea; Republic of Korea | South Korean; South Koreans | Seoul; Blue House
KW Kuwait | Kuwaiti; Kuwaitis |
KZ Kazakhstan | Kazakh; Kazakhstani; Kazakhs | Astana; Nur-Sultan
LA Laos | Laotian; Lao | Vientiane
LB Lebanon | Lebanese | Beirut
LC Saint Lucia; St Lucia | |
LI Liechtenstein | |
LK Sri Lanka | Sri Lankan; Sri Lankans | Colombo
LR Liberia | Liberian; Liberians | Monrovia
LS Lesotho | | Maseru
LT Lithuania | Lithuanian; Lithuanians | Vilnius
LU Luxembourg | Luxembourgish |
LV Latvia | Latvian; Latvians | Riga
LY Libya | Libyan; Libyans |
MA Morocco | Moroccan; Moroccans | Rabat
MC Monaco | Monegasque |
MD Moldova | Moldovan; Moldovans | Chisinau
ME Montenegro | Montenegrin |
MG Madagascar | Malagasy | Antananarivo
MH Marshall Islands | Marshallese |
MK North Macedonia; Macedonia | Macedonian; Macedonians | Skopje
ML Mali | Malian; Malians | Bamako
MM Myanmar; Burma | Myanmarese; Burmese | Naypyitaw; Naypyidaw; Nay Pyi Taw
MN Mongolia | Mongolian; Mongolians | Ulaanbaatar
MR Mauritania | Mauritanian | Nouakchott
MT Malta | Maltese | Valletta
MU Mauritius | Mauritian |
MV Maldives | Maldivian |
MW Malawi | Malawian |
MX Mexico | Mexican; Mexicans | Mexico City
MY Malaysia | Malaysian; Malaysians | Kuala Lumpur; Putrajaya
MZ Mozambique | Mozambican | Maputo
NA Namibia | Namibian | Windhoek
NE Niger | Nigerien | Niamey
NG Nigeria | Nigerian; Nigerians | Abuja
NI Nicaragua | Nicaraguan; Nicaraguans | Managua
NL Netherlands; The Netherlands; Holland | Dutch | The Hague; Amsterdam
NO Norway | Norwegian; Norwegians | Oslo
NP Nepal | Nepali; Nepalese | Kathmandu
NR Nauru | Nauruan |
NZ New Zealand | New Zealander; New Zealanders | Wellington
OM Oman | Omani; Omanis | Muscat
PA Panama | Panamanian; Panamanians |
PE Peru | Peruvian; Peruvians | Lima
PG Papua New Guinea | Papua New Guinean | Port Moresby
PH Philippines; The Philippines | Philippine; Filipino; Filipinos | Manila
PK Pakistan | Pakistani; Pakistanis | Islamabad
PL Poland | Polish; Poles | Warsaw
PS Palestine; State of Palestine | Palestinian; Palestinians | Ramallah
PT Portugal | Portuguese | Lisbon
PW Palau | Palauan |
PY Paraguay | Paraguayan; Paraguayans | Asuncion
QA Qatar | Qatari; Qataris | Doha
RO Romania | Romanian; Romanians | Bucharest
RS Serbia | Serbian; Serbs | Belgrade
RU Russia; Russian Federation | Russian; Russians | Moscow; Kremlin
RW Rwanda | Rwandan; Rwandans | Kigali
SA Saudi Arabia; Saudi; Kingdom of Saudi Arabia | Saudis | Riyadh
SB Solomon Islands | |
SC Seychelles | Seychellois |
SD Sudan | Sudanese | Khartoum
SE Sweden | Swedish; Swedes | Stockholm
SG Singapore | Singaporean; Singaporeans |
SI Slovenia | Slovenian; Slovene; Slovenians | Ljubljana
SK Slovakia; Slovak Republic | Slovak; Slovakian; Slovaks | Bratislava
SL Sierra Leone | Sierra Leonean | Freetown
SM San Marino | Sammarinese |
SN Senegal | Senegalese | Dakar
SO Somalia | Somali; Somalis | Mogadishu
SR Suriname | Surinamese | Paramaribo
SS South Sudan | South Sudanese | Juba
ST Sao Tome and Principe; São Tomé and Príncipe | |
SV El Salvador | Salvadoran; Salvadorans | San Salvador
SY Syria; Syrian Arab Republic | Syrian; Syrians | Damascus
SZ Eswatini; Swaziland | Swazi | Mbabane
TD Chad | Chadian; Chadians | N'Djamena; Ndjamena
TG Togo | Togolese | Lome
TH Thailand | Thai | Bangkok
TJ Tajikistan | Tajik; Tajiks | Dushanbe
TL East Timor; Timor-Leste | East Timorese | Dili
TM Turkmenistan | | Ashgabat
TN Tunisia | Tunisian; Tunisians | Tunis
TO Tonga | Tongan |
TR Turkey; Türkiye; Turkiye | Turkish; Turks | Ankara
TT Trinidad and Tobago | Trinidadian |
TV Tuvalu | |
TW Taiwan; Republic of China | Taiwanese | Taipei
TZ Tanzania | Tanzanian; Tanzanians | Dodoma; Dar es Salaam
UA Ukraine | Ukrainian; Ukrainians | Kiev; Kyiv
UG Uganda | Ugandan; Ugandans | Kampala
US United States; United States of America; U.S.; US; U.S.A.; USA; America | American; Americans | Washington; White House
UY Uruguay | Uruguayan; Uruguayans | Montevideo
UZ Uzbekistan | Uzbek; Uzbeks | Tashkent
VA Vatican; Holy See; Vatican City | |
VC Saint Vincent and the Grenadines | |
VE Venezuela | Venezuelan; Venezuelans | Caracas
VN Vietnam; Viet Nam | Vietnamese | Hanoi
VU Vanuatu | |
WS Samoa | Samoan |
XK Kosovo | Kosovar; Kosovars; Kosovan | Pristina
YE Yemen | Yemeni; Yemenis | Sanaa; Sana'a
ZA South Africa | South African; South Africans | Pretoria
ZM Zambia | Zambian; Zambians | Lusaka
ZW Zimbabwe | Zimbabwean; Zimbabweans | Harare
"""

# canonical name | kind | aliases; ... | ISO2 of the state a government body belongs to
ORGS = """
United Nations | igo | UN; U.N.; United Nations Organization |
United Nations Security Council | igo | UN Security Council; U.N. Security Council; Security Council; UNSC |
United Nations General Assembly | igo | UN General Assembly; U.N. General Assembly; General Assembly |
United Nations Human Rights Council | igo | UN Human Rights Council; U.N. Human Rights Council; Human Rights Council |
UNHCR | igo | United Nations High Commissioner for Refugees; UN refugee agency; U.N. refugee agency |
UNICEF | igo | United Nations Children's Fund |
World Food Programme | igo | WFP; World Food Program |
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
Democratic Party | party | Democrats |
Republican Party | party | Republicans; GOP |
Conservative Party | party | Conservatives; Tories; Tory |
Labour Party | party | Labour |
Liberal Democrats | party | Lib Dems; Lib Dem; Liberal Democrat |
Communist Party | party | Chinese Communist Party |
Amnesty International | other | Amnesty |
Human Rights Watch | other | HRW |
International Committee of the Red Cross | other | ICRC; Red Cross |
Reuters | other | Thomson Reuters |
"""

# territories that reference data may list but that are not sovereign states
NOT_STATES = frozenset("AI AW AX BM CC CK CW CX FK FO GG GI GL GS IM IO JE KY MS NF NU PN SH SX TC VG WF EH".split())
# reference names too ambiguous to match on their own
AMBIGUOUS_NAMES = frozenset({"Congo", "Korea", "Guinea", "Dominican", "Jersey", "Turkmen", "the States"})


def slug(text: str) -> str:
    """Accents folded, lowercase, other characters as one hyphen: "Bashar al-Assad" -> "bashar-al-assad"."""
    s = unicodedata.normalize("NFKD", text.replace("\u2019", "'")).encode("ascii", "ignore").decode().lower()
    s = s.replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


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
        head = row[0][0].split(" ", 1)
        iso, names = head[0], [head[1], *row[0][1:]] if len(head) > 1 else row[0][1:]
        demonyms = row[1] if len(row) > 1 else []
        seats = row[2] if len(row) > 2 else []
        key = f"state:{iso}"
        ref = ref_states.get(iso, {})
        gz.entities[key] = {"kind": "state", "name": ref.get("name") or names[0], "wikidata": ref.get("wikidata")}
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
                     "external affairs minister", "minister of external affairs"], "ForeignMinister"),
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
                     "foreign policy chief", "top diplomat", "negotiator", "chief negotiator",
                     "director general", "director-general", "prosecutor", "chief prosecutor", "diplomat",
                     "deputy secretary of state", "under secretary", "undersecretary", "assistant secretary",
                     "deputy secretary", "crown prince", "police chief", "central bank governor",
                     "human rights chief", "spy chief", "state secretary", "minister of state", "ombudsman",
                     "chief justice"], "Official"),
    **dict.fromkeys(["chief", "head", "chairman", "chairwoman", "chair", "official", "director",
                     "executive director"], "Official?"),
}

# words before a title that mean it is not a current post of the person named
NOT_CURRENT = frozenset({"former", "ex", "ex-", "late", "then", "then-", "previous", "past", "retired",
                         "would-be", "candidate", "elect", "-elect", "onetime", "one-time", "erstwhile",
                         "predecessor", "opposition", "previously", "formerly", "shadow", "rebel", "party", "militant"})
# words that make a cabinet title a deputy's post (an Official): "deputy foreign minister"
DEPUTY = frozenset({"deputy", "vice", "assistant", "junior"})

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
    "chief cabinet secretary": "JP", "supreme leader": "IR",
}
