package fixes

import (
	qqc "github.com/msdklint/msdklint/catalog/qq"
	"replies"
)

var _ = qqc.PlatformAccessTokenExpired

func alias(r *replies.QQReply) {
	switch r.Ret {
	case 100014: // want `magic-code: ret 100014 is qq.PlatformAccessTokenExpired`
	}
}
