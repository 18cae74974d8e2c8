package driver

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/msdklint/msdklint/internal/report"
)

// Issue 16: what a finding is about, read from the code at its position
// (the marker «» in src): the declaration, the compared field and code.
func TestSubjects(t *testing.T) {
	const src = `package p

type Reply struct {
	Ret     int
	ErrType int «` + "`msdk:\"bad\"`" + `»
}

// Doc.
«//»msdklint:platform qq.guild
type Other struct{ Ret int }

type Client struct{}

func (c *Client) Login(r *Reply) bool {
	«switch» r.ErrType {
	case «-4013», 2:
		return true
	}
	return int64(r.Ret) == «42» || «7» != (r.Ret)
}

func tokenGone(ret int) bool {
	f := func() bool { return ret == «1001» }
	return f()
}

var x = Reply{}.Ret > «3»

func G[T any](r Reply) {
	if «r».Ret == 5 {
	}
}
`
	var clean strings.Builder
	var marks []int
	for i := 0; i < len(src); {
		switch {
		case strings.HasPrefix(src[i:], "«"):
			marks = append(marks, clean.Len())
			i += len("«")
		case strings.HasPrefix(src[i:], "»"):
			i += len("»")
		default:
			clean.WriteByte(src[i])
			i++
		}
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", clean.String(), parser.ParseComments)
	require.NoError(t, err)
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	_, err = (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info)
	require.NoError(t, err)

	tf := fset.File(f.FileStart)
	pos := func(i int) token.Pos { return tf.Pos(marks[i]) }
	idx := make([]int, len(marks))
	for i := range idx {
		idx[i] = i
	}
	paths := enclosing(f, idx, pos)
	var got []report.Subject
	for i := range marks {
		got = append(got, subjectOf(info, f, paths[i], pos(i)).Subject)
	}
	assert.Equal(t, []report.Subject{
		{Decl: "Reply", Field: "Reply.ErrType"},
		{Decl: "Other"},
		{Decl: "Client.Login", Field: "Reply.ErrType"},
		{Decl: "Client.Login", Field: "Reply.ErrType", Code: "-4013"},
		{Decl: "Client.Login", Field: "Reply.Ret", Code: "42"},
		{Decl: "Client.Login", Field: "Reply.Ret", Code: "7"},
		{Decl: "tokenGone", Field: "ret", Code: "1001"},
		{Decl: "x", Field: "Reply.Ret", Code: "3"},
		{Decl: "G"},
	}, got)
}
