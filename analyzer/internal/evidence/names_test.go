package evidence

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWords(t *testing.T) {
	for in, want := range map[string][]string{
		"QQReply":                   {"qq", "reply"},
		"WxResp":                    {"wx", "resp"},
		"HTTPServer":                {"http", "server"},
		"github.com/acme/wx_api/v2": {"github", "com", "acme", "wx", "api", "v2"},
		"weiboError":                {"weibo", "error"},
	} {
		assert.Equal(t, want, words(in), in)
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		name    string
		plats   []string
		foreign string
	}{
		{"WxResp", []string{"wechat"}, ""},
		{"QQReply", []string{"qq"}, ""},
		{"example.com/weibo/api", []string{"weibo"}, ""},
		{"wechat_api", []string{"wechat"}, ""},
		{"Sqqueeze", nil, ""},
		{"example.com/dingtalk", nil, "dingtalk"},
		{"WecomResp", nil, "wecom"},
		{"LarkBot", nil, "lark"},
		{"Clarke", nil, ""},
		{"example.com/feishu/open", nil, "feishu"},
		{"企业微信Resp", nil, "企业微信"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.plats, platformsIn(tc.name))
			assert.Equal(t, tc.foreign, foreignWord(tc.name))
		})
	}
}

func TestGuessByKeys(t *testing.T) {
	for _, tc := range []struct {
		key      string
		siblings []string
		want     []string
	}{
		{"errcode", []string{"errcode", "errmsg"}, []string{"wechat"}},
		{"error_code", []string{"error_code", "error"}, []string{"weibo"}},
		{"ret", []string{"ret", "msg"}, []string{"msdk", "qq"}},
		{"errcode", []string{"errcode"}, nil},
	} {
		got, _ := guessByKeys(tc.key, tc.siblings)
		assert.Equal(t, tc.want, got, tc.key)
	}
}

func TestHostOf(t *testing.T) {
	for in, want := range map[string]string{
		"https://api.weixin.qq.com/sns/oauth2/access_token": "api.weixin.qq.com",
		"graph.qq.com/oauth2.0/me":                          "graph.qq.com",
		"https://QYAPI.weixin.qq.com:443/cgi-bin":           "qyapi.weixin.qq.com",
		"hello world.":      "",
		"/v3/user/get_info": "",
	} {
		assert.Equal(t, want, hostOf(in), in)
	}
	assert.Equal(t, "api.weixin.qq.com", lookupHost("sh.api.weixin.qq.com").Name)
	assert.Nil(t, lookupHost("qyapi.weixin.qq.com").Namespaces, "WeCom is not WeChat")
	assert.Nil(t, lookupHost("example.com"))
}

func TestKeyOfName(t *testing.T) {
	for name, want := range map[string]string{
		"Ret": "ret", "RET": "ret", "ErrCode": "errcode", "Errcode": "errcode",
		"ErrType": "err_type", "ErrorCode": "error_code", "Err_Code": "err_code",
		"Code": "", "Return": "", "ErrMsg": "",
	} {
		assert.Equal(t, want, KeyOfName(name), name)
	}
}
