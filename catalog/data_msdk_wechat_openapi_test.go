package catalog_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/msdklint/msdklint/catalog"
)

// These tests pin the seed entries of seed 001 §1, §2, §3 and §5 (msdk.errtype,
// msdk.access, msdk.logic, wechat.platform, wechat.group) and of seed 004
// (openapi.auth, openapi.common).

// mwoSeedEntries returns the seed entries of ns: wechat.platform also holds
// the public tables' entries, which are pinned elsewhere.
func mwoSeedEntries(t *testing.T, ns string) []*catalog.Entry {
	t.Helper()
	var out []*catalog.Entry
	for _, e := range mustNamespace(t, ns).Entries {
		if e.Seed() {
			out = append(out, e)
		}
	}
	return out
}

func TestMSDKWeChatOpenAPICounts(t *testing.T) {
	tests := []struct {
		ns                   string
		entries, ranges, ext int // seed entries, of which ranges; table-only entries
	}{
		{"msdk.errtype", 5, 0, 0},
		{"msdk.access", 24, 0, 0},
		// 42 rows: 38 single codes, 4 range headers (-100, -1000, -2000,
		// -30000) folded into 6 ranges; plus -30005 from the MSDK wiki.
		{"msdk.logic", 44, 6, 1},
		{"wechat.platform", 32, 0, -1}, // the public tables are counted by their own test
		{"wechat.group", 9, 0, 0},
		{"openapi.auth", 10, 0, 0},
		{"openapi.common", 27, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.ns, func(t *testing.T) {
			seed := mwoSeedEntries(t, tt.ns)
			assert.Len(t, seed, tt.entries)
			ranges := 0
			for _, e := range seed {
				if e.IsRange() {
					ranges++
				}
			}
			assert.Equal(t, tt.ranges, ranges, "ranges")
			if tt.ext >= 0 {
				all := mustNamespace(t, tt.ns).Entries
				assert.Len(t, all, tt.entries+tt.ext, "all entries")
			}
		})
	}
}

func TestMSDKWeChatOpenAPIEntries(t *testing.T) {
	tests := []struct {
		ns     string
		code   int64
		name   string
		action catalog.Action
		reauth catalog.Reauth
		en, zh string // substrings
		source []string
	}{
		// msdk.errtype: seed 001 §1.
		{"msdk.errtype", 0, "ErrTypeOK", catalog.ActionSuccess, catalog.ReauthNone, "Normal", "正常", []string{"seed 001 §1"}},
		{"msdk.errtype", 1, "ErrTypeNetworkUnstable", catalog.ActionRetry, catalog.ReauthNone, "network is unstable", "网络不稳定", []string{"seed 001 §1"}},
		{"msdk.errtype", 2, "ErrTypeReauthorize", catalog.ActionReauthorize, catalog.ReauthStated, "Authorize again", "重新授权", []string{"seed 001 §1"}},
		{"msdk.errtype", 3, "ErrTypeRefreshToken", catalog.ActionRefreshToken, catalog.ReauthNone, "refresh token", "refreshToken", []string{"seed 001 §1"}},
		{"msdk.errtype", 5, "ErrTypeUnknown", catalog.ActionContactSupport, catalog.ReauthNone, "Unknown", "未知错误", []string{"seed 001 §1"}},

		// msdk.access: seed 001 §2.
		{"msdk.access", 0, "AccessSuccess", catalog.ActionSuccess, catalog.ReauthNone, "Success", "成功", []string{"seed 001 §2"}},
		{"msdk.access", -303, "AccessAppIDNoPermission", catalog.ActionFixConfig, catalog.ReauthNone, "no permission in MSDK", "没有权限", []string{"seed 001 §2"}},
		{"msdk.access", -307, "AccessInternalError307", catalog.ActionRetry, catalog.ReauthNone, "Internal error", "内部错误", []string{"seed 001 §2"}},
		{"msdk.access", -312, "AccessInternalError312", catalog.ActionRetry, catalog.ReauthNone, "Internal error", "内部错误", []string{"seed 001 §2"}},
		{"msdk.access", -311, "AccessLogicCommandNotFound", catalog.ActionContactSupport, catalog.ReauthNone, "command word", "命令字", []string{"seed 001 §2"}},
		{"msdk.access", -502, "AccessURLSignatureError", catalog.ActionFixRequest, catalog.ReauthNone, "signature", "签名错误", []string{"seed 001 §2"}},
		{"msdk.access", -503, "AccessRateLimited", catalog.ActionRateLimit, catalog.ReauthNone, "frequency", "频率超限", []string{"seed 001 §2"}},
		{"msdk.access", -504, "AccessAppIDNotFound", catalog.ActionFixConfig, catalog.ReauthNone, "appid does not exist", "appid不存在", []string{"seed 001 §2"}},
		{"msdk.access", -507, "AccessInternalErrorIgnorable", catalog.ActionIgnore, catalog.ReauthNone, "needs no handling", "不用处理", []string{"seed 001 §2"}},
		{"msdk.access", -901, "AccessGuestModeForbidden", catalog.ActionFixRequest, catalog.ReauthNone, "guest mode", "游客模式", []string{"seed 001 §2"}},
		{"msdk.access", -107, "AccessPayIPNotWhitelisted", catalog.ActionFixConfig, catalog.ReauthNone, "whitelist", "白名单", []string{"seed 001 §2"}},
		{"msdk.access", -101, "AccessHTTPParseFailed", catalog.ActionRetry, catalog.ReauthNone, "parse the HTTP", "解析http失败", []string{"seed 001 §2"}},

		// msdk.logic: seed 001 §3, and the pass-through codes of §1.
		{"msdk.logic", 0, "LogicSuccess", catalog.ActionSuccess, catalog.ReauthNone, "Success", "成功", []string{"seed 001 §3"}},
		{"msdk.logic", 1, "LogicNoData", catalog.ActionIgnore, catalog.ReauthNone, "empty", "没数据", []string{"seed 001 §3"}},
		{"msdk.logic", -101, "LogicInternalError101", catalog.ActionRetry, catalog.ReauthNone, "logic layer internal error", "内部错误", []string{"seed 001 §3"}},
		{"msdk.logic", -110, "LogicGuestVerifyFailed", catalog.ActionFixRequest, catalog.ReauthNone, "Guest mode verification", "游客模式校验失败", []string{"seed 001 §3"}},
		{"msdk.logic", -1011, "LogicMissingInputParameter", catalog.ActionFixRequest, catalog.ReauthNone, "empty", "输入参数为空", []string{"seed 001 §3"}},
		{"msdk.logic", -2003, "LogicCommandNotFound", catalog.ActionFixRequest, catalog.ReauthNone, "command does not exist", "命令不存在", []string{"seed 001 §3"}},
		{"msdk.logic", -2009, "LogicA8DecodeFailed", catalog.ActionRetry, catalog.ReauthNone, "A8 decoding", "A8解码失败", []string{"seed 001 §3"}},
		{"msdk.logic", -2010, "LogicAppConfigNotFound", catalog.ActionFixConfig, catalog.ReauthNone, "configuration", "配置", []string{"seed 001 §3"}},
		{"msdk.logic", -10000, "LogicQQPlatformError", catalog.ActionSeeMsg, catalog.ReauthNone, "QQ platform error passed through", "透传", []string{"seed 001 §1", "seed 001 §3"}},
		{"msdk.logic", -10001, "LogicQQInvalidQQNumber", catalog.ActionFixRequest, catalog.ReauthNone, "Invalid QQ number", "非法的qq号", []string{"seed 001 §3"}},
		{"msdk.logic", -10010, "LogicWhitelistEntryExists", catalog.ActionNotifyUser, catalog.ReauthNone, "already exists", "白名单数据已经存在", []string{"seed 001 §3"}},
		{"msdk.logic", -10014, "LogicWhitelistEntryExpired", catalog.ActionNotifyUser, catalog.ReauthNone, "expired", "记录已过期", []string{"seed 001 §3"}},
		{"msdk.logic", -20000, "LogicWeChatPlatformError", catalog.ActionSeeMsg, catalog.ReauthNone, "WeChat platform error passed through", "透传", []string{"seed 001 §1", "seed 001 §3"}},
		{"msdk.logic", -20001, "LogicWeChatInvalidQQNumber", catalog.ActionFixRequest, catalog.ReauthNone, "Invalid QQ number", "非法的QQ号", []string{"seed 001 §3"}},
		{"msdk.logic", -20004, "LogicWeChatInvalidAppID", catalog.ActionFixConfig, catalog.ReauthNone, "Invalid appid", "非法的appid", []string{"seed 001 §3"}},
		{"msdk.logic", -30001, "LogicLBSLocationFailed", catalog.ActionRetry, catalog.ReauthNone, "LBS location", "LBS位置信息失败", []string{"seed 001 §3"}},
		{"msdk.logic", -30005, "LogicLBSNearbyPlayersFailed", catalog.ActionRetry, catalog.ReauthNone, "nearby players", "获取附近的人失败", []string{"table msdk-wiki-errorcode-zh.txt"}},

		// wechat.platform: the seed part of seed 001 §5.
		{"wechat.platform", 0, "OK", catalog.ActionSuccess, catalog.ReauthNone, "ok", "成功", []string{"seed 001 §5"}},
		{"wechat.platform", -1, "SystemError", catalog.ActionRetry, catalog.ReauthNone, "system error", "系统错误", []string{"seed 001 §5"}},
		{"wechat.platform", 40001, "InvalidCredential", catalog.ActionReauthorize, catalog.ReauthStated, "invalid credential", "不合法的凭证", []string{"seed 001 §5"}},
		{"wechat.platform", 42001, "AccessTokenExpired", catalog.ActionRefreshToken, catalog.ReauthStated, "access_token expired", "access_token过期", []string{"seed 001 §5"}},
		// Issue 19: WeChat's meaning leads; the seed's reading is a note.
		{"wechat.platform", 42004, "PluginTokenExpired", catalog.ActionFixRequest, catalog.ReauthNone, "plugin token expired", "插件 token 已过期", []string{"seed 001 §5", "table wechat-global.tsv"}},
		{"wechat.platform", 48001, "APIUnauthorized", catalog.ActionReauthorize, catalog.ReauthStated, "api unauthorized", "未授权", []string{"seed 001 §5"}},
		{"wechat.platform", 40013, "InvalidAppID", catalog.ActionFixConfig, catalog.ReauthNone, "invalid appid", "不合法的appid", []string{"seed 001 §5"}},
		{"wechat.platform", 45009, "APIFreqOutOfLimit", catalog.ActionRateLimit, catalog.ReauthNone, "freq out of limit", "超过限制", []string{"seed 001 §5"}},
		{"wechat.platform", 45013, "TooManyTemplateArgs", catalog.ActionFixRequest, catalog.ReauthNone, "too many template args", "模板参数过多", []string{"seed 001 §5"}},
		{"wechat.platform", 41001, "MissingAccessToken", catalog.ActionReauthorize, catalog.ReauthStated, "access_token missing", "缺少access_token", []string{"seed 001 §5"}},
		{"wechat.platform", 41003, "MissingRefreshToken", catalog.ActionFixRequest, catalog.ReauthNone, "refresh_token missing", "缺少refresh_token", []string{"seed 001 §5"}},
		{"wechat.platform", 43005, "RequireFriendRelations", catalog.ActionNotifyUser, catalog.ReauthNone, "friend relations", "好友关系", []string{"seed 001 §5"}},
		{"wechat.platform", 43003, "RequireHTTPS", catalog.ActionFixRequest, catalog.ReauthNone, "https", "HTTPS", []string{"seed 001 §5"}},

		// wechat.group: seed 001 §5.
		{"wechat.group", -1, "GroupSystemError", catalog.ActionRetry, catalog.ReauthNone, "System error", "系统错误", []string{"seed 001 §5"}},
		{"wechat.group", -10000, "GroupInternalError", catalog.ActionRetry, catalog.ReauthNone, "Internal error", "内部错误", []string{"seed 001 §5"}},
		{"wechat.group", -10001, "GroupNoCreatePermission", catalog.ActionFixConfig, catalog.ReauthNone, "permission to create groups", "没有建群权限", []string{"seed 001 §5"}},
		{"wechat.group", -10005, "GroupIDExists", catalog.ActionNotifyUser, catalog.ReauthNone, "already exists", "群ID已存在", []string{"seed 001 §5"}},
		{"wechat.group", -10007, "GroupIDNotFound", catalog.ActionNotifyUser, catalog.ReauthNone, "does not exist", "群ID不存在", []string{"seed 001 §5"}},

		// openapi.auth and openapi.common: seed 004.
		{"openapi.auth", 10000, "AuthInvalidRequest", catalog.ActionFixRequest, catalog.ReauthNone, "Invalid request", "非法的请求参数", []string{"seed 004 §auth"}},
		{"openapi.auth", 10001, "AuthInvalidClient", catalog.ActionFixConfig, catalog.ReauthNone, "Invalid client", "用户认证失败", []string{"seed 004 §auth"}},
		{"openapi.auth", 10002, "AuthInvalidGrant", catalog.ActionReauthorize, catalog.ReauthInferred, "Invalid grant", "非法的授权信息", []string{"seed 004 §auth"}},
		{"openapi.auth", 10006, "AuthRefreshTokenExpired", catalog.ActionReauthorize, catalog.ReauthInferred, "Expired token", "更新令牌已过期", []string{"seed 004 §auth"}},
		{"openapi.auth", 10009, "AuthAccessDenied", catalog.ActionReauthorize, catalog.ReauthInferred, "Access denied", "拒绝授予", []string{"seed 004 §auth"}},
		{"openapi.common", 0, "CommonSuccess", catalog.ActionSuccess, catalog.ReauthNone, "Success", "成功", []string{"seed 004 §common"}},
		{"openapi.common", 4, "CommonRequestLimitReached", catalog.ActionRateLimit, catalog.ReauthNone, "request limit reached", "上限", []string{"seed 004 §common"}},
		{"openapi.common", 7, "CommonRefererNoPermission", catalog.ActionFixConfig, catalog.ReauthNone, "referer", "来自该refer的请求无访问权限", []string{"seed 004 §common"}},
		{"openapi.common", 100, "CommonInvalidParameter100", catalog.ActionFixRequest, catalog.ReauthNone, "Invalid request parameter", "请求参数无效", []string{"seed 004 §common"}},
		{"openapi.common", 110, "CommonInvalidAccessToken", catalog.ActionReauthorize, catalog.ReauthInferred, "Access token invalid", "无效的access token", []string{"seed 004 §common"}},
		{"openapi.common", 111, "CommonAccessTokenExpired", catalog.ActionRefreshToken, catalog.ReauthInferred, "Access token expired", "access token过期", []string{"seed 004 §common"}},
		{"openapi.common", 211, "CommonInvalidParameter211", catalog.ActionFixRequest, catalog.ReauthNone, "Invalid request parameter", "请求参数无效", []string{"seed 004 §common"}},
		{"openapi.common", 805, "CommonDatabaseError", catalog.ActionRetry, catalog.ReauthNone, "database error", "数据库操作出错", []string{"seed 004 §common"}},
		{"openapi.common", 900, "CommonNoSuchApplication", catalog.ActionFixConfig, catalog.ReauthNone, "No such application", "访问的应用不存在", []string{"seed 004 §common"}},
	}
	for _, tt := range tests {
		e := mustLookup(t, tt.ns, tt.code)
		assert.False(t, e.IsRange(), "%s %d must be an exact entry", tt.ns, tt.code)
		assert.Equal(t, tt.code, e.Code, "%s %d code", tt.ns, tt.code)
		assert.Equal(t, tt.name, e.Name, "%s %d name", tt.ns, tt.code)
		assert.Equal(t, tt.action, e.Action, "%s %d action", tt.ns, tt.code)
		assert.Equal(t, tt.reauth, e.Reauth, "%s %d reauth", tt.ns, tt.code)
		assert.Contains(t, e.En, tt.en, "%s %d en", tt.ns, tt.code)
		assert.Contains(t, e.Zh, tt.zh, "%s %d zh", tt.ns, tt.code)
		assert.Equal(t, tt.source, e.Source, "%s %d source", tt.ns, tt.code)
		assert.Equal(t, strings.SplitN(tt.ns, ".", 2)[0]+"."+tt.name, e.Const(), "%s %d const", tt.ns, tt.code)
	}
}

// TestMSDKWeChatOpenAPIRanges pins msdk.logic's ranges: the source gives
// each as one open-ended row, the catalog closes them where the next
// begins and leaves the last (LBS) open. The constant of each holds the
// code the source lists (issue 9), not a bound of ours.
func TestMSDKWeChatOpenAPIRanges(t *testing.T) {
	tests := []struct {
		lo, hi  int64
		name    string
		action  catalog.Action
		inside  int64 // a code of the range that has no exact entry
		header  int64 // the source's row that states the range
		exactIn int64 // an exact entry inside the range, which wins
		exactNm string
	}{
		{-999, -100, "LogicSystemError", catalog.ActionRetry, -500, -100, -101, "LogicInternalError101"},
		{-1999, -1000, "LogicClientError", catalog.ActionFixRequest, -1500, -1000, -1011, "LogicMissingInputParameter"},
		{-9999, -2000, "LogicServerError", catalog.ActionRetry, -5000, -2000, -2010, "LogicAppConfigNotFound"},
		{-19999, -10000, "LogicQQBusinessError", catalog.ActionSeeMsg, -15000, -10000, -10000, "LogicQQPlatformError"},
		{-29999, -20000, "LogicWeChatBusinessError", catalog.ActionSeeMsg, -25000, -20000, -20000, "LogicWeChatPlatformError"},
		{math.MinInt64, -30000, "LogicLBSError", catalog.ActionRetry, -1000000, -30000, -30001, "LogicLBSLocationFailed"},
	}
	c := catalog.Default()
	id := mustNamespace(t, "msdk.logic").ID
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, code := range []int64{tt.lo, tt.hi, tt.inside, tt.header} {
				if code == tt.exactIn {
					continue // checked below
				}
				e, ok := c.Lookup(id, code)
				require.True(t, ok, "%d is unknown", code)
				assert.True(t, e.IsRange(), "%d", code)
				assert.Equal(t, tt.lo, e.Code, "%d: low end", code)
				assert.Equal(t, tt.hi, e.Hi, "%d: high end", code)
				assert.Equal(t, tt.header, e.ConstValue(), "%d: the constant is the code the source lists", code)
				assert.Equal(t, tt.name, e.Name, "%d", code)
				assert.Equal(t, tt.action, e.Action, "%d", code)
				assert.Equal(t, catalog.ReauthNone, e.Reauth, "%d", code)
				assert.True(t, e.Seed(), "%d", code)
			}
			// Just outside: another range, an exact code, or nothing; never this range.
			for _, code := range []int64{tt.lo - 1, tt.hi + 1} {
				if tt.lo == math.MinInt64 && code == tt.lo-1 {
					continue // the range is open: nothing lies below it
				}
				if e, ok := c.Lookup(id, code); ok {
					assert.NotEqual(t, tt.name, e.Name, "%d is outside %d..%d", code, tt.lo, tt.hi)
				}
			}
			e, ok := c.Lookup(id, tt.exactIn)
			require.True(t, ok)
			assert.False(t, e.IsRange(), "%d: the exact entry wins over the range", tt.exactIn)
			assert.Equal(t, tt.exactNm, e.Name)
		})
	}
	// Between 1 and -100, and above, nothing is known; below -30000 is the
	// open LBS range.
	for _, code := range []int64{-99, -2, 2, 100} {
		_, ok := c.Lookup(id, code)
		assert.False(t, ok, "msdk.logic %d", code)
	}
	// No other namespace of this fragment has ranges.
	for _, ns := range []string{"msdk.errtype", "msdk.access", "wechat.platform", "wechat.group", "openapi.auth", "openapi.common"} {
		for _, e := range mustNamespace(t, ns).Entries {
			assert.False(t, e.IsRange(), "%s %d..%d", ns, e.Code, e.Hi)
		}
	}
}

// TestMSDKWeChatOpenAPIReauth pins the full reauthorize set of each
// namespace (for wechat.platform, of the seed's entries), and the codes that
// only need a token refresh.
func TestMSDKWeChatOpenAPIReauth(t *testing.T) {
	tests := []struct {
		ns               string
		stated, inferred []int64
		refreshNoReauth  []int64
	}{
		{ns: "msdk.errtype", stated: []int64{2}, refreshNoReauth: []int64{3}},
		{ns: "msdk.access"},
		{ns: "msdk.logic"},
		{
			ns: "wechat.platform",
			// Every row whose advice is 重新拉起授权, and 42001's
			// "刷新token或重新拉起授权", except 40032 and 42004, whose
			// advice went with the seed's reading of them (issue 19).
			stated: []int64{40001, 40002, 40003, 40029, 40031, 41001, 42001, 42003, 48001},
		},
		{ns: "wechat.group"},
		// Issue 19: 10009, the player refused the authorization, and 111,
		// the expired access token refreshed first, as wechat 42001.
		{ns: "openapi.auth", inferred: []int64{10002, 10006, 10009}},
		{ns: "openapi.common", inferred: []int64{110, 111}},
	}
	c := catalog.Default()
	for _, tt := range tests {
		t.Run(tt.ns, func(t *testing.T) {
			var stated, inferred, refresh []int64
			for _, e := range c.ReauthCodes(mustNamespace(t, tt.ns).ID) {
				if !e.Seed() {
					continue
				}
				switch e.Reauth {
				case catalog.ReauthStated:
					stated = append(stated, e.Code)
				case catalog.ReauthInferred:
					inferred = append(inferred, e.Code)
				default:
					t.Errorf("ReauthCodes returned %d without reauth", e.Code)
				}
			}
			for _, e := range mwoSeedEntries(t, tt.ns) {
				if e.Action == catalog.ActionRefreshToken && e.Reauth == catalog.ReauthNone {
					refresh = append(refresh, e.Code)
				}
				if e.Reauth == catalog.ReauthNone {
					assert.NotEqual(t, catalog.ActionReauthorize, e.Action, "%s %d", tt.ns, e.Code)
				}
			}
			// ReauthCodes is sorted by code.
			assert.True(t, slices.IsSorted(stated) && slices.IsSorted(inferred))
			assert.Equal(t, tt.stated, stated, "stated")
			assert.Equal(t, tt.inferred, inferred, "inferred")
			assert.Equal(t, tt.refreshNoReauth, refresh, "refresh-token without reauth")
		})
	}
	// 42001 refreshes first, then reauthorizes: the only refresh-token code
	// whose source also names reauthorization.
	e := mustLookup(t, "wechat.platform", 42001)
	assert.Equal(t, catalog.ActionRefreshToken, e.Action)
	assert.Contains(t, e.AdviceZh, "刷新token或重新拉起授权")
}

// TestMSDKWeChatOpenAPIDefects pins the documents' defects and the choices
// made for them, by their notes.
func TestMSDKWeChatOpenAPIDefects(t *testing.T) {
	tests := []struct {
		ns   string
		code int64
		note string
	}{
		// Open-ended ranges closed on purpose.
		{"msdk.logic", -100, "The constant holds -100, the code the source lists"},
		{"msdk.logic", -15000, "-15000~-19999"},
		{"msdk.logic", -35000, "closed at -39999"},
		// The pass-through codes come from §1 as well as §3.
		{"msdk.logic", -10000, "ret -10000"},
		{"msdk.logic", -20000, "ret -20000"},
		{"msdk.logic", -30005, "Not in seed 001"},
		{"msdk.logic", -10014, "whitelist slot, not a login"},
		// Same number, other meaning.
		{"msdk.access", -101, "msdk.logic"},
		{"wechat.group", -10000, "pass-through"},
		{"msdk.access", -303, `"MASK"`},
		// Seed kept against WeChat's public tables.
		{"wechat.platform", 42004, "42002"},
		{"wechat.platform", 40032, "40030"},
		{"wechat.platform", 40001, "token gone"},
		{"wechat.platform", 48001, "seed's advice"},
		// The seed's advice repeated from another row, or against the meaning.
		{"wechat.platform", 45013, "rate-limit line"},
		{"wechat.platform", 45014, "rate-limit line"},
		{"wechat.platform", 41001, "the seed advises reauthorization"},
		{"wechat.platform", 40002, "the seed advises reauthorization"},
		{"msdk.access", -107, "fix-config"},
		// Seed 004's English column out of step with the Chinese.
		{"openapi.common", 7, `"Invalid parameter"`},
		{"openapi.common", 100, `"Unsupported response type"`},
		{"openapi.common", 211, `"Unsupported response type"`},
		{"openapi.auth", 10001, "user authentication failed"},
	}
	for _, tt := range tests {
		e := mustLookup(t, tt.ns, tt.code)
		assert.True(t, slices.ContainsFunc(e.Notes, func(n string) bool { return strings.Contains(n, tt.note) }),
			"%s %d: no note containing %q in %q", tt.ns, tt.code, tt.note, e.Notes)
	}
	// The namespace states the bounds chosen for all six ranges.
	logic := mustNamespace(t, "msdk.logic")
	assert.True(t, slices.ContainsFunc(logic.Notes, func(n string) bool {
		return strings.Contains(n, "-999..-100 system, -1999..-1000 client, -9999..-2000 server, -19999..-10000 QQ business, -29999..-20000 WeChat business, -30000 and below LBS")
	}), "msdk.logic notes %q", logic.Notes)
	// The seed's "来自该refer的请求无访问权限" wins over its English column.
	assert.NotContains(t, mustLookup(t, "openapi.common", 7).En, "Invalid parameter")
	// err_type has no 4.
	_, ok := catalog.Default().Lookup(mustNamespace(t, "msdk.errtype").ID, 4)
	assert.False(t, ok, "msdk.errtype 4")
}

// TestMSDKWeChatOpenAPIWellFormed checks every seed entry of these
// namespaces: bilingual, named with its namespace's prefix, a seed source of
// the right section, and no repeated support phone numbers in the advice.
func TestMSDKWeChatOpenAPIWellFormed(t *testing.T) {
	tests := []struct {
		ns, prefix, source, titleEn, titleZh string
	}{
		{"msdk.errtype", "ErrType", "seed 001 §1", "MSDK access layer err_type (error class)", "MSDK接入层错误分类 err_type"},
		{"msdk.access", "Access", "seed 001 §2", "MSDK access layer errors", "MSDK接入层错误码"},
		{"msdk.logic", "Logic", "seed 001 §", "MSDK logic layer errors", "MSDK逻辑层错误码"},
		{"wechat.platform", "", "seed 001 §5", "WeChat platform errors", "微信平台错误码"},
		{"wechat.group", "Group", "seed 001 §5", "WeChat group binding errors", "微信加绑群错误码"},
		{"openapi.auth", "Auth", "seed 004 §auth", "Open platform authorization/token request codes", "授权／令牌请求接口返回码"},
		{"openapi.common", "Common", "seed 004 §common", "Open platform common API return codes", "API通用返回码"},
	}
	for _, tt := range tests {
		t.Run(tt.ns, func(t *testing.T) {
			n := mustNamespace(t, tt.ns)
			assert.Equal(t, tt.titleEn, n.TitleEn)
			assert.Equal(t, tt.titleZh, n.TitleZh)
			for _, e := range mwoSeedEntries(t, tt.ns) {
				assert.True(t, strings.HasPrefix(e.Name, tt.prefix) && len(e.Name) > len(tt.prefix), "%s %d name %q", tt.ns, e.Code, e.Name)
				assert.NotEmpty(t, e.En, "%s %d en", tt.ns, e.Code)
				assert.NotEmpty(t, e.Zh, "%s %d zh", tt.ns, e.Code)
				assert.Equal(t, e.AdviceEn == "", e.AdviceZh == "", "%s %d: advice in one language only", tt.ns, e.Code)
				for _, s := range e.Source {
					// 40032 and 42004 take their meaning from WeChat's tables (issue 19).
					table := tt.ns == "wechat.platform" && (e.Code == 40032 || e.Code == 42004) && strings.HasPrefix(s, "table wechat-")
					assert.True(t, strings.HasPrefix(s, tt.source) || table, "%s %d source %q", tt.ns, e.Code, s)
				}
				for _, a := range []string{e.AdviceEn, e.AdviceZh} {
					assert.NotContains(t, a, "800013811", "%s %d", tt.ns, e.Code)
				}
			}
		})
	}
}

// TestMSDKWeChatOpenAPIFind: a code is only meaningful with its namespace;
// Find shows every meaning.
func TestMSDKWeChatOpenAPIFind(t *testing.T) {
	var names []string
	for _, e := range catalog.Default().Find(-10000) {
		names = append(names, e.Const())
	}
	assert.Contains(t, names, "msdk.LogicQQPlatformError")
	assert.Contains(t, names, "wechat.GroupInternalError")

	names = names[:0]
	for _, e := range catalog.Default().Find(-500) {
		names = append(names, e.Const())
	}
	assert.Contains(t, names, "msdk.LogicSystemError")
}
