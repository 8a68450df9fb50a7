"""When a text names another partner: by short forms from the vocabularies ("IHK"), by a
school's own name beside its form and town ("Lindenhof"), and not by a word that only sits
inside a longer name ("Agentur" in "Jugendberufsagentur")."""

from generator.analyse.pair_rules import PairRules, Provider
from generator.analyse.text_normal import stem, words
from generator.analyse.text_similarity import TermMaker
from generator.load.vocabularies import default_vocabularies
from tests.test_duplicate_accuracy import eval_offer

PROVIDERS = {
    "ihk": Provider("kammer", ("BBiG",), "Industrie- und Handelskammer Lindenau"),
    "agentur": Provider("agentur", ("SGB III",), "Agentur für Arbeit Lindenau"),
    "jobcenter": Provider("jobcenter", ("SGB II",), "Jobcenter Kreis Lindenau"),
    "lindenhof": Provider("schule", (), "Lindenhof-Realschule Lindenau"),
    "realschule-rosenfeld": Provider("schule", (), "Realschule Rosenfeld"),
    "caritas": Provider("traeger", ("§ 13 SGB VIII",), "Caritasverband Rosenfeld"),
    "diakonie": Provider("traeger", (), "Diakonisches Werk Lindenau"),
}
PLACES = frozenset(stem(w) for w in words("Lindenau Rosenfeld Realschule"))
RULES = PairRules.of(default_vocabularies(), PROVIDERS)
# words that other offers use on their own: compounds of them count as their parts too
TERMS = TermMaker(set(words("Agentur Jugend Beruf Berufs Kammer Handwerk")))


def names(text: str, provider: str) -> bool:
    """As the report reads an offer's text: word stems and the stems of compound parts."""
    terms = frozenset(TERMS.all_terms(words(text)))
    return RULES.names_provider(terms, provider, PLACES)


def test_a_short_form_names_the_partner():
    assert names("Lade deine Unterlagen bei der IHK hoch.", "ihk")
    assert names("Im Auftrag vom JC.", "jobcenter")
    assert names("Die Arbeitsagentur berät dich.", "agentur")
    assert names("Mit der Klasse ins BiZ: Berufe am Bildschirm entdecken.", "agentur")
    assert not names("Die Handwerkskammer berät dich.", "ihk")


def test_die_kammer_names_either_chamber():
    assert names("Veranstaltet von der Kammer im Rahmen von KAoA.", "ihk")
    assert not names("Veranstaltet von der Kammer im Rahmen von KAoA.", "agentur")


def test_a_welfare_association_is_named_by_its_short_form():
    assert names("Jeden Donnerstag hilft dir die Caritas im Rathaus.", "caritas")
    assert names("Eine Sprechstunde der Diakonie im Jugendhaus.", "diakonie")
    assert not names("Eine Sprechstunde der Diakonie im Jugendhaus.", "caritas")


def test_agentur_names_the_agentur_but_not_inside_jugendberufsagentur():
    assert names("Die Berufsberatung der Agentur kommt alle zwei Wochen.", "agentur")
    assert not names("Ein Angebot der Jugendberufsagentur.", "agentur")


def test_a_school_is_named_by_its_own_name_or_by_every_word():
    assert names("Wir kommen in die Klassen 9 der Lindenhof-Realschule.", "lindenhof")
    assert names("An der Realschule Rosenfeld.", "realschule-rosenfeld")
    assert not names("An jeder Realschule im Kreis.", "realschule-rosenfeld")


def test_a_partner_is_named_by_the_initials_of_its_name_in_capitals():
    rules = PairRules.of(default_vocabularies(), {
        "jh": Provider("traeger", (), "Jugendhilfe Auental"),
        "bw": Provider("traeger", (), "Bildungswerk Lindenau")})
    places = frozenset(stem(w) for w in words("Lindenau Auental"))
    ids = iter(range(100))  # the rules keep what an offer writes in capitals by its id

    def said(text: str, provider: str) -> bool:
        offer = eval_offer(f"x-{next(ids)}", {
            "provider": "stadt-bergheide", "category": "werkstatt", "title": "Werkstatt",
            "summary": text, "municipalities": ["05799032"], "school_leavers": True})
        return rules.names_provider(frozenset(TERMS.all_terms(words(text))), provider,
                                    places, offer)

    assert said("Durchgeführt von der JH Auental.", "jh")
    assert said("Ein Training des BWL in unserer Aula.", "bw")  # with the place's initial
    assert not said("Durchgeführt von der JH.", "jh")  # no place: could be anyone's
    assert not said("Mit dem Bus nach Lindenau.", "bw")  # a word, not in capitals
    assert not said("Mit dem BUS nach Lindenau.", "bw")  # a vowel starts no later part
