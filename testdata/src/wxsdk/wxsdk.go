// Package wxsdk is named with a compound of wx: WeChat's.
package wxsdk

type Reply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

func check(r Reply) bool {
	return r.Errcode == 40001 // want `magic-code: errcode 40001 is wechat.InvalidCredential`
}
