// Package dingtalk mirrors DingTalk's replies, which reuse WeChat's keys
// and even some of its codes: nothing here is a platform code.
package dingtalk

type Response struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

func check(r Response) bool {
	switch r.Errcode {
	case 40014, 42001, 88:
		return true
	}
	return r.Errcode == 100014 || r.Errcode == 999999999
}
