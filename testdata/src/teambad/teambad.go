// Package teambad declares a team code twice.
package teambad

//msdklint:codes mygame.dup
const (
	// First.
	First = -40001 // want `bad-directive: team codes do not fit the catalog: .*-40001`
	// Again.
	Again = -40001
)
