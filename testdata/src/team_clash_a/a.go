// Package teamclasha declares game.clash's code 7.
package teamclasha

// Codes.
//
//msdklint:codes game.clash
const (
	// Seven.
	Seven = 7
)
