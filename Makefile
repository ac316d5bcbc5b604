# policykg — the two commands that matter: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STORE ?= $(or $(POLICYKG_STORE),var/store)
PORT ?= $(or $(POLICYKG_PORT),5000)
CONSTRAINTS := constraints.txt

.PHONY: run test install install-test system-deps web-assets build serve lint bench quality mutants mutation goldens \
	clean constraints

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# versions pinned by constraints.txt (reproducible installs; regenerate with `make constraints`)
$(VENV)/.installed: pyproject.toml $(CONSTRAINTS) | $(PY)
	$(PIP) install --quiet -c $(CONSTRAINTS) -e . 2>&1 | grep -v "^\s*$$" || true
	$(PY) -c "import policykg, pyoxigraph, flask"
	touch $@

$(VENV)/.installed-test: pyproject.toml $(CONSTRAINTS) | $(PY)
	$(PIP) install --quiet -c $(CONSTRAINTS) -e ".[test]" 2>&1 | grep -v "^\s*$$" || true
	$(PY) -c "import policykg, pyoxigraph, flask, pytest, playwright"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed web-assets

install-test: $(VENV)/.installed-test system-deps web-assets

# Debian's chromium (driven by Playwright for Python, never `playwright install`), CJK fonts, Java for HermiT.
system-deps:
	@command -v chromium >/dev/null && fc-list 2>/dev/null | grep -qi wqy && command -v java >/dev/null || { \
	  echo "installing chromium, fonts-wqy-microhei, Java (apt)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-wqy-microhei default-jre-headless >/dev/null; }

# Front-end packages from npm (YASGUI), served locally from web/static/vendor.
web-assets:
	@if [ -f package.json ]; then \
	  [ -d node_modules ] && [ node_modules -nt package-lock.json ] || npm ci --silent --no-audit --no-fund; \
	  $(PY) -m web.assets; fi

build: install
	$(VENV)/bin/policykg build --store $(STORE)

serve: install
	$(VENV)/bin/policykg serve --store $(STORE) --port $(PORT)

run: build serve

# pytest exit 5 (no tests collected) is a failure, not a pass.
test: install-test
	@$(VENV)/bin/python -m pytest -q; s=$$?; \
	  if [ $$s = 5 ]; then echo "pytest collected no tests"; exit 1; fi; exit $$s

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .

# Scale benchmark → benchmarks/results.md (hours at 10 000 documents; e.g. BENCH_ARGS="--resume --snapshot").
bench: install
	$(VENV)/bin/python -m benchmarks.scale $(BENCH_ARGS)

# Extraction scored against the independent keys → benchmarks/extraction_quality.md (seconds).
quality: $(VENV)/.installed-test
	$(VENV)/bin/python -m benchmarks.quality --set all

# The realistic bugs of issue 12 planted one at a time → benchmarks/planted_mutants.md (minutes).
mutants: $(VENV)/.installed-test
	$(VENV)/bin/python -m benchmarks.planted_mutants

# mutmut → benchmarks/mutation.md. By default the extractors' pure rule modules with the tests that exercise them
# (minutes); MUTATION_ARGS="--paths … --tests …" for others. Code that runs in the query worker processes
# (graph_store) is out of mutmut's reach: the planted mutants (make mutants) guard it.
MUTATION_ARGS ?= --paths loaders/extract/comparators.py loaders/extract/quantities.py \
	--tests tests/test_rule_tables.py tests/test_extract_quantities_rules.py tests/test_extract_targets.py \
	tests/test_extract_tables.py
mutation: $(VENV)/.installed-test
	$(PIP) install --quiet -c $(CONSTRAINTS) -e ".[dev]"
	$(VENV)/bin/python -m benchmarks.mutation $(MUTATION_ARGS)

goldens: $(VENV)/.installed-test
	$(VENV)/bin/python -m tests.golden_cases
	git diff --stat -- tests/golden

constraints: $(VENV)/.installed-test
	$(PIP) freeze --exclude-editable | grep -v "^-e" > $(CONSTRAINTS)

clean:
	rm -rf var tests/artifacts .pytest_cache
