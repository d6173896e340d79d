package worker

import (
	"strings"
	"testing"
)

// TestJSCall: a panic (a JavaScript exception, under syscall/js) becomes
// an error with its message; a call that returns is no error.
func TestJSCall(t *testing.T) {
	ran := false
	if err := JSCall(func() { ran = true }); err != nil || !ran {
		t.Errorf("a call that returns: ran %v, err %v", ran, err)
	}
	err := JSCall(func() { panic("JavaScript error: Worker is not defined") })
	if err == nil || !strings.Contains(err.Error(), "Worker is not defined") {
		t.Errorf("a call that throws: err %v, want the exception's message", err)
	}
}
