// Package evidence says what a code field is: its namespaces, the rung
// of the evidence that gave them and the one-line reason. It reads the
// directives (//msdklint:platform, //msdklint:codes, //msdklint:reauth),
// the -bind and golangci bindings, the team namespaces, the names around
// a field and the API hosts a package names, and carries them to other
// packages as facts. It knows nothing of checks: the directives and
// bindings it cannot read come back as Problems for the caller to report.
package evidence

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/catalog"
)

// State is one Analyzer's evidence configuration and caches; passes run
// concurrently, so the caches are guarded.
type State struct {
	Facts     bool                // carry bindings and team codes as facts
	Generated bool                // generated files are read too
	Binds     map[string][]string // -bind: "path", "path.Type" or "path.Type.Field" -> namespaces
	MinRung   Rung                // the weakest evidence checked (-infer)

	srcs     cache[string, *pkgDirectives] // package path -> its bindings (non-facts mode)
	teams    cache[string, []TeamCode]     // package path -> its own team codes (non-facts mode)
	trans    cache[string, []TeamCode]     // package path -> its and its dependencies' team codes
	catalogs cache[string, extended]       // team code set -> catalog
	clues    cache[string, nameClue]       // a name -> the platform or company it names
	sums     cache[string, *summary]       // package path -> its summary (non-facts mode)
}

// NewState returns the state of an Analyzer with no binding, checking
// down to the Host rung.
func NewState(facts bool) *State {
	return &State{Facts: facts, Binds: map[string][]string{}, MinRung: Host}
}

// FactTypes are the facts that carry bindings and team codes.
func FactTypes() []analysis.Fact {
	return []analysis.Fact{new(bindingFact), new(teamCodesFact), new(summaryFact)}
}

// Pass is the evidence of one package. Its maps are made on first use
// so that a package without code fields allocates next to nothing.
type Pass struct {
	*State
	pass   *analysis.Pass
	extCat *catalog.Catalog // the catalog extended by team codes; nil for the built-in one
	team   []TeamCode       // team codes visible to the package
	blocks []codesBlock     // the package's own //msdklint:codes blocks

	keys     map[*types.Var]Kind            // field -> what kind of code field it is
	fields   map[fieldKey]*Set              // (outermost named type, field) -> namespaces
	typeDirs map[*types.TypeName]*directive // struct types of this package with a binding directive
	pkgDir   *directive                     // the package doc's //msdklint:platform
	placed   map[*ast.Comment]bool          // declaration directives -> whether a declaration reads them
	pkgHosts *hostClue                      // lazily: the API hosts the package names
	sum      *summary                       // lazily: what the package decodes and sends
	funcs    map[*ast.FuncDecl]hostClue     // lazily: the hosts each function names
	consts   map[string]*APIHost            // lazily: the package's strings naming hosts
	constsOK bool
	owners   map[*types.Struct]*types.Named // anonymous structs -> the named type holding them
	ownersOf map[*types.Package]bool        // packages whose owners are known

	reads   map[readKey]*Set // map and JSON-path reads -> namespaces
	mayRead int              // whether map reads may be checked: 0 unknown, 1 yes, -1 no

	others    []Directive
	problems  []Problem
	seen      []Field // the code fields seen, for the Result
	sets      []*Set  // the namespaces of each of seen
	declaring bool    // recording the fields declared, not read
}

type fieldKey struct {
	outer *types.TypeName
	field *types.Var
}

// NewPass reads the package's directives, team codes and bindings.
func NewPass(s *State, pass *analysis.Pass) *Pass {
	p := &Pass{State: s, pass: pass}
	p.scanDirectives()
	p.misplaced()
	cat, team, bad, blocks := s.catalogFor(pass, p.fitOwn())
	p.extCat, p.team = cat, team
	for _, m := range bad {
		if len(pass.Files) > 0 {
			b := blocks[m.index]
			pos := pass.Files[0].Package
			p.problem(pos, pos, ForeignTeamCodes, b[0].Namespace, b[0].PkgPath, m.err)
		}
	}
	p.badBindings()
	p.missingBindTargets()
	return p
}

// Catalog returns the pass's catalog: the one extended by the team codes
// in sight, else the built-in one, parsed on first use: a process whose
// packages read no checked code field (a game's own protocol) never pays
// for it.
func (p *Pass) Catalog() *catalog.Catalog {
	if p.extCat == nil {
		return catalog.Default()
	}
	return p.extCat
}

// Others returns the //msdklint: directives that are not evidence's
// (ignore, and unknown ones), in source order.
func (p *Pass) Others() []Directive { return p.others }

// Problems returns the package's directives and bindings that cannot be
// read as written.
func (p *Pass) Problems() []Problem { return p.problems }

// TeamConst returns the team constant that declared e, or nil.
func (p *Pass) TeamConst(e *catalog.Entry) *TeamCode {
	if e.Name != "" || len(p.team) == 0 {
		return nil
	}
	for i := range p.team {
		if t := &p.team[i]; t.Namespace == e.Namespace && t.Code == e.Code {
			return t
		}
	}
	return nil
}

// SkipFile tells whether f is a generated file left alone (unless
// generated files are checked). A file that cgo translated from a user's
// file is read: it carries the user's code.
func SkipFile(f *ast.File, generated bool) bool {
	if generated || !ast.IsGenerated(f) {
		return false
	}
	for _, cg := range f.Comments {
		if cg.Pos() > f.Package {
			break
		}
		if strings.HasPrefix(cg.List[0].Text, "// Code generated by cmd/cgo;") {
			return false
		}
	}
	return true
}

func (p *Pass) skipFile(f *ast.File) bool { return SkipFile(f, p.Generated) }

func (p *Pass) problem(pos, end token.Pos, kind ProblemKind, args ...any) {
	p.problems = append(p.problems, Problem{Pos: pos, End: end, Kind: kind, Args: args})
}
