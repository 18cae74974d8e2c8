// Package advicenarrow binds an MSDK reply to the whole platform, which
// its ret key narrows; and names QQ in a type compared with a game
// center code.
package advicenarrow

// MSDKReply is bound to all of MSDK, err_type's namespace included.
//
//msdklint:platform msdk
type MSDKReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// QQGameReply names QQ; its codes are the platform's and the game
// center's.
type QQGameReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func use(r MSDKReply, q QQGameReply) bool {
	return r.Ret == -503 || q.Ret == -4010 || q.Ret == 100014 // want `magic-code` `magic-code` `magic-code`
}
