package analyzer

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// FuzzAnalyzer runs the analyzer over Go files, the testdata packages
// and their mutations: it must not panic, and two runs must give the
// same findings and fields.
func FuzzAnalyzer(f *testing.F) {
	files, _ := filepath.Glob("../testdata/src/*/*.go")
	for _, fn := range files {
		if strings.HasSuffix(fn, "_test.go") || strings.Contains(fn, "cgo") {
			continue
		}
		if src, err := os.ReadFile(fn); err == nil {
			f.Add(string(src))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return
		}
		first := analyzeOnce(t, fset, file)
		if second := analyzeOnce(t, fset, file); first != second {
			t.Fatalf("two runs differ:\n%s\n---\n%s", first, second)
		}
	})
}

// analyzeOnce type-checks file (imports fail: the analyzer runs despite
// errors, as drivers run it) and returns the analyzer's output as text.
func analyzeOnce(t *testing.T, fset *token.FileSet, file *ast.File) string {
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Scopes:     map[ast.Node]*types.Scope{},
		Implicits:  map[ast.Node]types.Object{},
	}
	conf := types.Config{Importer: noImports{}, Error: func(error) {}}
	pkg, _ := conf.Check("fuzz", fset, []*ast.File{file}, info)
	a := New(Options{CheckPrefix: true})
	var out strings.Builder
	pass := &analysis.Pass{
		Analyzer: a, Fset: fset, Files: []*ast.File{file}, Pkg: pkg, TypesInfo: info,
		Report:           func(d analysis.Diagnostic) { fmt.Fprintf(&out, "%v %s\n", fset.Position(d.Pos), d.Message) },
		ReadFile:         os.ReadFile,
		ResultOf:         map[*analysis.Analyzer]any{},
		ImportObjectFact: func(types.Object, analysis.Fact) bool { return false },
	}
	res, err := a.Run(pass)
	if err != nil {
		t.Fatal(err)
	}
	for _, fld := range res.(*Result).Fields {
		fmt.Fprintf(&out, "%v %+v\n", fset.Position(fld.Pos), fld)
	}
	return out.String()
}

type noImports struct{}

func (noImports) Import(path string) (*types.Package, error) {
	return nil, errors.New("no imports in fuzzing")
}
