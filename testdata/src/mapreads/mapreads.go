// Package mapreads reads codes from maps and JSON paths: they are code
// reads on the keys rung, checked where the function, file or package
// gives evidence.
package mapreads

import (
	"encoding/json"

	"github.com/tidwall/gjson"
)

const wxToken = "https://api.weixin.qq.com/cgi-bin/token"

func byMap(get func(string) []byte) bool {
	var m map[string]any
	if err := json.Unmarshal(get(wxToken), &m); err != nil {
		return false
	}
	return m["errcode"].(float64) == 40001 // want `magic-code: errcode 40001 is wechat.InvalidCredential`
}

func byPath(get func(string) string) bool {
	body := get(wxToken)
	if gjson.Get(body, "errcode").Int() == 42001 { // want `magic-code: errcode 42001 is wechat.AccessTokenExpired`
		return true
	}
	return gjson.Get(body, "data").Get("errcode").Int() == 4001 || gjson.Get(body, "errcode").Int() == 40014 // want `unknown-code: errcode 4001 is in no namespace \(searched wechat.platform\)` `magic-code: errcode 40014 is wechat.InvalidAccessToken`
}

type WechatClient struct{}

// The receiver names the platform.
func (c *WechatClient) ints(m map[string]int) bool {
	return m["errcode"] == 45009 // want `magic-code: errcode 45009 is wechat.APIFreqOutOfLimit`
}

// A key that is no code key, and a map read with no evidence around.
func other(m map[string]int, n map[string]any) bool {
	return m["count"] == 40001 || n["ret"].(float64) == 1002
}
