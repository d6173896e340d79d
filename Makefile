# Safi — make run builds and serves the app; make test runs every test.
GO      ?= go
PORT    ?= 8000
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.version=$(VERSION)
WASM    := web/app.wasm
FUZZTIME ?= 5s

.PHONY: all run build wasm dist test test-short bench fuzz eval clean

all: build

## build: the native program (bin/app) and web/app.wasm
build: wasm
	$(GO) build -trimpath -ldflags="$(LDFLAGS)" -o bin/app ./app

wasm:
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="$(LDFLAGS)" -o $(WASM) ./wasm

## dist: the static site in dist/, ready for any static host
##       (BASE=/repo for a site under a path, e.g. GitHub Pages project sites)
BASE ?=
dist: build
	./bin/app build --out dist $(if $(BASE),--base $(BASE))

## run: build everything, generate the site, serve it on 127.0.0.1:$(PORT)
run: dist
	./bin/app serve --dir dist --addr 127.0.0.1:$(PORT)

## test: every test (engine, components, end-to-end in headless Chromium)
test: dist
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm ./internal/ui/...

## bench: engine benchmarks
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./internal/...

## fuzz: each fuzz target for $(FUZZTIME)
fuzz:
	@for pkg in $$($(GO) list ./internal/...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$t"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

## eval: score extraction on a corpus (DIR=../shared/corpus/dev)
DIR ?= ../shared/corpus/dev
eval:
	$(GO) run ./app eval $(DIR)

clean:
	rm -rf bin dist $(WASM)
