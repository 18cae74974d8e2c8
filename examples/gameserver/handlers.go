package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/msdklint/msdklint/catalog/msdk"
	"github.com/msdklint/msdklint/catalog/qq"
	"github.com/msdklint/msdklint/examples/gameserver/platform"
)

// The platform endpoints (a real server reads them from its config).
const (
	msdkAPI   = "https://msdk.example.com"
	qqAPI     = "https://openapi.example.com"
	wechatAPI = "https://api.example.com"
)

const timeout = 3 * time.Second

// handleMSDKLogin verifies a login through the MSDK server API.
func handleMSDKLogin(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	var resp platform.MSDKReply
	for attempt := 0; attempt < 3; attempt++ {
		if err := platform.Get(ctx, msdkAPI+"/auth/verify_login?"+r.URL.RawQuery, &resp); err != nil {
			reply(w, err)
			return
		}
		// missing-reauth: err_type 2 (msdk.ErrTypeReauthorize) is never
		// handled, so a player whose login expired is retried until the
		// attempts run out and never asked to log in again.
		switch resp.ErrType {
		case msdk.ErrTypeOK:
			reply(w, nil)
			return
		case msdk.ErrTypeNetworkUnstable:
			continue
		case msdk.ErrTypeRefreshToken:
			if err := refreshMSDKToken(ctx, r); err != nil {
				reply(w, err)
				return
			}
			continue
		}
		// unknown-code: the sign was dropped; the logic layer's "bad
		// platform response" is -2004.
		if resp.Ret == 2004 {
			continue
		}
		break
	}
	reply(w, fmt.Errorf("msdk: ret %d: %s", resp.Ret, resp.Msg))
}

func refreshMSDKToken(ctx context.Context, r *http.Request) error {
	var resp platform.MSDKReply
	if err := platform.Get(ctx, msdkAPI+"/auth/refresh_token?"+r.URL.RawQuery, &resp); err != nil {
		return err
	}
	if resp.Ret != msdk.AccessSuccess {
		return fmt.Errorf("msdk: refresh: ret %d: %s", resp.Ret, resp.Msg)
	}
	return nil
}

// handleQQProfile reads the player's QQ profile.
func handleQQProfile(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	var resp platform.QQReply
	if err := platform.Get(ctx, qqAPI+"/v3/user/get_info?"+r.URL.RawQuery, &resp); err != nil {
		reply(w, err)
		return
	}
	switch resp.Ret {
	case 0:
		reply(w, nil)
	case qq.PlatformAccessTokenPasswordChanged, qq.PlatformOpenAPIAccessTokenRevoked:
		reply(w, errReauth)
	// wrong-platform: 42001 is WeChat's "access_token expired"; the QQ
	// platform never sends it, so this case is dead code.
	case 42001:
		reply(w, errReauth)
	//msdklint:ignore magic-code the rate-limit alert greps the logs for "-6"
	case -6:
		reply(w, errors.New("qq: rate limited (-6)"))
	default:
		reply(w, fmt.Errorf("qq: ret %d: %s", resp.Ret, resp.Msg))
	}
}

// handleWeChatProfile reads the player's WeChat profile.
func handleWeChatProfile(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	var user platform.WeChatUser
	if err := platform.Get(ctx, wechatAPI+"/sns/userinfo?"+r.URL.RawQuery, &user); err != nil {
		reply(w, err)
		return
	}
	// magic-code: 40001 is wechat.InvalidCredential; msdklint -fix writes
	// the constant and adds the import.
	if user.ErrCode == 40001 {
		reply(w, errReauth)
		return
	}
	reply(w, nil)
}

// handleGuild lists the player's QQ guilds. Its reply type names an
// unknown namespace (bad-directive, reported in package platform).
func handleGuild(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	var resp platform.GuildReply
	if err := platform.Get(ctx, qqAPI+"/v3/guild/list?"+r.URL.RawQuery, &resp); err != nil {
		reply(w, err)
		return
	}
	if resp.Ret != 0 {
		reply(w, fmt.Errorf("guild: ret %d: %s", resp.Ret, resp.Msg))
		return
	}
	reply(w, nil)
}

// handleWeiboToken exchanges a Weibo authorization code for a token.
// dead-code-field: the key error_cdoe is misspelt, so ErrorCode is never
// decoded and an expired token (21327) goes unnoticed; msdklint -fix
// rewrites the key.
func handleWeiboToken(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	var token struct {
		AccessToken string `json:"access_token"`
		ErrorCode   int    `json:"error_cdoe"`
		Error       string `json:"error"`
	}
	if err := platform.Get(ctx, "https://weibo.example.com/oauth2/access_token?"+r.URL.RawQuery, &token); err != nil {
		reply(w, err)
		return
	}
	if token.ErrorCode == 21327 {
		reply(w, errReauth)
		return
	}
	reply(w, nil)
}
