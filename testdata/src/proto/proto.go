// Package proto is a game's own client protocol: no platform is named
// anywhere, and its ret/msg and errcode/errmsg replies carry the game's
// codes. By default keys alone are no evidence: nothing is reported.
package proto

type LoginRsp struct {
	Ret int32  `json:"ret"`
	Msg string `json:"msg"`
}

type ShopRsp struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

func login(r LoginRsp) string {
	switch r.Ret {
	case 1001:
		return "busy"
	case 1002:
		return "login again"
	case 2001:
		return "banned"
	}
	return ""
}

func shop(s ShopRsp) bool {
	return s.ErrCode == 40001 || s.ErrCode == 4001 || s.ErrCode == 999999999
}

// GoAwayFrame's ErrCode has no message beside it and no tag: it is no
// reply's code (http2 has one), neither checked nor listed as a field.
type GoAwayFrame struct {
	LastStreamID uint32
	ErrCode      uint32
}

func goAway(f GoAwayFrame) bool {
	return f.ErrCode == 2
}
