// Package model, in PowerWeChat's src/openWork (WeCom's third-party
// apps), is WeCom's: nothing is reported.
package model

type Resp struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

func check(r Resp) bool {
	return r.ErrCode == 60011 || r.ErrCode == 40001
}
