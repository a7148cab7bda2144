"""Local development and `make demo`: debug on, an insecure key is acceptable."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "django-insecure-kelisim-local-development-only"
