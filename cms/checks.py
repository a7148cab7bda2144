"""System checks of the deployment (`manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs) -> list[Warning]:
    """A site runs several web processes and workers: what the cache guards (the verification's
    rate limit, the lock that queues one eligibility refresh at a time) only holds across them
    when they share it."""
    if settings.CACHES["default"]["BACKEND"].endswith(".LocMemCache"):
        return [
            Warning(
                "The cache is each process's own memory.",
                hint=(
                    "Set CACHE_URL to a Redis database, e.g. redis://127.0.0.1:6379/1: the "
                    "certificate verification's rate limit counts per process otherwise, and "
                    "each process may queue its own eligibility refresh."
                ),
                id="kelisim.W001",
            )
        ]
    return []
