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

.PHONY: help run build test test-native test-wasm test-e2e tools browser clean

help:
	@echo "make run    build the release app and serve it on http://127.0.0.1:8080"
	@echo "make test   run every test layer (native, wasm in headless Chromium, end-to-end)"
	@echo "make build  write the release build to dist/"

## Toolchain: Rust wasm target, trunk, wasm-bindgen-cli (locked version), npm tools (wasm-opt, playwright-core).
tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -q " $(TRUNK_VERSION)$$" || cargo install --locked trunk --version $(TRUNK_VERSION)
	@wasm-bindgen --version 2>/dev/null | grep -q " $(WBG_VERSION)$$" || cargo install --force wasm-bindgen-cli --version $(WBG_VERSION)
	@cmp -s tests/e2e/package-lock.json $(NODE_TOOLS)/.installed-from-lock 2>/dev/null \
		|| { npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error \
		     && cp tests/e2e/package-lock.json $(NODE_TOOLS)/.installed-from-lock; }

## Debian's Chromium and its driver, for the browser test layers.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null \
		|| { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }

build: tools
	trunk build --release

run: tools
	trunk serve --release --no-autoreload

test: tools browser test-native test-wasm test-e2e

test-native:
	cargo test --locked

test-wasm: tools browser
	CHROMEDRIVER=$$(command -v chromedriver) cargo test --locked --target wasm32-unknown-unknown --test web

test-e2e: build browser
	node --test --test-concurrency=1 tests/e2e/

clean:
	cargo clean
	rm -rf dist
