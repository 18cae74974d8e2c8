// Package consistency names QQ in its types, but a name is an
// inference: an inferred field speaks only when at least one value
// compared with it in the package is a code of its namespaces.
package consistency

type QQReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// Only the team's codes: not a hint of 90001, no missing-reauth.
func team(r QQReply) string {
	switch r.Ret {
	case 9001:
		return "busy"
	case 9002:
		return "again"
	}
	return ""
}

type QQShareReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// -73 is QQ's: the field speaks, and its typo is reported.
func share(r QQShareReply) bool {
	return r.Ret == -73 || r.Ret == 999999 // want `magic-code: ret -73 is qq.PlatformAccessTokenPasswordChanged` `unknown-code: ret 999999 is in no namespace \(searched qq\)`
}

type QQGiftReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// The price of consistency: a lone typo with no other comparison is
// silent.
func gift(r QQGiftReply) bool {
	return r.Ret == 999999
}

// BoundReply is bound: every check, whatever else is compared.
//
//msdklint:platform qq.gamecenter
type BoundReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func bound(r BoundReply) bool {
	return r.Ret == 999999 // want `unknown-code: ret 999999 is in no namespace \(searched qq.gamecenter\)`
}
