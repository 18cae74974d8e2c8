package evidence

import (
	"go/token"
	"slices"
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
	// values are the values compared with an inferred field in the
	// package; spoke tells that one of them is a code of its namespaces.
	values []int64
	spoke  bool
}

// Inferred tells whether the namespaces were inferred from a name, a
// host or a direction: such a field speaks only when a value compared
// with it is one of their codes.
func (s *Set) Inferred() bool { return s.Rung == Named || s.Rung == Host }

// Compared records that v was compared with the field, and whether it
// is a code of its namespaces (known).
func (s *Set) Compared(v int64, known bool) {
	if !s.Inferred() {
		return
	}
	s.spoke = s.spoke || known
	if !s.spoke && len(s.values) < 8 && !slices.Contains(s.values, v) {
		s.values = append(s.values, v)
	}
}

// Spoke tells whether a value compared with an inferred field is a code
// of its namespaces.
func (s *Set) Spoke() bool { return s.spoke }

// silent tells whether the field is inferred, compared, and with none
// of its codes: nothing is reported on it.
func (s *Set) silent() bool { return s.Inferred() && s.Checked && !s.spoke && len(s.values) > 0 }

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
