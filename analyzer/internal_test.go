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

func TestInfer(t *testing.T) {
	for _, tc := range []struct {
		name     string
		key      string
		types    []string
		pkg      string
		siblings []string
		want     []string
		foreign  bool
	}{
		{"type name", "errcode", []string{"WxResp"}, "example.com/api", nil, []string{"wechat"}, false},
		{"outer type first", "ret", []string{"QQReply", "Base"}, "example.com/api", nil, []string{"qq"}, false},
		{"package path", "ret", []string{"Reply"}, "example.com/weibo/api", nil, []string{"weibo"}, false},
		{"wechat keys", "errcode", []string{"Resp"}, "example.com/api", []string{"errcode", "errmsg"}, []string{"wechat"}, false},
		{"weibo keys", "error_code", []string{"Resp"}, "example.com/api", []string{"error_code", "error"}, []string{"weibo"}, false},
		{"msdk keys", "ret", []string{"Resp"}, "example.com/api", []string{"ret", "msg"}, []string{"msdk", "qq"}, false},
		{"nothing", "errcode", []string{"Resp"}, "example.com/api", []string{"errcode"}, nil, false},
		{"qq inside a word", "ret", []string{"Sqqueeze"}, "example.com/api", nil, nil, false},
		{"dingtalk", "errcode", []string{"Resp"}, "example.com/dingtalk", []string{"errcode", "errmsg"}, nil, true},
		{"wecom", "errcode", []string{"WecomResp"}, "example.com/api", []string{"errcode", "errmsg"}, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, foreign := infer(tc.key, tc.types, tc.pkg, tc.siblings)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.foreign, foreign)
		})
	}
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
