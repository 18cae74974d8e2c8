package catalog_test

import (
	"strings"
	"testing"

	"github.com/msdklint/msdklint/catalog"
)

// Issue 16: a note shown to a user names documents by title, never as
// "seed 001".
func TestCite(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"returned by the access layer directly (seed 001 §1).", "returned by the access layer directly (MSDK server error codes, §1 overview and err_type)."},
		{"Seeds 001 and 000 prefix the text", "MSDK server error codes and QQ platform error codes (QGSK wording) prefix the text"},
		{"Not in seed 001 §4; added by seeds 000 and 003.", "Not in MSDK server error codes, §4 QQ platform; added by QQ platform error codes (QGSK wording) and QQ platform error codes (English)."},
		{"(seed 003 §IV.A, §IV.B, §IV.C)", "(QQ platform error codes (English), §IV.A OIDB common codes, §IV.B PayToken check (OIDB 0x73a), §IV.C accessToken check (OIDB 0x711))"},
		{"as seed 003.", "as QQ platform error codes (English)."},
		{"no seed here", "no seed here"},
	} {
		if got := catalog.Cite(c.in); got != c.want {
			t.Errorf("Cite(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	for _, e := range catalog.Default().Entries() {
		for _, n := range e.Notes {
			if got := catalog.Cite(n); strings.Contains(strings.ToLower(got), "seed ") || strings.Contains(strings.ToLower(got), "seeds ") {
				t.Errorf("catalog/codes.txt:%d: note still cites a seed: %s", e.Line, got)
			}
		}
	}
	for _, n := range catalog.Default().Namespaces() {
		for _, note := range n.Notes {
			if got := catalog.Cite(note); strings.Contains(strings.ToLower(got), "seed") {
				t.Errorf("namespace %s: note still cites a seed: %s", n.Name, got)
			}
		}
	}
}

func TestSourceTitle(t *testing.T) {
	for _, e := range catalog.Default().Entries() {
		for _, ref := range e.Source {
			for _, lang := range []string{"en", "zh"} {
				if got := catalog.SourceTitle(ref, lang); got == ref || strings.Contains(got, "seed") {
					t.Errorf("catalog/codes.txt:%d: %s in %s is %q", e.Line, ref, lang, got)
				}
			}
		}
	}
	if got := catalog.SourceTitle("seed 001 §4", "zh"); got != "MSDK Server错误码, §4 手Q平台错误码" {
		t.Errorf("zh title %q", got)
	}
}
