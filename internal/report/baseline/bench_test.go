package baseline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/msdklint/msdklint/internal/report"
)

// BenchmarkKeysLargeFile is the cost of the keys of 4,000 findings in one
// 48 MB file (issue 8): linear in the findings, as each reads only its line.
func BenchmarkKeysLargeFile(b *testing.B) {
	name := filepath.Join(b.TempDir(), "big.go")
	filler := strings.Repeat("\t// filler filler filler filler filler filler fi\n", 250)
	var buf bytes.Buffer
	var findings []report.Finding
	buf.WriteString("package big\n")
	for range 4000 {
		buf.WriteString(filler)
		off := buf.Len() + len("\tif r.ErrCode == ")
		buf.WriteString("\tif r.ErrCode == 40001 {\n")
		findings = append(findings, report.Finding{Check: "magic-code", Message: "m", File: name, Start: report.Pos{Filename: name, Offset: off}, ModuleDir: filepath.Dir(name)})
	}
	if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	files := &report.Files{}
	b.ResetTimer()
	for b.Loop() {
		Keys(findings, files, "")
	}
}
