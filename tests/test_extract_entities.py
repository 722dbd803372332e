"""Entity extraction, value in -> value out: states, organisations and persons of short news texts."""

import pytest

from geokg.ingest.extract import build_context, extract
from geokg.ingest.model import Article
from geokg.ingest.resolve import clean_name, cluster_names


def context(nlp, text, id="t"):
    return build_context(nlp(text), Article(id=id, text=text, date="2018-03-05"))


def keys(ctx, kind):
    return {k for k, e in ctx.entities.items() if e.kind == kind}


def test_states_by_name_demonym_and_seat(nlp):
    ctx = context(nlp, "Tehran said on Sunday it would back Syrian forces. The Kremlin and the White House "
                       "disagreed, and Downing Street said Britain would stay out.")
    assert keys(ctx, "state") == {"state:IR", "state:SY", "state:RU", "state:US", "state:GB"}
    hows = {(m.text, m.how) for m in ctx.mentions if m.key.startswith("state:")}
    assert ("Syrian", "demonym") in hows and ("Tehran", "seat") in hows and ("Britain", "name") in hows


def test_place_names_inside_other_names_are_not_states(nlp):
    ctx = context(nlp, "Ships sailed through the South China Sea, the Washington Post reported.")
    assert keys(ctx, "state") == set()


def test_a_seat_naming_a_thing_of_the_city_is_no_state(nlp):
    text = "Norway praised the Paris climate agreement on Monday, days after a London train was bombed."
    ctx = context(nlp, text)
    assert "state:FR" not in keys(ctx, "state") and "state:GB" not in keys(ctx, "state")
    assert "state:NO" in keys(ctx, "state")
    assert "state:IR" in keys(context(nlp, "The Tehran government said the Paris talks had failed."), "state")


def test_a_seat_that_is_a_named_persons_surname_is_the_person(nlp):
    text = "Critics accused Malta's Prime Minister Joseph Muscat of graft. Muscat has promised an inquiry."
    assert keys(context(nlp, text), "state") == {"state:MT"}
    assert "state:OM" in keys(context(nlp, "Muscat has promised Iran an inquiry."), "state")


def test_a_seat_naming_talks_held_there_is_no_state(nlp):
    ctx = context(nlp, "Libya's rival factions made progress at the Tunis talks on Saturday, a U.N. source said.")
    assert keys(ctx, "state") == {"state:LY"}


def test_states_inside_hyphenated_words(nlp):
    ctx = context(nlp, "France joined the U.S.-led coalition and praised Iran-backed talks.")
    assert {"state:US", "state:IR", "state:FR"} <= keys(ctx, "state")
    us = [m for m in ctx.mentions if m.key == "state:US"][0]
    assert ctx.article.text[us.start:us.end] == "U.S."


def test_organisations_with_kinds_and_aliases(nlp):
    ctx = context(nlp, "NATO and the U.N. condemned the attack by Islamic State. Hezbollah denied any role, "
                       "the State Department said.")
    orgs = {k: ctx.entities[k] for k in keys(ctx, "org")}
    assert orgs["org:nato"].org_kind == "alliance"
    assert orgs["org:united-nations"].org_kind == "igo" and "U.N." in orgs["org:united-nations"].aliases
    assert orgs["org:islamic-state"].org_kind == "armed_group"
    assert orgs["org:state-department"].org_kind == "government_body"


def test_persons_joined_within_an_article(nlp):
    ctx = context(nlp, "President Bashar al-Assad met envoys in Damascus. Assad said the war was ending. "
                       "Chinese foreign ministry spokesman Geng Shuang said Beijing supported talks. "
                       "Geng did not give details.")
    persons = {e.name: e for e in ctx.entities.values() if e.kind == "person"}
    assert set(persons) == {"Bashar al-Assad", "Geng Shuang"}
    assert persons["Bashar al-Assad"].aliases == ("Assad",)
    assert persons["Geng Shuang"].key == "person:geng-shuang" and persons["Geng Shuang"].aliases == ("Geng",)


def test_mentions_carry_offsets_and_sentences(nlp):
    text = "Iran's defence minister arrived. He met Russian officials in Moscow."
    ctx = context(nlp, text)
    for m in ctx.mentions:
        assert text[m.start:m.end] == m.text
        s, e = ctx.sentences[m.sent]
        assert s <= m.start < m.end <= e
    assert [m.sent for m in ctx.mentions if m.key == "state:RU"] == [1, 1]


def test_dateline_and_main_states(nlp):
    text = ("BEIJING (Reuters) - China said on Thursday its policy toward Zimbabwe would not change. "
            "China has close ties with Zimbabwe, and Chinese firms invest there.")
    ctx = context(nlp, text)
    assert ctx.dateline == "state:CN"
    assert ctx.main_states[:2] == ("state:CN", "state:ZW")


def test_extract_lists_only_what_the_article_mentions(nlp):
    text = "Japan's Foreign Minister Taro Kono said Tokyo would impose sanctions on North Korea."
    x = extract(nlp(text), Article(id="a", text=text))
    assert {e.key for e in x.entities} >= {"state:JP", "state:KP", "person:taro-kono"}
    assert all(e.kind != "person" or e.name == "Taro Kono" for e in x.entities)


def test_name_forms_cluster():
    persons = {p.name: p for p, _ in cluster_names(
        ["Jean-Yves Le Drian", "Le Drian", "Siamak Namazi", "Namazi", "Baquer Namazi", "Namazi", "Kim Jong Un", "Kim"])}
    assert persons["Jean-Yves Le Drian"].aliases == ("Le Drian",)
    assert persons["Kim Jong Un"].aliases == ("Kim",)
    # a shared surname already written alone for one of them keeps meaning that one (round 29)
    assert persons["Siamak Namazi"].forms == ["Siamak Namazi", "Namazi", "Namazi"]
    assert persons["Baquer Namazi"].forms == ["Baquer Namazi"]
    # else it goes to the full name written last before it
    persons = {p.name: p for p, _ in cluster_names(["Siamak Namazi", "Baquer Namazi", "Namazi"])}
    assert persons["Baquer Namazi"].forms == ["Baquer Namazi", "Namazi"]


def test_clean_name_drops_titles_and_possessives():
    assert clean_name("President Bashar al-Assad\u2019s") == "Bashar al-Assad"
    assert clean_name("Mr Bush") == "Bush"


def test_a_surname_joins_the_person_not_a_place_named_after_them(nlp):
    ctx = context(nlp, "Donald Trump opened Trump Turnberry in Scotland on Friday. Trump said the course was great.")
    names = {e.name: e for e in ctx.entities.values() if e.kind == "person"}
    assert "Trump" in names["Donald Trump"].aliases


def test_a_name_stops_at_its_possessive(nlp):
    ctx = context(nlp, "VIENNA (Reuters) - Austrian Chancellor Christian Kern\u2019s Social Democrats asked Facebook "
                       "for the names.")
    assert {e.name for e in ctx.entities.values() if e.kind == "person"} == {"Christian Kern"}


def test_places_the_model_calls_persons_are_dropped(nlp):
    ctx = context(nlp, "Kurdish fighters took control of Kirkuk in 2014. Kirkuk is home to Arab communities. "
                       "Fighting in Kirkuk went on, the Hurriyet newspaper said.")
    assert {e.name for e in ctx.entities.values() if e.kind == "person"} == set()


def test_parties_and_show_titles_are_not_persons(nlp):
    ctx = context(nlp, "Odinga said Jubilee (the ruling party) had taken corruption to new heights. Jubilee denied "
                       "it. Albright told MSNBC\u2019s \u201cAndrea Mitchell Reports\u201d on Wednesday that she agreed.")
    persons = {e.name for e in ctx.entities.values() if e.kind == "person"}
    assert "Albright" in persons and not persons & {"Jubilee", "Andrea Mitchell Reports"}


def persons_of(nlp, text):
    return {e.name for e in context(nlp, text).entities.values() if e.kind == "person"}


@pytest.mark.parametrize("text, not_persons", [
    # the Arabic article before a name, a place noun after it, a place list, a verb of advancing on places
    ("Jets struck al-Marj Halwa and the market in al-Tarim on Monday.", {"Marj Halwa", "Tarim"}),
    ("Mourners gathered at the Sitt Nafisa shrine near the old port.", {"Sitt Nafisa"}),
    ("Troops retook several villages including Qalat Nimr after a week of fighting.", {"Qalat Nimr"}),
    ("Government forces are advancing on Hawsh Bilal and Kassab.", {"Hawsh Bilal", "Kassab"}),
    # armed groups and places with Arabic head words
    ("Fighters of Jaysh al-Tawhid shelled Kafr Batna overnight.", {"Jaysh al-Tawhid", "Kafr Batna"}),
    # companies, ships, platforms, religions, site furniture
    ("Danish toy maker Lego Olsen said sales were up.", {"Lego Olsen"}),
    ("Jets took off from the Admiral Petrov aircraft carrier.", {"Petrov", "Admiral Petrov"}),
    ("Follow us on Youtube Subscribe for more. Zoroastrianism is old.", {"Youtube Subscribe", "Zoroastrianism"}),
    ("Reporting by Anna Kowalczyk; Editing by Peter Brandt", {"Anna Kowalczyk", "Peter Brandt"}),
    # ethnic and religious words, headline words the text also writes in lower case, long acronyms
    ("Salafi preachers and Kurds met. Deadly clashes followed; the clashes were deadly. FLAG said so.",
     {"Salafi", "Deadly", "FLAG"}),
])
def test_places_groups_companies_and_credits_are_not_persons(nlp, text, not_persons):
    assert not persons_of(nlp, text) & not_persons


def test_names_lose_glued_states_and_titles_and_keep_a_left_out_first_name(nlp):
    persons = persons_of(nlp, "The rebels attacked, said Boro Lado Kenyi, a military spokesman. "
                              "Republican Representative Tom Hadley said the bill would pass.")
    assert {"Boro Lado Kenyi", "Tom Hadley"} <= persons, persons
    assert not {"Representative Tom Hadley", "Lado Kenyi"} & persons
    # a pasted text without commas: the model's organisation takes the first name along
    persons = persons_of(nlp, "The head of the Peoples Council of Iraq Samira Yusuf Abbas said the vote was fair")
    assert persons == {"Samira Yusuf Abbas"}, persons


def test_words_the_model_runs_on_to_are_cut_from_names(nlp):
    persons = persons_of(nlp, "Economist Hans Gruber expects growth. Residents cheered, said one Kibaki supporter "
                              "on Monday.")
    assert "Hans Gruber" in persons and not any(p.startswith("Economist") or p.endswith("supporter")
                                                for p in persons), persons


def test_a_possessive_without_apostrophe_joins_its_name(nlp):
    # a pasted text with no apostrophes writes "Assads" for "Assad's"
    persons = persons_of(nlp, "President Bashar al-Assad spoke. Bashar al-Assads forces advanced and Assads "
                              "allies cheered. Turkeys army watched.")
    assert persons == {"Bashar al-Assad"}, persons


@pytest.mark.parametrize("text, not_persons, persons", [
    # a byline after "Posted on <date>" and the writers' names closing the text
    ("Posted on May 3 2016 by John Harris and Mary Evans Shelling Kills Ten in Idlib. "
     "A local doctor, Omar Khalid, told reporters that the town was shelled. John Harris and Mary Evans.",
     {"John Harris", "Mary Evans"}, {"Omar Khalid"}),
    ("By Sami Rahal\nAid worker Hadi Nasser said the road was closed near Aleppo.", {"Sami Rahal"}, {"Hadi Nasser"}),
    # a writer and the city filed from, opening the text
    ("Sami Rahal - Beirut. Aid worker Hadi Nasser said the road was closed near Aleppo.",
     {"Sami Rahal"}, {"Hadi Nasser"}),
    # news agencies the model takes for persons, a day written short in a diary
    ("Tasnim reported that Yusuf Kazemi had resigned. Rudaw and Jiji said so too.", {"Tasnim", "Rudaw", "Jiji"},
     {"Yusuf Kazemi"}),
    ("Talks go on. Thur, Dec. 14 - Leaders meet in Brussels, said Erik Lund.", {"Thur"}, {"Erik Lund"}),
    # headline words the model takes for names
    ("Syria has become the most dangerous place for reporters. Reporters Without Borders counted 66 journalists "
     "killed in 2014, said Omar Khalid.", {"Without Borders"}, {"Omar Khalid"}),
    # a line of writers' names opening the text
    ("Sami Rahal and Hadi Nasser - Beirut\nAid worker Omar Khalid said the road was closed near Aleppo.",
     {"Sami Rahal", "Hadi Nasser"}, {"Omar Khalid"}),
    # the reporter of a video the page embeds, credited in its title
    ("Aid worker Omar Khalid said the road was closed. Aid reaches the besieged town Sami Rahal reports - YouTube "
     "The convoy left at dawn.", {"Sami Rahal"}, {"Omar Khalid"}),
])
def test_bylines_outlets_and_diary_days_are_not_persons(nlp, text, not_persons, persons):
    found = persons_of(nlp, text)
    assert not found & not_persons and persons <= found, found


def test_the_articles_own_outlet_is_no_person(nlp):
    text = "Rebels shelled the town, said Omar Zidan. Qalam Daily"
    ctx = build_context(nlp(text), Article(id="t", text=text, date="2018-03-05", source="Qalam Daily"))
    assert "Qalam Daily" not in {e.name for e in ctx.entities.values()}


def test_the_first_words_of_a_longer_name_are_that_person():
    persons = {p.name: p for p, _ in cluster_names(["Ahmed Ali Saleh", "Ahmed Ali", "Saleh", "Donald Trump Jr.",
                                                   "Donald Trump"])}
    assert set(persons) == {"Ahmed Ali Saleh", "Donald Trump Jr.", "Donald Trump"}
    assert "Ahmed Ali" in persons["Ahmed Ali Saleh"].aliases


def test_a_city_glued_to_a_name_in_a_pasted_text_is_cut(nlp):
    text = ("Jets struck Aleppo on Monday. Aleppo Ibrahim Abu Leith a rescue worker said ten died in Aleppo. "
            "The Frankfurter Allgemeine Zeitung reported it")
    found = persons_of(nlp, text)
    assert not any(n.startswith("Aleppo") for n in found) and "Frankfurter Allgemeine Zeitung" not in found, found


def test_a_fathers_name_alone_is_the_father():
    persons = {p.name: p for p, _ in cluster_names(["Mohammed bin Salman", "Salman", "bin Salman",
                                                   "Salman al-Awdah"])}
    assert "Salman" in persons and persons["Mohammed bin Salman"].aliases == ("bin Salman",)
    assert "Salman" not in persons["Salman al-Awdah"].aliases


def test_a_titled_name_that_is_also_a_towns_is_a_person(nlp):
    # "Bush" and "Elizabeth" are also towns; a title before the name says it is a person's
    ctx = context(nlp, "Leaders met in London as President Bush flew home. Queen Elizabeth hosted a dinner.")
    names = {ctx.entities[k].name for k in keys(ctx, "person")}
    assert {"Bush", "Elizabeth"} <= names, names
    ctx = context(nlp, "Lawyers appeared at the Mingaladon court on Monday.")
    assert not keys(ctx, "person")


def test_a_last_name_the_model_left_out_is_part_of_the_name(nlp):
    ctx = context(nlp, "With an election looming, Mexican President Enrique Pena Nieto faces a tough choice.")
    names = {ctx.entities[k].name for k in keys(ctx, "person")}
    assert names == {"Enrique Pena Nieto"}, names


@pytest.mark.parametrize("text, name", [
    ("Uhuru Kenyatta, Kenya's president, said talks would resume.", "Uhuru Kenyatta"),
    ("Nurettin Canikli, Turkey's defence minister, said talks would resume.", "Nurettin Canikli"),
])
def test_a_name_with_a_title_in_apposition_is_a_person(nlp, text, name):
    # the model tags these names as places; the title after the comma says whose name it is
    ctx = context(nlp, text)
    assert {ctx.entities[k].name for k in keys(ctx, "person")} == {name}


def test_a_titles_last_word_is_no_part_of_the_name(nlp):
    ctx = context(nlp, "WASHINGTON (Reuters) - U.S. Secretary of State Rex Tillerson has spoken to Saudi Foreign "
                       "Minister Adel al-Jubeir about the arrests, a spokeswoman said.")
    names = {ctx.entities[k].name for k in keys(ctx, "person")}
    assert "Rex Tillerson" in names and not any(n.startswith("State") for n in names), names


def test_a_name_set_off_after_a_title_is_a_person(nlp):
    ctx = context(nlp, "China's ambassador to the United States, Cui Tiankai, said Trump will receive a warm "
                       "welcome in Beijing.")
    assert "Cui Tiankai" in {ctx.entities[k].name for k in keys(ctx, "person")}


@pytest.mark.parametrize("text, name, short", [
    ("CAIRO (Reuters) - Egypt's President Abdel Fattah al-Sisi met bankers. The loan was welcomed by Sisi and his "
     "cabinet.", "Abdel Fattah al-Sisi", "Sisi"),
    ("PRETORIA (Reuters) - Delegates backed Thandi Mbeki-Nkosi, a former minister, on Sunday. The league is likely "
     "to throw its weight behind Mbeki-Nkosi.", "Thandi Mbeki-Nkosi", "Mbeki-Nkosi"),
])
def test_a_surname_after_the_arabic_article_or_with_a_hyphen_is_the_person(nlp, text, name, short):
    # the model tags the later short form as an organisation
    ctx = context(nlp, text)
    persons = {ctx.entities[k].name: ctx.entities[k] for k in keys(ctx, "person")}
    assert set(persons) == {name} and short in persons[name].aliases, persons
    assert not any(ctx.entities[k].name == short for k in keys(ctx, "org"))


def test_a_name_set_off_after_counterpart_is_a_person(nlp):
    ctx = context(nlp, "Abe spoke warmly of his Indonesian counterpart, Joko Widodo, while officials signed the deal.")
    assert "Joko Widodo" in {ctx.entities[k].name for k in keys(ctx, "person")}
    assert not keys(ctx, "org")


def test_a_known_officials_bare_surname_is_a_person(nlp):
    ctx = context(nlp, "Duterte said on Monday he would visit Moscow, and officials said Duterte would meet Putin.")
    assert {ctx.entities[k].name for k in keys(ctx, "person")} == {"Duterte", "Putin"}
    assert not keys(ctx, "org")


def test_the_dateline_and_the_articles_towns_are_no_organisations(nlp):
    ctx = context(nlp, "BEIRUT (Reuters) - Rebels shelled government positions near Idlib and Homs on Tuesday, "
                       "Syria's army said.")
    assert not keys(ctx, "org") - {"org:reuters"}, keys(ctx, "org")


@pytest.mark.parametrize("text, state", [
    ("Kiev has asked for more weapons, officials said.", "state:UA"),
    ("Sri Lanka has used the law to detain hundreds, the report said.", "state:LK"),
    ("Rebels shelled the airport in Sanaa on Monday.", "state:YE"),
])
def test_a_state_or_seat_the_model_alone_calls_a_person_is_the_state(nlp, text, state):
    ctx = context(nlp, text)
    assert keys(ctx, "state") == {state} and not keys(ctx, "person")


def test_a_state_name_that_is_a_persons_surname_stays_the_persons(nlp):
    ctx = context(nlp, "Basketball star Michael Jordan met fans. Jordan said he would return next year.")
    assert "state:JO" not in keys(ctx, "state")


def test_a_name_the_model_ran_into_a_known_body_before_it_is_a_person(nlp):
    ctx = context(nlp, "Chile's envoy to the OAS Rosa Quispe left the room. Quispe said talks had failed.")
    assert {ctx.entities[k].name for k in keys(ctx, "person")} == {"Rosa Quispe"}
    assert keys(ctx, "org") == {"org:organization-of-american-states"}


def test_names_coordinated_before_a_plural_place_noun_are_places(nlp):
    ctx = context(nlp, "Upper Tana and Tana provinces make up the north.")
    assert not keys(ctx, "person")


def test_a_place_the_model_ran_into_a_rank_after_it_is_no_person(nlp):
    names = persons_of(nlp, "Russian Maj. Gen. Ivan Petrovsky said the jets had returned.")
    assert "Ivan Petrovsky" in names
    assert not any("Maj" in n for n in names)


@pytest.mark.parametrize("text, person, not_persons", [
    # a hyphenated first name the model split off from the rest of the name
    ("The ministry of President Abd-Rabbu Mansour Hadi said the port was open.", "Abd-Rabbu Mansour Hadi",
     {"Abd-Rabbu", "Mansour Hadi"}),
    # a person's noun before a name the model took for a body
    ("Police detained followers of U.S.-based cleric Fethullah Gulen on Monday.", "Fethullah Gulen", set()),
    ("Polish President Ivo Marek spoke on Tuesday. Marek's predecessor Ada Power criticised the decision.",
     "Ada Power", set()),
])
def test_names_the_model_split_or_mislabelled(nlp, text, person, not_persons):
    names = persons_of(nlp, text)
    assert person in names and not names & not_persons


@pytest.mark.parametrize("text, not_persons", [
    ("The blast shook the Khor Maksar area of Aden on Monday.", {"Khor Maksar"}),
    ("Rebels shelled Beit Jin on Monday.", {"Beit Jin"}),
    ("Police seized Kalashnikov rifles in Riyadh.", {"Kalashnikov"}),
    # a company after an occupational company noun, wherever else it is named
    ("Turkish builder Kalyon Insaat won the contract in Ankara. Kalyon said on Monday that work would start soon.",
     {"Kalyon Insaat", "Kalyon"}),
])
def test_areas_villages_and_weapons_are_no_persons(nlp, text, not_persons):
    assert not persons_of(nlp, text) & not_persons


def test_a_one_word_name_that_is_a_town_of_the_articles_state_is_a_place(nlp):
    assert "Palmyra" not in persons_of(nlp, "Troops entered Palmyra in Syria on Monday.")
    # unless the text calls it a person ("Anna" is also a Russian town)
    assert "Anna" in persons_of(nlp, "Prices rose in Russia, said Anna, a visitor to the fair in Moscow.")


def test_a_surname_with_two_letters_swapped_is_the_same_person():
    from geokg.ingest.resolve import cluster_names
    clusters = cluster_names(["Ivo Marek", "Maerk"])
    assert len(clusters) == 1 and clusters[0][0].name == "Ivo Marek"
    # a longer or shorter name is another person
    assert len(cluster_names(["Mahmoud Abbas", "Abbasi"])) == 2


@pytest.mark.parametrize("text, person, not_persons", [
    ("Party members backed President Jacob Zuma as African National Congress leader in Pretoria.", None,
     {"Jacob Zuma as African", "African National Congress"}),
    ("Twin Blasts Kill School Students. The blasts hit the school and killed students in Homs.", None,
     {"School Students"}),
    ("South Korean President Moon Jae-in met Kim in Seoul.", "Moon Jae-in", set()),
])
def test_names_run_on_and_headline_words(nlp, text, person, not_persons):
    names = persons_of(nlp, text)
    assert not names & not_persons and (person is None or person in names)


@pytest.mark.parametrize("credit", [
    "Additional reporting by Ana Ruiz in Oslo and Piet Kramer in Amsterdam; Editing by Mark Dunn",
    "Reporting by Ana Ruiz in Oslo and Piet Kramer in Amsterdam. Writing by Mark Dunn",
])
def test_the_cities_reporters_filed_from_are_not_states_of_the_story(nlp, credit):
    ctx = context(nlp, "LIMA (Reuters) - Peru said on Monday it would send jets to the north. " + credit)
    assert keys(ctx, "state") == {"state:PE"}


def test_a_capital_in_the_story_still_names_its_state_beside_a_credit(nlp):
    ctx = context(nlp, "LIMA (Reuters) - Peru said on Monday it would consult Oslo on the talks. "
                       "Reporting by Ana Ruiz in Lima; Editing by Mark Dunn")
    assert keys(ctx, "state") == {"state:PE", "state:NO"}


@pytest.mark.parametrize("text, place", [
    # the place noun before the first of two joined names makes both places
    ("The operation took place between the settlements of Ash Shola and As Sukhna, the source said.", "Ash Shola"),
    ("The army stormed gatherings in the villages of Habra al-Sharqi, Habra al-Gharbi and Rasm Hamid, a source said.",
     "Habra al-Sharqi"),
    ("Witnesses said mortars struck the eastern suburbs of Ain Tarma and Jobar during heavy night shelling by army "
     "units.", "Jobar"),
])
def test_a_name_after_a_plural_place_noun_or_joined_to_a_place_is_a_place(nlp, text, place):
    assert place not in persons_of(nlp, text)
