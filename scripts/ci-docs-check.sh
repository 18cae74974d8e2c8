#!/usr/bin/env bash
# ci-docs-check.sh runs the commands of docs/ci.md, so the page cannot rot.
#
# Usage: scripts/ci-docs-check.sh
#
# Each fenced block of docs/ci.md preceded by a line
# "<!-- ci-docs-check: NAME -->" is extracted. In a copy of the repository
# (so nothing in the work tree changes), with examples/gameserver as the
# repository being linted, the script
#   - runs the baseline command, then every `run:` step of the GitHub
#     Actions workflow in order, with bash -eo pipefail as Actions does
#     (the install step builds this checkout instead of fetching @latest;
#     `uses:` steps are stood in for: checkout and setup-go by the copy
#     and the local Go, upload-sarif by a check of the file it uploads);
#   - runs the pre-commit entry and the git hook;
#   - adds a package with a new finding and expects the gate step, the
#     pre-commit entry and the hook to fail with exit code 3 and name it;
#     records it, removes it, and expects the gate to pass and name the
#     stale baseline entry;
#   - runs the go vet command, checks the exit-code table, and checks the
#     Bazel snippets against the code: the exported Analyzer, its name and
#     the flags in analyzer_flags.
# Prints PASS/FAIL lines and "N passed, N failed"; exits 1 on a failure.
set -euo pipefail

start=$SECONDS
root=$(cd "$(dirname "$0")/.." && pwd)
doc=$root/docs/ci.md
tmp=$(mktemp -d "${TMPDIR:-/tmp}/msdklint-ci-docs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export GOWORK=off
export GOFLAGS="${GOFLAGS:+$GOFLAGS }-mod=mod"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() {
	failed=$((failed + 1))
	echo "FAIL $1"
	shift
	for line in "$@"; do printf '%s\n' "$line" | sed 's/^/    /'; done
}

# block NAME: the fenced block after the marker NAME.
block() {
	awk -v name="$1" '
		$0 == "<!-- ci-docs-check: " name " -->" { want = 1; next }
		want && /^```/ && !inside { inside = 1; next }
		inside && /^```/ { exit }
		inside { print }
	' "$doc"
}

for name in baseline workflow pre-commit git-hook vet bazel-build nogo-config; do
	block "$name" >"$tmp/$name"
	if [ ! -s "$tmp/$name" ]; then
		fail "docs/ci.md has the block $name"
		echo "$passed passed, $failed failed ($((SECONDS - start))s)"
		exit 1
	fi
done

# The repository copy; examples/gameserver plays the linted repository.
mkdir "$tmp/repo"
(cd "$root" && tar --exclude=.git -cf - .) | (cd "$tmp/repo" && tar -xf -)
work=$tmp/repo/examples/gameserver
export GOBIN=$tmp/bin
export PATH=$GOBIN:$PATH

# steps: the workflow's run steps, each in $tmp/step.N with its name in
# $tmp/step.N.name. A step is "run: cmd" or "run: |" and the lines
# indented deeper than the "run:" key.
awk -v dir="$tmp" '
	block {
		match($0, /^ */)
		if ($0 != "" && RLENGTH <= indent) { block = 0; close(file) }
		else { print substr($0, indent + 3) > file; next }
	}
	/^ *- name: / { sub(/^ *- name: /, ""); stepname = $0; next }
	/^ *(- )?uses: / { stepname = ""; next }
	/^ *(- )?run: / {
		n++; file = dir "/step." n
		print stepname > (file ".name"); close(file ".name")
		match($0, /^ *(- )?/); indent = RLENGTH
		line = $0; sub(/^ *(- )?run: /, "", line)
		if (line == "|") { block = 1; printf "" > file } else { print line > file; close(file) }
	}
' "$tmp/workflow"

nsteps=$(find "$tmp" -maxdepth 1 -name 'step.*' ! -name '*.name' | wc -l)
if [ "$nsteps" -ge 3 ]; then pass "the workflow has $nsteps run steps"; else fail "the workflow has run steps" "found $nsteps"; fi

# runstep N: runs workflow step N in the linted repository; sets $rc, $out.
runstep() {
	local src=$tmp/step.$1
	if grep -q 'go install github.com/msdklint/msdklint/cmd/msdklint@' "$src"; then
		# Fetching a release is not possible here: install this checkout.
		sed -i 's#go install github.com/msdklint/msdklint/cmd/msdklint@[^ ]*#(cd "$REPO" \&\& go install ./cmd/msdklint)#' "$src"
	fi
	rc=0
	out=$(cd "$work" && REPO=$tmp/repo bash --noprofile --norc -eo pipefail "$src" 2>&1) || rc=$?
}

# runcmd FILE: runs a shell block in the linted repository.
runcmd() {
	rc=0
	out=$(cd "$work" && sh "$1" 2>&1) || rc=$?
}

gate=""
step1=$(cat "$tmp/step.1")
case "$step1" in
"go install github.com/msdklint/msdklint/cmd/msdklint@"*) pass "the first step installs cmd/msdklint" ;;
*) fail "the first step installs cmd/msdklint" "got: $step1" ;;
esac
runstep 1
if [ "$rc" = 0 ] && [ -x "$GOBIN/msdklint" ]; then pass "step '$(cat "$tmp/step.1.name")'"; else fail "step '$(cat "$tmp/step.1.name")'" "exit $rc" "$out"; fi

runcmd "$tmp/baseline"
if [ "$rc" = 0 ] && [ -s "$work/msdklint-baseline.json" ]; then
	pass "the baseline command records the example's findings"
else
	fail "the baseline command records the example's findings" "exit $rc" "$out"
fi

for i in $(seq 2 "$nsteps"); do
	name=$(cat "$tmp/step.$i.name")
	runstep "$i"
	if [ "$rc" = 0 ]; then pass "step '$name'"; else fail "step '$name'" "exit $rc" "$out"; fi
	if grep -q -- '-baseline' "$tmp/step.$i"; then gate=$i; fi
done

# upload-sarif uploads the file the lint step wrote.
sarif=$(sed -n 's/^ *sarif_file: *//p' "$tmp/workflow")
if [ -n "$sarif" ] && [ -s "$work/$sarif" ] &&
	grep -q '"version": *"2.1.0"' "$work/$sarif" &&
	grep -q '"ruleId": *"' "$work/$sarif" &&
	grep -q '"name": *"msdklint"' "$work/$sarif"; then
	pass "upload-sarif gets a SARIF 2.1.0 file of msdklint with results ($sarif)"
else
	fail "upload-sarif gets a SARIF 2.1.0 file of msdklint with results" "sarif_file: $sarif" "$(head -c 600 "$work/$sarif" 2>/dev/null)"
fi

entry=$(sed -n 's/^ *entry: *//p' "$tmp/pre-commit")
echo "$entry" >"$tmp/entry"
runcmd "$tmp/entry"
if [ "$rc" = 0 ]; then pass "the pre-commit entry passes on the baseline"; else fail "the pre-commit entry passes on the baseline" "exit $rc" "$out"; fi
runcmd "$tmp/git-hook"
if [ "$rc" = 0 ]; then pass "the git hook passes on the baseline"; else fail "the git hook passes on the baseline" "exit $rc" "$out"; fi

# A new finding: a reply compared with a bare code.
mkdir "$work/cidocsnew"
cat >"$work/cidocsnew/new.go" <<'EOF'
// Package cidocsnew adds a finding the baseline does not record.
package cidocsnew

// Reply is a QQ platform reply.
//
//msdklint:platform qq.platform
type Reply struct {
	Ret int `json:"ret"`
}

// Expired compares a bare code.
func Expired(r Reply) bool {
	return r.Ret == 100014
}
EOF
newpat='cidocsnew/new\.go:13:[0-9]+: .*100014'
if [ -n "$gate" ]; then
	runstep "$gate"
	if [ "$rc" = 3 ] && grep -Eq "$newpat" <<<"$out"; then
		pass "step '$(cat "$tmp/step.$gate.name")' fails (exit 3) on a new finding"
	else
		fail "step '$(cat "$tmp/step.$gate.name")' fails (exit 3) on a new finding" "exit $rc" "$out"
	fi
else
	fail "the workflow has a step with -baseline"
fi
runcmd "$tmp/entry"
if [ "$rc" = 3 ] && grep -Eq "$newpat" <<<"$out"; then pass "the pre-commit entry fails on a new finding"; else fail "the pre-commit entry fails on a new finding" "exit $rc" "$out"; fi
runcmd "$tmp/git-hook"
if [ "$rc" = 3 ] && grep -Eq "$newpat" <<<"$out"; then pass "the git hook fails on a new finding"; else fail "the git hook fails on a new finding" "exit $rc" "$out"; fi

runcmd "$tmp/vet"
if [ "$rc" != 0 ] && grep -Eq "$newpat" <<<"$out"; then pass "go vet -vettool reports the finding"; else fail "go vet -vettool reports the finding" "exit $rc" "$out"; fi

# Recorded, then fixed: the gate passes and names the stale entry.
runcmd "$tmp/baseline"
rm -r "$work/cidocsnew"
if [ -n "$gate" ]; then
	runstep "$gate"
	if [ "$rc" = 0 ] && grep -q 'stale' <<<"$out" && grep -q 'cidocsnew/new\.go' <<<"$out"; then
		pass "a fixed finding is reported as a stale baseline entry"
	else
		fail "a fixed finding is reported as a stale baseline entry" "exit $rc" "$out"
	fi
fi

# The exit-code table.
rc=0
out=$(cd "$work" && msdklint -no-such-flag ./... 2>&1) || rc=$?
if [ "$rc" = 2 ]; then pass "exit code 2 on a usage error"; else fail "exit code 2 on a usage error" "exit $rc" "$out"; fi
mkdir "$work/cidocsbroken"
printf 'package cidocsbroken\n\nvar x int = "not an int"\n' >"$work/cidocsbroken/broken.go"
rc=0
out=$(cd "$work" && msdklint ./cidocsbroken 2>&1) || rc=$?
if [ "$rc" = 1 ]; then pass "exit code 1 when a package does not type-check"; else fail "exit code 1 when a package does not type-check" "exit $rc" "$out"; fi
rm -r "$work/cidocsbroken"
rc=0
out=$(cd "$work" && msdklint ./... 2>&1) || rc=$?
if [ "$rc" = 3 ]; then pass "exit code 3 on findings"; else fail "exit code 3 on findings" "exit $rc" "$out"; fi

# Bazel: nogo needs an exported Analyzer in the package the BUILD names.
label=$(grep -o '"@com_github_msdklint_msdklint//[a-z/]*"' "$tmp/bazel-build" | tr -d '"')
pkg=github.com/msdklint/msdklint/${label#@com_github_msdklint_msdklint//}
if d=$(cd "$root" && go doc "$pkg.Analyzer" 2>&1) && grep -q '^var Analyzer = ' <<<"$d"; then
	pass "nogo dep $label exports Analyzer"
else
	fail "nogo dep $label exports Analyzer" "$d"
fi
cat >"$tmp/nogo_test.go" <<EOF
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"$pkg"
)

// Checks nogo_config.json as nogo reads it: keys are analyzer names, and
// analyzer_flags must be flags of the analyzer with valid values.
func main() {
	var config map[string]struct {
		AnalyzerFlags map[string]string \`json:"analyzer_flags"\`
	}
	src, err := os.ReadFile(os.Args[1])
	if err == nil {
		err = json.Unmarshal(src, &config)
	}
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	a := analyzer.Analyzer
	c, ok := config[a.Name]
	if !ok {
		fmt.Printf("no key %q\n", a.Name)
		os.Exit(1)
	}
	for name, value := range c.AnalyzerFlags {
		if a.Flags.Lookup(name) == nil {
			fmt.Printf("no flag %q\n", name)
			os.Exit(1)
		}
		if err := a.Flags.Set(name, value); err != nil {
			fmt.Printf("flag %q: %v\n", name, err)
			os.Exit(1)
		}
	}
}
EOF
mkdir "$tmp/repo/cidocsnogo"
cp "$tmp/nogo_test.go" "$tmp/repo/cidocsnogo/main.go"
if out=$(cd "$tmp/repo" && go run ./cidocsnogo "$tmp/nogo-config" 2>&1); then
	pass "nogo_config.json names the analyzer and valid analyzer_flags"
else
	fail "nogo_config.json names the analyzer and valid analyzer_flags" "$out"
fi

echo "$passed passed, $failed failed ($((SECONDS - start))s)"
[ "$failed" = 0 ]
