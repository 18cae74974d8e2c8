// Gameserver is a small game server that logs players in through MSDK,
// QQ, WeChat and Weibo. It is msdklint's example: its handlers make every mistake
// msdklint finds, once each (see the comments), so that
//
//	go run ./cmd/msdklint ./examples/...
//
// shows every check.
package main

import (
	"errors"
	"log"
	"net/http"
)

// errReauth asks the client to log the player in again.
var errReauth = errors.New("login expired: log in again")

func main() {
	http.HandleFunc("/login/msdk", handleMSDKLogin)
	http.HandleFunc("/login/qq", handleQQProfile)
	http.HandleFunc("/login/wechat", handleWeChatProfile)
	http.HandleFunc("/guild", handleGuild)
	http.HandleFunc("/login/weibo", handleWeiboToken)
	log.Fatal(http.ListenAndServe("localhost:8080", nil))
}

func reply(w http.ResponseWriter, err error) {
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
