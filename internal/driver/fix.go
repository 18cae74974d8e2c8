package driver

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"go/format"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/aymanbagabas/go-udiff"
	"golang.org/x/mod/modfile"

	"github.com/msdklint/msdklint/internal/report"
)

// fix applies the first suggested fix of each finding, or with -diff
// prints the changes as a unified diff. It returns the findings left
// unfixed, and false when a file could not be fixed.
//
// Fixes are taken whole or not at all: a fix that overlaps an already
// taken one is reported and skipped; identical edits (two fixes adding
// the same import) are made once. Edits go only to files the analysis
// read, by their real names (not those of //line directives), inside a
// main module, not generated and not rewritten by cgo. A file whose fixed
// text does not parse is left alone. Files are written all or none.
func (d *run) fix(findings []report.Finding) (left []report.Finding, ok bool) {
	ok = true
	accepted := make(map[string][]udiff.Edit)
	fixedIn := make(map[string][]int) // file -> the findings fixed in it
	var conflicts int
fixes:
	for i, f := range findings {
		if len(f.Fixes) == 0 {
			continue
		}
		fix := f.Fixes[0]
		byFile := make(map[string][]udiff.Edit)
		for _, e := range fix.Edits {
			if reason := d.unfixable(e); reason != "" {
				if reason != "generated" {
					d.errorf("%s: fix %q not applied: %s", d.position(f), fix.Message, reason)
				}
				continue fixes
			}
			byFile[e.File] = append(byFile[e.File], udiff.Edit{Start: e.Start.Offset, End: e.End.Offset, New: e.New})
		}
		for name, edits := range byFile {
			if !fits(accepted[name], edits) {
				conflicts++
				d.errorf("%s: fix %q conflicts with another fix; not applied", d.position(f), fix.Message)
				continue fixes
			}
		}
		for name, edits := range byFile {
			accepted[name] = add(accepted[name], edits)
			fixedIn[name] = append(fixedIn[name], i)
		}
	}

	out := make(map[string][]byte)
	for _, name := range slices.Sorted(maps.Keys(accepted)) {
		src, err := d.fixed(name, accepted[name])
		if err != nil {
			d.errorf("%v", err)
			ok = false
			delete(fixedIn, name)
			continue
		}
		if d.opts.diff {
			old, _ := d.files.Read(name) // read by d.fixed
			from, to := name, name
			if rel := report.RelPath(d.dir, name); rel != "" {
				from, to = "a/"+rel, "b/"+rel
			}
			fmt.Fprint(d.cfg.Stdout, unified(from, to, old, src, accepted[name]))
			continue
		}
		out[name] = src
	}
	if len(out) > 0 {
		old := make(map[string][]byte)
		for name := range out {
			old[name], _ = d.files.Read(name) // read by d.fixed
		}
		if err := d.writeFiles(out, old); err != nil {
			d.errorf("%v; no file changed", err)
			return findings, false
		}
		for _, name := range slices.Sorted(maps.Keys(out)) {
			d.errorf("fixed %s (%d %s)", d.display(name), len(fixedIn[name]), plural(len(fixedIn[name]), "fix", "fixes"))
		}
		d.importHints(out, accepted)
	}
	if conflicts > 0 {
		d.errorf("%d conflicting fixes skipped; run again to apply them", conflicts)
	}

	fixed := make(map[int]bool)
	for _, idx := range fixedIn {
		for _, i := range idx {
			fixed[i] = true
		}
	}
	for i, f := range findings {
		if !fixed[i] {
			left = append(left, f)
		}
	}
	return left, ok
}

// fits tells whether edits may join the accepted ones, sorted by (Start,
// End): none overlaps a different accepted edit. As with x/tools'
// diff.Merge, identical edits coalesce and insertions at one point are
// all kept; unlike it, the cost is that of the neighbours, not of the
// whole list, so 10,000 fixes in a file stay linear.
func fits(accepted, edits []udiff.Edit) bool {
	for _, e := range edits {
		at := insertAt(accepted, e)
		for j := at - 1; j >= 0 && accepted[j].End >= e.Start; j-- {
			if a := accepted[j]; a != e && a.Start < e.End && e.Start < a.End {
				return false
			}
		}
		for j := at; j < len(accepted) && accepted[j].Start < e.End; j++ {
			if a := accepted[j]; a.Start < e.End && e.Start < a.End {
				return false
			}
		}
	}
	return true
}

// add adds the edits that fit (see fits) to accepted, in order; an edit
// identical to an accepted one is made once.
func add(accepted, edits []udiff.Edit) []udiff.Edit {
	for _, e := range edits {
		at := insertAt(accepted, e)
		dup := false
		for j := at - 1; j >= 0 && accepted[j].Start == e.Start && accepted[j].End == e.End; j-- {
			dup = dup || accepted[j] == e
		}
		if !dup {
			accepted = slices.Insert(accepted, at, e)
		}
	}
	return accepted
}

// insertAt is where e goes in edits sorted by (Start, End): after the
// edits with the same bounds, so insertions at one point keep their order.
func insertAt(edits []udiff.Edit, e udiff.Edit) int {
	i, _ := slices.BinarySearchFunc(edits, e, func(a, e udiff.Edit) int {
		if c := cmp.Or(cmp.Compare(a.Start, e.Start), cmp.Compare(a.End, e.End)); c != 0 {
			return c
		}
		return -1 // equal bounds sort before e
	})
	return i
}

// unfixable says why an edit may not be made, or "".
func (d *run) unfixable(e report.Edit) string {
	// Edits whose position is unknown (see unknowable) were dropped.
	src := d.read[e.File]
	switch {
	case src.generated:
		return "generated"
	case src.moduleDir == "":
		return d.display(e.File) + " is outside the main module"
	}
	return ""
}

// fixed returns the content of name with the edits made, gofmt'ed when
// the file was.
func (d *run) fixed(name string, edits []udiff.Edit) ([]byte, error) {
	old, err := d.files.Read(name)
	if err != nil {
		return nil, err
	}
	if len(old) != d.read[name].size {
		return nil, fmt.Errorf("%s changed while it was analyzed; not fixed", d.display(name))
	}
	src, err := udiff.ApplyBytes(old, edits)
	if err != nil {
		return nil, fmt.Errorf("%s: %v; not fixed", d.display(name), err)
	}
	formatted, err := format.Source(src)
	if err != nil {
		// A fix must never leave a file that does not build.
		return nil, fmt.Errorf("%s: the fixed file would not parse (%v); not fixed", d.display(name), err)
	}
	if clean, err := format.Source(old); err != nil || !bytes.Equal(clean, old) {
		// The file was not gofmt'ed: gofmt would rewrite lines the fixes
		// never touched (a doc comment's spacing, the user's own
		// layout). Only the edits are made; the result parses, as
		// format.Source just showed.
		return src, nil
	}
	return formatted, nil
}

// unified returns the diff from old to src, which the edits and gofmt
// made. When gofmt changed nothing, the lines each group of edits touches
// are diffed alone: the cost stays linear in the file whatever the number
// of fixes, and a diff of the whole repetitive text would pair lines less
// well.
func unified(from, to string, old, src []byte, edits []udiff.Edit) string {
	if applied, err := udiff.ApplyBytes(old, edits); err == nil && bytes.Equal(applied, src) {
		if diff, err := udiff.ToUnified(from, to, string(old), lineEdits(string(old), edits), udiff.DefaultContextLines); err == nil {
			return diff
		}
	}
	return udiff.Unified(from, to, string(old), string(src))
}

// lineEdits turns sorted, non-overlapping edits into edits of whole lines
// that change no line needlessly.
func lineEdits(src string, edits []udiff.Edit) []udiff.Edit {
	var out []udiff.Edit
	for i := 0; i < len(edits); {
		// The window: the lines of edits[i] and of the edits that
		// share or touch them.
		start := strings.LastIndexByte(src[:edits[i].Start], '\n') + 1
		end := lineEnd(src, edits[i].End)
		var repl strings.Builder
		last := start
		for ; i < len(edits) && edits[i].Start <= end; i++ {
			repl.WriteString(src[last:edits[i].Start])
			repl.WriteString(edits[i].New)
			last = edits[i].End
			end = max(end, lineEnd(src, edits[i].End))
		}
		repl.WriteString(src[last:end])
		for _, e := range udiff.Lines(src[start:end], repl.String()) {
			out = append(out, udiff.Edit{Start: start + e.Start, End: start + e.End, New: e.New})
		}
	}
	return out
}

// lineEnd is the offset after the line terminator of the line holding
// offset, or len(src).
func lineEnd(src string, offset int) int {
	if nl := strings.IndexByte(src[offset:], '\n'); nl >= 0 {
		return offset + nl + 1
	}
	return len(src)
}

// importHints tells the user how to require the module of an import that
// a fix added when the file's module does not require it.
func (d *run) importHints(written map[string][]byte, edits map[string][]udiff.Edit) {
	hinted := make(map[string]bool)
	for _, name := range slices.Sorted(maps.Keys(written)) {
		for prefix, module := range d.cfg.FixImports {
			added := slices.ContainsFunc(edits[name], func(e udiff.Edit) bool { return strings.Contains(e.New, `"`+prefix) })
			if !added || hinted[module] {
				continue
			}
			if modDir := d.read[name].moduleDir; !requires(modDir, module) {
				hinted[module] = true
				d.errorf("%s", importHint(module, d.cfg.FixSources[module], modDir, filepath.Join(d.display(modDir), "go.mod")))
			}
		}
	}
}

// importHint is the advice for a module whose go.mod (in modDir, shown as
// gomod) lacks module: the command that works for what it sees. A
// published module is one go get; before a release the go command can
// fetch nothing, and go.mod must require the module at a made-up version
// and replace it with a local copy (which also keeps the build offline).
// A vendor folder must be refreshed after either.
func importHint(module string, src FixSource, modDir, gomod string) string {
	var cmd string
	switch {
	case replaces(modDir, module):
		cmd = "go mod edit -require=" + module + "@v0.0.0"
	case src.Version == "" && src.Dir != "":
		cmd = "go mod edit -require=" + module + "@v0.0.0 " + shellQuote("-replace="+module+"="+src.Dir)
	case src.Version != "":
		cmd = "go get " + module + "@" + src.Version
	default:
		cmd = "go get " + module
	}
	if fi, err := os.Stat(filepath.Join(modDir, "vendor")); err == nil && fi.IsDir() {
		cmd += " && go mod vendor"
	}
	msg := fmt.Sprintf("the fixes import packages of %s, which %s does not require: run %s", module, gomod, cmd)
	if src.Placeholder && strings.Contains(cmd, src.Dir) {
		msg += fmt.Sprintf(" (%s: the folder of a local copy of %s)", src.Dir, module)
	}
	return msg
}

// shellQuote quotes arg for a POSIX shell when it needs it, so that the
// printed command can be pasted whatever the folder's name.
func shellQuote(arg string) string {
	if !strings.ContainsFunc(arg, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./=@:+,", r))
	}) {
		return arg
	}
	return "'" + strings.ReplaceAll(arg, "'", `'\''`) + "'"
}

// replaces tells whether the go.mod in modDir replaces module.
func replaces(modDir, module string) bool {
	gomod := filepath.Join(modDir, "go.mod")
	data, err := report.ReadFile(gomod)
	if err != nil {
		return false
	}
	// ParseLax skips replace directives.
	mf, err := modfile.Parse(gomod, data, nil)
	return err == nil && slices.ContainsFunc(mf.Replace, func(r *modfile.Replace) bool { return r.Old.Path == module })
}

// requires tells whether the go.mod in modDir is module or requires it.
func requires(modDir, module string) bool {
	gomod := filepath.Join(modDir, "go.mod")
	data, err := report.ReadFile(gomod)
	if err != nil {
		return true // no go.mod to give advice about
	}
	mf, err := modfile.ParseLax(gomod, data, nil)
	if err != nil {
		return true
	}
	if mf.Module != nil && (mf.Module.Mod.Path == module || strings.HasPrefix(module, mf.Module.Mod.Path+"/")) {
		return true
	}
	return slices.ContainsFunc(mf.Require, func(r *modfile.Require) bool { return r.Mod.Path == module })
}

// errInterrupted is the error of a write that an interrupt stopped
// before any file was replaced.
var errInterrupted = errors.New("interrupted")

// writeFiles replaces the files with their new contents, all or none as
// far as the OS allows: every new content goes to a temporary file beside
// its target first, and only when all are written are they renamed over
// the targets. A target the user may not write is not replaced. old has
// the current contents, restored should a rename fail; nil for files that
// need none (one file: a single rename either happens or not).
//
// It all runs inside Config.Critical, where the command's signal handler
// does not end the process, so that no temporary file is left behind and
// no rename is cut short. An interrupt (the context) stops the writing of
// temporary files, before the next one; once the renames start, they run
// to the end.
func (d *run) writeFiles(contents, old map[string][]byte) (err error) {
	critical := d.cfg.Critical
	if critical == nil {
		critical = func(f func()) { f() }
	}
	critical(func() { err = d.writeAll(contents, old) })
	return err
}

func (d *run) writeAll(contents, old map[string][]byte) (err error) {
	temps := make(map[string]string)
	defer func() {
		if err != nil {
			for _, tmp := range temps {
				os.Remove(tmp)
			}
		}
	}()
	for _, name := range slices.Sorted(maps.Keys(contents)) {
		if d.cfg.writing != nil {
			d.cfg.writing(name, false)
		}
		if d.cfg.Context.Err() != nil {
			return errInterrupted
		}
		perm := os.FileMode(0o644)
		if fi, err := os.Stat(name); err == nil {
			if !fi.Mode().IsRegular() {
				return fmt.Errorf("%s: not a regular file", name)
			}
			perm = fi.Mode().Perm()
			// Renaming would replace a read-only file, even one the
			// user may not write: refuse, as an editor would (the mode
			// bit first, which root's access ignores).
			if perm&0o200 == 0 {
				return fmt.Errorf("%s is read-only", name)
			}
			f, err := os.OpenFile(name, os.O_WRONLY, 0)
			if err != nil {
				return err
			}
			f.Close()
		}
		tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".msdklint-*")
		if err != nil {
			return err
		}
		temps[name] = tmp.Name()
		_, err = tmp.Write(contents[name])
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Chmod(tmp.Name(), perm)
		}
		if err != nil {
			return err
		}
	}
	if d.cfg.Context.Err() != nil {
		return errInterrupted
	}
	return d.renameAll(temps, old)
}

// renameAll renames the temporary files over their targets. Should one
// fail, the targets already replaced get their old contents back.
func (d *run) renameAll(temps map[string]string, old map[string][]byte) error {
	var done []string
	for _, name := range slices.Sorted(maps.Keys(temps)) {
		if d.cfg.writing != nil {
			d.cfg.writing(name, true)
		}
		if err := os.Rename(temps[name], name); err != nil {
			var lost []string
			for _, prev := range done {
				if err := restore(prev, old[prev]); err != nil {
					lost = append(lost, fmt.Sprintf("%s (%v)", prev, err))
				}
			}
			if len(lost) > 0 {
				return fmt.Errorf("%v; these files were fixed and could not be restored: %s", err, strings.Join(lost, ", "))
			}
			return err
		}
		delete(temps, name)
		done = append(done, name)
	}
	d.replaced = true
	return nil
}

// restore puts back the old content of name, atomically.
func restore(name string, old []byte) error {
	if old == nil {
		return errors.New("no old content")
	}
	fi, err := os.Stat(name)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".msdklint-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(old)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), fi.Mode().Perm())
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
