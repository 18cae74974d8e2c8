package rungnamed

import "github.com/msdklint/msdklint/catalog/qq"

// QQBridgeReply is declared in a file named after DingTalk, but its own
// name is nearer: it is QQ's.
type QQBridgeReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// DingTalkReply is DingTalk's: nothing is reported.
type DingTalkReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

func nearest(r QQBridgeReply, d DingTalkReply) bool {
	return r.Ret == qq.PlatformAccessTokenExpired || r.Ret == 999999 || d.Errcode == 60121 // want `unknown-code: ret 999999 is in no namespace \(searched qq\)`
}
