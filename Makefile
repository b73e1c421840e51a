# The README's two commands: `make demo` and `make test`. Each creates .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
STORE ?= eventgraph.db

.PHONY: demo test lint bench screenshots clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/eventgraph ingest data --store $(STORE)
	$(BIN)/eventgraph timeline --store $(STORE) --limit 15
	$(BIN)/eventgraph central --store $(STORE) --top 8
	@mkdir -p out
	$(BIN)/eventgraph viz --store $(STORE) --kind network --out out/network.html
	$(BIN)/eventgraph viz --store $(STORE) --kind timeline --out out/timeline.html
	@echo "Open in a browser (works offline):"
	@echo "  file://$(CURDIR)/out/network.html"
	@echo "  file://$(CURDIR)/out/timeline.html"

test: $(STAMP)
	$(BIN)/python -m pytest -n 2

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

# `make bench BENCH_ARGS=--quick` for small sizes; see benchmarks/RESULTS.md.
bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py $(BENCH_ARGS)

screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) $(STORE) build *.egg-info
