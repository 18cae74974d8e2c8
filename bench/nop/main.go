// Command nop runs an analyzer that does nothing with msdklint's own
// driver: the baseline that bench/run.sh compares msdklint against. Both
// binaries load, type-check and report the same way, so the difference
// between them is the cost of msdklint's checks.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/internal/driver"
)

func main() {
	a := &analysis.Analyzer{
		Name: "nop",
		Doc:  "nop does nothing; it is the baseline of msdklint's benchmark.",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
		// Like msdklint, run on packages with type errors too.
		RunDespiteErrors: true,
	}
	os.Exit(driver.Main(os.Args[1:], a, os.Stdout, os.Stderr))
}
