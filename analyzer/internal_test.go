package analyzer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/msdklint/msdklint/catalog"
)

func TestTypoCandidates(t *testing.T) {
	for _, tc := range []struct {
		v    int64
		want int64 // must be among the candidates
		rank int   // and at most at this index
	}{
		{4013, -4013, 0},   // sign dropped
		{4201, 42001, 6},   // a digit of a run missing
		{420011, 42001, 2}, // a digit doubled
		{24001, 42001, 4},  // two digits swapped
		{-3001, -30001, 4},
		{-30001, 30001, 0},
	} {
		got := typoCandidates(tc.v)
		i := -1
		for j, c := range got {
			if c == tc.want {
				i = j
				break
			}
		}
		assert.True(t, i >= 0 && i <= tc.rank, "typoCandidates(%d): %d at %d, want at most %d (%v)", tc.v, tc.want, i, tc.rank, got)
		assert.NotContains(t, got, tc.v)
		assert.NotContains(t, got, int64(0))
	}
}

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
		assert.Equal(t, want, keyOfName(name), name)
	}
}

// TestActionText keeps the words of every action.
func TestActionText(t *testing.T) {
	for _, a := range catalog.Actions() {
		assert.Contains(t, actionText, a, a.String())
	}
}
