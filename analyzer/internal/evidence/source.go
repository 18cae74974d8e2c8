package evidence

import (
	"bytes"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

// parseIfMentions parses the Go file fn when its source mentions marker,
// else returns nil: most files declare no directive, and bytes.Contains
// rejects them before any parsing. The non-facts mode reads a foreign
// package's declarations this way.
func parseIfMentions(fn, marker string) (*token.FileSet, *ast.File) {
	if fn == "" || inGOROOT(fn) {
		return nil, nil
	}
	src, err := os.ReadFile(fn)
	if err != nil || !bytes.Contains(src, []byte(marker)) {
		return nil, nil
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, fn, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, nil
	}
	return fset, f
}

var goroot = filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)

// inGOROOT tells whether filename is a file of the standard library,
// which never declares team codes or bindings.
func inGOROOT(filename string) bool {
	return strings.HasPrefix(filename, goroot) || strings.HasPrefix(filename, "$GOROOT")
}
