package baseline

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/msdklint/msdklint/internal/report"
)

func TestKeysAndFilter(t *testing.T) {
	mod := t.TempDir()
	name := filepath.Join(mod, "pkg", "a.go")
	require.NoError(t, os.MkdirAll(filepath.Dir(name), 0o755))
	require.NoError(t, os.WriteFile(name, []byte("package pkg\n\n\tif r.Ret == 4013 {\n\tif r.Ret == 4013 {\r\n"), 0o644))
	outside := filepath.Join(t.TempDir(), "b.go")
	require.NoError(t, os.WriteFile(outside, []byte("package b\n"), 0o644))

	subject := report.Subject{Decl: "F", Field: "Reply.Ret", Code: "4013", Namespace: "qq.platform"}
	f := func(file string, line, offset int) report.Finding {
		return report.Finding{
			Check: "unknown-code", Message: "ret 4013", File: file,
			Start:     report.Pos{Filename: file, Offset: offset, Line: line, Col: 2},
			ModuleDir: mod, ModulePath: "example.com/m",
			Subject: subject,
		}
	}
	noMod := f(outside, 1, 1)
	noMod.ModuleDir = ""
	keys := Keys([]report.Finding{f(name, 3, 14), f(name, 4, 34), noMod}, &report.Files{}, filepath.Dir(outside))
	k := Entry{Module: "example.com/m", File: "pkg/a.go", Check: "unknown-code", Namespace: "qq.platform", Code: "4013", Decl: "F", Field: "Reply.Ret"}
	k2 := k
	k2.Occurrence = 1
	k.Line, k2.Line = "if r.Ret == 4013 {", "if r.Ret == 4013 {"
	k3 := Entry{File: "b.go", Check: "unknown-code", Namespace: "qq.platform", Code: "4013", Decl: "F", Field: "Reply.Ret", Line: "package b"}
	assert.Equal(t, []Entry{k, k2, k3}, keys)

	stale := Entry{File: "pkg/gone.go", Check: "magic-code", Code: "1"}
	fresh, gone := Filter(keys, []Entry{keys[0].key(), stale})
	assert.Equal(t, []int{1, 2}, fresh)
	assert.Equal(t, []Entry{stale}, gone)

	// Round trip, sorted, without the lines.
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, []Entry{keys[2], keys[1], keys[0]}))
	assert.NotContains(t, buf.String(), "line")
	path := filepath.Join(t.TempDir(), "baseline.json")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	read, version, err := Read(path)
	require.NoError(t, err)
	assert.Equal(t, Version, version)
	assert.Equal(t, []Entry{keys[2].key(), keys[0].key(), keys[1].key()}, read)
}

// Issue 16: entries of version 1 and 2 files match by module, file,
// check and line, whatever their message, one finding each.
func TestFilterLegacy(t *testing.T) {
	keys := []Entry{
		{Module: "example.com/m", File: "a.go", Check: "magic-code", Code: "40001", Decl: "F", Line: "if a == 40001 || b == 40001 {"},
		{Module: "example.com/m", File: "a.go", Check: "magic-code", Code: "40001", Decl: "F", Occurrence: 1, Line: "if a == 40001 || b == 40001 {"},
		{Module: "example.com/m", File: "a.go", Check: "magic-code", Code: "40001", Decl: "G", Line: "return a == 40001"},
		{Module: "example.com/n", File: "a.go", Check: "magic-code", Code: "40001", Decl: "G", Line: "return a == 40001"},
	}
	v2 := Entry{Module: "example.com/m", File: "a.go", Check: "magic-code", Message: "errcode 40001 is wechat.InvalidCredential", Line: "if a == 40001 || b == 40001 {"}
	v1 := Entry{File: "a.go", Check: "magic-code", Message: "errcode 40001 是 wechat.InvalidCredential", Line: "return a == 40001"}
	gone := Entry{File: "a.go", Check: "magic-code", Message: "gone", Line: "x"}
	fresh, stale := Filter(keys, []Entry{v2, v1, gone})
	assert.Equal(t, []int{1, 3}, fresh, "each old entry matches one finding; version 1's in any module, once")
	assert.Equal(t, []Entry{gone}, stale)
}

// The fingerprint is the key's, whatever the line or message, and tells
// every part of the key apart.
func TestFingerprint(t *testing.T) {
	k := Entry{Module: "example.com/m", File: "a.go", Check: "magic-code", Namespace: "wechat", Code: "40001", Decl: "F", Field: "Reply.ErrCode"}
	moved := k
	moved.Line, moved.Message = "elsewhere", "另一种说法"
	assert.Equal(t, k.Fingerprint(), moved.Fingerprint())
	assert.Len(t, k.Fingerprint(), 64)
	seen := map[string]bool{k.Fingerprint(): true}
	for _, other := range []Entry{
		{Module: "example.com/m", File: "a.go", Check: "magic-code", Namespace: "wechat", Code: "40001", Decl: "G", Field: "Reply.ErrCode"},
		{Module: "example.com/m", File: "a.go", Check: "magic-code", Namespace: "wechat", Code: "40001", Decl: "F", Field: "Reply.ErrCode", Occurrence: 1},
		{Module: "example.com/m", File: "a.go", Check: "magic-code", Namespace: "wechat", Code: "40001", Decl: "F", Field: "Reply.Ret"},
		{Module: "example.com/m", File: "a.go", Check: "magic-code", Namespace: "wechat", Code: "40002", Decl: "F", Field: "Reply.ErrCode"},
		{Module: "example.com/m", File: "a.go", Check: "unknown-code", Namespace: "wechat", Code: "40001", Decl: "F", Field: "Reply.ErrCode"},
		{Module: "example.com/m", File: "b.go", Check: "magic-code", Namespace: "wechat", Code: "40001", Decl: "F", Field: "Reply.ErrCode"},
		{Module: "example.com/m", File: "a.go", Check: "magic-code", Namespace: "wechatF", Code: "40001", Decl: "", Field: "Reply.ErrCode"},
	} {
		assert.False(t, seen[other.Fingerprint()], "%+v", other)
		seen[other.Fingerprint()] = true
	}
}

func TestReadVersions(t *testing.T) {
	for _, c := range []struct{ json, err string }{
		{`{"version": 2, "entries": [{"module": "m", "file": "a.go", "check": "c", "message": "m", "line": "l"}]}`, ""},
		{`{"version": 1, "entries": [{"file": "a.go", "check": "c", "message": "m", "line": "l"}]}`, ""},
		{`{"version": 3, "entries": [{"file": "a.go", "check": "c", "decl": "F"}]}`, ""},
		{`{"version": 1, "entries": [{"module": "m", "file": "a.go", "check": "c", "message": "m"}]}`, "version 1 has no module"},
		{`{"version": 3, "entries": [{"file": "a.go", "check": "c", "message": "m"}]}`, "version 3 keys entries by"},
		{`{"version": 2, "entries": [{"file": "a.go", "check": "c", "decl": "F", "message": "m"}]}`, "version 2 keys entries by message"},
		{`{"version": 4, "entries": []}`, "baseline version 4"},
	} {
		path := filepath.Join(t.TempDir(), "b.json")
		require.NoError(t, os.WriteFile(path, []byte(c.json), 0o644))
		_, _, err := Read(path)
		if c.err == "" {
			assert.NoError(t, err, c.json)
		} else if assert.Error(t, err, c.json) {
			assert.Contains(t, err.Error(), c.err)
		}
	}
}

// Three findings alike in one declaration get the indices 0, 1 and 2
// (the third got 1 again, so the second and third shared a key and a
// code-quality fingerprint).
func TestOccurrences(t *testing.T) {
	f := report.Finding{Check: "magic-code", File: "/m/a.go", Start: report.Pos{Filename: "/m/a.go"}, ModuleDir: "/m", ModulePath: "m",
		Subject: report.Subject{Decl: "F", Code: "40001", Field: "Reply.ErrCode"}}
	keys := Keys([]report.Finding{f, f, f, f}, &report.Files{}, "")
	var got []int
	seen := make(map[string]bool)
	for _, k := range keys {
		got = append(got, k.Occurrence)
		seen[k.Fingerprint()] = true
	}
	assert.Equal(t, []int{0, 1, 2, 3}, got)
	assert.Len(t, seen, 4)
}
