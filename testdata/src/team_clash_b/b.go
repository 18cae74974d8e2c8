// Package teamclashb declares game.clash's code 7 too, and a block of its
// own.
package teamclashb

// Codes.
//
//msdklint:codes game.clash
const (
	// Also seven.
	AlsoSeven = 7
)

// Other codes.
//
//msdklint:codes game.clashfree
const (
	// Eight.
	Eight = 8
)
