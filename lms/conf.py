"""Settings of the lms app, each read from `KELISIM_LMS_<NAME>` with a default."""

from django.conf import settings

DEFAULTS = {
    # Version of the personal-data consent text trainees accept; bump it when the text changes
    # so the consent each trainee gave can be traced to the words they read.
    "CONSENT_TEXT_VERSION": "2026-1",
    # The largest spreadsheet (in rows) an import accepts in one go.
    "IMPORT_MAX_ROWS": 5000,
}


def get(name: str):
    """Return the setting `KELISIM_LMS_<name>`, or its default."""
    return getattr(settings, f"KELISIM_LMS_{name}", DEFAULTS[name])
