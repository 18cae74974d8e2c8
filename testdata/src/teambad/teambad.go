// Package teambad declares a team code twice.
package teambad

//msdklint:codes mygame.dup
const (
	// First.
	First = -40001 // want `bad-directive: team codes do not fit the catalog: teambad.go:\d+: .*-40001`
	// Again.
	Again = -40001
)
