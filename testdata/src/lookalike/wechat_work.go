// Package lookalike notifies staff on WeCom, "WeChat Work" by its old
// English name: every spelling below is WeCom's, and nothing is
// reported on WeCom's 40014 and 42001.
package lookalike

type Reply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

type WeChatWorkReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

type WorkWechatResp struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

type QyWeixinResp struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

type qyWechatResp struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

type WeWorkResp struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

func check(r Reply, a WeChatWorkReply, b WorkWechatResp, c QyWeixinResp, d qyWechatResp, e WeWorkResp) bool {
	return r.Errcode == 40014 || a.Errcode == 42001 || b.Errcode == 40014 || c.Errcode == 42001 || d.Errcode == 40014 || e.Errcode == 42001
}
