package evidence

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A hostClue is what the API hosts named in some code say: the one
// platform whose hosts it names, and the look-alike host it names, if
// any. Two platforms' hosts say nothing.
type hostClue struct {
	NSs       []string // the one platform's namespaces
	Host      string   // the platform's host that gave them
	Lookalike string   // another company's host (qyapi.weixin.qq.com ...)
	Mixed     bool     // two platforms' hosts: a gateway, no evidence
	Any       bool     // some host of the table is named
}

// add merges the table's host h into c.
func (c *hostClue) add(h *APIHost) {
	c.Any = true
	if h.Namespaces == nil {
		if c.Lookalike == "" {
			c.Lookalike = h.Name
		}
		return
	}
	if c.Mixed {
		return
	}
	if len(c.NSs) > 0 {
		if platformOf(c.NSs[0]) != platformOf(h.Namespaces[0]) {
			c.NSs, c.Host, c.Mixed = nil, "", true
			return
		}
	} else {
		c.Host = h.Name
	}
	for _, ns := range h.Namespaces {
		if !slices.Contains(c.NSs, ns) {
			c.NSs = append(c.NSs, ns)
		}
	}
}

// merge merges the clue o into c.
func (c *hostClue) merge(o hostClue) {
	c.Any = c.Any || o.Any
	if c.Lookalike == "" {
		c.Lookalike = o.Lookalike
	}
	if c.Mixed || (len(o.NSs) == 0 && !o.Mixed) {
		return
	}
	if o.Mixed || (len(c.NSs) > 0 && platformOf(c.NSs[0]) != platformOf(o.NSs[0])) {
		c.NSs, c.Host, c.Mixed = nil, "", true
		return
	}
	if c.Host == "" {
		c.Host = o.Host
	}
	for _, ns := range o.NSs {
		if !slices.Contains(c.NSs, ns) {
			c.NSs = append(c.NSs, ns)
		}
	}
}

// platformOf returns the platform of a namespace or platform name.
func platformOf(ns string) string {
	pl, _, _ := strings.Cut(ns, ".")
	return pl
}

// A summary is what a package's syntax says of its reply types: the API
// hosts it names, the types it decodes (with the hosts of the functions
// that decode them) and the types it fills and sends. It is read from
// the syntax alone, so that the declaring package's pass, which exports
// it as a fact, and another package reading the declaring files agree.
// Types are keyed as the package writes them: "T", or "pkg.T".
type summary struct {
	Hosts   hostClue
	Decoded map[string]hostClue
	Sent    map[string]bool
}

// summaryFact carries a package's summary to its importers, in sorted
// slices: a fact's encoding must be deterministic.
type summaryFact struct {
	Hosts   hostClue
	Decoded []decodedType
	Sent    []string
}

type decodedType struct {
	Type  string
	Hosts hostClue
}

func (s *summary) fact() *summaryFact {
	f := &summaryFact{Hosts: s.Hosts}
	for t, c := range s.Decoded {
		f.Decoded = append(f.Decoded, decodedType{t, c})
	}
	slices.SortFunc(f.Decoded, func(a, b decodedType) int { return strings.Compare(a.Type, b.Type) })
	for t := range s.Sent {
		f.Sent = append(f.Sent, t)
	}
	slices.Sort(f.Sent)
	return f
}

func (f *summaryFact) summary() *summary {
	s := &summary{Hosts: f.Hosts}
	for _, d := range f.Decoded {
		if s.Decoded == nil {
			s.Decoded = map[string]hostClue{}
		}
		s.Decoded[d.Type] = d.Hosts
	}
	for _, t := range f.Sent {
		if s.Sent == nil {
			s.Sent = map[string]bool{}
		}
		s.Sent[t] = true
	}
	return s
}

func (*summaryFact) AFact()           {}
func (f *summaryFact) String() string { return "msdklint:summary" }

// The calls that decode a reply into their target argument (the last
// for Unmarshal, the first for the others), and the calls that send a
// value: encoding, or handing it to a sender.
var (
	decodeCalls = []string{"Unmarshal", "UnmarshalFromString", "Decode", "DecodeJSON", "SetResult", "SetError"}
	sendCalls   = []string{"Marshal", "MarshalIndent", "MarshalToString", "Encode", "Send", "SendMsg", "Write", "WriteJSON", "JSON", "Reply", "Respond", "Push", "Broadcast", "Publish"}
)

// summarize reads the summary of a package from its files (test files
// left out: they are not the package's, and the other side cannot see
// them).
func summarize(fset *token.FileSet, files []*ast.File) *summary {
	s := &summary{}
	consts := packageStrings(files)
	for _, f := range files {
		if tf := fset.File(f.FileStart); tf != nil && strings.HasSuffix(tf.Name(), "_test.go") {
			continue
		}
		fileHosts(f, &s.Hosts)
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				s.function(fd, consts)
			}
		}
	}
	return s
}

// packageStrings returns the package-level constants and variables
// whose value is a string naming a host of the table.
func packageStrings(files []*ast.File) map[string]*APIHost {
	var out map[string]*APIHost
	for _, f := range files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || (gd.Tok != token.CONST && gd.Tok != token.VAR) {
				continue
			}
			for _, sp := range gd.Specs {
				vs := sp.(*ast.ValueSpec)
				for i, v := range vs.Values {
					if i >= len(vs.Names) {
						break
					}
					var h *APIHost
					ast.Inspect(v, func(n ast.Node) bool {
						if lit, ok := n.(*ast.BasicLit); ok && h == nil {
							h = literalHost(lit)
						}
						return h == nil
					})
					if h != nil {
						if out == nil {
							out = map[string]*APIHost{}
						}
						out[vs.Names[i].Name] = h
					}
				}
			}
		}
	}
	return out
}

// literalHost returns the table's host that a string literal names.
func literalHost(lit *ast.BasicLit) *APIHost {
	if lit.Kind != token.STRING || !strings.Contains(lit.Value, ".") {
		return nil
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return nil
	}
	return lookupHost(hostOf(s))
}

// funcHosts returns the hosts that the body of fd names, in literals or
// through the package's string constants.
func funcHosts(fd ast.Node, consts map[string]*APIHost) hostClue {
	var c hostClue
	ast.Inspect(fd, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			if h := literalHost(n); h != nil {
				c.add(h)
			}
		case *ast.Ident:
			if h := consts[n.Name]; h != nil {
				c.add(h)
			}
		}
		return true
	})
	return c
}

// function adds what fd decodes and sends to s.
func (s *summary) function(fd *ast.FuncDecl, consts map[string]*APIHost) {
	vars := map[string]string{} // local name -> type as written
	declare := func(names []*ast.Ident, typ ast.Expr) {
		if t := typeName(typ); t != "" {
			for _, id := range names {
				vars[id.Name] = t
			}
		}
	}
	for _, fl := range []*ast.FieldList{fd.Recv, fd.Type.Params, fd.Type.Results} {
		if fl != nil {
			for _, f := range fl.List {
				declare(f.Names, f.Type)
			}
		}
	}
	// typeOf returns the type that e holds or points to, when the
	// function's syntax says it.
	typeOf := func(e ast.Expr) string {
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		switch x := e.(type) {
		case *ast.Ident:
			return vars[x.Name]
		case *ast.CompositeLit:
			return typeName(x.Type)
		case *ast.CallExpr:
			if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "new" && len(x.Args) == 1 {
				return typeName(x.Args[0])
			}
		}
		return ""
	}
	var decoded, filled, sent []string
	var calls []*ast.CallExpr
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeclStmt:
			if gd, ok := n.Decl.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				for _, sp := range gd.Specs {
					vs := sp.(*ast.ValueSpec)
					if vs.Type != nil {
						declare(vs.Names, vs.Type)
					} else if len(vs.Values) == len(vs.Names) {
						for i, v := range vs.Values {
							if t := typeOf(v); t != "" {
								vars[vs.Names[i].Name] = t
							}
						}
					}
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
				for i, r := range n.Rhs {
					if id, ok := n.Lhs[i].(*ast.Ident); ok {
						if t := typeOf(r); t != "" {
							vars[id.Name] = t
						}
					}
				}
			}
			for _, l := range n.Lhs {
				if sel, ok := l.(*ast.SelectorExpr); ok && codeName(sel.Sel.Name) {
					if t := typeOf(sel.X); t != "" {
						filled = append(filled, t)
					}
				}
			}
		case *ast.CompositeLit:
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && codeName(id.Name) {
						if t := typeName(n.Type); t != "" {
							filled = append(filled, t)
						}
					}
				}
			}
		case *ast.CallExpr:
			calls = append(calls, n)
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if t := typeOf(r); t != "" {
					sent = append(sent, t)
				}
			}
		}
		return true
	})
	for _, c := range calls {
		name := calleeName(c.Fun)
		switch {
		case slices.Contains(decodeCalls, name) && len(c.Args) > 0:
			arg := c.Args[0]
			if strings.HasPrefix(name, "Unmarshal") {
				arg = c.Args[len(c.Args)-1]
			}
			if t := typeOf(arg); t != "" {
				decoded = append(decoded, t)
			}
		case slices.Contains(sendCalls, name):
			for _, a := range c.Args {
				if t := typeOf(a); t != "" {
					sent = append(sent, t)
				}
			}
		}
	}
	if len(decoded) > 0 {
		hosts := funcHosts(fd.Body, consts)
		if s.Decoded == nil {
			s.Decoded = map[string]hostClue{}
		}
		for _, t := range decoded {
			c := s.Decoded[t]
			c.merge(hosts)
			s.Decoded[t] = c
		}
	}
	for _, t := range sent {
		if slices.Contains(filled, t) {
			if s.Sent == nil {
				s.Sent = map[string]bool{}
			}
			s.Sent[t] = true
		}
	}
}

// codeName tells whether a Go field name may be a code field's.
func codeName(name string) bool { return KeyOfName(name) != "" || name == "Code" }

// calleeName returns the name of the function a call calls.
func calleeName(fun ast.Expr) string {
	switch x := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		return x.Sel.Name
	}
	return ""
}

// typeName returns a named type as written, "T" or "pkg.T", through
// pointers and type arguments; "" for another type.
func typeName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
			continue
		case *ast.ParenExpr:
			e = x.X
			continue
		case *ast.IndexExpr:
			e = x.X
			continue
		case *ast.IndexListExpr:
			e = x.X
			continue
		case *ast.Ident:
			return x.Name
		case *ast.SelectorExpr:
			if id, ok := x.X.(*ast.Ident); ok {
				return id.Name + "." + x.Sel.Name
			}
		}
		return ""
	}
}

// ownSummary returns the summary of the pass's package, read once.
func (p *Pass) ownSummary() *summary {
	if p.sum == nil {
		p.sum = summarize(p.pass.Fset, p.pass.Files)
	}
	return p.sum
}

// summaryOf returns the summary of pkg: the pass's own, or another
// package's from its fact or its files.
func (p *Pass) summaryOf(pkg *types.Package, pos token.Pos) *summary {
	if pkg == p.pass.Pkg {
		return p.ownSummary()
	}
	if p.Facts {
		var f summaryFact
		if p.pass.ImportPackageFact(pkg, &f) {
			return f.summary()
		}
		return &summary{}
	}
	return p.sums.get(pkg.Path(), func() *summary {
		fn := p.pass.Fset.PositionFor(pos, false).Filename
		if fn == "" || inGOROOT(fn) {
			return &summary{}
		}
		dir := filepath.Dir(fn)
		ents, err := os.ReadDir(dir)
		if err != nil {
			return &summary{}
		}
		fset := token.NewFileSet()
		var files []*ast.File
		for _, e := range ents {
			name := e.Name()
			if !e.Type().IsRegular() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parseFile(fset, filepath.Join(dir, name))
			if err != nil || f.Name.Name != pkg.Name() {
				continue
			}
			files = append(files, f)
		}
		return summarize(fset, files)
	})
}

// exportSummary exports the package's summary when it declares a struct
// type with a code field: only those can be asked about.
func (p *Pass) exportSummary() {
	scope := p.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok && hasCodeField(st, 0) {
			s := p.ownSummary()
			if s.Hosts.Any || len(s.Decoded) > 0 || len(s.Sent) > 0 {
				p.pass.ExportPackageFact(s.fact())
			}
			return
		}
	}
}

// hasCodeField tells whether st, or a struct nested in it, has a field
// with a code key.
func hasCodeField(st *types.Struct, depth int) bool {
	for i := range st.NumFields() {
		if k := jsonName(st, i); KeyOfName(k) != "" || slices.Contains(codeKeys, k) {
			return true
		}
		if in := nestedStruct(st.Field(i).Type()); in != nil && depth < 3 && hasCodeField(in, depth+1) {
			return true
		}
	}
	return false
}

// nestedStruct returns the anonymous struct that t holds (through
// pointers, slices, arrays and maps), or nil.
func nestedStruct(t types.Type) *types.Struct {
	for {
		switch x := t.(type) {
		case *types.Pointer:
			t = x.Elem()
		case *types.Slice:
			t = x.Elem()
		case *types.Array:
			t = x.Elem()
		case *types.Map:
			t = x.Elem()
		case *types.Struct:
			return x
		default:
			return nil
		}
	}
}

var _ analysis.Fact = (*summaryFact)(nil)

// parseFile parses the Go file fn with its comments (a package doc may
// name hosts).
func parseFile(fset *token.FileSet, fn string) (*ast.File, error) {
	src, err := os.ReadFile(fn)
	if err != nil {
		return nil, err
	}
	return parser.ParseFile(fset, fn, src, parser.ParseComments|parser.SkipObjectResolution)
}
