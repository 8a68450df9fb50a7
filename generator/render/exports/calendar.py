"""Dates of all current offers as one iCalendar file that calendar apps can subscribe to."""

from __future__ import annotations

import datetime as dt

import icalendar

from generator.analyse.selection import is_current
from generator.model.dataset import Dataset
from generator.render.urls import absolute, offer_path


def offers_calendar(data: Dataset, today: dt.date, site_url: str | None) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Angebotswegweiser//DE")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", data.network.district.site_name)
    for offer in sorted(data.offers.values(), key=lambda o: o.id):
        if not is_current(offer, today):
            continue
        for i, appointment in enumerate(offer.dates):
            event = icalendar.Event()
            event.add("uid", f"{offer.id}-{i}@{data.network.district.key}.angebotswegweiser")
            event.add("dtstamp", dt.datetime.combine(offer.last_reviewed, dt.time(),
                                                     tzinfo=dt.UTC))
            event.add("summary", offer.title)
            event.add("dtstart", appointment.start)
            event.add("dtend", (appointment.end or appointment.start) + dt.timedelta(days=1))
            details = [offer.summary, appointment.time, appointment.note]
            event.add("description", "\n".join(filter(None, details)))
            if site_url:
                event.add("url", absolute(site_url, offer_path(offer.id)))
            calendar.add_component(event)
    return calendar.to_ical()
