# The two commands of the quick start: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
HOST ?= 127.0.0.1
STORE ?= $(or $(GEOKG_STORE),geokg-data)

.PHONY: serve test install install-test ingest-examples eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# the project's own bytecode is compiled here, once: a machine that sets PYTHONDONTWRITEBYTECODE would otherwise
# compile every module again in every process (about 0.3 s each run; pip compiles the dependencies itself)
$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	$(BIN)/python -m compileall -q geokg ingest endpoint ontology >/dev/null
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

# ingest the bundled articles when the store holds none yet
ingest-examples: install
	@if $(BIN)/geokg status --store "$(STORE)" --quiet-if-empty >/dev/null 2>&1; then \
		echo "store $(STORE) already holds data; not ingesting examples"; \
	else \
		$(BIN)/geokg ingest examples/articles --store "$(STORE)"; \
	fi

serve: ingest-examples
	$(BIN)/geokg serve --store "$(STORE)" --host $(HOST) --port $(PORT)

test: install-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

eval: install
	$(BIN)/python bench/eval.py

clean:
	rm -rf $(VENV) geokg-data .pytest_cache
