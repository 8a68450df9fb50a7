"""What a template sees: plain, already formatted values, never a model object.

Building these views is the only place that knows the data model; templates only place text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.analyse.timing import deadline_passed, upcoming_dates
from generator.model.dataset import Dataset
from generator.model.offer import Appointment, Offer
from generator.model.partner import Contact, Partner
from generator.render.handouts import text
from generator.render.tel import tel_href
from generator.render.urls import absolute, offer_path

PRINTED_DATES = 6  # per offer; a course with more dates says "und N weitere Termine"

@dataclass(frozen=True)
class ContactView:
    heading: str  # what the contact is for, e.g. "Berufsberatung" or "Jobcenter"
    organisation: str
    name: str
    person: str | None
    phone: str | None
    phone_link: str | None
    email: str | None
    email_parts: tuple[str, ...]  # the address cut before "@" and ".": lines break only there
    hours: str | None


@dataclass(frozen=True)
class DateView:
    start: dt.date
    label: str  # "Di 15.09.2026, 14:00–17:00"
    note: str | None


@dataclass(frozen=True)
class OfferView:
    id: str
    title: str
    category: str
    summary: str
    provider: str
    audience: str  # "Klasse 8–10 · nach der Schule · ab 15 Jahren"
    dates: tuple[DateView, ...]  # the next PRINTED_DATES at most
    more_dates: int  # upcoming dates not printed (all are on the website)
    schedule: str | None
    places: tuple[str, ...]
    short_places: tuple[str, ...]  # name and town only, for lists
    registration: str
    registration_short: str
    costs: str | None
    contact: ContactView | None
    url: str
    qr: str  # asset name of the QR code
    description_html: str  # already sanitised
    description_print_html: str  # the same without links (the print file has no annotations)
    languages: str | None
    accessibility: str | None
    legal_basis: str | None


def class_span(classes) -> str:
    """"8–10" for [8, 9, 10], "8, 10" for [8, 10]."""
    ordered = sorted(set(classes))
    if len(ordered) > 1 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]}–{ordered[-1]}"
    return ", ".join(map(str, ordered))


def contact_view(heading: str, partner: Partner, contact: Contact) -> ContactView:
    return ContactView(
        heading=heading, organisation=partner.name, name=contact.name,
        person=contact.person if contact.person_released else None, phone=contact.phone,
        phone_link=tel_href(contact.phone) if contact.phone else None,
        email=contact.email, email_parts=text.break_parts(contact.email or ""),
        hours=contact.hours)


def date_view(appointment: Appointment, today: dt.date) -> DateView:
    """A date as printed; a course that already runs shows only its end ("läuft bis …")."""
    if appointment.start < today and appointment.end:
        label = f"läuft bis {text.day(appointment.end)}"
    else:
        label = text.day_range(appointment.start, appointment.end)
    if appointment.time:
        label += f", {appointment.time}"
    return DateView(appointment.start, label, appointment.note)


def audience_text(offer: Offer) -> str:
    parts = []
    if offer.target.classes:
        parts.append(f"Klasse {class_span(offer.target.classes)}")
    if offer.target.school_leavers:
        parts.append("nach der Schule")
    low, high = offer.target.min_age, offer.target.max_age
    if low and high:
        parts.append(f"{low} bis {high} Jahre")
    elif low:
        parts.append(f"ab {low} Jahren")
    elif high:
        parts.append(f"bis {high} Jahre")
    return " · ".join(parts)


LATE = "Anmeldefrist vorbei – frag nach freien Plätzen"


def registration_text(offer: Offer, today: dt.date) -> str:
    reg = offer.registration
    if reg is None or not reg.required:
        return "Ohne Anmeldung" + (f": {reg.how}" if reg and reg.how else "")
    if deadline_passed(offer, today):
        return LATE
    deadline = f" bis {text.day(reg.deadline)}" if reg.deadline else ""
    return f"Anmeldung nötig{deadline}" + (f": {reg.how}" if reg.how else "")


def costs_text(offer: Offer) -> str | None:
    costs = offer.costs
    if costs is None:
        return None
    main = "kostenlos" if costs.free else (text.euro(costs.amount_eur) if costs.amount_eur
                                          else "kostenpflichtig")
    return f"{main} ({costs.note})" if costs.note else main


def registration_short(offer: Offer, today: dt.date) -> str:
    reg = offer.registration
    if reg is None or not reg.required:
        return "nicht nötig"
    if deadline_passed(offer, today):
        return "Frist vorbei, frag nach freien Plätzen"
    return f"bis {text.day(reg.deadline)}" if reg.deadline else "nötig"


def locations(data: Dataset, offer: Offer) -> list:
    found = []
    for ref in offer.venues:
        partner_id, _, location_id = ref.partition("/")
        partner = data.partners.get(partner_id)
        location = partner.location(location_id) if partner else None
        if location is not None:
            found.append(location)
    return found


def place_texts(data: Dataset, offer: Offer) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Full addresses, and short ones ("Jugendzentrum am Markt, Rosenfeld") for lists."""
    full, short = [], []
    for loc in locations(data, offer):
        full.append(f"{loc.name}, {loc.street}, {loc.postal_code} {loc.city}")
        short.append(loc.name if loc.city in loc.name else f"{loc.name}, {loc.city}")
    return tuple(full), tuple(short)


def offer_view(data: Dataset, offer: Offer, site_url: str, today: dt.date,
               until: dt.date = dt.date.max) -> OfferView:
    """Only dates still to come (a running course counts) that start by `until` are shown,
    at most PRINTED_DATES: what a sheet prints stays small, whatever the file holds."""
    upcoming = [a for a in upcoming_dates(offer, today) if a.start <= until]
    dates = tuple(date_view(a, today) for a in upcoming[:PRINTED_DATES])
    resolved = data.resolve_contact(offer.contact)
    provider = data.partners.get(offer.provider)
    vocab = data.vocabularies
    places, short_places = place_texts(data, offer)
    return OfferView(
        id=offer.id, title=offer.title, category=vocab.label("categories", offer.category),
        summary=offer.summary, provider=provider.name if provider else offer.provider,
        audience=audience_text(offer), dates=dates,
        more_dates=len(upcoming) - len(dates), schedule=offer.schedule,
        places=places, short_places=short_places, registration=registration_text(offer, today),
        registration_short=registration_short(offer, today),
        costs=costs_text(offer),
        contact=contact_view("Kontakt", *resolved) if resolved else None,
        url=absolute(site_url, offer_path(offer.id)), qr=f"qr-{offer.id}.svg",
        description_html=text.safe_markdown(offer.description) if offer.description else "",
        description_print_html=text.safe_markdown(offer.description, links=False)
        if offer.description else "",
        languages=", ".join(vocab.label("languages", x) for x in offer.languages) or None,
        accessibility=offer.accessibility,
        legal_basis=", ".join(offer.legal_basis) or None)
