// Package featprotouser is the game client: it compares the messages
// its server sends. Their names say QQ and WeChat, but the values are
// none of QQ's or WeChat's codes: nothing is reported, not even a
// "did you mean 90001".
package featprotouser

import "featproto"

func onLogin(q *featproto.QQLoginRsp, w *featproto.WxLoginRsp) string {
	if q.Ret == 9001 || w.ErrCode == 9002 {
		return "busy"
	}
	return ""
}

func onGenerated(r *featproto.QQLoginReq) bool {
	return r.Ret == 9001 || r.Ret == 1002
}
