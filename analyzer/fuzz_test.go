package analyzer

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
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

// analyzeOnce returns the analyzer's output over file as text.
func analyzeOnce(t *testing.T, fset *token.FileSet, file *ast.File) string {
	var out strings.Builder
	res := runOn(t, fset, file, func(d analysis.Diagnostic) { fmt.Fprintf(&out, "%v %s\n", fset.Position(d.Pos), d.Message) })
	for _, fld := range res.Fields {
		fmt.Fprintf(&out, "%v %+v\n", fset.Position(fld.Pos), fld)
	}
	return out.String()
}

// runOn type-checks file (imports fail: the analyzer runs despite
// errors, as drivers run it), runs a new analyzer over it with report,
// and returns its Result.
func runOn(t *testing.T, fset *token.FileSet, file *ast.File, report func(analysis.Diagnostic)) *Result {
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
	pass := &analysis.Pass{
		Analyzer: a, Fset: fset, Files: []*ast.File{file}, Pkg: pkg, TypesInfo: info,
		Report:           report,
		ReadFile:         os.ReadFile,
		ResultOf:         map[*analysis.Analyzer]any{},
		ImportObjectFact: func(types.Object, analysis.Fact) bool { return false },
	}
	res, err := a.Run(pass)
	if err != nil {
		t.Fatal(err)
	}
	return res.(*Result)
}

type noImports struct{}

func (noImports) Import(path string) (*types.Package, error) {
	return nil, errors.New("no imports in fuzzing")
}

// FuzzIgnorePlacement runs the analyzer over Go files with their ignore
// directives and with them neutralized: a finding that only the directives
// hide must have one trailing code on its own line or alone on the line
// above (issue 17). Where the directives are is found with go/scanner, not
// with the analyzer's own reading of the syntax tree.
func FuzzIgnorePlacement(f *testing.F) {
	files, _ := filepath.Glob("../testdata/src/*/*.go")
	for _, fn := range files {
		if strings.HasSuffix(fn, "_test.go") || strings.Contains(fn, "cgo") {
			continue
		}
		if src, err := os.ReadFile(fn); err == nil && strings.Contains(string(src), "msdklint:ignore") {
			f.Add(string(src))
		}
	}
	f.Add("package p\n\n//msdklint:platform qq.platform\ntype R struct {\n\tRet int `json:\"ret\"`\n\tMsg string `json:\"msg\"`\n}\n\nfunc f(r R) (bool, bool) {\n\ta := r.Ret == 4206 //msdklint:ignore unknown-code why\n\tb := r.Ret == 4207\n\treturn a, b\n}\n")
	f.Add("package p\n\n//msdklint:platform qq.platform\ntype R struct {\n\tRet int `json:\"ret\"`\n\tMsg string `json:\"msg\"`\n}\n\nfunc f(r R) bool {\n\tif r.Ret == 4206 { /* x */ //msdklint:ignore unknown-code why\n\t\treturn r.Ret == 4207 }\n\treturn /* y */ r.Ret == 4208 ||\n\t//msdklint:ignore unknown-code why\n\tr.Ret == 4209\n}\n")
	f.Fuzz(func(t *testing.T, src string) {
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return
		}
		neutral := []byte(src)
		for _, cg := range file.Comments {
			for _, c := range cg.List {
				if strings.HasPrefix(c.Text, "//msdklint:ignore") {
					copy(neutral[fset.Position(c.Pos()).Offset:], "//msdklint-ignor")
				}
			}
		}
		with, without := findingLines(t, src), findingLines(t, string(neutral))
		trailing, standalone := ignoreLines(src)
		for k, n := range without {
			if with[k] < n && !trailing[k.line] && !standalone[k.line-1] {
				t.Fatalf("line %d: %q hidden by no directive on its line or alone above it", k.line, k.msg)
			}
		}
	})
}

type lineFinding struct {
	line int
	msg  string
}

// findingLines runs the analyzer over src and counts its findings by the
// line of the file itself (not of a //line directive) and message.
func findingLines(t *testing.T, src string) map[lineFinding]int {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("%v", err)
	}
	out := make(map[lineFinding]int)
	runOn(t, fset, file, func(d analysis.Diagnostic) {
		out[lineFinding{fset.PositionFor(d.Pos, false).Line, d.Message}]++
	})
	return out
}

// ignoreLines returns the lines of src with an ignore directive after a
// token (trailing) and those with one and no token before it.
func ignoreLines(src string) (trailing, standalone map[int]bool) {
	trailing, standalone = make(map[int]bool), make(map[int]bool)
	fset := token.NewFileSet()
	tf := fset.AddFile("fuzz.go", -1, len(src))
	var s scanner.Scanner
	s.Init(tf, []byte(src), func(token.Position, string) {}, scanner.ScanComments)
	code := make(map[int]bool) // lines with a token so far
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		line := tf.Line(pos)
		switch {
		case tok == token.COMMENT:
			if strings.HasPrefix(lit, "//msdklint:ignore") {
				if code[line] {
					trailing[line] = true
				} else {
					standalone[line] = true
				}
			}
		case tok == token.SEMICOLON && lit == "\n":
			// inserted, not written
		default:
			code[line] = true
			// A token spanning lines (a raw string) is code on its last.
			code[tf.Line(pos+token.Pos(max(len(lit), 1)-1))] = true
		}
	}
	return trailing, standalone
}
