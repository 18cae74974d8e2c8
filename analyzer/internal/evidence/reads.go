package evidence

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"
)

// CodeKey returns the code key that a map key or a JSON path names
// ("errcode", "data.ret"), or "".
func CodeKey(path string) string {
	if i := strings.LastIndexAny(path, ".|#"); i >= 0 {
		path = path[i+1:]
	}
	if slices.Contains(codeKeys, path) {
		return path
	}
	return ""
}

// A readKey is a code read of a function: a map or JSON-path read has
// no type, so its evidence is the function's, its file's and its
// package's.
type readKey struct {
	fn  *ast.FuncDecl
	key string
}

// OfRead answers what a map or JSON-path read of key at pos is: its
// namespaces, from the evidence of the function, the file and the
// package around it; the keys rung without any. The same key read in
// one function is one read.
func (p *Pass) OfRead(key string, pos token.Pos) *Set {
	fn := p.funcAt(pos)
	k := readKey{fn, key}
	if s, ok := p.reads[k]; ok {
		return s
	}
	s := p.resolveRead(key, fn, pos)
	if p.reads == nil {
		p.reads = map[readKey]*Set{}
	}
	p.reads[k] = s
	return s
}

func (p *Pass) resolveRead(key string, fn *ast.FuncDecl, pos token.Pos) *Set {
	if nss, ev := p.packageBinding(p.pass.Pkg); nss != nil {
		return p.bound(nss, ev)
	}
	if key == "err_type" {
		return p.bound([]string{"msdk.errtype"}, "key err_type")
	}
	var near, far nameFound
	look := p.lookName
	if fn != nil {
		if recv := receiverName(fn); recv != "" {
			look(&near, "receiver", recv)
		}
	}
	if near.foreign {
		return &Set{Rung: Named, Evidence: near.evidence}
	}
	if len(near.plats) > 0 {
		return p.inferred(Named, near.evidence, near.plats, key)
	}
	if fn != nil {
		h := p.funcHostsOf(fn)
		if h.Lookalike != "" {
			return &Set{Rung: Host, Evidence: "host " + h.Lookalike + " in " + fn.Name.Name}
		}
		if len(h.NSs) > 0 {
			return p.inferred(Host, "host "+h.Host+" in "+fn.Name.Name, h.NSs, key)
		}
	}
	hosts := p.hosts()
	if hosts.Lookalike != "" {
		return &Set{Rung: Host, Evidence: "host " + hosts.Lookalike}
	}
	if f := p.pass.Fset.PositionFor(pos, false).Filename; f != "" {
		look(&far, "file", strings.TrimSuffix(filepath.Base(f), ".go"))
	}
	look(&far, "package", p.pass.Pkg.Path())
	if far.foreign {
		return &Set{Rung: Named, Evidence: far.evidence}
	}
	if len(far.plats) > 0 {
		return p.inferred(Named, far.evidence, far.plats, key)
	}
	if len(hosts.NSs) > 0 {
		return p.inferred(Host, "host "+hosts.Host, hosts.NSs, key)
	}
	if Keys < p.MinRung {
		return &Set{Rung: Keys, Evidence: "key " + key, All: true}
	}
	s := p.union()
	s.Rung, s.Evidence, s.Checked = Keys, "key "+key, true
	return s
}

// MayReadCodes tells whether map and JSON-path reads of the package may
// be checked: it decodes JSON, and something gives evidence (a name of
// a file, receiver or the package, a host), or the keys rung is checked.
// Most packages do not, and their walk is skipped.
func (p *Pass) MayReadCodes() bool {
	if p.mayRead != 0 {
		return p.mayRead > 0
	}
	p.mayRead = -1
	if !decodesJSON(p.pass.Pkg.Imports()) {
		return false
	}
	if p.MinRung <= Keys || p.nameWords("package", p.pass.Pkg.Path()).any() || p.hosts().Any {
		p.mayRead = 1
		return true
	}
	for _, f := range p.pass.Files {
		if tf := p.pass.Fset.File(f.FileStart); tf != nil && p.nameWords("file", strings.TrimSuffix(filepath.Base(tf.Name()), ".go")).any() {
			p.mayRead = 1
			return true
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && p.nameWords("receiver", receiverName(fd)).any() {
				p.mayRead = 1
				return true
			}
		}
	}
	return false
}

// jsonPackages are the import paths of the JSON decoders whose results
// are read by key: a package importing none reads no code from a map.
var jsonPackages = []string{"encoding/json", "github.com/tidwall/gjson", "github.com/buger/jsonparser", "github.com/json-iterator/go", "github.com/bitly/go-simplejson", "github.com/valyala/fastjson", "github.com/goccy/go-json", "github.com/bytedance/sonic"}

func decodesJSON(imports []*types.Package) bool {
	for _, imp := range imports {
		if slices.Contains(jsonPackages, imp.Path()) || strings.HasSuffix(imp.Path(), "/gjson") {
			return true
		}
	}
	return false
}
