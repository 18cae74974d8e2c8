// Package schematest validates SARIF logs against the SARIF 2.1.0 JSON
// schema, for tests.
//
// No Go module that msdklint may depend on validates JSON schemas, so the
// validator is ajv (node), with the schema that @microsoft/jest-sarif
// ships (sarif-2.1.0-rtm.5, the one SchemaStore serves and GitHub's
// documentation names), both pinned by validator/package-lock.json and
// installed from the npm registry by npm ci into the user cache on first
// use (about 2 s, 3.4 MB).
package schematest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

var (
	once   sync.Once
	script string
	err    error
	out    []byte
)

// Validate validates the SARIF log data and returns the validator's
// output and an error when the log is invalid. It skips the test when
// node or npm is missing, and fails it when the validator cannot be
// installed.
func Validate(t testing.TB, data []byte) (string, error) {
	t.Helper()
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not found: cannot validate against the SARIF schema", tool)
		}
	}
	once.Do(install)
	if err != nil {
		t.Fatalf("installing the SARIF validator: %v\n%s", err, out)
	}
	file := filepath.Join(t.TempDir(), "log.sarif")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	res, verr := exec.Command("node", script, file).CombinedOutput()
	return string(res), verr
}

// install copies the validator into the user cache dir, keyed by the hash
// of its files, and runs npm ci there unless that was done before.
func install() {
	_, self, _, _ := runtime.Caller(0)
	src := filepath.Join(filepath.Dir(self), "validator")
	names := []string{"package.json", "package-lock.json", "validate.js"}
	h := sha256.New()
	contents := make(map[string][]byte)
	for _, name := range names {
		var data []byte
		data, err = os.ReadFile(filepath.Join(src, name))
		if err != nil {
			return
		}
		contents[name] = data
		h.Write(data)
	}
	cache, cerr := os.UserCacheDir()
	if cerr != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "msdklint", "sarif-validator-"+hex.EncodeToString(h.Sum(nil))[:16])
	script = filepath.Join(dir, "validate.js")
	if _, serr := os.Stat(filepath.Join(dir, "node_modules", "@microsoft", "jest-sarif", "package.json")); serr == nil {
		return
	}
	if err = os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	for name, data := range contents {
		if err = os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return
		}
	}
	cmd := exec.Command("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
	cmd.Dir = dir
	out, err = cmd.CombinedOutput()
}
