package analyzer

import (
	_ "embed"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer/internal/evidence"
)

//go:embed doc.go
var doc string

// URL is the documentation page of the checks; each diagnostic's URL is
// its anchor there.
const URL = "https://github.com/msdklint/msdklint/blob/main/docs/checks.md"

// The checks, which are also the diagnostics' categories.
const (
	UnknownCode   = "unknown-code"
	WrongPlatform = "wrong-platform"
	MagicCode     = "magic-code"
	MissingReauth = "missing-reauth"
	BadDirective  = "bad-directive"
	DeadCodeField = "dead-code-field"
)

// Options configures an Analyzer made by New.
type Options struct {
	// Facts makes the analyzer carry struct bindings and team codes
	// declared in other packages as analysis facts. Per-package drivers
	// (go vet, nogo) need it; whole-program drivers do better without it:
	// the analyzer then reads the declaring files itself.
	Facts bool
	// CheckPrefix starts each message with its check ("unknown-code: ...")
	// for hosts that print no category (go vet, golangci-lint). Drivers
	// that print the category themselves leave it off.
	CheckPrefix bool
}

// Analyzer is the analyzer for per-package drivers (go vet -vettool,
// Bazel nogo).
var Analyzer = New(Options{Facts: true, CheckPrefix: true})

// New returns a new msdklint analyzer with its own flags and state.
func New(opts Options) *analysis.Analyzer {
	s := &state{prefix: opts.CheckPrefix, lang: "en", ev: evidence.NewState(opts.Facts)}
	a := &analysis.Analyzer{
		Name:             "msdklint",
		Doc:              mustExtractDoc(doc),
		URL:              URL,
		RunDespiteErrors: true,
		Run:              s.run,
		ResultType:       reflect.TypeFor[*Result](),
	}
	if opts.Facts {
		a.FactTypes = evidence.FactTypes()
	}
	s.enabled = map[string]*bool{}
	for _, c := range checks {
		on := true
		s.enabled[c.Name] = &on
		a.Flags.BoolVar(&on, c.Name, true, "report "+c.Name+" ("+c.Summary+")")
	}
	a.Flags.BoolVar(&s.magicInTests, "magic-code-in-tests", false, "report magic-code in _test.go files too")
	a.Flags.BoolVar(&s.ev.Generated, "generated", false, "also check generated files (// Code generated ... DO NOT EDIT.)")
	a.Flags.Var(langFlag{&s.lang}, "lang", "language of the messages: en or zh")
	a.Flags.Var(bindFlag{s.ev.Binds}, "bind", "bind code fields to namespaces: `importpath.Type.Field=NS[,NS...]`, `importpath.Type=NS[,NS...]` or a whole package `importpath=NS[,NS...]`; NS is a catalog namespace or platform, a team namespace (`//msdklint:codes`) or `none` (not a platform reply); repeatable, or several separated by semicolons; a key naming a type or field its package lacks is reported there (bad-directive)")
	a.Flags.Var(inferFlag{&s.ev.MinRung}, "infer", "the weakest evidence checked: bound (bindings only), named (also a platform named by a type, package, file, receiver or API host) or keys (also the keys alone: errcode+errmsg, ret+msg); see docs/binding.md")
	return a
}

// state is one Analyzer's configuration; the evidence's part, with its
// caches, is its own.
type state struct {
	prefix       bool
	enabled      map[string]*bool
	magicInTests bool
	lang         string
	ev           *evidence.State
}

func (s *state) on(check string) bool { return *s.enabled[check] }

type langFlag struct{ p *string }

func (f langFlag) String() string {
	if f.p == nil {
		return "en"
	}
	return *f.p
}

func (f langFlag) Set(v string) error {
	if v != "en" && v != "zh" {
		return fmt.Errorf("unknown language %q (want en or zh)", v)
	}
	*f.p = v
	return nil
}

type bindFlag struct{ m map[string][]string }

func (f bindFlag) String() string {
	if f.m == nil {
		return ""
	}
	var b []string
	for k, v := range f.m {
		b = append(b, k+"="+strings.Join(v, ","))
	}
	slices.Sort(b)
	return strings.Join(b, ";")
}

func (f bindFlag) Set(v string) error {
	for _, one := range strings.Split(v, ";") {
		one = strings.TrimSpace(one)
		if one == "" {
			continue
		}
		key, nss, err := evidence.ParseBind(one)
		if err != nil {
			return err
		}
		f.m[key] = nss
	}
	return nil
}

type inferFlag struct{ r *Rung }

func (f inferFlag) String() string {
	if f.r == nil {
		return "named"
	}
	switch *f.r {
	case Bound:
		return "bound"
	case Keys:
		return "keys"
	}
	return "named"
}

func (f inferFlag) Set(v string) error {
	switch v {
	case "bound":
		*f.r = Bound
	case "named":
		*f.r = Host
	case "keys":
		*f.r = Keys
	default:
		return fmt.Errorf("unknown -infer %q (want bound, named or keys)", v)
	}
	return nil
}

// mustExtractDoc returns the part of doc.go's package comment from its
// "# Analyzer msdklint" heading on, like x/tools' passes do.
func mustExtractDoc(src string) string {
	const heading = "# Analyzer msdklint"
	i := strings.Index(src, heading)
	j := strings.LastIndex(src, "*/")
	if i < 0 || j < i {
		panic("analyzer: doc.go lacks \"" + heading + "\"")
	}
	return strings.TrimSpace(src[i+len(heading) : j])
}
