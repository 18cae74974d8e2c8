package lexicon

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// cases are names as Go code on GitHub and in game servers spells them
// (written here, not copied), with what they name: a platform, a
// look-alike's vendor, or "" for nobody.
var cases = []struct {
	kind Kind
	name string
	want string
}{
	// Identifiers that name a platform, in its own spellings (issue 14:
	// WeChatReply, WeiXinReply and MSDKv5Resp were split into we/chat,
	// wei/xin and msd/kv5).
	{Ident, "WeChatReply", "wechat"},
	{Ident, "WeiXinReply", "wechat"},
	{Ident, "WeiXinResp", "wechat"},
	{Ident, "WechatUserInfo", "wechat"},
	{Ident, "WECHATTokenResp", "wechat"},
	{Ident, "WxLoginRsp", "wechat"},
	{Ident, "WXLogin", "wechat"},
	{Ident, "wxLogin", "wechat"},
	{Ident, "WxAccessTokenResp", "wechat"},
	{Ident, "wxCode2SessionResp", "wechat"},
	{Ident, "WxaCodeUnlimitReq", "wechat"},
	{Ident, "MiniProgramWxClient", "wechat"},
	{Ident, "wechatOAuthClient", "wechat"},
	{Ident, "GoWechatSDK", "wechat"},
	{Ident, "WeChatMPConfig", "wechat"},
	{Ident, "Code2SessionWeixinResp", "wechat"},
	{Ident, "weixinsdk", "wechat"},
	{Ident, "wxsdk", "wechat"},
	{Ident, "wxapi", "wechat"},
	{Ident, "wxmp", "wechat"},
	{Ident, "wxoauth2", "wechat"},
	{Ident, "微信登录Resp", "wechat"},
	{Ident, "MSDKv5Resp", "msdk"},
	{Ident, "MSDKV5Resp", "msdk"},
	{Ident, "MsdkResp", "msdk"},
	{Ident, "MSDKResp", "msdk"},
	{Ident, "msdkV3Client", "msdk"},
	{Ident, "Msdk5Token", "msdk"},
	{Ident, "MSDKVerifyLoginRsp", "msdk"},
	{Ident, "msdkclient", "msdk"},
	{Ident, "msdkv5client", "msdk"},
	{Ident, "QQLoginRsp", "qq"},
	{Ident, "QQConnectUserInfo", "qq"},
	{Ident, "qqconnect", "qq"},
	{Ident, "QzoneShareReq", "qq"},
	{Ident, "QZoneShareResp", "qq"},
	{Ident, "QQGameCenterRsp", "qq"},
	{Ident, "qqgame", "qq"},
	{Ident, "QQOpenAPIClient", "qq"},
	{Ident, "qqUserInfo", "qq"},
	{Ident, "QQVipInfo", "qq"},
	{Ident, "WeiboUser", "weibo"},
	{Ident, "SinaWeiboToken", "weibo"},
	{Ident, "SinaOAuth", "weibo"},
	{Ident, "weiboErrorResp", "weibo"},
	{Ident, "weibosdk", "weibo"},
	{Ident, "微博Resp", "weibo"},

	// WeCom in every spelling: WeChat Work is its old English name.
	{Ident, "WeChatWorkReply", "wecom"},
	{Ident, "WechatWorkClient", "wecom"},
	{Ident, "wechatwork", "wecom"},
	{Ident, "WorkWechatMsg", "wecom"},
	{Ident, "WorkWeixinAgent", "wecom"},
	{Ident, "QyWeixinToken", "wecom"},
	{Ident, "qyWechatAccessToken", "wecom"},
	{Ident, "QyWeChatClient", "wecom"},
	{Ident, "QyWxApp", "wecom"},
	{Ident, "WeWorkRobot", "wecom"},
	{Ident, "WeComAppMessage", "wecom"},
	{Ident, "WecomResp", "wecom"},
	{Ident, "WxWorkCallback", "wecom"},
	{Ident, "WorkWxContact", "wecom"},
	{Ident, "QyapiClient", "wecom"},
	{Ident, "企业微信Resp", "wecom"},
	{Ident, "qywx", "wecom"},
	{Ident, "qyapi", "wecom"},
	{Ident, "work.weixin", "wecom"},
	{Ident, "QiyeWeixinResp", "wecom"},
	{Ident, "qiyeweixin", "wecom"},
	{Ident, "QiyeWechatClient", "wecom"},
	{Ident, "EnterpriseWechatRobot", "wecom"},
	{Ident, "EnterpriseWeChatResp", "wecom"},
	{Ident, "EnterpriseWeixin", "wecom"},
	{Ident, "CorpWechatMsg", "wecom"},
	{Ident, "CorpWeixinToken", "wecom"},
	{Ident, "WxCorpClient", "wecom"},
	{Ident, "wxcorp", "wecom"},
	{Ident, "wxCorpAccessToken", "wecom"},

	// WeChat's other APIs, and Tencent's other products.
	{Ident, "WechatPayNotify", "wechatpay"},
	{Ident, "WxPayUnifiedOrderResp", "wechatpay"},
	{Ident, "WXPayClient", "wechatpay"},
	{Ident, "wxpay", "wechatpay"},
	{Ident, "WeixinPayResult", "wechatpay"},
	{Ident, "MchTransferResp", "wechatpay"},
	{Ident, "PayWxNotify", "wechatpay"},
	{Ident, "RepayWechatUser", "wechat"},
	{Ident, "ILinkBotClient", "wechatbot"},
	{Ident, "WeixinILinkClient", "wechatbot"},
	{Ident, "WechatBotToken", "wechatbot"},
	{Ident, "WxBotMsg", "wechatbot"},
	{Ident, "WechatyPuppet", "wechatbot"},
	{Ident, "OpenWechatBot", "wechatbot"},
	{Ident, "WxPusherResp", "wxpusher"},
	{Ident, "wxWidgetsFrame", "wxwidgets"},
	{Ident, "QQBotGuildResp", "qqbot"},
	{Ident, "QQMusicSongResp", "qqmusic"},
	{Ident, "QQMailSender", "qqmail"},
	{Ident, "QPayOrderResp", "tenpay"},
	{Ident, "TenpayNotify", "tenpay"},
	{Ident, "MidasPayResp", "midas"},
	{Ident, "TencentCloudSmsResp", "tencentcloud"},
	{Ident, "QcloudCosClient", "tencentcloud"},

	// Other companies.
	{Ident, "DingTalkRobotResp", "dingtalk"},
	{Ident, "DingdingMsg", "dingtalk"},
	{Ident, "DingRobotResp", "dingtalk"},
	{Ident, "dingResponse", "dingtalk"},
	{Ident, "DING_ROBOT", "dingtalk"},
	{Ident, "SendDingMsg", "dingtalk"},
	{Ident, "FeishuBotReply", "feishu"},
	{Ident, "LarkBot", "feishu"},
	{Ident, "LarkSuiteClient", "feishu"},
	{Ident, "AlipayTradeResp", "alipay"},
	{Ident, "DouyinCode2Session", "bytedance"},
	{Ident, "ToutiaoMiniApp", "bytedance"},
	{Ident, "ByteDanceOpen", "bytedance"},
	{Ident, "TikTokShopResp", "bytedance"},
	{Ident, "KuaishouOauthResp", "kuaishou"},
	{Ident, "BaiduMapResp", "baidu"},
	{Ident, "钉钉Robot", "dingtalk"},

	// A look-alike and a platform in one name: the look-alike.
	{Ident, "WechatToDingTalk", "dingtalk"},
	{Ident, "QQAndFeishuBridge", "feishu"},
	{Ident, "MsdkMidasOrder", "midas"},

	// Nobody: the letters without the word.
	{Ident, "Sqqueeze", ""},
	{Ident, "HTTPServer", ""},
	{Ident, "LoginRsp", ""},
	{Ident, "UserInfoResp", ""},
	{Ident, "RetCode", ""},
	{Ident, "Clarke", ""},
	{Ident, "Wxyz", ""},
	{Ident, "wxyz", ""},
	{Ident, "qqq", ""},
	{Ident, "QQQ", ""},
	{Ident, "qqube", ""},
	{Ident, "WxidList", ""},
	{Ident, "wxidToUser", ""},
	{Ident, "TxResp", ""},
	{Ident, "txID", ""},
	{Ident, "TencentResp", ""},
	{Ident, "OpenAPIError", ""},
	{Ident, "Msdklint", ""},
	{Ident, "MsdklintConfig", ""},
	{Ident, "msdklint", ""},
	{Ident, "SinatraApp", ""},
	{Ident, "Wexford", ""},
	{Ident, "WeekChart", ""},
	{Ident, "WeiChatter", ""},
	{Ident, "Dingo", ""},
	{Ident, "DingoResp", ""},
	{Ident, "Padding", ""},
	{Ident, "BindingResp", ""},
	{Ident, "dingding1", "dingtalk"},
	{Ident, "Corporation", ""},
	{Ident, "EnterpriseResp", ""},
	{Ident, "QiyeResp", ""},
	{Ident, "WxCorporateResp", "wechat"}, // wx, then Corporate: not WxCorp
	{Ident, "wxWorker", "wechat"},        // WxWork's letters, but Worker is another word
	{Ident, "NewWxHandler", "wechat"},

	// File names.
	{File, "wechat_work.go", "wecom"},
	{File, "wechat.go", "wechat"},
	{File, "wx_login.go", "wechat"},
	{File, "wxlogin.go", "wechat"},
	{File, "weixin_client.go", "wechat"},
	{File, "msdk_v5.go", "msdk"},
	{File, "msdkv3_auth.go", "msdk"},
	{File, "qq_connect.go", "qq"},
	{File, "qzone_share.go", "qq"},
	{File, "weibo_oauth.go", "weibo"},
	{File, "sina.go", "weibo"},
	{File, "qyweixin.go", "wecom"},
	{File, "wxwork_callback.go", "wecom"},
	{File, "work-wechat.go", "wecom"},
	{File, "dingtalk_notify.go", "dingtalk"},
	{File, "feishu.go", "feishu"},
	{File, "lark_bot_test.go", "feishu"},
	{File, "wxpay_notify.go", "wechatpay"},
	{File, "handler_qq_test.go", "qq"},
	{File, "企业微信.go", "wecom"},
	{File, "alipay_client.go", "alipay"},
	{File, "internal/wechat/oauth.go", ""},
	{File, "login_handler.go", ""},
	{File, "workspace.go", ""},
	{File, "msdklint.go", ""},
	{File, "wxyz.go", ""},
	{File, "we_chat.go", ""},

	// Import paths.
	{Package, "github.com/acme/game/pkg/wxsdk", "wechat"},
	{Package, "github.com/acme/game/wxapi", "wechat"},
	{Package, "github.com/acme/game/msdkclient", "msdk"},
	{Package, "example.com/game/msdk", "msdk"},
	{Package, "example.com/game/msdk5", "msdk"},
	{Package, "github.com/acme/msdkv3-go", "msdk"},
	{Package, "github.com/acme/sdk/msdk_v5", "msdk"},
	{Package, "example.com/game/platform/qq", "qq"},
	{Package, "example.com/game/qqconnect", "qq"},
	{Package, "github.com/acme/game/auth/qzone", "qq"},
	{Package, "example.com/game/weibosdk", "weibo"},
	{Package, "github.com/acme/game/auth/weibo", "weibo"},
	{Package, "github.com/acme/gowechat", "wechat"},
	{Package, "github.com/acme/gowechat/mp", "wechat"},
	{Package, "github.com/acme/wechat/v2/officialaccount", "wechat"},
	{Package, "github.com/acme/wechat/work", "wecom"},
	{Package, "github.com/acme/wechat/v2/work", "wecom"},
	{Package, "github.com/acme/wechatwork", "wecom"},
	{Package, "github.com/acme/qyweixin/message", "wecom"},
	{Package, "github.com/acme/wxwork-sdk", "wecom"},
	{Package, "github.com/acme/workwx", "wecom"},
	{Package, "github.com/acme/game/notify/wecom", "wecom"},
	{Package, "github.com/acme/qywx/api", "wecom"},
	{Package, "github.com/acme/game/qyapi", "wecom"},
	{Package, "github.com/acme/dingtalk-robot", "dingtalk"},
	// WeCom beside WeChat in an SDK: a later element that is a WeCom word.
	{Package, "github.com/acme/PowerWeChat/v3/src/work/response", "wecom"},
	{Package, "github.com/acme/PowerWeChat/v3/src/openWork/model", "wecom"},
	{Package, "github.com/acme/PowerWeChat/src/openwork", "wecom"},
	{Package, "github.com/acme/gowechat/pkg/open_work", "wecom"},
	{Package, "github.com/acme/wechat/corp", "wecom"},
	{Package, "github.com/acme/wechat/v2/corp/message", "wecom"},
	{Package, "github.com/acme/wx/api/wework", "wecom"},
	{Package, "github.com/acme/PowerWeChat/v3/src/officialAccount/user", "wechat"},
	{Package, "github.com/acme/PowerWeChat/v3/src/kernel/response", "wechat"},
	{Package, "github.com/acme/PowerWeChat/v3/src/workflow", "wechat"}, // not the word work
	{Package, "github.com/acme/work/api/wechat", "wechat"},             // work before WeChat
	{Package, "github.com/acme/game/corp/work", ""},
	{Package, "github.com/acme/feishu-sdk/im", "feishu"},
	{Package, "github.com/acme/larksuite/oapi", "feishu"},
	{Package, "github.com/acme/alipay/v3", "alipay"},
	{Package, "github.com/acme/douyin-openapi", "bytedance"},
	{Package, "github.com/acme/game/pay/wxpay", "wechatpay"},
	{Package, "github.com/acme/wechat/mch", "wechatpay"},
	{Package, "github.com/acme/wechat/v2/pay/notify", "wechatpay"},
	{Package, "github.com/acme/game/pay/wechat", "wechatpay"},
	{Package, "github.com/acme/game/payment/wechat", "wechat"}, // only pay is a look-alike's word
	{Package, "github.com/acme/wechat/v2/miniprogram/auth", "wechat"},
	{Package, "github.com/acme/wechatpay-go/services", "wechatpay"},
	{Package, "github.com/acme/weixin/ilink", "wechatbot"},
	{Package, "github.com/acme/wechaty-go", "wechatbot"},
	{Package, "github.com/acme/openwechat", "wechatbot"},
	{Package, "github.com/acme/qqbot-go", "qqbot"},
	{Package, "github.com/acme/game/sdk/midas", "midas"},
	{Package, "github.com/acme/game/tencentcloud/sms", "tencentcloud"},
	{Package, "github.com/msdklint/msdklint/catalog/msdk", ""},
	{Package, "github.com/msdklint/msdklint/catalog/wechat", ""},
	{Package, "github.com/msdklint/msdklint/catalog", ""},
	{Package, "github.com/msdklint/msdklint/analyzer", ""},
	{Package, "github.com/msdklint/msdklint/examples/gameserver", ""},
	{Package, "git.code.qq.com/game/login", ""},
	{Package, "github.com/acme/game/internal/txn", ""},
	{Package, "github.com/acme/openapi3", ""},
	{Package, "github.com/acme/game/proto", ""},
	{Package, "github.com/qqq/utils", ""},
	{Package, "github.com/acme/wxid-tools", ""},
	{Package, "github.com/acme/game/v2/work", ""},
	{Package, "rung_named", ""},

	// Module paths.
	{Module, "github.com/msdklint/msdklint", ""},
	{Module, "github.com/msdklint/msdklint/catalog", ""},
	{Module, "github.com/acme/wechat-sdk", "wechat"},
	{Module, "github.com/acme/wechat-work-sdk", "wecom"},
	{Module, "github.com/acme/msdk-go", "msdk"},
	{Module, "github.com/acme/wx-go", "wechat"},
	{Module, "gitee.com/acme/weixin", "wechat"},
	{Module, "github.com/acme/qyweixin", "wecom"},
	{Module, "github.com/acme/gamesvr", ""},
	{Module, "github.com/acme/qqgame-server", "qq"},
	{Module, "github.com/acme/dingtalk", "dingtalk"},
	{Module, "github.com/acme/weibo-go/v2", "weibo"},
	{Module, "qq.com", ""},
	{Module, "github.com/acme/PowerWeChat/v3/src/work", "wecom"},
	{Module, "github.com/acme/wechat-sdk/openWork", "wecom"},

	// Hosts.
	{Host, "api.weixin.qq.com", "wechat"},
	{Host, "sh.api.weixin.qq.com", "wechat"},
	{Host, "API.WEIXIN.QQ.COM", "wechat"},
	{Host, "api.weixin.qq.com:443", "wechat"},
	{Host, "api.weixin.qq.com.", "wechat"},
	{Host, "api2.weixin.qq.com", "wechat"},
	{Host, "qyapi.weixin.qq.com", "wecom"},
	{Host, "open.work.weixin.qq.com", "wecom"},
	{Host, "work.weixin.qq.com", "wecom"},
	{Host, "api.mch.weixin.qq.com", "wechatpay"},
	{Host, "api2.mch.weixin.qq.com", "wechatpay"},
	{Host, "pay.weixin.qq.com", "wechatpay"},
	{Host, "ilinkai.weixin.qq.com", "wechatbot"},
	{Host, "wx.qq.com", "wechatbot"},
	{Host, "webpush.wx.qq.com", "wechatbot"},
	{Host, "api.sgroup.qq.com", "qqbot"},
	{Host, "mp.weixin.qq.com", ""},
	{Host, "open.weixin.qq.com", ""},
	{Host, "weixin.qq.com", ""},
	{Host, "xapi.weixin.qq.com", ""},
	{Host, "graph.qq.com", "qq"},
	{Host, "openapi.tencentyun.com", "qq"},
	{Host, "openapi.sparta.html5.qq.com", "qq"},
	{Host, "msdk.qq.com", "msdk"},
	{Host, "ssl.msdk.qq.com", "msdk"},
	{Host, "ap6.ssl.msdk.qq.com", "msdk"},
	{Host, "msdktest.qq.com", "msdk"},
	{Host, "msdk.tencent-cloud.net", "msdk"},
	{Host, "itop.qq.com", ""},
	{Host, "api.weibo.com", "weibo"},
	{Host, "weibo.com", ""},
	{Host, "oapi.dingtalk.com", "dingtalk"},
	{Host, "api.dingtalk.com", "dingtalk"},
	{Host, "open.feishu.cn", "feishu"},
	{Host, "open.larksuite.com", "feishu"},
	{Host, "openapi.alipay.com", "alipay"},
	{Host, "open.douyin.com", "bytedance"},
	{Host, "developer.toutiao.com", "bytedance"},
	{Host, "open.kuaishou.com", "kuaishou"},
	{Host, "qq.com", ""},
	{Host, "example.com", ""},
	{Host, "wechat", ""},
}

func TestClassify(t *testing.T) {
	counts := map[Kind]int{}
	for _, tc := range cases {
		counts[tc.kind]++
		m := Classify(tc.name, tc.kind)
		if m.Owner != tc.want {
			t.Errorf("Classify(%q, %v) = %q (%q), want %q", tc.name, tc.kind, m.Owner, m.Word, tc.want)
			continue
		}
		look := tc.want != "" && !slices.Contains(platformNames[:], tc.want)
		if m.LookAlike != look || m.Kind != tc.kind || m.Found() != (tc.want != "") {
			t.Errorf("Classify(%q, %v) = %+v", tc.name, tc.kind, m)
		}
		if look && m.Platforms != 0 || !look && tc.want != "" && !m.Platforms.Has(tc.want) {
			t.Errorf("Classify(%q, %v).Platforms = %v", tc.name, tc.kind, m.Platforms.List())
		}
	}
	if len(cases) < 150 {
		t.Errorf("%d cases, want at least 150", len(cases))
	}
	t.Logf("%d cases: %v", len(cases), counts)
}

func TestEvidence(t *testing.T) {
	for _, tc := range []struct {
		name  string
		kind  Kind
		word  string
		plats []string
		nss   []string
	}{
		{"WeChatReply", Ident, "wechat", []string{"wechat"}, nil},
		{"QQConnectUserInfo", Ident, "qq connect", []string{"qq"}, nil},
		{"WeChatWorkReply", Ident, "wechat work", nil, nil},
		{"github.com/acme/PowerWeChat/v3/src/openWork/model", Package, "wechat openwork", nil, nil},
		{"DingRobotResp", Ident, "ding", nil, nil},
		{"DingTalkRobotResp", Ident, "dingtalk", nil, nil},
		{"MSDKv5Resp", Ident, "msdk", []string{"msdk"}, nil},
		{"QQWechatBridge", Ident, "qq", []string{"qq", "wechat"}, nil},
		{"example.com/game/msdk/wechat", Package, "msdk", []string{"msdk", "wechat"}, nil},
		{"ssl.msdk.qq.com", Host, "msdk.qq.com", []string{"msdk"}, []string{"msdk.access", "msdk.logic"}},
		{"qyapi.weixin.qq.com", Host, "qyapi.weixin.qq.com", nil, nil},
	} {
		m := Classify(tc.name, tc.kind)
		if m.Word != tc.word || !slices.Equal(m.Platforms.List(), tc.plats) || !slices.Equal(m.Namespaces, tc.nss) {
			t.Errorf("Classify(%q) = word %q, platforms %v, namespaces %v; want %q, %v, %v", tc.name, m.Word, m.Platforms.List(), m.Namespaces, tc.word, tc.plats, tc.nss)
		}
	}
}

func TestTokens(t *testing.T) {
	for in, want := range map[string]string{
		"WeChatReply":            "wechat reply",
		"WeiXinResp":             "weixin resp",
		"MSDKv5Resp":             "msdkv5 resp",
		"MSDKV5Resp":             "msdkv5 resp",
		"msdk5":                  "msdk5",
		"QQLoginRsp":             "qq login rsp",
		"WXLogin":                "wx login",
		"wxLogin":                "wx login",
		"wxsdk":                  "wx sdk",
		"wxapi":                  "wx api",
		"msdkclient":             "msdk client",
		"qqconnect":              "qq connect",
		"weibosdk":               "weibo sdk",
		"wechatwork":             "wechat work",
		"wechat/work":            "wechat work",
		"wechat_work":            "wechat work",
		"QyWeChatClient":         "qy wechat client",
		"企业微信Resp":               "企业微信 resp",
		"HTTPServer":             "http server",
		"github.com/acme/wx_api": "github com acme wx api",
		"msdklint":               "msdklint",
		"qqq":                    "qqq",
		"wxyz":                   "wxyz",
		"wxid":                   "wxid",
		"oauth2Client":           "oauth2 client",
	} {
		if got := strings.Join(Tokens(in), " "); got != want {
			t.Errorf("Tokens(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTable checks that every spelling of the table reads as its owner,
// written joined, apart and in camel case.
func TestTable(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range table {
		if seen[e.Spelling] || e.Spelling != strings.ToLower(e.Spelling) || e.Owner == "" {
			t.Errorf("entry %q: duplicate, not lower case or no owner", e.Spelling)
		}
		seen[e.Spelling] = true
		platform := slices.Contains(platformNames[:], e.Owner)
		if platform == e.LookAlike {
			t.Errorf("entry %q: owner %q is a platform: %v, look-alike: %v", e.Spelling, e.Owner, platform, e.LookAlike)
		}
		if e.Form == HostName {
			if (e.Namespaces != nil) != platform {
				t.Errorf("host %q: namespaces %v", e.Spelling, e.Namespaces)
			}
			if m := Classify(e.Spelling, Host); m.Owner != e.Owner {
				t.Errorf("host %q reads as %q", e.Spelling, m.Owner)
			}
			continue
		}
		if e.Namespaces != nil {
			t.Errorf("word %q has namespaces", e.Spelling)
		}
		forms := []string{strings.ReplaceAll(e.Spelling, " ", ""), strings.ReplaceAll(e.Spelling, " ", "_"), camel(e.Spelling) + "Resp"}
		for _, f := range forms {
			if m := Classify(f, Ident); m.Owner != e.Owner || m.Word != e.Spelling {
				t.Errorf("%q (entry %q) reads as %q (%q)", f, e.Spelling, m.Owner, m.Word)
			}
		}
	}
	for _, s := range suffixes {
		if s != strings.ToLower(s) {
			t.Errorf("suffix %q is not lower case", s)
		}
	}
}

// camel spells words in camel case: "wechat work" -> WechatWork.
func camel(s string) string {
	var b strings.Builder
	for w := range strings.SplitSeq(s, " ") {
		if w[0] < 0x80 {
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		} else {
			b.WriteString(w)
		}
	}
	return b.String()
}

func TestMarkdown(t *testing.T) {
	md := Markdown()
	cells := func(line string) int { return strings.Count(line, "|") - strings.Count(line, `\|`) - 1 }
	rows, want := 0, 0
	for line := range strings.SplitSeq(md, "\n") {
		switch {
		case strings.HasPrefix(line, "| spelling |") || strings.HasPrefix(line, "| host |"):
			want = cells(line)
		case strings.HasPrefix(line, "| `"):
			rows++
			if cells(line) != want {
				t.Errorf("row of %d cells under a header of %d: %s", cells(line), want, line)
			}
		}
	}
	if rows != len(table) {
		t.Errorf("%d rows, %d entries", rows, len(table))
	}
	for _, e := range table {
		if !strings.Contains(md, "| `"+e.Spelling+"` | ") {
			t.Errorf("no row for %q", e.Spelling)
		}
	}
	for _, s := range suffixes {
		if !strings.Contains(md, "`"+s+"`") {
			t.Errorf("suffix %q missing", s)
		}
	}
}

// BenchmarkClassify reads the names the evidence code asks about for a
// typical field: a type, a file, a package path and a host.
func BenchmarkClassify(b *testing.B) {
	names := []struct {
		name string
		kind Kind
	}{
		{"WeChatWorkReply", Ident},
		{"LoginRsp", Ident},
		{"MSDKv5Resp", Ident},
		{"wechat_login_handler.go", File},
		{"github.com/acme/game/internal/platform/wxsdk", Package},
		{"api.weixin.qq.com", Host},
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			Classify(n.name, n.kind)
		}
	}
}

func TestLongName(t *testing.T) {
	long := "example.com/" + strings.Repeat("game/", 60)
	for _, tc := range []struct{ name, want string }{
		{long + "wechat/work", "wecom"},
		{long + "wxsdk", "wechat"},
		{long + "login", ""},
	} {
		if m := Classify(tc.name, Package); m.Owner != tc.want {
			t.Errorf("Classify(%d bytes ending %q) = %q, want %q", len(tc.name), tc.name[len(tc.name)-12:], m.Owner, tc.want)
		}
	}
}

// FuzzClassify checks that no name panics, that a look-alike names no
// platform, and that the tokens are the name's letters and digits.
func FuzzClassify(f *testing.F) {
	for _, tc := range cases {
		f.Add(tc.name, uint8(tc.kind))
	}
	f.Fuzz(func(t *testing.T, name string, kind uint8) {
		m := Classify(name, Kind(kind%5))
		if m.LookAlike && m.Platforms != 0 || m.Found() != (m.Word != "") {
			t.Errorf("Classify(%q) = %+v", name, m)
		}
		var want strings.Builder
		for _, r := range name {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if r < 0x80 {
					r = unicode.ToLower(r)
				}
				want.WriteRune(r)
			}
		}
		if got := strings.Join(Tokens(name), ""); got != want.String() {
			t.Errorf("Tokens(%q) = %q, want the letters %q", name, Tokens(name), want.String())
		}
	})
}
