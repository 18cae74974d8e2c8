package lexicon

import "slices"

// A Form is how a spelling must sit in a name to count.
type Form uint8

const (
	// Whole: the spelling is a whole word of the name (its ends are at a
	// separator, a case change or the ends of the name).
	Whole Form = iota
	// Prefix: a whole word, or the start of a lower-case compound whose
	// rest is a word of the suffix list (wxsdk, qqconnect, msdkclient).
	Prefix
	// Part: anywhere in a word (spellings too long or too odd to occur
	// by chance: weixin, qzone, 企业微信).
	Part
	// HostName: a host name, matching itself and its subdomains.
	HostName
)

func (f Form) String() string {
	switch f {
	case Whole:
		return "whole word"
	case Prefix:
		return "word or compound prefix"
	case Part:
		return "anywhere"
	}
	return "host and subdomains"
}

// An Entry is one spelling of the table.
type Entry struct {
	// Spelling is lower case; a space separates words that may also be
	// written apart (wechat_work, wechat/work, WeChatWork).
	Spelling string
	// Owner is a platform (msdk, qq, wechat, weibo) or, for a
	// look-alike, the vendor whose API it names.
	Owner     string
	LookAlike bool
	Form      Form
	// Version lets a version follow the spelling: MSDKv5, msdk5.
	Version bool
	// Namespaces are the catalog namespaces of a platform host's
	// replies; nil for words and look-alikes.
	Namespaces []string
	Note       string
}

// Platforms are the owners that are platforms, in the order of a
// Platforms set. openapi (seed 004's convention) has no spelling: the
// word is the name of every REST description format.
var platformNames = [...]string{"msdk", "qq", "wechat", "weibo"}

// table is the one source of how platforms and look-alikes are spelled.
var table = []Entry{
	// MSDK.
	{Spelling: "msdk", Owner: "msdk", Form: Prefix, Version: true, Note: "MSDK, MSDKv5, msdk5, msdkclient; not msdklint"},

	// QQ.
	{Spelling: "qq", Owner: "qq", Form: Prefix, Note: "QQLoginRsp, qqsdk, qqgame, qqopen; not qqq"},
	{Spelling: "qq connect", Owner: "qq", Form: Part, Note: "QQ Connect (QQ Login)"},
	{Spelling: "qzone", Owner: "qq", Form: Part, Note: "Qzone, QZone"},

	// WeChat.
	{Spelling: "wechat", Owner: "wechat", Form: Part, Note: "WeChat, Wechat, gowechat"},
	{Spelling: "weixin", Owner: "wechat", Form: Part, Note: "Weixin, WeiXin"},
	{Spelling: "wx", Owner: "wechat", Form: Prefix, Note: "WxResp, WXLogin, wxsdk, wxapi, wxmp, wxa; not wxyz, wxid"},
	{Spelling: "wxa", Owner: "wechat", Form: Prefix, Note: "the mini-program API (/wxa/...)"},
	{Spelling: "微信", Owner: "wechat", Form: Part},

	// Weibo.
	{Spelling: "weibo", Owner: "weibo", Form: Part, Note: "Weibo, weibosdk"},
	{Spelling: "sina weibo", Owner: "weibo", Form: Part},
	{Spelling: "sina", Owner: "weibo", Form: Prefix, Note: "Sina; not sinatra"},
	{Spelling: "微博", Owner: "weibo", Form: Part},

	// WeCom (企业微信), whose old English name is WeChat Work: its API
	// answers errcode/errmsg with codes that collide with WeChat's.
	{Spelling: "wecom", Owner: "wecom", LookAlike: true, Form: Prefix},
	{Spelling: "wechat work", Owner: "wecom", LookAlike: true, Form: Part, Note: "WeChatWork, wechat_work, wechat/work"},
	{Spelling: "work wechat", Owner: "wecom", LookAlike: true, Form: Part},
	{Spelling: "weixin work", Owner: "wecom", LookAlike: true, Form: Part},
	{Spelling: "work weixin", Owner: "wecom", LookAlike: true, Form: Part, Note: "WorkWeixin, work.weixin"},
	{Spelling: "qy weixin", Owner: "wecom", LookAlike: true, Form: Part, Note: "QyWeixin (qiye weixin)"},
	{Spelling: "qy wechat", Owner: "wecom", LookAlike: true, Form: Part},
	{Spelling: "qy wx", Owner: "wecom", LookAlike: true, Form: Prefix, Note: "qywx"},
	{Spelling: "qiye weixin", Owner: "wecom", LookAlike: true, Form: Part, Note: "QiyeWeixin, qiyeweixin (企业微信 in pinyin)"},
	{Spelling: "qiye wechat", Owner: "wecom", LookAlike: true, Form: Part},
	{Spelling: "enterprise wechat", Owner: "wecom", LookAlike: true, Form: Part, Note: "EnterpriseWechat, EnterpriseWeChat"},
	{Spelling: "enterprise weixin", Owner: "wecom", LookAlike: true, Form: Part},
	{Spelling: "corp wechat", Owner: "wecom", LookAlike: true, Form: Part, Note: "CorpWechat"},
	{Spelling: "corp weixin", Owner: "wecom", LookAlike: true, Form: Part},
	{Spelling: "wx corp", Owner: "wecom", LookAlike: true, Form: Prefix, Note: "WxCorp, wxcorp"},
	{Spelling: "qyapi", Owner: "wecom", LookAlike: true, Form: Prefix},
	{Spelling: "wework", Owner: "wecom", LookAlike: true, Form: Prefix},
	{Spelling: "wx work", Owner: "wecom", LookAlike: true, Form: Prefix},
	{Spelling: "work wx", Owner: "wecom", LookAlike: true, Form: Prefix},
	{Spelling: "企业微信", Owner: "wecom", LookAlike: true, Form: Part},

	// WeChat's APIs that do not answer with WeChat's errcode namespace.
	{Spelling: "wechat pay", Owner: "wechatpay", LookAlike: true, Form: Part, Note: "WeChat Pay: string codes (return_code, err_code, v3 code)"},
	{Spelling: "weixin pay", Owner: "wechatpay", LookAlike: true, Form: Part},
	{Spelling: "wx pay", Owner: "wechatpay", LookAlike: true, Form: Prefix},
	{Spelling: "pay wechat", Owner: "wechatpay", LookAlike: true, Form: Prefix, Note: "pay/wechat, PayWechat"},
	{Spelling: "pay weixin", Owner: "wechatpay", LookAlike: true, Form: Prefix},
	{Spelling: "pay wx", Owner: "wechatpay", LookAlike: true, Form: Prefix},
	{Spelling: "mch", Owner: "wechatpay", LookAlike: true, Form: Whole, Note: "the merchant API (wechat/mch)"},
	{Spelling: "微信支付", Owner: "wechatpay", LookAlike: true, Form: Part},
	{Spelling: "ilink", Owner: "wechatbot", LookAlike: true, Form: Prefix, Note: "WeChat's iLink bot API"},
	{Spelling: "wechat bot", Owner: "wechatbot", LookAlike: true, Form: Prefix, Note: "bots: iLink, WeCom group robots, web-protocol libraries"},
	{Spelling: "weixin bot", Owner: "wechatbot", LookAlike: true, Form: Prefix},
	{Spelling: "wx bot", Owner: "wechatbot", LookAlike: true, Form: Prefix},
	{Spelling: "wechaty", Owner: "wechatbot", LookAlike: true, Form: Part, Note: "web-protocol bot SDKs: BaseResponse.Ret, not errcode"},
	{Spelling: "openwechat", Owner: "wechatbot", LookAlike: true, Form: Part},
	{Spelling: "itchat", Owner: "wechatbot", LookAlike: true, Form: Whole},
	{Spelling: "wx pusher", Owner: "wxpusher", LookAlike: true, Form: Prefix, Note: "a third-party push service with codes of its own"},
	{Spelling: "wxwidgets", Owner: "wxwidgets", LookAlike: true, Form: Part, Note: "the GUI toolkit"},

	// Tencent's other APIs spelled with a platform's name.
	{Spelling: "qq bot", Owner: "qqbot", LookAlike: true, Form: Prefix, Note: "the QQ bot API"},
	{Spelling: "qq music", Owner: "qqmusic", LookAlike: true, Form: Prefix},
	{Spelling: "qq mail", Owner: "qqmail", LookAlike: true, Form: Prefix},
	{Spelling: "qpay", Owner: "tenpay", LookAlike: true, Form: Prefix, Note: "QQ wallet payments"},
	{Spelling: "qq pay", Owner: "tenpay", LookAlike: true, Form: Prefix},
	{Spelling: "tenpay", Owner: "tenpay", LookAlike: true, Form: Part},
	{Spelling: "midas", Owner: "midas", LookAlike: true, Form: Prefix, Note: "Tencent's game payments (米大师): their own ret codes"},
	{Spelling: "tencentcloud", Owner: "tencentcloud", LookAlike: true, Form: Part, Note: "string error codes"},
	{Spelling: "qcloud", Owner: "tencentcloud", LookAlike: true, Form: Prefix},

	// Other companies whose APIs spell errcode/errmsg or ret/msg.
	{Spelling: "dingtalk", Owner: "dingtalk", LookAlike: true, Form: Part},
	{Spelling: "dingding", Owner: "dingtalk", LookAlike: true, Form: Part},
	{Spelling: "ding", Owner: "dingtalk", LookAlike: true, Form: Whole, Note: "DingRobotResp, dingResponse; not Dingo, Padding, Binding"},
	{Spelling: "钉钉", Owner: "dingtalk", LookAlike: true, Form: Part},
	{Spelling: "feishu", Owner: "feishu", LookAlike: true, Form: Part},
	{Spelling: "飞书", Owner: "feishu", LookAlike: true, Form: Part},
	{Spelling: "larksuite", Owner: "feishu", LookAlike: true, Form: Part},
	{Spelling: "lark", Owner: "feishu", LookAlike: true, Form: Whole, Note: "not Clarke"},
	{Spelling: "alipay", Owner: "alipay", LookAlike: true, Form: Part},
	{Spelling: "支付宝", Owner: "alipay", LookAlike: true, Form: Part},
	{Spelling: "douyin", Owner: "bytedance", LookAlike: true, Form: Part},
	{Spelling: "抖音", Owner: "bytedance", LookAlike: true, Form: Part},
	{Spelling: "toutiao", Owner: "bytedance", LookAlike: true, Form: Part},
	{Spelling: "bytedance", Owner: "bytedance", LookAlike: true, Form: Part},
	{Spelling: "tiktok", Owner: "bytedance", LookAlike: true, Form: Part},
	{Spelling: "kuaishou", Owner: "kuaishou", LookAlike: true, Form: Part},
	{Spelling: "快手", Owner: "kuaishou", LookAlike: true, Form: Part},
	{Spelling: "baidu", Owner: "baidu", LookAlike: true, Form: Part},
	{Spelling: "百度", Owner: "baidu", LookAlike: true, Form: Part},

	// Platform hosts: those of the MSDK server documentation and the
	// platforms' OAuth2 and API references.
	{Spelling: "api.weixin.qq.com", Owner: "wechat", Form: HostName, Namespaces: []string{"wechat.platform"}, Note: "WeChat official accounts, mini programs and login (also its regional sh./sz./hk. subdomains)"},
	{Spelling: "api2.weixin.qq.com", Owner: "wechat", Form: HostName, Namespaces: []string{"wechat.platform"}, Note: "WeChat's backup API domain"},
	{Spelling: "graph.qq.com", Owner: "qq", Form: HostName, Namespaces: []string{"qq.oauth2"}, Note: "QQ Login (QQ Connect) OAuth2"},
	{Spelling: "openapi.tencentyun.com", Owner: "qq", Form: HostName, Namespaces: []string{"qq.platform"}, Note: "QQ open platform OpenAPI v3 (MSDK seed 001 §4, seed 003 §I)"},
	{Spelling: "openapi.sparta.html5.qq.com", Owner: "qq", Form: HostName, Namespaces: []string{"qq.platform"}, Note: "QQ open platform OpenAPI v3, test environment"},
	{Spelling: "msdk.qq.com", Owner: "msdk", Form: HostName, Namespaces: []string{"msdk.access", "msdk.logic"}, Note: "MSDK server API (also ssl.msdk.qq.com and its ap6./ip6. subdomains)"},
	{Spelling: "msdktest.qq.com", Owner: "msdk", Form: HostName, Namespaces: []string{"msdk.access", "msdk.logic"}, Note: "MSDK server API, test environment"},
	{Spelling: "msdk.tencent-cloud.net", Owner: "msdk", Form: HostName, Namespaces: []string{"msdk.access", "msdk.logic"}, Note: "MSDK server API, intranet"},
	{Spelling: "msdktest.tencent-cloud.net", Owner: "msdk", Form: HostName, Namespaces: []string{"msdk.access", "msdk.logic"}, Note: "MSDK server API, intranet test environment"},
	{Spelling: "api.weibo.com", Owner: "weibo", Form: HostName, Namespaces: []string{"weibo"}, Note: "Weibo OAuth2 and API v2"},

	// Look-alike hosts, under a platform's domain or not.
	{Spelling: "qyapi.weixin.qq.com", Owner: "wecom", LookAlike: true, Form: HostName, Note: "WeCom (企业微信)"},
	{Spelling: "work.weixin.qq.com", Owner: "wecom", LookAlike: true, Form: HostName, Note: "WeCom's site and open.work.weixin.qq.com"},
	{Spelling: "mch.weixin.qq.com", Owner: "wechatpay", LookAlike: true, Form: HostName, Note: "WeChat Pay (api.mch., api2.mch.)"},
	{Spelling: "pay.weixin.qq.com", Owner: "wechatpay", LookAlike: true, Form: HostName, Note: "WeChat Pay merchant platform"},
	{Spelling: "ilinkai.weixin.qq.com", Owner: "wechatbot", LookAlike: true, Form: HostName, Note: "WeChat's iLink bot API: codes the catalog does not hold"},
	{Spelling: "wx.qq.com", Owner: "wechatbot", LookAlike: true, Form: HostName, Note: "Web WeChat, driven by bot libraries"},
	{Spelling: "api.sgroup.qq.com", Owner: "qqbot", LookAlike: true, Form: HostName, Note: "the QQ bot API"},
	{Spelling: "oapi.dingtalk.com", Owner: "dingtalk", LookAlike: true, Form: HostName, Note: "DingTalk"},
	{Spelling: "api.dingtalk.com", Owner: "dingtalk", LookAlike: true, Form: HostName, Note: "DingTalk"},
	{Spelling: "open.feishu.cn", Owner: "feishu", LookAlike: true, Form: HostName, Note: "Feishu"},
	{Spelling: "open.larksuite.com", Owner: "feishu", LookAlike: true, Form: HostName, Note: "Lark"},
	{Spelling: "openapi.alipay.com", Owner: "alipay", LookAlike: true, Form: HostName, Note: "Alipay"},
	{Spelling: "open.douyin.com", Owner: "bytedance", LookAlike: true, Form: HostName, Note: "Douyin"},
	{Spelling: "developer.toutiao.com", Owner: "bytedance", LookAlike: true, Form: HostName, Note: "ByteDance (Toutiao) mini programs"},
	{Spelling: "open.kuaishou.com", Owner: "kuaishou", LookAlike: true, Form: HostName, Note: "Kuaishou"},
}

// wecomElems are the path elements that make a path WeCom's when an
// earlier element names WeChat: SDKs keep WeCom beside WeChat in a
// package of its own (PowerWeChat/src/work, PowerWeChat/src/openWork,
// wechat/corp for WeCom's predecessor 企业号). An element is compared
// in lower case without - and _.
var wecomElems = []string{"work", "openwork", "wework", "wecom", "corp"}

// suffixes are the words that may follow a Prefix spelling in one
// lower-case word: wxsdk, qqconnect, msdkclient. A short spelling
// followed by anything else is a different word (wxid, qqq, msdklint).
var suffixes = []string{
	"api", "apis", "app", "auth", "client", "connect", "game", "games",
	"gateway", "login", "mini", "minigame", "miniprogram", "mp", "msg",
	"oauth", "open", "openapi", "pay", "platform", "proxy", "reply",
	"req", "resp", "rsp", "sdk", "server", "service", "sns", "srv",
	"svc", "user", "util", "utils",
}

// own are the import paths of the linter's own packages: the catalog's
// constants packages are named after the platforms but declare no
// reply.
var own = []string{"github.com/msdklint/msdklint/catalog"}

// Table returns the table, for docs and tools.
func Table() []Entry {
	return slices.Clone(table)
}

// Suffixes returns the suffix list of Prefix spellings, for docs.
func Suffixes() []string {
	return slices.Clone(suffixes)
}
