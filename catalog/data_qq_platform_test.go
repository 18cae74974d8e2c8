package catalog_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/msdklint/msdklint/catalog"
)

// These tests pin the QQ platform table (seed 001 §4, seed 000, seed 003 §I),
// the QQ game center (seed 001 §6, seed 003 §III), the two share APIs
// (seed 001 §7) and the blue-diamond gift (seed 001 §8).

// qqpNamespaces are the namespaces of this data fragment.
var qqpNamespaces = []string{"qq.platform", "qq.gamecenter", "qq.share.qzone", "qq.share.qq", "qq.bluediamond"}

func qqpCodes(entries []*catalog.Entry) []int64 {
	codes := make([]int64, len(entries))
	for i, e := range entries {
		codes[i] = e.Code
	}
	return codes
}

// qqpSpan returns lo..hi inclusive.
func qqpSpan(lo, hi int64) []int64 {
	var s []int64
	for c := lo; c <= hi; c++ {
		s = append(s, c)
	}
	return s
}

func TestQQPlatformCounts(t *testing.T) {
	tests := []struct {
		ns    string
		count int
	}{
		// 40 codes in all three documents, 251001-251005 from 000 and 003,
		// 21 more from 003 only.
		{"qq.platform", 40 + 5 + 21},
		{"qq.gamecenter", 39}, // 0 and -4000..-4037
		{"qq.share.qzone", 10},
		{"qq.share.qq", 32},
		{"qq.bluediamond", 10},
	}
	for _, tt := range tests {
		t.Run(tt.ns, func(t *testing.T) {
			assert.Len(t, mustNamespace(t, tt.ns).Entries, tt.count)
		})
	}
}

// TestQQPlatformCodeSets pins the exact code list of each namespace, so a
// missed or invented code fails.
func TestQQPlatformCodeSets(t *testing.T) {
	platform := slices.Concat(
		qqpSpan(-12, -1), qqpSpan(-26, -20), qqpSpan(-73, -70), qqpSpan(100000, 100016),
		qqpSpan(251001, 251005),
		[]int64{1, 3, 4, 5, 6, 10000, 220028}, qqpSpan(225001, 225010), qqpSpan(901203, 901205), []int64{9001010},
	)
	tests := []struct {
		ns    string
		codes []int64
	}{
		{"qq.platform", platform},
		{"qq.gamecenter", append([]int64{0}, qqpSpan(-4037, -4000)...)},
		{"qq.share.qzone", []int64{1000, 1001, 1002, 1005, 1024, 1025, 1026, 1027, 1028, 1031}},
		{"qq.share.qq", []int64{
			2, 7, 13, 16, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38,
			99999, 100000, 100001, 100003, 100004, 100012, 100021, 100100, 100101, 111111,
		}},
		{"qq.bluediamond", []int64{-20002, -20001, -10002, -7, -6, -5, -4, -3, -2, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.ns, func(t *testing.T) {
			got := qqpCodes(mustNamespace(t, tt.ns).Entries)
			slices.Sort(got)
			want := slices.Clone(tt.codes)
			slices.Sort(want)
			assert.Equal(t, want, got)
		})
	}
}

func TestQQPlatformEntries(t *testing.T) {
	tests := []struct {
		ns     string
		code   int64
		name   string
		action catalog.Action
		reauth catalog.Reauth
		en, zh string // substrings of the descriptions
	}{
		{"qq.platform", -1, "PlatformInvalidParameters", catalog.ActionFixRequest, catalog.ReauthNone, "request parameters are invalid", "client的请求参数无效"},
		{"qq.platform", -2, "PlatformOpenAPIAppIDNotFound", catalog.ActionFixConfig, catalog.ReauthNone, "appid", "appid不存在"},
		{"qq.platform", -5, "PlatformSignatureFailed", catalog.ActionRetry, catalog.ReauthNone, "Signature", "签名验证失败"},
		{"qq.platform", -6, "PlatformAPIQuotaExceeded", catalog.ActionRateLimit, catalog.ReauthNone, "frequency", "访问超限"},
		{"qq.platform", -21, "PlatformOpenAPIAccessTokenRevoked", catalog.ActionReauthorize, catalog.ReauthStated, "revoked", "access_token已废除"},
		{"qq.platform", -22, "PlatformInvalidOpenID", catalog.ActionFixRequest, catalog.ReauthNone, "openid", "openid非法"},
		{"qq.platform", -73, "PlatformAccessTokenPasswordChanged", catalog.ActionReauthorize, catalog.ReauthStated, "changed the password", "改密失效"},
		{"qq.platform", 100007, "PlatformMissingAccessToken", catalog.ActionFixRequest, catalog.ReauthNone, "missing", "缺少access token"},
		{"qq.platform", 100014, "PlatformAccessTokenExpired", catalog.ActionReauthorize, catalog.ReauthStated, "expired", "access token过期"},
		{"qq.platform", 251002, "PlatformFriendsInvalidAccessToken", catalog.ActionReauthorize, catalog.ReauthStated, "access token", "access token不合法"},
		{"qq.platform", 1, "PlatformClientNotInstalled", catalog.ActionNotifyUser, catalog.ReauthNone, "not installed", "未安装QQ"},
		{"qq.platform", 220028, "PlatformFrequencyLimitExceeded", catalog.ActionRateLimit, catalog.ReauthNone, "frequency", "频率"},
		{"qq.platform", 225004, "PlatformMissingArkAccessToken", catalog.ActionFixRequest, catalog.ReauthNone, "accesstoken cannot be empty", "不能为空"},
		{"qq.platform", 901204, "PlatformReceiveFrequencyLimited", catalog.ActionNotifyUser, catalog.ReauthNone, "receives at most 5", "接收"},
		{"qq.platform", 9001010, "PlatformAppOrMiniAppNotOnline", catalog.ActionFixConfig, catalog.ReauthNone, "not online", "上线"},
		{"qq.gamecenter", 0, "GameCenterSuccess", catalog.ActionSuccess, catalog.ReauthNone, "Success", "成功"},
		{"qq.gamecenter", -4001, "GameCenterMissingParameters4001", catalog.ActionFixRequest, catalog.ReauthNone, "missing", "参数缺失"},
		{"qq.gamecenter", -4004, "GameCenterMissingParameters4004", catalog.ActionFixRequest, catalog.ReauthNone, "missing", "参数缺失"},
		{"qq.gamecenter", -4008, "GameCenterAccessTokenVerifyFailed", catalog.ActionRetry, catalog.ReauthNone, "AccessToken", "验证AccessToken失败"},
		{"qq.gamecenter", -4009, "GameCenterRateLimited", catalog.ActionRateLimit, catalog.ReauthNone, "frequency", "频率"},
		{"qq.gamecenter", -4010, "GameCenterGetUINFailed", catalog.ActionReauthorize, catalog.ReauthInferred, "UIN", "获取UIN错误"},
		{"qq.gamecenter", -4012, "GameCenterAchievementStale", catalog.ActionIgnore, catalog.ReauthNone, "stale", "上报成就数据过期"},
		{"qq.gamecenter", -4013, "GameCenterSkeyVerifyFailed", catalog.ActionReauthorize, catalog.ReauthStated, "skey", "效验skey失败"},
		{"qq.gamecenter", -4037, "GameCenterInvalidExpires", catalog.ActionFixRequest, catalog.ReauthNone, "expires", "expires字段无效"},
		{"qq.share.qzone", 1001, "QzoneShareServerBusy", catalog.ActionRetry, catalog.ReauthNone, "busy", "服务器繁忙"},
		{"qq.share.qzone", 1002, "QzoneShareNotLoggedIn", catalog.ActionReauthorize, catalog.ReauthStated, "log in first", "请先登陆"},
		{"qq.share.qzone", 1025, "QzoneShareLoginAgain", catalog.ActionReauthorize, catalog.ReauthStated, "log in again", "请重新登陆"},
		{"qq.share.qzone", 1031, "QzoneShareDailyLimit", catalog.ActionNotifyUser, catalog.ReauthNone, "%d", "每天最多分享%d次"},
		{"qq.share.qq", 2, "ShareParameterError", catalog.ActionRetry, catalog.ReauthNone, "Parameter", "参数错误"},
		{"qq.share.qq", 30, "ShareDailyLimit", catalog.ActionNotifyUser, catalog.ReauthNone, "tomorrow", "明天再来"},
		{"qq.share.qq", 34, "ShareDuplicateBroadcast", catalog.ActionIgnore, catalog.ReauthNone, "Duplicate", "群发消息重复"},
		{"qq.share.qq", 100000, "ShareAuthFailed", catalog.ActionReauthorize, catalog.ReauthStated, "uin or skey", "鉴权错误"},
		{"qq.share.qq", 100004, "ShareDirtyWords", catalog.ActionFixRequest, catalog.ReauthNone, "Dirty-word", "脏词错误"},
		{"qq.share.qq", 99999, "ShareRateLimited", catalog.ActionRateLimit, catalog.ReauthNone, "Frequency", "频率限制错误"},
		{"qq.bluediamond", -10002, "BlueDiamondAccountNotFound", catalog.ActionRetry, catalog.ReauthNone, "OpenId", "OpenId->QQ转换失败"},
		{"qq.bluediamond", -1, "BlueDiamondInvalidParameters", catalog.ActionFixRequest, catalog.ReauthNone, "parameter", "传入参数错误"},
		{"qq.bluediamond", -7, "BlueDiamondRateLimited", catalog.ActionRateLimit, catalog.ReauthNone, "frequency limit", "频率限制"},
	}
	for _, tt := range tests {
		t.Run(tt.ns+"/"+tt.name, func(t *testing.T) {
			e := mustLookup(t, tt.ns, tt.code)
			assert.Equal(t, tt.code, e.Code)
			assert.Equal(t, tt.name, e.Name)
			assert.Equal(t, "qq."+tt.name, e.Const())
			assert.Equal(t, "github.com/msdklint/msdklint/catalog/qq", e.ImportPath())
			assert.Equal(t, tt.action, e.Action, "action %s", e.Action)
			assert.Equal(t, tt.reauth, e.Reauth, "reauth %s", e.Reauth)
			assert.Contains(t, e.En, tt.en)
			assert.Contains(t, e.Zh, tt.zh)
			assert.False(t, e.IsRange())
		})
	}
}

// TestQQPlatformReauth pins the full reauthorization set of each namespace.
func TestQQPlatformReauth(t *testing.T) {
	tests := []struct {
		ns               string
		stated, inferred []int64
	}{
		{"qq.platform", []int64{-73, -24, -23, -21, -20, 100013, 100014, 100015, 100016, 251002}, nil},
		// -4010: seed 003 says the cause is mostly an expired accessToken.
		{"qq.gamecenter", []int64{-4013}, []int64{-4010}},
		{"qq.share.qzone", []int64{1002, 1025}, nil},
		{"qq.share.qq", []int64{100000}, nil},
		{"qq.bluediamond", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.ns, func(t *testing.T) {
			var stated, inferred []int64
			for _, e := range catalog.Default().ReauthCodes(mustNamespace(t, tt.ns).ID) {
				switch e.Reauth {
				case catalog.ReauthStated:
					stated = append(stated, e.Code)
				case catalog.ReauthInferred:
					inferred = append(inferred, e.Code)
				}
				// Nothing here is refreshable: every reauthorization is a
				// new login.
				assert.Equal(t, catalog.ActionReauthorize, e.Action, "%d", e.Code)
			}
			assert.Equal(t, tt.stated, stated, "stated")
			assert.Equal(t, tt.inferred, inferred, "inferred")
		})
	}
}

// TestQQPlatformSources pins which documents list each qq.platform code: the
// same table in three wordings is one entry per code.
func TestQQPlatformSources(t *testing.T) {
	all3 := []string{"seed 001 §4", "seed 000", "seed 003 §I"}
	only000and003 := []string{"seed 000", "seed 003 §I"}
	only003 := []string{"seed 003 §I"}
	want := map[int64][]string{}
	for _, c := range slices.Concat(qqpSpan(-12, -1), qqpSpan(-26, -20), qqpSpan(-73, -70), qqpSpan(100000, 100016)) {
		want[c] = all3
	}
	for _, c := range qqpSpan(251001, 251005) {
		want[c] = only000and003
	}
	for _, c := range slices.Concat([]int64{1, 3, 4, 5, 6, 10000, 220028, 9001010}, qqpSpan(225001, 225010), qqpSpan(901203, 901205)) {
		want[c] = only003
	}
	n := mustNamespace(t, "qq.platform")
	require.Len(t, n.Entries, len(want))
	for _, e := range n.Entries {
		assert.Equal(t, want[e.Code], e.Source, "qq.platform %d", e.Code)
	}
	assert.Equal(t, all3, n.Source)

	for _, e := range mustNamespace(t, "qq.gamecenter").Entries {
		assert.Equal(t, []string{"seed 001 §6", "seed 003 §III"}, e.Source, "qq.gamecenter %d", e.Code)
	}
	for _, ns := range []string{"qq.share.qzone", "qq.bluediamond"} {
		sec := map[string]string{"qq.share.qzone": "seed 001 §7", "qq.bluediamond": "seed 001 §8"}[ns]
		for _, e := range mustNamespace(t, ns).Entries {
			assert.Equal(t, []string{sec}, e.Source, "%s %d", ns, e.Code)
		}
	}
}

// TestQQPlatformDefects pins the documents' defects and disagreements,
// each handled with a note.
func TestQQPlatformDefects(t *testing.T) {
	t.Run("three wordings", func(t *testing.T) {
		notes := strings.Join(mustNamespace(t, "qq.platform").Notes, "\n")
		for _, s := range []string{"seed 001 §4", "seed 000", "QGSK", "seed 003 §I", "-10000"} {
			assert.Contains(t, notes, s)
		}
	})

	tests := []struct {
		ns    string
		code  int64
		notes []string // substrings of the entry's notes
	}{
		// 001/000 carry the inner codes, 003 drops them.
		{"qq.platform", -25, []string{"0x71f 0x5b", "seed 003 drops"}},
		{"qq.platform", -26, []string{"0x71f 0x5a", "does not match the meaning"}},
		// "改密失效": invalidated by a password change; 003 mistranslates it.
		{"qq.platform", -73, []string{"0x47", "qq.tokencheck 71", "mistranslation"}},
		{"qq.platform", 100010, []string{"malformed", "Seed 003"}},
		{"qq.platform", -21, []string{"100015", "deprecated"}},
		{"qq.platform", 251001, []string{"Not in seed 001"}},
		{"qq.platform", 901203, []string{"another account"}},
		{"qq.gamecenter", -4008, []string{"Not a reauthorization", "retry"}},
		{"qq.gamecenter", -4010, []string{"seed 003", "expired", "inferred"}},
		{"qq.gamecenter", -4036, []string{"cut off"}},
		{"qq.share.qq", 100001, []string{"参错错误", "typo"}},
		{"qq.share.qq", 100021, []string{"msdk-wiki-qq-api-zh.txt"}},
		{"qq.bluediamond", -3, []string{"whitelisted"}},
	}
	for _, tt := range tests {
		e := mustLookup(t, tt.ns, tt.code)
		notes := strings.Join(e.Notes, "\n")
		for _, s := range tt.notes {
			assert.Contains(t, notes, s, "%s %d", tt.ns, tt.code)
		}
	}

	t.Run("inner codes kept in zh", func(t *testing.T) {
		assert.Contains(t, mustLookup(t, "qq.platform", -25).Zh, "0x71f 0x5b")
		assert.Contains(t, mustLookup(t, "qq.platform", -26).Zh, "0x71f 0x5a")
		assert.Contains(t, mustLookup(t, "qq.platform", -73).Zh, "0x47")
		// The 0x47 behind -73 is the token check's password-change result.
		assert.Equal(t, catalog.ActionReauthorize, mustLookup(t, "qq.tokencheck", 0x47).Action)
	})

	t.Run("share/qq API page", func(t *testing.T) {
		// The wiki's /share/qq page repeats nine codes with the same text.
		page := map[int64]string{
			100000: "鉴权错误！uin,skey错误",
			100001: "参错错误！缺少必要参数，或者参数类型不对",
			100003: "服务错误！请联系相关开发人员",
			100004: "脏词错误！关键字涉黄、涉政等",
			100100: "CGI只能用post方式请求",
			100101: "CGI有Referer限制",
			100012: "服务超时错误！请联系相关开发人员",
			111111: "未知错误！请联系相关开发人员",
			99999:  "频率限制错误",
		}
		for _, e := range mustNamespace(t, "qq.share.qq").Entries {
			zh, ok := page[e.Code]
			if !ok {
				assert.Equal(t, []string{"seed 001 §7"}, e.Source, "%d", e.Code)
				continue
			}
			assert.Equal(t, zh, e.Zh, "%d", e.Code)
			assert.Equal(t, []string{"seed 001 §7", "table msdk-wiki-qq-api-zh.txt §2.2.1.6"}, e.Source, "%d", e.Code)
		}
	})

	t.Run("blue diamond trailing line", func(t *testing.T) {
		// "重试一次的，若还有问题请...联系MSDK技术支持" applies to every retry row.
		for _, e := range mustNamespace(t, "qq.bluediamond").Entries {
			if strings.HasPrefix(e.AdviceZh, "重试一次") {
				assert.Contains(t, e.AdviceZh, "联系MSDK技术支持", "%d", e.Code)
				assert.Contains(t, e.AdviceEn, "contact MSDK support", "%d", e.Code)
			}
		}
	})
}

// TestQQPlatformNoRanges: these tables list single codes only, so the gaps
// between them stay unknown.
func TestQQPlatformNoRanges(t *testing.T) {
	for _, ns := range qqpNamespaces {
		for _, e := range mustNamespace(t, ns).Entries {
			assert.False(t, e.IsRange(), "%s %d", ns, e.Code)
		}
	}
	c := catalog.Default()
	for _, tt := range []struct {
		ns   string
		code int64
	}{
		{"qq.platform", -13}, {"qq.platform", -19}, {"qq.platform", -27}, {"qq.platform", -74},
		{"qq.platform", 2}, {"qq.platform", 100017}, {"qq.platform", 251006}, {"qq.platform", 225011},
		{"qq.gamecenter", -3999}, {"qq.gamecenter", -4038}, {"qq.gamecenter", 4013},
		{"qq.share.qzone", 1003}, {"qq.share.qzone", 1029},
		{"qq.share.qq", 1}, {"qq.share.qq", 39}, {"qq.share.qq", 100002},
		{"qq.bluediamond", -8}, {"qq.bluediamond", -10001}, {"qq.bluediamond", 0},
	} {
		_, ok := c.Lookup(mustNamespace(t, tt.ns).ID, tt.code)
		assert.False(t, ok, "%s %d should be unknown", tt.ns, tt.code)
	}
}

// TestQQPlatformSameNumber: a number means different things in different
// namespaces.
func TestQQPlatformSameNumber(t *testing.T) {
	tests := []struct {
		code  int64
		names map[string]string // namespace -> constant
	}{
		{-1, map[string]string{"qq.platform": "PlatformInvalidParameters", "qq.bluediamond": "BlueDiamondInvalidParameters"}},
		{100000, map[string]string{"qq.platform": "PlatformInvalidResponseType", "qq.share.qq": "ShareAuthFailed"}},
		{2, map[string]string{"qq.share.qq": "ShareParameterError"}},
	}
	for _, tt := range tests {
		got := map[string]string{}
		for _, e := range catalog.Default().Find(tt.code) {
			if slices.Contains(qqpNamespaces, e.Namespace) {
				got[e.Namespace] = e.Name
			}
		}
		assert.Equal(t, tt.names, got, "%d", tt.code)
	}
}

// TestQQPlatformWellFormed checks what every entry of these namespaces
// must have.
func TestQQPlatformWellFormed(t *testing.T) {
	prefix := map[string]string{
		"qq.platform":    "Platform",
		"qq.gamecenter":  "GameCenter",
		"qq.share.qzone": "QzoneShare",
		"qq.share.qq":    "Share",
		"qq.bluediamond": "BlueDiamond",
	}
	for _, ns := range qqpNamespaces {
		for _, e := range mustNamespace(t, ns).Entries {
			assert.True(t, strings.HasPrefix(e.Name, prefix[ns]), "%s %d: name %q", ns, e.Code, e.Name)
			assert.True(t, e.Seed(), "%s %d", ns, e.Code)
			assert.NotEmpty(t, e.En, "%s %d", ns, e.Code)
			assert.NotEmpty(t, e.Zh, "%s %d", ns, e.Code)
			assert.Equal(t, e.AdviceEn == "", e.AdviceZh == "", "%s %d: advice in one language only", ns, e.Code)
			// The support boilerplate is reworded, never copied.
			for _, s := range []string{e.AdviceEn, e.AdviceZh} {
				assert.NotContains(t, s, "800013811", "%s %d", ns, e.Code)
				assert.NotContains(t, s, "QGSK", "%s %d", ns, e.Code)
				assert.NotContains(t, s, "MSDK Assistant", "%s %d", ns, e.Code)
			}
			// Reauthorization: stated exactly where the advice says so.
			says := e.AdviceZh == "重新授权"
			assert.Equal(t, says, e.Reauth == catalog.ReauthStated, "%s %d", ns, e.Code)
		}
	}
}
