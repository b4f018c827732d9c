# One target per intent; `make help` lists them.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
HOST ?= 127.0.0.1
export DJANGO_SETTINGS_MODULE ?= portal.settings.development

.DEFAULT_GOAL := help
.PHONY: help install install-dev run serve demo migrate test lint format typecheck \
	check a11y bench messages lock clean publish-scheduled review-digest setup-roles

help:  ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "} {printf "  %-12s %s\n", $$1, $$2}'

$(VENV)/.base: requirements/base.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements/base.lock
	touch $@

$(VENV)/.dev: $(VENV)/.base requirements/dev.lock
	$(PY) -m pip install --quiet -r requirements/dev.lock
	touch $@

install: $(VENV)/.base  ## Create the virtual environment from the lock file

install-dev: $(VENV)/.dev  ## Add the test and lint tools

migrate: install  ## Apply database migrations
	$(PY) manage.py migrate --noinput

demo: migrate  ## Load the demo content (idempotent)
	$(PY) manage.py load_demo_content

run: demo  ## Set up and serve the portal with demo content (HOST, PORT; default 127.0.0.1:8000)
	$(PY) manage.py runserver $(HOST):$(PORT)

serve: install  ## Serve without touching the database
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: install-dev  ## Ruff lint and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev  ## Format the code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

typecheck: install-dev  ## Type-check the domain code
	$(VENV)/bin/mypy

check: install-dev  ## Django system checks and missing migrations
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run

test: lint typecheck check  ## The whole check: lint, types, Django checks, pytest
	$(VENV)/bin/pytest --numprocesses=auto --maxprocesses=4

a11y:  ## Accessibility check with axe-core in Chromium, against a running portal
	cd tools/a11y && npm install --silent && node check.mjs $(or $(BASE_URL),http://$(HOST):$(PORT))

bench: install-dev  ## Run every benchmark in tools/bench/ (BENCH_DATABASE_URL picks the database)
	@for script in tools/bench/*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

messages:  ## Extract and compile translations (needs GNU gettext)
	$(PY) manage.py makemessages --locale es --ignore '.venv/*' --ignore 'tests/*' --ignore 'tools/*' --no-obsolete
	$(PY) manage.py compilemessages --ignore '.venv/*' --ignore 'tools/*'

lock: install-dev  ## Re-pin every dependency after editing requirements/*.in
	$(VENV)/bin/pip install --quiet pip-tools
	cd requirements && ../$(VENV)/bin/pip-compile --quiet --strip-extras \
		--no-header --no-emit-index-url --no-emit-find-links --annotation-style=line -o base.lock base.in
	cd requirements && ../$(VENV)/bin/pip-compile --quiet --strip-extras \
		--no-header --no-emit-index-url --no-emit-find-links --annotation-style=line -o dev.lock dev.in

clean:  ## Remove the virtual environment and collected files
	rm -rf $(VENV) static_collected .mypy_cache .ruff_cache

publish-scheduled: install  ## Publish and unpublish what editors scheduled (run from cron)
	$(PY) manage.py publish_scheduled

review-digest: install  ## Email each country's Reviewers what is due for review
	$(PY) manage.py send_review_digest

setup-roles: install  ## Create or repair every group, permission and review workflow
	$(PY) manage.py setup_roles
