// Command msdklint checks how Go game servers compare the error codes of
// Tencent MSDK, QQ, WeChat and Weibo replies.
//
// Usage:
//
//	msdklint [flags] [packages]        lint packages (e.g. ./...)
//	msdklint codes [flags] [CODE...]   look codes up in the catalog
//	msdklint fields [flags] [packages] the code fields seen, and how to bind them
//	msdklint help [CHECK]              the checks, flags and exit codes
//	msdklint -version                  the version
//	go vet -vettool=$(command -v msdklint) [flags] [packages]
//
// Exit codes: 0 no findings, 3 findings, 1 load or type-check errors,
// 2 usage errors. Run "msdklint help" for the flags and docs/cli.md for
// details.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/msdklint/msdklint/analyzer"
	"github.com/msdklint/msdklint/internal/driver"
	"github.com/msdklint/msdklint/internal/report"
	"github.com/msdklint/msdklint/internal/report/codeclimate"
	"github.com/msdklint/msdklint/internal/report/sarif"
)

func main() {
	if vetProtocol(os.Args[1:]) {
		// go vet -vettool: singlechecker answers -V=full and -flags with
		// the analyzer's flags unprefixed, and hands *.cfg units to
		// unitchecker. The per-package protocol needs facts.
		singlechecker.Main(analyzer.Analyzer)
		return
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	ctx, critical := interrupts(sigs, os.Stderr, os.Exit)
	os.Exit(runContext(ctx, critical, os.Args[1:], os.Stdout, os.Stderr))
}

// interrupts handles the signals: the first cancels the context, which
// stops the go command and, through it, the compilers it started; the
// driver then writes nothing. A second ends the process at once (exit 1),
// but never inside critical, where -fix writes the files (temporary
// files, then renames): it waits for that to end, so that the files are
// all fixed or none, and no temporary file is left.
func interrupts(sigs <-chan os.Signal, stderr io.Writer, exit func(int)) (context.Context, func(func())) {
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	go func() {
		<-sigs
		cancel()
		<-sigs
		mu.Lock()
		fmt.Fprintln(stderr, "msdklint: interrupted twice; stopped")
		exit(driver.ExitError)
	}()
	return ctx, func(f func()) {
		mu.Lock()
		defer mu.Unlock()
		f()
	}
}

// vetProtocol tells whether go vet (or another unitchecker host) runs us:
// it asks for the version (-V=full) and the flags (-flags), then passes one
// *.cfg file per package: a JSON file, not a package folder named x.cfg.
func vetProtocol(args []string) bool {
	for _, arg := range args {
		switch strings.TrimLeft(arg, "-") {
		case "V=full", "flags":
			if strings.HasPrefix(arg, "-") {
				return true
			}
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") && isVetConfig(args[len(args)-1])
}

// isVetConfig tells whether filename is a unitchecker configuration.
func isVetConfig(filename string) bool {
	data, err := report.ReadFile(filename)
	if err != nil {
		return false
	}
	var cfg struct {
		ImportPath string
		GoFiles    []string
	}
	return json.Unmarshal(data, &cfg) == nil && cfg.ImportPath != ""
}

// run is the command, in process: the standalone driver and the
// subcommands. It returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	return runContext(context.Background(), nil, args, stdout, stderr)
}

// runContext is run, stopped by ctx; critical runs the renames of -fix
// (nil: they are called directly).
func runContext(ctx context.Context, critical func(func()), args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "codes":
			return codes(args[1:], stdout, stderr)
		case "fields":
			return driver.Results(args[1:], config(ctx, critical, "", stdout, stderr), showFields)
		case "help":
			return help(args[1:], stdout, stderr)
		case "-version", "--version":
			if len(args) > 1 {
				fmt.Fprintln(stderr, "usage: msdklint -version")
				return driver.ExitUsage
			}
			fmt.Fprintf(stdout, "msdklint %s\n", version())
			return driver.ExitClean
		}
	}
	return driver.Run(args, config(ctx, critical, "", stdout, stderr))
}

// config is the driver's configuration for the command, in dir ("" for
// the current directory).
func config(ctx context.Context, critical func(func()), dir string, stdout, stderr io.Writer) driver.Config {
	a := analyzer.New(analyzer.Options{Facts: false})
	return driver.Config{
		Analyzer: a,
		BindKeys: func() []string { return analyzer.BindKeys(a) },
		Context:  ctx,
		Critical: critical,
		Name:     "msdklint",
		Dir:      dir,
		Stdout:   stdout,
		Stderr:   stderr,
		Rules:    rules(),
		Tool:     sarif.Tool{Name: "msdklint", Version: version(), InformationURI: "https://github.com/msdklint/msdklint"},
		Usage:    func(w io.Writer, fs *flag.FlagSet) { printHelp(w, fs) },
		Summary:  unboundSummary,
		// The subject of a finding, for baseline keys and fingerprints,
		// names the namespaces of the field it compares.
		Namespace: fieldNamespace,
		Severity:  severity,
		// The constants are imported from the catalog module, which a
		// game server may not require yet.
		FixImports: map[string]string{catalogImport + "/": catalogModule},
		FixSources: map[string]driver.FixSource{catalogModule: catalogSource()},
	}
}

const (
	catalogImport = "github.com/msdklint/msdklint/catalog"
	catalogModule = "github.com/msdklint/msdklint/catalog"
)

// lint runs the standalone driver in dir ("" for the current directory).
func lint(args []string, dir string, stdout, stderr io.Writer) int {
	return driver.Run(args, config(context.Background(), nil, dir, stdout, stderr))
}

// rules describes the checks for SARIF output.
func rules() []sarif.Rule {
	var rs []sarif.Rule
	for _, c := range analyzer.Checks() {
		rs = append(rs, sarif.Rule{
			ID:      c.Name,
			Short:   c.Summary,
			Full:    c.Doc,
			HelpURI: checkURL(c.Name),
		})
	}
	return rs
}

// severity is a check's severity in GitLab's code-quality report: a
// magic code works as written, the others are bugs or unchecked fields.
func severity(check string) string {
	if check == analyzer.MagicCode {
		return codeclimate.Minor
	}
	return codeclimate.Major
}

// checkURL is the documentation of a check: its section of docs/checks.md,
// the same URL as its diagnostics'.
func checkURL(name string) string { return analyzer.URL + "#" + name }

// version is the module version of the binary; built from a work tree,
// the VCS revision it was built from ("devel 1a2b3c4d5e6f+dirty"), else
// "devel".
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	return versionOf(bi)
}

func versionOf(bi *debug.BuildInfo) string {
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev == "" {
		return "devel"
	}
	return "devel " + rev[:min(12, len(rev))] + dirty
}
