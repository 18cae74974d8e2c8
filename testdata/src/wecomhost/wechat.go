// Package wecomhost notifies on WeCom from a file named wechat.go: WeCom's
// host in the package outranks the file's name.
package wecomhost

const send = "https://qyapi.weixin.qq.com/cgi-bin/message/send"

type Reply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

func check(r Reply) bool {
	return r.Errcode == 40014 || r.Errcode == 42001
}
