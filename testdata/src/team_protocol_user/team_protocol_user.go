// Package teamprotocoluser compares the team protocol's codes in
// another package: the package binding and the team codes follow.
package teamprotocoluser

import "team_protocol"

func handle(r teamprotocol.LoginRsp) bool {
	switch r.Ret { // want `missing-reauth: switch on r.Ret handles no code that needs reauthorization: teamprotocol.NeedLogin`
	case teamprotocol.LoginBusy:
		return true
	}
	return r.Ret == 1002 || r.Ret == 10001 // want `magic-code: ret 1002 is teamprotocol.NeedLogin` `unknown-code: ret 10001 is in no namespace \(searched game.proto\); did you mean 1001 `
}
