"""Settings of the curriculum app, each read from `KELISIM_CURRICULUM_<NAME>` with a default."""

from django.conf import settings

DEFAULTS = {
    # Page types allowed under a module. A site that installs assessments adds its quiz page here,
    # so curriculum never has to name the apps that build on it.
    "MODULE_CHILD_PAGE_TYPES": ["curriculum.LessonPage"],
}


def get(name: str):
    """Return the setting `KELISIM_CURRICULUM_<name>`, or its default."""
    return getattr(settings, f"KELISIM_CURRICULUM_{name}", DEFAULTS[name])
