package evidence

import (
	"bytes"
	"go/ast"
	"os"
	"slices"
	"strings"

	"github.com/msdklint/msdklint/analyzer/internal/lexicon"
)

// An APIHost is an API host and the namespaces of the codes its replies
// carry; docs/binding.md renders this table.
type APIHost struct {
	Name       string   // the host; its subdomains match too
	Namespaces []string // nil for another company's host
	Owner      string   // who runs it, for the docs
}

// hostTable is the lexicon's hosts, as the docs and tools see them: a
// package that names exactly one platform's hosts in its string
// literals (and no look-alike's) gets the Host rung.
var hostTable = func() []APIHost {
	var out []APIHost
	for _, e := range lexicon.Table() {
		if e.Form != lexicon.HostName {
			continue
		}
		h := APIHost{Name: e.Spelling, Owner: e.Note}
		if !e.LookAlike {
			h.Namespaces = e.Namespaces
		}
		out = append(out, h)
	}
	return out
}()

// Hosts returns the host table, for docs and tools.
func Hosts() []APIHost {
	return slices.Clone(hostTable)
}

// lookupHost returns the table's entry for host name h (or a subdomain
// of one, the longest match), or nil.
func lookupHost(h string) *APIHost {
	if h == "" {
		return nil
	}
	m := lexicon.Classify(h, lexicon.Host)
	if !m.Found() {
		return nil
	}
	for i := range hostTable {
		if hostTable[i].Name == m.Word {
			return &hostTable[i]
		}
	}
	return nil
}

// hosts returns what the API hosts named by the package's string
// literals and package doc say. It is computed once per pass, only for
// fields that no binding or name decides.
func (p *Pass) hosts() hostClue {
	if p.pkgHosts == nil {
		p.pkgHosts = p.scanHosts()
	}
	return *p.pkgHosts
}

func (p *Pass) scanHosts() *hostClue {
	c := &hostClue{}
	for _, f := range p.pass.Files {
		if tf := p.pass.Fset.File(f.FileStart); tf == nil || strings.HasSuffix(tf.Name(), "_test.go") || !p.mentionsHost(f) {
			continue
		}
		fileHosts(f, c)
	}
	return c
}

// fileHosts adds the hosts that f's string literals and package doc
// name to c.
func fileHosts(f *ast.File, c *hostClue) {
	if f.Doc != nil {
		for _, w := range strings.Fields(f.Doc.Text()) {
			if h := lookupHost(hostOf(strings.Trim(w, "()<>,;.`'\""))); h != nil {
				c.add(h)
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok {
			if h := literalHost(lit); h != nil {
				c.add(h)
			}
		}
		return true
	})
}

// mentionsHost tells whether the source of f names a host of the table
// anywhere: most files name none, and a byte search of the source read
// back is much cheaper than walking the syntax for string literals.
// When the source cannot be read the syntax is walked.
func (p *Pass) mentionsHost(f *ast.File) bool {
	tf := p.pass.Fset.File(f.FileStart)
	if tf == nil {
		return false
	}
	read := p.pass.ReadFile
	if read == nil {
		read = os.ReadFile
	}
	src, err := read(tf.Name())
	if err != nil {
		return true
	}
	for _, a := range hostAnchors {
		if bytes.Contains(src, a) {
			return true
		}
	}
	return false
}

// hostAnchors are the registered domains of the host table (qq.com for
// its seven hosts under it): fewer byte searches over each file than one
// per host.
var hostAnchors = func() [][]byte {
	var out [][]byte
	for _, h := range hostTable {
		labels := strings.Split(h.Name, ".")
		a := []byte(strings.Join(labels[max(0, len(labels)-2):], "."))
		if !slices.ContainsFunc(out, func(b []byte) bool { return bytes.Equal(a, b) }) {
			out = append(out, a)
		}
	}
	return out
}()

// hostOf returns the host of a URL or of a bare "host/path" string, in
// lower case, or "".
func hostOf(s string) string {
	if _, rest, ok := strings.Cut(s, "://"); ok {
		s = rest
	}
	if i := strings.IndexAny(s, "/?#:"); i >= 0 {
		s = s[:i]
	}
	if strings.ContainsAny(s, " \t\n") || !strings.Contains(s, ".") {
		return ""
	}
	return strings.ToLower(s)
}
