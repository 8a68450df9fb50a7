"""How help_kinds reads a text (HelpRules.said): each distinct word once, through what it
says alone and the phrases it starts. The reading is checked against the definition (the
help's words at the start or end of a word, its phrases word by word, as regular
expressions over the folded words joined by spaces) on every offer of the demo district
and on the vocabulary's own words."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.analyse.help_kinds import MIN_PART, HelpRules, _words
from generator.analyse.text_normal import all_words, stem
from generator.load.vocabularies import default_vocabularies
from generator.validate.check import check_data_root
from tests.test_duplicate_accuracy import eval_offer

REPO = Path(__file__).parent.parent
TODAY = dt.date(2026, 11, 24)


def says_by_pattern(rules: HelpRules, words: list[str]) -> set[str]:
    """The helps whose words the text holds, read as the definition says it."""
    text, stems = f" {' '.join(words)} ", {stem(w) for w in words}
    found = set()
    for key, help_ in rules.helps.items():
        parts = "|".join(sorted(help_.parts))
        phrases = "|".join(" ".join(p) for p in sorted(help_.phrases))
        pattern = "|".join(([f" (?:{parts})|(?:{parts}) "] if parts else [])
                           + ([f" (?:{phrases}) "] if phrases else []))
        if not help_.stems.isdisjoint(stems) or (pattern and re.search(pattern, text)):
            found.add(key)
    return found


@pytest.fixture(scope="module")
def demo():
    result = check_data_root(REPO, TODAY)
    assert result.ok
    return result.dataset


def test_every_demo_text_says_what_the_patterns_find(demo):
    rules = HelpRules.of(demo.vocabularies)
    texts = [words for offer in demo.offers.values() for words in _words(offer)]
    said = 0
    for words in texts:
        found = rules.said(words)
        assert found == says_by_pattern(rules, words), words
        said += bool(found)
    assert said > 50


def test_parts_and_phrases_count_where_the_definition_counts_them(demo):
    rules = HelpRules.of(demo.vocabularies)
    for key, help_ in rules.helps.items():
        for part in help_.parts:
            for words in (["x", f"azubi{part}"], [f"{part}treff"], [part[:MIN_PART - 1]]):
                assert rules.said(words) == says_by_pattern(rules, words), (key, words)
        for phrase in help_.phrases:
            for words in (list(phrase), ["vor", *phrase, "nach"], list(phrase[:-1]),
                          [*phrase[:-1], "x", phrase[-1]]):
                assert rules.said(words) == says_by_pattern(rules, words), (key, words)
                if words[1:len(phrase) + 1] == list(phrase) or words == list(phrase):
                    assert key in rules.said(words)


def test_each_word_is_read_once(demo):
    """Texts share most of their words: a word's reading is kept, not made anew."""
    rules = HelpRules.of(demo.vocabularies)
    offers = list(demo.offers.values())
    for offer in offers:
        rules.given(offer)
    words = {w for o in offers for w in _words(o)[1]}
    kept = dict(rules._by_word)
    assert set(kept) == words
    for offer in offers:
        rules._given.pop(offer.id)
        rules.given(offer)
    assert all(rules._by_word[w] is kept[w] for w in words)


@pytest.mark.parametrize("text, key", [
    ("Du hast noch keinen Platz? Komm ins Praktikumsbüro in der großen Pause.", "praktikumssuche"),
    ("Kündigung in der Probezeit – und jetzt?", "nach-abbruch"),
    ("Beratung per Zoom oder Microsoft Teams", "auf-distanz"),
    ("Was steckt in dir? Ein Kompetenzprofil für die Klasse 8", "staerken"),
    ("Lerncoaching für Azubis vor der Prüfung", "nachhilfe"),
    ("Berufsdeutsch für junge Zugewanderte", "sprache"),
    ("Wenn das Geld nicht reicht: Umgang mit Geld lernen", "schulden"),
    ("Fit für den Einstellungstest", "bewerbung"),
    ("Busfahrtraining: allein zum Betrieb", "mobilitaet"),
    ("Schulvermeidung: Hilfe für Familien", "schulverweigerung"),
    ("Excel und PowerPoint für Einsteiger", "computer"),
    ("Werksbesichtigung bei der Firma Kampmann", "betriebe-kennenlernen"),
    ("Papierkram? Post vom Jobcenter verstehen", "antraege"),
    ("Die eigene Bude: Mietvertrag und Kaution", "wohnen"),
    ("Streetwork im Stadtpark", "aufsuchend"),
    ("Neu als StuBO? Einführung für Lehrkräfte", "stubo-fortbildung"),
    ("Über das Praktikum in die Lehre – EQ für U25", "einstiegsqualifizierung"),
    ("U25-Aktivierung „Neustart“", "tagesstruktur"),
    ("Wir probieren Berufe aus und besuchen Betriebe in der Stadt", "betriebe-kennenlernen"),
    ("Die Integrationsfachkraft sucht mit Ihnen nach Ausbildungsplätzen", "vermittlung"),
    ("Perspektive U25: ganzheitliche Förderung für junge Leistungsberechtigte", "tagesstruktur"),
    ("Im Aktivcenter kommst du in einen festen Rhythmus", "tagesstruktur"),
    ("Zukunfts-AG: Was willst du mal werden?", "berufswahl"),
    ("Studienpat*innen: Als Erste*r in der Familie an die Uni", "erste-generation"),
    ("Workshop: Auswahlverfahren für duales Studium und Ausbildung", "bewerbung"),
    ("Die Ausbildungslotsin begleitet dich bis zum Ausbildungsbeginn", "uebergang"),
    ("Wir gehen mit dir los, so lange, bis du was hast", "uebergang"),
    ("AzubiAtlas: die interaktive Karte mit allen freien Lehrstellen", "boerse"),
    ("Wöchentliche Praxistage in der Lehrwerkstatt", "ausprobieren"),
    ("Du lernst Werkzeug kennen und merkst, was dir liegt", "ausprobieren"),
    ("Dranbleiben! Hilfe, bevor du die Lehre schmeißt", "in-der-ausbildung"),
    ("Der Meister nervt und du denkst ans Aufhören?", "in-der-ausbildung"),
    ("Teamtage für die fünften Klassen", "soziales-lernen"),
    ("Berufsorientierung in der Internationalen Förderklasse", "gefluechtete-ausbildung"),
    ("Betriebe und Ehemalige stellen an Ständen ihre Berufe vor", "messe-vor-ort"),
    ("Handwerk zum Anfassen – Mitmachtag für die Klassen 8 und 9", "messe-vor-ort"),
    ("Bergheider Ausbildungsmarkt 2027", "messe-vor-ort"),
    ("Betriebliche Erprobung U25: bis zu sechs Wochen im Betrieb", "praktikumssuche"),
    ("Testknacker-AG: Zahlenreihen und Dreisatz mit Stoppuhr", "bewerbung"),
    ("Spurwechsel – wieder Lust auf Schule", "schulverweigerung"),
    ("Beratung bei Konflikten im Ausbildungsverhältnis", "in-der-ausbildung"),
    ("Girls in Technik – Werkstatt-Club", "technik-maedchen"),
    ("Mädchen-Technik-AG der Jahrgänge 7 bis 9", "technik-maedchen"),
    ("Praktikumsjäger: Noch kein Praktikum und der Termin rückt näher?", "praktikumssuche"),
    ("Du findest einfach kein Praktikum? Unsere Scouts helfen.", "praktikumssuche"),
    ("Unser BO-Büro: Wie geht's nach der Schule weiter?", "uebergang"),
    ("Berufsfelderkundung in Betrieben (SBO 5)", "ausprobieren"),
    ("Betriebe zeigen den achten Klassen an Mitmachständen ihre Berufe", "ausprobieren"),
    ("Lehrstellen-Scouts: Wir kennen die Betriebe, die noch suchen", "vermittlung"),
    ("Girls can code & build", "technik-maedchen"),
    ("Praktikum-Scouts", "praktikumssuche"),
    ("Praktikums-Jagd im Jugendtreff", "praktikumssuche"),
    ("Wenn du oft fehlst, reden wir mit dir", "schulverweigerung"),
    ("Comeback – wieder gern zur Schule", "schulverweigerung"),
    ("Intensives Vermittlungscoaching mit wöchentlichen Stellenvorschlägen", "vermittlung"),
    ("Betriebe-Markt in der Turnhalle", "messe-vor-ort"),
    ("Monate nur zuhause, Tag und Nacht verdreht?", "tagesstruktur"),
    ("Handwerk hautnah – Probiertage Mühlental", "ausprobieren"),
    ("Vertiefte Berufsorientierung: Erprobung in drei Berufsfeldern", "ausprobieren"),
    ("Schule ist für dich gerade der Horror und du gehst kaum noch hin?", "schulverweigerung"),
    ("Für alle, die mit Schule gerade nichts anfangen können", "schulverweigerung"),
    ("Schülerinnen und Schüler, deren Abschluss gefährdet ist", "nachhilfe"),
    ("Bei uns lernst du in kleinen Gruppen, bis es sitzt", "nachhilfe"),
    ("Betrieb statt Bank – Praxislerntag", "ausprobieren"),
    ("Anwesenheitscoaching – Komm zurück!", "schulverweigerung"),
    ("Du schaffst es oft nicht in die Schule?", "schulverweigerung"),
    ("Zoff mit dem Chef?", "in-der-ausbildung"),
    ("Lernort Werkhof – Projekt für schulverweigernde Jugendliche", "schulverweigerung"),
    ("Schülerinnen und Schüler mit verfestigter Schulabsenz", "schulverweigerung"),
    ("BO-Woche EF 2027", "berufswahl"),
    ("Praktikumslotsin – wir finden deinen Platz", "praktikumssuche"),
    ("Du brauchst ein Praktikum und hast keine Ahnung, wo?", "praktikumssuche"),
    ("Perspektive Teilzeit – Aktivierung junger Erziehender", "teilzeit"),
    ("Welches Fach? Welche Uni? Wir beraten euch zu Studium und Ausbildung.", "studienwahl"),
    ("Morgens nicht hochkommen, keine Schule, kein Job?", "tagesstruktur"),
    ("Du baust Gartenbänke auf Kundenauftrag", "tagesstruktur"),
    ("Produkte für reale Kundinnen und Kunden", "tagesstruktur"),
    ("Schule vorbei und noch nichts in Sicht?", "uebergang"),
    ("Fit für die AP 2: wir schreiben zwei Probeklausuren", "nachhilfe"),
    ("Gesellenstück-Samstage", "nachhilfe"),
    ("Berufsorientierungstag Jahrgang 8", "ausprobieren"),
    ("Am BO-Tag besuchst du vier Workshops", "ausprobieren"),
    ("Praxisklasse 9P", "schulverweigerung"),
    ("Dreimal die Woche ist Jonas an deiner Schule", "schulsozialarbeit"),
    ("Mach mal! Berufe-Schnuppertage im Zukunftswerk", "ausprobieren"),
    ("Sprachfördergruppe für neu zugewanderte Schülerinnen und Schüler", "sprache"),
    ("Montags könnt ihr nach Schulschluss für die ZP lernen", "nachhilfe"),
    ("ZP-Lernzeit in der Mensa", "nachhilfe"),
    ("IHK-Aktionstage „Ausbildung erleben“", "betriebe-kennenlernen"),
    ("Kein Bus zu deiner Lehrstelle? Wir leihen dir einen Roller.", "mobilitaet"),
    ("Im Lernclub büffeln wir mit dir für die Prüfung als Externe", "schulabschluss"),
    ("Comeback – wieder regelmäßig zur Schule", "schulverweigerung"),
    ("Du hast den Anschluss verloren und kommst kaum noch?", "schulverweigerung"),
    ("Praktikum Plus – ein Jahr im Betrieb", "einstiegsqualifizierung"),
    ("Viele Betriebe übernehmen dich danach in die Ausbildung", "einstiegsqualifizierung"),
    ("Lehrstellenlotse Auental", "vermittlung"),
    ("Abbruchprävention am Berufskolleg", "in-der-ausbildung"),
    ("Beratung bei drohender Vertragslösung", "in-der-ausbildung"),
])
def test_everyday_and_official_wordings_name_their_help(text, key):
    """The words of each kind of help include how partners write it beyond its name: a
    school's notice, an official programme, a youth worker's question."""
    assert key in HelpRules.of(default_vocabularies()).said(all_words(text))


def test_a_date_of_an_entry_is_no_stand_of_a_fair():
    """"Stand 01/2027" says when an entry was written: no fair ("an Ständen" is one)."""
    said = HelpRules.of(default_vocabularies()).said(all_words("JMD-Sprechstunde (Stand 01/2027)"))
    assert "messe-vor-ort" not in said


def test_a_schools_stubo_named_in_a_pupils_offer_is_no_training_for_teachers():
    """"Praktikumsbüro der StuBO" helps pupils find a placement; teachers' training is named
    as such ("Neu als StuBO", "StuBO-Fortbildung")."""
    helps = HelpRules.of(default_vocabularies())
    assert "stubo-fortbildung" not in helps.said(all_words("Praktikumsbüro der StuBO"))
    assert "stubo-fortbildung" in helps.said(all_words("Neu als StuBO? Die StuBO-Fortbildung"))


def test_a_school_social_workers_hour_on_the_right_job_counsels_on_the_choice_of_a_job():
    """In school social work, "welcher Beruf passt" is counselling on the choice of a job
    (berufswahl), as in a youth club."""
    offer = {"provider": "hauptschule-bergheide", "category": "schulsozialarbeit",
             "title": "BO-Büro", "summary": "Du weißt nicht, welcher Beruf passt? Komm vorbei.",
             "municipalities": ["05799008"], "classes": [9, 10], "audiences": ["schueler"]}
    assert "berufswahl" in HelpRules.of(default_vocabularies()).given(eval_offer("x-a", offer))


@pytest.mark.parametrize("text, key", [
    ("Für alle, die Technik mag", "praktikumssuche"),
    ("Du brauchst kein Praktikum, nur Neugier", "praktikumssuche"),
    ("Sprechstunde der Schulsozialarbeit bei Streit und Mobbing", "soziales-lernen"),
    ("Die Teilnahme kann als Praktikum anerkannt werden", "anerkennung"),
    ("Teilnahme nach Auswahlverfahren", "bewerbung"),
    ("Für alle, die noch suchen: Ferienjobs", "vermittlung"),
    ("Lust auf Schule mit mehr Praxis?", "schulverweigerung"),
    ("Sprechtag im Rathaus, ohne Anfahrt nach Lindenau", "auf-distanz"),
    ("Info für StuBOs: Anmeldung bis Freitag", "stubo-fortbildung"),
])
def test_ordinary_words_name_no_help(text, key):
    """Words that stand in unrelated texts name no help: "mag" is a verb, "kein Praktikum"
    may be needed, "Streit" is one topic of any counselling (second review, session 16)."""
    assert key not in HelpRules.of(default_vocabularies()).said(all_words(text))



def test_a_verb_split_in_its_clause_names_its_help():
    """German splits a verb around its objects ("Wir probieren zusammen Berufe aus"): the
    summary's rejoined verb names the help as the whole verb does (b67-028). A particle
    that ends no clause joins nothing."""
    from generator.analyse.text_normal import rejoined_verbs
    assert "ausprobieren" in rejoined_verbs("Drei Tage raus: Wir probieren zusammen Berufe aus – "
                                            "kochen, schrauben.")
    assert rejoined_verbs("Wir fahren aus der Stadt heraus in den Wald.") == []
    offer = {"provider": "jugendamt-rosenfeld", "category": "jugendsozialarbeit",
             "title": "Zukunftswerkstatt 8 – Was kann ich, was will ich?",
             "summary": "Drei Tage raus aus der Klasse: Wir probieren zusammen Berufe aus und "
                        "finden heraus, was zu dir passt.",
             "municipalities": ["05799020"], "classes": [8], "audiences": ["schueler"]}
    assert "ausprobieren" in HelpRules.of(default_vocabularies()).given(eval_offer("x-a", offer))
    # inflected, and before "und" or "oder" (b72-042); the infinitive is given too
    assert "ausprobieren" in rejoined_verbs("Eure Klasse probiert bei uns und bei Betrieben aus "
                                            "der Nordstadt verschiedene Jobs aus – kochen.")
    assert "mitkommen" in rejoined_verbs("Du kommst in Mathe nicht mit oder die 5 versaut dir "
                                         "den Abschluss?")


def test_a_compound_with_hyphens_is_read_as_one_word():
    """"Test-Training" is the "Testtraining" of the words for application help (b73-017),
    in a title as in a summary."""
    from generator.analyse.text_normal import joined_compounds
    assert joined_compounds("Test-Training: Dreisatz, Logik & Co.") == ["testtraining"]
    offer = {"provider": "kolibri-jugendwerk", "category": "jugendsozialarbeit",
             "title": "Test-Training: Dreisatz, Logik & Co.",
             "summary": "Der Betrieb will, dass du vor dem Gespräch einen Test machst? Wir üben "
                        "mit dir die typischen Aufgaben am Laptop.",
             "municipalities": ["05799004"], "school_leavers": True,
             "audiences": ["schulabgaenger"]}
    assert "bewerbung" in HelpRules.of(default_vocabularies()).given(eval_offer("x-a", offer))


def test_a_till_and_a_shop_window_are_trade():
    """A job-field day "An der Kasse und im Regal" (kassieren, ein Schaufenster dekorieren)
    is about trade, beside one in an office on the same day (b76-031)."""
    from generator.analyse.complements import ComplementRules
    rules = ComplementRules.of(default_vocabularies())
    assert "handel" in rules.text_fields("Ware annehmen, kassieren und ein Schaufenster dekorieren")


def test_nail_care_and_positioning_patients_are_no_care_and_no_warehouse():
    """A hairdressing course's "Hand- und Nagelpflege" is beauty, not nursing; a nursing
    course's "Lagerungstechniken" position patients, no warehouse (b87-022: two courses of
    other fields on the same days)."""
    from generator.analyse.complements import ComplementRules
    rules = ComplementRules.of(default_vocabularies())
    assert rules.text_fields("Friseur: Haare flechten, Hand- und Nagelpflege") == {"kreativ"}
    assert rules.text_fields("Pflege: Betten beziehen und Lagerungstechniken") == {"pflege"}


def test_a_cnc_mill_is_metalwork_and_a_circuit_is_electrics():
    """A college's taster day in technology ("eine Schaltung stecken", "an der CNC-Fräse")
    is about fields other than its day in health and social care (b61-036)."""
    from generator.analyse.complements import ComplementRules
    rules = ComplementRules.of(default_vocabularies())
    assert rules.text_fields("eine Schaltung stecken und an der CNC-Fräse") == {"elektro", "metall"}


def test_support_in_accounting_beside_business_english_are_other_subjects():
    """Two support lessons of one college for its commercial classes, in accounting and in
    business English: one trade, other subjects, two offers (b81-004)."""
    from generator.analyse.complements import ComplementRules, complement_reason, offer_fields
    rules = ComplementRules.of(default_vocabularies())
    common = {"provider": "berufskolleg-lindenau", "category": "ausbildungsbegleitung",
              "municipalities": ["05799004"], "school_leavers": True,
              "audiences": ["schulabgaenger"]}
    accounts = eval_offer("x-a", {**common, "title": "Förderunterricht Rechnungswesen",
                                  "summary": "Für Auszubildende der kaufmännischen Fachklassen "
                                             "mit Schwierigkeiten in der Buchführung."})
    english = eval_offer("x-b", {**common, "title": "Förderunterricht Wirtschaftsenglisch",
                                 "summary": "Für Auszubildende der kaufmännischen Fachklassen, "
                                            "die in Englisch sicherer werden wollen."})
    fields = [offer_fields(o, rules) for o in (accounts, english)]
    assert complement_reason(accounts, english, *fields, rules) is not None
