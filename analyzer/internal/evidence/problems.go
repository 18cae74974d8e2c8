package evidence

import (
	"go/ast"
	"go/token"
)

// A Directive is a //msdklint: comment that evidence does not read.
type Directive struct {
	C    *ast.Comment
	Name string // "ignore"
	Args string
}

// A Problem is a directive, tag or binding that cannot be read as
// written, at Pos..End: what is wrong (Kind) and its details (Args).
type Problem struct {
	Pos, End token.Pos
	Kind     ProblemKind
	Args     []any
}

// A ProblemKind is what is wrong with a directive or binding; each
// documents its Args.
type ProblemKind int

const (
	// Misplaced: a declaration directive no declaration reads. Args:
	// the directive's name ("platform").
	Misplaced ProblemKind = iota
	// Duplicate: a second directive where one is read. Args: its name,
	// where the first is ("file.go:12").
	Duplicate
	// BadCodesNamespace: //msdklint:codes without platform.part. Args:
	// what it names.
	BadCodesNamespace
	// TeamCodes: a block of team codes does not fit the catalog. Args:
	// the error.
	TeamCodes
	// TeamCodeRange: a team code no int64 holds. Args: its name, its
	// value.
	TeamCodeRange
	// ForeignTeamCodes: an imported block of team codes does not fit
	// with the others in sight. Args: its namespace, its package, the
	// error.
	ForeignTeamCodes
	// EmptyBinding: a binding naming no namespace.
	EmptyBinding
	// UnknownNamespace: a binding naming an unknown namespace. Args: it.
	UnknownNamespace
	// BindNoType: a -bind key naming a type the package lacks. Args: the
	// key, the package path, the type name.
	BindNoType
	// BindNoField: a -bind key naming a field the type lacks. Args: the
	// key, the type name, the field name.
	BindNoField
	// BindUnknown: a -bind whose namespaces are all unknown where the
	// field is compared. Args: the binding, its namespaces.
	BindUnknown
)
