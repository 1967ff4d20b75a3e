# pos_voice — two commands do everything on a fresh machine:
#   make demo   installs, migrates, seeds and serves the demo POS with the plugin (SQLite, gunicorn gevent)
#   make test   installs and runs the whole test suite (SQLite; PostgreSQL too when
#               POS_VOICE_TEST_POSTGRES_URL is set, as .ci/run does)

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 5000
DEMO_ENV := cd examples && FLASK_APP=pizzeria_pos PYTHONPATH=. POS_VOICE_PUBLIC_BASE_URL=$${POS_VOICE_PUBLIC_BASE_URL:-http://localhost:$(PORT)}
PYTEST_ARGS ?=
# worker processes for the threaded suite (pytest-xdist; 1 runs it in this process)
TEST_WORKERS ?= 2
XDIST := $(if $(filter-out 1,$(TEST_WORKERS)),-n $(TEST_WORKERS) --dist loadfile)
# make test-fast: one worker more than cores, as it still waits on sockets part of the time
# (measured on the shared two cores at load 4-6: 224 s with three workers, 300 s with two)
TEST_FAST_WORKERS ?= 3
XDIST_FAST := $(if $(filter-out 1,$(TEST_FAST_WORKERS)),-n $(TEST_FAST_WORKERS) --dist loadfile)
# The tests write bytecode even where PYTHONDONTWRITEBYTECODE is set: pytest caches its
# assertion-rewritten test modules there, and without it each worker rewrote all of them again
# on every run (the collection took 11.7 s of CPU per worker, 4.5 s with the cache)
TEST_PYTHON := env -u PYTHONDONTWRITEBYTECODE $(BIN)/python

.PHONY: install demo demo-db test test-fast lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test,postgres,server]"
	touch $@

install: $(VENV)/.installed

demo-db: install
	$(DEMO_ENV) ../$(BIN)/flask pos-voice install-migrations
	$(DEMO_ENV) ../$(BIN)/flask db upgrade
	$(DEMO_ENV) ../$(BIN)/flask seed-demo

demo: demo-db
	@echo "Demo POS on http://localhost:$(PORT)/  (staff login: staff / pizza)  health: http://localhost:$(PORT)/voice/health"
	$(DEMO_ENV) PORT=$(PORT) ../$(BIN)/gunicorn -c gunicorn.conf.py pizzeria_pos.wsgi:app

lint: install
	$(BIN)/ruff check pos_voice tests examples bench
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pos_voice.readme --check

test: install lint
	$(TEST_PYTHON) -m pytest -m "not gevent" $(XDIST) $(PYTEST_ARGS)
	$(TEST_PYTHON) -m gevent.monkey --module pytest -m gevent $(PYTEST_ARGS) || [ $$? -eq 5 ]

test-fast: install
	$(TEST_PYTHON) -m pytest -m "not gevent and not slow and not browser" -x $(XDIST_FAST) $(PYTEST_ARGS)

bench: install
	$(BIN)/python bench/menu_matching.py
	$(BIN)/python bench/matcher_build.py
	$(BIN)/python bench/tool_latency.py
	$(BIN)/python -m bench.calls
	$(BIN)/python -m bench.engines

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache artifacts
