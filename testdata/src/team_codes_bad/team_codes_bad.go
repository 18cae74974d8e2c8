// Package teamcodesbad declares a team code twice.
package teamcodesbad

//msdklint:codes mygame.dup
const (
	// First.
	First = -40001 // want `bad-directive: team codes do not fit the catalog: team_codes_bad.go:\d+: .*-40001`
	// Again.
	Again = -40001
)
