// Package teamblocks has two bad //msdklint:codes blocks beside a good
// one: each bad block is reported at its own line and left out alone;
// the good block serves this package and its importers.
package teamblocks

// The protocol's codes, one of them twice.
//
//msdklint:codes game.proto
const (
	// Not found.
	ItemNotFound = 1001 // want `bad-directive: team codes do not fit the catalog: team_blocks.go:11: code 1001 of namespace game.proto is already defined`
	// Not found again.
	ItemMissing = 1001
)

// A namespace the catalog cannot spell.
//
//msdklint:codes 游戏.协议 // want `bad-directive: //msdklint:codes wants one namespace platform.part, not "游戏.协议"`
const (
	// Busy.
	Busy = 3001
)

// The guild backend's codes.
//
//msdklint:codes game.other
const (
	// The guild is full.
	GuildFull = 2001
	// The session was kicked.
	//msdklint:reauth
	Kicked = 2002
)

// Reply is the guild backend's reply.
//
//msdklint:platform game.other
type Reply struct {
	Ret int
	Msg string
}

func own(r Reply) bool {
	return r.Ret == 2001 || r.Ret == 2009 // want `magic-code: ret 2001 is teamblocks.GuildFull` `unknown-code: ret 2009 is in no namespace \(searched game.other\)`
}
