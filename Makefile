# The README's two commands: `make demo` (the main job) and `make test` (the whole suite).
# Both create .venv and install the project into it from scratch when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench install clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	rm -rf output/store
	$(BIN)/rekg build --seeds seeds --out output
	$(BIN)/python scripts/screenshot.py output/graph.html output/graph.png
	@echo
	@echo "Wrote output/rekg.ttl (Turtle) and output/graph.html (open it in a browser: file://$(CURDIR)/output/graph.html)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) output/store output/rekg.ttl output/graph.html
