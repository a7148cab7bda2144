"""The Kelisim site: settings, URLs, the Celery app, the home page and the demo data."""

from .celery import app as celery_app

__all__ = ["celery_app"]
