package lexicon

import (
	"fmt"
	"strings"
)

// Markdown renders the table for docs/binding.md: the platforms'
// spellings, the look-alikes', the suffix list and the hosts.
func Markdown() string {
	var b strings.Builder
	b.WriteString("| spelling | platform | matches | notes |\n| --- | --- | --- | --- |\n")
	for _, e := range table {
		if !e.LookAlike && e.Form != HostName {
			row(&b, e)
		}
	}
	b.WriteString("\nLook-alikes: nothing is reported on a name that spells one, even when it spells a platform too.\n\n")
	b.WriteString("| spelling | vendor | matches | notes |\n| --- | --- | --- | --- |\n")
	for _, e := range table {
		if e.LookAlike && e.Form != HostName {
			row(&b, e)
		}
	}
	fmt.Fprintf(&b, "\nIn an import or module path, an element that names WeChat followed, anywhere later, by an element that is one of %s (in any case, without - and _) is WeCom's: `PowerWeChat/v3/src/work/response`, `wechat/corp`.\n", code(wecomElems))
	fmt.Fprintf(&b, "\nA compound's suffix is one of: %s, each maybe followed by digits.\n", code(suffixes))
	b.WriteString("\n| host | namespaces | API |\n| --- | --- | --- |\n")
	for _, e := range table {
		if e.Form != HostName {
			continue
		}
		nss := "none: " + e.Owner + ", a look-alike"
		if !e.LookAlike {
			nss = "`" + strings.Join(e.Namespaces, ",") + "`"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", e.Spelling, nss, cell(e.Note))
	}
	return b.String()
}

func row(b *strings.Builder, e Entry) {
	form := e.Form.String()
	if e.Version {
		form += ", with a version"
	}
	if strings.Contains(e.Spelling, " ") {
		form += "; its words joined or apart"
	}
	fmt.Fprintf(b, "| `%s` | %s | %s | %s |\n", e.Spelling, e.Owner, form, cell(e.Note))
}

func code(ws []string) string {
	return "`" + strings.Join(ws, "`, `") + "`"
}

// cell escapes the pipes of a table cell.
func cell(s string) string {
	return strings.ReplaceAll(s, "|", `\|`)
}
