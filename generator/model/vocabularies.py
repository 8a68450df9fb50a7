"""Controlled vocabularies: the lists a district may extend in its own vocabularies.yaml."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.model.base import StrictModel
from generator.model.types import Age, Line, ShortLine, Slug

Stage = Literal["schule", "fertig", "ausbildung"]


class Term(StrictModel):
    label: ShortLine = Field(description="Bezeichnung, wie sie auf der Website erscheint.")
    description: Line | None = Field(None, description="Kurze Erklärung in einfacher Sprache.")


class GlossaryTerm(StrictModel):
    term: ShortLine = Field(description="Der Begriff, wie er in Angeboten steht, z. B. „BvB“.")
    long: ShortLine | None = Field(
        None, description="Ausgeschrieben, wenn der Begriff eine Abkürzung ist.")
    description: Line = Field(description="Erklärung in einfacher Sprache, ein bis zwei Sätze.")


class GuideRule(StrictModel):
    """When an institution answers for a young person ("Wer hilft mir?")."""

    role: Literal["agentur", "jobcenter", "jugendamt"] = Field(
        description="Welche Stelle: agentur, jobcenter oder jugendamt.")
    stages: list[Stage] = Field(
        default_factory=lambda: ["schule", "fertig", "ausbildung"],
        description="Für wen: schule (geht zur Schule), fertig (mit der Schule fertig), "
        "ausbildung (in Ausbildung).")
    min_age: Age | None = Field(None, description="Ab diesem Alter (Jahre).")
    max_age: Age | None = Field(None, description="Bis zu diesem Alter (Jahre).")
    buergergeld: bool | None = Field(
        None, description="true: nur wenn die Familie Bürgergeld bekommt; leer: egal.")
    text: Line = Field(description="Warum diese Stelle hilft, in einfacher Sprache, mit „du“.")


class Situation(Term):
    special_group: bool = Field(
        False, description="true für eine besondere Gruppe (z. B. mit Behinderung): ein Angebot "
        "nur für sie ergänzt das allgemeine Angebot und ist keine Doppelung.")
    special_alone: bool = Field(
        False, description="true: Die Gruppe ist nur besonders, wenn ein Angebot allein für sie "
        "ist. Nennt es daneben eine andere Lebenslage, ist es auch für die anderen da (die "
        "Ausbildungsvorbereitung „ohne Ausbildungsplatz, ohne Schulabschluss“ neben der BvB "
        "„ohne Ausbildungsplatz“). Gilt nur zusammen mit special_group: true.")


class SchoolForm(Term):
    special_group: bool = Field(
        False, description="true für eine Schulform mit besonderer Förderung (Förderschule): "
        "ein Angebot nur für sie ergänzt das allgemeine Angebot und ist keine Doppelung.")
    situations: list[Slug] = Field(
        default_factory=list, description="Lebenslagen, in denen alle Schülerinnen und "
        "Schüler dieser Schulform sind (Förderschule: behinderung): Ein Angebot nur für sie "
        "ist für dieselbe besondere Gruppe wie eines für diese Lebenslage.")


class LegalSphere(Term):
    """A Rechtskreis: the body of law an offer runs under (SGB II, SGB III, SGB VIII …)."""

    laws: list[ShortLine] = Field(
        default_factory=list, description="Gesetze, an denen man den Rechtskreis in "
        "legal_basis erkennt, z. B. „SGB II“ (ganzes Wort: „SGB II“ passt nicht auf „SGB III“).")
    partner_kinds: list[Slug] = Field(
        default_factory=list, description="Partnerarten, deren Angebote ohne eigene "
        "Rechtsgrundlage in diesem Rechtskreis laufen, z. B. jobcenter.")


class Neighbourhood(Term):
    """Categories whose offers can give the same kind of help (for double structures)."""

    categories: list[Slug] = Field(min_length=2, description="Benachbarte Kategorien.")
    across: bool = Field(
        False, description="true: Nachbarn nur für Angebote aus verschiedenen Rechtskreisen "
        "(die Vermittlung des Jobcenters neben der Berufsberatung der Agentur), nicht für zwei "
        "Angebote im selben Rechtskreis.")
    stage: Literal["schule", "nach-der-schule"] | None = Field(
        None, description="Nachbarn nur für zwei Angebote, die beide für Schulklassen sind "
        "(schule) oder beide für junge Menschen nach der Schule (nach-der-schule); leer: immer.")


class HelpKind(Term):
    """A kind of help, read from the texts: two partners' offers that both give it to the same
    young people in the same place are a possible double structure, even in categories that
    are no neighbours."""

    categories: list[Slug] = Field(
        min_length=2, description="Kategorien, in denen Angebote diese Hilfe geben können.")
    words: list[ShortLine] = Field(
        min_length=1, description="Wörter oder kurze Wendungen, an denen man die Hilfe in Titel oder "
        "Kurzbeschreibung erkennt, z. B. „Azubi“, „in der Ausbildung“.")
    situations: list[Slug] = Field(
        default_factory=list, description="Lebenslagen: Ein Angebot nur für sie gibt diese "
        "Hilfe, auch wenn der Text sie nicht nennt, z. B. ausbildung-abgebrochen.")
    audiences: list[Slug] = Field(
        default_factory=list, description="Zielgruppen: Ein Angebot nur für sie gibt diese "
        "Hilfe, auch wenn der Text sie nicht nennt, z. B. eltern.")
    also_for: list[Slug] = Field(
        default_factory=list, description="Lebenslagen, die diese Hilfe ohnehin mit "
        "einschließt: Ein Angebot nur für sie neben einem allgemeinen Angebot dieser Hilfe "
        "ergänzt es nicht, es gibt dieselbe Hilfe, z. B. ausbildung-abgebrochen bei der "
        "Begleitung in der Ausbildung (Abbrüche vermeiden).")
    online: bool = Field(
        False, description="true: nur Angebote ohne Ort, Termin und feste Zeit geben diese "
        "Hilfe (eine Börse im Netz, keine Messe in der Stadthalle).")
    on_site: bool = Field(
        False, description="true: nur Angebote mit Ort oder Termin geben diese Hilfe (eine "
        "Ausbildungsbörse in der Aula, keine Börse im Netz mit Telefonzeiten).")
    remote: bool = Field(
        False, description="true: die Hilfe erreicht junge Menschen dort, wo sie sind "
        "(Telefon, Chat, Video). Zwei Angebote für den ganzen Kreis, die sie geben, treffen "
        "dieselben jungen Menschen, auch mit festen Sprechzeiten.")
    about_fields: bool = Field(
        False, description="true: Angebote dieser Hilfe handeln von den Berufsfeldern, die "
        "ihre Kurzbeschreibung nennt (ein Praxiskurs in Holz und Metall), auch wenn der Titel "
        "die Hilfe nennt. Sonst sind die Fächer der Kurzbeschreibung dann nur Mittel "
        "(„Förderunterricht in Fachtheorie und Deutsch“ bei einer Lernhilfe).")

    @model_validator(mode="after")
    def _online_or_on_site(self) -> HelpKind:
        if self.online and self.on_site:
            raise PydanticCustomError(
                "online-on-site", "Eine Hilfe ist entweder online (nur ohne Ort und Termin) oder "
                "on_site (nur mit Ort oder Termin), nicht beides. Streiche eines der beiden.")
        return self


class JobField(Term):
    """A Berufsfeld or subject: offers about different fields complement each other."""

    words: list[ShortLine] = Field(
        min_length=1, description="Wörter, an denen man das Feld in Titel oder Kurzbeschreibung "
        "erkennt, z. B. „Pflege“, „Altenpflege“.")
    not_words: list[ShortLine] = Field(
        default_factory=list, description="Wörter, die mit einem Wort des Feldes beginnen oder "
        "seinen Wortstamm haben, es aber nicht nennen, z. B. „Erziehungsberechtigte“ (Eltern, "
        "nicht Erziehung) oder „Moderatorin“ (nicht Mode).")
    subject: bool = Field(
        False, description="true: ein Schulfach wie Mathe oder Deutsch. Nennen zwei Angebote "
        "dasselbe Fach und dazu verschiedene Berufsfelder („Fachrechnen Metall“ neben "
        "„Fachrechnen Pflege“), ergänzen sie sich; ein gemeinsames Berufsfeld verbindet sie.")


class Level(Term):
    """A language level or a school certificate an offer leads to: offers for different
    levels complement each other."""

    words: list[ShortLine] = Field(
        min_length=1, description="Wörter oder kurze Wendungen, an denen man das Niveau im "
        "Titel erkennt, z. B. „B1“, „Fachoberschulreife“.")


class Sector(Term):
    """A sector of the economy whose chamber trains for its own occupations (the crafts,
    industry and trade): offers for other sectors complement each other."""

    words: list[ShortLine] = Field(
        min_length=1, description="Wörter oder kurze Wendungen, an denen man den "
        "Wirtschaftsbereich in Titel oder Kurzbeschreibung erkennt, z. B. „Handwerk“, "
        "„Industrie und Handel“; ein Wort zählt auch als Anfang eines längeren "
        "(„Handwerksbetrieb“).")


class PartnerShortName(StrictModel):
    """Short forms by which texts name a kind of partner: "IHK" for the Industrie- und
    Handelskammer. The quality report reads a text that says "die IHK" as naming it. With
    `kind` instead of `name`, the words name any partner of that kind without its name
    ("ein freier Träger")."""

    name: ShortLine | None = Field(None, description="Der Name ausgeschrieben, wie er in "
                                   "Partnernamen steht, z. B. „Industrie- und Handelskammer“.")
    kind: Slug | None = Field(
        None, description="Statt name: eine Partnerart (partner_kinds). Die Wörter nennen "
        "dann jeden Partner dieser Art, ohne seinen Namen, z. B. „ein freier Träger“ "
        "(als ganze Wendung).")
    words: list[ShortLine] = Field(
        min_length=1, description="Kurzformen, mit denen Texte den Partner nennen, z. B. „IHK“.")

    @model_validator(mode="after")
    def _name_or_kind(self) -> PartnerShortName:
        if (self.name is None) == (self.kind is None):
            raise PydanticCustomError(
                "short-name", "Gib entweder name (den Namen) oder kind (eine Partnerart) an.")
        return self


class SynonymGroup(StrictModel):
    """Words the finder treats as one: each word of `words` finds the others and `means`."""

    words: list[ShortLine] = Field(
        min_length=1, description="Wörter oder kurze Wendungen, die jemand eintippt.")
    means: list[ShortLine] = Field(
        default_factory=list, description="Wörter, die diese Eingabe zusätzlich findet (nur in "
        "diese Richtung). Leer: die Wörter von words finden sich gegenseitig.")
    ignore: bool = Field(
        False, description="true: Füllwörter wie „suche“ oder „brauche“, nach denen die Suche "
        "nicht sucht.")


class Vocabularies(StrictModel):
    categories: dict[Slug, Term] = Field(default_factory=dict,
                                         description="Kategorien von Angeboten.")
    school_forms: dict[Slug, SchoolForm] = Field(default_factory=dict,
                                                 description="Schulformen.")
    situations: dict[Slug, Situation] = Field(
        default_factory=dict, description="Lebenslagen, z. B. ohne Schulabschluss, mit Kind.")
    audiences: dict[Slug, Term] = Field(
        default_factory=dict, description="Zielgruppen: Schüler, Eltern, Lehrkräfte …")
    partner_kinds: dict[Slug, Term] = Field(default_factory=dict, description="Partnerarten.")
    languages: dict[Slug, Term] = Field(
        default_factory=dict, description="Sprachen der Angebote (ISO-639-1-Kürzel).")
    glossary: dict[Slug, GlossaryTerm] = Field(
        default_factory=dict, description="Begriffe, die die Website erklärt (Glossar).")
    guide_rules: dict[Slug, GuideRule] = Field(
        default_factory=dict, description="Regeln für „Wer hilft mir?“: welche Stelle für "
        "wen zuständig ist.")
    legal_spheres: dict[Slug, LegalSphere] = Field(
        default_factory=dict, description="Rechtskreise (SGB II, SGB III, SGB VIII …) für "
        "Doppelstrukturen im Qualitätsbericht.")
    category_neighbourhoods: dict[Slug, Neighbourhood] = Field(
        default_factory=dict, description="Kategorien, die dieselbe Art Hilfe geben können: "
        "Angebote aus ihnen prüft der Bericht auf Doppelstrukturen.")
    help_kinds: dict[Slug, HelpKind] = Field(
        default_factory=dict, description="Arten von Hilfe, an den Texten erkannt: Zwei "
        "Angebote mit derselben Hilfe für dieselben jungen Menschen am selben Ort prüft der "
        "Bericht auf Doppelstrukturen, auch in Kategorien ohne Nachbarschaft.")
    job_fields: dict[Slug, JobField] = Field(
        default_factory=dict, description="Berufsfelder und Fächer: Angebote zu verschiedenen "
        "Feldern ergänzen sich.")
    levels: dict[Slug, Level] = Field(
        default_factory=dict, description="Sprachniveaus und Schulabschlüsse: Zwei Angebote, "
        "deren Titel verschiedene nennen, ergänzen sich (B1 neben B2, Hauptschulabschluss "
        "neben Fachoberschulreife).")
    sectors: dict[Slug, Sector] = Field(
        default_factory=dict, description="Wirtschaftsbereiche: Zwei Angebote, deren Titel "
        "oder Kurzbeschreibungen verschiedene nennen, ergänzen sich (Handwerk neben Industrie "
        "und Handel).")
    partner_short_names: dict[Slug, PartnerShortName] = Field(
        default_factory=dict, description="Kurzformen von Partnernamen („IHK“, „Agentur“): Der "
        "Bericht erkennt daran, dass ein Text einen Partner nennt.")
    synonyms: dict[Slug, SynonymGroup] = Field(
        default_factory=dict, description="Wörter, die die Suche gleich behandelt, z. B. "
        "Lehrstelle und Ausbildungsplatz.")

    def label(self, kind: str, key: str) -> str:
        term = getattr(self, kind).get(key)
        return term.label if term else key

    def controlled_lists(self) -> dict[str, dict[str, Term]]:
        """The vocabularies whose entries are choices (a key and a label); the glossary, the
        guide rules, partners' short names and the synonyms are data of another shape."""
        lists = {kind: getattr(self, kind) for kind in type(self).model_fields}
        return {kind: terms for kind, terms in lists.items()
                if all(isinstance(t, Term) for t in terms.values())}

    def merged_with(self, extension: Vocabularies) -> Vocabularies:
        """The district's extension adds terms; a term it names again gets its new label."""
        merged = {name: {**getattr(self, name), **getattr(extension, name)}
                  for name in type(self).model_fields}
        return Vocabularies.model_construct(**merged)
