#!/usr/bin/env bash
# clean-corpora.sh runs msdklint over code that has no platform codes, the
# Go standard library and golang.org/x/tools, and asserts zero findings
# and no panic: every finding there is a false positive.
#
# Usage: scripts/clean-corpora.sh
#
# x/tools is copied from the module cache (read-only there) into a temp
# dir and linted with GOFLAGS=-mod=mod; it is fetched into the cache
# first if missing. Prints PASS/FAIL per corpus with its package and
# finding counts, then "N passed, N failed"; exits 1 on a failure.
set -euo pipefail

XTOOLS=golang.org/x/tools@v0.52.0

start=$SECONDS
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/msdklint-clean.XXXXXX")
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
export GOWORK=off

(cd "$root" && go build -o "$tmp/msdklint" ./cmd/msdklint)

passed=0
failed=0

# lint NAME DIR GOFLAGS
lint() {
	local name=$1 dir=$2 flags=$3 rc=0 pkgs findings
	pkgs=$(cd "$dir" && GOFLAGS="$flags" go list ./... | wc -l)
	(cd "$dir" && GOFLAGS="$flags" "$tmp/msdklint" ./... >"$tmp/${name//\//-}.out" 2>&1) || rc=$?
	findings=$(grep -Ec '^[^ ]+:[0-9]+:[0-9]+: ' "$tmp/${name//\//-}.out" || true)
	if [ "$rc" = 0 ] && [ "$findings" = 0 ] && ! grep -q 'panic' "$tmp/${name//\//-}.out"; then
		passed=$((passed + 1))
		echo "PASS $name: $pkgs packages, 0 findings, exit 0"
	else
		failed=$((failed + 1))
		echo "FAIL $name: $pkgs packages, $findings findings, exit $rc"
		head -40 "$tmp/${name//\//-}.out" | sed 's/^/    /'
	fi
}

lint std "$(go env GOROOT)/src" ""

xdir=$(cd "$tmp" && go mod download -json "$XTOOLS" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
cp -r "$xdir" "$tmp/x-tools"
chmod -R u+w "$tmp/x-tools"
lint x/tools "$tmp/x-tools" "-mod=mod"

echo "$passed passed, $failed failed ($((SECONDS - start))s)"
[ "$failed" = 0 ]
