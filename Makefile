# The two commands a newcomer needs:  make run  |  make test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run test lint bench neo4j-start neo4j-stop clean-neo4j

$(STAMP): pyproject.toml
	scripts/ensure-build-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

setup: $(STAMP) ## virtualenv with geokg and its test tools

.env:
	@umask 077 && printf 'GEOKG_NEO4J_PASSWORD=%s\n' "$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(18))')" > .env
	@echo "wrote .env with a fresh random Neo4j password"

run: setup .env ## start Neo4j, load the seed data, serve the API on 127.0.0.1:8000
	$(BIN)/geokg neo4j start
	$(BIN)/geokg load data/seed/*.yaml
	$(BIN)/geokg serve

test: setup lint ## lint, then every test against a real Neo4j (port 7688) and a real Chromium
	scripts/ensure-chromium.sh
	$(BIN)/pytest

lint: setup ## ruff and mypy over the whole tree (code, tests, benchmarks)
	$(BIN)/ruff check .
	$(BIN)/mypy .

bench: setup
	$(BIN)/geokg bench

neo4j-stop:
	$(BIN)/geokg neo4j stop
