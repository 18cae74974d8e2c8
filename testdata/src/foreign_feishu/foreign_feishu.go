// Package foreignfeishu calls Feishu (Lark): nothing is reported.
package foreignfeishu

type FeishuResp struct {
	Code    int    `json:"errcode"`
	Message string `json:"errmsg"`
}

type LarkReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func check(r FeishuResp, l LarkReply) bool {
	return r.Code == 99991663 || r.Code == 40001 || l.Ret == 1001
}
