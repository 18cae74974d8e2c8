package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/msdklint/msdklint/analyzer"
	"github.com/msdklint/msdklint/internal/driver"
)

// help prints the general help, or with a check name, the check's
// documentation.
func help(args []string, stdout, stderr io.Writer) int {
	switch len(args) {
	case 0:
		printHelp(stdout, driver.FlagSet("msdklint", analyzer.New(analyzer.Options{})))
		return driver.ExitClean
	case 1:
		var names []string
		for _, c := range analyzer.Checks() {
			if c.Name == args[0] {
				fmt.Fprintf(stdout, "%s: %s\n\n%s\n\nTurn it off with -%s=false. Documentation: %s\n",
					c.Name, c.Summary, strings.TrimSpace(c.Doc), c.Name, checkURL(c.Name))
				return driver.ExitClean
			}
			names = append(names, c.Name)
		}
		fmt.Fprintf(stderr, "msdklint help: unknown check %q (checks: %s)\n", args[0], strings.Join(names, ", "))
		return driver.ExitUsage
	}
	fmt.Fprintln(stderr, "usage: msdklint help [CHECK]")
	return driver.ExitUsage
}

const helpHead = `msdklint checks how Go game servers compare the error codes of Tencent
MSDK, QQ, WeChat and Weibo replies: unknown codes, codes of another
platform, magic numbers that should be named constants, and switches that
never handle reauthorization.

Usage:
  msdklint [flags] [packages]        lint packages (e.g. ./...)
  msdklint codes [flags] [CODE...]   look codes up in the catalog (msdklint codes -h)
  msdklint fields [flags] [packages] the code fields seen: namespaces, evidence,
                                     and the line that would bind each
  msdklint help [CHECK]              this help, or a check's documentation
  msdklint -version                  the version
  go vet -vettool=$(command -v msdklint) [flags] [packages]
                                     the same checks through go vet (same flags)
`

const helpExit = `
Exit codes (the same for every -format):
  0  no findings (with -baseline: no new findings; with -fix: none left)
  3  findings
  1  packages could not be loaded or type-checked (the errors are printed),
     the patterns matched no packages, the analysis failed, a file could
     not be read or written, or the run was interrupted
  2  usage error (unknown flag, bad flag value, conflicting flags, no
     package pattern given)
  1 wins over 3: a run with errors is incomplete.

Directives (comments in your code):
  //msdklint:platform NS[,NS...]           in a struct type's doc comment: bind its code fields
  //msdklint:codes NS                      on a const block: your team's own codes
  //msdklint:reauth                        on a team constant: needs reauthorization
  //msdklint:ignore CHECK[,CHECK] reason   on the line or the line above: suppress a finding

Documentation: docs/cli.md, docs/checks.md, docs/codes.md
`

// printHelp prints the general help with the flags of fs.
func printHelp(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, helpHead)
	fmt.Fprintln(w, "\nChecks (msdklint help CHECK explains one; -CHECK=false turns it off):")
	for _, c := range analyzer.Checks() {
		fmt.Fprintf(w, "  %-15s %s\n", c.Name, c.Summary)
	}
	fmt.Fprintln(w, "\nFlags:")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprint(w, helpExit)
}
