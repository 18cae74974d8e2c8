package reads

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer/internal/evidence"
)

// header declares the reply types the cases read: Reply is bound, Free
// is not (a Frame-like struct, no evidence), Out promotes Reply's field.
const header = `package p

//msdklint:platform qq.platform
type Reply struct {
	Ret int    ` + "`json:\"ret\"`" + `
	Msg string ` + "`json:\"msg\"`" + `
	Sub *Reply
}

func (r *Reply) GetRet() int { return r.Ret }

//msdklint:platform wechat.platform
type Wx struct {
	ErrCode int ` + "`json:\"errcode\"`" + `
}

type Out struct{ Reply }

type Free struct{ Ret int }

func read(any) {}
`

// TestOperand reads the argument of each read(...) call of a function
// body: the name of the code field it reads, "" for none.
func TestOperand(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"selector", "var r Reply; read(r.Ret)", []string{"Ret"}},
		{"pointer", "r := &Reply{}; read(r.Ret); read((*r).Ret)", []string{"Ret", "Ret"}},
		{"nested", "var r Reply; read(r.Sub.Ret); read(r.Sub.Sub.Ret)", []string{"Ret", "Ret"}},
		{"promoted", "var o Out; read(o.Ret); read(o.Reply.Ret)", []string{"Ret", "Ret"}},
		{"getter", "r := &Reply{}; read(r.GetRet())", []string{"Ret"}},
		{"conversion", "var r Reply; read(int64(r.Ret)); read(int64(int32(r.Ret)))", []string{"Ret", "Ret"}},
		{"unchecked field", "var f Free; read(f.Ret)", []string{""}},
		{"not a code field", "var r Reply; read(r.Msg)", []string{""}},
		{"local", "var r Reply; ret := r.Ret; read(ret)", []string{"Ret"}},
		{"local of a local", "var r Reply; ret := r.Ret; ret2 := ret; read(ret2)", []string{"Ret"}},
		{"var declaration", "var r Wx; var code = r.ErrCode; read(code)", []string{"ErrCode"}},
		{"local assigned again", "var r Reply; ret := r.Ret; ret = 3; read(ret)", []string{""}},
		{"local whose address is taken", "var r Reply; ret := r.Ret; _ = &ret; read(ret)", []string{""}},
		{"local incremented", "var r Reply; ret := r.Ret; ret++; read(ret)", []string{""}},
		{"local from a literal", "ret := 3; read(ret)", []string{""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rd, f := newTestReader(t, header+"\nfunc f() {\n"+tc.body+"\n}\n")
			assert.Equal(t, tc.want, readAll(rd, f, "f"))
		})
	}
}

// TestHelperParameter: a helper's parameter reads the one field every
// call passes.
func TestHelperParameter(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"every call passes Ret", `
func expired(ret int) bool { read(ret); return false }
func f(r Reply, s *Reply) { expired(r.Ret); expired(s.Ret) }`, []string{"Ret"}},
		{"calls disagree", `
func expired(ret int) bool { read(ret); return false }
func f(r Reply, w Wx) { expired(r.Ret); expired(w.ErrCode) }`, []string{""}},
		{"a call passes something else", `
func expired(ret int) bool { read(ret); return false }
func f(r Reply, n int) { expired(r.Ret); expired(n) }`, []string{""}},
		{"a call passes a constant", `
func expired(ret int) bool { read(ret); return false }
func f(r Reply) { expired(r.Ret); expired(3) }`, []string{"Ret"}},
		{"used as a value", `
func expired(ret int) bool { read(ret); return false }
func f(r Reply) { expired(r.Ret); _ = expired }`, []string{""}},
		{"assigned in the helper", `
func expired(ret int) bool { ret = 2; read(ret); return false }
func f(r Reply) { expired(r.Ret) }`, []string{""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rd, f := newTestReader(t, header+tc.src)
			assert.Equal(t, tc.want, readAll(rd, f, "expired"))
		})
	}
}

// TestReadsChecked: the walk is skipped in a package that reads no
// checked field.
func TestReadsChecked(t *testing.T) {
	const types = `package p

//msdklint:platform qq.platform
type Reply struct{ Ret int; Msg string }

func (r *Reply) GetRet() int { return 0 }

type Free struct{ Ret int; Msg string }
`
	for src, want := range map[string]bool{
		types + "func f(x Free) int { return x.Ret }":        false,
		types + "func f(x Reply) string { return x.Msg }":    false,
		types + "func f(x Reply) int { return x.Ret }":       true,
		types + "func f(x *Reply) int { return x.GetRet() }": true,
	} {
		rd, _ := newTestReader(t, src)
		assert.Equal(t, want, rd.ReadsChecked(), src)
	}
}

// TestBadBindReportedAtFirstRead: a -bind to namespaces unknown here is
// a problem where the field is first read, once.
func TestBadBindReportedAtFirstRead(t *testing.T) {
	s := evidence.NewState(false)
	s.Binds = map[string][]string{"example.com/p.Free": {"mygame.login"}}
	rd, f := newTestReaderState(t, s, header+"func f(x Free) { read(x.Ret); read(x.Ret) }")
	assert.Equal(t, []string{"", ""}, readAll(rd, f, "f"))
	require.Len(t, rd.Problems(), 1)
	assert.Equal(t, evidence.BindUnknown, rd.Problems()[0].Kind)
}

func newTestReader(t *testing.T, src string) (*Reader, *ast.File) {
	return newTestReaderState(t, evidence.NewState(false), src)
}

// newTestReaderState type-checks src as example.com/p, importing
// nothing, and returns its reader, set to the file.
func newTestReaderState(t *testing.T, s *evidence.State, src string) (*Reader, *ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "a.go", src, parser.ParseComments|parser.SkipObjectResolution)
	require.NoError(t, err)
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	conf := types.Config{Importer: noImports{}}
	pkg, err := conf.Check("example.com/p", fset, []*ast.File{f}, info)
	require.NoError(t, err)
	pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}, Pkg: pkg, TypesInfo: info,
		ReadFile: func(string) ([]byte, error) { return []byte(src), nil }}
	rd := New(evidence.NewPass(s, pass), pass)
	rd.SetFile(f)
	return rd, f
}

type noImports struct{}

func (noImports) Import(string) (*types.Package, error) { return nil, errors.New("no imports here") }

// readAll defines the locals of function fn as the walk does and reads
// the argument of each of its read(...) calls, in order.
func readAll(rd *Reader, f *ast.File, fn string) []string {
	var out []string
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != fn {
			continue
		}
		ast.Inspect(fd, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt, *ast.ValueSpec:
				rd.Define(n)
			case *ast.CallExpr:
				if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "read" {
					name := ""
					if ref, ok := rd.Operand(n.Args[0]); ok {
						name = ref.Field.Name()
						if ref.X != n.Args[0] {
							name += " (another operand)"
						}
					}
					out = append(out, name)
				}
			}
			return true
		})
	}
	return out
}
