// Package crossdecl declares the replies of WeChat's API, whose host it
// names; crossuse compares them. Their evidence is the same there, with
// facts or read from this source.
package crossdecl

const userinfo = "https://api.weixin.qq.com/sns/userinfo"

type TokenReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

// MsdkResp nests anonymous structs: their fields are MsdkResp's.
type MsdkResp struct {
	Inner struct {
		Ret int    `json:"ret"`
		Msg string `json:"msg"`
	} `json:"inner"`
	Data []struct {
		Ret int    `json:"ret"`
		Msg string `json:"msg"`
	} `json:"data"`
}

// QQReply's code field has a type parameter's type: a code field still.
type QQReply[C ~int | ~int32] struct {
	Ret C      `json:"ret"`
	Msg string `json:"msg"`
}
