package deadcodefield

import "encoding/json"

// WechatUserInfo's errcode is a string: WeChat sends a number.
type WechatUserInfo struct {
	Errcode string `json:"errcode"` // want `dead-code-field: wechat.platform sends errcode as a JSON number: a string field cannot hold it, so every reply fails to decode`
	Errmsg  string `json:"errmsg"`
}

// QQUserInfo's ret too.
type QQUserInfo struct {
	Ret *string `json:"ret"` // want `dead-code-field: qq sends ret as a JSON number: a string field cannot hold it`
	Msg string  `json:"msg"`
}

// Bound by its tag: the binding on a string is not silently dropped.
type Profile struct {
	Code string `json:"errcode" msdk:"wechat.platform"` // want `dead-code-field: wechat.platform sends errcode as a JSON number`
}

// WeiboQuoted wants the number quoted.
type WeiboQuoted struct {
	ErrorCode int    `json:"error_code,string"` // want `dead-code-field: weibo sends error_code as a JSON number: the ,string option wants it quoted, so every reply fails to decode`
	Error     string `json:"error"`
}

// QQGameReply's ret cannot be negative.
type QQGameReply struct {
	Ret uint32 `json:"ret"` // want `dead-code-field: qq\.\S+ sends ret -\d+ \(.*\): the field's uint32 cannot hold it, so such a reply fails to decode and the field reads 0`
	Msg string `json:"msg"`
}

// WechatSmall's errcode overflows an int16.
type WechatSmall struct {
	Errcode int16  `json:"errcode"` // want `dead-code-field: wechat\.\S+ sends errcode \d+ \(.*\): the field's int16 cannot hold it`
	Errmsg  string `json:"errmsg"`
}

// MsdkErrType's err_type fits a byte: 0 to 5.
type MsdkErrType struct {
	ErrType uint8  `json:"err_type"`
	Ret     int    `json:"ret"`
	Msg     string `json:"msg"`
}

// WeiboUnsigned: Weibo's codes are all positive.
type WeiboUnsigned struct {
	ErrorCode uint `json:"error_code"`
	Error     string
}

// Types that decode whatever comes.
type WechatLoose struct {
	Errcode  json.Number `json:"errcode"`
	Errcode2 any         `json:"errcode2"`
	Errmsg   string      `json:"errmsg"`
}

// WechatCode reads a number or a string.
type WechatCode string

func (c *WechatCode) UnmarshalJSON(b []byte) error { *c = WechatCode(b); return nil }

type WechatCustom struct {
	Errcode WechatCode `json:"errcode"`
	Errmsg  string     `json:"errmsg"`
}

// MatchReply names no platform: its string ret is its own protocol's.
type MatchReply struct {
	Ret string `json:"ret"`
	Msg string `json:"msg"`
}

// DingTalkUser is another company's.
type DingTalkUser struct {
	Errcode string `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

// TeamReply's codes are the game's: no wire type is known.
//
//msdklint:platform none
type TeamReply struct {
	Ret string `json:"ret"`
	Msg string `json:"msg"`
}

// WechatEmbedded's base is read through the outer type, which names WeChat.
type base struct {
	ErrCode int    `json:"errocde"` // want `dead-code-field: json key "errocde" is one edit from "errcode"`
	ErrMsg  string `json:"errmsg"`
}

type WechatEmbedded struct {
	base
	Openid string `json:"openid"`
}

func embedded(r WechatEmbedded) bool { return r.ErrCode == 40001 }

// WechatPayReply's err_code is WeChat Pay's, a string code ("SYSTEMERROR").
type WechatPayReply struct {
	ReturnCode string `json:"return_code"`
	ErrCode    string `json:"err_code"`
	ErrCodeDes string `json:"err_code_des"`
	ErrMsg     string `json:"errmsg"`
}

// Status is a named unsigned code.
type Status uint

type QQStatusReply struct {
	Ret Status `json:"ret"` // want `dead-code-field: qq\.\S+ sends ret -\d+ \(.*\): the field's Status \(uint\) cannot hold it`
	Msg string `json:"msg"`
}
