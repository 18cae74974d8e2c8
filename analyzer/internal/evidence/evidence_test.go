package evidence

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
)

// newTestPass type-checks the files (name -> source) as the package
// example.com/PKG, importing nothing, and returns its evidence pass.
func newTestPass(t *testing.T, s *State, pkgPath string, files map[string]string) *Pass {
	t.Helper()
	fset := token.NewFileSet()
	var syntax []*ast.File
	for _, name := range sortedKeys(files) {
		f, err := parser.ParseFile(fset, name, files[name], parser.ParseComments|parser.SkipObjectResolution)
		require.NoError(t, err)
		syntax = append(syntax, f)
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	conf := types.Config{Importer: noImports{}}
	pkg, err := conf.Check(pkgPath, fset, syntax, info)
	require.NoError(t, err)
	return NewPass(s, &analysis.Pass{
		Fset: fset, Files: syntax, Pkg: pkg, TypesInfo: info,
		ReadFile: func(name string) ([]byte, error) {
			if src, ok := files[name]; ok {
				return []byte(src), nil
			}
			return nil, os.ErrNotExist
		},
	})
}

type noImports struct{}

func (noImports) Import(string) (*types.Package, error) { return nil, errors.New("no imports here") }

func sortedKeys(m map[string]string) []string { return slices.Sorted(maps.Keys(m)) }

// fieldOf asks p what the field sel ("Type.Field", promoted fields
// included) of its package is.
func fieldOf(t *testing.T, p *Pass, sel string) (Kind, *Set) {
	t.Helper()
	typeName, field, _ := strings.Cut(sel, ".")
	tn, _ := p.pass.Pkg.Scope().Lookup(typeName).(*types.TypeName)
	require.NotNil(t, tn, typeName)
	obj, index, _ := types.LookupFieldOrMethod(tn.Type(), true, p.pass.Pkg, field)
	v, _ := obj.(*types.Var)
	require.NotNil(t, v, sel)
	return p.Of(tn.Type(), index, v)
}

func TestOf(t *testing.T) {
	for _, tc := range []struct {
		name     string
		files    map[string]string
		binds    map[string][]string
		minRung  Rung
		field    string
		names    []string // nil: every namespace, or none known
		rung     Rung
		evidence string
		checked  bool
	}{{
		name:  "tag",
		files: map[string]string{"a.go": "package p\ntype R struct{ Ret int `json:\"ret\" msdk:\"qq.platform\"` }"},
		field: "R.Ret", names: []string{"qq.platform"}, rung: Bound, evidence: `tag msdk:"qq.platform"`, checked: true,
	}, {
		name:  "type directive",
		files: map[string]string{"a.go": "package p\n//msdklint:platform wechat\ntype R struct{ ErrCode int `json:\"errcode\"` }"},
		field: "R.ErrCode", names: []string{"wechat"}, rung: Bound, evidence: "//msdklint:platform on R", checked: true,
	}, {
		name:  "package directive",
		files: map[string]string{"a.go": "//msdklint:platform msdk\npackage p\ntype R struct{ Ret int `json:\"ret\"` }"},
		field: "R.Ret", names: []string{"msdk"}, rung: Bound, evidence: "//msdklint:platform in package p", checked: true,
	}, {
		name:  "bind of a field beats the type's directive",
		files: map[string]string{"a.go": "package p\n//msdklint:platform wechat\ntype R struct{ Ret int `json:\"ret\"` }"},
		binds: map[string][]string{"example.com/p.R.Ret": {"qq"}},
		field: "R.Ret", names: []string{"qq"}, rung: Bound, evidence: "-bind example.com/p.R.Ret", checked: true,
	}, {
		name:  "bind of a type",
		files: map[string]string{"a.go": "package p\ntype R struct{ Ret int `json:\"ret\"` }"},
		binds: map[string][]string{"example.com/p.R": {"weibo"}},
		field: "R.Ret", names: []string{"weibo"}, rung: Bound, evidence: "-bind example.com/p.R", checked: true,
	}, {
		name:  "bound to none",
		files: map[string]string{"a.go": "package p\n//msdklint:platform none\ntype QQReply struct{ Ret int `json:\"ret\"`; Msg string `json:\"msg\"` }"},
		field: "QQReply.Ret", names: []string{"none"}, rung: Bound, evidence: "//msdklint:platform on QQReply",
	}, {
		name:  "err_type is msdk's whatever binds the reply",
		files: map[string]string{"a.go": "package p\n//msdklint:platform qq\ntype R struct{ ErrType int `json:\"err_type\"` }"},
		field: "R.ErrType", names: []string{"msdk.errtype"}, rung: Bound, evidence: "key err_type", checked: true,
	}, {
		name:  "promoted field, bound on the outer type",
		files: map[string]string{"a.go": "package p\ntype In struct{ Ret int `json:\"ret\"` }\n//msdklint:platform qq.platform\ntype Out struct{ In; Msg string `json:\"msg\"` }"},
		field: "Out.Ret", names: []string{"qq.platform"}, rung: Bound, evidence: "//msdklint:platform on Out", checked: true,
	}, {
		name:  "type name",
		files: map[string]string{"a.go": "package p\ntype QQReply struct{ Ret int `json:\"ret\"`; Msg string `json:\"msg\"` }"},
		field: "QQReply.Ret", names: []string{"qq"}, rung: Named, evidence: "type QQReply", checked: true,
	}, {
		name:  "file name",
		files: map[string]string{"wechat_api.go": "package p\ntype Reply struct{ ErrCode int `json:\"errcode\"`; ErrMsg string `json:\"errmsg\"` }"},
		field: "Reply.ErrCode", names: []string{"wechat.platform"}, rung: Named, evidence: "file wechat_api", checked: true,
	}, {
		name:  "package path",
		files: map[string]string{"a.go": "package weibo\ntype Reply struct{ ErrorCode int `json:\"error_code\"`; Error string `json:\"error\"` }"},
		field: "Reply.ErrorCode", names: []string{"weibo"}, rung: Named, evidence: "package example.com/weibo",
		checked: true,
	}, {
		name:  "another company's type",
		files: map[string]string{"a.go": "package p\ntype DingTalkResp struct{ ErrCode int `json:\"errcode\"`; ErrMsg string `json:\"errmsg\"` }"},
		field: "DingTalkResp.ErrCode", rung: Named, evidence: "type DingTalkResp (dingtalk)",
	}, {
		name: "host",
		files: map[string]string{"a.go": "package p\nconst api = \"https://api.weixin.qq.com/sns/userinfo\"\n" +
			"type Reply struct{ ErrCode int `json:\"errcode\"`; ErrMsg string `json:\"errmsg\"` }"},
		field: "Reply.ErrCode", names: []string{"wechat.platform"}, rung: Host, evidence: "host api.weixin.qq.com", checked: true,
	}, {
		name: "two platforms' hosts say nothing",
		files: map[string]string{"a.go": "package p\nconst a, b = \"https://api.weixin.qq.com/x\", \"https://graph.qq.com/y\"\n" +
			"type Reply struct{ Ret int `json:\"ret\"`; Msg string `json:\"msg\"` }"},
		field: "Reply.Ret", names: []string{"msdk", "qq"}, rung: Keys, evidence: "keys ret+msg",
	}, {
		name:  "keys, below -infer",
		files: map[string]string{"a.go": "package p\ntype Reply struct{ ErrCode int `json:\"errcode\"`; ErrMsg string `json:\"errmsg\"` }"},
		field: "Reply.ErrCode", names: []string{"wechat"}, rung: Keys, evidence: "keys errcode+errmsg",
	}, {
		name:    "keys, with -infer=keys",
		files:   map[string]string{"a.go": "package p\ntype Reply struct{ ErrCode int `json:\"errcode\"`; ErrMsg string `json:\"errmsg\"` }"},
		minRung: Keys,
		field:   "Reply.ErrCode", names: []string{"wechat"}, rung: Keys, evidence: "keys errcode+errmsg", checked: true,
	}, {
		name:    "a key alone, with -infer=keys: every namespace",
		files:   map[string]string{"a.go": "package p\ntype Reply struct{ ErrCode int `json:\"errcode\"`; Note string `json:\"msg\"` }"},
		minRung: Keys,
		field:   "Reply.ErrCode", rung: Keys, evidence: "key errcode", checked: true,
	}, {
		name:  "untagged, no message beside it",
		files: map[string]string{"a.go": "package p\ntype Frame struct{ Ret int }"},
		field: "Frame.Ret", rung: Unbound, evidence: "no message field beside ret",
	}, {
		name: "team namespace",
		files: map[string]string{"a.go": "package p\n//msdklint:codes mygame.login\nconst (\n\tBanned = 1001\n)\n" +
			"//msdklint:platform mygame.login\ntype R struct{ Ret int `json:\"ret\"` }"},
		field: "R.Ret", names: []string{"mygame.login"}, rung: Bound, evidence: "//msdklint:platform on R", checked: true,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			s := NewState(false)
			if tc.binds != nil {
				s.Binds = tc.binds
			}
			if tc.minRung != Unbound {
				s.MinRung = tc.minRung
			}
			p := newTestPass(t, s, "example.com/"+pkgName(tc.files), tc.files)
			_, set := fieldOf(t, p, tc.field)
			require.NotNil(t, set)
			assert.Equal(t, tc.names, set.Names)
			assert.Equal(t, tc.rung, set.Rung)
			assert.Equal(t, tc.evidence, set.Evidence)
			assert.Equal(t, tc.checked, set.Checked)
			// fields prints what Of answers; an untagged field with no
			// message beside it is not listed.
			var got *Field
			for _, f := range p.Fields() {
				if f.Name == tc.field[strings.IndexByte(tc.field, '.')+1:] {
					got = &f
				}
			}
			if tc.rung == Unbound {
				assert.Nil(t, got)
				return
			}
			require.NotNil(t, got)
			assert.Equal(t, tc.rung, got.Rung)
			assert.Equal(t, tc.evidence, got.Evidence)
			assert.Empty(t, p.Problems())
		})
	}
}

// pkgName returns the package clause's name of the first file.
func pkgName(files map[string]string) string {
	for _, name := range sortedKeys(files) {
		f, err := parser.ParseFile(token.NewFileSet(), name, files[name], parser.PackageClauseOnly)
		if err == nil {
			return f.Name.Name
		}
	}
	return "p"
}

func TestOfNoCodeField(t *testing.T) {
	p := newTestPass(t, NewState(false), "example.com/p", map[string]string{
		"a.go": "package p\ntype R struct{ Code int `json:\"code\"`; Hidden int `json:\"-\" msdk:\"qq\"`; Ret int `json:\"ret\"`; Msg string `json:\"msg\"` }",
	})
	for _, f := range []string{"R.Code", "R.Hidden"} {
		k, set := fieldOf(t, p, f)
		assert.Empty(t, k.Key, f)
		assert.Nil(t, set, f)
	}
	k, set := fieldOf(t, p, "R.Ret")
	assert.Equal(t, "ret", k.Key)
	assert.NotNil(t, set)
}

// TestProblems pins what evidence hands back to bad-directive.
func TestProblems(t *testing.T) {
	s := NewState(false)
	s.Binds = map[string][]string{"example.com/p.Nope": {"qq"}, "example.com/p.R.Nope": {"qq"}}
	p := newTestPass(t, s, "example.com/p", map[string]string{"a.go": `package p

//msdklint:platform qq.nosuch
type R struct {
	Ret int ` + "`json:\"ret\" msdk:\"\"`" + `
}

//msdklint:codes nodot
const X = 1

func f() {
	//msdklint:platform qq
	//msdklint:ignore magic-code a reason
	//msdklint:bogus
}
`})
	var got []string
	for _, pr := range p.Problems() {
		got = append(got, p.pass.Fset.Position(pr.Pos).String()+" "+problemNames[pr.Kind]+" "+fmtArgs(pr.Args))
	}
	assert.ElementsMatch(t, []string{
		"a.go:12:2 Misplaced platform",
		"a.go:8:1 BadCodesNamespace nodot",
		"a.go:3:1 UnknownNamespace qq.nosuch",
		"a.go:5:10 EmptyBinding ",
		"a.go:1:1 BindNoType example.com/p.Nope example.com/p Nope",
		"a.go:1:1 BindNoField example.com/p.R.Nope R Nope",
	}, got)
	var others []string
	for _, d := range p.Others() {
		others = append(others, d.Name+"|"+d.Args)
	}
	assert.Equal(t, []string{"ignore|magic-code a reason", "bogus|"}, others)
}

var problemNames = map[ProblemKind]string{
	Misplaced: "Misplaced", Duplicate: "Duplicate", BadCodesNamespace: "BadCodesNamespace", TeamCodes: "TeamCodes",
	TeamCodeRange: "TeamCodeRange", ForeignTeamCodes: "ForeignTeamCodes",
	EmptyBinding: "EmptyBinding", UnknownNamespace: "UnknownNamespace", BindNoType: "BindNoType",
	BindNoField: "BindNoField", BindUnknown: "BindUnknown",
}

func fmtArgs(args []any) string {
	var out []string
	for _, a := range args {
		out = append(out, fmt.Sprint(a))
	}
	return strings.Join(out, " ")
}

// TestBadBindTakenOnce: a -bind to namespaces unknown here is a problem
// at the first read only.
func TestBadBindTakenOnce(t *testing.T) {
	s := NewState(false)
	s.Binds = map[string][]string{"example.com/p.R": {"mygame.login"}}
	p := newTestPass(t, s, "example.com/p", map[string]string{"a.go": "package p\ntype R struct{ Ret int `json:\"ret\"` }"})
	_, set := fieldOf(t, p, "R.Ret")
	assert.False(t, set.Checked)
	require.True(t, set.BadBind())
	pr, ok := set.TakeBadBind(1, 2)
	require.True(t, ok)
	assert.Equal(t, BindUnknown, pr.Kind)
	assert.Equal(t, []any{"-bind example.com/p.R", "mygame.login"}, pr.Args)
	_, ok = set.TakeBadBind(1, 2)
	assert.False(t, ok)
}

func TestProblemsDuplicateAndTeamCodes(t *testing.T) {
	p := newTestPass(t, NewState(false), "example.com/p", map[string]string{
		"a.go": "//msdklint:platform qq\npackage p\n//msdklint:platform qq\n//msdklint:platform wechat\ntype R struct{ Ret int `json:\"ret\"` }",
		"b.go": "//msdklint:platform msdk\npackage p\n//msdklint:codes mygame.login\nconst (\n\tA = 1\n\tB = 1\n)",
	})
	var got []string
	for _, pr := range p.Problems() {
		got = append(got, p.pass.Fset.Position(pr.Pos).String()+" "+problemNames[pr.Kind]+" "+fmtArgs(pr.Args))
	}
	require.Len(t, got, 3)
	assert.Contains(t, got, "a.go:4:1 Duplicate platform a.go:3")
	assert.Contains(t, got, "b.go:1:1 Duplicate platform a.go:1")
	// At the constant the catalog names, in the bad block.
	assert.Contains(t, got[2], "b.go:6:2 TeamCodes ")
	assert.Empty(t, p.team, "team codes that do not fit are left out")
}

// TestProblemsNameRealFiles pins that a directive's message names the
// file the directive is in, not a //line target (issue 17, point 2).
func TestProblemsNameRealFiles(t *testing.T) {
	p := newTestPass(t, NewState(false), "example.com/p", map[string]string{
		"a.go": "package p\n//line other.go:100\n//msdklint:platform qq\n//msdklint:platform wechat\ntype R struct{ Ret int `json:\"ret\"` }",
	})
	var got []string
	for _, pr := range p.Problems() {
		got = append(got, problemNames[pr.Kind]+" "+fmtArgs(pr.Args))
	}
	assert.Equal(t, []string{"Duplicate platform a.go:3"}, got)
}
