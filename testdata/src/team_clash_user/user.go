// Package teamclashuser imports two packages that declare one code of a
// namespace each: the second block is left out and said so; the others
// serve.
package teamclashuser // want `bad-directive: team codes game.clash of team_clash_b do not fit with the others in sight and are left out: .*code 7 of namespace game.clash is already defined`

import (
	_ "team_clash_a"
	_ "team_clash_b"
)

// Reply is bound to the team's namespaces.
//
//msdklint:platform game.clash,game.clashfree
type Reply struct {
	Ret int
	Msg string
}

func use(r Reply) bool {
	return r.Ret == 7 || r.Ret == 8 // want `magic-code: ret 7 is teamclasha.Seven` `magic-code: ret 8 is teamclashb.Eight`
}
