# Entry points. `make run` and `make test` work on a fresh Debian machine with Swift.
SWIFT ?= swift
BIN = .build/release/councilkpi
OUT ?= out/dataset
REPORT ?= out/report

.PHONY: setup build release run test bench corpus records clean faults format

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build

# The Swift runtime linked in statically: a third less start-up time per process, which
# counts when ingest runs one child per PDF.
release: setup
	$(SWIFT) build -c release --static-swift-stdlib

# The main job on the bundled samples: the dataset (records, manifest, CSV, SQLite) in $(OUT),
# and its HTML report in $(REPORT) (open $(REPORT)/index.html).
# samples/bad/ holds the bad-input examples: they are left out here (the tests use them).
run: release
	$(BIN) ingest samples/*.pdf --out $(OUT)
	$(BIN) report $(OUT) --html $(REPORT)

# Formatting first (swift format, .swift-format: 120 columns), then every test, then the
# leak check under valgrind on a few files (tools/leakcheck.sh without --quick: all of them).
test:
	@scripts/setup.sh --tests
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	tools/leakcheck.sh --quick

# Rewrites the code in the house style that `make test` checks.
format:
	$(SWIFT) format format --in-place --recursive Sources Tests Package.swift

# The ingest fault-injection tests in full: 390 damaged copies of real PDFs (the default test
# run uses 52), and the whole hostile corpus of tools/faults/hostile.py — bombs, cycles, deep
# nesting, 20,000 pages, broken xref and object streams, not-PDFs, odd names and 1,000
# object-level mutations of the samples (the default test run uses a quick slice). Prints the
# figures: ok / failed / timed out / at a limit, peak child RSS.
faults: setup
	@scripts/setup.sh --tests
	$(SWIFT) build --build-tests
	COUNCILKPI_FAULTS=390 COUNCILKPI_HOSTILE=full $(SWIFT) test --skip-build \
		--filter 'IngestTests/(aFaultInjectionCorpusNeverStopsTheBatch|aHostileCorpusEndsOkOrFailedWithOneLineReasons)'

clean:
	rm -rf .build out

# Pages/s and peak memory of the text stage, tables and extract vs pdftotext -layout; callgrind
# instructions per page on three reference papers and the cost of a paper ten times as long;
# then ingest of the whole corpus at --jobs 1 and 2 (release build).
bench: release
	python3 tools/bench/bench.py --bin $(BIN)
	python3 tools/bench/scaling.py --bin $(BIN)
	tools/bench/ingest.sh

# The shared table corpus: runs `tables` on every case (its pages only) and prints the scores.
corpus: release
	@tools/corpus/run.sh

# The records corpus (council papers with exact truth): extracts each, scores it item by item
# and prints per-section precision/recall/F1 and the worst documents. VERBOSE=1 lists every miss.
records: release
	@tools/records/run.sh $(if $(VERBOSE),--verbose)
