package teamuser

import "teamcodes"

func use(r teamcodes.Reply) bool {
	switch r.Ret { // want `missing-reauth: switch on r.Ret handles no code that needs reauthorization: teamcodes.SessionKicked; send the player to log in again`
	case teamcodes.NotEnoughGold:
		return true
	}
	return r.Ret == -3001 // want `unknown-code: ret -3001 is in no namespace \(searched mygame\); did you mean -30001 \(teamcodes.NotEnoughGold: The player has too little gold.`
}

func magic(r teamcodes.Reply) bool {
	return r.Ret == -30002 // want `magic-code: ret -30002 is teamcodes.SessionKicked`
}
