# Both entry points create or refresh .venv themselves, so they work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench venv clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	# PP-OCR models ship inside this wheel; --no-deps keeps its GUI OpenCV out (see pyproject.toml).
	$(BIN)/python -m pip install -q --no-deps 'rapidocr-onnxruntime==1.4.4'
	touch $(STAMP)

venv: $(STAMP)

# The main job on the bundled bulletin: run -> gate -> verify, then say where everything is.
demo: $(STAMP)
	rm -rf demo-out
	$(BIN)/redact run examples/bulletin -o demo-out --report demo-out/report.html
	$(BIN)/redact check demo-out
	$(BIN)/redact audit verify demo-out/audit.jsonl
	@echo
	@echo "de-identified files: demo-out/ (inputs: examples/bulletin/)"
	@echo "report:              demo-out/report.html"
	@echo "audit log:           demo-out/audit.jsonl"

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/text_bench.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
