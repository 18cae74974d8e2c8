package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The own-protocol corpus names a platform only where a game's code
// does without calling it: messages named after the login features,
// generated protobuf messages, and the notifier of WeCom ("WeChat
// Work"). No path, package or module names one, and no platform's API
// host is named: a finding on it would then have evidence.
func TestOwnProtoNamesNoPlatform(t *testing.T) {
	files, err := generateOwnProto(17)
	if err != nil {
		t.Fatal(err)
	}
	platform := regexp.MustCompile(`(?i)qq|wechat|weixin|wx|weibo|msdk|tencent|\.com/`)
	allowed := strings.NewReplacer("QQLoginRsp", "", "WxLoginRsp", "", "MsdkLoginRsp", "", "QQLoginReq", "",
		"QQ login", "", "WeChat login", "", "MSDK login", "", "ReplyQQLogin", "", "ReplyWxLogin", "", "ReplyMsdkLogin", "",
		"qyapi.weixin.qq.com", "", `"WeChat`+"\n"+`// Work"`, "", "WeChat's", "", "wechat_work.go", "")
	for name, src := range files {
		text := string(src)
		if name == "go.mod" {
			text = strings.Replace(text, "example.com/gamesrv", "", 1)
		}
		text = strings.ReplaceAll(text, "example.com/gamesrv/", "")
		if name == "notify/wechat_work.go" {
			text = strings.NewReplacer("https://oapi.dingtalk.com/", "", "https://open.feishu.cn/", "").Replace(text)
		}
		if m := platform.FindString(allowed.Replace(name + "\n" + text)); m != "" {
			t.Errorf("%s names %q", name, m)
		}
	}
	for _, want := range []string{"svc/h0016/login.go", "pb/login.pb.go", "notify/wechat_work.go"} {
		if files[want] == nil {
			t.Errorf("no %s", want)
		}
	}
}

// The corpus is sized like the issue's: about 45,000 lines by default and
// 451,000 with -n 1125 (lines grow by the same amount per package).
func TestOwnProtoSize(t *testing.T) {
	lines := func(n int) int {
		files, err := generateOwnProto(n)
		if err != nil {
			t.Fatal(err)
		}
		_, l, _, err := corpusStats(files)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	one, two := lines(1), lines(2)
	per, base := two-one, one-(two-one)
	for _, c := range []struct{ n, want int }{{112, 45_000}, {1125, 451_000}} {
		if got := base + c.n*per; got < c.want*99/100 || got > c.want*101/100 {
			t.Errorf("-n %d: %d lines, want about %d", c.n, got, c.want)
		}
	}
}

// msdklint reports nothing on a game's own protocol: nothing names or
// binds a platform, so every code field is on the keys-only rung.
func TestOwnProtoZeroFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("builds msdklint")
	}
	tmp, bin := buildMsdklint(t)
	files, err := generateOwnProto(4)
	if err != nil {
		t.Fatal(err)
	}
	dir := writeCorpus(t, tmp, files)
	out, err := lint(dir, bin, "./...")
	finding := regexp.MustCompile(`(?m)^\S+:\d+:\d+: .*$`)
	found := finding.FindAllString(string(out), -1)
	var ee *exec.ExitError
	switch {
	case len(found) > 0:
		t.Errorf("%d findings on the own-protocol corpus, want 0; the first:\n%s", len(found), strings.Join(found[:min(len(found), 10)], "\n"))
	case errors.As(err, &ee):
		t.Errorf("msdklint exited %d:\n%s", ee.ExitCode(), out)
	case err != nil:
		t.Fatal(err)
	}

	// -fix has nothing to apply: every file stays as generated.
	if out, err := lint(dir, bin, "-fix", "./..."); err != nil {
		t.Fatalf("msdklint -fix: %v\n%s", err, out)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("msdklint -fix changed %s", name)
		}
	}
}

// buildMsdklint builds the command into a temporary directory, which it
// returns with the binary's path.
func buildMsdklint(t *testing.T) (tmp, bin string) {
	t.Helper()
	tmp = t.TempDir()
	bin = filepath.Join(tmp, "msdklint")
	build := exec.Command("go", "build", "-o", bin, "./cmd/msdklint")
	build.Dir = filepath.Join("..", "..")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/msdklint: %v\n%s", err, out)
	}
	return tmp, bin
}

// The platform corpus loads (its go.mod requires the constants module
// as a game server would) and, at 200 packages, gives every kind of
// planted finding.
func TestPlatformCorpusFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("builds msdklint")
	}
	tmp, bin := buildMsdklint(t)
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	files, err := generate(repo, 200)
	if err != nil {
		t.Fatal(err)
	}
	dir := writeCorpus(t, tmp, files)
	out, err := lint(dir, bin, "./...")
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 {
		t.Fatalf("msdklint: %v, want exit 3 (findings):\n%s", err, out)
	}
	for _, check := range []string{"unknown-code", "wrong-platform", "magic-code", "missing-reauth"} {
		if !strings.Contains(string(out), "["+check+"]") {
			t.Errorf("no %s finding:\n%s", check, out)
		}
	}
}

// lint runs msdklint in the corpus dir, outside any workspace.
func lint(dir, bin string, args ...string) ([]byte, error) {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	return cmd.CombinedOutput()
}

// writeCorpus writes files into tmp/corpus, which it returns.
func writeCorpus(t *testing.T, tmp string, files map[string][]byte) string {
	t.Helper()
	dir := filepath.Join(tmp, "corpus")
	if err := writeFiles(dir, files); err != nil {
		t.Fatal(err)
	}
	return dir
}
