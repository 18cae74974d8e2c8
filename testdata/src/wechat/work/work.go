// Package work, at wechat/work, is WeCom's: nothing is reported.
package work

type Reply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

func check(r Reply) bool {
	return r.Errcode == 40014 || r.Errcode == 42001
}
