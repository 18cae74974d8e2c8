package catalog

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
)

// reservedNames are the identifiers that every generated constants
// package declares besides the constants; no entry may use them as its
// name.
var reservedNames = map[string]bool{"Name": true}

// errAt returns an error at e's position.
func errAt(e *Entry, format string, args ...any) *Error {
	return &Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf(format, args...)}
}

// where names e's position in a message.
func where(e *Entry) string {
	switch {
	case e.File != "":
		return e.File + ":" + strconv.Itoa(e.Line)
	case e.Line > 0:
		return "line " + strconv.Itoa(e.Line)
	}
	return "an extension"
}

func sortErrors(errs []*Error) {
	slices.SortStableFunc(errs, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
}

// build checks what concerns more than one entry (codes and names defined
// twice, overlapping ranges) and indexes the catalog. Every entry's
// namespace is in nss, whose Entries are empty.
func build(nss []*Namespace, entries []*Entry) (*Catalog, []*Error) {
	c := &Catalog{
		entries:    entries,
		namespaces: nss,
		byName:     make(map[string]NSID, len(nss)),
		byConst:    make(map[string]*Entry),
		expand:     make(map[string][]NSID),
		exact:      make([]map[int64]*Entry, len(nss)),
		ranges:     make([][]*Entry, len(nss)),
		reauth:     make([][]*Entry, len(nss)),
	}
	for _, n := range nss {
		c.exact[n.ID] = map[int64]*Entry{}
		c.byName[n.Name] = n.ID
		c.expand[n.Name] = []NSID{n.ID}
		c.expand[n.Platform()] = append(c.expand[n.Platform()], n.ID)
	}
	for k, ids := range c.expand {
		c.expand[k] = ids[:len(ids):len(ids)]
	}

	var errs []*Error
	type nsCode struct {
		ns   NSID
		code int64
	}
	type def struct {
		e     *Entry
		alias bool
	}
	defs := make(map[nsCode]def, len(entries))
	names := make(map[string]*Entry)
	order := make(map[*Entry]int) // of ranges, to report an overlap at the later one
	for i, e := range entries {
		id := c.byName[e.Namespace]
		nss[id].Entries = append(nss[id].Entries, e)
		// A package declares the constants, the deprecated aliases and the
		// range functions in one scope: no identifier twice.
		idents := e.Deprecated
		if e.Name != "" {
			idents = append([]string{e.Name}, e.Deprecated...)
		}
		if f := e.RangeFunc(); f != "" {
			idents = append(idents, f)
		}
		for _, id := range idents {
			qualified := e.Platform() + "." + id
			if reservedNames[id] {
				errs = append(errs, errAt(e, "name %s is reserved for the generated function %s", id, qualified))
			} else if prev, ok := names[qualified]; ok {
				errs = append(errs, errAt(e, "name %s is already used in package %s by %s %s (%s)",
					id, e.Platform(), prev.Namespace, describe(prev), where(prev)))
			} else {
				names[qualified] = e
			}
		}
		if e.Name != "" {
			c.byConst[e.Const()] = e
			for _, d := range e.Deprecated {
				c.byConst[e.Platform()+"."+d] = e
			}
		}
		if e.IsRange() {
			c.ranges[id] = append(c.ranges[id], e)
			order[e] = i
			continue
		}
		for i := -1; i < len(e.Aliases); i++ {
			code, alias := e.Code, i >= 0
			if alias {
				code = e.Aliases[i]
			}
			k := nsCode{id, code}
			if prev, ok := defs[k]; ok {
				if prev.e != e { // an alias given twice is reported by checkAliases
					errs = append(errs, errAt(e, "%s of namespace %s is already defined: %s (%s)",
						spell(code, alias, e), e.Namespace, spell(code, prev.alias, prev.e), where(prev.e)))
				}
				continue
			}
			defs[k] = def{e, alias}
			c.exact[id][code] = e
		}
	}

	for id, rs := range c.ranges {
		slices.SortStableFunc(rs, func(a, b *Entry) int { return cmp.Compare(a.Code, b.Code) })
		for i := 1; i < len(rs); i++ {
			a, b := rs[i-1], rs[i]
			if b.Code > a.Hi {
				continue
			}
			if order[b] < order[a] {
				a, b = b, a
			}
			errs = append(errs, errAt(b, "%s overlaps %s of namespace %s (%s)", describe(b), describe(a), nss[id].Name, where(a)))
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}

	for id, n := range nss {
		var rs []*Entry
		for _, e := range n.Entries {
			if e.Reauth != ReauthNone {
				rs = append(rs, e)
			}
		}
		slices.SortStableFunc(rs, func(a, b *Entry) int { return cmp.Compare(a.Code, b.Code) })
		c.reauth[id] = rs[:len(rs):len(rs)]
	}
	c.index()
	return c, nil
}

// spell names code in a message: "code 5" or "alias 255 of code -1".
func spell(code int64, alias bool, e *Entry) string {
	if alias {
		return fmt.Sprintf("alias %d of code %d", code, e.Code)
	}
	return fmt.Sprintf("code %d", code)
}

// index precomputes Find's answers so that Find never allocates: one slice
// per exact code or alias, and one per span of codes lying in the same
// ranges.
func (c *Catalog) index() {
	// A code's entries come from the namespaces defining it exactly and
	// those with ranges, merged in NSID order.
	var withRanges []NSID
	for id, rs := range c.ranges {
		if len(rs) > 0 {
			withRanges = append(withRanges, NSID(id))
		}
	}
	byCode := make(map[int64][]NSID)
	for id, m := range c.exact {
		for code := range m {
			byCode[code] = append(byCode[code], NSID(id))
		}
	}
	c.find = make(map[int64][]*Entry, len(byCode))
	for code, ids := range byCode {
		var es []*Entry
		for i, j := 0, 0; i < len(ids) || j < len(withRanges); {
			var id NSID
			switch {
			case j == len(withRanges) || i < len(ids) && ids[i] < withRanges[j]:
				id, i = ids[i], i+1
			case i == len(ids) || withRanges[j] < ids[i]:
				id, j = withRanges[j], j+1
			default: // the same namespace in both lists
				id, i, j = ids[i], i+1, j+1
			}
			if e, ok := c.Lookup(id, code); ok {
				es = append(es, e)
			}
		}
		c.find[code] = es[:len(es):len(es)]
	}

	var pts []int64
	for _, rs := range c.ranges {
		for _, r := range rs {
			pts = append(pts, r.Code)
			if r.Hi < math.MaxInt64 {
				pts = append(pts, r.Hi+1)
			}
		}
	}
	slices.Sort(pts)
	pts = slices.Compact(pts)
	for i, lo := range pts {
		hi := int64(math.MaxInt64)
		if i+1 < len(pts) {
			hi = pts[i+1] - 1
		}
		var es []*Entry
		for _, id := range withRanges {
			if r := rangeAt(c.ranges[id], lo); r != nil {
				es = append(es, r)
			}
		}
		if len(es) > 0 {
			c.segs = append(c.segs, segment{lo, hi, es[:len(es):len(es)]})
		}
	}
}

// Extend returns a new catalog with entries added, such as a team's own
// codes. An entry of a namespace c lacks creates it, with the platform
// of its first segment. Each entry needs a valid Namespace and Action
// and Hi >= Code (Hi == Code for a single code); defining a code that the
// namespace already defines is an error naming both. c is not modified.
func (c *Catalog) Extend(entries []Entry) (*Catalog, error) {
	nss := make([]*Namespace, len(c.namespaces), len(c.namespaces)+len(entries))
	byName := make(map[string]NSID, len(c.namespaces))
	for i, n := range c.namespaces {
		cp := *n
		cp.Entries = nil
		nss[i] = &cp
		byName[n.Name] = n.ID
	}
	all := slices.Grow(slices.Clone(c.entries), len(entries))
	var errs []*Error
	for i := range entries {
		e := entries[i]
		e.Source = slices.Clone(e.Source)
		e.Aliases = slices.Clone(e.Aliases)
		e.Notes = slices.Clone(e.Notes)
		e.Deprecated = slices.Clone(e.Deprecated)
		var msgs []string
		if _, ok := byName[e.Namespace]; !ok {
			if msg := checkNamespaceName(e.Namespace); msg != "" {
				errs = append(errs, errAt(&e, "%s", msg))
				continue
			}
			if len(nss) > maxNamespaces {
				errs = append(errs, errAt(&e, "too many namespaces (at most %d)", maxNamespaces+1))
				continue
			}
			n := &Namespace{Name: e.Namespace, ID: NSID(len(nss)), File: e.File, Line: e.Line}
			nss = append(nss, n)
			byName[n.Name] = n.ID
		}
		if e.Hi < e.Code {
			msgs = append(msgs, fmt.Sprintf("Hi %d is less than Code %d (set Hi = Code for a single code)", e.Hi, e.Code))
		}
		if e.Name != "" && !isExportedIdent(e.Name) {
			msgs = append(msgs, fmt.Sprintf("name %q is not an exported Go identifier", e.Name))
		}
		for _, d := range e.Deprecated {
			if !isExportedIdent(d) {
				msgs = append(msgs, fmt.Sprintf("deprecated name %q is not an exported Go identifier", d))
			}
		}
		if len(e.Deprecated) > 0 && e.Name == "" {
			msgs = append(msgs, "deprecated names need a name to stand for")
		}
		switch {
		case !e.Action.Valid():
			msgs = append(msgs, fmt.Sprintf("invalid action %s", e.Action))
		case e.Reauth > ReauthInferred:
			msgs = append(msgs, fmt.Sprintf("invalid reauth %s", e.Reauth))
		default:
			msgs = append(msgs, checkReauth(&e)...)
		}
		msgs = append(msgs, checkAliases(&e)...)
		for _, m := range msgs {
			errs = append(errs, errAt(&e, "%s %s: %s", e.Namespace, describe(&e), m))
		}
		if len(msgs) == 0 {
			all = append(all, &e)
		}
	}
	if len(errs) > 0 {
		return nil, joinErrors(errs)
	}
	nc, errs := build(nss, all)
	if len(errs) > 0 {
		return nil, joinErrors(errs)
	}
	return nc, nil
}
