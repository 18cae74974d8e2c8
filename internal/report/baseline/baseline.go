// Package baseline records the findings of a repository so that a CI gate
// can fail only on new ones.
//
// An entry is keyed by what its finding is about, never by its message:
// the module path, the file (relative to its module root), the check, the
// namespaces of the compared field, the code, the enclosing declaration,
// the field, and an occurrence index among findings with the same key in
// the file. Neither line numbers nor the message are part of the key, so
// edits that move code, -lang and a reworded catalog keep the entries
// matching; a finding in another function, on another field or about
// another code is new.
//
// Files of versions 1 and 2 keyed entries by the message and the text of
// the flagged line. They are still read: their entries match by the parts
// of the old key that are not the message (module, file, check and line),
// as many findings as entries, and the run says to rewrite the file.
package baseline

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/msdklint/msdklint/internal/report"
)

// Version is the version of the file format written. Version 3 keys
// entries by their subject; 2 added the module path to 1's key.
const Version = 3

// An Entry is the key of one recorded finding.
type Entry struct {
	Module     string `json:"module,omitempty"` // "" for files outside modules, and in version 1 files
	File       string `json:"file"`
	Check      string `json:"check"`
	Namespace  string `json:"namespace,omitempty"`
	Code       string `json:"code,omitempty"`
	Decl       string `json:"decl,omitempty"`
	Field      string `json:"field,omitempty"`
	Occurrence int    `json:"occurrence,omitempty"`

	// Message and Line key the entries of version 1 and 2 files; Keys
	// sets Line, which Write leaves out, to match them.
	Message string `json:"message,omitempty"`
	Line    string `json:"line,omitempty"`
}

// legacy tells whether e is an entry of a version 1 or 2 file.
func (e Entry) legacy() bool { return e.Message != "" || e.Line != "" }

// key is e without the parts that only match old entries.
func (e Entry) key() Entry {
	e.Message, e.Line = "", ""
	return e
}

func (e Entry) String() string {
	file := e.File
	if e.Module != "" {
		file = e.Module + "/" + file // as -trimpath shows it
	}
	var s string
	if e.legacy() {
		s = fmt.Sprintf("%s: %s [%s] at %q", file, e.Message, e.Check, e.Line)
	} else {
		s = file + ": " + e.Check
		if e.Code != "" {
			s += " " + e.Code
		}
		if e.Namespace != "" {
			s += " (" + e.Namespace + ")"
		}
		if e.Field != "" {
			s += " on " + e.Field
		}
		if e.Decl != "" {
			s += " in " + e.Decl
		}
	}
	if e.Occurrence > 0 {
		s += fmt.Sprintf(" (occurrence %d)", e.Occurrence+1)
	}
	return s
}

// Fingerprint is a stable digest of the key of e, for reports that
// identify a finding by one opaque string (GitLab code quality): the
// same finding across runs, languages and catalog versions has the same
// fingerprint.
func (e Entry) Fingerprint() string {
	k := e.key()
	h := sha256.New()
	for _, part := range []string{k.Module, k.File, k.Check, k.Namespace, k.Code, k.Decl, k.Field, strconv.Itoa(k.Occurrence)} {
		// Length-prefixed: no two keys give the same input.
		fmt.Fprintf(h, "%d:%s;", len(part), part)
	}
	return hex.EncodeToString(h.Sum(nil))
}

type file struct {
	Version int     `json:"version"`
	Entries []Entry `json:"entries"`
}

// Keys returns the entry of each finding, in the same order. Findings must
// be sorted by position within each file, so that occurrence indices count
// from the top of the file. Files outside any module are keyed relative to
// dir (the working directory), or by their absolute path. Line holds the
// trimmed text of the flagged line, to match version 1 and 2 entries.
func Keys(findings []report.Finding, files *report.Files, dir string) []Entry {
	keys := make([]Entry, len(findings))
	seen := make(map[Entry]int)
	for i, f := range findings {
		k := Entry{
			Check:     f.Check,
			Namespace: f.Subject.Namespace,
			Code:      f.Subject.Code,
			Decl:      f.Subject.Decl,
			Field:     f.Subject.Field,
		}
		if name := report.RelPath(f.ModuleDir, f.Start.Filename); name != "" {
			k.Module, k.File = f.ModulePath, name
		} else if name := report.RelPath(dir, f.Start.Filename); name != "" {
			k.File = name
		} else {
			k.File = filepath.ToSlash(f.Start.Filename)
		}
		base := k
		k.Occurrence = seen[base]
		seen[base]++
		line, _ := files.LineAt(f.File, f.Start.Offset)
		k.Line = string(bytes.TrimSpace(line))
		keys[i] = k
	}
	return keys
}

// Filter matches keys against the recorded entries. It returns the indices
// of the keys that are not recorded (new findings) and the recorded entries
// that matched no key (stale: the finding was fixed, or moved to another
// declaration or field).
//
// An entry of version 1 or 2 matches a key with the same module, file,
// check and line, whatever the message; as many keys as there are such
// entries, from the top of the file. One without a module (version 1)
// matches in any module.
func Filter(keys, recorded []Entry) (fresh []int, stale []Entry) {
	type old struct{ module, file, check, line string }
	current := make(map[Entry]int) // index into recorded
	legacy := make(map[old][]int)
	for i, e := range recorded {
		if e.legacy() {
			o := old{e.Module, e.File, e.Check, e.Line}
			legacy[o] = append(legacy[o], i)
		} else {
			current[e.key()] = i
		}
	}
	used := make([]bool, len(recorded))
	take := func(o old) bool {
		for _, i := range legacy[o] {
			if !used[i] {
				used[i] = true
				return true
			}
		}
		return false
	}
	for i, k := range keys {
		if j, ok := current[k.key()]; ok && !used[j] {
			used[j] = true
			continue
		}
		if take(old{k.Module, k.File, k.Check, k.Line}) || k.Module != "" && take(old{"", k.File, k.Check, k.Line}) {
			continue
		}
		fresh = append(fresh, i)
	}
	for i, e := range recorded {
		if !used[i] {
			stale = append(stale, e)
		}
	}
	return fresh, stale
}

// Read reads a baseline file of any version, and returns its version.
func Read(filename string) ([]Entry, int, error) {
	data, err := report.ReadFile(filename)
	if err != nil {
		return nil, 0, err
	}
	var f file
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, 0, fmt.Errorf("%s: not a baseline file: %v", filename, err)
	}
	if f.Version < 1 || f.Version > Version {
		return nil, 0, fmt.Errorf("%s: baseline version %d, want %d (or 1, 2)", filename, f.Version, Version)
	}
	for _, e := range f.Entries {
		switch {
		case f.Version == 1 && e.Module != "":
			return nil, 0, fmt.Errorf("%s: not a baseline file: version 1 has no module field", filename)
		case f.Version < 3 && (e.Namespace != "" || e.Code != "" || e.Decl != "" || e.Field != ""):
			return nil, 0, fmt.Errorf("%s: not a baseline file: version %d keys entries by message and line", filename, f.Version)
		case f.Version == 3 && e.legacy():
			return nil, 0, fmt.Errorf("%s: not a baseline file: version 3 keys entries by declaration, field and code, not message and line", filename)
		case f.Version < 3 && e.Message == "":
			// A legacy entry must say it is one.
			return nil, 0, fmt.Errorf("%s: not a baseline file: an entry of version %d has no message", filename, f.Version)
		}
	}
	return f.Entries, f.Version, nil
}

// Write writes entries as a baseline file of this version, sorted so that
// the file diffs well under version control.
func Write(w io.Writer, entries []Entry) error {
	sorted := make([]Entry, len(entries))
	for i, e := range entries {
		sorted[i] = e.key()
	}
	slices.SortFunc(sorted, func(a, b Entry) int {
		return cmp.Or(
			strings.Compare(a.Module, b.Module),
			strings.Compare(a.File, b.File),
			strings.Compare(a.Decl, b.Decl),
			strings.Compare(a.Check, b.Check),
			strings.Compare(a.Field, b.Field),
			strings.Compare(a.Namespace, b.Namespace),
			strings.Compare(a.Code, b.Code),
			cmp.Compare(a.Occurrence, b.Occurrence))
	})
	data, err := json.MarshalIndent(file{Version, sorted}, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
