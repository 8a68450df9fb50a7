"""Open data exports: the district's offers as JSON, CSV, iCalendar and Open Referral HSDS."""
