package evidence

import (
	"slices"
	"strings"
	"testing"

	"github.com/msdklint/msdklint/catalog"
)

// FuzzDirective feeds comment texts to the directive parser and the
// lists directives take: no panic, and what comes out is trimmed.
func FuzzDirective(f *testing.F) {
	for _, s := range []string{
		"//msdklint:platform qq.platform,wechat",
		"//msdklint:ignore magic-code,unknown-code the reason // and a comment",
		"//msdklint:codes mygame.logic",
		"//msdklint:codes a.b,c.d",
		"//msdklint:reauth",
		"//msdklint:",
		"//msdklint:platform none",
		"// msdklint:platform qq",
		"//msdklint:platform\t qq , ,weibo//x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		name, args, ok := ParseDirective(text)
		if !ok {
			if strings.HasPrefix(text, Prefix) {
				t.Fatalf("%q not read as a directive", text)
			}
			return
		}
		if strings.Contains(name, " ") || args != strings.TrimSpace(args) {
			t.Fatalf("ParseDirective(%q) = %q, %q", text, name, args)
		}
		for _, ns := range SplitList(args) {
			if ns == "" || ns != strings.TrimSpace(ns) || strings.Contains(ns, ",") {
				t.Fatalf("SplitList(%q) has %q", args, ns)
			}
		}
		nss, err := splitNamespaces(args, catalog.Default())
		if err == nil && len(nss) == 0 {
			t.Fatalf("splitNamespaces(%q): no namespace and no error", args)
		}
		teamNamespace(args)
		if _, _, err := ParseBind(args); err == nil && !strings.Contains(args, "=") {
			t.Fatalf("ParseBind(%q) took a binding without =", args)
		}
	})
}

// FuzzTag feeds struct tags to the code-key reader.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		`json:"ret"`, `json:"errcode,omitempty" msdk:"wechat.platform"`, `json:"-"`, `json:",string"`,
		`msdk:"qq"`, `json:"ret" msdk:"none"`, `json:"err_type"`, `json:"ret`, "", `json:"RET"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tag string) {
		k, decided := tagKind(tag)
		if k.Key != "" && (!decided || !slices.Contains(codeKeys, k.Key)) {
			t.Fatalf("tagKind(%q) = %+v, %v", tag, k, decided)
		}
		if k2, d2 := tagKind(tag); k2 != k || d2 != decided {
			t.Fatalf("tagKind(%q) differs between calls", tag)
		}
		splitNamespaces(k.Tag, catalog.Default())
	})
}
