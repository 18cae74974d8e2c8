// Package direction calls WeChat and WeCom: the package's hosts are
// mixed and give nothing, but a reply decoded from WeChat's host is
// WeChat's, as a name would say.
package direction

import (
	"encoding/json"
	"strings"

	"resty"
)

const (
	wxUser  = "https://api.weixin.qq.com/sns/userinfo"
	wecomMe = "https://qyapi.weixin.qq.com/cgi-bin/user/get"
)

type UserReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

func fetch(get func(string) string) (*UserReply, error) {
	var r UserReply
	err := json.NewDecoder(strings.NewReader(get(wxUser))).Decode(&r)
	return &r, err
}

func check(r *UserReply) bool {
	return r.Errcode == 40003 // want `magic-code: errcode 40003 is wechat.InvalidOpenID`
}

type TokenReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

// resty binds the decoded reply with SetResult.
func token(c *resty.Client) bool {
	r := &TokenReply{}
	c.R().SetResult(r).Get("https://api.weixin.qq.com/cgi-bin/token")
	return r.Errcode == 40013 // want `magic-code: errcode 40013 is wechat.InvalidAppID`
}

type StaffReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

// Decoded from WeCom: WeCom's.
func staff(get func(string) []byte) bool {
	var r StaffReply
	_ = json.Unmarshal(get(wecomMe), &r)
	return r.Errcode == 40014 || r.Errcode == 42001
}

// Notice is filled and sent, never decoded: the game's own.
type Notice struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

func send(code int) ([]byte, error) {
	return json.Marshal(Notice{Errcode: code, Errmsg: "ok"})
}

func onNotice(n Notice) bool {
	return n.Errcode == 40001
}
