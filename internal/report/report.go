// Package report holds the driver's view of a finding, shared by the
// output formats (text, SARIF) and the baseline.
//
// A Finding is self-contained: positions are resolved, paths are absolute,
// and the module root is known, so the formats need no go/token.FileSet.
package report

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
)

// A Finding is one diagnostic of the analyzer, resolved.
type Finding struct {
	Check     string // the diagnostic's category: the check name
	Message   string
	URL       string
	Start     Pos
	End       Pos    // == Start when the diagnostic has no extent
	ModuleDir string // root of the module that holds the file; "" outside modules
	Fixes     []Fix
}

// A Pos is a position in a file: Line and Col are 1-based, Col counts
// bytes (as go/token does); Offset is the 0-based byte offset.
type Pos struct {
	Filename  string
	Offset    int
	Line, Col int
}

// A Fix is a suggested fix: edits that belong together.
type Fix struct {
	Message string
	Edits   []Edit
}

// An Edit replaces the bytes [Start, End) of a file with New.
type Edit struct {
	Start, End Pos // same Filename
	New        string
}

// RelPath returns filename relative to dir, with forward slashes, or ""
// when dir is empty or filename is not inside dir.
func RelPath(dir, filename string) string {
	if dir == "" {
		return ""
	}
	rel, err := filepath.Rel(dir, filename)
	if err != nil || rel == ".." || len(rel) > 2 && rel[:3] == ".."+string(filepath.Separator) {
		return ""
	}
	return filepath.ToSlash(rel)
}

// Files reads and caches file contents; the formats need the text of the
// flagged lines (baseline keys, UTF-16 columns). Safe for concurrent use.
type Files struct {
	mu    sync.Mutex
	cache map[string][]byte
}

// Read returns the content of filename.
func (f *Files) Read(filename string) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if data, ok := f.cache[filename]; ok {
		return data, nil
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		return nil, err
	}
	if f.cache == nil {
		f.cache = make(map[string][]byte)
	}
	f.cache[filename] = data
	return data, nil
}

// Line returns the text of the 1-based line of filename, without its line
// terminator, or nil when the file cannot be read or has no such line.
func (f *Files) Line(filename string, line int) []byte {
	data, err := f.Read(filename)
	if err != nil || line < 1 {
		return nil
	}
	for i := 1; i < line; i++ {
		nl := bytes.IndexByte(data, '\n')
		if nl < 0 {
			return nil
		}
		data = data[nl+1:]
	}
	if nl := bytes.IndexByte(data, '\n'); nl >= 0 {
		data = data[:nl]
	}
	return bytes.TrimSuffix(data, []byte("\r"))
}
