package analyzer_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer"
)

// benchSource returns a package of n functions of ordinary code (integer,
// string and relational comparisons, switches) in which one function in
// every codes compares reply codes (none when codes is 0).
func benchSource(n, codes int) string {
	var b strings.Builder
	b.WriteString(`package bench

//msdklint:platform qq.platform
type Reply struct {
	Ret int    ` + "`json:\"ret\"`" + `
	Msg string ` + "`json:\"msg\"`" + `
}

type frame struct{ ret, pc int }
`)
	for i := range n {
		fmt.Fprintf(&b, `
func f%d(xs []int, s string, fr *frame, r *Reply) int {
	n := 0
	for i, x := range xs {
		if x == %d || i != 3 && x > 10 {
			n++
		}
		switch x {
		case 1, 2, 3:
			n--
		case %d:
			n += 2
		}
	}
	if s == "abc" || len(s) == 0 || fr.ret == 7 {
		return n
	}
`, i, i%50, i%7+4)
		if codes > 0 && i%codes == 0 {
			fmt.Fprintf(&b, `	if r.Ret == 100014 || r.Ret != 4201 {
		return -1
	}
	switch ret := r.Ret; ret {
	case 100015, 0:
	}
`)
		}
		b.WriteString("\treturn n\n}\n")
	}
	return b.String()
}

// ownSource returns a package of n functions of a game server with only
// its own protocol: ret/msg and errcode/errmsg replies compared with the
// game's codes, no platform named anywhere.
func ownSource(n int) string {
	var b strings.Builder
	b.WriteString(`package proto

type LoginRsp struct {
	Ret int32  ` + "`json:\"ret\"`" + `
	Msg string ` + "`json:\"msg\"`" + `
}

type ShopRsp struct {
	ErrCode int    ` + "`json:\"errcode\"`" + `
	ErrMsg  string ` + "`json:\"errmsg\"`" + `
}
`)
	for i := range n {
		fmt.Fprintf(&b, `
func h%d(r *LoginRsp, s *ShopRsp, xs []int) int {
	n := 0
	for _, x := range xs {
		if x == %d {
			n++
		}
	}
	switch r.Ret {
	case 1001, 1002:
		n++
	case %d:
		n--
	}
	if s.ErrCode == %d || s.ErrCode == 4001 || r.Ret == 2001 {
		return -1
	}
	return n
}
`, i, i%50, 2000+i%97, 30000+i%113)
	}
	return b.String()
}

// BenchmarkRun runs msdklint and a do-nothing analyzer that walks the
// syntax the same way on 1,000 functions of ordinary code ("plain"), and
// msdklint on the same code where one function in ten compares codes
// with 300 findings ("codes"); and both on 1,000 functions of a game's
// own protocol ("own"), where msdklint finds nothing unless -infer=keys.
func BenchmarkRun(b *testing.B) {
	nop := &analysis.Analyzer{Name: "nop", Doc: "nop", Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(ast.Node) bool { return true })
		}
		return nil, nil
	}}
	inferKeys := analyzer.New(analyzer.Options{})
	if err := inferKeys.Flags.Set("infer", "keys"); err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		codes int // one function in codes compares codes; -1: the own-protocol corpus
		a     *analysis.Analyzer
	}{
		{"plain/nop", 0, nop},
		{"plain/msdklint", 0, analyzer.New(analyzer.Options{})},
		{"codes/msdklint", 10, analyzer.New(analyzer.Options{})},
		{"own/nop", -1, nop},
		{"own/msdklint", -1, analyzer.New(analyzer.Options{})},
		{"own/msdklint-infer-keys", -1, inferKeys},
	} {
		fset := token.NewFileSet()
		src := benchSource(1000, tc.codes)
		if tc.codes < 0 {
			src = ownSource(1000)
		}
		// On disk, as drivers see files: the analyzer reads some back.
		fn := filepath.Join(b.TempDir(), "bench.go")
		if err := os.WriteFile(fn, []byte(src), 0o644); err != nil {
			b.Fatal(err)
		}
		f, err := parser.ParseFile(fset, fn, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			b.Fatal(err)
		}
		info := &types.Info{
			Types:      map[ast.Expr]types.TypeAndValue{},
			Defs:       map[*ast.Ident]types.Object{},
			Uses:       map[*ast.Ident]types.Object{},
			Selections: map[*ast.SelectorExpr]*types.Selection{},
			Scopes:     map[ast.Node]*types.Scope{},
		}
		pkg, err := (&types.Config{Importer: importer.Default()}).Check("bench", fset, []*ast.File{f}, info)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			found := 0
			for b.Loop() {
				found = 0
				pass := &analysis.Pass{
					Analyzer: tc.a, Fset: fset, Files: []*ast.File{f}, Pkg: pkg, TypesInfo: info,
					Report:   func(analysis.Diagnostic) { found++ },
					ReadFile: os.ReadFile,
				}
				if _, err := tc.a.Run(pass); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(found), "findings")
		})
	}
}
