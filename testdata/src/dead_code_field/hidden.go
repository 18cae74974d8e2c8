package deadcodefield

// QQLoginReply hides its code from the decoder.
type QQLoginReply struct {
	Ret int    `json:"-"` // want `dead-code-field: json:"-" keeps "ret" from the field: it is never decoded, so the comparison at hidden.go:10 is never true`
	Msg string `json:"msg"`
}

func login(r QQLoginReply) bool {
	return r.Ret == -73
}

// GameReply fills its hidden code by hand.
type GameReply struct {
	Ret int    `json:"-"`
	Msg string `json:"msg"`
}

func game(msg string) bool {
	r := GameReply{Ret: 1, Msg: msg}
	return r.Ret == 1
}

// PlainReply has neither a message nor a platform.
type PlainReply struct {
	ErrCode int `json:"-"`
}

func plain(r PlainReply) bool { return r.ErrCode == 3 }

// FormReply's code comes from another encoding.
type FormReply struct {
	ErrCode int    `json:"-" form:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

func form(r FormReply) bool { return r.ErrCode == 3 }

// QQRawReply decodes ret into RetRaw and derives Ret from it elsewhere.
type QQRawReply struct {
	RetRaw []byte `json:"ret"`
	Ret    int    `json:"-"`
	Msg    string `json:"msg"`
}

func raw(r QQRawReply) bool { return r.Ret == -73 }
