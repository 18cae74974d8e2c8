// Package driver is the standalone driver of msdklint: it loads packages
// with go/packages, runs one analyzer over them with
// golang.org/x/tools/go/analysis/checker, and reports the findings as text,
// JSON, SARIF or a GitLab code-quality report, applies or shows their
// fixes, and filters them through a baseline.
//
// It is a package, not part of the command, so that the benchmarks run a
// do-nothing analyzer through the very same driver.
//
// Only the named packages are loaded from source; dependencies come from
// export data. An analyzer that needs facts from its dependencies gets none
// here: use unitchecker (go vet) for such analyzers.
//
// x/tools keeps its fix applier, its JSON tree and its -fix/-diff flags
// internal (go/analysis/internal, internal/analysis/driverutil), and
// checker.Graph.PrintJSON neither has the diagnostics' URL nor drops the
// findings a test variant repeats, so the driver does these itself; the
// diffs and the merging of edits come from go-udiff, an exported copy of
// x/tools' internal/diff.
package driver

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
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
	ExitError    = 1 // packages could not be loaded or type-checked, the analysis failed, or an internal error
	ExitUsage    = 2 // bad flags or arguments
	ExitFindings = 3 // findings were reported (the singlechecker convention)
)

// A Config configures Run. Only Analyzer is required.
type Config struct {
	Analyzer *analysis.Analyzer

	// Context, if non-nil, stops the go command when it is done (an
	// interrupt); nothing is written after that.
	Context context.Context
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
	// Summary, if non-nil, returns a closing line for stderr from the
	// analyzer's results on the root packages ("" for none).
	Summary func(fset *token.FileSet, results []any) string
	// FixImports names a module per import path prefix: when -fix adds
	// an import under the prefix to a module whose go.mod does not
	// require the module, the run says to go get it.
	FixImports map[string]string
	// FixSources says, per module of FixImports, where the go command
	// can get it, for the command that hint prints. A module without an
	// entry is taken as published (go get MODULE).
	FixSources map[string]FixSource
	// Namespace, if non-nil, returns the namespaces that the analyzer's
	// result for a package gives the field or variable declared at pos
	// ("" if none), for the subject of the findings that compare it.
	Namespace func(result any, pos token.Pos) string
	// Severity, if non-nil, gives a check's severity in -format
	// codeclimate: info, minor, major, critical or blocker ("" for
	// major).
	Severity func(check string) string
}

// A FixSource is where a module that fixes import comes from.
type FixSource struct {
	// Version is a published version of the module (go get
	// MODULE@Version); "" when no release is known.
	Version string
	// Dir is a local copy of the module (the folder of its go.mod) for a
	// replace directive, used when Version is "". Placeholder tells that
	// Dir is a path for the user to fill in, not a folder that exists.
	Dir         string
	Placeholder bool
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
	d := newRun(cfg)
	return d.main(args)
}

// A ShowFunc prints the analyzer's results on the root packages to w, as
// JSON or text; display shows a file name as the findings do. The results
// of a package and of its test variant repeat the package's files.
type ShowFunc func(w io.Writer, asJSON bool, display func(string) string, fset *token.FileSet, results []any) error

// Results runs the analyzer as Run does, with the same flags but those
// about findings, and hands its results to show instead of reporting
// findings. It returns 0, 1 when the run had errors, 2 on usage errors.
func Results(args []string, cfg Config, show ShowFunc) int {
	d := newRun(cfg)
	d.show = show
	return d.main(args)
}

func newRun(cfg Config) *run {
	cfg.Stdout = cmp.Or[io.Writer](cfg.Stdout, os.Stdout)
	cfg.Stderr = cmp.Or[io.Writer](cfg.Stderr, os.Stderr)
	cfg.Name = cmp.Or(cfg.Name, cfg.Analyzer.Name)
	cfg.Tool.Name = cmp.Or(cfg.Tool.Name, cfg.Name)
	if cfg.Context == nil {
		cfg.Context = context.Background()
	}
	return &run{cfg: cfg}
}

type run struct {
	cfg   Config
	opts  options
	dir   string // absolute working directory
	files report.Files
	// read are the files the analysis read, by real name.
	read map[string]*source
	// show, if non-nil, prints the results instead of the findings.
	show ShowFunc
}

// A source is a file the analysis read.
type source struct {
	size      int
	generated bool
	// cgo: the file is cgo's output, whose offsets are not the user's.
	cgo bool
	// moduleDir is the main module that holds the file, "" if none.
	moduleDir string
}

func (d *run) errorf(format string, args ...any) {
	fmt.Fprintf(d.cfg.Stderr, "%s: %s\n", d.cfg.Name, fmt.Sprintf(format, args...))
}

// Flags defines the driver's flags and the analyzer's on fs, unprefixed.
// An analyzer flag whose name the driver already uses is skipped.
func (o *options) define(fs *flag.FlagSet, a *analysis.Analyzer) {
	fs.BoolVar(&o.tests, "test", true, "also analyze test files and test packages")
	fs.BoolVar(&o.json, "json", false, "print findings as JSON (same as -format json)")
	fs.StringVar(&o.format, "format", "text", "output format: text, json, sarif or codeclimate (GitLab code quality)")
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

func (d *run) main(args []string) (code int) {
	// A bug is an error of the run, never a usage error.
	defer func() {
		if r := recover(); r != nil {
			d.errorf("internal error: %v\n%s", r, debug.Stack())
			code = ExitError
		}
	}()
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
	if fs.NArg() == 0 {
		d.errorf("no packages given (try ./...)")
		return ExitUsage
	}

	graph, code := d.analyze(fs.Args())
	if graph == nil {
		return code
	}
	findings, failed := d.collect(graph)
	if failed {
		code = ExitError
	}
	if err := d.cfg.Context.Err(); err != nil {
		d.errorf("interrupted (%v); nothing written", err)
		return ExitError
	}
	if d.show != nil {
		fset, results := rootResults(graph)
		if err := d.show(d.cfg.Stdout, d.opts.format == "json", d.display, fset, results); err != nil {
			d.errorf("%v", err)
			return ExitError
		}
		return code
	}

	if d.opts.writeBaseline != "" {
		if code != ExitClean {
			d.errorf("%s not written: the run had errors", d.opts.writeBaseline)
			return code
		}
		if err := d.saveBaseline(findings); err != nil {
			d.errorf("%v", err)
			return ExitError
		}
		return code
	}
	if d.opts.baseline != "" {
		var err error
		if findings, err = d.filterBaseline(findings); err != nil {
			d.errorf("%v", err)
			return ExitError
		}
	}

	switch {
	case d.opts.diff:
		// Nothing is written: every finding stands. stdout holds the
		// patch, so those without a fix in it go to stderr.
		unfixed, ok := d.fix(findings)
		d.printText(d.cfg.Stderr, unfixed)
		if !ok {
			code = ExitError
		}
	case d.opts.fix:
		var ok bool
		findings, ok = d.fix(findings)
		if !ok {
			code = ExitError
		}
		fallthrough
	default:
		if err := d.print(graph, findings); err != nil {
			d.errorf("%v", err)
			return ExitError
		}
	}
	if len(findings) > 0 && code == ExitClean {
		code = ExitFindings
	}
	d.summary(graph)
	return code
}

func (d *run) checkOptions(fs *flag.FlagSet) error {
	o := &d.opts
	set := make(map[string]bool)
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch o.format {
	case "text", "json", "sarif", "codeclimate":
	default:
		return fmt.Errorf("-format %q: want text, json, sarif or codeclimate", o.format)
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
	if o.diff && o.fix {
		return fmt.Errorf("-diff shows the fixes that -fix writes; give one of them")
	}
	if o.writeBaseline != "" && (o.fix || o.diff || o.baseline != "") {
		return fmt.Errorf("-write-baseline records findings; it cannot be combined with -fix, -diff or -baseline")
	}
	if d.show != nil {
		for _, name := range []string{"fix", "diff", "baseline", "write-baseline"} {
			if set[name] {
				return fmt.Errorf("-%s is about findings; this command prints no findings", name)
			}
		}
		if o.format == "sarif" || o.format == "codeclimate" {
			return fmt.Errorf("-format %s is for findings; want text or json", o.format)
		}
	}
	return nil
}

// analyze loads the packages and runs the analyzer on them. It returns
// nil and the exit code when there is nothing to analyze, else the exit
// code so far: load and type errors are printed and make it 1.
func (d *run) analyze(patterns []string) (*checker.Graph, int) {
	dir, err := filepath.Abs(cmp.Or(d.cfg.Dir, "."))
	if err != nil {
		d.errorf("%v", err)
		return nil, ExitError
	}
	d.dir = dir
	conf := &packages.Config{
		Context: d.cfg.Context,
		Mode:    packages.LoadSyntax | packages.NeedModule,
		Tests:   d.opts.tests,
		Dir:     d.dir,
		Env:     d.cfg.Env,
	}
	if d.opts.tags != "" {
		conf.BuildFlags = []string{"-tags=" + d.opts.tags}
	}
	pkgs, err := packages.Load(conf, patterns...)
	if err != nil {
		d.errorf("%v", err)
		return nil, ExitError
	}
	if len(pkgs) == 0 {
		d.errorf("%s matched no packages", strings.Join(patterns, " "))
		return nil, ExitError
	}
	code := ExitClean
	if d.printErrors(pkgs) > 0 {
		code = ExitError
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{recovering(d.cfg.Analyzer)}, pkgs, nil)
	if err != nil {
		d.errorf("%v", err)
		return nil, ExitError
	}
	return graph, code
}

// recovering returns a copy of a whose Run turns a panic into an error of
// the package: the checker runs packages on goroutines, where a panic
// would end the process with the exit code of usage errors.
func recovering(a *analysis.Analyzer) *analysis.Analyzer {
	b := *a
	b.Run = func(pass *analysis.Pass) (res any, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("internal error: %v\n%s", r, debug.Stack())
			}
		}()
		return a.Run(pass)
	}
	return &b
}

// printErrors prints the load and type errors of pkgs and their
// dependencies, as packages.PrintErrors does, but to Stderr, and with the
// go command's reason when cgo failed: the type checker only says that it
// could not import "C".
func (d *run) printErrors(pkgs []*packages.Package) int {
	var n int
	modErr := make(map[*packages.Module]bool)
	for pkg := range packages.Postorder(pkgs) {
		typeErrors := false
		for _, err := range pkg.Errors {
			typeErrors = typeErrors || err.Kind == packages.TypeError && !strings.Contains(err.Msg, `could not import C `)
		}
		for _, err := range pkg.Errors {
			// go list -export compiles the package and reports the
			// compiler's output ("# pkg\n..."): the type errors again.
			if typeErrors && err.Kind == packages.ListError && strings.HasPrefix(err.Msg, "# ") {
				continue
			}
			msg := err.Error()
			if err.Pos == "" || err.Pos == "-" {
				msg = err.Msg // not "-: # pkg"
			}
			fmt.Fprintln(d.cfg.Stderr, d.relErr(msg))
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

// collect returns the findings of the root actions, sorted by position and
// without the duplicates that a package and its test variant share, and
// reports analysis errors. failed tells whether any action failed. It
// records the files the roots read, for -fix.
func (d *run) collect(graph *checker.Graph) (findings []report.Finding, failed bool) {
	roots := slices.Clone(graph.Roots)
	// "p" sorts before "p [p.test]", so a finding is kept in the
	// package itself rather than in its test variant.
	slices.SortFunc(roots, func(a, b *checker.Action) int { return cmp.Compare(a.Package.ID, b.Package.ID) })

	type key struct {
		pos      token.Position
		category string
		message  string
	}
	seen := make(map[key]bool)
	d.read = make(map[string]*source)
	for _, act := range roots {
		d.recordFiles(act.Package)
		subjects := d.subjects(act)
		for i, dg := range act.Diagnostics {
			f := d.finding(act, dg)
			f.Subject = subjects[i]
			k := key{act.Package.Fset.Position(dg.Pos), f.Check, f.Message}
			if !seen[k] {
				seen[k] = true
				findings = append(findings, f)
			}
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
	slices.SortStableFunc(findings, func(a, b report.Finding) int {
		return cmp.Or(
			cmp.Compare(a.Start.Filename, b.Start.Filename),
			cmp.Compare(a.Start.Offset, b.Start.Offset),
			cmp.Compare(a.Check, b.Check),
			cmp.Compare(a.Message, b.Message))
	})
	return findings, failed
}

// recordFiles notes the files pkg's analysis read.
func (d *run) recordFiles(pkg *packages.Package) {
	moduleDir := ""
	if m := pkg.Module; m != nil && m.Main {
		moduleDir = m.Dir
	}
	for _, f := range pkg.Syntax {
		tf := pkg.Fset.File(f.FileStart)
		if tf == nil || d.read[tf.Name()] != nil {
			continue
		}
		d.read[tf.Name()] = &source{
			size:      tf.Size(),
			generated: ast.IsGenerated(f),
			cgo:       !slices.Contains(pkg.GoFiles, tf.Name()),
			moduleDir: moduleDir,
		}
	}
}

// finding resolves a diagnostic of act.
func (d *run) finding(act *checker.Action, dg analysis.Diagnostic) report.Finding {
	fset := act.Package.Fset
	pos := func(p token.Pos) report.Pos {
		posn := fset.Position(p)
		return report.Pos{Filename: posn.Filename, Offset: posn.Offset, Line: posn.Line, Col: posn.Column}
	}
	file := func(p token.Pos) string {
		if tf := fset.File(p); tf != nil {
			return tf.Name()
		}
		return ""
	}
	f := report.Finding{
		Package:  act.Package.ID,
		Analyzer: act.Analyzer.Name,
		Check:    cmp.Or(dg.Category, act.Analyzer.Name),
		Message:  dg.Message,
		URL:      dg.URL,
		File:     file(dg.Pos),
		Start:    pos(dg.Pos),
		End:      pos(cmp.Or(dg.End, dg.Pos)),
	}
	if m := act.Package.Module; m != nil {
		f.ModuleDir, f.ModulePath = m.Dir, m.Path
	}
	for _, sf := range dg.SuggestedFixes {
		fix := report.Fix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			end := cmp.Or(e.End, e.Pos)
			fix.Edits = append(fix.Edits, report.Edit{File: file(e.Pos), Start: pos(e.Pos), End: pos(end), New: string(e.NewText)})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	for _, r := range dg.Related {
		f.Related = append(f.Related, report.Related{Start: pos(r.Pos), End: pos(cmp.Or(r.End, r.Pos)), Message: r.Message})
	}
	return f
}

func (d *run) saveBaseline(findings []report.Finding) error {
	var buf bytes.Buffer
	if err := baseline.Write(&buf, baseline.Keys(findings, &d.files, d.dir)); err != nil {
		return err
	}
	if err := writeFiles(map[string][]byte{d.opts.writeBaseline: buf.Bytes()}); err != nil {
		return err
	}
	fmt.Fprintf(d.cfg.Stderr, "%s: recorded %d findings in %s\n", d.cfg.Name, len(findings), d.opts.writeBaseline)
	return nil
}

// filterBaseline returns the findings the baseline does not record, and
// lists its stale entries.
func (d *run) filterBaseline(findings []report.Finding) ([]report.Finding, error) {
	recorded, version, err := baseline.Read(d.opts.baseline)
	if err != nil {
		return nil, err
	}
	if version < baseline.Version {
		// Still matched, by file, check and flagged line; the message,
		// which -lang and catalog updates change, is ignored.
		d.errorf("%s is a version %d baseline, keyed by message and line; its entries are matched by file, check and line until you rewrite it with -write-baseline %[1]s", d.opts.baseline, version)
	}
	keys := baseline.Keys(findings, &d.files, d.dir)
	for i, k := range keys {
		// Among all the findings: the occurrence indices of those left
		// would count differently.
		findings[i].Fingerprint = k.Fingerprint()
	}
	fresh, stale := baseline.Filter(keys, recorded)
	for _, e := range stale {
		d.errorf("stale baseline entry (remove it from %s): %s", d.opts.baseline, e)
	}
	out := make([]report.Finding, len(fresh))
	for i, j := range fresh {
		out[i] = findings[j]
	}
	return out, nil
}

// summary prints the configured closing line.
func (d *run) summary(graph *checker.Graph) {
	if d.cfg.Summary == nil {
		return
	}
	if line := d.cfg.Summary(rootResults(graph)); line != "" {
		d.errorf("%s", line)
	}
}

// rootResults returns the results of the root actions, in package order.
func rootResults(graph *checker.Graph) (*token.FileSet, []any) {
	var fset *token.FileSet
	var results []any
	roots := slices.Clone(graph.Roots)
	slices.SortFunc(roots, func(a, b *checker.Action) int { return cmp.Compare(a.Package.ID, b.Package.ID) })
	for _, act := range roots {
		fset = act.Package.Fset // one FileSet for all packages of a load
		if act.Result != nil {
			results = append(results, act.Result)
		}
	}
	return fset, results
}

// display returns filename relative to the working directory when it is
// below it, as go vet shows paths.
func (d *run) display(filename string) string {
	if rel := report.RelPath(d.dir, filename); rel != "" {
		return "./" + rel
	}
	return filename
}
