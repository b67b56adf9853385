# katagrad: `make grade` and `make test` are all a learner needs. The first run of either sets up
# .venv (numpy, pytest, pytest-timeout); later runs skip that in well under a second.
# The optional extras (matplotlib for plots, watchfiles for watch and mock) are installed by the
# targets that use them, and by `make test`, which tests them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
READY := $(VENV)/.katagrad-ready
EXTRAS := $(VENV)/.katagrad-extras
TESTEXTRAS := $(VENV)/.katagrad-test-extras
KATA ?=
ARGS ?=

.PHONY: grade test check oracle gradescope-bundle stubs bench list next watch mock plot setup clean-venv

grade: $(READY)
	@# exit 1 ("some katas not passed yet") is a normal state when practising: only errors fail make.
	@$(PY) -m grader grade $(KATA); status=$$?; [ $$status -le 1 ] || exit $$status

# The suite on every core (pytest-xdist, a test-only extra): a module's tests, and a track's catalogue
# gradings, stay together on one worker (tests/conftest.py). TEST_WORKERS=1 runs it in one process.
TEST_WORKERS ?= $(shell $(PYTHON) -c 'import os; print(min(4, os.cpu_count() or 1))')

test: $(TESTEXTRAS)
	@$(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadgroup

# One kata (or a track) through the contributing checklist, in seconds: make check KATA=numerics/softmax
check: $(TESTEXTRAS)
	@[ -n "$(KATA)" ] || { echo "usage: make check KATA=<id, name or track>"; exit 2; }
	@KATAGRAD_CHECK="$(KATA)" $(PY) -m pytest -q tests/test_catalogue.py tests/test_debug_katas.py $(wildcard tests/oracles)

# Optional, never part of `make test`: our references against PyTorch, for whoever has it installed
# (.venv/bin/pip install torch; the CPU build is enough). Without it the tests are skipped, saying so.
oracle: $(TESTEXTRAS)
	@$(PY) -m pytest -q -rs -o addopts="" -p no:cacheprovider --import-mode=importlib tests/torch_oracles

# The Gradescope autograder zip: make gradescope-bundle KATA="adam momentum" ARGS="--hidden-details after_published"
gradescope-bundle: $(READY)
	@$(PY) -m grader bundle $(KATA) $(ARGS)

watch: $(EXTRAS)
	@$(PY) -m grader watch $(KATA)

mock: $(EXTRAS)
	@# exit 1 (time ran out before every kata passed) is an outcome, not an error of make's; the trap keeps
	@# the shell alive through a Ctrl-C, which stops the mock cleanly (exit 0), so make reports no interrupt
	@trap : INT; $(PY) -m grader mock $(ARGS); status=$$?; [ $$status -le 1 ] || exit $$status

plot: $(EXTRAS)
	@$(PY) -m grader plot $(KATA)

stubs: $(READY)
	@$(PY) -m grader.stubs $(ARGS)

# (e) runs make test's own command, so the test extras are needed: make bench ARGS=--no-suite skips it
bench: $(TESTEXTRAS)
	@$(PY) bench/bench.py $(ARGS)

list: $(READY)
	@$(PY) -m grader list

next: $(READY)
	@$(PY) -m grader next

setup: $(READY)

$(READY): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "katagrad needs Python 3.11 or newer, but $(PYTHON) is Python " + sys.version.split()[0] + ". Install a newer Python, then run: make PYTHON=python3.12 grade")'
	@echo "First run: setting up $(VENV) with numpy, pytest and pytest-timeout (once; seconds on a fast connection)..."
	@$(PYTHON) -m venv $(VENV)
	@$(PY) -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' \
		| xargs $(PY) -m pip install --quiet --disable-pip-version-check
	@touch $@
	@echo "Ready."

$(EXTRAS): $(READY)
	@echo "Installing the optional extras (matplotlib, watchfiles), once..."
	@$(PY) -c 'import tomllib; extras = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]; print("\n".join(d for name in ("plot", "watch") for d in extras[name]))' \
		| xargs $(PY) -m pip install --quiet --disable-pip-version-check
	@touch $@

# Test-only extras (scikit-learn, scipy, ..., pytest-xdist): outside oracles for our references, never used by a learner's worker.
$(TESTEXTRAS): $(EXTRAS)
	@echo "Installing the test-only extras (the outside oracles, lxml, jsonschema, pytest-xdist: see pyproject.toml) and the notebook and review extras, once..."
	@$(PY) -c 'import tomllib; extras = tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]; print("\n".join(d for name in ("test", "notebook", "review") for d in extras[name]))' \
		| xargs $(PY) -m pip install --quiet --disable-pip-version-check
	@touch $@

clean-venv:
	rm -rf $(VENV)
