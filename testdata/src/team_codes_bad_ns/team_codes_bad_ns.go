// Package teamcodesbadns has a bad //msdklint:codes block beside a good
// one: the bad one is reported here, and importers keep the good codes
// and the bindings.
package teamcodesbadns

// Two namespaces in one block.
//
//msdklint:codes a.b,c.d // want `bad-directive: //msdklint:codes wants one namespace platform.part, not "a.b,c.d"`
const (
	// Not a team code: its block is bad.
	NotEnoughGold = -30001
)

// The good block.
//
//msdklint:codes mygame.logic
const (
	// The session was kicked.
	//msdklint:reauth
	SessionKicked = -30002
)

// Reply is the game's reply.
//
//msdklint:platform mygame
type Reply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}
