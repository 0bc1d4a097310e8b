# dkg: make install | demo | test | lint | bench | nameswap | docs
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := out/demo

.PHONY: install demo test test-fast lint bench bench-quick bench-remote nameswap docs java virtuoso chromium clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v java >/dev/null 2>&1 || $(MAKE) java
	@command -v virtuoso-t >/dev/null 2>&1 || $(MAKE) virtuoso
	@command -v chromium >/dev/null 2>&1 || $(MAKE) chromium
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,viz,docs,remote,cluster]'
	@touch $(STAMP)

# a Java runtime for the HermiT reasoner (kg reason) and the OWL API profile check
java:
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	 $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends default-jre-headless

# Virtuoso Open Source 7's server binary alone (virtuoso-t), for the remote-store tests: the full
# virtuoso-opensource package would also start a system-wide server
virtuoso:
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	 $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin

# headless Chromium (/usr/bin/chromium) for the browser test of kg serve's page; Playwright drives
# this build and never downloads one of its own. Waits for another apt run to release its lock.
chromium:
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	 $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	   -o DPkg::Lock::Timeout=600 --no-install-recommends chromium

demo: install
	@rm -rf $(DEMO) && mkdir -p $(DEMO)
	$(BIN)/kg build --store $(DEMO)/store examples/articles
	$(BIN)/kg query --store $(DEMO)/store sectors-discussed --param a=Indonesia --param b=Russia
	$(BIN)/kg export --store $(DEMO)/store --format turtle --out $(DEMO)/graph.ttl

test: install
	$(BIN)/pytest

test-fast: install
	$(BIN)/pytest -m "not slow"

lint: install
	$(BIN)/ruff check kg tests bench
	$(BIN)/mypy kg

# 10,000 articles (about two million triples); the articles and the store stay in out/bench, so
# `bench/run.py --work out/bench --cases queries,export` measures again without rebuilding
bench: install
	$(BIN)/python bench/run.py --work out/bench

bench-quick: install
	$(BIN)/python bench/run.py --quick

# saved queries over HTTP and build throughput, on Oxigraph server and Virtuoso (bench/remote.py)
bench-remote: install
	$(BIN)/python bench/remote.py

# the name-swap check on the examples, and on the sample and dev corpora when ../shared is beside the checkout
SHARED := ../shared
nameswap: install
	$(BIN)/python bench/nameswap.py
	@if [ -d $(SHARED)/gold ]; then $(BIN)/python bench/nameswap.py --articles $(SHARED)/articles --gold $(SHARED)/gold; fi
	@if [ -d $(SHARED)/dev/gold ]; then $(BIN)/python bench/nameswap.py --articles $(SHARED)/dev/articles --gold $(SHARED)/dev/gold; fi

# the HTML reference of the ontology (pyLODE; the modules merged first, as pyLODE does not follow imports)
docs: install
	$(BIN)/python docs/build_reference.py docs/ontology.html

clean:
	rm -rf $(VENV) out .kg .pytest_cache .mypy_cache .ruff_cache
