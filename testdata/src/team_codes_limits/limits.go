// Package teamcodeslimits declares team codes at the limits of int64
// and uint64.
package teamcodeslimits

// The game's codes.
//
//msdklint:codes mygame.limits
const (
	// The largest int64.
	Max = 9223372036854775807
	// The smallest int64.
	Min = -9223372036854775808
	// The largest uint64, which no int64 holds.
	Huge uint64 = 18446744073709551615 // want `bad-directive: team code Huge = 18446744073709551615 does not fit int64, which msdklint reads codes as`
	// An ordinary code.
	Busy = 1001
)

// Reply is the game's reply.
//
//msdklint:platform mygame.limits
type Reply struct {
	Ret int64 `json:"ret"`
	Msg string
}

// UReply is the game's reply with an unsigned code.
//
//msdklint:platform mygame.limits
type UReply struct {
	Ret uint64 `json:"ret"` // want `dead-code-field: mygame.limits sends ret -9223372036854775808 \(teamcodeslimits.Min: The smallest int64.; tell the player\): the field's uint64 cannot hold it, so such a reply fails to decode and the field reads 0`
	Msg string
}

func use(r Reply, u UReply) bool {
	return r.Ret == 9223372036854775807 || // want `magic-code: ret 9223372036854775807 is teamcodeslimits.Max`
		r.Ret == -9223372036854775808 || // want `magic-code: ret -9223372036854775808 is teamcodeslimits.Min`
		r.Ret == 9223372036854775806 || // want `unknown-code: ret 9223372036854775806 is in no namespace`
		r.Ret == -9223372036854775807 || // want `unknown-code: ret -9223372036854775807 is in no namespace`
		u.Ret == 18446744073709551615 ||
		r.Ret == 1001 // want `magic-code: ret 1001 is teamcodeslimits.Busy`
}
