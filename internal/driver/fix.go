package driver

import (
	"fmt"
	"go/ast"
	"go/format"
	"os"
	"sort"

	"github.com/msdklint/msdklint/internal/report"
)

// An edit is a byte-offset replacement in one file.
type edit struct {
	start, end int
	new        string
}

// applyFixes applies the first suggested fix of each finding, or prints
// them as a unified diff with -diff. A fix that overlaps an already
// accepted fix is reported and skipped, so the result never mixes halves
// of two fixes; identical edits (two fixes adding the same import) are
// made once. It returns which findings were fixed.
func (d *run) applyFixes(findings []report.Finding, diags []diag) ([]bool, error) {
	fixed := make([]bool, len(findings))
	generated := make(map[string]bool)
	for _, dg := range diags {
		pkg := dg.act.Package
		for _, f := range pkg.Syntax {
			name := pkg.Fset.File(f.FileStart).Name()
			if _, ok := generated[name]; !ok {
				generated[name] = ast.IsGenerated(f)
			}
		}
	}

	accepted := make(map[string][]edit)
	var conflicts int
fixes:
	for i, f := range findings {
		if len(f.Fixes) == 0 {
			continue
		}
		fix := f.Fixes[0]
		fileEdits := make(map[string][]edit)
		for _, e := range fix.Edits {
			name := e.Start.Filename
			if generated[name] {
				continue fixes
			}
			content, err := d.files.Read(name)
			if err != nil {
				return nil, err
			}
			if tf := diags[i].act.Package.Fset.File(diags[i].diag.Pos); tf != nil && tf.Name() == name && tf.Size() != len(content) {
				return nil, fmt.Errorf("%s changed while it was analyzed; no fix applied", name)
			}
			if e.Start.Offset > e.End.Offset || e.End.Offset > len(content) {
				return nil, fmt.Errorf("%s: fix %q has an edit out of range [%d, %d)", name, fix.Message, e.Start.Offset, e.End.Offset)
			}
			fileEdits[name] = append(fileEdits[name], edit{e.Start.Offset, e.End.Offset, e.New})
		}
		merged := make(map[string][]edit)
		for name, edits := range fileEdits {
			m, ok := merge(accepted[name], edits)
			if !ok {
				conflicts++
				fmt.Fprintf(d.cfg.Stderr, "%s: %s:%d:%d: fix %q conflicts with another fix; not applied\n",
					d.cfg.Name, d.display(f.Start.Filename), f.Start.Line, f.Start.Col, fix.Message)
				continue fixes
			}
			merged[name] = m
		}
		for name, m := range merged {
			accepted[name] = m
		}
		fixed[i] = true
	}

	names := make([]string, 0, len(accepted))
	for name := range accepted {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		old, _ := d.files.Read(name) // cached above
		src := apply(old, accepted[name])
		if formatted, err := format.Source(src); err == nil {
			src = formatted
		}
		if d.opts.diff {
			rel := report.RelPath(d.dir, name)
			from, to := name, name
			if rel != "" {
				from, to = "a/"+rel, "b/"+rel
			}
			if _, err := d.cfg.Stdout.Write([]byte(unified(from, to, string(old), string(src)))); err != nil {
				return nil, err
			}
			continue
		}
		perm := os.FileMode(0o644)
		if fi, err := os.Stat(name); err == nil {
			perm = fi.Mode().Perm()
		}
		if err := os.WriteFile(name, src, perm); err != nil {
			return nil, err
		}
	}
	if conflicts > 0 {
		fmt.Fprintf(d.cfg.Stderr, "%s: %d conflicting fixes skipped; run again to apply them\n", d.cfg.Name, conflicts)
	}
	return fixed, nil
}

// merge adds edits to the sorted list acc. Identical edits are coalesced;
// an edit that overlaps a different one is a conflict. Different
// insertions at the same point are all kept, earlier fixes first (as
// x/tools' diff.Merge does: two fixes adding two imports).
func merge(acc, edits []edit) ([]edit, bool) {
	out := append([]edit(nil), acc...)
	for _, e := range edits {
		dup := false
		for _, a := range out {
			switch {
			case a == e:
				dup = true
			case a.start < e.end && e.start < a.end:
				return nil, false
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].start != out[j].start {
			return out[i].start < out[j].start
		}
		return out[i].end < out[j].end // an insertion before a replacement at the same point
	})
	return out, true
}

// apply applies sorted, non-overlapping edits to src.
func apply(src []byte, edits []edit) []byte {
	var out []byte
	last := 0
	for _, e := range edits {
		out = append(out, src[last:e.start]...)
		out = append(out, e.new...)
		last = e.end
	}
	return append(out, src[last:]...)
}
