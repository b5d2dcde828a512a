# Scannable: the two commands are `make run` (set up, start the service, show the demo) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: install run demo test golden eval clean

install: $(STAMP)

# A virtual environment in the repo with the project (editable) and its test dependencies.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## Set up, print the demo (the bundled sample profile, no browser needed), then serve on 127.0.0.1:$(PORT).
run: install
	@echo "== Scannable: the sample profile, annotated (make demo) =="
	@$(BIN)/scannable annotate server/demo/sample-profile.html --format text
	@echo "== Starting the service on http://127.0.0.1:$(PORT) (Ctrl-C stops it) =="
	@echo "   try: curl -s -X POST http://127.0.0.1:$(PORT)/v1/annotate -H 'Content-Type: application/json' \\"
	@echo "          -d '{\"text\": \"Increased market share 27% in 15 months\"}'"
	$(BIN)/gunicorn --bind 127.0.0.1:$(PORT) --workers 2 --no-control-socket --access-logfile - 'server:create_app()'

## Annotate the bundled sample profile in the terminal.
demo: install
	$(BIN)/scannable annotate server/demo/sample-profile.html --format text

## Every test.
test: install
	$(BIN)/python -m pytest

## Accuracy on hand-labelled real text (../shared/data), beside quantulum3: every module in evaluation/.
eval: install
	$(BIN)/pip install --quiet -e '.[eval]'
	$(BIN)/python -m evaluation

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info

## Rewrite the golden files from the current output (read the diff before committing it).
golden: install
	SCANNABLE_UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/extractors/test_golden.py
