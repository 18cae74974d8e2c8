package analyzer_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/msdklint/msdklint/analyzer"
)

// TestDeadCodeFieldInfer checks that dead-code-field follows -infer:
// with bound only the bound fields report (the msdk tag on a string);
// a message beside a misspelt key is no binding.
func TestDeadCodeFieldInfer(t *testing.T) {
	a := newAnalyzer(t, false, "infer", "bound")
	var got []string
	for _, r := range analysistest.Run(wantsT{t}, testdata(t), a, "dead_code_field") {
		for _, d := range r.Diagnostics {
			if d.Category != analyzer.DeadCodeField {
				continue // the ignore directive then suppresses nothing
			}
			got = append(got, r.Pass.Fset.Position(d.Pos).String())
		}
	}
	assert.Len(t, got, 1)
	assert.Contains(t, got[0], "types.go:19:")
}
