// Package deadcodefield has fields meant for a platform's code that can
// never hold one, and look-alikes that can.
package deadcodefield

// WechatTokenReply is named after WeChat; its key is misspelt.
type WechatTokenReply struct {
	ErrCode int    `json:"errocde"` // want `dead-code-field: json key "errocde" is one edit from "errcode": the field is never decoded, so the comparison at keys.go:13 is never true`
	ErrMsg  string `json:"errmsg"`
}

func refresh(r WechatTokenReply) bool {
	if r.ErrCode != 0 {
		return r.ErrCode == 42001
	}
	return false
}

// LoginReply names no platform: its message field is the evidence.
type LoginReply struct {
	Code   int    `json:"err_cdoe"` // want `dead-code-field: json key "err_cdoe" is one edit from "err_code": the field is never decoded, so the comparison at keys.go:24 is never true`
	ErrMsg string `json:"err_msg"`
}

func failed(r *LoginReply) bool { return r.Code != 0 }

func ok(r *LoginReply) bool { return r.Code == 0 }

// Stats has no message and names no platform: errcod may be its own key.
type Stats struct {
	Errcod int `json:"errcod"`
}

func stats(s Stats) bool { return s.Errcod == 5 }

// QQShareReply is QQ's: ret's slips count, its neighbours that are words
// do not.
type QQShareReply struct {
	Ret1 int    `json:"rte"` // want `dead-code-field: json key "rte" is one edit from "ret": the field is never decoded, so the comparison at keys.go:46 is never true`
	Res  int    `json:"res"`
	Rec  int    `json:"rec"`
	Red  int    `json:"red"`
	Msg  string `json:"msg"`
}

func share(r QQShareReply) bool {
	return r.Ret1 == -73 || r.Res == 1 || r.Rec == -73 || r.Red == 100014
}

// QQGiftReply compares its slip with no QQ code: ret's neighbours need
// one.
type QQGiftReply struct {
	Rett int    `json:"rett"`
	Msg  string `json:"msg"`
}

func gift(r QQGiftReply) bool { return r.Rett == 123456789 }

// RankReply's re has only a message beside it: no platform, no typo.
type RankReply struct {
	Re  int    `json:"re"`
	Msg string `json:"msg"`
}

func rank(r RankReply) bool { return r.Re == -73 }

// errorCode and errType are spellings of their own beside a message ...
type APIReply struct {
	ErrorCode int    `json:"errorCode"`
	ErrType   int    `json:"errType"`
	Message   string `json:"message"`
}

func api(r APIReply) bool { return r.ErrorCode == 21327 || r.ErrType == 2 }

// ... and typos only where the platform is known.
type WeiboReply struct {
	ErrorCode int    `json:"errorCode"` // want `dead-code-field: json key "errorCode" is one edit from "error_code": the field is never decoded, so the comparison at keys.go:81 is never true`
	Error     string `json:"error"`
}

func weibo(r WeiboReply) bool { return r.ErrorCode == 21327 }

// Near keys that are words or lists: never a code field.
type BattleReply struct {
	Errs     int      `json:"errs"`
	Retry    int      `json:"retry"`
	Errors   []string `json:"errors"`
	ErrCodes []int    `json:"errcodes"`
	Msg      string   `json:"msg"`
}

func battle(r BattleReply) bool { return r.Errs == 1 || r.Retry == 3 || len(r.Errors) == 2 }

// WechatBothReply has the right key too: errcod is something else.
type WechatBothReply struct {
	ErrCode int    `json:"errcode"`
	Errcod  int    `json:"errcod"`
	ErrMsg  string `json:"errmsg"`
}

func both(r WechatBothReply) bool { return r.Errcod == 40001 }

// WechatXMLReply reads errcode from its xml tag.
type WechatXMLReply struct {
	ErrCode int    `json:"errcod" xml:"errcode"`
	ErrMsg  string `json:"errmsg" xml:"errmsg"`
}

func xmlReply(r WechatXMLReply) bool { return r.ErrCode == 40001 }

// WechatFilledReply's field is set by hand.
type WechatFilledReply struct {
	ErrCode int    `json:"errocde"`
	ErrMsg  string `json:"errmsg"`
}

func filled(r *WechatFilledReply, code int) bool {
	r.ErrCode = code
	return r.ErrCode == 40001
}

// WechatNotComparedReply is never compared with a code.
type WechatNotComparedReply struct {
	ErrCode int    `json:"errocde"`
	ErrMsg  string `json:"errmsg"`
}

func notCompared(r WechatNotComparedReply) int { return r.ErrCode }

// WechatSelfReply decodes itself.
type WechatSelfReply struct {
	ErrCode int    `json:"errocde"`
	ErrMsg  string `json:"errmsg"`
}

func (r *WechatSelfReply) UnmarshalJSON([]byte) error { return nil }

func self(r WechatSelfReply) bool { return r.ErrCode == 40001 }

// unexported tagged fields are vet structtag's.
type wechatLower struct {
	errCode int    `json:"errocde"`
	ErrMsg  string `json:"errmsg"`
}

func lower(r wechatLower) bool { return r.errCode == 40001 }

// WechatSwitchReply is read in a switch.
type WechatSwitchReply struct {
	ErrCode int64  `json:"errcdoe"` // want `dead-code-field: json key "errcdoe" is one edit from "errcode": the field is never decoded, so the comparison at keys.go:156 is never true`
	ErrMsg  string `json:"errmsg"`
}

func dispatch(r WechatSwitchReply) string {
	switch int(r.ErrCode) {
	case 42001:
		return "refresh"
	}
	return ""
}

// WechatIgnoredReply's key is the partner's own.
type WechatIgnoredReply struct {
	//msdklint:ignore dead-code-field the partner's proxy renames the key
	ErrCode int    `json:"errocde"`
	ErrMsg  string `json:"errmsg"`
}

func ignored(r WechatIgnoredReply) bool { return r.ErrCode == 40001 }

// DingTalkReply is another company's.
type DingTalkReply struct {
	ErrCode int    `json:"errocde"`
	ErrMsg  string `json:"errmsg"`
}

func dingtalk(r DingTalkReply) bool { return r.ErrCode == 40014 }

// Internal is bound to nothing.
//
//msdklint:platform none
type Internal struct {
	ErrCode int    `json:"errocde"`
	ErrMsg  string `json:"errmsg"`
}

func internal(r Internal) bool { return r.ErrCode == 40001 }

type WechatClient struct{}

// login declares its reply inline: the receiver names the platform.
func (c *WechatClient) login(decode func(any) error) bool {
	var resp struct {
		Errcode int    `json:"errcdoe"` // want `dead-code-field: json key "errcdoe" is one edit from "errcode": the field is never decoded, so the comparison at keys.go:\d+ is never true`
		Errmsg  string `json:"errmsg"`
	}
	if err := decode(&resp); err != nil {
		return false
	}
	return resp.Errcode == 40001
}
