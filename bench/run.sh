#!/usr/bin/env bash
# run.sh times msdklint against a do-nothing analyzer (bench/nop) run by
# the same driver (internal/driver) on the same packages, and prints the
# ratios of the median wall time and the median peak RSS.
#
# Usage: bench/run.sh [-r RUNS] [-n PACKAGES] [-m PACKAGES] [std] [corpus] [ownproto]
#
#   std       the Go standard library ($(go env GOROOT)/src, ./...)
#   corpus    -n generated game-server packages (bench/gen), default 1000
#   ownproto  -m packages of a game server with only its own protocol
#             (bench/gen -corpus ownproto), default 112 (45k lines;
#             -m 1125 gives 451k)
#   -r        timed runs of each binary per target (default 5), alternating
#             which binary goes first; one untimed warm-up run of each first
#
# With no target, all three. Targets: wall <= 1.05x (ownproto: 1.03x),
# memory <= 1.10x. The exit
# code is 0 when the runs succeeded, whatever the ratios (timings on a
# shared machine are noisy: read the numbers).
set -euo pipefail

runs=5
npkg=1000
nown=112
while getopts r:n:m: opt; do
	case $opt in
	r) runs=$OPTARG ;;
	n) npkg=$OPTARG ;;
	m) nown=$OPTARG ;;
	*) sed -n '2,20p' "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(std corpus ownproto)

root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/msdklint-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export GOWORK=off

(cd "$root" && go build -o "$tmp/msdklint" ./cmd/msdklint && go build -o "$tmp/nop" ./bench/nop)

# measure BIN DIR GOFLAGS FILE: one run, appending "wall_s peak_rss_kb
# cpu_s" to FILE (none for a warm-up run). Exit codes 0 (clean) and 3 (findings) are fine.
measure() {
	local bin=$1 dir=$2 flags=$3 out=$4 rc=0
	(cd "$dir" && GOFLAGS="$flags" /usr/bin/time -f '%e %M %U %S' -o "$tmp/time" \
		"$tmp/$bin" ./... >"$tmp/$bin.out" 2>&1) || rc=$?
	if [ "$rc" != 0 ] && [ "$rc" != 3 ]; then
		echo "$bin in $dir: exit $rc" >&2
		tail -20 "$tmp/$bin.out" >&2
		exit 1
	fi
	[ -z "$out" ] || tail -1 "$tmp/time" | awk '{print $1, $2, $3 + $4}' >>"$out"
}

median() { # FILE COLUMN
	sort -n -k"$2" "$1" | awk -v c="$2" '{v[NR] = $c} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

bench() { # NAME DIR GOFLAGS WALL-TARGET
	local name=$1 dir=$2 flags=$3 target=$4
	rm -f "$tmp/msdklint.$name" "$tmp/nop.$name"
	# Warm-up: go list -export fills the build cache for both.
	measure nop "$dir" "$flags" ""
	measure msdklint "$dir" "$flags" ""
	local findings
	findings=$(grep -Ec '^[^ ]+:[0-9]+:[0-9]+: ' "$tmp/msdklint.out" || true)
	for i in $(seq "$runs"); do
		if [ $((i % 2)) = 1 ]; then
			measure msdklint "$dir" "$flags" "$tmp/msdklint.$name"
			measure nop "$dir" "$flags" "$tmp/nop.$name"
		else
			measure nop "$dir" "$flags" "$tmp/nop.$name"
			measure msdklint "$dir" "$flags" "$tmp/msdklint.$name"
		fi
	done
	local mw nw mm nm mc nc
	mw=$(median "$tmp/msdklint.$name" 1)
	nw=$(median "$tmp/nop.$name" 1)
	mm=$(median "$tmp/msdklint.$name" 2)
	nm=$(median "$tmp/nop.$name" 2)
	mc=$(median "$tmp/msdklint.$name" 3)
	nc=$(median "$tmp/nop.$name" 3)
	awk -v n="$name" -v p="$pkgs" -v f="$findings" -v r="$runs" -v mw="$mw" -v nw="$nw" -v mm="$mm" -v nm="$nm" -v mc="$mc" -v nc="$nc" -v t="$target" 'BEGIN {
		printf "%s: %d packages, %d findings, medians of %d runs (msdklint / nop)\n", n, p, f, r
		printf "  wall %6.2fs / %6.2fs = %.3fx (target %s)\n", mw, nw, mw / nw, t
		printf "  rss  %6.0fMB / %6.0fMB = %.3fx (target 1.10)\n", mm / 1024, nm / 1024, mm / nm
		printf "  cpu  %6.2fs / %6.2fs = %.3fx (user+sys)\n", mc, nc, mc / nc }'
	echo "  msdklint runs (wall s, rss KB, cpu s): $(paste -sd, "$tmp/msdklint.$name")"
	echo "  nop runs      (wall s, rss KB, cpu s): $(paste -sd, "$tmp/nop.$name")"
}

echo "msdklint vs nop, same driver; $(go version | cut -d' ' -f3-), $(nproc) cores"
for t in "${targets[@]}"; do
	case $t in
	std)
		dir=$(go env GOROOT)/src
		pkgs=$(cd "$dir" && go list ./... | wc -l)
		bench std "$dir" "" 1.05
		;;
	corpus)
		dir=$tmp/corpus
		(cd "$root" && go run ./bench/gen -n "$npkg" -o "$dir" -msdklint "$root")
		pkgs=$(cd "$dir" && GOFLAGS=-mod=mod go list ./... | wc -l)
		bench corpus "$dir" "-mod=mod" 1.05
		;;
	ownproto)
		dir=$tmp/ownproto
		(cd "$root" && go run ./bench/gen -corpus ownproto -n "$nown" -o "$dir")
		pkgs=$(cd "$dir" && go list ./... | wc -l)
		bench ownproto "$dir" "" 1.03
		;;
	*)
		echo "unknown target $t (want std, corpus or ownproto)" >&2
		exit 2
		;;
	esac
done
