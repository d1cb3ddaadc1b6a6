# Entry points. `make run` and `make test` work on a fresh Debian machine with Swift.
SWIFT ?= swift
BIN = .build/release/councilkpi
OUT ?= out/dataset

.PHONY: setup build release run test bench corpus clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release

# The main job on the bundled samples: one canonical record per sample PDF.
run: release
	@mkdir -p $(OUT)
	@for f in samples/*.pdf; do \
	  n=$$(basename $$f .pdf); \
	  $(BIN) extract $$f > $(OUT)/$$n.json.tmp && mv $(OUT)/$$n.json.tmp $(OUT)/$$n.json && echo "wrote $(OUT)/$$n.json"; \
	done

test:
	@scripts/setup.sh --tests
	$(SWIFT) build
	$(SWIFT) test

clean:
	rm -rf .build out

# Pages/s and peak memory of the text stage vs pdftotext -layout (release build).
bench: release
	python3 tools/bench/bench.py --bin $(BIN)
