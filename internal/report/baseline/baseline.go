// Package baseline records the findings of a repository so that a CI gate
// can fail only on new ones.
//
// An entry is keyed by the module path, the file (relative to its module
// root), the check,
// the message, the trimmed text of the flagged line, and an occurrence
// index among findings with the same key in the file. Line numbers are not
// part of the key, so edits elsewhere in a file that shift lines keep the
// entries matching; editing the flagged line itself makes its finding new,
// which is what a reviewer wants to see.
package baseline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"

	"github.com/msdklint/msdklint/internal/report"
)

// Version is the version of the file format. Version 2 added the module
// path to the key; version 1 files are still read, their entries matching
// a finding in any module.
const Version = 2

// An Entry is the key of one recorded finding.
type Entry struct {
	Module     string `json:"module,omitempty"` // "" for files outside modules, and in version 1 files
	File       string `json:"file"`
	Check      string `json:"check"`
	Message    string `json:"message"`
	Line       string `json:"line"`
	Occurrence int    `json:"occurrence,omitempty"`
}

func (e Entry) String() string {
	file := e.File
	if e.Module != "" {
		file = e.Module + "/" + file // as -trimpath shows it
	}
	s := fmt.Sprintf("%s: %s [%s] at %q", file, e.Message, e.Check, e.Line)
	if e.Occurrence > 0 {
		s += fmt.Sprintf(" (occurrence %d)", e.Occurrence+1)
	}
	return s
}

type file struct {
	Version int     `json:"version"`
	Entries []Entry `json:"entries"`
}

// Keys returns the entry of each finding, in the same order. Findings must
// be sorted by position within each file, so that occurrence indices count
// from the top of the file. Files outside any module are keyed relative to
// dir (the working directory), or by their absolute path.
func Keys(findings []report.Finding, files *report.Files, dir string) []Entry {
	keys := make([]Entry, len(findings))
	seen := make(map[Entry]int)
	for i, f := range findings {
		k := Entry{Check: f.Check, Message: f.Message}
		if name := report.RelPath(f.ModuleDir, f.Start.Filename); name != "" {
			k.Module, k.File = f.ModulePath, name
		} else if name := report.RelPath(dir, f.Start.Filename); name != "" {
			k.File = name
		} else {
			k.File = filepath.ToSlash(f.Start.Filename)
		}
		line, _ := files.LineAt(f.File, f.Start.Offset)
		k.Line = string(bytes.TrimSpace(line))
		k.Occurrence = seen[k]
		seen[k]++
		keys[i] = k
	}
	return keys
}

// Filter matches keys against the recorded entries. It returns the indices
// of the keys that are not recorded (new findings) and the recorded entries
// that matched no key (stale: the finding was fixed or its line edited).
// A recorded entry without a module (version 1) matches one key of any
// module, the first.
func Filter(keys, recorded []Entry) (fresh []int, stale []Entry) {
	set := make(map[Entry]bool, len(recorded))
	for _, e := range recorded {
		set[e] = true
	}
	used := make(map[Entry]bool)
	for i, k := range keys {
		anyModule := k
		anyModule.Module = ""
		switch {
		case set[k]:
			used[k] = true
		case set[anyModule] && !used[anyModule]:
			used[anyModule] = true
		default:
			fresh = append(fresh, i)
		}
	}
	for _, e := range recorded {
		if !used[e] {
			stale = append(stale, e)
		}
	}
	return fresh, stale
}

// Read reads a baseline file of this version or version 1.
func Read(filename string) ([]Entry, error) {
	data, err := report.ReadFile(filename)
	if err != nil {
		return nil, err
	}
	var f file
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: not a baseline file: %v", filename, err)
	}
	if f.Version != Version && f.Version != 1 {
		return nil, fmt.Errorf("%s: baseline version %d, want %d (or 1)", filename, f.Version, Version)
	}
	if f.Version == 1 {
		for _, e := range f.Entries {
			if e.Module != "" {
				return nil, fmt.Errorf("%s: not a baseline file: version 1 has no module field", filename)
			}
		}
	}
	return f.Entries, nil
}

// Write writes entries as a baseline file, sorted so that the file diffs
// well under version control.
func Write(w io.Writer, entries []Entry) error {
	sorted := append([]Entry(nil), entries...)
	sort.Slice(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.Module != b.Module {
			return a.Module < b.Module
		}
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Check != b.Check {
			return a.Check < b.Check
		}
		if a.Message != b.Message {
			return a.Message < b.Message
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Occurrence < b.Occurrence
	})
	if sorted == nil {
		sorted = []Entry{}
	}
	data, err := json.MarshalIndent(file{Version, sorted}, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
