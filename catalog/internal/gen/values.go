package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// A constant must never change value under the same name: code written
// against the old value would compile and silently compare another code.
// catalog/values.txt records every value each generated constant has
// held, and go generate only ever adds to it; a name that holds two
// values needs a line in CHANGELOG.md saying so (docs/design.md, "The
// catalog module").

const valuesPath = "catalog/values.txt"

const valuesHeader = `# Every constant of the generated packages (deprecated aliases included),
# with every value it has held, oldest first: "pkg.Name value [value ...]".
# Written by go generate in catalog/, which only adds names and appends
# changed values; never edit a value away. A name holding two values needs
# a CHANGELOG.md line naming it and both values: ` + "`pkg.Name` OLD -> NEW" + `.
`

// constValues type-checks the generated constants packages among files
// and returns the value of every exported constant, by "pkg.Name".
func constValues(files []file) (map[string]string, error) {
	vals := map[string]string{}
	fset := token.NewFileSet()
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".go") {
			continue
		}
		af, err := parser.ParseFile(fset, f.Path, f.Data, 0)
		if err != nil {
			return nil, err
		}
		pkg, err := new(types.Config).Check(af.Name.Name, fset, []*ast.File{af}, nil)
		if err != nil {
			return nil, err
		}
		for _, name := range pkg.Scope().Names() {
			if c, ok := pkg.Scope().Lookup(name).(*types.Const); ok && c.Exported() {
				vals[pkg.Name()+"."+name] = c.Val().ExactString()
			}
		}
	}
	return vals, nil
}

// parseValues parses values.txt: each name's values, oldest first.
func parseValues(data []byte) (map[string][]string, error) {
	rec := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want a name and its values", valuesPath, n)
		}
		if _, dup := rec[fields[0]]; dup {
			return nil, fmt.Errorf("%s:%d: %s listed twice", valuesPath, n, fields[0])
		}
		rec[fields[0]] = fields[1:]
	}
	return rec, sc.Err()
}

// values returns the new values.txt: old's history plus every constant of
// now, a new name added and a changed value appended. Names no longer
// generated keep their line, so a name that comes back is held to it.
func values(old []byte, now map[string]string) ([]byte, error) {
	rec, err := parseValues(old)
	if err != nil {
		return nil, err
	}
	for name, v := range now {
		if vs := rec[name]; len(vs) == 0 || vs[len(vs)-1] != v {
			rec[name] = append(vs, v)
		}
	}
	names := make([]string, 0, len(rec))
	for name := range rec {
		names = append(names, name)
	}
	slices.Sort(names)
	var b bytes.Buffer
	b.WriteString(valuesHeader)
	for _, name := range names {
		fmt.Fprintf(&b, "%s %s\n", name, strings.Join(rec[name], " "))
	}
	return b.Bytes(), nil
}

// unlogged returns each change of value in rec that changelog does not
// record as "`pkg.Name` OLD -> NEW", as that text.
func unlogged(rec map[string][]string, changelog string) []string {
	var missing []string
	for name, vs := range rec {
		for i := 1; i < len(vs); i++ {
			if vs[i] == vs[i-1] {
				continue
			}
			if line := fmt.Sprintf("`%s` %s -> %s", name, vs[i-1], vs[i]); !strings.Contains(changelog, line) {
				missing = append(missing, line)
			}
		}
	}
	slices.Sort(missing)
	return missing
}
