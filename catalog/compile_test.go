package catalog_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/msdklint/msdklint/catalog"
)

// TestConstantsCompareWithFieldTypes type-checks, against the generated
// packages on disk, a comparison of every constant with the integer field
// types of game-server replies (int, int64, and int32 and uint32 where the
// value fits). Constants are untyped, so each comparison converts the
// constant to the field's type; Go rejects the conversion of a value the
// type cannot hold, such as a negative constant and a uint32 field, and
// the test checks that too.
func TestConstantsCompareWithFieldTypes(t *testing.T) {
	fset := token.NewFileSet()
	pkgs := map[string]*types.Package{}
	imp := importerFunc(func(path string) (*types.Package, error) {
		if p, ok := pkgs[path]; ok {
			return p, nil
		}
		platform, ok := strings.CutPrefix(path, "github.com/msdklint/msdklint/catalog/")
		if !ok {
			return importer.Default().Import(path)
		}
		f, err := parser.ParseFile(fset, filepath.Join(platform, "codes.go"), nil, 0)
		if err != nil {
			return nil, err
		}
		p, err := new(types.Config).Check(path, fset, []*ast.File{f}, nil)
		pkgs[path] = p
		return p, err
	})

	var src strings.Builder
	imports := map[string]bool{}
	var body strings.Builder
	var negative *catalog.Entry
	for _, e := range catalog.Default().Entries() {
		if e.Name == "" {
			continue
		}
		imports[e.ImportPath()] = true
		fmt.Fprintf(&body, "\t_ = r.I == %[1]s || r.I64 == %[1]s\n", e.Const())
		if e.Code >= math.MinInt32 && e.Code <= math.MaxInt32 {
			fmt.Fprintf(&body, "\t_ = r.I32 == %s\n", e.Const())
		}
		if e.Code >= 0 && e.Code <= math.MaxUint32 {
			fmt.Fprintf(&body, "\t_ = r.U32 == %s\n", e.Const())
		}
		if e.Code < 0 && negative == nil {
			negative = e
		}
	}
	if len(imports) == 0 {
		t.Skip("the catalog names no constant yet")
	}
	src.WriteString("package reply\n\nimport (\n")
	for p := range imports {
		fmt.Fprintf(&src, "\t%q\n", p)
	}
	src.WriteString(")\n\ntype Reply struct {\n\tI   int\n\tI64 int64\n\tI32 int32\n\tU32 uint32\n}\n\nfunc compare(r Reply) {\n")
	src.WriteString(body.String())
	src.WriteString("}\n")
	check := func(src string) error {
		f, err := parser.ParseFile(fset, "reply.go", src, 0)
		require.NoError(t, err)
		_, err = (&types.Config{Importer: imp}).Check("reply", fset, []*ast.File{f}, nil)
		return err
	}
	require.NoError(t, check(src.String()), "run go generate in catalog/ if the constants are stale")

	// Each deprecated name is declared as an alias of its entry's constant
	// (issue 9: renames keep the old name one release), and each named
	// range has its function.
	for _, e := range catalog.Default().Entries() {
		if e.Name == "" {
			continue
		}
		scope := pkgs[e.ImportPath()].Scope()
		cur, ok := scope.Lookup(e.Name).(*types.Const)
		require.True(t, ok, e.Const())
		for _, d := range e.Deprecated {
			old, ok := scope.Lookup(d).(*types.Const)
			if assert.True(t, ok, "%s: deprecated %s is not declared", e.Const(), d) {
				assert.Equal(t, cur.Val().ExactString(), old.Val().ExactString(), "%s = %s", d, e.Name)
			}
		}
		if f := e.RangeFunc(); f != "" {
			fn, ok := scope.Lookup(f).(*types.Func)
			if assert.True(t, ok, "%s: no function %s", e.Const(), f) {
				assert.Equal(t, "func(code int) bool", fn.Type().String())
			}
		}
	}

	if negative != nil {
		err := check(fmt.Sprintf("package reply\n\nimport %q\n\nfunc f(u uint32) bool { return u == %s }\n", negative.ImportPath(), negative.Const()))
		require.Error(t, err, "a negative constant compared with uint32")
		assert.Contains(t, err.Error(), "overflows uint32")
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
