# The two commands of the README. Each creates the virtualenv and installs what it needs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEPS_HASH := $(shell cat pyproject.toml | sha256sum | cut -c1-16)
RUN_STAMP := $(VENV)/.run-$(DEPS_HASH)
DEV_STAMP := $(VENV)/.dev-$(DEPS_HASH)

.PHONY: run test lint bench migration

$(BIN)/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required, found " + sys.version' 
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==26.3

$(RUN_STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(DEV_STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(RUN_STAMP) $@

## make run: the server with a demo platform on the embedded SQLite default.
run: $(RUN_STAMP)
	$(BIN)/safeharbour serve --demo

## make test: lint, then the whole suite (SQLite, and PostgreSQL when one answers), including
## the browser tests on Debian's chromium (installed first when missing and running as root).
test: $(DEV_STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/lint-imports
	bash scripts/ensure-chromium.sh
	$(BIN)/pytest -p no:cacheprovider

lint: $(DEV_STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

bench: $(DEV_STAMP)
	$(BIN)/python bench/ingest.py

migration: $(DEV_STAMP)
	$(BIN)/python scripts/regen_initial_migration.py
