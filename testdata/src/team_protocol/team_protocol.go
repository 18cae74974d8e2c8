// Package teamprotocol is the same protocol bound, in one line, to the
// team's namespace: its codes are checked against the team's codes only,
// never the catalog.
//
//msdklint:platform game.proto
package teamprotocol

// The game's login codes.
//
//msdklint:codes game.proto
const (
	// The login server is busy.
	LoginBusy = 1001
	// The session expired.
	//msdklint:reauth
	NeedLogin = 1002
	// The account is banned.
	Banned = 2001
)

type LoginRsp struct {
	Ret int32  `json:"ret"`
	Msg string `json:"msg"`
}

// Internal is no reply of anyone's.
//
//msdklint:platform none
type Internal struct {
	Ret int32  `json:"ret"`
	Msg string `json:"msg"`
}

func login(r LoginRsp, in Internal) string {
	switch r.Ret {
	case 1001: // want `magic-code: ret 1001 is teamprotocol.LoginBusy: The login server is busy.; tell the player; use the constant`
		return "busy"
	case NeedLogin, Banned:
		return "login again"
	case 42001: // want `unknown-code: ret 42001 is in no namespace \(searched game.proto\)$`
		return "a WeChat code is no game code"
	case 201: // want `unknown-code: ret 201 is in no namespace \(searched game.proto\); did you mean 2001 \(teamprotocol.Banned: The account is banned.; tell the player\)\?`
		return "typo"
	}
	return map[bool]string{in.Ret == 1001 || in.Ret == 999999: ""}[true]
}

func anonymous() bool {
	var r struct {
		Ret int32  `json:"ret"`
		Msg string `json:"msg"`
	}
	return r.Ret == 3001 // want `unknown-code: ret 3001 is in no namespace \(searched game.proto\)`
}
