package bindpackage // want `bad-directive: binding bind_package.Missing: package bind_package has no type Missing` `bad-directive: binding bind_package.Reply.Nope: type Reply has no field Nope`

// Package bindpackage is bound as a whole by -bind bind_package=shop.codes.

// The shop's codes.
//
//msdklint:codes shop.codes
const (
	// Not enough gold.
	NoGold = 5001
)

type Reply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

type Internal struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

type Other struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func use(r Reply, in Internal, o Other) bool {
	return r.Ret == 5001 || r.Ret == 501 || in.Ret == 5001 || o.Ret == 1 // want `magic-code: ret 5001 is bindpackage.NoGold` `unknown-code: ret 501 is in no namespace \(searched shop.codes\); did you mean 5001` `bad-directive: -bind bind_package.Other names no namespace known here \(other.shop\)`
}
