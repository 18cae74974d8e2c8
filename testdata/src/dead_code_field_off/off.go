// Package deadcodefieldoff: -dead-code-field=false turns the check off,
// and an ignore directive naming it is then no unused one.
package deadcodefieldoff

type WechatTokenReply struct {
	ErrCode int    `json:"errocde"`
	ErrMsg  string `json:"errmsg"`
	//msdklint:ignore dead-code-field the partner's proxy renames the key
	Code string `json:"errcode"`
}

func expired(r WechatTokenReply) bool { return r.ErrCode == 42001 }
