package teamblocksuser

import "team_blocks"

// GuildRsp is bound to the good block of team_blocks.
//
//msdklint:platform game.other
type GuildRsp struct {
	Ret int
	Msg string
}

func use(r GuildRsp, o teamblocks.Reply) bool {
	return r.Ret == 2002 || o.Ret == 2001 // want `magic-code: ret 2002 is teamblocks.Kicked` `magic-code: ret 2001 is teamblocks.GuildFull`
}
