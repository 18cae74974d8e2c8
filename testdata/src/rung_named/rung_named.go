// Package rungnamed has no bindings: a type, a receiver or a file names
// the platform. unknown-code, magic-code and missing-reauth report;
// wrong-platform needs a binding.
package rungnamed

import "github.com/msdklint/msdklint/catalog/qq"

type QQLoginReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func byType(r QQLoginReply) bool {
	return r.Ret == qq.PlatformAccessTokenExpired || r.Ret == 999999 || r.Ret == 42001 // want `unknown-code: ret 999999 is in no namespace \(searched qq\)`
}

type WechatClient struct{}

// login declares its reply inline: the receiver names the platform, and
// an inference naming only wechat reads -1 as wechat.platform's.
func (c *WechatClient) login() bool {
	var resp struct {
		Errcode int    `json:"errcode"`
		Errmsg  string `json:"errmsg"`
	}
	return resp.Errcode == -1 // want `magic-code: errcode -1 is wechat.SystemError`
}

func byReceiverOnly() bool {
	var resp struct {
		Errcode int    `json:"errcode"`
		Errmsg  string `json:"errmsg"`
	}
	return resp.Errcode == 40001 // no receiver, no name: keys only
}
