"""The Celery app. Workers: `celery -A cms worker`; periodic jobs: `celery -A cms beat`.

Configuration comes from Django settings prefixed `CELERY_`; with no broker configured tasks run
eagerly in the calling process (see `cms.settings.base`).

Database connections in a worker follow Django's own rule, as they would around a request: kept
between tasks for `CONN_MAX_AGE` seconds, closed once broken, too old, or at once when
CONN_MAX_AGE is 0 (the default). `KELISIM_WORKER_CONN_MAX_AGE`, when set, is the workers' own
CONN_MAX_AGE, leaving the web processes as they are; a worker that keeps connections checks them
before each task. Celery's Django fixup would otherwise close every connection before and after
each task whatever CONN_MAX_AGE says: a new PostgreSQL connection per task.
"""

import gc
import os

from celery import Celery, signals

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

app = Celery("kelisim")
app.config_from_object("django.conf:settings", namespace="CELERY")
# The fixup closes connections only every this many tasks; `close_old_connections` below then
# applies CONN_MAX_AGE and the health checks before and after each task.
app.add_defaults({"CELERY_DB_REUSE_MAX": 1000})
app.autodiscover_tasks()


@signals.worker_init.connect
def use_worker_connection_settings(**kwargs) -> None:
    """The workers' own connection age if the settings give one; a worker that keeps its
    connections checks them before each task (a database restarted overnight fails no task)."""
    from django.conf import settings
    from django.db import connections

    max_age = getattr(settings, "KELISIM_WORKER_CONN_MAX_AGE", None)
    for alias in connections:
        # the dict every connection of this alias reads, in this process and the forked pool
        database = connections.settings[alias]
        if max_age is not None:
            database["CONN_MAX_AGE"] = max_age
        if database["CONN_MAX_AGE"] != 0:
            database["CONN_HEALTH_CHECKS"] = True


@signals.worker_init.connect
def load_weasyprint(**kwargs) -> None:
    """WeasyPrint loaded once in the main process, which the pool's children then share, rather
    than by each child at its first certificate (web processes leave it out: certificates.pdf)."""
    from certificates import pdf

    pdf.load()


@signals.worker_process_shutdown.connect
def remove_font_copies(**kwargs) -> None:
    """A pool process ends with os._exit, which runs no `atexit`: the temporary folder of font
    files WeasyPrint made for its certificates would stay in /tmp (certificates.pdf)."""
    from certificates import pdf

    pdf.forget_fonts()


@signals.worker_init.connect
def freeze_what_the_pool_inherits(**kwargs) -> None:
    """Move everything loaded so far (Django, Wagtail, WeasyPrint) out of the garbage collector's
    reach before the pool forks: a pool child's collections would otherwise write to every
    inherited object and so copy the pages it shares with the main process."""
    gc.collect()
    gc.freeze()


@signals.task_prerun.connect
@signals.task_postrun.connect
def close_old_database_connections(sender=None, **kwargs) -> None:
    """Django's rule for connections around a request, applied around a task."""
    if sender is None or getattr(sender.request, "is_eager", False):
        return  # run in the caller's process, inside the caller's transaction
    from django.db import close_old_connections

    close_old_connections()
