// Command msdklint checks how Go game servers compare the error codes of
// Tencent MSDK, QQ, WeChat and Weibo replies.
//
// Usage:
//
//	msdklint [flags] [packages]        lint packages (e.g. ./...)
//	msdklint codes [flags] [CODE...]   look codes up in the catalog
//	msdklint help [CHECK]              the checks, flags and exit codes
//	go vet -vettool=$(command -v msdklint) [flags] [packages]
//
// Exit codes: 0 no findings, 3 findings, 1 load or type-check errors,
// 2 usage errors. Run "msdklint help" for the flags and docs/cli.md for
// details.
package main

import (
	"flag"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/msdklint/msdklint/analyzer"
	"github.com/msdklint/msdklint/internal/driver"
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
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// vetProtocol tells whether go vet (or another unitchecker host) runs us:
// it asks for the version (-V=full) and the flags (-flags), then passes one
// *.cfg file per package.
func vetProtocol(args []string) bool {
	for _, arg := range args {
		switch strings.TrimLeft(arg, "-") {
		case "V=full", "flags":
			if strings.HasPrefix(arg, "-") {
				return true
			}
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// run is the command, in process: the standalone driver and the
// subcommands. It returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "codes":
			return codes(args[1:], stdout, stderr)
		case "help":
			return help(args[1:], stdout, stderr)
		}
	}
	return lint(args, "", stdout, stderr)
}

// lint runs the standalone driver in dir ("" for the current directory).
func lint(args []string, dir string, stdout, stderr io.Writer) int {
	return driver.Run(args, driver.Config{
		Analyzer: analyzer.New(analyzer.Options{Facts: false}),
		Name:     "msdklint",
		Dir:      dir,
		Stdout:   stdout,
		Stderr:   stderr,
		Rules:    rules(),
		Tool:     sarif.Tool{Name: "msdklint", Version: version(), InformationURI: "https://github.com/msdklint/msdklint"},
		Usage:    func(w io.Writer, fs *flag.FlagSet) { printHelp(w, fs) },
	})
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

// checkURL is the documentation of a check: its section of docs/checks.md,
// the same URL as its diagnostics'.
func checkURL(name string) string { return analyzer.URL + "#" + name }

// version is the module version of the binary, "devel" when built from a
// work tree.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
