package evidence

import (
	"github.com/msdklint/msdklint/analyzer/internal/lexicon"
)

// A nameClue is what a name says: the look-alike it spells (with the
// spelling), or the platforms it names.
type nameClue struct {
	foreign string
	plats   []string
}

// any tells whether the name names anyone.
func (c nameClue) any() bool { return c.foreign != "" || len(c.plats) > 0 }

// nameWords reads a name once per run, as the lexicon reads a name of
// its kind ("type", "receiver", "file" or "package"): the fields of
// every package ask about the same types, files and package paths.
func (p *Pass) nameWords(kind, name string) nameClue {
	k := lexicon.Ident
	switch kind {
	case "file":
		k = lexicon.File
	case "package":
		k = lexicon.Package
	}
	return p.clues.get(kind+" "+name, func() nameClue {
		m := lexicon.Classify(name, k)
		switch {
		case m.LookAlike:
			return nameClue{foreign: m.Word}
		case m.Found():
			return nameClue{plats: m.Platforms.List()}
		}
		return nameClue{}
	})
}
