package evidence

import (
	"go/token"
	"strings"

	"github.com/msdklint/msdklint/catalog"
)

// A Set is the namespaces of a code field and the evidence that gave
// them (see docs/binding.md).
type Set struct {
	IDs      []catalog.NSID
	Names    []string // as bound or inferred (namespaces or platforms); nil for all
	All      bool     // every namespace: nothing narrows the field
	Rung     Rung
	Evidence string
	// Checked tells whether any check reports on the field: its rung is
	// allowed by -infer, and it is not bound to none nor another company's.
	Checked bool
	// Team tells that every namespace is a team namespace: the field is
	// checked against the team's codes and never the catalog.
	Team bool
	// Platform tells that the set is at most a few platforms (a binding
	// or an inference), not the union of all namespaces.
	Platform bool
	// badBind names a binding whose namespaces are all unknown here,
	// reported once at the field's first comparison.
	badBind string
}

// Sure tells whether the field is bound: only then may wrong-platform
// report on it.
func (s *Set) Sure() bool { return s.Rung == Bound }

// Searched names the set in messages.
func (s *Set) Searched() string {
	if s.Names == nil {
		return "all namespaces"
	}
	return strings.Join(s.Names, ",")
}

// TakeBadBind returns, the first time only, the problem of a binding
// whose namespaces are all unknown here, at the read pos..end.
func (s *Set) TakeBadBind(pos, end token.Pos) (Problem, bool) {
	if s.badBind == "" {
		return Problem{}, false
	}
	pr := Problem{Pos: pos, End: end, Kind: BindUnknown, Args: []any{s.badBind, strings.Join(s.Names, ",")}}
	s.badBind = ""
	return pr, true
}

// BadBind tells whether the set has a binding problem not yet taken.
func (s *Set) BadBind() bool { return s.badBind != "" }
