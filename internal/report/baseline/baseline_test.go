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

	f := func(file string, line, offset int) report.Finding {
		return report.Finding{
			Check: "unknown-code", Message: "ret 4013", File: file,
			Start:     report.Pos{Filename: file, Offset: offset, Line: line, Col: 2},
			ModuleDir: mod, ModulePath: "example.com/m",
		}
	}
	noMod := f(outside, 1, 1)
	noMod.ModuleDir = ""
	keys := Keys([]report.Finding{f(name, 3, 14), f(name, 4, 34), noMod}, &report.Files{}, filepath.Dir(outside))
	assert.Equal(t, []Entry{
		{Module: "example.com/m", File: "pkg/a.go", Check: "unknown-code", Message: "ret 4013", Line: "if r.Ret == 4013 {"},
		{Module: "example.com/m", File: "pkg/a.go", Check: "unknown-code", Message: "ret 4013", Line: "if r.Ret == 4013 {", Occurrence: 1},
		{File: "b.go", Check: "unknown-code", Message: "ret 4013", Line: "package b"},
	}, keys)

	stale := Entry{File: "pkg/gone.go", Check: "magic-code", Message: "m", Line: "x"}
	fresh, gone := Filter(keys, []Entry{keys[0], stale})
	assert.Equal(t, []int{1, 2}, fresh)
	assert.Equal(t, []Entry{stale}, gone)

	// Round trip, sorted.
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, []Entry{keys[2], keys[1], keys[0]}))
	path := filepath.Join(t.TempDir(), "baseline.json")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	read, err := Read(path)
	require.NoError(t, err)
	assert.Equal(t, []Entry{keys[2], keys[0], keys[1]}, read)
}
