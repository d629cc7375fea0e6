# PainMap. A newcomer needs two targets: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test lint unit e2e component bench chromium node postgres system-libs clean

run: $(VENV)/.run-installed system-libs  ## Serve PainMap on http://127.0.0.1:8050
	$(PY) -m dashapp

test: $(VENV)/.dev-installed chromium node postgres system-libs  ## Lint, then the whole test suite (unit and browser)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m pytest -n auto --dist loadscope

component: $(VENV)/.dev-installed  ## Rebuild the dash_bodymap components (needs Node and npm)
	cd dash_bodymap && npm ci --no-audit --no-fund && ../$(PY) build.py

bench: $(VENV)/.dev-installed chromium  ## Run the benchmarks and record their results
	$(PY) bench/run_all.py

$(VENV)/bin/python:
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
		echo "Installing Debian's python3-venv to create $(VENV)"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y python3-venv && \
		rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip

# requirements.txt installs ./dash_bodymap in editable mode: its code is read in place, but a
# change to its pyproject.toml (version, dependencies, package data) needs a reinstall.
$(VENV)/.run-installed: requirements.txt dash_bodymap/pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt dash_bodymap/pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.run-installed

chromium:  ## Debian's Chromium drives the browser tests (Playwright never downloads one)
	@test -x $(CHROMIUM) || { \
		echo "Installing Debian's chromium for the browser tests"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y chromium fonts-dejavu-core; }

node:  ## Debian's Node.js runs the unit tests of the browser-side autosave queue
	@command -v node >/dev/null || { \
		echo "Installing Debian's nodejs for the browser-side unit tests"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs; }

postgres:  ## Debian's PostgreSQL server: the store tests run on it as well as on SQLite
	@ls /usr/lib/postgresql/*/bin/initdb /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || { \
		echo "Installing Debian's postgresql for the store tests"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y postgresql; }

SYSTEM_LIBS := libcairo2 libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core
system-libs:  ## Debian's Cairo, Pango and DejaVu fonts draw the PNG and PDF exports
	@missing=$$(for p in $(SYSTEM_LIBS); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	test -z "$$missing" || { \
		echo "Installing Debian's $$missing for the exports"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; }

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
