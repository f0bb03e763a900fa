# Newsflow: `make run` sets up and runs the whole job on the examples; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run up test test-fast lint format bench chaos train-sentiment eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)  ## create .venv and install Newsflow with its dev tools

run: setup  ## start everything on embedded defaults, analyse examples/, print the report, stop
	$(BIN)/newsflow run examples/

up: setup  ## start Redis (embedded unless NEWSFLOW_REDIS_URL) and all services; Ctrl-C stops
	$(BIN)/newsflow up

test: setup  ## the whole test suite on real servers (no Docker, no root needed)
	$(BIN)/python -m pytest -q

lint: setup  ## ruff (lint + format check) and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy services shared

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: setup  ## throughput, per-stage latency and peak RSS: pipeline vs in-process analyze
	$(BIN)/newsflow bench --articles 200

chaos: setup  ## 2,000 articles with workers SIGKILLed and Redis restarted; counts lost/duplicated
	$(BIN)/newsflow chaos --articles 2000

NEWSMTSC ?= ../shared/data/newsmtsc
train-sentiment: setup  ## retrain the target-sentiment model on NewsMTSC (seeded; ~15 min on 2 cores)
	$(BIN)/pip install --quiet torch==2.13.0 || $(BIN)/pip install --quiet torch
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python scripts/train_sentiment.py $(NEWSMTSC)/train.jsonl --dev $(NEWSMTSC)/devtest_mt.jsonl

eval: setup  ## score analyze on ../shared's dev set and on every set under eval/
	$(BIN)/newsflow analyze --format json ../shared/corpus/dev/*.txt > /tmp/newsflow-dev.json
	$(BIN)/python ../shared/eval/score.py ../shared/eval/gold-dev.json /tmp/newsflow-dev.json | tail -1
	@for dir in eval/*/; do \
	  set=$$(basename $$dir); echo "eval/$$set:"; \
	  $(BIN)/newsflow analyze --format json eval/$$set/corpus/*.txt > /tmp/newsflow-$$set.json && \
	  $(BIN)/python ../shared/eval/score.py eval/$$set/gold-$$set.json /tmp/newsflow-$$set.json | tail -1; \
	done
	$(BIN)/newsflow sentiment $(NEWSMTSC)/devtest_mt.jsonl > /tmp/newsflow-newsmtsc.jsonl
	$(BIN)/python scripts/newsmtsc_f1.py /tmp/newsflow-newsmtsc.jsonl

clean:
	rm -rf $(VENV) .newsflow .pytest_cache .mypy_cache .ruff_cache *.egg-info
