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
	// An interrupt cancels the go command and, through it, the compilers
	// it started; the driver then writes nothing.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // a second interrupt ends the process at once
	}()
	code := runContext(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
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
	return runContext(context.Background(), args, stdout, stderr)
}

func runContext(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "codes":
			return codes(args[1:], stdout, stderr)
		case "fields":
			return driver.Results(args[1:], config(ctx, "", stdout, stderr), showFields)
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
	return driver.Run(args, config(ctx, "", stdout, stderr))
}

// config is the driver's configuration for the command, in dir ("" for
// the current directory).
func config(ctx context.Context, dir string, stdout, stderr io.Writer) driver.Config {
	return driver.Config{
		Analyzer: analyzer.New(analyzer.Options{Facts: false}),
		Context:  ctx,
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
	return driver.Run(args, config(context.Background(), dir, stdout, stderr))
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
