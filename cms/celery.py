"""The Celery app. Workers: `celery -A cms worker`; periodic jobs: `celery -A cms beat`.

Configuration comes from Django settings prefixed `CELERY_`; with no broker configured tasks run
eagerly in the calling process (see `cms.settings.base`).
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

app = Celery("kelisim")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
