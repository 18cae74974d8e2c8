package catalog_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/msdklint/msdklint/catalog"
)

// errLine is the form of every error Parse returns.
var errLine = regexp.MustCompile(`^f\.txt:([0-9]+): \S`)

// FuzzParse checks that Parse never panics, that every error names a
// line of the input, and that a catalog it returns keeps its promises.
// The seed corpus is testdata/fuzz/FuzzParse plus the inputs below.
func FuzzParse(f *testing.F) {
	f.Add([]byte(fixture))
	f.Add([]byte(head + "code 1\n" + entry + "range 0 5\n" + entry))
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := catalog.Parse("f.txt", src)
		if err != nil {
			if c != nil {
				t.Fatal("both a catalog and an error")
			}
			lines := strings.Count(string(src), "\n") + 1
			for _, msg := range strings.Split(err.Error(), "\n") {
				m := errLine.FindStringSubmatch(msg)
				if m == nil {
					t.Fatalf("error without position: %q", msg)
				}
				if n, _ := strconv.Atoi(m[1]); n < 1 || n > lines {
					t.Fatalf("error at line %d of %d: %q", n, lines, msg)
				}
			}
			return
		}
		checkInvariants(t, c)
		if _, err := c.Extend(nil); err != nil {
			t.Fatalf("Extend(nil): %v", err)
		}
	})
}
