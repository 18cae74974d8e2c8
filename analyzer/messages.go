package analyzer

import (
	"fmt"

	"github.com/msdklint/msdklint/catalog"
)

// A message is a diagnostic text in each language of -lang.
type message struct{ en, zh string }

var (
	msgUnknown = message{
		"%s %d is in no namespace (searched %s)%s",
		"%s %d 不在任何命名空间中(已查找 %s)%s",
	}
	msgDidYouMean = message{
		"; did you mean %s?",
		";是否应为 %s?",
	}
	msgWrongPlatform = message{
		"%s %d is not a code of %s; it belongs to %s",
		"%s %d 不是 %s 的错误码;它属于 %s",
	}
	msgPassThrough = message{
		"; MSDK sends a %s platform code as %s (%d) with the code in msg",
		";MSDK 将%s平台错误码作为 %s(%d)发送,平台错误码在 msg 中",
	}
	msgMagic = message{
		"%s %d is %s; use the constant",
		"%s %d 是 %s;请使用常量",
	}
	msgMagicDuplicate = message{
		"%s %d is %s, which the same condition already compares with %s (%s): drop this comparison",
		"%s %d 即 %s,同一条件已将 %s 与之比较(%s):请删除此比较",
	}
	msgMagicDeadBranch = message{
		"%s %d is %s, which an earlier condition of the if chain already compares with %s (%s): this comparison never decides; drop it",
		"%s %d 即 %s,if 链中较早的条件已将 %s 与之比较(%s):此比较永远不起作用,请删除",
	}
	msgMagicAmbiguous = message{
		"%s %d is %s; bind the field to one namespace and use its constant",
		"%s %d 可能是 %s;请将字段绑定到一个命名空间并使用其常量",
	}
	msgMissingReauth = message{
		"%s on %s handles no code that needs reauthorization: %s; send the player to log in again",
		"%s %s 未处理任何需要重新授权的错误码:%s;请让玩家重新登录",
	}
	msgUnknownDirective   = message{"unknown directive %s", "未知指令 %s"}
	msgMisplaced          = message{"//msdklint:%s belongs in the doc comment of %s", "//msdklint:%s 应位于%s的文档注释中"}
	msgEmptyBinding       = message{"binding names no namespace", "绑定未指定命名空间"}
	msgUnknownNamespace   = message{"binding names unknown namespace or platform %q", "绑定指定了未知的命名空间或平台 %q"}
	msgBadCodesNamespace  = message{"//msdklint:codes wants one namespace platform.part, not %q", "//msdklint:codes 需要一个命名空间 platform.part,而不是 %q"}
	msgTeamCodes          = message{"team codes do not fit the catalog: %v", "团队错误码与目录冲突:%v"}
	msgTeamCodeRange      = message{"team code %s = %s does not fit int64, which msdklint reads codes as; it is left out", "团队错误码 %s = %s 超出 int64 范围(msdklint 以 int64 读取错误码);已忽略"}
	msgForeignTeamCodes   = message{"team codes %s of %s do not fit with the others in sight and are left out: %v", "%[2]s 的团队错误码 %[1]s 与其他可见的错误码冲突,已忽略:%[3]v"}
	msgIgnoreNoReason     = message{"//msdklint:ignore needs checks and a reason: //msdklint:ignore CHECK[,CHECK] reason", "//msdklint:ignore 需要检查项和原因://msdklint:ignore CHECK[,CHECK] 原因"}
	msgIgnoreUnknownCheck = message{"//msdklint:ignore names unknown check %q", "//msdklint:ignore 指定了未知检查项 %q"}
	msgIgnoreUnused       = message{"//msdklint:ignore %s suppresses nothing", "//msdklint:ignore %s 没有抑制任何诊断"}
	msgDuplicate          = message{"//msdklint:%s given twice (the first is at %s)", "//msdklint:%s 重复给出(第一个位于 %s)"}
	msgBindNoType         = message{"binding %s: package %s has no type %s", "绑定 %s:包 %s 中没有类型 %s"}
	msgBindNoField        = message{"binding %s: type %s has no field %s", "绑定 %s:类型 %s 没有字段 %s"}
	msgBindUnknown        = message{"%s names no namespace known here (%s): declare it with //msdklint:codes in a package this one imports", "%s 指定的命名空间在此处未知(%s):请在本包导入的包中用 //msdklint:codes 声明"}
	msgOr                 = message{" or ", " 或 "}
	msgFixReplace         = message{"Replace %s by %s", "将 %s 替换为 %s"}
	msgMore               = message{" and %d more", " 等 %d 个"}
)

// msg formats m in the analyzer's language.
func (s *state) msg(m message, args ...any) string {
	f := m.en
	if s.lang == "zh" {
		f = m.zh
	}
	return fmt.Sprintf(f, args...)
}

// actionText says what to do for each action, in words.
var actionText = map[catalog.Action]message{
	catalog.ActionSuccess:        {"success", "成功"},
	catalog.ActionRetry:          {"retry later", "稍后重试"},
	catalog.ActionReauthorize:    {"reauthorize", "重新授权"},
	catalog.ActionRefreshToken:   {"refresh the access token", "刷新 access token"},
	catalog.ActionFixRequest:     {"fix the request", "修正请求参数"},
	catalog.ActionFixConfig:      {"fix the configuration", "修正配置"},
	catalog.ActionRateLimit:      {"slow down", "降低请求频率"},
	catalog.ActionContactSupport: {"contact support", "联系技术支持"},
	catalog.ActionNotifyUser:     {"tell the player", "提示玩家"},
	catalog.ActionSeeMsg:         {"see the code in msg", "查看 msg 中的错误码"},
	catalog.ActionIgnore:         {"ignore it", "可忽略"},
}

func (s *state) action(a catalog.Action) string {
	m, ok := actionText[a]
	if !ok {
		return a.String()
	}
	return s.msg(message{m.en, m.zh})
}
