# Safi — make run builds and serves the app; make test runs every test.
GO      ?= go
PORT    ?= 8000
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.version=$(VERSION)
WASM    := web/app.wasm
# A count (Nx), not a duration: with a duration Go 1.26's fuzz coordinator can
# report "context deadline exceeded" when time runs out (go.dev/issue/75804).
FUZZTIME ?= 10000x

.PHONY: all run build wasm goapp-wasm wasm-check tidy-check dist test test-short bench bench-compare bench-memory bench-browser size fuzz eval eval-pages compare train clean

all: build

## build: the native program (bin/app) and web/app.wasm
build: wasm
	$(GO) build -trimpath -ldflags="$(LDFLAGS)" -o bin/app ./app

# WASMINLINE lists, as package patterns, the packages app.wasm is built
# with inlining on; inlining is off (-l) in every other package. It keeps
# app.wasm small while the engine's per-character stages, the runtime and
# the standard packages their loops call into stay inlined. (The worker
# protocol, ui/worker, left the list: 15 KB gzip for 0.1-0.7 ms more to
# decode a 1 MB paste's report, docs/measuring.md.) Results do not change: inlining never changes
# what code computes. Every target that
# builds for js/wasm (wasm, size, bench-wasm, the wasm vet) uses it through
# WASMFLAGS, and wasm-check fails when a pattern matches no package, so a
# renamed package cannot silently lose its setting. docs/measuring.md has
# what it saves and costs.
SAFI := github.com/safi-app/safi/internal
WASMINLINE := $(SAFI)/extract/textread $(SAFI)/extract/ticker $(SAFI)/extract/classify $(SAFI)/extract/assemble \
	$(SAFI)/language/... $(SAFI)/measure/... $(SAFI)/doc \
	encoding/binary \
	strings bytes unicode unicode/utf8 slices sort strconv math math/bits github.com/clipperhouse/... \
	internal/bytealg internal/runtime/maps runtime
# app.wasm is built against a copy of go-app whose server files
# (pkg/app/http.go, resource.go) are left out of the browser build, and with
# them net/http, crypto/tls and math/big, which the browser never runs
# (tools/goappwasm says how; native builds use go-app as it is).
WASMMOD   := $(CURDIR)/bin/wasm.mod
WASMFLAGS := $(strip $(GOFLAGS) $(if $(WASMINLINE),-gcflags=all=-l $(foreach p,$(WASMINLINE),-gcflags=$(p)=)) -modfile=$(WASMMOD))
WASMENV   := GOOS=js GOARCH=wasm GOFLAGS="$(WASMFLAGS)"

wasm: wasm-check
	$(WASMENV) $(GO) build -trimpath -ldflags="$(LDFLAGS)" -o $(WASM) ./wasm

goapp-wasm:
	@mkdir -p bin
	$(GO) run ./tools/goappwasm -dir bin

## wasm-check: fails when a WASMINLINE pattern matches no package
wasm-check: goapp-wasm
	@for p in $(WASMINLINE); do \
	  out=$$($(WASMENV) $(GO) list -e -f '{{if .Error}}error: {{.Error}}{{else}}{{.ImportPath}}{{end}}' $$p 2>&1); \
	  echo "$$out" | grep -qE '^[^[:space:]:]+$$' || \
	    { echo "WASMINLINE: $$p matches no package (GOOS=js GOARCH=wasm): $$out" >&2; exit 1; }; \
	done

## dist: the static site in dist/, ready for any static host
##       (BASE=/repo for a site under a path, e.g. GitHub Pages project sites)
BASE ?=
## BROTLI: quality of app.wasm.br (default 11, what the size budget counts;
##        make test builds with 5, which is much faster)
BROTLI ?= 11
dist: build
	./bin/app build --out dist --brotli $(BROTLI) $(if $(BASE),--base $(BASE))

## run: build everything, generate the site, serve it on 127.0.0.1:$(PORT)
run: dist
	./bin/app serve --dir dist --addr 127.0.0.1:$(PORT)

## test: every test (engine, components, end-to-end in headless Chromium);
##       go vet, and go vet again for the packages app.wasm is built from,
##       as make wasm builds them
test: BROTLI = 5
test: tidy-check dist
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	$(WASMENV) $(GO) vet $$($(WASMENV) $(GO) list -deps -f '{{if not .Standard}}{{.ImportPath}}{{end}}' ./wasm | grep '^github.com/safi-app/safi/')

## tidy-check: go.mod and go.sum are as `go mod tidy` leaves them
tidy-check:
	@$(GO) mod tidy -diff || { echo "go.mod or go.sum is not tidy: run go mod tidy" >&2; exit 1; }

## bench: engine benchmarks with b.SetBytes on the seed and on generated
##        100 KB, 1 MB and 10 MB pastes, per stage and whole, then a summary
##        of how each grows with the input (BENCH=regexp BENCHTIME=1s)
BENCH     ?= .
BENCHTIME ?= 1s
bench:
	@mkdir -p bin
	$(GO) test -run '^$$' -bench '$(BENCH)' -benchtime $(BENCHTIME) -benchmem ./internal/... >bin/bench.txt || { cat bin/bench.txt; exit 1; }
	$(GO) run ./tools/benchsum <bin/bench.txt

## bench-wasm: the engine's benchmarks compiled for js/wasm with app.wasm's
##        inlining flags (WASMINLINE) and run under Node, as the worker runs
##        the engine: the whole analysis, read, classify, measure and each
##        stage of measure on the seed and on the 1 MB paste, then the stage
##        packages' own benchmarks; at the end the best ms/op of each over
##        WASMCOUNT runs. Node runs with WASMNODEFLAGS=--no-liftoff: all
##        code optimised (TurboFan) from the start, as hot code is once
##        warmed up; without it, code runs in V8's baseline compiler
##        (Liftoff) until it has run enough, 5-10x slower, and the figures
##        depend on what ran before and on the load of the machine
##        (WASMNODEFLAGS= shows that) (WASMBENCH=regexp for the engine,
##        WASMPKGBENCH=regexp for the others, WASMBENCHTIME=0.5s, WASMCOUNT=3)
.PHONY: bench-wasm
WASMBENCH     ?= /^(seed|1MB)$$
WASMPKGBENCH  ?= .
WASMBENCHTIME ?= 0.5s
WASMCOUNT     ?= 3
WASMNODEFLAGS ?= --no-liftoff
WASMPKGS      := ./internal/measure/... ./internal/language/... \
	./internal/extract/ticker ./internal/extract/classify ./internal/extract/assemble
WASMTEST := $(WASMENV) \
	$(GO) test -exec "node --stack-size=8192 $(WASMNODEFLAGS) $$($(GO) env GOROOT)/lib/wasm/wasm_exec_node.js" \
	-run '^$$' -benchtime $(WASMBENCHTIME) -count $(WASMCOUNT) -benchmem
bench-wasm: wasm-check
	$(WASMTEST) -bench '$(WASMBENCH)' ./internal/engine >bin/bench-wasm.txt || { cat bin/bench-wasm.txt; exit 1; }
	$(if $(WASMPKGBENCH),$(WASMTEST) -bench '$(WASMPKGBENCH)' $(WASMPKGS) >>bin/bench-wasm.txt || { cat bin/bench-wasm.txt; exit 1; })
	@cat bin/bench-wasm.txt
	@echo; echo "js/wasm under Node, best ms/op of $(WASMCOUNT) runs, and allocs/op:"
	@awk '/^pkg: /{p=$$2; sub(/.*\//,"",p)} \
	  /^Benchmark/{n=$$1; sub(/^Benchmark/,"",n); sub(/-[0-9]+$$/,"",n); n=p"."n; \
	    for(i=3;i<NF;i++){ if($$(i+1)=="ns/op") t=$$i; if($$(i+1)=="allocs/op") a=$$i } \
	    if(!(n in best)){order[++k]=n; best[n]=t; al[n]=a} else if(t<best[n]){best[n]=t; al[n]=a}} \
	  END{for(j=1;j<=k;j++) printf "  %-40s %10.3f ms %9d allocs\n", order[j], best[order[j]]/1e6, al[order[j]]}' bin/bench-wasm.txt

## bench-compare: app analyze against wc -w (median of BENCHRUNS runs each, in
##        turn) on pastes of real pages cycled to 1 MB and 10 MB: the seed and
##        testdata/pages, and when CORPUS is there its dev pages' raw.txt and
##        the training corpus's (TRAIN, unpacked from CORPUS/train when
##        missing); prints both times and their ratio (goal: at most 8×), the
##        growth from 1 to 10 MB (goal: at most 11×), CPU/wall, peak memory,
##        each stage's time (--timing) and the allocations per MB
CORPUS    ?= ../shared/corpus
TRAIN     ?= $(if $(wildcard ../corpus-train/index.tsv),../corpus-train,$(HOME)/.cache/safi-train)
BENCHDIR  ?= /tmp
BENCHRUNS ?= 5
bench-compare:
	$(GO) build -trimpath -ldflags="$(LDFLAGS)" -o bin/app ./app
	@if [ -f $(CORPUS)/train/unpack.sh ] && [ ! -f $(TRAIN)/index.tsv ]; then sh $(CORPUS)/train/unpack.sh $(TRAIN); fi
	$(GO) build -o bin/gen ./tools/gen
	./bin/gen -real -corpus $(CORPUS) -train $(TRAIN) -size 1MB -o $(BENCHDIR)/safi-real-1mb.txt
	./bin/gen -real -corpus $(CORPUS) -train $(TRAIN) -size 10MB -o $(BENCHDIR)/safi-real-10mb.txt
	$(GO) run ./tools/benchcompare -app bin/app -n $(BENCHRUNS) -file $(BENCHDIR)/safi-real-1mb.txt -file $(BENCHDIR)/safi-real-10mb.txt

## bench-memory: peak memory (maximum resident set size) of app analyze on a
##        generated 64 MB paste and a generated 25 MB HTML page in each output
##        format, against the input's size (goal: at most five times the input)
MEMFILE ?= /tmp/safi-bench-64mb.txt
MEMHTML ?= /tmp/safi-bench-25mb.html
bench-memory:
	$(GO) build -trimpath -ldflags="$(LDFLAGS)" -o bin/app ./app
	$(GO) run ./tools/gen -size 64MB -o $(MEMFILE)
	$(GO) run ./tools/gen -html -size 25MB -o $(MEMHTML)
	$(GO) run ./tools/benchmem -app bin/app -file $(MEMFILE) -file $(MEMHTML)

## bench-browser: in headless Chromium against dist/: cold load and offline
##        reload to interactive, analysis of the seed and of a 1 MB paste,
##        the longest main-thread block while typing (not part of make test)
bench-browser: dist
	$(GO) test -tags benchbrowser -count=1 -timeout 20m -run '^TestBenchBrowser$$' -v ./e2e

## size: app.wasm (built as `make wasm` does) raw, gzip -9 and brotli against
##       the budget, and the code each module and package adds
size: wasm
	GOFLAGS="$(WASMFLAGS)" $(GO) run ./tools/size -wasm $(WASM) -main ./wasm -ldflags "$(LDFLAGS)" -modfile $(WASMMOD)

## fuzz: each fuzz target for $(FUZZTIME) (executions, or a duration)
fuzz:
	@for pkg in $$($(GO) list ./internal/...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$t"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 5s $$pkg || exit 1; \
	  done; \
	done

## eval: the split table: text and HTML F1 on the dev corpus (DIR) and on
##       the training corpus's training and validation parts (TRAIN, as
##       unpacked by ../shared/corpus/train/unpack.sh; left out when absent),
##       a row per dataset and one per fold of the training part (four, by
##       site: eval.FoldOf), with the labels' ceiling and the two baselines
## eval-pages: every page of one corpus, worst first (DIR=../shared/corpus/dev;
##       EVALFLAGS="--input source.html", "--json", "--out DIR")
DIR ?= ../shared/corpus/dev
EVALFLAGS ?=
eval:
	$(GO) run ./app eval --table --train $(TRAIN) $(DIR)

## train: fit the learned block model on the training part of TRAIN (the
##        Viterbi costs may not cost the dev corpus DIR more than 0.005 F1) and
##        write internal/extract/classify/model_gen.go (committed; the same
##        corpus gives the same file byte for byte)
train:
	$(GO) run ./tools/train -corpus $(TRAIN) -dev $(DIR) -out internal/extract/classify/model_gen.go
eval-pages:
	$(GO) run ./app eval $(EVALFLAGS) $(DIR)

## compare: Safi (from the text and from the HTML), go-trafilatura and
##        go-readability on the same pages of TRAIN (SPLIT=valid, train or
##        all), a row per dataset, then Safi's lead over trafilatura with a
##        95% interval over resamples of the sites. tools/compare is a module
##        of its own: the extractors it compares against stay out of go.mod
SPLIT ?= valid
compare:
	cd tools/compare && $(GO) run . -corpus $(abspath $(TRAIN)) -split $(SPLIT)

clean:
	rm -rf bin dist $(WASM)
