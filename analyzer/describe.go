package analyzer

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/msdklint/msdklint/analyzer/internal/evidence"
	"github.com/msdklint/msdklint/catalog"
)

// describe says what e is: "qq.X: meaning; action".
func (p *checker) describe(e *catalog.Entry) string {
	name := p.constName(e)
	if name == "" {
		name = e.Namespace + " " + strconv.FormatInt(e.Code, 10)
		if e.IsRange() {
			name += ".." + strconv.FormatInt(e.Hi, 10)
		}
	}
	if d := e.Description(p.lang); d != "" {
		return name + ": " + d + "; " + p.action(e.Action)
	}
	return name + "; " + p.action(e.Action) // a team constant without a comment
}

// describeAll describes up to three entries.
func (p *checker) describeAll(es []*catalog.Entry) string {
	var b strings.Builder
	for i, e := range es {
		if i == 3 {
			b.WriteString(p.msg(msgMore, len(es)-3))
			break
		}
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(e.Namespace + " (" + p.describe(e) + ")")
	}
	return b.String()
}

// constName returns the constant a user writes for e: the team constant
// for a team code, the catalog constant otherwise ("" when none).
func (p *checker) constName(e *catalog.Entry) string {
	if t := p.ev.TeamConst(e); t != nil {
		return t.PkgName + "." + t.Name
	}
	return e.Const()
}

// suggest returns the codes of the field's namespaces that v may be a
// typo of (sign dropped, a digit missing, a digit doubled, two adjacent
// digits swapped), by value, each once. Only the namespaces
// searched are proposed, and a value that is a real code elsewhere gets
// no guess: turning one real code into another would mislead.
func (p *checker) suggest(ns *evidence.Set, v int64) []suggestion {
	if !ns.Team && len(p.cat().Find(v)) > 0 {
		return nil
	}
	var out []suggestion
	dense := p.inKnownBlock(ns, v)
	for _, c := range catalog.TypoCandidates(v) {
		if dense && sameDigits(c, v) {
			continue
		}
		for _, e := range exactEntries(p.lookup(ns, c)) {
			if !slices.ContainsFunc(out, func(s suggestion) bool { return s.entry == e }) {
				out = append(out, suggestion{c, e})
			}
			break
		}
		if len(out) == maxSuggestions {
			break
		}
	}
	slices.SortFunc(out, func(a, b suggestion) int { return cmp.Compare(a.code, b.code) })
	return out
}

// inKnownBlock tells whether the searched namespaces define a code of
// v's block of a hundred (21300-21399 for 21342). There, a value the
// tables lack is as likely a real code they do not list (Weibo's 21332,
// invalid_access_token, was one until the catalog added it) as a typo:
// swapping two of its digits would
// turn a real code into another, so only a sign or a digit count that
// differs is proposed.
func (p *checker) inKnownBlock(ns *evidence.Set, v int64) bool {
	base := v / 100 * 100
	for i := int64(0); i < 100; i++ {
		c := base + i
		if v < 0 {
			c = base - i
		}
		if c != v && len(exactEntries(p.lookup(ns, c))) > 0 {
			return true
		}
	}
	return false
}

// sameDigits tells whether a and b have the same sign and digit count:
// a swap of two digits, not a dropped sign or digit.
func sameDigits(a, b int64) bool {
	return (a < 0) == (b < 0) && len(strconv.FormatInt(a, 10)) == len(strconv.FormatInt(b, 10))
}

// A suggestion is a code a value may be a typo of, and its entry (found
// by the code itself or by an alias: OIDB's unsigned 201 is -55).
type suggestion struct {
	code  int64
	entry *catalog.Entry
}

// maxSuggestions bounds the codes a message proposes.
const maxSuggestions = 4
