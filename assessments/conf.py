"""Settings of the assessments app, each read from `KELISIM_ASSESSMENTS_<NAME>` with a default."""

from django.conf import settings

DEFAULTS = {
    # Answers that arrive this many seconds after an attempt's deadline still count (a slow
    # phone on a slow link); later ones do not.
    "GRACE_SECONDS": 30,
    # Largest answer payload accepted in one save, in bytes.
    "MAX_SAVE_BYTES": 256 * 1024,
    # Longest essay answer, in characters.
    "MAX_ESSAY_CHARS": 20_000,
    # Largest question file (Moodle XML, GIFT) the admin accepts, in bytes.
    "IMPORT_MAX_BYTES": 20 * 1024 * 1024,
    # Default pass mark of a new quiz, in per cent.
    "PASS_MARK": 70,
}


def get(name: str):
    """Return the setting `KELISIM_ASSESSMENTS_<name>`, or its default."""
    return getattr(settings, f"KELISIM_ASSESSMENTS_{name}", DEFAULTS[name])
