// Package deadcodefieldzh: the messages in Chinese (-lang zh).
package deadcodefieldzh

type WechatTokenReply struct {
	ErrCode int    `json:"errocde"` // want `dead-code-field: json 键 "errocde" 与 "errcode" 只差一处编辑:该字段永远不会被解码,因此 zh.go:10 处的比较永远不成立`
	ErrMsg  string `json:"errmsg"`
}

func expired(r WechatTokenReply) bool {
	return r.ErrCode == 42001
}

type QQReply struct {
	Ret string `json:"ret"` // want `dead-code-field: qq 以 JSON 数字发送 ret:string 字段无法容纳,因此每个响应都会解码失败`
	Msg string `json:"msg"`
}

type QQHidden struct {
	Ret uint16 `json:"ret"` // want `dead-code-field: qq\.\S+ 会发送 ret -\d+\(.*\):字段类型 uint16 无法容纳,因此这样的响应会解码失败,字段读到 0`
	Msg string `json:"msg"`
}

type QQDash struct {
	Ret int    `json:"-"` // want `dead-code-field: json:"-" 使字段收不到 "ret":该字段永远不会被解码,因此 zh.go:28 处的比较永远成立`
	Msg string `json:"msg"`
}

func dash(r QQDash) bool { return r.Ret == 0 }
