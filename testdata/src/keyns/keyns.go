// Package keyns infers MSDK from a type's name: its ret holds the codes
// of msdk.access and msdk.logic, never an err_type value.
package keyns

type MsdkReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// No code of msdk.access or msdk.logic needs reauthorization: nothing
// is demanded of the switch (msdk.ErrTypeReauthorize is err_type's).
func onRet(r MsdkReply) {
	switch r.Ret {
	case -503: // want `magic-code: ret -503 is msdk.AccessRateLimited`
	}
}

// A WeChat reply's ret is wechat.platform's or MSDK's group binding
// answer (wechat.group); -1, in both, is the platform's.
type WxGroupReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func onGroup(r WxGroupReply) bool {
	return r.Ret == -1 // want `magic-code: ret -1 is wechat.SystemError`
}
