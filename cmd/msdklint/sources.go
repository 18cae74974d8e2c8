package main

import (
	"strings"

	"github.com/msdklint/msdklint/catalog"
)

// sourceText describes the catalog's source references by document title
// and section, in lang: "MSDK server error codes, §4 QQ platform".
func sourceText(refs []string, lang string) string {
	out := make([]string, len(refs))
	for i, ref := range refs {
		out[i] = catalog.SourceTitle(ref, lang)
	}
	return strings.Join(out, "; ")
}
