package evidence

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNameWords pins how the evidence reads a name of each kind through
// the lexicon: the look-alike's spelling, or the platforms.
func TestNameWords(t *testing.T) {
	p := &Pass{State: NewState(false)}
	for _, tc := range []struct {
		kind, name string
		want       nameClue
	}{
		{"type", "WxResp", nameClue{plats: []string{"wechat"}}},
		{"type", "WeChatWorkReply", nameClue{foreign: "wechat work"}},
		{"file", "wechat_work", nameClue{foreign: "wechat work"}},
		{"file", "weibo_client", nameClue{plats: []string{"weibo"}}},
		{"package", "example.com/game/wxsdk", nameClue{plats: []string{"wechat"}}},
		{"package", "github.com/msdklint/msdklint/catalog/qq", nameClue{}},
		{"receiver", "Clarke", nameClue{}},
	} {
		assert.Equal(t, tc.want, p.nameWords(tc.kind, tc.name), tc.kind+" "+tc.name)
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
	assert.Nil(t, lookupHost("notify.qyapi.weixin.qq.com").Namespaces, "WeCom's subdomain is WeCom's")
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
