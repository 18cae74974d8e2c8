// Package driver is the standalone driver of msdklint: it loads packages
// with go/packages, runs one analyzer over them with
// golang.org/x/tools/go/analysis/checker, and reports the findings as text,
// JSON or SARIF, applies or shows their fixes, and filters them through a
// baseline.
//
// It is a package, not part of the command, so that the benchmarks run a
// do-nothing analyzer through the very same driver.
//
// Only the named packages are loaded from source; dependencies come from
// export data. An analyzer that needs facts from its dependencies gets none
// here: use unitchecker (go vet) for such analyzers.
package driver

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/msdklint/msdklint/internal/report"
	"github.com/msdklint/msdklint/internal/report/baseline"
	"github.com/msdklint/msdklint/internal/report/sarif"
)

// Exit codes.
const (
	ExitClean    = 0 // no findings
	ExitError    = 1 // packages could not be loaded or type-checked, or the analysis failed
	ExitUsage    = 2 // bad flags or arguments
	ExitFindings = 3 // findings were reported (the singlechecker convention)
)

// A Config configures Run. Only Analyzer is required.
type Config struct {
	Analyzer *analysis.Analyzer

	// Name is the program name in messages; default Analyzer.Name.
	Name string
	// Dir is the directory packages are loaded from and paths are
	// shown relative to; default the current directory.
	Dir string
	// Env, if non-nil, is the environment of the go command.
	Env []string
	// Stdout receives findings, JSON, SARIF and diffs; Stderr errors and
	// notes. Default os.Stdout and os.Stderr.
	Stdout, Stderr io.Writer
	// Rules describe the checks in SARIF output; checks without a rule
	// get a minimal one.
	Rules []sarif.Rule
	// Tool names the program in SARIF output; default Name.
	Tool sarif.Tool
	// Usage, if non-nil, prints the usage message (after flags are
	// defined); default a short message and the flags.
	Usage func(w io.Writer, fs *flag.FlagSet)
}

// Main runs the driver with args (flags, then package patterns; without
// the program name) and returns the exit code: 0 clean, 3 findings, 1 load,
// type or analysis errors, 2 usage errors. It does not call os.Exit nor
// touch flag.CommandLine, so it may run many times in one process, but it
// registers a's flags on its own FlagSet, so their values persist in a.
func Main(args []string, a *analysis.Analyzer, stdout, stderr io.Writer) int {
	return Run(args, Config{Analyzer: a, Stdout: stdout, Stderr: stderr})
}

// options are the driver's flags.
type options struct {
	tests         bool
	json          bool
	format        string
	fix           bool
	diff          bool
	baseline      string
	writeBaseline string
	tags          string
}

// Run is Main with more configuration.
func Run(args []string, cfg Config) int {
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	if cfg.Name == "" {
		cfg.Name = cfg.Analyzer.Name
	}
	if cfg.Tool.Name == "" {
		cfg.Tool.Name = cfg.Name
	}
	d := &run{cfg: cfg}
	return d.main(args)
}

type run struct {
	cfg   Config
	opts  options
	dir   string // absolute working directory
	files report.Files
}

func (d *run) errorf(format string, args ...any) {
	fmt.Fprintf(d.cfg.Stderr, "%s: %s\n", d.cfg.Name, fmt.Sprintf(format, args...))
}

// Flags defines the driver's flags and the analyzer's on fs, unprefixed.
// An analyzer flag whose name the driver already uses is skipped.
func (o *options) define(fs *flag.FlagSet, a *analysis.Analyzer) {
	fs.BoolVar(&o.tests, "test", true, "also analyze test files and test packages")
	fs.BoolVar(&o.json, "json", false, "print findings as JSON (same as -format json)")
	fs.StringVar(&o.format, "format", "text", "output format: text, json or sarif")
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes, then report the findings left")
	fs.BoolVar(&o.diff, "diff", false, "print the suggested fixes as a unified diff instead of applying them")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings not recorded in this `file`; list its stale entries")
	fs.StringVar(&o.writeBaseline, "write-baseline", "", "record all findings in this `file` and exit 0")
	fs.StringVar(&o.tags, "tags", "", "comma-separated list of build tags")
	a.Flags.VisitAll(func(f *flag.Flag) {
		if fs.Lookup(f.Name) == nil {
			fs.Var(f.Value, f.Name, f.Usage)
		}
	})
}

// FlagSet returns a FlagSet with the driver's and a's flags, for help
// output. The values are not used.
func FlagSet(name string, a *analysis.Analyzer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	new(options).define(fs, a)
	return fs
}

func (d *run) usage(fs *flag.FlagSet) {
	w := d.cfg.Stderr
	if d.cfg.Usage != nil {
		d.cfg.Usage(w, fs)
		return
	}
	fmt.Fprintf(w, "Usage: %s [flags] [packages]\n\nFlags:\n", d.cfg.Name)
	fs.SetOutput(w)
	fs.PrintDefaults()
}

func (d *run) main(args []string) int {
	fs := flag.NewFlagSet(d.cfg.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	d.opts.define(fs, d.cfg.Analyzer)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			d.usage(fs)
			return ExitClean
		}
		d.errorf("%v (see -help)", err)
		return ExitUsage
	}
	if err := d.checkOptions(fs); err != nil {
		d.errorf("%v (see -help)", err)
		return ExitUsage
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		d.errorf("no packages given (try ./...)")
		return ExitUsage
	}

	dir, err := filepath.Abs(cmpOr(d.cfg.Dir, "."))
	if err != nil {
		d.errorf("%v", err)
		return ExitError
	}
	d.dir = dir

	pkgs, err := d.load(patterns)
	if err != nil {
		d.errorf("%v", err)
		return ExitError
	}
	code := ExitClean
	if d.printErrors(pkgs) > 0 {
		code = ExitError
	}

	graph, err := checker.Analyze([]*analysis.Analyzer{d.cfg.Analyzer}, pkgs, nil)
	if err != nil {
		d.errorf("%v", err)
		return ExitError
	}
	findings, diags, failed := d.collect(graph)
	if failed {
		code = ExitError
	}

	if d.opts.writeBaseline != "" {
		if err := d.saveBaseline(findings); err != nil {
			d.errorf("%v", err)
			return ExitError
		}
		return code
	}
	if d.opts.baseline != "" {
		recorded, err := baseline.Read(d.opts.baseline)
		if err != nil {
			d.errorf("%v", err)
			return ExitError
		}
		fresh, stale := baseline.Filter(baseline.Keys(findings, &d.files, d.dir), recorded)
		for _, e := range stale {
			fmt.Fprintf(d.cfg.Stderr, "%s: stale baseline entry (remove it from %s): %s\n", d.cfg.Name, d.opts.baseline, e)
		}
		findings = pick(findings, fresh)
		diags = pick(diags, fresh)
	}

	if d.opts.fix || d.opts.diff {
		fixed, err := d.applyFixes(findings, diags)
		if err != nil {
			d.errorf("%v", err)
			return ExitError
		}
		if d.opts.diff {
			// Nothing was written: every finding stands. stdout holds
			// the patch, so those without a fix in it go to stderr.
			var unfixed []report.Finding
			for i, f := range findings {
				if !fixed[i] {
					unfixed = append(unfixed, f)
				}
			}
			d.printText(d.cfg.Stderr, unfixed)
			if len(findings) > 0 && code == ExitClean {
				code = ExitFindings
			}
			return code
		}
		var left []int
		for i := range findings {
			if !fixed[i] {
				left = append(left, i)
			}
		}
		findings = pick(findings, left)
		diags = pick(diags, left)
	}

	if err := d.print(graph, findings, diags); err != nil {
		d.errorf("%v", err)
		return ExitError
	}
	if len(findings) > 0 && code == ExitClean {
		code = ExitFindings
	}
	return code
}

func (d *run) checkOptions(fs *flag.FlagSet) error {
	o := &d.opts
	set := make(map[string]bool)
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch o.format {
	case "text", "json", "sarif":
	default:
		return fmt.Errorf("-format %q: want text, json or sarif", o.format)
	}
	if o.json {
		if set["format"] && o.format != "json" {
			return fmt.Errorf("-json conflicts with -format %s", o.format)
		}
		o.format = "json"
	}
	if o.diff && o.format != "text" {
		return fmt.Errorf("-diff prints a patch; it cannot be combined with -format %s", o.format)
	}
	if o.writeBaseline != "" && (o.fix || o.diff || o.baseline != "") {
		return fmt.Errorf("-write-baseline records findings; it cannot be combined with -fix, -diff or -baseline")
	}
	return nil
}

func (d *run) load(patterns []string) ([]*packages.Package, error) {
	conf := &packages.Config{
		Mode:  packages.LoadSyntax | packages.NeedModule,
		Tests: d.opts.tests,
		Dir:   d.dir,
		Env:   d.cfg.Env,
	}
	if d.opts.tags != "" {
		conf.BuildFlags = []string{"-tags=" + d.opts.tags}
	}
	pkgs, err := packages.Load(conf, patterns...)
	if err == nil && len(pkgs) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	return pkgs, err
}

// printErrors prints the load and type errors of pkgs and their
// dependencies, as packages.PrintErrors does, but to Stderr.
func (d *run) printErrors(pkgs []*packages.Package) int {
	var n int
	modErr := make(map[*packages.Module]bool)
	for pkg := range packages.Postorder(pkgs) {
		typeErrors := false
		for _, err := range pkg.Errors {
			typeErrors = typeErrors || err.Kind == packages.TypeError
		}
		for _, err := range pkg.Errors {
			// go list -export compiles the package and reports the
			// compiler's output ("# pkg\n..."): the type errors again.
			if typeErrors && err.Kind == packages.ListError && strings.HasPrefix(err.Msg, "# ") {
				continue
			}
			fmt.Fprintln(d.cfg.Stderr, d.relErr(err.Error()))
			n++
		}
		if m := pkg.Module; m != nil && m.Error != nil && !modErr[m] {
			modErr[m] = true
			fmt.Fprintln(d.cfg.Stderr, m.Error.Err)
			n++
		}
	}
	return n
}

// relErr shortens an error that starts with an absolute path below the
// working directory.
func (d *run) relErr(msg string) string {
	if strings.HasPrefix(msg, d.dir+string(filepath.Separator)) {
		return "." + string(filepath.Separator) + msg[len(d.dir)+1:]
	}
	return msg
}

// A diag is a finding's origin, for the JSON output and fixes.
type diag struct {
	act  *checker.Action
	diag analysis.Diagnostic
}

// collect returns the findings of the root actions, sorted by position and
// without the duplicates that a package and its test variant share, and
// reports analysis errors. failed tells whether any action failed.
func (d *run) collect(graph *checker.Graph) (findings []report.Finding, diags []diag, failed bool) {
	roots := append([]*checker.Action(nil), graph.Roots...)
	// "p" sorts before "p [p.test]", so a finding is kept in the
	// package itself rather than in its test variant.
	sort.Slice(roots, func(i, j int) bool { return roots[i].Package.ID < roots[j].Package.ID })

	type key struct {
		pos      token.Position
		category string
		message  string
	}
	seen := make(map[key]bool)
	for _, act := range roots {
		fset := act.Package.Fset
		modDir := ""
		if m := act.Package.Module; m != nil {
			modDir = m.Dir
		}
		for _, dg := range act.Diagnostics {
			pos := fset.Position(dg.Pos)
			k := key{pos, dg.Category, dg.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			findings = append(findings, d.finding(fset, modDir, act, dg))
			diags = append(diags, diag{act, dg})
		}
	}
	errSeen := make(map[string]bool)
	for act := range graph.All() {
		if act.Err != nil {
			failed = true
			msg := act.Err.Error()
			if !errSeen[msg] {
				errSeen[msg] = true
				d.errorf("%s: %v", act.Package.ID, act.Err)
			}
		}
	}

	idx := make([]int, len(findings))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := findings[idx[i]], findings[idx[j]]
		if a.Start.Filename != b.Start.Filename {
			return a.Start.Filename < b.Start.Filename
		}
		if a.Start.Offset != b.Start.Offset {
			return a.Start.Offset < b.Start.Offset
		}
		if a.Check != b.Check {
			return a.Check < b.Check
		}
		return a.Message < b.Message
	})
	return pick(findings, idx), pick(diags, idx), failed
}

func (d *run) finding(fset *token.FileSet, modDir string, act *checker.Action, dg analysis.Diagnostic) report.Finding {
	pos := func(p token.Pos) report.Pos {
		posn := fset.Position(p)
		return report.Pos{Filename: posn.Filename, Offset: posn.Offset, Line: posn.Line, Col: posn.Column}
	}
	f := report.Finding{
		Check:     dg.Category,
		Message:   dg.Message,
		URL:       dg.URL,
		Start:     pos(dg.Pos),
		ModuleDir: modDir,
	}
	if f.Check == "" {
		f.Check = act.Analyzer.Name
	}
	f.End = f.Start
	if dg.End.IsValid() {
		f.End = pos(dg.End)
	}
	for _, sf := range dg.SuggestedFixes {
		fix := report.Fix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			fix.Edits = append(fix.Edits, report.Edit{Start: pos(e.Pos), End: pos(end), New: string(e.NewText)})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	return f
}

func (d *run) saveBaseline(findings []report.Finding) error {
	f, err := os.Create(d.opts.writeBaseline)
	if err != nil {
		return err
	}
	if err := baseline.Write(f, baseline.Keys(findings, &d.files, d.dir)); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(d.cfg.Stderr, "%s: recorded %d findings in %s\n", d.cfg.Name, len(findings), d.opts.writeBaseline)
	return nil
}

// display returns filename relative to the working directory when it is
// below it, as go vet shows paths.
func (d *run) display(filename string) string {
	if rel := report.RelPath(d.dir, filename); rel != "" {
		return "./" + rel
	}
	return filename
}

func pick[T any](s []T, idx []int) []T {
	out := make([]T, len(idx))
	for i, j := range idx {
		out[i] = s[j]
	}
	return out
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
