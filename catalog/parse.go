package catalog

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// An Error is one problem of the data at File:Line. Parse and Extend
// return every problem they find, joined with errors.Join; use errors.As
// to get the first.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	switch {
	case e.File == "" && e.Line == 0:
		return e.Msg
	case e.File == "":
		return "line " + strconv.Itoa(e.Line) + ": " + e.Msg
	}
	return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
}

// joinErrors sorts errs by position and joins them; nil when empty.
func joinErrors(errs []*Error) error {
	if len(errs) == 0 {
		return nil
	}
	sortErrors(errs)
	list := make([]error, len(errs))
	for i, e := range errs {
		list[i] = e
	}
	return errors.Join(list...)
}

// Parse parses a catalog in the data format of codes.txt (see the package
// documentation). filename names the data in errors, which read
// "filename:LINE: what is wrong"; all of them are returned, not only the
// first.
func Parse(filename string, src []byte) (*Catalog, error) {
	p := &parser{file: filename, byName: map[string]*nsState{}}
	p.parse(src)
	c, errs := build(p.namespaces, p.entries)
	errs = append(p.errs, errs...)
	if len(errs) > 0 {
		return nil, joinErrors(errs)
	}
	return c, nil
}

type parser struct {
	file       string
	errs       []*Error
	namespaces []*Namespace
	entries    []*Entry
	byName     map[string]*nsState
	ns         *nsState    // the current namespace
	entry      *entryState // the current entry, nil before the namespace's first
	skip       bool        // in a namespace whose line is bad
	line       int
}

type nsState struct {
	ns   *Namespace
	keys map[string]int // title key -> line
}

type entryState struct {
	e    *Entry
	keys map[string]int  // key -> line
	bad  map[string]bool // keys given with a bad value, already reported
}

// entryKeys are the keys an entry takes; only note may repeat.
var entryKeys = map[string]bool{
	"name": true, "action": true, "reauth": true, "en": true, "zh": true,
	"advice.en": true, "advice.zh": true, "source": true, "alias": true, "note": true,
	"deprecated": true,
}

func (p *parser) errorf(line int, format string, args ...any) {
	p.errs = append(p.errs, &Error{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) parse(src []byte) {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	for p.line = 1; len(src) > 0; p.line++ {
		var raw []byte
		raw, src, _ = bytes.Cut(src, []byte("\n"))
		if !utf8.Valid(raw) {
			p.errorf(p.line, "invalid UTF-8")
			continue
		}
		line := strings.TrimSpace(string(raw))
		if line == "" || line[0] == '#' {
			continue
		}
		key, value := line, ""
		if i := strings.IndexAny(line, " \t"); i >= 0 {
			key, value = line[:i], strings.TrimSpace(line[i+1:])
		}
		p.keyValue(key, value)
	}
	p.endEntry()
	for _, n := range p.namespaces {
		st := p.byName[n.Name]
		for _, k := range [...]string{"title.en", "title.zh"} {
			if _, ok := st.keys[k]; !ok {
				p.errorf(n.Line, "namespace %s: missing %s", n.Name, k)
			}
		}
	}
}

func (p *parser) keyValue(key, value string) {
	switch key {
	case "namespace":
		p.openNamespace(value)
		return
	case "code", "range":
		p.openEntry(key, value)
		return
	}
	nsKey := key == "title.en" || key == "title.zh" || key == "source" || key == "note"
	if !nsKey && !entryKeys[key] {
		p.errorf(p.line, "unknown key %q", key)
		return
	}
	if value == "" {
		p.errorf(p.line, "%s has no value", key)
		return
	}
	if p.entry != nil && entryKeys[key] {
		p.entryKey(key, value)
		return
	}
	if p.skip {
		return
	}
	if nsKey {
		if p.ns == nil {
			p.errorf(p.line, "%s before any namespace line", key)
			return
		}
		if p.entry != nil {
			p.errorf(p.line, "%s belongs to namespace %s and must come before its first entry", key, p.ns.ns.Name)
			return
		}
		p.namespaceKey(key, value)
		return
	}
	p.errorf(p.line, "%s outside an entry: open one with a code or range line", key)
}

func (p *parser) openNamespace(value string) {
	p.endEntry()
	p.ns = nil
	// After a bad namespace line, its keys and entries are skipped: they
	// would only repeat the error.
	p.skip = true
	if value == "" || strings.ContainsAny(value, " \t") {
		p.errorf(p.line, `namespace: want "namespace NAME"`)
		return
	}
	if msg := checkNamespaceName(value); msg != "" {
		p.errorf(p.line, "%s", msg)
		return
	}
	p.skip = false
	if st, ok := p.byName[value]; ok {
		p.ns = st
		return
	}
	n := &Namespace{Name: value, File: p.file, Line: p.line, ID: NSID(len(p.namespaces))}
	if len(p.namespaces) > maxNamespaces {
		p.errorf(p.line, "too many namespaces (at most %d)", maxNamespaces+1)
		p.skip = true
		return
	}
	st := &nsState{ns: n, keys: map[string]int{}}
	p.byName[value] = st
	p.namespaces = append(p.namespaces, n)
	p.ns = st
}

// maxNamespaces is the largest NSID.
const maxNamespaces = 1<<16 - 1

func (p *parser) namespaceKey(key, value string) {
	n := p.ns.ns
	switch key {
	case "title.en", "title.zh":
		if first, ok := p.ns.keys[key]; ok {
			p.errorf(p.line, "duplicate %s of namespace %s (first at line %d)", key, n.Name, first)
			return
		}
		p.ns.keys[key] = p.line
		if key == "title.en" {
			n.TitleEn = value
		} else {
			n.TitleZh = value
		}
	case "source":
		refs, ok := splitSource(value)
		if !ok {
			p.errorf(p.line, "source has no reference")
			return
		}
		n.Source = append(n.Source, refs...)
	case "note":
		n.Notes = append(n.Notes, value)
	}
}

func (p *parser) openEntry(kind, value string) {
	p.endEntry()
	if p.ns == nil {
		if !p.skip {
			p.errorf(p.line, "%s before any namespace line", kind)
		}
		return
	}
	args := strings.Fields(value)
	e := &Entry{Namespace: p.ns.ns.Name, File: p.file, Line: p.line}
	// A malformed opening line still opens an entry, so that its keys
	// are not reported as being outside one; the entry is then dropped.
	st := &entryState{e: e, keys: map[string]int{}, bad: map[string]bool{}}
	ok := true
	if kind == "code" {
		if len(args) != 1 {
			p.errorf(p.line, `code: want "code N"`)
			ok = false
		} else if e.Code, ok = p.decimal("code", args[0]); ok {
			e.Hi = e.Code
		}
	} else {
		if len(args) != 2 {
			p.errorf(p.line, `range: want "range LO HI"`)
			ok = false
		} else {
			lo, ok1 := p.decimal("range", args[0])
			hi, ok2 := p.decimal("range", args[1])
			ok = ok1 && ok2
			if ok && lo > hi {
				p.errorf(p.line, "range %d %d: LO is greater than HI", lo, hi)
				ok = false
			}
			e.Code, e.Hi = lo, hi
		}
	}
	if !ok {
		e = nil
	}
	st.e = e
	p.entry = st
}

// decimal parses a signed decimal number of a code or range line.
func (p *parser) decimal(what, s string) (int64, bool) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		p.errorf(p.line, "%s: %s", what, numError(s, err, "a signed decimal number"))
		return 0, false
	}
	return n, true
}

func numError(s string, err error, want string) string {
	if errors.Is(err, strconv.ErrRange) {
		return fmt.Sprintf("%q is out of range", s)
	}
	return fmt.Sprintf("%q is not %s", s, want)
}

// parseAlias parses an alias: signed decimal or 0x hex.
func parseAlias(s string) (int64, error) {
	digits := strings.TrimPrefix(s, "-")
	if strings.HasPrefix(digits, "0x") || strings.HasPrefix(digits, "0X") {
		u, err := strconv.ParseUint(digits[2:], 16, 64)
		if err != nil {
			return 0, err
		}
		if s[0] == '-' {
			if u > 1<<63 {
				return 0, strconv.ErrRange
			}
			return int64(-u), nil
		}
		if u > 1<<63-1 {
			return 0, strconv.ErrRange
		}
		return int64(u), nil
	}
	return strconv.ParseInt(s, 10, 64)
}

func splitSource(value string) ([]string, bool) {
	var refs []string
	for _, r := range strings.Split(value, ";") {
		if r = strings.TrimSpace(r); r != "" {
			refs = append(refs, r)
		}
	}
	return refs, len(refs) > 0
}

func (p *parser) entryKey(key, value string) {
	st := p.entry
	if key != "note" {
		if first, ok := st.keys[key]; ok {
			p.errorf(p.line, "duplicate key %s (first at line %d)", key, first)
			return
		}
	}
	st.keys[key] = p.line
	e := st.e
	if e == nil {
		e = new(Entry) // the opening line was malformed; check the keys anyway
	}
	switch key {
	case "name":
		if !isExportedIdent(value) {
			p.errorf(p.line, "name %q is not an exported Go identifier (A-Z first, then letters, digits, _)", value)
		}
		e.Name = value
	case "deprecated":
		for _, f := range strings.Fields(value) {
			if !isExportedIdent(f) {
				p.errorf(p.line, "deprecated name %q is not an exported Go identifier", f)
				continue
			}
			e.Deprecated = append(e.Deprecated, f)
		}
	case "action":
		a, ok := ParseAction(value)
		if !ok {
			p.errorf(p.line, "unknown action %q (want one of %s)", value, actionList())
			st.bad[key] = true
		}
		e.Action = a
	case "reauth":
		r, ok := ParseReauth(value)
		if !ok {
			p.errorf(p.line, "unknown reauth %q (want stated or inferred)", value)
			st.bad[key] = true
		}
		e.Reauth = r
	case "en":
		e.En = value
	case "zh":
		e.Zh = value
	case "advice.en":
		e.AdviceEn = value
	case "advice.zh":
		e.AdviceZh = value
	case "source":
		refs, ok := splitSource(value)
		if !ok {
			p.errorf(p.line, "source has no reference")
			st.bad[key] = true
		}
		e.Source = refs
	case "alias":
		for _, f := range strings.Fields(value) {
			n, err := parseAlias(f)
			if err != nil {
				p.errorf(p.line, "alias: %s", numError(f, err, "a signed decimal or 0x hex number"))
				continue
			}
			e.Aliases = append(e.Aliases, n)
		}
	case "note":
		e.Notes = append(e.Notes, value)
	}
}

func actionList() string {
	var b strings.Builder
	for _, a := range Actions() {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(a.String())
	}
	return b.String()
}

// endEntry checks the current entry's keys and adds it.
func (p *parser) endEntry() {
	st := p.entry
	p.entry = nil
	if st == nil || st.e == nil {
		return
	}
	e := st.e
	var missing []string
	need := []string{"action", "source"}
	if e.Seed() {
		need = append(need, "name", "en", "zh")
	}
	for _, k := range need {
		if _, ok := st.keys[k]; !ok {
			missing = append(missing, k)
		}
	}
	switch {
	case len(missing) == 1:
		p.errorf(e.Line, "%s: missing key %s", describe(e), missing[0])
	case len(missing) > 1:
		p.errorf(e.Line, "%s: missing keys %s", describe(e), strings.Join(missing, ", "))
	}
	if !e.Seed() && e.En == "" && e.Zh == "" {
		p.errorf(e.Line, "%s: needs en or zh", describe(e))
	}
	// Reauth rules are checked only on valid values: a bad one is
	// reported already.
	if _, ok := st.keys["action"]; ok && !st.bad["action"] && !st.bad["reauth"] {
		for _, msg := range checkReauth(e) {
			p.errorf(e.Line, "%s: %s", describe(e), msg)
		}
	}
	for _, msg := range checkAliases(e) {
		p.errorf(e.Line, "%s: %s", describe(e), msg)
	}
	if len(e.Deprecated) > 0 && e.Name == "" {
		p.errorf(e.Line, "%s: deprecated names need a name to stand for", describe(e))
	}
	p.entries = append(p.entries, e)
}

// describe names e in errors: "code 5", "range 1 3".
func describe(e *Entry) string {
	if e.IsRange() {
		return fmt.Sprintf("range %d %d", e.Code, e.Hi)
	}
	return fmt.Sprintf("code %d", e.Code)
}

// checkReauth checks the rules that tie reauth to action.
func checkReauth(e *Entry) []string {
	switch {
	case e.Action == ActionReauthorize && e.Reauth == ReauthNone:
		return []string{"action reauthorize needs reauth stated or reauth inferred"}
	case e.Reauth != ReauthNone && e.Action != ActionReauthorize && e.Action != ActionRefreshToken:
		return []string{fmt.Sprintf("reauth is allowed only with action reauthorize or refresh-token, not %s", e.Action)}
	}
	return nil
}

// checkAliases checks e's aliases on their own.
func checkAliases(e *Entry) []string {
	if len(e.Aliases) == 0 {
		return nil
	}
	if e.IsRange() {
		return []string{"a range cannot have aliases"}
	}
	var msgs []string
	for i, a := range e.Aliases {
		if a == e.Code {
			msgs = append(msgs, fmt.Sprintf("alias %d is the code itself", a))
		}
		for _, b := range e.Aliases[:i] {
			if a == b {
				msgs = append(msgs, fmt.Sprintf("alias %d is given twice", a))
				break
			}
		}
	}
	return msgs
}

// checkNamespaceName checks a namespace name: platform.part[.part], each
// segment a lower-case letter followed by lower-case letters, digits or
// underscores (the platform becomes a Go package name).
func checkNamespaceName(name string) string {
	segs := strings.Split(name, ".")
	ok := len(segs) >= 2
	for _, s := range segs {
		ok = ok && isLowerIdent(s)
	}
	if !ok {
		return fmt.Sprintf("namespace %q: want platform.part[.part], lower-case letters, digits and _", name)
	}
	return ""
}

func isLowerIdent(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// isExportedIdent reports whether s is an ASCII exported Go identifier.
func isExportedIdent(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
