# Scannable: the two commands are `make run` (set up, start the service, show the demo) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: install run demo test golden eval bench clean browser extension lock audit fuzz load

install: $(STAMP)

# A virtual environment in the repo with the project (editable) and its test dependencies, at the
# versions requirements.lock pins (a dependency added to pyproject.toml since is still installed).
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## Re-pin requirements.lock to the newest versions pyproject.toml allows, resolved in a fresh environment.
lock:
	rm -rf $(VENV)/lock && $(PYTHON) -m venv $(VENV)/lock
	$(VENV)/lock/bin/pip install --quiet -e '.[test]'
	{ sed -n '1,2p' requirements.lock; $(VENV)/lock/bin/pip freeze --exclude-editable; } > requirements.lock.new
	mv requirements.lock.new requirements.lock && rm -rf $(VENV)/lock
	@echo "requirements.lock re-pinned: read git diff requirements.lock, run make test, commit it"

## Known vulnerabilities in the pinned dependencies: pip-audit (in its own environment) asks PyPI's advisory
## data; --strict fails the audit when a package could not be checked, instead of passing it unchecked.
audit: install
	test -x $(VENV)/audit/bin/pip-audit || ($(PYTHON) -m venv $(VENV)/audit && $(VENV)/audit/bin/pip install --quiet 'pip-audit>=2.7')
	$(VENV)/audit/bin/pip-audit --requirement requirements.lock --no-deps --disable-pip --progress-spinner off --strict

## Fuzzing, long (about 20 minutes): schemathesis sends 10,000 generated requests to a real gunicorn,
## hypothesis tries 2,000 pages and texts per property of the extractors. `make test` runs a short version.
fuzz: install
	SCANNABLE_FUZZ_EXAMPLES=2000 $(BIN)/python -m pytest -q tests/fuzz/test_extractors.py
	$(BIN)/python -m tests.fuzz.run_schemathesis

## Load (several minutes): 10,000 requests at concurrency 32 against gunicorn on a loopback port, one
## worker killed half-way; reports errors, worker memory and the replacement.
load: install
	$(BIN)/python -m tests.load.run

## Set up, print the demo (the bundled sample profile, no browser needed), then serve on 127.0.0.1:$(PORT).
run: install
	@echo "== Scannable: the sample profile, annotated (make demo) =="
	@$(BIN)/scannable annotate server/demo/sample-profile.html --format text
	@echo "== Starting the service on http://127.0.0.1:$(PORT) (Ctrl-C stops it) =="
	@echo "   try: curl -s -X POST http://127.0.0.1:$(PORT)/v1/annotate -H 'Content-Type: application/json' \\"
	@echo "          -d '{\"text\": \"Increased market share 27% in 15 months\"}'"
	@echo "   or open http://127.0.0.1:$(PORT)/demo (the sample profile with the extension's overlay)"
	$(BIN)/gunicorn -c python:server.gunicorn_conf --bind 127.0.0.1:$(PORT) --workers 2 'server:create_app()'

## Annotate the bundled sample profile in the terminal.
demo: install
	$(BIN)/scannable annotate server/demo/sample-profile.html --format text

## Every test: the extension's JavaScript (node --test), then pytest (with the extension in Chromium and Firefox).
test: install browser node_modules/.package-lock.json
	node --test tests/extension/
	$(BIN)/python -m pytest

## Debian's Chromium and Firefox ESR for the extension's end-to-end tests, installed only where missing (as root).
browser:
	@test -x /usr/bin/chromium -a -x /usr/bin/firefox-esr || (apt-get update && apt-get install -y chromium firefox-esr)

## The extension's JavaScript test dependencies (jsdom), exactly as package-lock.json pins them.
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

## The extension as the zip a store upload takes (manifest.json at its root): dist/scannable-extension.zip.
extension:
	@mkdir -p dist
	rm -f dist/scannable-extension.zip
	cd extension && $(PYTHON) -m zipfile -c ../dist/scannable-extension.zip *
	@echo "dist/scannable-extension.zip: upload it, or load extension/ unpacked (see the README)"

## Accuracy on hand-labelled real text (../shared/data), beside quantulum3: every module in evaluation/.
eval: install
	$(BIN)/pip install --quiet -e '.[eval]'
	$(BIN)/python -m evaluation

## Benchmarks (a few minutes): speed against lxml and quantulum3, scale, the service under load, the
## extension in Chromium. Prints a table, writes bench-results/latest.json and docs/BENCHMARKS.md.
bench: install
	$(BIN)/pip install --quiet -e '.[eval,bench]'
	@command -v wrk >/dev/null || (apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null) \
		|| echo "no wrk here: the load part uses a Python client"
	@test -x /usr/bin/chromium || (apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null) \
		|| echo "no chromium here: the browser part is skipped"
	$(BIN)/python -m bench --command "make bench"

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info

## Rewrite the golden files from the current output (read the diff before committing it).
golden: install
	SCANNABLE_UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/extractors/test_golden.py \
		tests/extractors/pages/test_linkedin_pvs.py tests/extractors/pages/test_linkedin_public.py
