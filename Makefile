# Kelisim: `make demo` serves the demo site, `make test` runs the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | md5sum | cut -c1-12)
# Fonts with Kazakh letters, gettext for the message catalogues, Pango for WeasyPrint.
RUNTIME_DEBS := gettext fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
TEST_DEBS := chromium poppler-utils
# `make test` runs the suite in this many processes (pytest-xdist), one a CPU, at most four: each
# seeds its own copy of the demo, so more buys little. `make pytest TEST_PROCESSES=0` runs it in one.
TEST_PROCESSES ?= $(shell n=$$(nproc); echo $$(( n < 4 ? n : 4 )))

.PHONY: install messages messages-update demo test lint pytest bench lock clean

$(STAMP): pyproject.toml requirements.lock
	./scripts/ensure-debian-packages $(RUNTIME_DEBS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
		(./scripts/ensure-debian-packages python3-venv && $(PYTHON) -m venv $(VENV))
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP) messages

messages: $(STAMP)
	$(BIN)/python manage.py compilemessages --ignore=.venv -v0

# Re-extract the interface strings of every app into its kk, ru and en catalogues.
messages-update: $(STAMP)
	for app in cms curriculum lms assessments certificates; do (cd $$app && ../$(BIN)/python ../manage.py makemessages -l kk -l ru -l en --no-obsolete --ignore=demo/content -v0); done

demo: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	@echo
	@echo "Kelisim demo on http://127.0.0.1:8000  logins: admin / instructor / trainee, password kelisim-demo"
	@echo
	$(BIN)/python manage.py runserver 127.0.0.1:8000

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

pytest: install
	./scripts/ensure-debian-packages $(TEST_DEBS)
	DJANGO_ALLOW_ASYNC_UNSAFE=1 $(BIN)/pytest -n $(TEST_PROCESSES) --dist loadgroup $(PYTEST_ARGS)

test: lint pytest

# Benchmarks against PostgreSQL, Redis, Celery workers and gunicorn (bench/README.md);
# `make bench QUICK=1` runs a reduced set in under five minutes.
bench: install
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev,bench]"
	$(BIN)/python -m bench.run $(if $(QUICK),--quick) $(BENCH_ARGS)

# Re-pin the versions CI tests with (after changing dependencies in pyproject.toml).
lock:
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' > requirements.lock

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm var tests/artifacts
