package driver

import (
	"strings"
	"testing"

	"github.com/aymanbagabas/go-udiff"
	"github.com/stretchr/testify/assert"
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
