package analyzer

import (
	_ "embed"
	"fmt"
	"go/token"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/catalog"
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
	s := &state{facts: opts.Facts, prefix: opts.CheckPrefix, lang: "en", binds: map[string][]string{}, minRung: Host}
	a := &analysis.Analyzer{
		Name:             "msdklint",
		Doc:              mustExtractDoc(doc),
		URL:              URL,
		RunDespiteErrors: true,
		Run:              s.run,
		ResultType:       reflect.TypeFor[*Result](),
	}
	if opts.Facts {
		a.FactTypes = []analysis.Fact{new(bindingFact), new(teamCodesFact)}
	}
	s.enabled = map[string]*bool{}
	for _, c := range checks {
		on := true
		s.enabled[c.Name] = &on
		a.Flags.BoolVar(&on, c.Name, true, "report "+c.Name+" ("+c.Summary+")")
	}
	a.Flags.BoolVar(&s.magicInTests, "magic-code-in-tests", false, "report magic-code in _test.go files too")
	a.Flags.BoolVar(&s.generated, "generated", false, "also check generated files (// Code generated ... DO NOT EDIT.)")
	a.Flags.Var(langFlag{&s.lang}, "lang", "language of the messages: en or zh")
	a.Flags.Var(bindFlag{s.binds}, "bind", "bind code fields to namespaces: `importpath.Type.Field=NS[,NS...]`, `importpath.Type=NS[,NS...]` or a whole package `importpath=NS[,NS...]`; NS is a catalog namespace or platform, a team namespace (`//msdklint:codes`) or `none` (not a platform reply); repeatable, or several separated by semicolons; a key naming a type or field its package lacks is reported there (bad-directive)")
	a.Flags.Var(inferFlag{&s.minRung}, "infer", "the weakest evidence checked: bound (bindings only), named (also a platform named by a type, package, file, receiver or API host) or keys (also the keys alone: errcode+errmsg, ret+msg); see docs/binding.md")
	return a
}

// state is one Analyzer's configuration and caches; passes run
// concurrently, so the caches are guarded.
type state struct {
	facts        bool
	prefix       bool
	enabled      map[string]*bool
	magicInTests bool
	generated    bool
	lang         string
	binds        map[string][]string // "path", "path.Type" or "path.Type.Field" -> namespaces
	minRung      Rung                // the weakest evidence checked (-infer)

	srcs     cache[string, *pkgDirectives] // package path -> its bindings (non-facts mode)
	teams    cache[string, []teamCode]     // package path -> its own team codes (non-facts mode)
	trans    cache[string, []teamCode]     // package path -> its and its dependencies' team codes
	catalogs cache[string, extended]       // team code set -> catalog
	clues    cache[string, nameClue]       // a name -> the platform or company it names
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
	bs, err := ParseBindings(v, f.m)
	if err != nil {
		return err
	}
	for _, b := range bs {
		f.m[b.Key] = b.Namespaces
	}
	return nil
}

// parseBind parses "key=NS[,NS...]", key being importpath.Type.Field,
// importpath.Type or importpath, into the key and the namespaces.
func parseBind(v string) (key string, nss []string, err error) {
	lhs, rhs, ok := strings.Cut(v, "=")
	lhs = strings.TrimSpace(lhs)
	if !ok || lhs == "" || strings.TrimSpace(rhs) == "" {
		return "", nil, fmt.Errorf("bad binding %q: want importpath.Type.Field=NS, importpath.Type=NS or importpath=NS", v)
	}
	// The key is matched as a string against "pkgpath", "pkgpath.Type"
	// and "pkgpath.Type.Field", so a last path element with dots
	// (gopkg.in/yaml.v3) needs no parsing here.
	if strings.ContainsAny(lhs, " \t\"'`") || strings.HasSuffix(lhs, ".") || strings.HasSuffix(lhs, "/") {
		return "", nil, fmt.Errorf("bad binding %q: %q is not importpath, importpath.Type or importpath.Type.Field", v, lhs)
	}
	slash := strings.LastIndexByte(lhs, '/')
	for _, seg := range strings.Split(lhs[slash+1:], ".")[1:] {
		if !token.IsIdentifier(seg) && !isVersion(seg) {
			return "", nil, fmt.Errorf("bad binding %q: %q is not an identifier", v, seg)
		}
	}
	nss, err = splitNamespaces(rhs, catalog.Default())
	if err != nil {
		return "", nil, fmt.Errorf("bad binding %q: %v", v, err)
	}
	return lhs, nss, nil
}

// isVersion tells whether s is a path element's version suffix (v3 of
// gopkg.in/yaml.v3) or a domain part (com of example.com).
func isVersion(s string) bool {
	return s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == ""
}

// splitNamespaces parses "NS[,NS...]": each a namespace or a platform
// of c, a team namespace (platform.part, declared by //msdklint:codes
// and checked where it is used), or none alone.
func splitNamespaces(list string, c *catalog.Catalog) ([]string, error) {
	nss := splitList(list)
	if len(nss) == 0 {
		return nil, fmt.Errorf("no namespace")
	}
	for _, ns := range nss {
		if ns == none {
			if len(nss) > 1 {
				return nil, fmt.Errorf("%q binds to nothing and takes no other namespace", none)
			}
			continue
		}
		if _, ok := c.Expand(ns); !ok && !teamNamespace(ns) {
			return nil, fmt.Errorf("no namespace or platform %q (a team namespace is platform.part)", ns)
		}
	}
	return nss, nil
}

// teamNamespace tells whether ns can name a team namespace,
// platform.part[.part], as //msdklint:codes wants.
func teamNamespace(ns string) bool {
	parts := strings.Split(ns, ".")
	if len(parts) < 2 {
		return false
	}
	for _, s := range parts {
		if s == "" || strings.ContainsFunc(s, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-'
		}) {
			return false
		}
	}
	return true
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
