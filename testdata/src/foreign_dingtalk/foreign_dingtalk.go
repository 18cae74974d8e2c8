// Package foreigndingtalk signs in with DingTalk, whose replies reuse
// WeChat's keys: the receiver names another company, so nothing is
// reported, even with -infer=keys.
package foreigndingtalk

type DingTalkProvider struct{}

func (p *DingTalkProvider) SignIn() bool {
	var r struct {
		Errcode int    `json:"errcode"`
		Errmsg  string `json:"errmsg"`
	}
	return r.Errcode == 60121 || r.Errcode == 40001
}
