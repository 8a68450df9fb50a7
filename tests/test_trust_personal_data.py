"""The rule for signs of a person in functional contacts (generator/validate/personal_data)."""

import pytest

from generator.validate.personal_data import email_signs, is_mobile_number, name_signs


@pytest.mark.parametrize("text", ["Frau Meier", "Sprechstunde bei Herrn Öztürk",
                                  "Anna Schmidt", "Beratung: Jürgen Weiß-Lehmann",
                                  "Dr. Klein, Reha-Beratung", "Ansprechpartnerin Fatma Yilmaz"])
def test_names_of_people_are_signs(text):
    assert name_signs(text)


@pytest.mark.parametrize("text", ["Team Beratung", "Berufsberatung für Abiturientinnen",
                                  "Beratung für Frauen", "Jugendtreff Rosengarten",
                                  "Mo bis Fr 8 bis 16 Uhr", "Servicetelefon Berufsberatung",
                                  "Anmeldung und Empfang", "Team Anna-Haus", "Max. 12 Plätze"])
def test_functional_names_are_no_signs(text):
    assert name_signs(text) == []


@pytest.mark.parametrize("phone, mobile", [
    ("+49 171 2345678", True), ("0171 2345678", True), ("0049 (0) 152-1234567", True),
    ("+49 (0)160 1234567", True), ("0176/12345678", True), ("+49 30 23125 101", False),
    ("05271 965-0", False), ("+49 5271 1570", False), ("0800 4 5555 00", False)])
def test_german_mobile_numbers_are_recognised(phone, mobile):
    assert is_mobile_number(phone) is mobile


@pytest.mark.parametrize("email, codes", [
    ("anna.schmidt@traeger.example.org", ["personal-email-name"]),
    ("j.mueller@traeger.example.org", ["personal-email-name"]),
    ("juergen.weiss@traeger.example.org", ["personal-email-name"]),
    ("jugendtreff@gmx.de", ["personal-email-domain"]),
    ("lisa.meier@web.de", ["personal-email-domain", "personal-email-name"]),
    ("team-u25@jobcenter-lindenau.example.org", []),
    ("berufsberatung.nord@agentur.example.org", []),
    ("info@t-online.example.org", []),
])
def test_personal_mail_addresses_are_recognised(email, codes):
    assert [sign.code for sign in email_signs(email)] == codes
