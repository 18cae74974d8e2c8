// Package teamcodes declares a game's own codes.
package teamcodes

// Codes of the game's logic server.
//
//msdklint:codes mygame.logic
const (
	// The player has too little gold.
	NotEnoughGold = -30001
	// The session was kicked by another login.
	//msdklint:reauth
	SessionKicked = -30002
)

// Reply is the game's own reply.
//
//msdklint:platform mygame
type Reply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func own(r Reply) bool {
	return r.Ret == -30003 // want `unknown-code: ret -30003 is in no namespace \(searched mygame\)`
}
