// Package replies declares reply types that other packages compare:
// their bindings must cross the package boundary.
package replies

// QQReply is a reply of the QQ platform.
//
//msdklint:platform qq.platform
type QQReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// GameCenterReply is a reply of the QQ game center.
//
//msdklint:platform qq.gamecenter
type GameCenterReply struct {
	Status int    `json:"ret"`
	Msg    string `json:"msg"`
}

// CommonError is the base of WeChat replies; it has no binding itself.
type CommonError struct {
	ErrCode int64  `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

// UserInfo embeds CommonError: its binding applies to the promoted field.
//
//msdklint:platform wechat
type UserInfo struct {
	CommonError
	Nickname string `json:"nickname"`
}

// AccessReply is an MSDK access-layer reply.
type AccessReply struct {
	Ret     int    `json:"ret"`
	Msg     string `json:"msg"`
	ErrType int    `json:"err_type"`
}

// ShareReply binds one field by tag.
type ShareReply struct {
	Ret *int   `json:"ret" msdk:"qq.share.qq"`
	Msg string `json:"msg"`
}

// Broken names a namespace that does not exist.
//
//msdklint:platform qq.nosuch // want `bad-directive: binding names unknown namespace or platform "qq.nosuch"`
type Broken struct {
	Ret int `json:"ret"`
	Bad int `json:"err_code" msdk:"wechat.nosuch"` // want `bad-directive: binding names unknown namespace or platform "wechat.nosuch"`
}
