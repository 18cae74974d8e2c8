#!/usr/bin/env bash
# golangci-e2e.sh builds golangci-lint v2 with the msdklint module plugin
# from the Go module proxy alone (no git: see docs/golangci.md, "Route 2")
# and checks it on a test module that the script writes into a temp dir:
# positions and messages of the findings, //nolint:msdklint,
# //msdklint:ignore, --fix, and the plugin settings.
#
# Usage: scripts/golangci-e2e.sh
#
# Environment:
#   MSDKLINT_GCL_CACHE  where built binaries are kept, one directory per
#                       key (default ${XDG_CACHE_HOME:-$HOME/.cache}/msdklint-gcl)
#   MSDKLINT_GCL_KEEP=1 keep the temp dir (its path is printed)
#
# The key hashes the golangci-lint version, the Go version, the build
# recipe (the script's build function) and the source of every msdklint
# package the plugin compiles (Go and embedded files, go.mod, go.sum); the
# same hash is baked into the binary's version,
# because golangci-lint salts its result cache with the version. Runs
# offline when the module cache holds golangci-lint's dependencies.
#
# Prints PASS/FAIL lines, then "N passed, N failed" and the time taken;
# exits 1 when a check failed, 2 when the binary cannot be built.
set -euo pipefail

GCL_VERSION=v2.15.0
GCL_MODULE=github.com/golangci/golangci-lint/v2
MODULE=github.com/msdklint/msdklint

start=$SECONDS
root=$(cd "$(dirname "$0")/.." && pwd)
export GOFLAGS="${GOFLAGS:+$GOFLAGS }-mod=mod"
export GOWORK=off

tmp=$(mktemp -d "${TMPDIR:-/tmp}/msdklint-gcl-e2e.XXXXXX")
if [ "${MSDKLINT_GCL_KEEP:-}" = 1 ]; then
	echo "temp dir: $tmp"
else
	trap 'rm -rf "$tmp"' EXIT
fi

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() {
	failed=$((failed + 1))
	echo "FAIL $1"
	shift
	for line in "$@"; do printf '%s\n' "$line" | sed 's/^/    /'; done
}

# ---------------------------------------------------------------------
# The binary.

# pluginfiles lists the files of the msdklint packages the plugin
# compiles, relative to the repository root.
pluginfiles() {
	(cd "$root" && go list -deps -f '{{if and .Module (eq .Module.Path "'$MODULE'")}}{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}
{{end}}{{range .EmbedFiles}}{{$d}}/{{.}}
{{end}}{{end}}' ./golangci) | sed "s|^$root/||" | sort
	echo go.mod
	echo go.sum
}

# build writes the tiny main module golangci-lint custom would generate
# (its cmd/golangci-lint with a plugins.go of blank imports) and builds it.
build() {
	local mod="$tmp/custom-gcl"
	mkdir -p "$mod/cmd/golangci-lint"
	(cd "$mod" && cat >go.mod <<EOF
module msdklint.local/custom-gcl

go 1.26.0

require (
	$GCL_MODULE $GCL_VERSION
	$MODULE v0.0.0-00010101000000-000000000000
)

replace $MODULE => $root
EOF
	)
	# golangci-lint's own go.sum and ours cover every module of the build,
	# so go need not ask the checksum database.
	local gcldir
	gcldir=$(cd "$mod" && go mod download -json "$GCL_MODULE@$GCL_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	[ -n "$gcldir" ] || return 1
	cat "$gcldir/go.sum" "$root/go.sum" | sort -u >"$mod/go.sum" || return 1
	# main.go is golangci-lint's own, unchanged.
	cp "$gcldir/cmd/golangci-lint/main.go" "$mod/cmd/golangci-lint/main.go" || return 1
	chmod u+w "$mod/cmd/golangci-lint/main.go" || return 1
	cat >"$mod/cmd/golangci-lint/plugins.go" <<EOF
package main

import (
	_ "$MODULE/golangci"
)
EOF
	# main.date must be set too: without it main.go replaces the version
	# with the main module's, "(devel)".
	mkdir -p "$cachedir/$hash" || return 1
	(cd "$mod" && go build -ldflags "-s -w -X 'main.version=$version' -X 'main.date=$(date -u +%FT%TZ)'" \
		-o "$gcl.tmp" ./cmd/golangci-lint) && mv "$gcl.tmp" "$gcl"
}

files=$(pluginfiles) || { echo "FAIL go list ./golangci"; exit 2; }
hash=$(
	cd "$root"
	{
		echo "$GCL_VERSION" "$(go env GOVERSION GOOS GOARCH)"
		declare -f build
		for f in $files; do
			printf '%s %s\n' "$f" "$(sha256sum <"$f" | cut -d' ' -f1)"
		done
	} | sha256sum | cut -c1-16
)
version="$GCL_VERSION-custom-gcl-msdklint.$hash"
cachedir=${MSDKLINT_GCL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/msdklint-gcl}
gcl="$cachedir/$hash/custom-gcl"

if [ -x "$gcl" ]; then
	echo "binary: $gcl (cached)"
else
	echo "binary: building $gcl"
	t0=$SECONDS
	if ! build; then
		echo "FAIL build custom golangci-lint"
		echo "0 passed, 1 failed ($((SECONDS - start))s)"
		exit 2
	fi
	echo "binary: built in $((SECONDS - t0))s"
	# Keep the three newest binaries (about 50 MB each).
	find "$cachedir" -mindepth 2 -maxdepth 2 -name custom-gcl -printf '%T@ %h\n' |
		sort -rn | tail -n +4 | cut -d' ' -f2- | while read -r old; do rm -rf -- "$old"; done
fi

# The plugin must be built against the analysis framework golangci-lint
# runs it with: the same golang.org/x/tools in both go.mod files.
gclmod=$(cd "$tmp" && go mod download -json "$GCL_MODULE@$GCL_VERSION" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",$/\1/p')
xt() { sed -n 's/^[[:space:]]*\(require[[:space:]]*\)\{0,1\}golang\.org\/x\/tools \(v[^ ]*\).*/\2/p' "$1" | head -1; }
ours=$(xt "$root/go.mod")
theirs=$(xt "$gclmod")
if [ -n "$ours" ] && [ "$ours" = "$theirs" ]; then
	pass "golang.org/x/tools $ours, as golangci-lint $GCL_VERSION"
else
	fail "golang.org/x/tools aligned with golangci-lint $GCL_VERSION" "msdklint: '$ours', golangci-lint: '$theirs'"
fi

got=$("$gcl" version 2>&1 || true)
case "$got" in
*"$version"*) pass "version string carries the plugin hash ($version)" ;;
*) fail "version string carries the plugin hash" "want $version" "got: $got" ;;
esac

# ---------------------------------------------------------------------
# The test module. Columns below are 1-based byte columns, as golangci-lint
# prints them; tabs count as one.

mod="$tmp/game"
mkdir -p "$mod/reply" "$mod/handler"
cat >"$mod/go.mod" <<EOF
module example.com/game

go 1.26.0

require $MODULE v0.0.0-00010101000000-000000000000

replace $MODULE => $root
EOF
cp "$root/go.sum" "$mod/go.sum"

cat >"$mod/reply/reply.go" <<'EOF'
// Package reply declares the replies of the login platforms.
package reply

// QQReply is a reply of the QQ platform.
//
//msdklint:platform qq.platform
type QQReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// PayReply is bound to a namespace by the bindings setting only.
type PayReply struct {
	Ret int `json:"ret"`
}
EOF

cat >"$mod/handler/handler.go" <<'EOF'
// Package handler handles the replies.
package handler

import (
	"example.com/game/reply"
)

// Login asks the player to log in again when the token expired.
func Login(r *reply.QQReply) bool {
	return r.Ret == 100014
}

// Typo compares a code that is a digit away from a real one.
func Typo(r *reply.QQReply) bool {
	return r.Ret == 1000144
}

// Foreign compares a WeChat code on a QQ reply.
func Foreign(r *reply.QQReply) bool {
	return r.Ret == 42001
}

// Retry never asks the player to log in again.
func Retry(r *reply.QQReply) bool {
	switch r.Ret {
	case -6:
		return true
	}
	return false
}

// Pay compares a WeChat code on a reply the bindings setting makes QQ's.
func Pay(r *reply.PayReply) bool {
	return r.Ret == 42001
}

// Kept compares literals on purpose.
func Kept(r *reply.QQReply) bool {
	if r.Ret == 100015 { //nolint:msdklint // the e2e test keeps it
		return true
	}
	//msdklint:ignore magic-code the e2e test keeps it
	return r.Ret == 100016
}
EOF

cat >"$mod/handler/handler_test.go" <<'EOF'
package handler

import (
	"testing"

	"example.com/game/reply"
)

func TestLogin(t *testing.T) {
	if r := (reply.QQReply{Ret: 100014}); !Login(&r) || r.Ret != 100014 {
		t.Fatal("Login")
	}
}
EOF

# config writes .golangci.yml with the given plugin settings (YAML lines,
# indented for the settings key; empty for none).
config() {
	{
		cat <<'EOF'
version: "2"
linters:
  default: none
  enable: [msdklint]
  settings:
    custom:
      msdklint:
        type: module
        description: MSDK and login-platform return codes
EOF
		if [ -n "$1" ]; then
			echo "        settings:"
			printf '%s\n' "$1" | sed 's/^/          /'
		fi
	} >"$mod/.golangci.yml"
}

# lint runs the custom binary in the test module; its output goes to
# $out, its exit code to $rc.
lint() {
	rc=0
	out=$(cd "$mod" && GOLANGCI_LINT_CACHE="$tmp/gcl-cache" "$gcl" run \
		--output.text.path=stdout --output.text.print-issued-lines=false \
		--output.text.colors=false --show-stats=false \
		--max-issues-per-linter=0 --max-same-issues=0 "$@" ./... 2>&1) || rc=$?
}

# has NAME PATTERN: the output has a line matching the extended regexp.
has() {
	if grep -Eq -- "$2" <<<"$out"; then pass "$1"; else fail "$1" "want a line matching: $2" "got:" "$out"; fi
}

# hasnot NAME PATTERN: no line of the output matches.
hasnot() {
	if grep -Eq -- "$2" <<<"$out"; then fail "$1" "want no line matching: $2" "got:" "$out"; else pass "$1"; fi
}

# count NAME N: the output has N findings of msdklint.
count() {
	local n
	n=$(grep -Ec ' \(msdklint\)$' <<<"$out" || true)
	if [ "$n" = "$2" ]; then pass "$1"; else fail "$1" "want $2 findings, got $n:" "$out"; fi
}

H='handler/handler.go'

echo "== default settings"
config ""
lint
if [ "$rc" = 1 ]; then pass "exit code 1 with findings"; else fail "exit code 1 with findings" "got $rc" "$out"; fi
has "magic-code at the literal, naming the constant" "^$H:10:18: magic-code: .*100014.*qq\.PlatformAccessTokenExpired.*\(msdklint\)$"
has "unknown-code at the value, naming the likely code" "^$H:15:18: unknown-code: .*1000144.*100014.*\(msdklint\)$"
has "wrong-platform at the value, naming the platform" "^$H:20:18: wrong-platform: .*42001.*wechat.*\(msdklint\)$"
has "missing-reauth at the switch keyword" "^$H:25:2: missing-reauth: .*qq\.Platform.*\(msdklint\)$"
has "magic-code in a case clause" "^$H:26:7: magic-code: .*-6.*\(msdklint\)$"
# Unbound, PayReply.Ret may be any platform's: 42001 is known somewhere.
has "an unbound reply gets magic-code" "^$H:34:18: magic-code: .*wechat\.AccessTokenExpired"
hasnot "an unbound reply gets no wrong-platform" "^$H:34:18: wrong-platform"
hasnot "//nolint:msdklint suppresses" "^$H:39:"
hasnot "//msdklint:ignore suppresses" "^$H:4[23]:"
hasnot "magic-code is off in _test.go files" "handler_test\.go"
hasnot "no bad-directive (the ignore directive is used)" "bad-directive"
count "no other findings" 6

# The standalone driver must agree with golangci-lint on every finding
# that both report (golangci-lint keeps one issue per line).
if (cd "$root" && go build -o "$tmp/msdklint" ./cmd/msdklint) 2>/dev/null; then
	gclset=$(grep -E ' \(msdklint\)$' <<<"$out" | sed 's/ (msdklint)$//' | sort)
	cli=$( (cd "$mod" && "$tmp/msdklint" ./... 2>&1) || true)
	# "./f.go:1:2: msg [check]" -> "f.go:1:2: check: msg", golangci-lint's shape.
	cli=$(sed -E 's/^(\.\/)?([^ ]+:[0-9]+:[0-9]+: )(.*) \[([a-z-]+)\]$/\2\4: \3/' <<<"$cli")
	missing=$(comm -23 <(echo "$gclset") <(sort <<<"$cli"))
	if [ -z "$missing" ] && [ -n "$gclset" ]; then
		pass "the standalone driver reports the same findings"
	else
		fail "the standalone driver reports the same findings" "only in golangci-lint:" "$missing" "msdklint:" "$cli"
	fi
else
	fail "build cmd/msdklint for the cross-check"
fi

echo "== settings"
config 'checks:
  magic-code: false
  missing-reauth: false'
lint
hasnot "checks.magic-code: false silences magic-code" "^$H:(10|26):"
hasnot "checks.missing-reauth: false silences missing-reauth" "^$H:25:"
has "other checks stay on" "^$H:20:18: wrong-platform: .*42001"

config 'magic-code-in-tests: true'
lint
has "magic-code-in-tests: true reports in _test.go" "^handler/handler_test\.go:10:63: magic-code: .*100014.*\(msdklint\)$"

config 'bindings:
  - example.com/game/reply.PayReply.Ret=qq.platform'
lint
has "bindings make a reply QQ's" "^$H:34:18: wrong-platform: .*42001.*wechat.*\(msdklint\)$"

config 'lang: zh'
lint
# Any of the lead bytes of the CJK block in UTF-8 (U+4E00..U+9FFF).
if LC_ALL=C grep -Eq "^$H:20:18: .*"$'[\xe4-\xe9]' <<<"$out"; then
	pass "lang: zh gives Chinese messages"
else
	fail "lang: zh gives Chinese messages" "$out"
fi

config 'magic-codes: false'
lint
if [ "$rc" != 0 ] && [ "$rc" != 1 ] && grep -q 'unknown field "magic-codes"' <<<"$out"; then
	pass "an unknown setting fails with a clear error (exit $rc)"
else
	fail "an unknown setting fails with a clear error" "exit $rc" "$out"
fi

config 'checks:
  magic-number: false'
lint
if [ "$rc" != 0 ] && [ "$rc" != 1 ] && grep -q 'unknown check "magic-number"' <<<"$out"; then
	pass "an unknown check fails with a clear error (exit $rc)"
else
	fail "an unknown check fails with a clear error" "exit $rc" "$out"
fi

echo "== --fix"
config ""
lint --fix
# The fixes of the suppressed findings are not applied; nothing else moves.
cat >"$tmp/want.go" <<'EOF'
// Package handler handles the replies.
package handler

import (
	"example.com/game/reply"
	"github.com/msdklint/msdklint/catalog/qq"
	"github.com/msdklint/msdklint/catalog/wechat"
)

// Login asks the player to log in again when the token expired.
func Login(r *reply.QQReply) bool {
	return r.Ret == qq.PlatformAccessTokenExpired
}

// Typo compares a code that is a digit away from a real one.
func Typo(r *reply.QQReply) bool {
	return r.Ret == 1000144
}

// Foreign compares a WeChat code on a QQ reply.
func Foreign(r *reply.QQReply) bool {
	return r.Ret == 42001
}

// Retry never asks the player to log in again.
func Retry(r *reply.QQReply) bool {
	switch r.Ret {
	case qq.PlatformAPIQuotaExceeded:
		return true
	}
	return false
}

// Pay compares a WeChat code on a reply the bindings setting makes QQ's.
func Pay(r *reply.PayReply) bool {
	return r.Ret == wechat.AccessTokenExpired
}

// Kept compares literals on purpose.
func Kept(r *reply.QQReply) bool {
	if r.Ret == 100015 { //nolint:msdklint // the e2e test keeps it
		return true
	}
	//msdklint:ignore magic-code the e2e test keeps it
	return r.Ret == 100016
}
EOF
if d=$(diff -u "$tmp/want.go" "$mod/$H"); then
	pass "--fix applies the fixes"
else
	fail "--fix applies the fixes" "diff want got:" "$d"
fi
if v=$(cd "$mod" && go vet ./... 2>&1); then
	pass "the fixed module builds and vets"
else
	fail "the fixed module builds and vets" "$v"
fi
lint
# Two import lines were added.
hasnot "no magic-code left after --fix" "magic-code"
has "the other findings remain after --fix" "^$H:22:18: wrong-platform: .*42001"

echo "$passed passed, $failed failed ($((SECONDS - start))s)"
[ "$failed" = 0 ]
