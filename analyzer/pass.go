package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer/internal/evidence"
	"github.com/msdklint/msdklint/analyzer/internal/reads"
)

// checker is one pass: the walk and the checks' own state, and the two
// rooms it asks: what a field is (evidence) and what an expression reads
// (reads).
type checker struct {
	*state
	pass *analysis.Pass
	ev   *evidence.Pass
	rd   *reads.Reader

	// The current file.
	file     *ast.File
	tokFile  *token.File
	testFile bool

	elseIfs map[*ast.IfStmt]bool     // else-if statements already checked as part of a chain
	cmps    []comparison             // chain's buffer, reused
	inChain map[*ast.BinaryExpr]bool // nodes of a chain already read from its top
	marking bool                     // chain is reading: its nodes go into inChain
	dupOf   map[ast.Expr]dup         // literal -> the comparison that already makes its comparison

	compared    map[token.Pos]*compared // field -> what it is compared with, for the binding advice
	reauthCases []reauthCase            // switches and chains handling no reauthorization code
	reauthSeen  map[*types.Var][]string // field -> the team namespaces whose reauthorization codes it is compared with
	consts      []localConst            // lazily: constants usable by magic-code fixes
	constsOK    bool

	ignores []*ignoreDirective // //msdklint:ignore directives of the package

	diags   []analysis.Diagnostic // kept for flush
	pending []pendingDiag         // findings on inferred fields, until the package shows they speak
}

// A pendingDiag is a finding on a field of inferred namespaces.
type pendingDiag struct {
	ns *evidence.Set
	d  analysis.Diagnostic
}

// reportOn keeps d, a finding on a field of namespaces ns. A field whose
// namespaces are inferred speaks only when some value compared with it
// in the package is a code of them (see docs/binding.md): its findings
// wait for the end of the walk.
func (p *checker) reportOn(ns *evidence.Set, d analysis.Diagnostic) {
	if ns.Inferred() {
		p.pending = append(p.pending, pendingDiag{ns, d})
		return
	}
	p.report(d)
}

// releasePending reports the findings of the inferred fields that spoke.
func (p *checker) releasePending() {
	for _, pd := range p.pending {
		if pd.ns.Spoke() {
			p.report(pd.d)
		}
	}
	p.pending = nil
}

// newPass reads the package's evidence and directives. The ignore
// directives come first: they may suppress the problems of the others.
func newPass(s *state, pass *analysis.Pass) *checker {
	p := &checker{state: s, pass: pass}
	p.ev = evidence.NewPass(s.ev, pass)
	p.rd = reads.New(p.ev, pass)
	for _, d := range p.ev.Others() {
		if d.Name == "ignore" {
			p.addIgnore(d.C, d.Args)
		} else {
			p.badDirective(d.C.Pos(), d.C.End(), msgUnknownDirective, evidence.Prefix+d.Name)
		}
	}
	p.reportProblems(p.ev.Problems())
	return p
}

// beginFile prepares the checks of f and tells whether f is checked.
func (p *checker) beginFile(f *ast.File) bool {
	p.file = f
	p.rd.SetFile(f)
	p.tokFile = p.pass.Fset.File(f.FileStart)
	if p.tokFile == nil {
		return false
	}
	if evidence.SkipFile(f, p.ev.Generated) {
		return false
	}
	p.testFile = strings.HasSuffix(p.tokFile.Name(), "_test.go")
	return true
}

// enabledIn tells whether check is reported in the current file.
func (p *checker) enabledIn(check string) bool {
	if !p.on(check) {
		return false
	}
	if check == MagicCode && p.testFile && !p.magicInTests {
		return false
	}
	return true
}

// report keeps d for the pass's report unless an ignore directive
// suppresses it.
func (p *checker) report(d analysis.Diagnostic) {
	if !p.suppressed(d) {
		p.diags = append(p.diags, d)
	}
}

// reportAlways keeps d, which no directive can suppress (a problem of
// an ignore directive itself).
func (p *checker) reportAlways(d analysis.Diagnostic) {
	p.diags = append(p.diags, d)
}

// flush reports the diagnostics kept, in position order: some are found
// by iterating maps, and every host (CLI, go vet, golangci-lint) must
// print the same findings in the same order on every run.
func (p *checker) flush() {
	slices.SortStableFunc(p.diags, func(a, b analysis.Diagnostic) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.Category, b.Category), strings.Compare(a.Message, b.Message))
	})
	for _, d := range p.diags {
		d.URL = "#" + d.Category
		if p.prefix {
			d.Message = d.Category + ": " + d.Message
		}
		p.pass.Report(d)
	}
}
