package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aymanbagabas/go-udiff"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tenThousandFixes is a file with 10,000 fixes (issue 8, defect 5).
func tenThousandFixes() (old, fixed []byte, edits []udiff.Edit) {
	var b, f strings.Builder
	b.WriteString("package wx\n\nfunc F(r Reply) (n int) {\n")
	f.WriteString(b.String())
	for range 10000 {
		b.WriteString("\tif r.ErrCode == ")
		f.WriteString("\tif r.ErrCode == ")
		edits = append(edits, udiff.Edit{Start: b.Len(), End: b.Len() + 5, New: "wechat.InvalidCredential"})
		b.WriteString("40001 {\n\t\tn++\n\t}\n")
		f.WriteString("wechat.InvalidCredential {\n\t\tn++\n\t}\n")
	}
	b.WriteString("\treturn n\n}\n")
	f.WriteString("\treturn n\n}\n")
	return []byte(b.String()), []byte(f.String()), edits
}

// The diff of -diff is made from the fixes' own edits when gofmt changed
// nothing: one hunk per fix, 3 lines of context.
func TestUnifiedFromEdits(t *testing.T) {
	old, fixed, edits := tenThousandFixes()
	diff := unified("a/wx.go", "b/wx.go", old, fixed, edits)
	assert.Equal(t, 10000, strings.Count(diff, "\n-\tif r.ErrCode == 40001 {"))
	assert.Equal(t, 10000, strings.Count(diff, "\n+\tif r.ErrCode == wechat.InvalidCredential {"))
	assert.True(t, strings.HasPrefix(diff, "--- a/wx.go\n+++ b/wx.go\n@@ -1,"), diff[:100])
}

// BenchmarkUnified10kFixes is -diff's cost for 10,000 fixes in one file;
// the hand-written Myers diff it replaced needed gigabytes.
func BenchmarkUnified10kFixes(b *testing.B) {
	old, fixed, edits := tenThousandFixes()
	b.ReportAllocs()
	for b.Loop() {
		unified("a/wx.go", "b/wx.go", old, fixed, edits)
	}
}

// BenchmarkUnified10kFixesGofmt is the same when gofmt also changed the
// file: the diff is computed from the texts.
func BenchmarkUnified10kFixesGofmt(b *testing.B) {
	old, fixed, edits := tenThousandFixes()
	fixed = append([]byte("// gofmt moved something\n"), fixed...)
	b.ReportAllocs()
	for b.Loop() {
		unified("a/wx.go", "b/wx.go", old, fixed, edits)
	}
}

func TestFitsAndAdd(t *testing.T) {
	ed := func(start, end int, text string) udiff.Edit { return udiff.Edit{Start: start, End: end, New: text} }
	accepted := []udiff.Edit{ed(0, 0, "import"), ed(10, 15, "A"), ed(20, 20, "x")}
	for _, tc := range []struct {
		name  string
		edits []udiff.Edit
		fits  bool
		after []udiff.Edit // accepted after add, when it fits
	}{
		{"identical edits coalesce", []udiff.Edit{ed(0, 0, "import"), ed(10, 15, "A")}, true, accepted},
		{"overlap", []udiff.Edit{ed(12, 18, "B")}, false, nil},
		{"same bounds, other text", []udiff.Edit{ed(10, 15, "B")}, false, nil},
		{"insertion inside a replacement", []udiff.Edit{ed(12, 12, "B")}, false, nil},
		{"replacement around an insertion", []udiff.Edit{ed(18, 22, "B")}, false, nil},
		{"insertion at a replacement's start", []udiff.Edit{ed(10, 10, "B")}, true,
			[]udiff.Edit{ed(0, 0, "import"), ed(10, 10, "B"), ed(10, 15, "A"), ed(20, 20, "x")}},
		{"insertion at a replacement's end", []udiff.Edit{ed(15, 15, "B")}, true,
			[]udiff.Edit{ed(0, 0, "import"), ed(10, 15, "A"), ed(15, 15, "B"), ed(20, 20, "x")}},
		{"insertions at one point keep their order", []udiff.Edit{ed(0, 0, "import2"), ed(0, 0, "import")}, true,
			[]udiff.Edit{ed(0, 0, "import"), ed(0, 0, "import2"), ed(10, 15, "A"), ed(20, 20, "x")}},
		{"after everything", []udiff.Edit{ed(30, 31, "C")}, true,
			[]udiff.Edit{ed(0, 0, "import"), ed(10, 15, "A"), ed(20, 20, "x"), ed(30, 31, "C")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			acc := append([]udiff.Edit(nil), accepted...)
			assert.Equal(t, tc.fits, fits(acc, tc.edits))
			if tc.fits {
				assert.Equal(t, tc.after, add(acc, tc.edits))
			}
		})
	}
}

// Issue 16: the hint after -fix is the command that works for the module
// it sees, not always a go get that fails before a release.
func TestImportHint(t *testing.T) {
	const mod = "example.com/tool/lib"
	plain := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(plain, "go.mod"), []byte("module example.com/game\n"), 0o644))
	vendored := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(vendored, "go.mod"), []byte("module example.com/game\n"), 0o644))
	require.NoError(t, os.Mkdir(filepath.Join(vendored, "vendor"), 0o755))
	replaced := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(replaced, "go.mod"), []byte("module example.com/game\n\nreplace "+mod+" => ../lib\n"), 0o644))

	const prefix = "the fixes import packages of " + mod + ", which ./go.mod does not require: run "
	for _, c := range []struct {
		src    FixSource
		modDir string
		want   string
	}{
		{FixSource{Version: "v1.2.0"}, plain, "go get " + mod + "@v1.2.0"},
		{FixSource{}, plain, "go get " + mod},
		{FixSource{Dir: "/src/tool/lib"}, plain, "go mod edit -require=" + mod + "@v0.0.0 -replace=" + mod + "=/src/tool/lib"},
		{FixSource{Dir: "/path/to/lib", Placeholder: true}, plain,
			"go mod edit -require=" + mod + "@v0.0.0 -replace=" + mod + "=/path/to/lib (/path/to/lib: the folder of a local copy of " + mod + ")"},
		{FixSource{Dir: "/src/tool/lib"}, vendored, "go mod edit -require=" + mod + "@v0.0.0 -replace=" + mod + "=/src/tool/lib && go mod vendor"},
		{FixSource{Version: "v1.2.0"}, vendored, "go get " + mod + "@v1.2.0 && go mod vendor"},
		{FixSource{Dir: "/src/tool/lib"}, replaced, "go mod edit -require=" + mod + "@v0.0.0"},
		{FixSource{Dir: "/home/Jo's games/lib"}, plain, "go mod edit -require=" + mod + "@v0.0.0 '-replace=" + mod + "=/home/Jo'\\''s games/lib'"},
	} {
		assert.Equal(t, prefix+c.want, importHint(mod, c.src, c.modDir, "./go.mod"), "%+v", c.src)
	}
}

// TestFixKeepsUnformattedFile pins that a fix changes only what it fixes
// in a file that was not gofmt'ed: gofmt would also rewrite the doc
// comment and the user's layout, lines no finding is about.
func TestFixKeepsUnformattedFile(t *testing.T) {
	const src = "package m\n\n//F tells the answer.\nfunc F(x int) bool {return x == 42}\n\nconst Answer = 42\n"
	dir := writeModule(t, map[string]string{"a.go": src})
	r := runDriver(t, dir, "-fix", "./...")
	assert.Equal(t, ExitClean, r.code, r.stdout+r.stderr)
	got, err := os.ReadFile(filepath.Join(dir, "a.go"))
	require.NoError(t, err)
	assert.Equal(t, strings.Replace(src, "x == 42", "x == Answer", 1), string(got))
}
