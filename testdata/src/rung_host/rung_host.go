// Package runghost names WeChat's API host: its unbound errcode fields
// are wechat.platform's.
package runghost

const tokenURL = "https://api.weixin.qq.com/sns/oauth2/access_token"

type tokenReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

// check's hints come from wechat.platform only: 4013 is one sign away
// from QQ's -4013, a namespace that was not searched.
func check(r tokenReply) bool {
	return r.Errcode == 40001 || // want `magic-code: errcode 40001 is wechat.InvalidCredential`
		r.Errcode == 4001 || // want `unknown-code: errcode 4001 is in no namespace \(searched wechat.platform\); did you mean 40001 \(wechat.InvalidCredential: [^)]*\)[^)]*\) or 40011 \(wechat.platform 40011: [^)]*\) or 44001 \(wechat.MissingMediaFile: [^)]*\)\?`
		r.Errcode == 1001 || // a QQ code: not WeChat's, and no binding to call it wrong
		r.Errcode == 4013 // want `unknown-code: errcode 4013 is in no namespace \(searched wechat.platform\); did you mean 40013 \(wechat\.InvalidAppID: [^)]*\) or 40113 \(wechat\.platform 40113: [^)]*\) or 40133 \(wechat\.platform 40133: [^)]*\)\?$`
}
