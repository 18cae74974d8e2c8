// Package foreignwecom calls WeCom (企业微信), whose host is a subdomain
// of weixin.qq.com and whose codes overlap WeChat's: nothing is reported.
package foreignwecom

const gettoken = "https://qyapi.weixin.qq.com/cgi-bin/gettoken"

type tokenReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

func check(r tokenReply) bool {
	return r.Errcode == 40014 || r.Errcode == 60011
}
