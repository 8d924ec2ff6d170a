# Retention Calculator — the two commands: `make run` and `make test`.
# Every target installs what it needs first, and only what is missing (idempotent).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# The exact wasm-bindgen pinned in Cargo.toml: the CLI must be the same version.
WBG_VERSION := $(shell sed -nE 's/^wasm-bindgen = "=([0-9.]+)".*/\1/p' Cargo.toml)
NODE_TOOLS := $(CURDIR)/tests/e2e/node_modules
export PATH := $(NODE_TOOLS)/.bin:$(HOME)/.cargo/bin:$(PATH)
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo)

.PHONY: help run build lint test test-native test-wasm test-e2e tools browser clean bench bench-venv bench-prev

help:
	@echo "make run    build the release app and serve it on http://127.0.0.1:8080"
	@echo "make test   lint, then every test layer (native, wasm in headless Chromium, end-to-end)"
	@echo "make lint   cargo fmt --check and cargo clippy -D warnings, natively and for wasm32"
	@echo "make build  write the release build to dist/"
	@echo "make bench  native, browser and Python lifetimes benchmarks in one table (docs/performance.md)"

## Toolchain: Rust wasm target, trunk, wasm-bindgen-cli (locked version), npm tools (wasm-opt, playwright-core).
tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@trunk --version 2>/dev/null | grep -q " $(TRUNK_VERSION)$$" || cargo install --locked trunk --version $(TRUNK_VERSION)
	@wasm-bindgen --version 2>/dev/null | grep -q " $(WBG_VERSION)$$" || cargo install --force wasm-bindgen-cli --version $(WBG_VERSION)
	@cmp -s tests/e2e/package-lock.json $(NODE_TOOLS)/.installed-from-lock 2>/dev/null \
		|| { npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error \
		     && cp tests/e2e/package-lock.json $(NODE_TOOLS)/.installed-from-lock; }

## Debian's Chromium and its driver, for the browser test layers.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v pdftotext >/dev/null \
		|| { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver poppler-utils; }

build: tools
	trunk build --release
	@for f in dist/*.wasm; do echo "$$f: $$(wc -c <$$f) bytes, $$(gzip -9c $$f | wc -c) gzipped"; done

run: tools
	trunk serve --release --no-autoreload

## Formatting and clippy (`-D warnings`; Cargo.toml's [lints] refuse unwrap/expect outside tests).
lint: tools
	cargo fmt --check
	cargo clippy --locked --all-targets --features bench -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --test web --features bench -- -D warnings

test: tools browser lint test-native test-wasm test-e2e

test-native:
	cargo test --locked

test-wasm: tools browser
	CHROMEDRIVER=$$(command -v chromedriver) cargo test --locked --target wasm32-unknown-unknown --test web --features embed-messages

test-e2e: build browser
	node --test --test-concurrency=1 tests/e2e/

clean:
	cargo clean
	rm -rf dist

## Benchmarks (docs/performance.md): one table on stdout and in target/bench-report.md.
BENCH_OUT := target/bench
BENCH_DIST := target/bench-dist
BENCH_VENV := target/bench-venv
LIFETIMES_VERSION := 0.11.3
CDNOW_SUMMARY := tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv
# Native benchmarks are optimised for speed (the app's own profile optimises the wasm for size);
# no LTO and parallel codegen keep the build short.
BENCH_PROFILE := CARGO_PROFILE_BENCH_OPT_LEVEL=3 CARGO_PROFILE_BENCH_LTO=false CARGO_PROFILE_BENCH_CODEGEN_UNITS=16
# Pipeline at scale: the longest a lifetimes stage may run (a stage projected to take longer from
# the smaller history is not started), and the longest each browser run of a history may take.
BENCH_SCALE_CAP_S := 600
BENCH_SCALE_BROWSER_TIMEOUT_S := 600

## Python lifetimes in a virtualenv under target/ (installed once).
bench-venv:
	@$(BENCH_VENV)/bin/python -c 'import sys, lifetimes; sys.exit(lifetimes.__version__ != "$(LIFETIMES_VERSION)")' 2>/dev/null \
		|| { python3 -m venv $(BENCH_VENV) \
		     && $(BENCH_VENV)/bin/pip install --disable-pip-version-check -q lifetimes==$(LIFETIMES_VERSION); }

# The previous commit's release build, for the load comparison (tests/bench/browser.mjs `load`): its
# sources exported with git archive and built in a target directory of its own (cargo records
# source paths under a target directory relative to it, so sharing one could take the previous
# sources' build for the current one's), kept while the commit is the same.
BENCH_PREV := target/bench-prev
BENCH_PREV_REV ?= HEAD~1
bench-prev: tools
	@rev=$$(git rev-parse --short $(BENCH_PREV_REV)); \
	if [ "$$(cat target/bench-prev.rev 2>/dev/null)" = "$$rev" ] && [ -f $(BENCH_PREV)/index.html ]; then \
		echo "== previous build ($$rev) already in $(BENCH_PREV)"; \
	else \
		echo "== previous build ($$rev) into $(BENCH_PREV)"; \
		rm -rf target/bench-prev-src $(BENCH_PREV) && mkdir -p target/bench-prev-src \
		&& git archive $$rev | tar -x -C target/bench-prev-src \
		&& (cd target/bench-prev-src && CARGO_TARGET_DIR=$(CURDIR)/target/bench-prev-target trunk build --release --dist $(CURDIR)/$(BENCH_PREV)) \
		&& echo "$$rev" >target/bench-prev.rev; \
	fi
	@git rev-parse --short HEAD >target/bench-current.rev

bench: bench-prev build browser bench-venv
	@mkdir -p $(BENCH_OUT)
	@rm -f $(BENCH_OUT)/native.json $(BENCH_OUT)/python.json $(BENCH_OUT)/python-scale.json $(BENCH_OUT)/browser.json
	@echo "== native engine benchmarks (cargo bench; also writes the generated histories to $(BENCH_OUT)/)"
	$(BENCH_PROFILE) BENCH_JSON=$(BENCH_OUT)/native.json BENCH_DATA=$(BENCH_OUT) cargo bench --locked --features bench --bench engine >/dev/null
	@echo "== Python lifetimes $(LIFETIMES_VERSION)"
	$(BENCH_VENV)/bin/python tests/bench/lifetimes_bench.py $(CDNOW_SUMMARY) 5 >$(BENCH_OUT)/python.json
	@echo "== Python lifetimes $(LIFETIMES_VERSION), pipeline at scale (at most $(BENCH_SCALE_CAP_S) s a stage)"
	$(BENCH_VENV)/bin/python tests/bench/lifetimes_scale.py $(BENCH_OUT)/scale-data.json --cap-s $(BENCH_SCALE_CAP_S) \
		>$(BENCH_OUT)/python-scale.json
	@echo "== browser: release build with the bench exports, then headless Chromium"
	trunk build --release --features bench --dist $(BENCH_DIST)
	node tests/bench/browser.mjs --bench-dist $(BENCH_DIST) --dist dist --prev-dist $(BENCH_PREV) --out $(BENCH_OUT)/browser.json \
		--scale-data $(BENCH_OUT)/scale-data.json --scale-timeout-s $(BENCH_SCALE_BROWSER_TIMEOUT_S)
	@echo
	@node tests/bench/report.mjs --native $(BENCH_OUT)/native.json --python $(BENCH_OUT)/python.json \
		--python-scale $(BENCH_OUT)/python-scale.json --browser $(BENCH_OUT)/browser.json --out target/bench-report.md
