// Package report holds the driver's view of a finding, shared by the
// output formats (text, JSON, SARIF) and the baseline.
//
// A Finding is self-contained: positions are resolved, paths are absolute,
// and the module is known, so the formats need no go/token.FileSet.
package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"sync"
)

// A Finding is one diagnostic of the analyzer, resolved.
type Finding struct {
	Package  string // the ID of the package analyzed (JSON groups by it)
	Analyzer string // the analyzer's name
	Check    string // the diagnostic's category: the check name
	Message  string
	URL      string
	// File is the file the analysis read, by its real name, and the
	// offsets of Start and End are byte offsets into it. Start.Filename
	// and the lines are those shown to the user, which //line directives
	// may move to another file.
	File       string
	Start      Pos
	End        Pos    // == Start when the diagnostic has no extent
	ModuleDir  string // root of the module that holds the file; "" outside modules
	ModulePath string // that module's path
	Fixes      []Fix
	Related    []Related
	// Subject is what the finding is about, read from the code rather
	// than from the message.
	Subject Subject
	// Fingerprint, when set, is the digest of the finding's baseline key
	// among all the findings of the run (baseline.Entry.Fingerprint),
	// for reports written after the baseline filtered some out.
	Fingerprint string
}

// A Subject is what a finding is about, in words that do not change with
// the language or the wording of the messages: the baseline's keys and
// the code-quality fingerprints are made of it.
type Subject struct {
	Decl      string // the enclosing top-level declaration: "F", "Type.Method", "Type"; "" outside any
	Field     string // the compared field ("Reply.Ret") or variable ("ret"); "" when none
	Code      string // the constant compared at the finding ("-4013"); "" when none
	Namespace string // the namespaces of the field, as the analyzer bound it ("qq.platform"); "" when unknown
}

// A Pos is a position as go/token shows it: Line and Col are 1-based, Col
// counts bytes; Offset is the 0-based byte offset in the file read.
type Pos struct {
	Filename  string
	Offset    int
	Line, Col int
}

// String formats p as token.Position does: file:line:col.
func (p Pos) String() string {
	s := p.Filename
	if p.Line > 0 {
		if s != "" {
			s += ":"
		}
		s += strconv.Itoa(p.Line)
		if p.Col > 0 {
			s += ":" + strconv.Itoa(p.Col)
		}
	}
	if s == "" {
		s = "-"
	}
	return s
}

// A Fix is a suggested fix: edits that belong together.
type Fix struct {
	Message string
	Edits   []Edit
}

// An Edit replaces the bytes [Start.Offset, End.Offset) of File with New.
type Edit struct {
	File       string // the real name of the file, as read by the analysis
	Start, End Pos    // as shown (//line-adjusted)
	New        string
}

// Related is a secondary position of a finding.
type Related struct {
	Start, End Pos
	Message    string
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

// MaxFileSize bounds what ReadFile reads: more than any source file, far
// less than a device or a runaway file would feed.
const MaxFileSize = 256 << 20

// ReadFile reads a regular file of at most MaxFileSize bytes. It refuses
// devices and FIFOs before opening them, as opening a FIFO blocks and
// reading /dev/zero never ends.
func ReadFile(filename string) ([]byte, error) {
	fi, err := os.Stat(filename)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", filename)
	}
	if fi.Size() > MaxFileSize {
		return nil, fmt.Errorf("%s: larger than %d MiB", filename, MaxFileSize>>20)
	}
	f, err := os.Open(filename)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The file may have been swapped since the Stat: read no more than
	// the cap whatever it is now.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("%s: larger than %d MiB", filename, MaxFileSize>>20)
	}
	return data, nil
}

// ErrNotRead is returned for a file that Files was told not to read.
var ErrNotRead = errors.New("not a file the analysis read")

// Files reads and caches file contents; the formats need the text of the
// flagged lines (baseline keys, UTF-16 columns). Safe for concurrent use.
type Files struct {
	mu    sync.Mutex
	cache map[string][]byte
}

// Read returns the content of filename (see ReadFile).
func (f *Files) Read(filename string) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if data, ok := f.cache[filename]; ok {
		return data, nil
	}
	data, err := ReadFile(filename)
	if err != nil {
		return nil, err
	}
	if f.cache == nil {
		f.cache = make(map[string][]byte)
	}
	f.cache[filename] = data
	return data, nil
}

// LineAt returns the text of the line of filename that holds the byte
// offset, without its line terminator, and the offset of the line's
// start; nil when the file cannot be read or is shorter. Its cost is the
// length of the line, whatever the size of the file.
func (f *Files) LineAt(filename string, offset int) (line []byte, start int) {
	data, err := f.Read(filename)
	if err != nil || offset < 0 || offset > len(data) {
		return nil, 0
	}
	start = bytes.LastIndexByte(data[:offset], '\n') + 1
	end := len(data)
	if nl := bytes.IndexByte(data[offset:], '\n'); nl >= 0 {
		end = offset + nl
	}
	return bytes.TrimSuffix(data[start:end], []byte("\r")), start
}
