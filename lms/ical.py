"""A cohort's sessions as an iCalendar file (RFC 5545), for a trainee's phone or desktop calendar:
each session an event with its time, place and topic, which a calendar updates in place when the
file is read again (the same UID) after a session moved."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Cohort, Session

_UTC = ZoneInfo("UTC")


def _text(value: str) -> str:
    """A TEXT value, escaped as RFC 5545 (3.3.11) says."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """A content line folded at 75 octets, never inside a character (Kazakh letters are two
    octets in UTF-8): continuation lines begin with a space."""
    parts, current, size = [], "", 0
    for char in line:
        width = len(char.encode())
        if size + width > 75:
            parts.append(current)
            current, size = " ", 1
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def _utc(day, time) -> str:
    local = datetime.combine(day, time).replace(tzinfo=ZoneInfo(settings.TIME_ZONE))
    return local.astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ")


def cohort_calendar(cohort: Cohort, sessions: Iterable[Session]) -> str:
    """The calendar file of `cohort`'s `sessions`, its texts in the active language. A session's
    UID names the site (WAGTAILADMIN_BASE_URL), not the address it was fetched from."""
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "kelisim"
    stamp = timezone.now().astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ")
    place = _("Online") if cohort.online else cohort.place
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Kelisim//Cohort sessions//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_text(cohort.title)}",
    ]
    for session in sessions:
        hours = _("Academic hours: %(hours)s") % {"hours": floatformat(session.academic_hours, -1)}
        title = f"{cohort.title}: {session.topic}" if session.topic else cohort.title
        lines += [
            "BEGIN:VEVENT",
            f"UID:kelisim-session-{session.pk}@{host}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{_utc(session.date, session.starts_at)}",
            f"DTEND:{_utc(session.date, session.ends_at)}",
            f"SUMMARY:{_text(title)}",
            *([f"LOCATION:{_text(place)}"] if place else []),
            f"DESCRIPTION:{_text(hours)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
