// Package weixin signs players in with WeChat and notifies staff on
// WeCom (qyapi.weixin.qq.com): the host in the function that decodes a
// reply decides before the package's other hosts and its name.
package weixin

import "encoding/json"

type LoginService struct{ get func(url string) []byte }

func (s *LoginService) Code2Session(code string) bool {
	var r struct {
		Errcode int    `json:"errcode"`
		Errmsg  string `json:"errmsg"`
	}
	if json.Unmarshal(s.get("https://api.weixin.qq.com/sns/jscode2session?js_code="+code), &r) != nil {
		return false
	}
	return r.Errcode == 40029 // want `magic-code: errcode 40029 is wechat.InvalidCode`
}

func (s *LoginService) NotifyStaff() bool {
	var r struct {
		Errcode int    `json:"errcode"`
		Errmsg  string `json:"errmsg"`
	}
	if json.Unmarshal(s.get("https://qyapi.weixin.qq.com/cgi-bin/message/send"), &r) != nil {
		return false
	}
	return r.Errcode == 40014 || r.Errcode == 42001 // WeCom's codes: nothing
}

// WeChat's iLink bot API is under weixin.qq.com, with codes of its own:
// a look-alike.
func (s *LoginService) BotSend() bool {
	var r struct {
		Errcode int    `json:"errcode"`
		Errmsg  string `json:"errmsg"`
	}
	_ = json.Unmarshal(s.get("https://ilinkai.weixin.qq.com/ilink/bot/sendmessage"), &r)
	return r.Errcode == 40001 || r.Errcode == 42001
}

// Reply is decoded nowhere here: WeCom's host in the package outranks
// the package's name.
type Reply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

func check(r Reply) bool {
	return r.Errcode == 40014 || r.Errcode == 42001
}
