#!/usr/bin/env bash
# bench.sh: measure flaskguard scan on a synthetic Flask corpus.
#
# It builds bin/flaskguard, generates bench/corpus with tools/gencorpus
# (again only when -files, the seed or the generator changed), then times
# three runs over the same files:
#   read   scan --stop-after=read   reading the files only
#   parse  scan --stop-after=parse  reading and tree-sitter parsing
#   full   scan (JSON to /dev/null) everything, minus report rendering cost
# and prints wall time (best of RUNS), files, lines, lines/second and peak
# RSS. DESIGN.md's target is full within 2x of parse, so the full/parse
# ratio is printed last. Timing is measured here, never asserted in tests.
#
# Environment:
#   FILES=3000  Python files in the corpus
#   RUNS=3      runs per mode (hyperfine is used for timing when installed)
#   SEED=1      corpus seed
#
# Results also go to bench/results/last.tsv for scripts that compare runs.
set -euo pipefail
# awk and EPOCHREALTIME must use '.' as the decimal point.
export LC_ALL=C

FILES=${FILES:-3000}
RUNS=${RUNS:-3}
SEED=${SEED:-1}

cd "$(dirname "$0")/.."

die() {
	echo "bench: $*" >&2
	exit 2
}

[[ $FILES =~ ^[1-9][0-9]*$ ]] || die "FILES must be a positive integer, got '$FILES'"
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got '$RUNS'"
[[ $SEED =~ ^[0-9]+$ ]] || die "SEED must be a non-negative integer, got '$SEED'"
command -v go >/dev/null || die "go is not on PATH"
[[ -n ${EPOCHREALTIME:-} ]] || die "bash 5 or later is needed (EPOCHREALTIME)"

BIN=bin/flaskguard
CORPUS=bench/corpus
RESULTS=bench/results
mkdir -p "$RESULTS"

echo "bench: building $BIN" >&2
[[ -d cmd/flaskguard ]] || die "cmd/flaskguard does not exist yet; nothing to benchmark"
go build -o "$BIN" ./cmd/flaskguard || die "go build ./cmd/flaskguard failed"

# The scan flags this script relies on; fail early and clearly if the
# binary predates them. "-stats" matches both "-stats" (Go's flag package
# style) and "--stats" in the help text.
help=$("$BIN" scan --help 2>&1 || true)
for flag in stats stop-after; do
	grep -q -- "-$flag" <<<"$help" || die "$BIN scan has no --$flag flag; this script needs --stats and --stop-after=read|parse"
done

# The corpus is keyed by its parameters and by the generator's source, so a
# change to either regenerates it and an unchanged key reuses it (writing
# 3000 files takes a few seconds; scanning is what we measure).
gen_hash=$(find tools/gencorpus -name '*.go' ! -name '*_test.go' -print0 | sort -z | xargs -0 cat | sha256sum | cut -c1-16)
key="files=$FILES seed=$SEED gen=$gen_hash"
keyfile=$RESULTS/corpus.key
if [[ -d $CORPUS && -f $keyfile && "$(cat "$keyfile")" == "$key" ]]; then
	echo "bench: reusing $CORPUS ($key)" >&2
else
	echo "bench: generating $CORPUS ($key)" >&2
	rm -rf "$CORPUS" "$keyfile"
	go run ./tools/gencorpus -out "$CORPUS" -files "$FILES" -seed "$SEED" >&2
	echo "$key" >"$keyfile"
fi

have_hyperfine=false
command -v hyperfine >/dev/null && have_hyperfine=true
# GNU time reports peak RSS in KiB with -f %M; BusyBox and BSD time do not.
have_gnutime=false
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M true >/dev/null 2>&1; then
	have_gnutime=true
else
	echo "bench: no GNU time at /usr/bin/time; peak RSS not measured (apt-get install time)" >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run_once MODE ARGS...: runs the scan once; leaves stderr in $work/MODE.err,
# peak RSS (KiB) in $work/MODE.rss, and prints the wall time in seconds.
# Exit status 1 means "findings at or above --fail-on", which the corpus
# has on purpose, so only 2 and above are failures.
run_once() {
	local mode=$1
	shift
	local start end status=0
	start=$EPOCHREALTIME
	if $have_gnutime; then
		/usr/bin/time -f %M -o "$work/$mode.rss.now" "$BIN" "$@" >/dev/null 2>"$work/$mode.err" || status=$?
	else
		"$BIN" "$@" >/dev/null 2>"$work/$mode.err" || status=$?
	fi
	end=$EPOCHREALTIME
	if ((status > 1)); then
		echo "bench: '$BIN $*' exited with $status:" >&2
		tail -n 20 "$work/$mode.err" >&2
		exit 3
	fi
	if $have_gnutime; then
		# Keep the largest peak over the runs. GNU time puts a "Command
		# exited with non-zero status" line before %M, hence tail.
		local rss prev=0
		rss=$(tail -n 1 "$work/$mode.rss.now")
		[[ -f $work/$mode.rss ]] && prev=$(cat "$work/$mode.rss")
		((rss > prev)) || rss=$prev
		echo "$rss" >"$work/$mode.rss"
	fi
	awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
}

# best_time MODE ARGS...: prints the best wall time of RUNS runs.
best_time() {
	local mode=$1
	shift
	if $have_hyperfine; then
		run_once "$mode" "$@" >/dev/null # for the stats line and RSS
		hyperfine --style none --warmup 1 --runs "$RUNS" -i --export-json "$work/$mode.json" \
			"$(printf '%q ' "$BIN" "$@")" >/dev/null 2>&1 || die "hyperfine failed for mode $mode"
		grep -oE '"min": *[0-9.eE+-]+' "$work/$mode.json" | head -n 1 | awk -F: '{ printf "%.3f\n", $2 }'
		return
	fi
	local best="" t
	for ((i = 0; i < RUNS; i++)); do
		t=$(run_once "$mode" "$@")
		if [[ -z $best ]] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
			best=$t
		fi
	done
	echo "$best"
}

# stat_field MODE NAME: reads "NAME=123", "NAME: 123" or "NAME 123" from
# the stats line on stderr; "python_files=" does not count as "files=".
stat_field() {
	grep -oE "(^|[^_[:alnum:]])$2[=: ]+[0-9]+" "$work/$1.err" | tail -n 1 | grep -oE '[0-9]+$' || echo "?"
}

declare -A wall files lines rss
modes=(read parse full)
declare -A cmd=(
	[read]="scan --stop-after=read --stats $CORPUS"
	[parse]="scan --stop-after=parse --stats $CORPUS"
	[full]="scan --stats --format json --output /dev/null $CORPUS"
)
for mode in "${modes[@]}"; do
	echo "bench: $mode: $BIN ${cmd[$mode]} (x$RUNS)" >&2
	# Word splitting of the command is intended: it holds flags only.
	# shellcheck disable=SC2086
	wall[$mode]=$(best_time "$mode" ${cmd[$mode]})
	files[$mode]=$(stat_field "$mode" files)
	lines[$mode]=$(stat_field "$mode" lines)
	rss[$mode]=n/a
	if $have_gnutime; then
		rss[$mode]=$(awk -v k="$(cat "$work/$mode.rss")" 'BEGIN { printf "%.1f MiB", k / 1024 }')
	fi
	if [[ ${files[$mode]} == "?" || ${lines[$mode]} == "?" ]]; then
		echo "bench: could not read files/lines from the --stats line of $mode; stderr ends with:" >&2
		tail -n 3 "$work/$mode.err" >&2
	fi
done

timer="best of $RUNS"
$have_hyperfine && timer="hyperfine min of $RUNS"
tsv=$RESULTS/last.tsv
printf 'mode\twall_s\tfiles\tlines\tlines_per_s\tpeak_rss\n' >"$tsv"
echo
echo "corpus: $CORPUS ($FILES Python files, seed $SEED); wall time: $timer"
printf '%-6s %10s %8s %10s %12s %12s\n' mode wall files lines lines/s "peak RSS"
for mode in "${modes[@]}"; do
	rate="?"
	if [[ ${lines[$mode]} != "?" ]]; then
		rate=$(awk -v l="${lines[$mode]}" -v t="${wall[$mode]}" 'BEGIN { if (t > 0) printf "%.0f", l / t; else print "?" }')
	fi
	printf '%-6s %9ss %8s %10s %12s %12s\n' "$mode" "${wall[$mode]}" "${files[$mode]}" "${lines[$mode]}" "$rate" "${rss[$mode]}"
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$mode" "${wall[$mode]}" "${files[$mode]}" "${lines[$mode]}" "$rate" "${rss[$mode]}" >>"$tsv"
done
ratio=$(awk -v f="${wall[full]}" -v p="${wall[parse]}" 'BEGIN { if (p > 0) printf "%.2f", f / p; else print "?" }')
echo
echo "full/parse-only: ${ratio}x (DESIGN.md target: at most 2x)"
