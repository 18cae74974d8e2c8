package analyzer

import (
	"fmt"
	"go/types"
	"testing"

	"github.com/stretchr/testify/assert"
)

var testCodeKeys = []string{"ret", "errcode", "err_code", "error_code", "err_type"}

func TestNearKeys(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want string // "key" or "key!" (needs platform evidence), comma-separated; "" for none
	}{
		// The typos of the issue.
		{"errocde", "errcode"},
		{"err_cdoe", "err_code"},
		{"errcod", "errcode"},
		{"error_cdoe", "error_code"},
		{"ErrCdoe", "errcode"},
		{"err_tpye", "err_type"},
		{"errcodde", "errcode"},
		{"errcoed", "errcode"},
		{"rrcode", "errcode"},
		// Code keys, whatever their case, and their plurals.
		{"errcode", ""},
		{"ErrCode", ""},
		{"err_code", ""},
		{"RET", ""},
		{"errcodes", ""},
		{"err_types", ""},
		{"error_codes", ""},
		// ret's neighbours: words, except a hand's slips.
		{"res", ""},
		{"rec", ""},
		{"red", ""},
		{"set", ""},
		{"rets", ""},
		{"reta", ""},
		{"retry", ""},
		{"errs", ""},
		{"errors", ""},
		{"err", ""},
		{"rte", "ret!"},
		{"ert", "ret!"},
		{"re", "ret!"},
		{"rt", "ret!"},
		{"rett", "ret!"},
		{"reet", "ret!"},
		// Another spelling of a snake-case key is a convention of its own.
		{"errorcode", "error_code!"},
		{"errorCode", "error_code!"},
		{"errtype", "err_type!"},
		{"errType", "err_type!"},
		// Keys of their own.
		{"code", ""},
		{"errno", ""},
		{"errmsg", ""},
		{"status", ""},
	} {
		t.Run(tc.key, func(t *testing.T) {
			got := ""
			for i, n := range nearKeys(tc.key, testCodeKeys) {
				if i > 0 {
					got += ","
				}
				got += n.key
				if n.platform {
					got += "!"
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"errcode", "errocde", true},  // swap
		{"errcode", "errcod", true},   // deletion
		{"errcode", "errcodee", true}, // insertion
		{"errcode", "errcxde", true},  // substitution
		{"errcode", "errcode", false},
		{"errcode", "ercdoe", false},  // deletion and swap
		{"errcode", "erocde", false},  // two edits
		{"errcode", "rrecode", false}, // swap of non-adjacent letters
		{"ret", "tre", false},
		{"", "a", true},
		{"ab", "ba", true},
	} {
		assert.Equal(t, tc.want, oneEdit(tc.a, tc.b), "%q %q", tc.a, tc.b)
		assert.Equal(t, tc.want, oneEdit(tc.b, tc.a), "%q %q", tc.b, tc.a)
	}
}

func TestSendsNumber(t *testing.T) {
	assert.True(t, sendsNumber([]string{"wechat"}, "errcode"))
	assert.True(t, sendsNumber([]string{"msdk", "qq"}, "ret"))
	assert.True(t, sendsNumber([]string{"msdk.errtype"}, "err_type"))
	assert.True(t, sendsNumber([]string{"weibo.api"}, "error_code"))
	assert.False(t, sendsNumber([]string{"wechat"}, "err_code"), "WeChat Pay's err_code is a string")
	assert.False(t, sendsNumber([]string{"qq", "openapi.common"}, "ret"))
	assert.False(t, sendsNumber([]string{"game.proto"}, "ret"))
	assert.False(t, sendsNumber(nil, "ret"))
}

func TestHolds(t *testing.T) {
	for _, tc := range []struct {
		kind types.BasicKind
		v    int64
		want bool
	}{
		{types.Uint, -1, false},
		{types.Uint32, -4013, false},
		{types.Uint64, 100014, true},
		{types.Uint8, 255, true},
		{types.Uint8, 256, false},
		{types.Uint16, 42001, true},
		{types.Int8, -73, true},
		{types.Int8, -144, false},
		{types.Int16, 42001, false},
		{types.Int16, -4013, true},
		{types.Int32, 9001010, true},
		{types.Int, -9223372036854775808, true},
	} {
		t.Run(fmt.Sprint(types.Typ[tc.kind], tc.v), func(t *testing.T) {
			assert.Equal(t, tc.want, holds(types.Typ[tc.kind], tc.v))
		})
	}
}
