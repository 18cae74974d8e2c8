package teamcodesbadnsuser

import "team_codes_bad_ns"

func use(r teamcodesbadns.Reply) bool {
	return r.Ret == -30002 || r.Ret == -30001 // want `magic-code: ret -30002 is teamcodesbadns.SessionKicked` `unknown-code: ret -30001 is in no namespace \(searched mygame\)`
}
