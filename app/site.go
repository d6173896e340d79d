package main

import (
	"fmt"
	"io"
)

// runBuild writes the static site.
// TODO(ui): the browser-app issue fills this in.
func runBuild(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "app build: not implemented yet")
	return 1
}

// runServe serves the static site.
// TODO(ui): the browser-app issue fills this in.
func runServe(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "app serve: not implemented yet")
	return 1
}
