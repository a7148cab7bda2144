"""Settings of the certificates app, each read from `KELISIM_CERTIFICATES_<NAME>` with a default."""

from django.conf import settings

DEFAULTS = {
    # Serial numbers: a prefix, the year and a running number per prefix and year.
    "SERIAL_PATTERN": "KHA-{year}-{number:06d}",
    # Where the QR code and the verification link point (the public address of the site).
    "PUBLIC_URL": None,
    # Verification requests allowed per client address and minute.
    "VERIFY_RATE_PER_MINUTE": 60,
    # Issue a course completion certificate when a trainee completes a course.
    "COURSE_CERTIFICATES": True,
    # Seconds a template's PDF preview in the admin may take before it is stopped.
    "PREVIEW_SECONDS": 20,
    # How many days before a certificate expires its holder is reminded to renew it.
    "REMIND_DAYS": 60,
}


def get(name: str):
    """Return the setting `KELISIM_CERTIFICATES_<name>`, or its default."""
    value = getattr(settings, f"KELISIM_CERTIFICATES_{name}", DEFAULTS[name])
    if name == "PUBLIC_URL" and value is None:
        return getattr(settings, "WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
    return value
