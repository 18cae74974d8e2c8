package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Issue 8: an interrupted run stops the go command it started, writes
// nothing, and exits 1 (docs/cli.md). The go command here is a stand-in
// that hangs, so the interrupt surely comes while packages load.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := binary(t)
	tmp := t.TempDir()
	fakeBin := filepath.Join(tmp, "bin")
	pidFile := filepath.Join(tmp, "go.pid")
	require.NoError(t, os.Mkdir(fakeBin, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(fakeBin, "go"), []byte("#!/bin/sh\necho $$ > "+pidFile+".tmp\nmv "+pidFile+".tmp "+pidFile+"\nexec sleep 300\n"), 0o755))
	mod := filepath.Join(tmp, "m")
	require.NoError(t, os.Mkdir(mod, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/m\n\ngo 1.22\n"), 0o644))
	base := filepath.Join(mod, "baseline.json")

	cmd := exec.Command(bin, "-write-baseline", base, "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "PATH="+fakeBin+string(os.PathListSeparator)+os.Getenv("PATH"))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	// Wait for the go command to start; this bounds a wait, it measures
	// nothing.
	var pid int
	for range 600 {
		if data, err := os.ReadFile(pidFile); err == nil {
			pid, err = strconv.Atoi(strings.TrimSpace(string(data)))
			require.NoError(t, err)
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	require.NotZero(t, pid, "the go command did not start")
	defer syscall.Kill(pid, syscall.SIGKILL) // in case the test fails

	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	err := cmd.Wait()
	var exit *exec.ExitError
	require.True(t, errors.As(err, &exit), "%v: %s", err, stderr.String())
	assert.Equal(t, 1, exit.ExitCode(), "%v: %s", err, stderr.String())
	assert.ErrorIs(t, syscall.Kill(pid, 0), syscall.ESRCH, "the go command still runs")
	assert.NoFileExists(t, base)
	entries, err := os.ReadDir(mod)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "only go.mod: %v", entries)
}

// Issue 17, point 6: a second interrupt ends the process, but not while
// -fix renames the fixed files over the old ones: it waits for the renames
// to end. The signals come through a channel, in a fixed order.
func TestSecondInterruptWaitsForRenames(t *testing.T) {
	sigs := make(chan os.Signal)
	exited := make(chan int, 1)
	var renaming atomic.Bool
	var stderr strings.Builder
	ctx, critical := interrupts(sigs, &stderr, func(code int) {
		if renaming.Load() {
			t.Error("the process ended during the renames")
		}
		exited <- code
	})
	critical(func() {
		renaming.Store(true)
		defer renaming.Store(false)
		sigs <- os.Interrupt
		<-ctx.Done()
		sigs <- os.Interrupt // received: the handler now waits for the renames
	})
	assert.Equal(t, 1, <-exited)
	assert.Equal(t, "msdklint: interrupted twice; stopped\n", stderr.String())
}
