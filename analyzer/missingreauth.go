package analyzer

import (
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer/internal/reads"
	"github.com/msdklint/msdklint/catalog"
)

// checkReauth reports a switch or if chain (keyword kw at pos) on the
// code field ref that handles the specific codes values but none whose
// handling includes reauthorization. Pure refresh-token codes do not
// count: when the refresh fails, the player must still log in again.
func (p *checker) checkReauth(ref reads.Ref, pos token.Pos, kw string, values []int64) {
	if !p.enabledIn(MissingReauth) || !ref.NS.Platform {
		return
	}
	specific := false
	for _, v := range values {
		if v == 0 {
			continue
		}
		specific = true
		for _, e := range p.lookup(ref.NS, v) {
			if e.Reauth != catalog.ReauthNone {
				return
			}
		}
	}
	if !specific {
		return
	}
	var names []string
	for _, id := range ref.NS.IDs {
		for _, e := range p.cat().ReauthCodes(id) {
			name := p.constName(e)
			if name == "" {
				name = e.Namespace + " " + strconv.FormatInt(e.Code, 10)
			}
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return
	}
	list := names
	more := ""
	if len(list) > 6 {
		list, more = list[:6], p.msg(msgMore, len(names)-6)
	}
	p.reportOn(ref.NS, analysis.Diagnostic{
		Pos: pos, End: pos + token.Pos(len(kw)), Category: MissingReauth,
		Message: p.msg(msgMissingReauth, kw, types.ExprString(ref.X), strings.Join(list, ", ")+more),
	})
}
