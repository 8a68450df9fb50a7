"""Kinds of help read from the texts (vocabularies.yaml, help_kinds): two partners' offers in
categories that are no neighbours are a double structure when both texts give one kind of
help to the very same young people in one area, and only then. Offers as the evaluation set
writes them (tests/eval/providers.yaml)."""

from __future__ import annotations

from generator.analyse.blocking import candidate_pairs
from generator.analyse.complements import ComplementRules, complement_reason, offer_fields
from generator.analyse.duplicates import DOUBLE_STRUCTURE, SAME_OFFER, find_duplicates
from generator.analyse.help_kinds import HelpRules
from generator.analyse.text_normal import all_words
from generator.analyse.text_similarity import build_profiles
from generator.load.vocabularies import default_vocabularies
from generator.model.vocabularies import Vocabularies
from tests.test_duplicate_accuracy import DISTRICT, eval_names, eval_offer
from tests.test_pair_evidence import side

ROSENFELD, AUENTAL = ["05799020"], ["05799032"]
ASA = side("bildungswerk-lindenau", "ausbildungsbegleitung", "AsA flex Rosenfeld",
           "Nachhilfe und sozialpädagogische Begleitung, damit das Ausbildungsverhältnis hält.",
           municipalities=ROSENFELD, legal_basis=["§ 74 SGB III"])
TALK = side("sozialwerk-rosenfeld", "jugendsozialarbeit", "Azubi-Talk",
            "Ärger mit dem Chef oder Angst vor der Prüfung? Wir hören zu und helfen weiter.",
            municipalities=ROSENFELD, legal_basis=["§ 13 SGB VIII"])
EVERYWHERE = list(DISTRICT)


def verdict(a: dict, b: dict):
    result = find_duplicates([eval_offer("x-a", a), eval_offer("x-b", b)], eval_names(), {})
    return next(((p.kind, p.reasons) for p in result.pairs), None)


def assert_same_help(a: dict, b: dict, label: str) -> None:
    """The pair is a double structure because both texts give the help `label`."""
    kind, reasons = verdict(a, b)
    assert kind == DOUBLE_STRUCTURE, label
    assert f"beide Texte nennen dieselbe Art Hilfe: {label}" in reasons


def pupils(classes: list[int], *towns: str) -> dict:
    """The target of an offer for pupils of these classes (in these towns)."""
    found = {"classes": classes, "school_leavers": None, "audiences": ["schueler"]}
    return {**found, "municipalities": list(towns)} if towns else found


def test_the_same_help_in_one_town_is_a_double_structure_in_any_categories():
    assert_same_help(ASA, TALK, "Begleitung während der Ausbildung")


def test_the_meeting_takes_such_a_pair_as_a_question_of_its_kind_of_help():
    result = find_duplicates([eval_offer("x-a", ASA), eval_offer("x-b", TALK)], eval_names(), {})
    [group] = result.groups
    assert group.label == "Begleitung während der Ausbildung"
    assert result.pairs[0].group == group.key == "in-der-ausbildung:x-a"


def test_the_same_help_in_other_towns_or_beside_a_district_wide_offer_is_none():
    assert verdict(ASA, {**TALK, "municipalities": AUENTAL}) is None
    assert verdict(ASA, {**TALK, "municipalities": EVERYWHERE}) is None


def test_only_one_text_giving_the_help_is_none():
    plain = {**TALK, "title": "Offene Beratung", "summary": "Sorgen mit Geld, Wohnung, Familie?"}
    assert verdict(ASA, plain) is None


def test_other_young_people_are_none():
    pupils = {**TALK, "school_leavers": False, "classes": [7, 8], "audiences": ["schueler"]}
    assert verdict(ASA, pupils) is None


def test_a_situation_gives_the_help_without_the_words():
    counselling = side("jobcenter-lindenau", "berufsberatung", "Beratung im Team U25",
                       "Wir klären mit dir, wie es beruflich weitergeht.",
                       situations=["ausbildung-abgebrochen"])
    restart = side("caritas-lindenau", "jugendsozialarbeit", "Neustart",
                   "Lehre hingeschmissen? Wir suchen mit dir einen neuen Weg.",
                   situations=["ausbildung-abgebrochen"], legal_basis=["§ 13 SGB VIII"])
    assert verdict(counselling, restart)[0] == DOUBLE_STRUCTURE


PORTAL = side("hwk-lindenau", "bewerbung", "Lehrstellen im Handwerk",
              "Alle freien Ausbildungsplätze im Kreis in einem Portal, mit Suche nach Ort.",
              municipalities=EVERYWHERE, classes=[9, 10], audiences=["schueler", "schulabgaenger"])
EXCHANGE = side("kommunale-koordinierung", "messe", "Ausbildungsbörse digital",
                "Betriebe aller Branchen zeigen ihre freien Plätze im Netz.",
                municipalities=EVERYWHERE, classes=[9, 10],
                audiences=["schueler", "schulabgaenger"])


def test_two_exchanges_on_the_net_for_the_whole_district_are_a_double_structure():
    assert verdict(PORTAL, EXCHANGE)[0] == DOUBLE_STRUCTURE


def test_a_fair_in_a_hall_is_no_exchange_on_the_net():
    fair = {**EXCHANGE, "title": "Ausbildungsbörse in der Stadthalle", "dates": ["2027-03-06"],
            "venues": ["stadt-bergheide/stadthalle"]}
    assert verdict(PORTAL, fair) is None


def test_candidates_of_a_help_are_only_two_partners_offers_in_unrelated_categories():
    names = eval_names()
    offers = [eval_offer("x-a", ASA), eval_offer("x-b", TALK),
              eval_offer("x-c", {**ASA, "category": "jugendsozialarbeit",
                                 "title": "Azubi-Café", "summary": "Für Azubis aus Rosenfeld."})]
    found = candidate_pairs(offers, build_profiles(offers), list(DISTRICT), names.rules).pairs
    assert ("x-a", "x-b") in found
    assert ("x-a", "x-c") not in found  # one provider's offers: no block of a help


def test_a_district_adds_a_help_of_its_own():
    own = Vocabularies.model_validate({"help_kinds": {"wohnen": {
        "label": "Hilfe beim Wohnen", "categories": ["jugendsozialarbeit", "coaching"],
        "words": ["Wohnung", "wohnungslos"]}}})
    helps = HelpRules.of(default_vocabularies().model_copy(
        update={"help_kinds": {**default_vocabularies().help_kinds, **own.help_kinds}}))
    flat = eval_offer("x-a", {**TALK, "summary": "Du hast keine Wohnung mehr?"})
    assert "wohnen" in helps.given(flat)
    assert "wohnen" not in helps.given(eval_offer("x-b", TALK))


def test_a_word_that_a_hyphen_leaves_out_gives_its_help():
    """"Studien- und Berufswahl" counsels on the choice of studies as well; a first part
    alone ("Studien-") names no help of its own."""
    helps = HelpRules.of(default_vocabularies())
    both = eval_offer("x-a", side("gymnasium-muehlental", "studienorientierung",
                                  "Einzelgespräche zur Studien- und Berufswahl",
                                  "Jede Schülerin der Q1 spricht mit einer Lehrkraft.",
                                  classes=[11]))
    assert {"studienwahl", "berufswahl"} <= helps.given(both)
    career = eval_offer("x-b", side("gymnasium-muehlental", "studienorientierung",
                                    "Einzelgespräche zur Berufswahl",
                                    "Jede Schülerin der Q1 spricht mit einer Lehrkraft.",
                                    classes=[11]))
    assert "studienwahl" not in helps.given(career)


def test_a_help_named_only_in_the_description_is_a_means_not_the_offer():
    counselling = side("agentur-lindenau", "berufsberatung", "Berufsberatung nach der Schule",
                       "Wir beraten dich zu Ausbildung und Studium.", municipalities=EVERYWHERE,
                       description="Das Gespräch geht auch per Video.")
    chat = side("jobcenter-lindenau", "coaching", "U25 im Chat",
                "Schreib deinem Team U25 im Messenger.", municipalities=EVERYWHERE)
    assert verdict(counselling, chat) is None
    assert verdict({**counselling, "summary": "Wir beraten dich per Video."}, chat)[0] == \
        DOUBLE_STRUCTURE


def test_more_kinds_of_help_find_double_structures_in_categories_without_neighbours():
    """A school certificate in a course and in a workshop class, counselling with a
    disability at the Agentur and under SGB IX, counselling on phone and hotline, a potential
    analysis beside a strengths check, counselling on the choice of a job beside the youth
    career help: each pair in its own words, categories that are no neighbours."""
    course = side("bildungswerk-lindenau", "schulabschluss", "Abendschule: Realschulabschluss",
                  "In zwei Jahren zum Realschulabschluss, abends in kleinen Gruppen.",
                  legal_basis=["§ 51 SGB III"])
    workshop = side("jugendhilfe-eschenbrueck", "werkstatt", "Lernwerkstatt",
                    "Du arbeitest in der Tischlerei und holst nebenbei deinen Schulabschluss "
                    "nach.", legal_basis=["§ 13 SGB VIII"])
    reha = side("agentur-lindenau", "reha", "Reha-Team der Berufsberatung",
                "Beratung für junge Menschen mit Beeinträchtigung auf dem Weg in den Beruf.",
                legal_basis=["SGB III"])
    inclusion = side("inklusionsnetz-lindenau", "berufsberatung", "Beratungsstelle Teilhabe",
                     "Wir beraten dich unabhängig, wenn du mit Behinderung einen Beruf suchst.",
                     legal_basis=["SGB IX"])
    phone = side("agentur-lindenau", "berufsberatung", "Berufsberatung am Telefon",
                 "Deine Fragen zu Ausbildung und Studium, einfach von zu Hause aus.",
                 municipalities=EVERYWHERE)
    hotline = side("jobcenter-lindenau", "coaching", "Hotline für junge Leute",
                   "Wir rufen dich zurück, wenn es mit der Ausbildung klemmt.",
                   municipalities=EVERYWHERE)
    analysis = side("bildungswerk-lindenau", "potenzialanalyse", "Kompetenzfeststellung 8",
                    "Ein Tag mit Aufgaben, danach ein Gespräch über das Ergebnis.",
                    school_leavers=False, classes=[8], audiences=["schueler"])
    check = side("sozialwerk-rosenfeld", "coaching", "Talente-Tag",
                 "Finde heraus, wo deine Stärken liegen: mit Spielen und Aufgaben.",
                 school_leavers=False, classes=[8], audiences=["schueler"],
                 legal_basis=["§ 13 SGB VIII"])
    counselling = side("agentur-lindenau", "berufsberatung", "Sprechtag Berufsberatung",
                       "Hilfe bei der Berufswahl, auch wenn du noch gar nicht weißt, was du willst.",
                       legal_basis=["SGB III"])
    youth = side("sozialwerk-rosenfeld", "jugendsozialarbeit", "Jugendberufshilfe",
                 "Keine Lehrstelle und keine Idee? Wir suchen mit dir.",
                 legal_basis=["§ 13 SGB VIII"])
    tutoring = side("bildungswerk-lindenau", "ausbildungsbegleitung", "Fit für die Berufsschule",
                    "Nachhilfe in Fachrechnen und Fachkunde, in kleinen Gruppen.",
                    legal_basis=["§ 74 SGB III"])
    learning = side("sozialwerk-rosenfeld", "jugendsozialarbeit", "Lerntreff",
                    "Lernhilfe am Nachmittag, mit Tee und ohne Druck.",
                    legal_basis=["§ 13 SGB VIII"])
    language = side("jmd-lindenau", "migration", "Deutsch für die Ausbildung",
                    "Berufssprachkurs mit Wörtern aus Werkstatt und Büro.")
    preparation = side("bildungswerk-lindenau", "berufsvorbereitung", "Startjahr mit Sprache",
                       "Ein Jahr Praxis mit Sprachförderung an zwei Tagen in der Woche.",
                       legal_basis=["§ 51 SGB III"])
    internships = side("ihk-lindenau", "messe", "Praktikumsbörse der Kammer",
                       "Betriebe zeigen freie Praktikumsplätze.", school_leavers=False,
                       classes=[9], audiences=["schueler"], dates=["2027-02-03"])
    placing = side("kommunale-koordinierung", "praktikum", "Praktikumssuche leicht gemacht",
                   "Wir helfen dir, einen Praktikumsplatz für Klasse 9 zu finden.",
                   school_leavers=False, classes=[9], audiences=["schueler"])
    for a, b, label in ((tutoring, learning, "Nachhilfe und Lernhilfe"),
                        (language, preparation, "Deutsch für Schule und Beruf"),
                        (internships, placing, "Hilfe bei der Suche nach einem Praktikum"),
                        (course, workshop, "Schulabschluss nachholen"),
                        (reha, inclusion, "Beratung mit Behinderung"),
                        (phone, hotline, "Beratung per Chat, Video oder Telefon"),
                        (analysis, check, "Stärken und Kompetenzen feststellen"),
                        (counselling, youth, "Beratung zur Berufswahl")):
        assert_same_help(a, b, label)


LINDENAU = ["05799004"]
DEBTS = side("caritas-lindenau", "jugendsozialarbeit", "Geld wird knapp?",
             "Schuldnerberatung für junge Leute: wir schauen gemeinsam auf Handyvertrag und Konto.",
             municipalities=LINDENAU)
BUDGET = side("startklar-lindenau", "ausbildungsbegleitung", "Azubi-Finanzcoaching",
              "Einzelgespräche zu Budget, Haushaltsplan und Mietschulden, damit die Ausbildung "
              "nicht am Geld scheitert.", municipalities=LINDENAU, legal_basis=["§ 16h SGB II"])
DROPOUT = side("agentur-lindenau", "studienorientierung", "Umstieg statt Ausstieg",
               "Beratung bei Studienzweifeln: Wie geht es weiter, wenn das Studium nicht passt?",
               municipalities=EVERYWHERE)
SWITCH = side("ihk-lindenau", "berufsberatung", "Studienabbrecher in die Ausbildung",
              "Wir vermitteln Studienabbrecherinnen und Studienabbrecher in eine verkürzte Lehre.",
              municipalities=EVERYWHERE)


def test_money_and_debts_and_a_study_dropout_are_kinds_of_help():
    for a, b, label in ((DEBTS, BUDGET, "Hilfe bei Geld und Schulden"),
                        (DROPOUT, SWITCH, "Neustart nach dem Studium")):
        assert_same_help(a, b, label)


WORKSHOP = side("jobcenter-lindenau", "bewerbung", "Bewerbungswerkstatt U25",
                "Bewerbungsunterlagen erstellen und Vorstellungsgespräche üben.",
                legal_basis=["§ 16 SGB II"])
CAFE = side("kolibri-jugendwerk", "jugendsozialarbeit", "Jobstarter-Treff",
            "Lebenslauf schreiben, Anschreiben basteln – bei Kaffee im Jugendwerk.",
            legal_basis=["§ 13 SGB VIII"])


def test_application_help_in_other_words_is_a_kind_of_help():
    assert_same_help(WORKSHOP, CAFE, "Hilfe bei der Bewerbung")
    plain = {**CAFE, "title": "Offener Treff", "summary": "Kicker, Musik und Gespräche."}
    assert verdict(WORKSHOP, plain) is None


PARENTS_CAFE = side("elternnetz-lindenau", "jugendsozialarbeit", "Treffpunkt am Donnerstag",
                    "Ihr Kind weiß nicht, was es werden will? Wir sprechen darüber.",
                    classes=[8, 9, 10], school_leavers=False, audiences=["eltern"])
PARENTS_HOUR = side("agentur-lindenau", "berufsberatung", "Sprechstunde Berufsberatung",
                    "Wie Sie Ihr Kind bei der Berufs- und Studienwahl begleiten können.",
                    classes=[8, 9, 10], school_leavers=False, audiences=["eltern"])


def test_two_partners_counselling_the_same_parents_are_a_double_structure():
    """An offer for parents alone counsels parents, whatever its words (audiences)."""
    assert_same_help(PARENTS_CAFE, PARENTS_HOUR, "Beratung für Eltern")
    pupils = {**PARENTS_HOUR, "audiences": ["schueler"]}
    assert verdict(PARENTS_CAFE, pupils) is None
    assert verdict(PARENTS_CAFE, {**PARENTS_HOUR, "municipalities": AUENTAL}) is None


def test_exam_preparation_and_language_for_work_in_other_words_are_kinds_of_help():
    exam = side("stadt-bergheide", "schulabschluss", "Fit für die ZP10",
                "Kostenloser Kurs vor den Zentralen Prüfungen in Deutsch und Mathe.",
                classes=[10], school_leavers=False, audiences=["schueler"])
    groups = side("lernwerkstatt-bergheide", "jugendsozialarbeit", "Abschlussprüfung Klasse 10",
                  "In kleinen Lerngruppen gehen wir alte Prüfungen durch.",
                  classes=[10], school_leavers=False, audiences=["schueler"])
    terms = side("berufsbildungszentrum-bergheide", "ausbildungsbegleitung", "Fachsprache",
                 "Förderung der berufsbezogenen Deutschkenntnisse für Auszubildende.",
                 situations=["fluchterfahrung"])
    mentors = side("diakonie-bergheide", "migration", "Sprachpaten",
                   "Eine Sprachpatin lernt mit dir die Fachwörter aus der Berufsschule.",
                   situations=["fluchterfahrung"], legal_basis=["§ 13 SGB VIII"])
    for a, b, label in ((exam, groups, "Nachhilfe und Lernhilfe"),
                        (terms, mentors, "Deutsch für Schule und Beruf")):
        assert_same_help({**a, "municipalities": ["05799008"]},
                         {**b, "municipalities": ["05799008"]}, label)


def test_a_course_on_its_dates_beside_a_weekly_open_door_is_the_same_help_twice():
    """The Jobcenter's application course on a date beside a youth centre's weekly
    application café for the same young people in the same town: one kind of help twice,
    in two formats (until 1.12.2026 the report took two formats for two helps; every blind
    file labels such pairs a double structure). A season apart they complement."""
    course = {**WORKSHOP, "dates": ["2027-03-22"]}
    door = {**CAFE, "schedule": "Montag bis Freitag 10 bis 18 Uhr"}
    assert verdict(course, door)[0] == DOUBLE_STRUCTURE
    autumn = {**CAFE, "dates": ["2027-10-11"]}
    assert verdict(course, autumn) is None


def test_two_partners_events_for_one_year_group_meet_it_in_any_season():
    """A town's job parcours for all 8th classes in March beside a chamber's job rally for
    them in October (blind84-018): each year the whole year group goes to both, so it is a
    double structure a season apart too. Open fairs for several classes and school leavers
    in spring and autumn are two chances for the same visitors (blind3-039)."""
    parcours = side("stadt-bergheide", "messe", "Berufeparcours Bergheide 2027",
                    "An Mitmach-Stationen stellen Betriebe ihre Ausbildungsberufe vor.",
                    classes=[8], school_leavers=False, audiences=["schueler"],
                    municipalities=["05799008"], dates=["2027-03-03"])
    rally = side("ihk-lindenau", "berufsfelderkundung", "Berufe-Rallye Bergheide",
                 "Die 8. Klassen lösen in Betrieben an jeder Station eine praktische Aufgabe.",
                 classes=[8], school_leavers=False, audiences=["schueler"],
                 municipalities=["05799008"], dates=["2027-10-12"])
    assert verdict(parcours, rally)[0] == DOUBLE_STRUCTURE
    open_fairs = {"classes": [8, 9], "school_leavers": True}
    assert verdict({**parcours, **open_fairs}, {**rally, **open_fairs}) is None


def test_two_evenings_on_other_days_at_other_places_are_two_events_however_alike():
    """Two partners' dated evenings in two categories, at other venues and on other days,
    are two events even when one names the other and their texts agree (a school's evening
    "with the Berufsberatung" beside the Agentur's own evening): a question for the meeting,
    not one entry to merge."""
    text = "Eltern erfahren, wie Praktikum, Berufsberatung und Bewerbung ablaufen."
    school = side("realschule-lindenau", "messe", "Elternabend zur Berufswahl mit der Agentur",
                  text, classes=[8, 9], school_leavers=False, audiences=["eltern"],
                  dates=["2027-01-21"], venues=["realschule-lindenau/aula"])
    agency = {**school, "provider": "agentur-lindenau", "category": "berufsberatung",
              "title": "Elternabend zur Berufswahl", "dates": ["2027-02-04"],
              "venues": ["agentur-lindenau/biz"]}
    assert verdict(school, agency)[0] == DOUBLE_STRUCTURE
    assert verdict(school, {**agency, "dates": ["2027-01-21"],
                            "venues": ["realschule-lindenau/aula"]})[0] == SAME_OFFER


def test_counselling_on_studies_is_a_kind_of_help():
    hour = side("agentur-lindenau", "berufsberatung", "Sprechstunde für die Oberstufe",
                "Persönliche Beratung zu Studium, dualem Studium und Ausbildung.",
                classes=[11, 12, 13], school_leavers=False, audiences=["schueler"])
    school = side("gymnasium-lindenau", "studienorientierung", "Studienberatung in der Q2",
                  "Welches Fach, welche Uni? Wir helfen bei der Wahl.",
                  classes=[11, 12, 13], school_leavers=False, audiences=["schueler"])
    university = {**school, "provider": "kolibri-jugendwerk", "legal_basis": ["§ 13 SGB VIII"]}
    assert_same_help(hour, university, "Beratung zum Studium")


def test_young_refugees_on_the_way_into_training_and_the_driving_licence_are_kinds_of_help():
    programme = side("jobcenter-lindenau", "berufsvorbereitung", "Perspektive Ausbildung U25",
                     "Berufe kennenlernen, Deutsch für die Arbeit und ein Betriebspraktikum.",
                     situations=["fluchterfahrung"], legal_basis=["§ 16 SGB II"])
    arriving = side("jmd-lindenau", "migration", "Ankommen in Ausbildung",
                    "Du bist neu in Deutschland? Wir zeigen dir Berufe und suchen ein Praktikum.",
                    situations=["fluchterfahrung"], legal_basis=["§ 13 SGB VIII"])
    budget = side("jobcenter-lindenau", "coaching", "Förderung der Fahrerlaubnis",
                  "Das Jobcenter kann die Kosten ganz oder teilweise übernehmen.",
                  municipalities=AUENTAL)
    fund = side("gemeinde-auental", "ausbildungsbegleitung", "Führerschein-Fonds für Azubis",
                "Die Gemeinde bezuschusst den Pkw-Führerschein von Auszubildenden.",
                municipalities=AUENTAL)
    for a, b, label in ((programme, arriving, "Geflüchtete auf dem Weg in Ausbildung"),
                        (budget, fund, "Hilfe beim Führerschein")):
        assert_same_help(a, b, label)
    # the general offer beside the programme for refugees complements it; a text of the
    # refugees' help ("neu in Deutschland") is for them whatever the entry sets
    general = {**arriving, "situations": [], "summary": "Wir zeigen dir Berufe und suchen ein "
               "Praktikum."}
    assert verdict(programme, general) is None
    assert verdict(programme, {**arriving, "situations": []})[0] == DOUBLE_STRUCTURE


def test_a_title_gives_its_help_in_any_category():
    """The BvB "mit Schwerpunkt Hauptschulabschluss" is a way to the school certificate,
    although the help's categories do not hold Berufsvorbereitung; its summary alone would
    not make it one (a means among others). Both under SGB III (the course after § 53):
    across Rechtskreise the two categories are neighbours after school anyway
    (`abschluss-und-vorbereitung`, the Berufskolleg's year beside the Jobcenter's course)."""
    course = side("lernwerkstatt-bergheide", "schulabschluss", "Hauptschulabschluss nachholen",
                  "In kleinen Gruppen bereiten wir dich auf die externe Prüfung vor.",
                  municipalities=["05799008"], legal_basis=["§ 53 SGB III"])
    bvb = side("berufsbildungszentrum-bergheide", "berufsvorbereitung",
               "BvB mit Schwerpunkt Hauptschulabschluss",
               "Berufsvorbereitende Bildungsmaßnahme mit beruflicher Orientierung.",
               municipalities=["05799008"], legal_basis=["§ 51 SGB III"])
    assert_same_help(course, bvb, "Schulabschluss nachholen")
    in_summary = {**bvb, "title": "BvB Bergheide",
                  "summary": "Berufsvorbereitung, auch mit Hauptschulabschluss."}
    assert verdict(course, in_summary) is None
    youth_work = {**course, "legal_basis": ["§ 13 SGB VIII"]}
    kind, reasons = verdict(youth_work, in_summary)
    assert kind == DOUBLE_STRUCTURE and any("Vorbereitung mit Schulabschluss" in r for r in reasons)


def test_a_schools_own_offer_beside_an_outside_one_with_one_help_is_a_double_structure():
    """The Agentur's study counselling in the Oberstufe beside the school's own StuBO team
    giving study counselling to the same classes: one kind of help twice, in other words."""
    agentur = side("agentur-lindenau", "studienorientierung", "Beratung in der Oberstufe",
                   "Die Berufsberatung informiert in der Schule über Studienwahl und Fristen.",
                   municipalities=["05799016"], classes=[11, 12], legal_basis=["SGB III"])
    school = side("gymnasium-muehlental", "studienorientierung", "Was nach dem Abi?",
                  "Unser Team berät euch einzeln zum dualen Studium und zu NC und BAföG.",
                  municipalities=["05799016"], classes=[11, 12])
    assert verdict(agentur, school)[0] == DOUBLE_STRUCTURE
    other = {**school, "summary": "Ehemalige erzählen von Uni, FH und Ausbildung."}
    assert verdict(agentur, other) is None


def test_social_work_at_a_school_by_the_school_and_by_a_traeger_is_one_kind_of_help():
    """A Sekundarschule's own Schulsozialarbeit beside a Träger's "schulbezogene
    Jugendsozialarbeit" in that school for the same classes: social work at one school
    twice, under school law and SGB VIII, in other words."""
    school = side("sekundarschule-muehlental", "schulsozialarbeit",
                  "Schulsozialarbeit an der Sekundarschule",
                  "Frau M. ist für alle da: bei Streit, Stress zu Hause und Mobbing.",
                  **pupils([7, 8, 9, 10], "05799016"), schedule="Mo–Fr 8–12:30 Uhr")
    traeger = side("werkhof-muehlental", "jugendsozialarbeit",
                   "Schulbezogene Jugendsozialarbeit Sekundarschule Mühlental",
                   "Sozialpädagogische Unterstützung bei familiären und persönlichen Problemen.",
                   **pupils([7, 8, 9, 10], "05799016"), schedule="montags 8:00–9:30 Uhr",
                   legal_basis=["§ 13 SGB VIII"])
    assert HelpRules.of(default_vocabularies()).shared(
        eval_offer("x-a", school), eval_offer("x-b", traeger)) == "schulsozialarbeit"
    assert verdict(school, traeger)[0] == DOUBLE_STRUCTURE
    at_the_school = eval_offer("x-c", {**traeger, "title": "Jugendsozialarbeit an der Hauptschule"})
    assert "schulsozialarbeit" in HelpRules.of(default_vocabularies()).given(at_the_school)
    # without the words, the school's own offer and the outside one share no help
    assert verdict(school, {**traeger, "title": "Sprechstunde für Schülerinnen und Schüler"}) \
        is None


def test_a_first_orientation_for_young_refugees_is_their_help_too():
    """The Jugendmigrationsdienst's orientation course for newcomers in classes 9 and 10
    beside a Träger's KAoA days for the same young refugees, filed as Berufsfelderkundung:
    the refugees' help on the way into training twice in one town."""
    refugees = {"situations": ["fluchterfahrung"], "min_age": 14, "max_age": 18}
    course = side("jmd-lindenau", "migration", "Berufe entdecken",
                  "Du bist neu in Deutschland? Wir zeigen dir, welche Berufe es gibt.",
                  **pupils([9, 10]), **refugees, legal_basis=["§ 13 SGB VIII"])
    days = side("bildungswerk-lindenau", "berufsfelderkundung", "KAoA-kompakt",
                "Potenzialanalyse und Berufsfelderkundungen für neu zugewanderte Jugendliche.",
                **pupils([9, 10]), **refugees, legal_basis=["KAoA"],
                dates=["2027-03-01", "2027-03-02"])
    assert_same_help(course, days, "Geflüchtete auf dem Weg in Ausbildung")


def test_computer_courses_are_one_kind_of_help_and_no_driving_licence():
    """A measure's course in word processing and spreadsheets beside a youth club's
    "Laptop-Führerschein" for the same young people in one town: computer basics twice,
    in categories that are no neighbours. The "Laptop-Führerschein" is no Berufsfeld
    Führerschein (a hyphenated word in the job field's `not_words`), so the two are not
    parted as other fields."""
    rules = ComplementRules.of(default_vocabularies())
    course = side("bildungswerk-lindenau", "berufsvorbereitung", "Digital fit",
                  "Grundlagen der Textverarbeitung und Tabellenkalkulation, E-Mails.",
                  legal_basis=["§ 45 SGB III"])
    laptop = side("kolibri-jugendwerk", "jugendsozialarbeit", "Laptop-Führerschein",
                  "Word, Excel und Mails schreiben wie ein Profi, mit Zertifikat.",
                  legal_basis=["§ 13 SGB VIII"])
    assert offer_fields(eval_offer("x-b", laptop), rules).named == frozenset()
    assert_same_help(course, laptop, "Computer und digitale Grundlagen")


def test_trouble_at_the_training_firm_is_help_in_training():
    """The chamber's mediation "Ärger mit dem Chef?" beside a youth club's evening "Stress
    im Betrieb?" for the same young people in one town: help in training twice, though
    neither text says "Azubi"."""
    chamber = side("ihk-lindenau", "ausbildungsbegleitung", "Ärger mit dem Chef?",
                   "Die Ausbildungsberater der Kammer vermitteln zwischen dir und dem Betrieb.")
    club = side("caritas-lindenau", "jugendsozialarbeit", "Stress im Betrieb?",
                "Komm vorbei, wir hören zu und suchen mit dir einen Weg.",
                legal_basis=["§ 13 SGB VIII"])
    assert_same_help(chamber, club, "Begleitung während der Ausbildung")


def test_a_youth_services_scout_for_open_training_places_is_placement():
    """The chamber's placement day beside a youth service's scout who knows "wer noch
    Azubis sucht" and calls the firms, for the same young people in one town: placement
    twice, also when the youth service files it as Jugendsozialarbeit."""
    chamber = side("ihk-lindenau", "bewerbung", "IHK-Sprechtag Ausbildungsvermittlung",
                   "Die Kammer vermittelt Bewerber in offene Ausbildungsstellen.",
                   municipalities=["05799012"], situations=["ohne-ausbildungsplatz"])
    scout = side("jugendhilfe-eschenbrueck", "jugendsozialarbeit", "Lehrstellen-Scout",
                 "Wir wissen, wer noch Azubis sucht, und rufen für dich an.",
                 municipalities=["05799012"], situations=["ohne-ausbildungsplatz"],
                 legal_basis=["§ 13 SGB VIII"])
    assert_same_help(chamber, scout, "Vermittlung in Ausbildung")


def test_a_daily_structure_is_one_kind_of_help():
    """The Jobcenter's work opportunities for under-25s, filed as coaching, beside a youth
    workshop "für einen geregelten Alltag" in the same town: the same way back to a working
    day, in categories that are no neighbours."""
    jobcenter = side("jobcenter-lindenau", "coaching", "Arbeitsgelegenheiten U25",
                     "Ein paar Stunden am Tag arbeiten, mit Anleitung.",
                     legal_basis=["§ 16d SGB II"])
    workshop = side("sozialwerk-rosenfeld", "werkstatt", "Offene Werkstatt",
                    "Morgens anfangen, mittags fertig: für einen geregelten Alltag.",
                    legal_basis=["§ 13 Abs. 2 SGB VIII"])
    assert_same_help(jobcenter, workshop, "Tagesstruktur und Heranführung an Arbeit")


def test_the_transition_agreement_of_the_leaving_classes_is_transition_help():
    """KAoA's "Anschlussvereinbarung" names the transition of the leaving classes: a
    school's own coaching for it beside the youth service's transition help for the same
    classes."""
    school = side("realschule-lindenau", "schulsozialarbeit", "Wie geht es weiter?",
                  "Wir begleiten euch bis zur Anschlussvereinbarung.", **pupils([10]))
    youth = side("jugendamt-lindenau", "jugendsozialarbeit", "Übergangsbegleitung Klasse 10",
                 "Wir begleiten dich von der Schule in Ausbildung.", **pupils([10]),
                 legal_basis=["§ 13 SGB VIII"])
    kind, reasons = verdict(school, youth)
    assert kind == DOUBLE_STRUCTURE
    assert HelpRules.of(default_vocabularies()).given(eval_offer("x-a", school)) == {"uebergang"}


def test_an_internship_with_support_for_pupils_with_a_disability_is_their_help():
    """A Förderschule's long-term internships, its teacher visiting the firms, beside the
    Integrationsfachdienst's job coaches in internships for the same pupils: the disability
    help twice, filed as internship and as Reha."""
    form = {"school_forms": ["foerderschule"], "municipalities": ["05799024"],
            "situations": ["behinderung"]}
    school = side("foerderschule-weidenhof", "praktikum", "Praktikum mit Begleitung",
                  "Ein Tag pro Woche im Betrieb; eine Lehrkraft besucht die Betriebe.",
                  **pupils([9, 10]), **form)
    coaches = side("inklusionsnetz-lindenau", "reha", "Betriebliche Erprobung mit Jobcoach",
                   "Jobcoaches begleiten Schülerinnen und Schüler bei Praktika in Betrieben.",
                   **pupils([9, 10]), **form, legal_basis=["SGB IX"])
    assert_same_help(school, coaches, "Beratung mit Behinderung")


def test_a_year_that_offers_the_certificate_is_for_those_without_one_too():
    """The Berufskolleg's Ausbildungsvorbereitung, marked for young people without a training
    place and without a school certificate, beside a Träger's BvB for all without a training
    place, whose text offers the Hauptschulabschluss too: one help for the same young people
    (help_kinds `also_for`), not a special group beside the general offer."""
    college = side("berufskolleg-lindenau", "berufsvorbereitung", "Ausbildungsvorbereitung (AV)",
                   "Ein Jahr mit Praktika; den Hauptschulabschluss kannst du erwerben.",
                   situations=["ohne-ausbildungsplatz", "ohne-schulabschluss"],
                   school_forms=["berufskolleg"], legal_basis=["SchulG NRW"])
    bvb = side("bildungswerk-lindenau", "berufsvorbereitung", "BvB Lindenau",
               "Werkstattphasen, Praktika, Bewerbungstraining. Hauptschulabschluss nachholen möglich.",
               situations=["ohne-ausbildungsplatz"], legal_basis=["§ 51 SGB III"])
    assert verdict(college, bvb)[0] == DOUBLE_STRUCTURE
    rules = ComplementRules.of(default_vocabularies())
    assert rules.title_level(eval_offer("x-a", {**college, "title": "AV – Erwerb des HSA"})) == \
        "hauptschulabschluss"


def test_visits_to_firms_are_one_kind_of_help():
    """A school's own visits to firms for its class 8 beside the chamber's tours of firms for
    the same classes in its town: getting to know firms from inside twice. "Deutschland" in
    a title is no subject Deutsch."""
    school = side("realschule-lindenau", "berufsfelderkundung", "Betriebserkundungen Jahrgang 8",
                  "Wir besuchen drei Betriebe in Lindenau.", **pupils([8]))
    chamber = side("ihk-lindenau", "messe", "Schule trifft Wirtschaft",
                   "Betriebsbesichtigungen mit den Ausbildungsleitungen.", **pupils([8]))
    assert_same_help(school, chamber, "Betriebe von innen kennenlernen")
    rules = ComplementRules.of(default_vocabularies())
    assert offer_fields(eval_offer("x-c", side(
        "jmd-lindenau", "migration", "Berufswege in Deutschland", "Gruppe für junge Geflüchtete.")),
        rules).named == frozenset()


def test_more_words_of_the_thirteenth_round():
    """Words that blind files used for helps the vocabulary knows: "Werkstatt-Schnuppern"
    (trying jobs hands-on), "Lehrer in die Betriebe" (visits to firms), "Abschluss-Kurs"
    (the school certificate), "Zweite Chance" (the programme against school refusal),
    "morgens aufstehen" (a daily structure), "Anschluss-Coaching" (transition);
    "Anlagenmechaniker SHK" names Metall und Elektro."""
    helps = HelpRules.of(default_vocabularies())
    given = {title: helps.given(eval_offer(f"x-{number}", side(
        "brueckenbau-weidenhof", category, title, "Für die Klasse 8.")))
             for number, (title, category) in enumerate((
                 ("Werkstatt-Schnuppern für 8er", "werkstatt"),
                 ("Lehrer in die Betriebe", "berufsfelderkundung"),
                 ("Abschluss-Kurs U25", "berufsvorbereitung"),
                 ("Zweite Chance Bergheide", "jugendsozialarbeit"),
                 ("Morgens aufstehen lohnt sich", "werkstatt"),
                 ("Anschluss-Coaching 10", "berufsberatung")))}
    assert "ausprobieren" in given["Werkstatt-Schnuppern für 8er"]
    assert "schulverweigerung" in given["Zweite Chance Bergheide"]
    assert "tagesstruktur" in given["Morgens aufstehen lohnt sich"]
    assert "uebergang" in given["Anschluss-Coaching 10"]
    assert "betriebe-kennenlernen" in given["Lehrer in die Betriebe"]
    assert "schulabschluss" in given["Abschluss-Kurs U25"]
    rules = ComplementRules.of(default_vocabularies())
    assert offer_fields(eval_offer("x-b", side(
        "kreishandwerkerschaft-lindenau", "berufsfelderkundung", "Schnuppertag Anlagenmechaniker SHK",
        "Rohre biegen und ein Waschbecken anschließen.")), rules).named == {"metall"}


def test_subjects_a_summary_names_beside_a_titled_help_are_means():
    """The AsA flex, titled as learning help in training, names "Deutsch" among its means;
    a learning evening for apprentices names "Fachrechnen": the same help in one town, not
    two subjects. Titles that name the subjects still part two tutorings."""
    asa = side("bildungswerk-lindenau", "ausbildungsbegleitung",
               "AsA flex – Nachhilfe und Begleitung in der Ausbildung",
               "Förderunterricht in Fachtheorie und Deutsch, Prüfungsvorbereitung.",
               legal_basis=["§ 75 SGB III"])
    evening = side("brueckenbau-weidenhof", "jugendsozialarbeit", "Lernabend für Azubis",
                   "Fachrechnen, Berichtsheft, Prüfung Teil 1: montags in der Werkstatt.",
                   legal_basis=["§ 13 SGB VIII"])
    assert verdict(asa, evening)[0] == DOUBLE_STRUCTURE
    german = {**asa, "title": "Deutsch-Nachhilfe für Azubis"}
    maths = {**evening, "title": "Mathe-Nachhilfe für Azubis"}
    assert verdict(german, maths) is None


def test_without_a_certificate_beside_another_situation_is_for_all():
    """A production school "ohne Ausbildungsplatz, ohne Schulabschluss" beside a Träger's
    practice year "ohne Ausbildungsplatz" in one town: the production school is for all
    without a training place, those without a certificate included (`special_alone`), so a
    double structure. Only for young people without a certificate it is a special group
    beside the general offer."""
    school = side("sozialwerk-rosenfeld", "werkstatt", "Produktionsschule Rosenfeld",
                  "Arbeiten an echten Aufträgen, mit Begleitung.", municipalities=["05799020"],
                  situations=["ohne-ausbildungsplatz", "ohne-schulabschluss"],
                  legal_basis=["§ 13 Abs. 2 SGB VIII"])
    year = side("zukunftswerk-rosenfeld", "berufsvorbereitung", "Praxisjahr im Zukunftswerk",
                "Ein Jahr in unseren Werkstätten und im Betrieb.", municipalities=["05799020"],
                situations=["ohne-ausbildungsplatz"], legal_basis=["§ 51 SGB III"])
    assert verdict(school, year)[0] == DOUBLE_STRUCTURE
    assert verdict({**school, "situations": ["ohne-schulabschluss"]}, year) is None
    # an offer for that group alone beside one that names it among others: the same group
    assert verdict({**school, "situations": ["ohne-schulabschluss"]},
                   {**year, "situations": ["ohne-ausbildungsplatz", "ohne-schulabschluss"]}
                   )[0] == DOUBLE_STRUCTURE
    # beside an offer for young people with a disability, the broad one is the general one
    rules = ComplementRules.of(default_vocabularies(), HelpRules.of(default_vocabularies()))
    broad, special = eval_offer("x-c", school), eval_offer("x-d", {
        **year, "situations": ["behinderung"]})
    assert complement_reason(broad, special, offer_fields(broad, rules),
                             offer_fields(special, rules), rules) == \
        "für verschiedene Gruppen: mit Behinderung und allgemein"


def test_offers_for_the_pupils_of_one_foerderschule_serve_one_group():
    """The Integrationsfachdienst's transition help for pupils with a disability at the
    Förderschule beside a youth service's step-by-step help for the pupils of that
    Förderschule, which does not tick "mit Behinderung": one group, the same help twice.
    Beside a help for all pupils, the IFD's offer is for a special group."""
    form = {"school_forms": ["foerderschule"], "municipalities": ["05799024"]}
    ifd = side("inklusionsnetz-lindenau", "reha", "IFD Übergang Schule–Beruf",
               "Der Integrationsfachdienst begleitet Schülerinnen und Schüler mit Behinderung.",
               **pupils([8, 9, 10]), **form, situations=["behinderung"],
               legal_basis=["§ 193 SGB IX"])
    steps = side("brueckenbau-weidenhof", "jugendsozialarbeit", "Schritt für Schritt",
                 "Für Schülerinnen und Schüler der Förderschule: wir suchen mit dir Praktika.",
                 **pupils([8, 9, 10]), **form, legal_basis=["§ 13 SGB VIII"])
    assert verdict(ifd, steps)[0] == DOUBLE_STRUCTURE
    for_all = {**steps, "school_forms": [],
               "summary": "Für alle Schülerinnen und Schüler: wir suchen mit dir Praktika."}
    assert verdict(ifd, for_all) is None
    # an entry that sets no school form but whose text names the Förderschule is for its
    # pupils: the help both give includes them (complements._special_form)
    assert verdict(ifd, {**steps, "school_forms": []})[0] == DOUBLE_STRUCTURE


def test_technology_workshops_only_for_girls_are_one_kind_of_help():
    """A chamber's Mädchenwerkstatt for classes 7 and 8 beside a youth club's weekly lab
    "nur für Mädels" for the same classes in one town: the same help in categories that are
    no neighbours. A lab open to all pupils is another offer."""
    workshop = side("hwk-lindenau", "berufsfelderkundung", "Mädchenwerkstatt Handwerk",
                    "Drei Tage für Schülerinnen: Löten, Fräsen und eine Lampe bauen.",
                    **pupils([7, 8]), schedule="in den Herbstferien, 9–14 Uhr")
    lab = side("kolibri-jugendwerk", "jugendsozialarbeit", "Tech Lab",
               "Nur für Mädels: wir löten Schaltungen und bauen kleine Roboter.",
               **pupils([7, 8]), schedule="jeden Dienstag 16–18 Uhr",
               legal_basis=["§ 13 SGB VIII"])
    assert_same_help(workshop, lab, "Technik und Handwerk für Mädchen")
    for_all = {**lab, "summary": "Für alle: wir löten Schaltungen und bauen kleine Roboter."}
    assert verdict(workshop, for_all) is None


def test_help_filling_in_a_form_is_help_with_applications():
    """The Agentur's BAB counselling and the Jobcenter's help for apprentices whose pay does
    not cover the rent ("wir helfen dir beim Ausfüllen"), both for the whole district: help
    with applications twice, under SGB III and SGB II."""
    bab = side("agentur-lindenau", "berufsberatung", "Berufsausbildungsbeihilfe (BAB)",
               "Beratung zur Förderung während der Ausbildung; Unterstützung beim Antrag.",
               municipalities=EVERYWHERE, min_age=16, max_age=27, legal_basis=["§ 56 SGB III"])
    money = side("jobcenter-lindenau", "coaching", "Geld während der Ausbildung?",
                 "Wir prüfen mit dir, ob dir Leistungen zustehen, und helfen dir beim Ausfüllen.",
                 municipalities=EVERYWHERE, min_age=16, max_age=24, legal_basis=["§ 27 SGB II"])
    assert_same_help(bab, money, "Hilfe bei Anträgen")


def test_a_colleges_year_for_school_leavers_beside_an_outside_one_is_a_double_structure():
    """A Berufskolleg's year of Ausbildungsvorbereitung for school leavers without a training
    place beside a Träger's BvB in the same town: both take young people from the whole town
    after school, in other words and under other laws (Schulrecht, SGB III). For the
    college's own classes the texts would have to agree, as for any school's own offer."""
    college = side("berufskolleg-lindenau", "berufsvorbereitung", "Ausbildungsvorbereitung (AV)",
                   "Einjähriger Bildungsgang mit Praktikum; Hauptschulabschluss möglich.",
                   min_age=16, max_age=21, situations=["ohne-ausbildungsplatz"],
                   legal_basis=["SchulG NRW"])
    bvb = side("bildungswerk-lindenau", "berufsvorbereitung", "BvB – dein Jahr vor der Ausbildung",
               "Du lernst mehrere Berufe in unseren Werkstätten kennen und gehst ins Praktikum.",
               min_age=16, max_age=25, situations=["ohne-ausbildungsplatz"],
               legal_basis=["§ 51 SGB III"])
    kind, reasons = verdict(college, bvb)
    assert kind == DOUBLE_STRUCTURE
    assert "verschiedene Rechtskreise: Schulrecht und SGB III" in reasons
    own_class = {"classes": [11], "school_leavers": False, "audiences": ["schueler"]}
    assert verdict({**college, **own_class}, {**bvb, **own_class}) is None


def test_a_schools_own_help_beside_an_outside_one_in_unrelated_categories_needs_no_agreement():
    """A Hauptschule's own exam-preparation group beside a youth-work provider's learning
    help for the same class 10 in the same town: one kind of help twice, in other words and
    filed under categories that are no neighbours."""
    school = side("hauptschule-kleinsteinach", "schulabschluss", "Förderband Mathe und Deutsch",
                  "Nachhilfe in kleinen Gruppen vor den Abschlussprüfungen, mit Lehrkräften.",
                  municipalities=["05799028"], classes=[10], schedule="dienstags 13:30–15 Uhr")
    youth_work = side("brueckenbau-weidenhof", "jugendsozialarbeit", "Lerntreff Kleinsteinach",
                      "Lernhilfe für Zehntklässler*innen: wir üben Textaufgaben mit dir, "
                      "bis es sitzt.", municipalities=["05799028"], classes=[10],
                      schedule="montags 15–17 Uhr", legal_basis=["§ 13 SGB VIII"])
    assert_same_help(school, youth_work, "Nachhilfe und Lernhilfe")


def test_the_same_help_in_the_whole_district_is_a_double_structure():
    """Counselling after a dropout by the Agentur and by the IHK, both for the whole district:
    the same help twice there, whether both are only for young people who dropped out or
    for all (every blind file labels such pairs so: the chamber's exam course beside the AsA
    flex tutoring, both district-wide). So is the same help for the same teachers (or
    parents) in the whole district: a Fachtag and an exchange for teachers on dropouts
    (every blind file labels such pairs so: two trainings for teachers on guiding the choice
    of a job, an online series and an information for parents). Teachers' events on other
    helps are no question."""
    agentur = side("agentur-lindenau", "berufsberatung", "Neustart nach Ausbildungsabbruch",
                   "Die Berufsberatung klärt mit Ihnen Gründe und Alternativen.",
                   municipalities=EVERYWHERE, school_leavers=True, min_age=16, max_age=25,
                   situations=["ausbildung-abgebrochen"], legal_basis=["SGB III"],
                   venues=["agentur-lindenau/biz"])
    ihk = side("ihk-lindenau", "ausbildungsbegleitung", "Ausbildung abgebrochen – was nun?",
               "Die Ausbildungsberater helfen dir beim Wechsel in einen anderen Betrieb.",
               municipalities=EVERYWHERE, school_leavers=True, min_age=16, max_age=25,
               situations=["ausbildung-abgebrochen"], venues=["ihk-lindenau/haus"])
    assert_same_help(agentur, ihk, "Neustart nach einem Abbruch")
    general = {key: value for key, value in ihk.items() if key != "situations"}
    assert_same_help({**agentur, "situations": []}, general, "Neustart nach einem Abbruch")
    teachers = {"school_leavers": None, "min_age": None, "max_age": None,
                "audiences": ["lehrkraefte"], "situations": []}
    fachtag = {**agentur, **teachers, "title": "Fachtag für Lehrkräfte: Neustart nach Abbruch",
               "dates": ["2027-03-03"]}
    exchange = {**general, **teachers, "title": "Austausch für Lehrkräfte: Abbruch – was nun?"}
    assert_same_help(fachtag, exchange, "Neustart nach einem Abbruch")
    study = {**exchange, "title": "Austausch für Lehrkräfte: Studienwahl in der Oberstufe",
             "summary": "Die Studienberater zeigen neue Wege zum Studienfach."}
    assert verdict(fachtag, study) is None


def test_the_way_to_work_and_mentoring_are_kinds_of_help():
    """The Jobcenter's mobility counselling beside a youth association's route training for
    the same young people in one town; a school's mentoring by former pupils beside a
    club's volunteer training sponsors for the same classes."""
    mobility = side("jobcenter-lindenau", "ausbildungsbegleitung", "MOBIL U25",
                    "Fahrplanauskunft, Deutschlandticket und Zuschüsse für den Arbeitsweg.",
                    municipalities=LINDENAU, legal_basis=["§ 16 SGB II"])
    route = side("kolibri-jugendwerk", "coaching", "Wie komm ich hin?",
                 "Wir üben mit dir die Strecke zum Betrieb: Wegetraining mit Bus und Bahn.",
                 municipalities=LINDENAU, legal_basis=["§ 13 SGB VIII"])
    mentors = side("gesamtschule-rosenfeld", "berufsberatung", "Mentoring für die 9 und 10",
                   "Ehemalige begleiten euch ein Schuljahr lang.", municipalities=["05799020"],
                   classes=[9, 10], school_leavers=False, audiences=["schueler"])
    sponsors = side("sozialwerk-rosenfeld", "ausbildungsbegleitung", "Ausbildungspaten",
                    "Ehrenamtliche begleiten Schülerinnen und Schüler eins zu eins.",
                    municipalities=["05799020"], classes=[9, 10], school_leavers=False,
                    audiences=["schueler"])
    for a, b, label in ((mobility, route, "Hilfe beim Weg zum Betrieb"),
                        (mentors, sponsors, "Mentoring und Patenschaft")):
        assert_same_help(a, b, label)


def test_two_lines_by_phone_for_the_whole_district_reach_the_same_parents():
    """The Agentur's parents' line and an association's parents' hotline, both for the whole
    district at other hours: the same help for the same parents. One town's parents'
    evening beside the line for the whole district is no question (the matrix shows it)."""
    line = side("agentur-lindenau", "berufsberatung", "Elterntelefon der Berufsberatung",
                "Telefonische Beratung für Eltern zur Berufswahl ihrer Kinder.",
                municipalities=EVERYWHERE, classes=[8, 9, 10], school_leavers=False,
                audiences=["eltern"], schedule="dienstags 17–19 Uhr")
    hotline = side("elternnetz-lindenau", "jugendsozialarbeit", "Eltern-Hotline",
                   "Ihr Kind hat keine Idee? Rufen Sie uns an, wir hören zu.",
                   municipalities=EVERYWHERE, classes=[8, 9, 10], school_leavers=False,
                   audiences=["eltern"], schedule="Mo + Do 18–20 Uhr")
    assert_same_help(line, hotline, "Beratung per Chat, Video oder Telefon")
    evening = {**hotline, "title": "Elternabend Berufswahl", "municipalities": ["05799020"],
               "summary": "Ein Abend für Eltern: wie Sie Ihr Kind begleiten.",
               "schedule": None, "dates": ["2027-02-10"]}
    assert verdict(line, evening) is None


def test_placement_into_training_is_a_kind_of_help():
    """The Jobcenter's placement team beside the Agentur's counsellor who puts school leavers
    forward to companies, in one town: placement twice. Counselling on the choice of a
    job is another help."""
    jobcenter = side("jobcenter-lindenau", "coaching", "Ausbildungsvermittlung U25",
                     "Das Team U25 vermittelt junge Menschen in betriebliche Ausbildung.",
                     municipalities=["05799020"], legal_basis=["§ 16 SGB II"],
                     venues=["jobcenter-lindenau/geschaeftsstelle-rosenfeld"])
    agentur = side("agentur-lindenau", "berufsberatung", "Lehrstelle gesucht?",
                   "Deine Beraterin bringt dich mit passenden Betrieben zusammen.",
                   municipalities=["05799020"], legal_basis=["SGB III"],
                   venues=["agentur-lindenau/buero-rosenfeld"])
    assert_same_help(jobcenter, agentur, "Vermittlung in Ausbildung")
    choice = {**agentur, "title": "Was soll ich werden?",
              "summary": "Deine Beraterin hilft dir, einen Beruf zu finden, der passt."}
    assert verdict(jobcenter, choice) is None


def test_two_chats_of_one_category_for_the_whole_district_are_a_double_structure():
    """The Agentur's chat for parents and a parents' network's messenger counselling, both
    for the whole district at other hours, filed under one category: the same parents
    anywhere. Two open hours for the whole district each serve their part of it."""
    agentur = side("agentur-lindenau", "berufsberatung", "Eltern-Chat der Berufsberatung",
                   "Im Chat beraten wir Eltern zur Berufswahl ihrer Kinder.",
                   municipalities=EVERYWHERE, classes=[9, 10], school_leavers=False,
                   audiences=["eltern"], schedule="dienstags 16–18 Uhr")
    parents = side("elternnetz-lindenau", "berufsberatung", "Frag uns per WhatsApp",
                   "Schreiben Sie uns, wenn Ihr Kind nicht weiß, welche Ausbildung passt.",
                   municipalities=EVERYWHERE, classes=[9, 10], school_leavers=False,
                   audiences=["eltern"], schedule="montags 18–20 Uhr")
    assert verdict(agentur, parents)[0] == DOUBLE_STRUCTURE
    hours = ({**agentur, "title": "Elternsprechstunde", "summary": "Für Eltern, im BiZ."},
             {**parents, "title": "Elterntreff", "summary": "Für Eltern, im Familienzentrum."})
    assert verdict(*hours) is None


def test_first_help_for_the_mind_young_parents_and_time_abroad_are_kinds_of_help():
    mind = side("sozialwerk-rosenfeld", "schulsozialarbeit", "Seelen-Sprechstunde",
                "Prüfungsangst, alles zu viel? Bei uns kannst du reden.",
                municipalities=["05799020"], classes=[8, 9, 10], school_leavers=False,
                audiences=["schueler"], legal_basis=["§ 13 SGB VIII"])
    first_contact = side("inklusionsnetz-lindenau", "reha", "Kopfsache",
                         "Erstanlaufstelle für Schüler mit psychischen Belastungen.",
                         municipalities=["05799020"], classes=[8, 9, 10],
                         school_leavers=False, audiences=["schueler"], legal_basis=["SGB IX"])
    parents = side("jobcenter-lindenau", "berufsberatung", "Teilzeitausbildung U25",
                   "Beratung für Alleinerziehende zur Ausbildung und zur Kinderbetreuung.",
                   municipalities=["05799008"], situations=["mit-kind"],
                   legal_basis=["§ 16 SGB II"])
    baby = side("diakonie-bergheide", "ausbildungsbegleitung", "Ausbildung trotz Baby",
                "Wir finden mit dir einen Betrieb und eine Kita.",
                municipalities=["05799008"], situations=["mit-kind"],
                legal_basis=["§ 13 SGB VIII"])
    gap = side("agentur-lindenau", "berufsberatung", "Zwischenzeit nutzen",
               "Beratung zu FSJ, Bundesfreiwilligendienst und Au-pair.",
               municipalities=EVERYWHERE, legal_basis=["SGB III"])
    abroad = side("jugendamt-kreis-lindenau", "jugendsozialarbeit", "Ab ins Ausland?",
                  "Eurodesk-Beratung zu Freiwilligendienst und Work & Travel.",
                  municipalities=EVERYWHERE, legal_basis=["§ 11 SGB VIII"])
    for a, b, label in ((mind, first_contact, "Erste Hilfe für die Seele"),
                        (parents, baby, "Ausbildung mit Kind"),
                        (gap, abroad, "Freiwilligendienst und Zeit im Ausland")):
        assert_same_help(a, b, label)


def test_getting_back_to_school_and_youth_work_for_refugees_are_kinds_of_help():
    """The Jugendamt's help for school refusers beside a school's social work that brings
    pupils back; the JMD's group for young refugees beside youth work only for them."""
    refusers = side("jugendamt-kreis-lindenau", "jugendsozialarbeit", "Zweite Chance",
                    "Einzelfallhilfe für Jugendliche mit erheblichen Fehlzeiten.",
                    municipalities=["05799028"], classes=[7, 8, 9], school_leavers=False,
                    audiences=["schueler"], legal_basis=["§ 13 SGB VIII"])
    back = side("hauptschule-kleinsteinach", "schulsozialarbeit", "Wieder dabei",
                "Du gehst kaum noch zur Schule? Wir machen einen Plan, wie du zurückkommst.",
                municipalities=["05799028"], classes=[7, 8, 9], school_leavers=False,
                audiences=["schueler"])
    group = side("jmd-lindenau", "migration", "Ankommen im Beruf",
                 "Wöchentliche Gruppe: Infos zum Ausbildungssystem und Begleitung zu Betrieben.",
                 municipalities=ROSENFELD, situations=["fluchterfahrung"],
                 legal_basis=["§ 13 SGB VIII"])
    youth_work = side("sozialwerk-rosenfeld", "jugendsozialarbeit", "Neu in Rosenfeld",
                      "Du willst arbeiten? Wir gehen mit dir zum Betrieb.",
                      municipalities=ROSENFELD, situations=["fluchterfahrung"],
                      legal_basis=["§ 13 SGB VIII"])
    # neighbouring categories: the school's own offer counts with one kind of help
    assert verdict(refusers, back)[0] == DOUBLE_STRUCTURE
    assert verdict(refusers, {**back, "summary": "Wir sind in jeder Pause für dich da."}) is None
    assert_same_help(group, youth_work, "Geflüchtete auf dem Weg in Ausbildung")


def test_a_coaching_that_finds_internship_places_gives_that_help():
    """The chamber's internship placement beside a learning workshop's "Praktikumslotsen"
    (coaching, which names the help only in its text) for the same classes in one town: the
    same help twice."""
    placement = side("hwk-lindenau", "praktikum", "Praktikumsvermittlung Handwerk",
                     "Die Kammer vermittelt Schülerinnen und Schülern Praktikumsplätze.",
                     municipalities=["05799008"], classes=[8, 9], school_leavers=False,
                     audiences=["schueler"])
    pilots = side("lernwerkstatt-bergheide", "coaching", "Lotsenprojekt Bergheide",
                  "Noch kein Platz fürs Schulpraktikum? Wir sind deine Praktikumslotsen.",
                  municipalities=["05799008"], classes=[8, 9], school_leavers=False,
                  audiences=["schueler"], legal_basis=["§ 13 SGB VIII"])
    assert_same_help(placement, pilots, "Hilfe bei der Suche nach einem Praktikum")
    assert verdict(placement, {**pilots, "title": "Lerntreff",
                               "summary": "Hausaufgaben und Mathe mit dir."}) is None


def test_the_whole_district_listed_town_by_town_is_the_whole_district():
    """A parents' line marked for the whole district and the Agentur's phone hour listing
    every town of it: both reach the same parents anywhere, and the check compares them."""
    line = side("inklusionsnetz-lindenau", "reha", "Elterntelefon Übergang Schule–Beruf",
                "Ihr Kind hat eine Behinderung? Wir beraten Sie am Telefon zu Werkstatt und "
                "Ausbildung.", municipalities="kreisweit", audiences=["eltern"],
                schedule="Di + Do 9-12 Uhr")
    hour = side("agentur-lindenau", "berufsberatung", "Telefonsprechstunde Reha-Beratung",
                "Eltern von jungen Menschen mit Behinderungen erhalten telefonisch Auskunft "
                "zur Teilhabe am Arbeitsleben.", municipalities=EVERYWHERE,
                audiences=["eltern"], schedule="mittwochs 14:00–17:00 Uhr")
    assert verdict(line, hour)[0] == DOUBLE_STRUCTURE


def test_help_in_training_includes_those_who_think_of_quitting():
    """The Handwerkskammer's counselling against dropping out, marked for "Ausbildung
    abgebrochen", beside a youth club's coaching for all apprentices in the same town: the
    same help in training for the same apprentices (help_kinds, also_for). An offer for
    young refugees beside the general one stays a special group's offer."""
    chamber = side("hwk-lindenau", "ausbildungsbegleitung", "Sprechtag Ausbildungsberatung",
                   "Die Handwerkskammer berät Lehrlinge und Betriebe bei Schwierigkeiten im "
                   "Ausbildungsverhältnis, damit Ausbildungen nicht abgebrochen werden.",
                   situations=["ausbildung-abgebrochen"], schedule="jeden 1. Montag, 13-16 Uhr")
    club = side("jugendhilfe-eschenbrueck", "jugendsozialarbeit", "Dranbleiben! Coaching für Azubis",
                "Deine Lehre nervt? Wir reden mit dir und dem Betrieb, damit du deinen "
                "Abschluss schaffst.", min_age=16, max_age=25)
    assert_same_help(chamber, club, "Begleitung während der Ausbildung")
    assert verdict({**chamber, "situations": ["fluchterfahrung"]}, club) is None


def test_craft_exams_in_other_words_are_learning_help():
    """The Handwerkskammer's course before the journeyman's exam beside a youth club's
    evening where retired masters cram arithmetic with apprentices: the same learning help
    in one town. So is a guild's course before the intermediate exam."""
    course = side("hwk-lindenau", "ausbildungsbegleitung", "Vorbereitungslehrgang Gesellenprüfung",
                  "Intensivlehrgang für Lehrlinge: Fachrechnen, Technologie und WiSo.",
                  schedule="freitags 14:00-18:00 Uhr")
    evening = side("caritas-lindenau", "jugendsozialarbeit", "Azubi-Abend im Jugendzentrum",
                   "Die Prüfung macht dir Sorgen? Ehrenamtliche Meister pauken mit dir "
                   "Fachrechnen und WiSo.", schedule="mittwochs 17–19 Uhr")
    assert_same_help(course, evening, "Nachhilfe und Lernhilfe")
    guild = side("kreishandwerkerschaft-lindenau", "ausbildungsbegleitung",
                 "Fit für die Zwischenprüfung",
                 "Drei Samstage Praxis und Theorie im Innungshaus.", dates=["2027-01-16"])
    assert_same_help(guild, evening, "Nachhilfe und Lernhilfe")


def test_counselling_by_video_and_by_chat_in_the_whole_district_is_a_double_structure():
    """The Agentur's careers counselling by video for every town of the district beside a
    youth service's chat for the whole district, in neighbouring categories across
    Rechtskreise: the same help twice wherever the young people are. The Agentur's video
    counselling beside one town's chat is no question."""
    video = side("agentur-lindenau", "berufsberatung", "Berufsberatung per Video oder Telefon",
                 "Ihr Beratungsgespräch zur Berufswahl auch per Videotelefonie.",
                 municipalities=EVERYWHERE, schedule="Mo–Fr 8–18 Uhr", classes=[9, 10],
                 school_leavers=False, audiences=["schueler"])
    chat = side("kolibri-jugendwerk", "coaching", "Chatberatung Ausbildung & Job",
                "Keine Ahnung, welcher Beruf passt? Schreib uns im Chat, anonym.",
                municipalities="kreisweit", schedule="Mo-Do 16-21 Uhr",
                legal_basis=["§ 13 SGB VIII"], classes=[9, 10], school_leavers=False,
                audiences=["schueler"])
    kind, reasons = verdict(video, chat)
    assert kind == DOUBLE_STRUCTURE and any(r.startswith("benachbarte Kategorien") for r in reasons)
    assert verdict(video, {**chat, "municipalities": ["05799004"]}) is None


def test_help_with_housing_is_a_kind_of_help():
    """A youth service's advice on moving out for apprentices beside an association's
    housing advice for the under-27s in one town: the same help twice there."""
    moving = side("kolibri-jugendwerk", "jugendsozialarbeit", "Jugendwohnen: Beratung rund ums "
                  "Ausziehen", "Du willst ausziehen? Wir beraten dich zu WG und Azubi-Wohnheim.",
                  min_age=16, max_age=27)
    housing = side("caritas-lindenau", "ausbildungsbegleitung", "Wohnraumberatung U27",
                   "Unterstützung bei der Suche nach einer bezahlbaren Wohnung.",
                   min_age=18, max_age=27)
    assert_same_help(moving, housing, "Hilfe beim Wohnen")


def test_two_parcours_of_many_trades_for_one_class_are_a_double_structure():
    """The chamber's parcours of trade stations and a Träger's rally through workshop
    stations, each naming other trades, for the eighth classes of one town: hands-on job
    trying twice (an offer that shows many fields is about none in particular). A Pflege
    workshop beside a Metall workshop still complements it."""
    eighth = pupils([8], "05799020")
    parcours = side("hwk-lindenau", "messe", "Handwerk hautnah – Berufeparcours",
                    "An 12 Mitmachstationen: Fliesen legen, Brot formen, Kabel abisolieren, "
                    "Holzverbindung sägen.", dates=["2027-06-09"],
                    venues=["realschule-rosenfeld/turnhalle"], **eighth)
    rally = side("zukunftswerk-rosenfeld", "berufsfelderkundung", "Berufe-Rallye 8",
                 "Du rotierst durch acht Werkstattstationen: Maler, Friseur, Koch, Kfz und mehr.",
                 dates=["2027-06-16"], venues=["zukunftswerk-rosenfeld/werkstatt"], **eighth)
    assert_same_help(parcours, rally, "Berufe praktisch ausprobieren")
    care = {**rally, "title": "Pflege zum Ausprobieren", "summary": "Ein Tag in der Pflege."}
    metal = {**parcours, "title": "Metall zum Ausprobieren", "summary": "Ein Tag an der Werkbank."}
    assert verdict(metal, care) is None


def test_help_back_to_school_includes_pupils_without_a_certificate():
    """The youth service's "Zurück in die Schule" beside the education centre's project for
    pupils with many absences, marked for young people without a school certificate: the
    same help for the same pupils (help_kinds, also_for)."""
    target = pupils([7, 8, 9], "05799032")
    back = side("jugendhilfe-auental", "jugendsozialarbeit", "Zurück in die Schule",
                "Du gehst kaum noch hin? Wir begleiten dich zurück in den Unterricht.", **target)
    project = side("bildungszentrum-auental", "schulabschluss", "Projekt für schulmüde Jugendliche",
                   "Schülerinnen und Schüler mit massiven Fehlzeiten lernen in einer Kleingruppe.",
                   situations=["ohne-schulabschluss"], **target)
    assert_same_help(back, project, "Zurück in die Schule")


def test_transition_help_holiday_camps_and_everyday_words_are_kinds_of_help():
    """A school's own transition help for its leaving classes beside the youth service's
    transition office for those classes; two career camps in the same summer holidays; an
    application workshop beside a group that writes CVs; the ZP10 course beside a youth
    club's learning "für die Prüfungen in der 10". Each pair gives one help twice in one
    town, in words of its own."""
    leaving = pupils([10], "05799028")
    school = side("hauptschule-kleinsteinach", "schulsozialarbeit",
                  "Schulsozialarbeit: Was kommt nach der 10?",
                  "Unsere Schulsozialarbeiterin hilft euch bei Praktikum und Anmeldung.", **leaving)
    office = side("jugendamt-kreis-lindenau", "jugendsozialarbeit",
                  "Übergangsbegleitung für Abgangsklassen",
                  "Sozialpädagogische Begleitung beim Übergang in Ausbildung.", **leaving)
    summer = pupils([8, 9], "05799032")
    camp = side("jugendhilfe-auental", "jugendsozialarbeit", "Zukunftscamp Auental",
                "Vier Tage Sommerferien: Betriebe besuchen und abends grillen.",
                dates=["2027-07-26", "2027-07-27"], **summer)
    week = side("bildungszentrum-auental", "berufsfelderkundung", "Berufe-Woche im Sommer",
                "Berufsorientierung in den Sommerferien: fünf Tage in Ausbildungsbetrieben.",
                dates=["2027-08-09", "2027-08-10"], **summer)
    workshop = side("jobcenter-lindenau", "bewerbung", "Bewerbungscoaching U25",
                    "Unterstützung bei der Erstellung von Bewerbungsunterlagen.")
    group = side("caritas-lindenau", "jugendsozialarbeit", "Mappe & Mut",
                 "Wir basteln mit dir deinen Lebenslauf, in kleinen Gruppen.")
    tenth = pupils([10])
    course = side("stadt-bergheide", "schulabschluss", "Lernbüro ZP10",
                  "Förderkurse zur Vorbereitung auf die Zentralen Prüfungen 10.", **tenth)
    club = side("lernwerkstatt-bergheide", "jugendsozialarbeit", "Fit für den Abschluss",
                "Im Jugendhaus lernen wir mit dir für die Prüfungen in der 10.", **tenth)
    # neighbouring categories: the help lets a school's own offer meet the outside one
    assert verdict(school, office)[0] == DOUBLE_STRUCTURE
    assert verdict({**school, "title": "Schulsozialarbeit"},
                   {**office, "title": "Jugendberatung", "summary": "Sozialpädagogische "
                                                                    "Begleitung."}) is None
    for a, b, label in ((camp, week, "Berufsorientierung in den Ferien"),
                        (workshop, group, "Hilfe bei der Bewerbung"),
                        (course, club, "Nachhilfe und Lernhilfe")):
        assert_same_help(a, b, label)
    autumn = {**week, "dates": ["2027-10-25", "2027-10-26"], "title": "Berufe-Woche im Herbst"}
    assert verdict({**camp, "dates": ["2027-04-06", "2027-04-07"]}, autumn) is None


def test_a_schools_social_work_gives_application_help_too():
    """The Agentur's application training in a Gesamtschule's classes and the school's own
    social work group that writes CVs with the same pupils: application help twice there."""
    ninth = pupils([9], "05799020")
    training = side("agentur-lindenau", "bewerbung", "Bewerbungstraining im Klassenverband",
                    "Grundlagen zu Anschreiben und Lebenslauf, Vorstellungsgespräche im Rollenspiel.",
                    **ninth)
    group = side("gesamtschule-rosenfeld", "schulsozialarbeit", "Mappe & Mut",
                 "Wir basteln mit dir deinen Lebenslauf und üben das Gespräch.", **ninth)
    assert_same_help(training, group, "Hilfe bei der Bewerbung")


def test_neighbours_giving_one_help_in_the_whole_district_are_a_double_structure():
    """The Agentur's last-minute placement hour and the IHK's late placement action, both
    for the whole district, in neighbouring categories: placement twice in the district.
    Without the help in common, two district-wide offers of neighbouring categories serve
    each their own part."""
    hour = side("agentur-lindenau", "berufsberatung", "Last-Minute-Sprechstunde Ausbildung",
                "Noch ohne Ausbildungsplatz? Wir schlagen Ihnen freie Ausbildungsstellen vor: "
                "Ausbildungsvermittlung ohne Termin.", municipalities=EVERYWHERE,
                venues=["agentur-lindenau/biz"], schedule="Mo–Fr 8–16 Uhr")
    action = side("ihk-lindenau", "bewerbung", "Nachvermittlungsaktion",
                  "Schick uns deinen Lebenslauf, wir bringen dich mit passenden Betrieben "
                  "zusammen.", municipalities=EVERYWHERE)
    kind, reasons = verdict(hour, action)
    assert kind == DOUBLE_STRUCTURE and any(r.startswith("benachbarte Kategorien") for r in reasons)
    assert verdict({**hour, "title": "Sprechstunde", "summary": "Beratung ohne Termin."},
                   {**action, "title": "Bewerbungsmappen-Check",
                    "summary": "Wir sehen deine Mappe durch."}) is None


def test_the_word_application_alone_says_application_help():
    """Two outside providers' application workshops for the ninth classes of one school, one
    asking "Wie schreibe ich eine Bewerbung?": application help twice there."""
    ninth = pupils([9], "05799020")
    training = side("zukunftswerk-rosenfeld", "bewerbung", "Bewerbungstraining Jahrgang 9",
                    "Zwei Tage: Stellenanzeigen analysieren und Vorstellungsgespräche üben.",
                    dates=["2027-02-03", "2027-02-04"], **ninth)
    workshop = side("sozialwerk-rosenfeld", "jugendsozialarbeit", "Fit für den ersten Eindruck",
                    "Wie schreibe ich eine Bewerbung, die auffällt? Einen Tag lang übst du das.",
                    dates=["2027-03-10"], **ninth)
    assert_same_help(training, workshop, "Hilfe bei der Bewerbung")


def test_wanting_to_quit_is_help_in_training_not_a_new_start():
    """"überlegst du hinzuschmeißen?" asks apprentices who are still in training: the
    Berufskolleg's own team beside the AsA flex in one town is help in training twice. A
    chamber's mediation in training beside a new start after a dropout still complements
    it."""
    asa = side("bildungswerk-lindenau", "ausbildungsbegleitung", "Assistierte Ausbildung flexibel",
               "Unterstützung von Auszubildenden zur Vermeidung von Ausbildungsabbrüchen.")
    team = side("berufskolleg-lindenau", "schulsozialarbeit", "Bleib dran! – wenn es wackelt",
                "Stress mit dem Ausbilder oder überlegst du hinzuschmeißen? Unser Team hilft dir.",
                venues=["berufskolleg-lindenau/raum-a104"])
    assert_same_help(asa, team, "Begleitung während der Ausbildung")
    mediation = side("ihk-lindenau", "ausbildungsbegleitung", "Ärger im Ausbildungsbetrieb?",
                     "Die Ausbildungsberatung vermittelt zwischen Azubis und Betrieb.")
    restart = side("agentur-lindenau", "berufsberatung", "Ausbildung abgebrochen – und jetzt?",
                   "Beratung für deinen Neustart nach dem Abbruch.",
                   situations=["ausbildung-abgebrochen"])
    assert verdict(mediation, restart) is None


def test_a_digital_parents_cafe_and_orientation_counselling_are_kinds_of_help():
    """The Elternnetz's "Elterncafé digital" and the Agentur's online seminar for parents,
    both for the whole district: counselling parents from afar twice. A Träger's
    "Orientierungsberatung" beside the youth office's Jugendberufshilfe in one town:
    counselling on the choice of a job twice."""
    parents = {"classes": [8, 9, 10], "school_leavers": None, "audiences": ["eltern"],
               "municipalities": EVERYWHERE}
    cafe = side("elternnetz-lindenau", "berufsberatung", "Elterncafé digital",
                "Eltern fragen, Eltern erzählen: wie begleite ich mein Kind?",
                schedule="jeden 1. Mittwoch im Monat, 19:30 Uhr", **parents)
    seminar = side("agentur-lindenau", "berufsberatung", "Online-Seminar für Eltern",
                   "Die Berufsberatung informiert Eltern über Ausbildungswege.",
                   dates=["2027-02-10"], legal_basis=["SGB III"], **parents)
    assert verdict(cafe, seminar)[0] == DOUBLE_STRUCTURE
    hour = side("jugendamt-rosenfeld", "jugendsozialarbeit", "Jugendberufshilfe im Jugendhaus",
                "Beratung junger Menschen beim Übergang von der Schule in Ausbildung.",
                municipalities=["05799020"], schedule="montags 14–17 Uhr")
    talks = side("zukunftswerk-rosenfeld", "berufsberatung", "Orientierungsberatung U25",
                 "Schule vorbei und jetzt? Wir machen mit dir einen Plan.",
                 municipalities=["05799020"], legal_basis=["§ 48 SGB III"])
    assert_same_help(hour, talks, "Beratung zur Berufswahl")


def test_one_group_inside_the_others_and_a_parents_guide_in_coaching():
    """A school's coaching for its class 10 beside the youth office's transition help for
    the leaving classes 9 and 10 and after school: the school's pupils are all among the
    other's. A school's parents' café beside a parents' guides' coaching in one town: the
    same help for the same parents. A parents' evening for one year beside a parents' hour
    for all years is a topic of its own."""
    coaching = side("gesamtschule-rosenfeld", "coaching", "Übergangscoaching Klasse 10",
                    "Eine Lehrkraft sucht mit dir einen Ausbildungsplatz.", **pupils([10], "05799020"))
    office = side("jugendamt-rosenfeld", "jugendsozialarbeit", "Jugendberufshilfe – Übergang",
                  "Begleitung der Abgangsklassen beim Übergang in Ausbildung.",
                  **{**pupils([9, 10], "05799020"), "school_leavers": True,
                     "audiences": ["schueler", "schulabgaenger"]})
    assert verdict(coaching, office)[0] == DOUBLE_STRUCTURE
    parents = {"classes": [8, 9, 10], "school_leavers": None, "audiences": ["eltern"],
               "municipalities": ["05799016"]}
    cafe = side("sekundarschule-muehlental", "berufsberatung", "Elterncafé Berufswahl",
                "Eltern kommen mit der StuBO-Koordinatorin ins Gespräch.", **parents)
    guides = side("elternnetz-lindenau", "coaching", "Elternlotsinnen Mühlental",
                  "Geschulte Mütter und Väter begleiten andere Eltern zu Terminen.", **parents)
    assert verdict(cafe, guides)[0] == DOUBLE_STRUCTURE
    evening = {**cafe, "title": "Elternabend: Wie geht es nach Klasse 10 weiter?",
               "classes": [10], "dates": ["2027-02-02"]}
    hour = side("sozialwerk-rosenfeld", "schulsozialarbeit", "Elternsprechstunde",
                "Die Schulsozialarbeit berät Eltern.",
                **{**parents, "classes": [5, 6, 7, 8, 9, 10]})
    assert verdict(evening, hour) is None


def test_online_exchanges_in_other_words_are_one_kind_of_help():
    """The Handwerkskammer's "Lehrstellenradar" and the coordination office's "Digitale
    Ausbildungsbörse", both for the whole district: two exchanges on the net."""
    radar = side("hwk-lindenau", "bewerbung", "Lehrstellenradar",
                 "Alle freien Ausbildungsplätze im Handwerk, tagesaktuell.",
                 municipalities=EVERYWHERE)
    exchange = side("kommunale-koordinierung", "messe", "Digitale Ausbildungsbörse",
                    "Online-Plattform mit Ausbildungsangeboten regionaler Unternehmen.",
                    municipalities=EVERYWHERE)
    assert_same_help(radar, exchange, "Börse für Ausbildungsplätze im Netz")


def test_two_internship_exchanges_on_the_net_list_their_sectors_without_parting():
    """The coordination office's internship exchange ("Unternehmen, Verwaltungen und
    Einrichtungen") and the IHK's ("Industrie, Handel und Dienstleistung"), both on the net
    for the whole district: one help twice, whatever sectors each lists. So is a
    "Praktikumsfinder" beside the IHK's exchange. Two workshops, one in an office and one in
    a shop, still complement each other."""
    pupils_9 = {**pupils([9, 10]), "municipalities": EVERYWHERE}
    county = side("kommunale-koordinierung", "praktikum", "Praktikumsbörse Kreis Lindenau",
                  "Online-Plattform mit Praktikumsplätzen bei Unternehmen, Verwaltungen und "
                  "Einrichtungen im Kreisgebiet.", **pupils_9)
    chamber = side("ihk-lindenau", "bewerbung", "IHK-Praktikumsbörse",
                   "Finde dein Schülerpraktikum bei Unternehmen aus Industrie, Handel und "
                   "Dienstleistung im Kreis.", **pupils_9)
    assert_same_help(county, chamber, "Börse für Ausbildungsplätze im Netz")
    finder = side("kommunale-koordinierung", "berufsberatung", "Praktikumsfinder",
                  "Auf der Karte siehst du, welche Betriebe in deiner Nähe Praktikanten nehmen.",
                  **pupils_9)
    kind, _ = verdict(finder, chamber)
    assert kind == DOUBLE_STRUCTURE
    office = side("bildungswerk-lindenau", "berufsfelderkundung", "Ein Tag in der Verwaltung",
                  "Du arbeitest einen Tag im Büro mit.", **pupils([9], "05799004"),
                  dates=["2027-03-03"])
    shop = side("zukunftswerk-rosenfeld", "berufsfelderkundung", "Ein Tag im Handel",
                "Du arbeitest einen Tag im Verkauf mit.", **pupils([9], "05799004"),
                dates=["2027-03-03"])
    assert verdict(office, shop) is None


def test_parents_evenings_for_refugee_families_and_for_all_parents_are_one_help():
    """The Elternnetz's international parents' café and the JMD's evenings for refugee
    families, both on school and training in Germany for parents of classes 8 to 10 in one
    town: counselling parents includes refugee parents (help_kinds, `also_for`), whatever
    words each uses ("Familienabende"). Offers for the young people themselves stay a
    special group's offer beside the general one."""
    parents = {**pupils([8, 9, 10], "05799004"), "audiences": ["eltern"]}
    cafe = side("elternnetz-lindenau", "messe", "Elterncafé international: Schule, Ausbildung, Beruf",
                "Eltern aus vielen Ländern sprechen beim Frühstück über die duale Ausbildung "
                "und wie sie ihre Kinder bei der Berufswahl begleiten können.", **parents,
                schedule="jeden letzten Samstag im Monat, 10–12 Uhr")
    evenings = side("jmd-lindenau", "migration", "Familienabende: Ausbildung in Deutschland",
                    "Was ist eine Ausbildung, warum ist ein Praktikum wichtig? An drei Abenden "
                    "erklären wir zugewanderten Eltern den Weg von der Schule in den Beruf.",
                    **parents, situations=["fluchterfahrung"], legal_basis=["§ 13 SGB VIII"],
                    dates=["2027-02-05", "2027-03-05", "2027-04-09"])
    assert verdict(cafe, evenings)[0] == DOUBLE_STRUCTURE
    young = pupils([8, 9, 10], "05799004")
    assert verdict({**cafe, **young}, {**evenings, **young}) is None


def test_outreach_work_is_a_kind_of_help_that_includes_young_people_without_a_certificate():
    """The Jobcenter's outreach project (§ 16h SGB II) and the youth office's mobile youth
    work in one town, one for young people without a training place on Bürgergeld, the other
    for those without a school certificate: the same outreach to the same young people
    (help_kinds, `aufsuchend`, also_for ohne-schulabschluss). A youth club for young people
    without a certificate stays a special group's offer beside the project."""
    after_school = {"municipalities": AUENTAL, "school_leavers": True,
                    "audiences": ["schulabgaenger"]}
    project = side("startklar-lindenau", "coaching", "Aufsuchende Beratung Auental",
                   "Wir kommen zu jungen Menschen, die von Schule, Jobcenter und Jugendhilfe "
                   "nicht mehr erreicht werden.", **after_school, min_age=15, max_age=25,
                   situations=["ohne-ausbildungsplatz", "buergergeld"],
                   legal_basis=["§ 16h SGB II"])
    street = side("jugendhilfe-auental", "jugendsozialarbeit", "Streetwork Auental",
                  "Kein Job, keine Schule, keine Lust auf Ämter? Wir sind draußen unterwegs und "
                  "hören zu.", **after_school, min_age=14, max_age=27,
                  situations=["ohne-schulabschluss"], legal_basis=["§ 13 SGB VIII"])
    assert verdict(project, street)[0] == DOUBLE_STRUCTURE
    assert verdict(project, {**street, "title": "Jugendtreff Auental",
                             "summary": "Kicker, Musik und Gespräche am Abend."}) is None


def test_introductions_for_new_stubos_are_one_kind_of_help_for_the_same_teachers():
    """The coordination office's starter pack for new StuBOs and the Agentur's introduction
    for them, both for the teachers of the whole district, filed as an event and as
    counselling: the same introduction twice."""
    teachers = {"municipalities": EVERYWHERE, "classes": [8, 9, 10], "school_leavers": None,
                "audiences": ["lehrkraefte"]}
    starter = side("kommunale-koordinierung", "messe",
                   "StuBO-Starterpaket: Einführung für neue Koordinator*innen",
                   "Zwei Nachmittage zu den Standardelementen von KAoA und dem Buchungsportal.",
                   **teachers, dates=["2027-09-15", "2027-09-29"], legal_basis=["KAoA"])
    agentur = side("agentur-lindenau", "berufsberatung", "Neu als StuBO? Einführungsveranstaltung",
                   "Wir erklären Abläufe, Kooperationsvereinbarung und Sprechstunden der "
                   "Berufsberatung.", **teachers, dates=["2027-10-06"])
    assert_same_help(starter, agentur, "Einführung und Fortbildung für StuBOs")


def test_a_practice_course_is_about_the_trades_its_summary_names():
    """A "Praxiskurs" names a kind of help in its title (Berufe praktisch ausprobieren,
    `about_fields`), and it is about the trades its summary names: one in the wood and metal
    workshop beside one in a Kita complement each other. A learning help's subjects are its
    means (test_a_title_gives_its_help_in_any_category)."""
    classes = pupils([9, 10], "05799032")
    workshop = side("jugendwerkstatt-auental", "praktikum", "Praxiskurs in der Werkstatt",
                    "Eine Woche lang arbeitest du in unserer Holz- und Metallwerkstatt mit.",
                    **classes, dates=["2027-03-01"])
    kita = side("jugendamt-kreis-lindenau", "praktikum", "Praxiskurs im Kindergarten",
                "Eine Woche lang betreust du Kinder in einer Kita mit.", **classes,
                dates=["2027-03-01"])
    assert verdict(workshop, kita) is None
    rules = ComplementRules.of(default_vocabularies(), HelpRules.of(default_vocabularies()))
    assert offer_fields(eval_offer("x-a", workshop), rules).named >= {"handwerk-bau"}


def test_the_agenturs_and_the_jobcenters_eq_are_one_kind_of_help():
    """The Agentur's placement into an Einstiegsqualifizierung and the Jobcenter's "EQ für
    U25", both for the whole district, filed as EQ and as coaching: the same bridge into
    training under two Rechtskreise."""
    after = {"municipalities": EVERYWHERE, "school_leavers": True, "audiences": ["schulabgaenger"],
             "min_age": 16, "max_age": 25, "situations": ["ohne-ausbildungsplatz"]}
    agentur = side("agentur-lindenau", "einstiegsqualifizierung",
                   "Einstiegsqualifizierung (EQ) – Vermittlung durch die Berufsberatung",
                   "Vermittlung in ein betriebliches Langzeitpraktikum von 4 bis 12 Monaten zur "
                   "Vorbereitung auf eine Berufsausbildung.", **after, legal_basis=["§ 54a SGB III"])
    jobcenter = side("jobcenter-lindenau", "coaching", "Über das Praktikum in die Lehre – EQ für U25",
                     "Hat es mit der Lehrstelle nicht geklappt? Wir vermitteln Sie in ein bezahltes "
                     "Praktikum im Betrieb.", **after, legal_basis=["§ 16 SGB II"])
    assert_same_help(agentur, jobcenter, "Einstiegsqualifizierung im Betrieb")


def test_two_partners_events_only_for_teachers_in_the_whole_district_are_one_kind_of_help():
    """The coordination office's series on careers in subject lessons and a Träger's
    workshop for teachers on the same, both only for the teachers of the whole district:
    an event only for teachers gives the help for teachers (`stubo-fortbildung`, audiences),
    whatever its words. Every labelled pair of two partners' events only for teachers is the
    same offer or a double structure (17 pairs, none distinct)."""
    teachers = {"municipalities": EVERYWHERE, "classes": [7, 8, 9, 10], "school_leavers": None,
                "audiences": ["lehrkraefte"]}
    series = side("kommunale-koordinierung", "berufsberatung",
                  "Reihe: Berufliche Orientierung im Fachunterricht",
                  "Drei Nachmittage mit Material für Mathe, Deutsch und Biologie.", **teachers,
                  dates=["2027-02-24", "2027-05-12"])
    workshop = side("bildungswerk-lindenau", "berufsfelderkundung",
                    "Berufe im Unterricht – praxisnah und ohne Mehraufwand",
                    "Ideen, wie Berufe in jede Stunde passen.", **teachers, dates=["2027-03-10"],
                    legal_basis=["SGB III"])
    assert_same_help(series, workshop, "Einführung und Fortbildung für StuBOs")
    pupils_too = {**workshop, "audiences": ["schueler"]}
    assert verdict(series, pupils_too) is None


def test_first_generation_students_are_one_kind_of_help():
    """A Gymnasium's programme "Erste Generation Studium" and a club's student mentors "Als
    Erste*r in der Familie an die Uni" for the same upper classes in one town: the same help
    twice, filed as study orientation and as coaching."""
    upper = pupils([11, 12, 13], "05799004")
    school = side("gymnasium-lindenau", "studienorientierung", "Programm „Erste Generation Studium“",
                  "Begleitung von Oberstufenschülerinnen und -schülern, deren Eltern nicht "
                  "studiert haben: Studienwahl, Stipendien, Bewerbung.", **upper)
    mentors = side("studienpaten-lindenau", "coaching",
                   "Studienpat*innen: Als Erste*r in der Familie an die Uni",
                   "Eine Studentin oder ein Student zeigt dir, wie Bewerbung, Wohnung und Geld "
                   "fürs Studium klappen.", **upper)
    assert_same_help(school, mentors, "Als Erste in der Familie ins Studium")


def test_a_practice_year_in_a_firm_filed_as_practicum_is_an_eq():
    """The Agentur's Einstiegsqualifizierung and a Träger's "Praxisjahr im Betrieb" for the
    same young people without a training place in one town, filed as practicum: a year of
    paid work in a firm as a bridge into training, twice (b32-033)."""
    after = {"municipalities": ["05799024"], "school_leavers": True,
             "audiences": ["schulabgaenger"], "situations": ["ohne-ausbildungsplatz"]}
    agentur = side("agentur-lindenau", "einstiegsqualifizierung", "Einstiegsqualifizierung (EQ)",
                   "Sozialversicherungspflichtiges Praktikum von 6 bis 12 Monaten im Betrieb.",
                   legal_basis=["§ 54a SGB III"], **after)
    year = side("brueckenbau-weidenhof", "praktikum", "Praxisjahr im Betrieb",
                "Keine Lehrstelle gekriegt? Du arbeitest ein Jahr lang in einem Betrieb mit.",
                legal_basis=["§ 16 SGB II"], **after)
    assert_same_help(agentur, year, "Einstiegsqualifizierung im Betrieb")


def test_a_class_for_newcomers_and_german_with_work_for_refugees_are_one_help():
    """The Berufskolleg's international class only for refugees (filed as school
    certificate) and the Caritas' course "Deutsch und Beruf für junge Geflüchtete", after
    school in one town: refugees on their way into training, twice (b32-007)."""
    after = {"school_leavers": True, "audiences": ["schulabgaenger"],
             "situations": ["fluchterfahrung"], "min_age": 16, "max_age": 18}
    college = side("berufskolleg-lindenau", "schulabschluss", "Internationale Förderklasse (IFK)",
                   "Sprachförderung, berufliche Orientierung und ein dem Hauptschulabschluss "
                   "gleichwertiger Abschluss.", legal_basis=["SchulG NRW"], **after)
    course = side("caritas-lindenau", "migration", "Deutsch und Beruf für junge Geflüchtete",
                  "Du lernst vormittags Deutsch und lernst Berufe kennen.",
                  legal_basis=["§ 13 SGB VIII"], **after)
    assert_same_help(college, course, "Geflüchtete auf dem Weg in Ausbildung")


def test_words_of_the_fifteenth_round():
    """"praktische Aufgaben" in a firm is trying a job (b32-049), and so is finding out in a
    workshop "welches Handwerk dir liegt" (b33-050); "Was kommt nach der Schule?" asks
    about the transition (b32-043); "Erste in der Familie" and a university's
    "Talentscouting" are for first-generation students (b33-003)."""
    helps = HelpRules.of(default_vocabularies())
    workshop = side("lernwerkstatt-bergheide", "werkstatt", "Werkraum-Freitag",
                    "Sägen, schweißen, streichen: Du merkst schnell, welches Handwerk dir liegt.",
                    **pupils([8, 9]))
    assert "ausprobieren" in helps.given(eval_offer("x-c", workshop))
    practicum = side("hauptschule-kleinsteinach", "praktikum", "Betriebspraktikum",
                     "Drei Wochen arbeitest du in einem Betrieb mit und findest heraus, was dir "
                     "liegt.", **pupils([9]))
    assert "ausprobieren" not in helps.given(eval_offer("x-e", practicum))
    for number, title in enumerate(("Uni? Ich?! – Mentoring für Erste in der Familie",
                                    "Talentscouting der Hochschule")):
        first = side("kolibri-jugendwerk", "coaching", title, "Für die Oberstufe.",
                     **pupils([11, 12, 13]))
        assert "erste-generation" in helps.given(eval_offer(f"x-d{number}", first))
    day = side("ihk-lindenau", "berufsfelderkundung", "Berufe-Entdeckertage",
               "Du erledigst in einem Betrieb praktische Aufgaben.", **pupils([8]))
    assert "ausprobieren" in helps.given(eval_offer("x-a", day))
    question = side("brueckenbau-weidenhof", "berufsberatung", "Zukunftswerkstatt",
                    "Was kommt nach der Schule? Wir reden mit dir.", **pupils([9, 10]))
    assert "uebergang" in helps.given(eval_offer("x-b", question))


def test_addiction_counselling_and_a_schools_counselling_teachers_are_one_help():
    """The youth addiction counselling's hour in the Gesamtschule and the school's own
    counselling teachers for "Kiffen, Zocken, Trinken": the same help twice for the same
    classes (b34-053)."""
    classes = pupils([8, 9, 10], "05799004")
    hour = side("suchtberatung-lindenau", "jugendsozialarbeit", "Jugendsuchtberatung in der Schule",
                "Beratung bei riskantem Konsum von Alkohol oder Cannabis und exzessivem Gaming.",
                legal_basis=["§ 14 SGB VIII"], **classes)
    school = side("gesamtschule-lindenau", "coaching", "Kiffen, Zocken, Trinken? Wir hören zu",
                  "Du machst dir Sorgen wegen deinem Konsum? Unsere Lehrkräfte reden mit dir.",
                  **classes)
    helps = HelpRules.of(default_vocabularies())
    for number, offer in enumerate((hour, school)):
        assert "sucht" in helps.given(eval_offer(f"x-{number}", offer))
    assert verdict(hour, school)[0] == DOUBLE_STRUCTURE


def test_a_fair_is_held_somewhere_an_exchange_on_the_net_is_none():
    """A school's job information day in its forum and the chamber's "Ausbildungsbörse" in
    the town's hall, both on a day: fairs (`messe-vor-ort`, `on_site`). The Handwerkskammer's
    "Lehrstellenbörse" on the net with phone hours is no fair."""
    helps = HelpRules.of(default_vocabularies())
    classes = pupils([9, 10], "05799020")
    day = side("gesamtschule-rosenfeld", "messe", "Berufsinformationstag (BIT) 2027",
               "30 Betriebe stellen sich unseren Jahrgängen 9 und 10 vor.",
               dates=["2027-02-19"], venues=["gesamtschule-rosenfeld/forum"], **classes)
    fair = side("ihk-lindenau", "bewerbung", "Ausbildungsbörse Rosenfeld",
                "Unternehmen präsentieren ihre freien Ausbildungsplätze.",
                dates=["2027-03-13"], venues=["realschule-rosenfeld/aula"], **classes)
    online = side("hwk-lindenau", "berufsberatung", "Lehrstellenbörse Handwerk",
                  "Die Börse zeigt dir alle freien Ausbildungsplätze im Handwerk.",
                  schedule="Online jederzeit; telefonische Beratung Montag bis Freitag.",
                  **classes)
    assert "messe-vor-ort" in helps.given(eval_offer("x-a", day))
    assert "messe-vor-ort" in helps.given(eval_offer("x-b", fair))
    assert "messe-vor-ort" not in helps.given(eval_offer("x-c", online))


def test_a_schools_job_day_with_parents_and_a_chambers_fair_also_after_school_are_one_help():
    """The Gesamtschule's job information day for its classes 9 and 10 and their parents,
    and the chamber's "Ausbildungsbörse" in the town for classes 9 and 10 and school
    leavers, a month apart: a fair twice for the same young people (b34-025). The parents
    one invites and the school leavers the other adds do not make other young people."""
    classes = pupils([9, 10], "05799020")
    day = side("gesamtschule-rosenfeld", "messe", "Berufsinformationstag (BIT) 2027",
               "30 Betriebe stellen sich unseren Jahrgängen 9 und 10 und ihren Eltern vor.",
               dates=["2027-02-19"], venues=["gesamtschule-rosenfeld/forum"],
               **{**classes, "audiences": ["schueler", "eltern"]})
    fair = side("ihk-lindenau", "bewerbung", "Ausbildungsbörse Rosenfeld",
                "Unternehmen präsentieren ihre freien Ausbildungsplätze.",
                dates=["2027-03-13"], venues=["realschule-rosenfeld/aula"],
                **{**classes, "school_leavers": True, "audiences": ["schueler", "schulabgaenger"]})
    assert_same_help(day, fair, "Messe und Börse vor Ort")


def test_words_and_kinds_from_blind35():
    """From blind35's misses: "Schule gerade nicht packen" and "zurück in deine Klasse" are
    about school refusal (b35-038); a school's "MINT-AG für Mädchen" filed as study
    orientation is technology for girls (b35-005); the school social work's help for
    pupils who find "keinen Praktikumsplatz" is help to find one (b35-044); a "Knigge" for
    new apprentices is a kind of help of its own (b35-050). "Die Schulsozialarbeit sucht mit
    dir" says nothing about addiction."""
    helps = HelpRules.of(default_vocabularies())
    asked = []

    def given(provider: str, category: str, title: str, summary: str) -> frozenset[str]:
        asked.append(title)  # a fresh id each: HelpRules keeps what it found by offer id
        return helps.given(eval_offer(f"x-{len(asked)}", side(provider, category, title, summary,
                                                              **pupils([8, 9]))))

    assert "schulverweigerung" in given("werkhof-muehlental", "jugendsozialarbeit", "Comeback",
                                        "Du willst zurück in deine Klasse?")
    assert "technik-maedchen" in given("gymnasium-lindenau", "studienorientierung",
                                       "MINT-AG für Mädchen", "Wir programmieren.")
    found = given("jugendamt-rosenfeld", "schulsozialarbeit", "Praktikum? Wir helfen dir!",
                  "Du findest keinen Praktikumsplatz? Die Schulsozialarbeit sucht mit dir.")
    assert "praktikumssuche" in found and "sucht" not in found
    assert "betriebsfit" in given("jugendhilfe-auental", "jugendsozialarbeit",
                                  "Azubi-Knigge – cool bleiben im Betrieb", "Workshop.")



def test_a_foerderschule_is_for_the_group_with_a_disability():
    """The Förderschule's career planning conference for its leaving classes, with the
    Inklusionsnetz as co-provider, and the Inklusionsnetz's own entry of it, both for young
    people with a
    disability, in the school's conference room on Tuesday afternoons: one conference
    (b37-058). The school form's pupils are that group (school_forms, situations), so the
    two are no special group beside the general offer."""
    classes = pupils([9, 10], "05799024")
    room = ["foerderschule-weidenhof/konferenzraum"]
    school = side("foerderschule-weidenhof", "berufsberatung", "Berufswegekonferenz",
                  "Eltern, Klassenleitung, Reha-Beratung und Integrationsfachdienst planen mit "
                  "jeder Schülerin und jedem Schüler den Weg nach der Schule.",
                  schedule="im 2. Halbjahr dienstags ab 13:30 Uhr", venues=room,
                  school_forms=["foerderschule"], co_providers=["inklusionsnetz-lindenau"],
                  **classes)
    ifd = side("inklusionsnetz-lindenau", "reha", "Wir planen mit dir an einem Tisch",
               "Du, deine Eltern, die Lehrer, die Arbeitsagentur und wir vom IFD machen einen "
               "Plan für die Zeit nach der Förderschule.", schedule="dienstagnachmittags (2. Halbjahr)",
               venues=room, situations=["behinderung"], legal_basis=["SGB IX"], **classes)
    assert verdict(school, ifd)[0] == SAME_OFFER
    plain = default_vocabularies()
    forms = {**plain.school_forms,
             "foerderschule": plain.school_forms["foerderschule"].model_copy(
                 update={"situations": []})}
    rules = ComplementRules.of(plain.model_copy(update={"school_forms": forms}))
    a, b = eval_offer("x-a", school), eval_offer("x-b", ifd)
    reason = complement_reason(a, b, offer_fields(a, rules), offer_fields(b, rules), rules)
    assert reason.startswith("für verschiedene Gruppen")


def foerderschule_transition(title: str, summary: str, law: str) -> dict:
    """The Inklusionsnetz's transition help for the Förderschule's classes 9 and 10 in
    Weidenhof, for young people with a disability."""
    return side("inklusionsnetz-lindenau", "reha", title, summary, situations=["behinderung"],
                school_forms=["foerderschule"], legal_basis=[law], **pupils([9, 10], "05799024"))


def test_a_help_both_give_for_the_foerderschule_joins_its_pupils_and_the_named_school():
    """The Integrationsfachdienst's transition support for the Förderschule's last two years
    (school form and disability set) and a youth club's "Wegbegleiter" for pupils of that
    Förderschule, whose entry sets no school form but names it: both help young people with
    a disability into a firm, the same help twice (b37-022)."""
    classes = pupils([9, 10], "05799024")
    ifd = foerderschule_transition(
        "Übergangsbegleitung Schule – Beruf",
        "Der Integrationsfachdienst begleitet die Förderschule am Weidenhof in den letzten "
        "Schuljahren: Praktika, Arbeitsplatzsuche, Übergang in den Betrieb.", "§ 193 SGB IX")
    club = side("brueckenbau-weidenhof", "jugendsozialarbeit", "Wegbegleiter für die FöS",
                "Du gehst auf die Förderschule und kommst bald raus? Wir suchen mit dir einen "
                "Praktikumsplatz und bleiben dran, bis du einen Platz im Betrieb hast.",
                venues=["brueckenbau-weidenhof/treff"], legal_basis=["§ 13 SGB VIII"], **classes)
    assert verdict(ifd, club)[0] == DOUBLE_STRUCTURE


def test_recognition_of_foreign_certificates_is_a_help_of_its_own():
    """"Dein Zeugnis aus dem Ausland" and "Anerkennung ausländischer Schulabschlüsse" are the
    recognition of certificates (anerkennung), no time abroad: that one goes "ins Ausland"."""
    helps = HelpRules.of(default_vocabularies())
    for text in ("Dein Zeugnis aus dem Ausland – was ist es hier wert?",
                 "Erstberatung zur Anerkennung ausländischer Schulabschlüsse",
                 "Wir helfen dir, dein Zeugnis übersetzen und anerkennen zu lassen."):
        said = helps.said(all_words(text))
        assert "anerkennung" in said and "ausland" not in said, text
    assert "ausland" in helps.said(all_words("Nach dem Abi ein Jahr ins Ausland?"))


def test_recognition_counselling_for_young_refugees_and_for_all_newcomers_is_one_help():
    """The JMD's counselling on a certificate from abroad, for young refugees, beside the
    district's first counselling on the recognition of foreign certificates for all young
    newcomers: recognition includes the refugees (also_for), so no special group parts
    them."""
    target = {"classes": [9, 10, 11], "school_leavers": True, "min_age": 14, "max_age": 27,
              "audiences": ["schueler", "schulabgaenger"], "municipalities": EVERYWHERE}
    jmd = side("jmd-lindenau", "migration", "Dein Zeugnis aus dem Ausland",
               "Wir helfen dir, dein Zeugnis übersetzen und anerkennen zu lassen.",
               situations=["fluchterfahrung"], **target)
    district = side("kommunale-koordinierung", "berufsberatung",
                    "Anerkennung ausländischer Schulabschlüsse",
                    "Unterstützung bei der Gleichwertigkeitsfeststellung ausländischer "
                    "Schulzeugnisse.", **target)
    rules = ComplementRules.of(default_vocabularies(), HelpRules.of(default_vocabularies()))
    a, b = eval_offer("x-a", jmd), eval_offer("x-b", district)
    assert complement_reason(a, b, offer_fields(a, rules), offer_fields(b, rules), rules) is None


def test_care_of_laundry_is_no_care_job():
    """"Wäschepflege" in a housekeeping course names no care job (job_fields, not_words):
    the housekeeping day beside the care day of one provider's practice week is another
    field."""
    rules = ComplementRules.of(default_vocabularies())
    course = eval_offer("x-a", side("berufsbildungszentrum-bergheide", "praktikum",
                                    "Praxiskurs Hauswirtschaft",
                                    "Kochen für 30 Personen, Hygieneregeln und Wäschepflege."))
    assert offer_fields(course, rules).named == {"gastro"}


def test_a_title_naming_one_of_the_helps_the_other_entry_gives_too_is_one_counselling():
    """The Jugendamt's old "Sprechstunde der Jugendberufshilfe" and its new "Übergangsberatung"
    in one room on Tuesdays 14–17: the old title names counselling on the choice of a job,
    and the new entry gives only help the old one gives as well (after a dropout, in the
    transition). One hour, entered twice (b38-035)."""
    common = {"classes": [10], "school_leavers": True, "min_age": 15, "max_age": 21,
              "audiences": ["schueler", "schulabgaenger"], "municipalities": ROSENFELD,
              "venues": ["jugendamt-rosenfeld/rathaus-anbau"], "legal_basis": ["§ 13 SGB VIII"]}
    old = side("jugendamt-rosenfeld", "berufsberatung", "Sprechstunde der Jugendberufshilfe",
               "Beratung beim Übergang von der Schule in den Beruf, auch nach einem "
               "Ausbildungsabbruch.", schedule="dienstags 14:00–17:00 Uhr", **common)
    new = side("jugendamt-rosenfeld", "jugendsozialarbeit", "Übergangsberatung U21",
               "Nach der Schule nicht weiter? Ausbildung hingeschmissen? Komm dienstags vorbei.",
               schedule="Di 14–17 Uhr", **common)
    assert verdict(old, new)[0] == SAME_OFFER


def test_a_schools_hour_for_its_classes_of_newcomers_is_for_young_refugees():
    """The JMD's consulting hour for newly arrived pupils (refugees) in the Gesamtschule's
    room E12 every second Monday, and the school's entry "Beratung für die IVK-Klassen im
    E12" at that time: the help for young refugees names its group (situations), so the
    school's entry is for them too, and the two are one hour (b38-046)."""
    room = ["gesamtschule-lindenau/raum-e12"]
    jmd = side("jmd-lindenau", "migration", "JMD-Schulsprechstunde",
               "Beratung für Schülerinnen und Schüler der Vorbereitungsklassen zu Schule und "
               "Sprachförderung.", schedule="jeden 2. und 4. Montag, 13:30–15:00 Uhr",
               venues=room, situations=["fluchterfahrung"], **pupils([7, 8, 9, 10]))
    school = side("gesamtschule-lindenau", "schulsozialarbeit", "Beratung für die IVK-Klassen",
                  "Alle zwei Wochen montags kommt Herr Haddad in den Raum E12.",
                  schedule="14-tägig montags", venues=room, **pupils([7, 8, 9, 10]))
    assert "gefluechtete-ausbildung" in HelpRules.of(default_vocabularies()).titled(
        eval_offer("x-b", school))
    assert verdict(jmd, school)[0] == SAME_OFFER


def test_social_learning_in_the_class_is_one_help_of_school_and_youth_work():
    """The Realschule's social learning with its classes 5 and 6 (class council, conflicts,
    mobbing) and the Caritas' team days for the fifth classes in the school's gym: social
    learning twice for the same classes (b38-033)."""
    school = side("realschule-lindenau", "schulsozialarbeit", "Soziales Lernen in Klasse 5 und 6",
                  "Klassenrat, Regeln für das Miteinander, Umgang mit Streit und Mobbing.",
                  venues=["realschule-lindenau/klassenraeume"], **pupils([5, 6], "05799004"))
    days = side("caritas-lindenau", "jugendsozialarbeit", "Gemeinsam stark – Teamtage für 5er",
                "Neue Klasse, neue Leute: Spiele und Aufgaben, die ihr nur zusammen schafft.",
                venues=["realschule-lindenau/turnhalle"], legal_basis=["§ 13 SGB VIII"],
                **pupils([5], "05799004"))
    helps = HelpRules.of(default_vocabularies())
    for number, offer in enumerate((school, days)):
        assert "soziales-lernen" in helps.given(eval_offer(f"x-{number}", offer))
    assert verdict(school, days)[0] == DOUBLE_STRUCTURE


def test_opening_hours_beside_counselling_by_appointment_meet_at_no_hour():
    """The Agentur's BiZ, open for research on weekdays at its hours, and its personal
    counselling in the BiZ "Mo–Fr nach Terminvereinbarung": two offers of one house, not one
    hour entered twice (b42-040). At lessons instead of clock times they may be one."""
    biz = side("agentur-lindenau", "berufsberatung", "BiZ – offene Recherche",
               "Recherche zu Ausbildungsberufen und Studiengängen am PC und in Infomappen.",
               schedule="Mo–Mi 8–16 Uhr, Do 8–18 Uhr, Fr 8–12:30 Uhr",
               venues=["agentur-lindenau/biz"], **pupils([9, 10]))
    counselling = {**biz, "title": "Persönliche Berufsberatung im BiZ",
                   "summary": "Im Gespräch klärt Ihre Berufsberaterin Interessen und nächste "
                              "Schritte Richtung Ausbildung oder Studium.",
                   "schedule": "Mo–Fr nach Terminvereinbarung"}
    assert verdict(biz, counselling) is None


def test_one_schools_two_entries_of_the_same_days_without_a_venue_are_one_event():
    """The Realschule's StuBO enters the three-day "Berufsorientierungscamp" for the ninth
    year group, and its Förderverein thanks donors for the "BO-Camp" on the very same days:
    one year group is at one camp (b42-010). On other days they are two."""
    days = ["2027-06-07", "2027-06-08", "2027-06-09"]
    camp = side("realschule-lindenau", "praktikum", "Berufsorientierungscamp Jahrgang 9",
                "Drei Tage außerhalb der Schule: Betriebserkundungen und ein Bewerbungstraining.",
                dates=days, **pupils([9], "05799004"))
    thanks = side("realschule-lindenau", "berufsfelderkundung", "BO-Camp 2027 – danke!",
                  "Der ganze 9er-Jahrgang fährt ins BO-Camp, besucht Betriebe und übt "
                  "Bewerbungsgespräche.", dates=days, **pupils([9], "05799004"))
    assert verdict(camp, thanks)[0] == SAME_OFFER
    later = ["2027-09-13", "2027-09-14", "2027-09-15"]
    assert verdict(camp, {**thanks, "dates": later}) is None


def test_a_schools_notice_of_another_schools_open_day_there_is_that_day():
    """The Berufskolleg's open day in its main building, and the Realschule's notice for its
    tenth classes to meet there that Saturday: other school forms, but one event at the
    Berufskolleg's venue on the same day (b42-011)."""
    building = ["berufskolleg-lindenau/hauptgebaeude"]
    open_day = side("berufskolleg-lindenau", "schulabschluss", "Infotag Bildungsgänge",
                    "Vorstellung der Vollzeitbildungsgänge und Beratung zur Anmeldung.",
                    dates=["2027-01-23"], venues=building, school_forms=["berufskolleg"],
                    **pupils([10], "05799004"))
    notice = side("realschule-lindenau", "messe", "10er: Schnuppern am BK am 23.1.",
                  "Am Samstag ist Tag der offenen Tür am BK – wir treffen uns um 9:15 Uhr.",
                  dates=["2027-01-23"], venues=building, school_forms=["realschule"],
                  **pupils([10], "05799004"))
    assert verdict(open_day, notice)[0] == SAME_OFFER
    assert verdict(open_day, {**notice, "dates": ["2027-01-30"]}) is None


def test_a_parents_only_counselling_on_disability_counsels_parents():
    """The Förderschule's consulting hour for parents on the ways after school and the
    Inklusionsnetz's "Eltern-Lotsen" for parents of children with a disability, filed under
    rehabilitation: counselling for the same parents twice (help_kinds eltern, b40-048)."""
    target = {**pupils([8, 9, 10], "05799024"), "audiences": ["eltern"],
              "situations": ["behinderung"]}
    school = side("foerderschule-weidenhof", "schulsozialarbeit", "Elternsprechstunde",
                  "Die Beratungslehrkraft informiert Eltern über Wege nach der Förderschule.",
                  schedule="donnerstags 14–16 Uhr", venues=["foerderschule-weidenhof/elternzimmer"],
                  school_forms=["foerderschule"], **target)
    pilots = side("inklusionsnetz-lindenau", "reha", "Eltern-Lotsen Inklusion",
                  "Ihr Kind hat eine Behinderung und die Schulzeit geht zu Ende? Erfahrene "
                  "Eltern zeigen Ihnen die Wege.", schedule="jeden 2. Dienstag im Monat 17–19 Uhr",
                  venues=["brueckenbau-weidenhof/treff"], legal_basis=["SGB IX"], **target)
    assert "eltern" in HelpRules.of(default_vocabularies()).given(eval_offer("x-b", pilots))
    assert verdict(school, pilots)[0] == DOUBLE_STRUCTURE


def test_a_foerderschules_own_offers_are_for_its_pupils_with_a_disability():
    """The Förderschule's own "BO-Büro" for its classes 9 and 10, with no school form set,
    beside the Inklusionsnetz's transition service for the Förderschule's pupils with a
    disability: a school named "Förderschule" teaches that group (school_forms situations,
    ComplementRules.provider_groups), so the two help the same young people (b43-047)."""
    classes = pupils([9, 10], "05799024")
    service = foerderschule_transition(
        "Übergang Schule–Beruf: Fachdienst",
        "Begleitung von Jugendlichen mit Förderbedarf in den letzten zwei Schuljahren: "
        "Kompetenzfeststellung, Erprobungen, Übergang in den Betrieb.", "§ 49 SGB IX")
    office = side("foerderschule-weidenhof", "berufsberatung", "Unser BO-Büro",
                  "Wie geht's nach der Schule weiter? Wir planen mit dir Praktikum und Betrieb.",
                  schedule="Mo–Do in den großen Pausen", venues=["foerderschule-weidenhof/bo-buero"],
                  **classes)
    assert verdict(service, office)[0] == DOUBLE_STRUCTURE
    rules = ComplementRules.of(default_vocabularies(), HelpRules.of(default_vocabularies()),
                               {"foerderschule-weidenhof": "Förderschule am Weidenhof",
                                "realschule-rosenfeld": "Realschule Rosenfeld"})
    assert rules.provider_groups == {"foerderschule-weidenhof": frozenset({"behinderung"})}
    assert rules.groups(eval_offer("x-b", office)).special == {"behinderung"}


def test_a_special_school_form_without_situations_still_parts_the_general_offer():
    """A district that names a special school form without its situations (or replaces the
    Förderschule's entry by a label alone) keeps the special group beside the general offer:
    an empty set of groups is included in any help (complements._special_form)."""
    plain = default_vocabularies()
    forms = {**plain.school_forms,
             "foerderschule": plain.school_forms["foerderschule"].model_copy(
                 update={"situations": []})}
    vocabularies = plain.model_copy(update={"school_forms": forms})
    rules = ComplementRules.of(vocabularies, HelpRules.of(vocabularies))
    days = side("inklusionsnetz-lindenau", "praktikum", "Praxistage",
                "Praxistage im Betrieb mit Begleitung.", school_forms=["foerderschule"],
                **pupils([9], "05799024"))
    general = side("werkhof-muehlental", "praktikum", "Praxistage",
                   "Praxistage im Betrieb für alle.", **pupils([9], "05799024"))
    a, b = eval_offer("x-a", days), eval_offer("x-b", general)
    reason = complement_reason(a, b, offer_fields(a, rules), offer_fields(b, rules), rules)
    assert reason == "für verschiedene Gruppen: Förderschule und allgemein"


def test_a_chambers_exam_course_beside_a_colleges_crash_course_is_one_help():
    """The IHK's exam course for retail apprentices and the Berufskolleg's crash course for
    its retail classes, both help in training in Lindenau, in their own words (b54-058): a
    school's offer beside an outside one, whose texts agree in little, is a double structure
    where both give one kind of help (Nachhilfe). Without such a help it is none."""
    leavers = {"school_leavers": True, "audiences": ["schulabgaenger"], "min_age": 17,
               "max_age": 27}
    chamber = side("ihk-lindenau", "ausbildungsbegleitung",
                   "Prüfungsvorbereitungslehrgang Kaufleute im Einzelhandel",
                   "Dreitägiger Samstagslehrgang zur Vorbereitung auf die schriftliche "
                   "Abschlussprüfung: Geschäftsprozesse, Wirtschafts- und Sozialkunde.",
                   dates=["2027-03-06", "2027-03-13", "2027-03-20"],
                   venues=["ihk-lindenau/seminarzentrum"], legal_basis=["BBiG"], **leavers)
    college = side("berufskolleg-lindenau", "ausbildungsbegleitung",
                   "Prüfungs-Crashkurs Einzelhandel",
                   "Für alle Azubis im Einzelhandel vor der Abschlussprüfung: Kassenabrechnung, "
                   "Fallaufgaben und eine Probeprüfung.", school_forms=["berufskolleg"],
                   schedule="ab Februar jeden Mittwoch 14:00–15:30 Uhr",
                   venues=["berufskolleg-lindenau/hauptgebaeude"], **leavers)
    assert verdict(chamber, college)[0] == DOUBLE_STRUCTURE
    other = {**college, "title": "Sprechstunde der Bildungsgangleitung",
             "summary": "Fragen zum Stundenplan und zur Anrechnung beantworten wir hier."}
    assert verdict(chamber, other) is None


def assert_reads(helps: HelpRules, cases: list[tuple], classes: list[int]) -> None:
    """Each case (provider, category, title, summary, key of a help), an offer for `classes`,
    gives that help."""
    for number, (provider, category, title, summary, key) in enumerate(cases):
        offer = eval_offer(f"x-{number}", side(provider, category, title, summary,
                                               **pupils(classes)))
        assert key in helps.given(offer), (title, key)


def test_words_from_blind51_to_blind54():
    """"Deutsch im Job" is German for work (b51-042); a school's "Praktikumscoaching" helps
    to find a place (b54-054)."""
    assert_reads(HelpRules.of(default_vocabularies()), [
        ("vhs-rosenfeld", "migration", "Deutsch im Job – für junge Leute",
         "Wörter aus Werkstatt, Küche und Büro.", "sprache"),
        ("foerderschule-weidenhof", "praktikum", "Praktikumscoaching der Abschlussstufe",
         "Wir begleiten euch im Praktikum.", "praktikumssuche"),
    ], [9, 10])


def test_two_exam_courses_for_all_apprentices_of_the_district_are_one_help():
    """The IHK's Saturday exam course and the Berufskolleg's exam club, each for all
    office apprentices of the district, each at its own house (b55-012): one kind of help
    named in both texts twice in the district. Not so for a special group's help that both
    give only by being for that group (welcome pilots and counselling for newcomers)."""
    district = {"municipalities": list(DISTRICT), "min_age": 17, "max_age": 27}
    chamber = side("ihk-lindenau", "ausbildungsbegleitung",
                   "Prüfungsvorbereitungslehrgang Kaufleute für Büromanagement",
                   "Samstagslehrgang zur Vorbereitung auf den schriftlichen Teil der "
                   "Abschlussprüfung mit Prüfungssimulation.", legal_basis=["BBiG"],
                   dates=["2027-03-06", "2027-03-13"], venues=["ihk-lindenau/bildungszentrum"],
                   **district)
    college = side("berufskolleg-lindenau", "ausbildungsbegleitung", "Prüfungs-AG Büromanagement",
                   "Freiwilliger Förderkurs für Auszubildende der Fachklassen Büromanagement vor "
                   "der Abschlussprüfung: alte Prüfungsaufgaben rechnen.",
                   school_forms=["berufskolleg"], schedule="dienstags 15:30–17:00 Uhr",
                   venues=["berufskolleg-lindenau/hauptgebaeude"], **district)
    assert verdict(chamber, college)[0] == DOUBLE_STRUCTURE
    refugees = {"situations": ["fluchterfahrung"], **district}
    pilots = side("ihk-lindenau", "migration", "Willkommenslotsen",
                  "Die Willkommenslotsen bringen junge Geflüchtete und Betriebe zusammen.",
                  venues=["ihk-lindenau/bildungszentrum"], **refugees)
    counselling = side("agentur-lindenau", "migration", "Berufsberatung für junge Zugewanderte",
                       "Du bist neu in Deutschland? Wir planen mit dir die nächsten Schritte.",
                       venues=["agentur-lindenau/biz"], legal_basis=["§ 29 SGB III"], **refugees)
    assert verdict(pilots, counselling) is None


def test_words_from_blind55_to_blind58():
    """First-generation students in other words (b55-046, b56-011), a school's info fair
    and a Träger's apprenticeship market (b56-059), "Versetzung wackelt" (b56-041), an
    internship navigator (b58-030), "wie's für dich weitergeht" (b58-046), trying out jobs
    in a youth service's holiday days (b51-029, b57-059), a money consultation's
    "Mahnung" (b56-035), a school's "BO-Büro" (b55-056)."""
    helps = HelpRules.of(default_vocabularies())
    cases = [
        ("caritas-lindenau", "coaching", "Mentoring: Erste im Studium",
         "Bei dir zu Hause hat keiner studiert?", "erste-generation"),
        ("jugendhilfe-auental", "jugendsozialarbeit", "Lernhafen",
         "Deine Versetzung wackelt? Wir lernen mit dir.", "nachhilfe"),
        ("ihk-lindenau", "bewerbung", "IHK-Praktikumsnavigator",
         "Finde dein Schülerpraktikum im Kreis.", "praktikumssuche"),
        ("startklar-lindenau", "coaching", "Startklar-Bus",
         "Steig ein, wir reden, und dann schauen wir, wie's für dich weitergeht.", "uebergang"),
        ("jugendhilfe-auental", "jugendsozialarbeit", "Zukunftstage in den Ferien",
         "Drei Tage ausprobieren, was dir liegt.", "ausprobieren"),
        ("caritas-lindenau", "jugendsozialarbeit", "Moneten-Sprechstunde",
         "Mahnung im Briefkasten, Konto im Minus?", "schulden"),
        ("gesamtschule-lindenau", "berufsberatung", "BO-Büro E17",
         "Komm in der großen Pause vorbei.", "berufswahl"),
    ]
    assert_reads(helps, cases, [9, 10])
    market = side("zukunftswerk-rosenfeld", "bewerbung", "Lehrstellen-Markt Rosenfeld",
                  "Ausbildungsbetriebe aus der Region zeigen, wen sie suchen.",
                  dates=["2027-03-20"], venues=["zukunftswerk-rosenfeld/werkstatt"],
                  **pupils([9, 10]))
    assert "messe-vor-ort" in helps.given(eval_offer("x-m", market))


def test_words_and_kinds_from_blind59_to_blind62():
    """A "MINT-Werkstatt für Mädchen" is technology for girls (b61-022); a youth service's
    "Ausbildungsmesse" is a fair (b61-029) and a workshop's course only for young refugees
    their help (b60-005), in those categories too; "Hände dreckig" is trying out jobs, and
    "du lernst Deutsch" German for work."""
    helps = HelpRules.of(default_vocabularies())
    girls = side("zukunftswerk-rosenfeld", "berufsfelderkundung", "MINT-Werkstatt für Mädchen",
                 "Elektro, Metall, IT.", **pupils([7, 8, 9]))
    assert "technik-maedchen" in helps.given(eval_offer("x-a", girls))
    fair = side("jugendhilfe-eschenbrueck", "jugendsozialarbeit", "JOBmeile Eschenbrück",
                "Ausbildungsmesse im und vor dem Jugendhaus: 25 Betriebe.", dates=["2027-05-08"],
                venues=["jugendhilfe-eschenbrueck/jugendhaus"], **pupils([8, 9, 10]))
    assert "messe-vor-ort" in helps.given(eval_offer("x-b", fair))
    workshop = side("lernwerkstatt-bergheide", "werkstatt", "Werkstatt-Deutsch",
                    "Neu in Bergheide? Bei uns lernst du Deutsch mit den Händen.",
                    situations=["fluchterfahrung"], **pupils([10]))
    assert "gefluechtete-ausbildung" in helps.given(eval_offer("x-c", workshop))
    course = side("jmd-lindenau", "migration", "Sprachtreff",
                  "Du lernst Deutsch und willst eine Ausbildung machen?", **pupils([10]))
    assert "sprache" in helps.given(eval_offer("x-e", course))
    dirty = side("werkhof-muehlental", "werkstatt", "Drei Tage im Werkhof",
                 "Drei Tage Hände dreckig machen: Holz, Küche, Fahrräder.", **pupils([8]))
    assert "ausprobieren" in helps.given(eval_offer("x-d", dirty))


def test_words_from_blind63_to_blind66():
    """Read from blind63-66's misses: a school's "Lernbüro" where "der Abschluss wackelt"
    (b65-040), "keine Hochschulerfahrung" (b65-053), "zwischen Lehrling und Betrieb" and
    "Schlichtung" in the chamber's training counselling (b64-020, b66-015), a "MINT-AG für
    Schülerinnen" (b66-045), "die Anerkennung zu beantragen" (b64-009), "probieren aus"
    (b63-053)."""
    helps = HelpRules.of(default_vocabularies())
    cases = [
        ("realschule-lindenau", "schulabschluss", "Lernbüro am Nachmittag",
         "Der Abschluss wackelt? Komm vorbei.", "nachhilfe"),
        ("agentur-lindenau", "studienorientierung", "Studieren – Orientierungsseminar",
         "Für Schülerinnen und Schüler, deren Eltern keine Hochschulerfahrung haben.",
         "erste-generation"),
        ("hwk-lindenau", "ausbildungsbegleitung", "Ausbildungsberatung und Schlichtung",
         "Die Kammer vermittelt zwischen Lehrling und Betrieb.", "in-der-ausbildung"),
        ("gesamtschule-lindenau", "studienorientierung", "MINT-AG für Schülerinnen",
         "Wir löten und programmieren.", "technik-maedchen"),
        ("jmd-lindenau", "migration", "Zeugnis aus dem Heimatland – was ist es hier wert?",
         "Wir helfen dir, die Anerkennung zu beantragen.", "anerkennung"),
        ("werkhof-muehlental", "werkstatt", "Drei Tage im Werkhof",
         "Die 8er kommen in unsere Werkstätten und probieren aus, was ihnen liegt.",
         "ausprobieren"),
    ]
    assert_reads(helps, cases, [8, 9, 10])


def test_a_range_of_language_levels_leads_to_the_second():
    """"Deutsch für den Job (B1–B2)" leads to B2, as the Berufssprachkurs B2 beside it
    (b63-043): the same level, no complement by level. "(A2–B1)" beside B2 is another."""
    rules = ComplementRules.of(default_vocabularies())
    def level(title: str) -> str | None:
        return rules.title_level(eval_offer(f"x-{len(title)}-{title[-3:-1].lower()}", side(
            "caritas-lindenau", "migration", title, "Deutsch üben.", **pupils([10]))))
    assert level("Deutsch für den Job (B1–B2)") == "b2"
    assert level("Deutsch für den Job (A2-B1)") == "b1"
    assert level("Berufssprachkurs B2 für junge Erwachsene") == "b2"
