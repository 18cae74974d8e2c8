// Package featproto is a game's own client protocol whose messages are
// named after the login features: the game fills and sends them, and
// compares them with its own codes. Nothing is reported.
package featproto

import "encoding/json"

// The team's codes.
const (
	LoginBusy    = 9001
	LoginExpired = 9002
)

type QQLoginRsp struct {
	Ret int32  `json:"ret"`
	Msg string `json:"msg"`
}

type WxLoginRsp struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

type MsdkLoginRsp struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// A sender hands a message to the client.
type sender interface{ Send(v any) error }

func replyQQ(s sender, busy bool) error {
	rsp := &QQLoginRsp{}
	if busy {
		rsp.Ret = LoginBusy
	}
	return s.Send(rsp)
}

func replyWx(expired bool) ([]byte, error) {
	rsp := WxLoginRsp{ErrCode: 0}
	if expired {
		rsp.ErrCode = LoginExpired
	}
	return json.Marshal(&rsp)
}

func replyMsdk(s sender) error {
	return s.Send(&MsdkLoginRsp{Ret: 1002, Msg: "login again"})
}

// The game's codes, some of which are platform codes too (1002 is QQ
// share's "not logged in", 40001 WeChat's invalid credential): the
// messages are the game's, so none is a platform code here.
func onReplies(q *QQLoginRsp, w WxLoginRsp, m MsdkLoginRsp) string {
	switch q.Ret {
	case 9001:
		return "busy"
	case 9002, 1002:
		return "login again"
	}
	if w.ErrCode == 9001 || w.ErrCode == 40001 {
		return "busy"
	}
	if m.Ret == 1002 || m.Ret == -503 {
		return "again"
	}
	return ""
}

// A generated protobuf message is the game's own whatever its name.
func onGenerated(r *QQLoginReq) bool {
	return r.Ret == 1002 || r.GetRet() == 100014
}
