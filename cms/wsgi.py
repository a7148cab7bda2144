"""WSGI entry point: `gunicorn cms.wsgi` (set DJANGO_SETTINGS_MODULE=cms.settings.production)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()
