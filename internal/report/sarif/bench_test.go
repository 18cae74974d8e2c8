package sarif

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/msdklint/msdklint/internal/report"
)

// largeFile writes a file of about 48 MB with n flagged lines spread over
// it (issue 8: 4,000 findings in one file) and returns their findings.
func largeFile(tb testing.TB, n int) []report.Finding {
	tb.Helper()
	name := filepath.Join(tb.TempDir(), "big.go")
	filler := strings.Repeat("\t// filler filler filler filler filler filler fi\n", 250)
	var buf bytes.Buffer
	var findings []report.Finding
	buf.WriteString("package big\n")
	line := 2
	for range n {
		buf.WriteString(filler)
		line += 250
		off := buf.Len() + len("\tif r.ErrCode == ")
		buf.WriteString("\tif r.ErrCode == 40001 {\n")
		start := report.Pos{Filename: name, Offset: off, Line: line, Col: 18}
		end := report.Pos{Filename: name, Offset: off + 5, Line: line, Col: 23}
		findings = append(findings, report.Finding{Check: "magic-code", Message: "m", File: name, Start: start, End: end, ModuleDir: filepath.Dir(name)})
		line++
	}
	if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
	return findings
}

// BenchmarkWriteLargeFile is the cost of a SARIF log of 4,000 findings in
// one 48 MB file: linear in the findings, as each reads only its line.
func BenchmarkWriteLargeFile(b *testing.B) {
	findings := largeFile(b, 4000)
	files := &report.Files{}
	b.ResetTimer()
	for b.Loop() {
		if err := Write(io.Discard, Tool{Name: "msdklint"}, nil, findings, files); err != nil {
			b.Fatal(err)
		}
	}
}
