# Two commands on a fresh machine (python3 and make are all it needs):
#   make run   - create .venv, install, clean raw/ into clean/, validate, write reports/
#   make test  - create .venv, install with the dev extra, run the whole suite
#   make eval  - score the cleaner on the evaluation set (eval/README.md)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test bench eval clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Reinstall when the project definition changes.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/cleaner run

# One worker per core (pytest-xdist): the suite is CPU-bound, tests share no files.
test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -n auto --durations=30

bench: $(VENV)/.installed-run
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/validate_speed.py

# The evaluation set (eval/README.md): recall per defect class, TUNE and HELD halves.
eval: $(VENV)/.installed-run
	$(BIN)/python eval/score.py

clean-venv:
	rm -rf $(VENV)
