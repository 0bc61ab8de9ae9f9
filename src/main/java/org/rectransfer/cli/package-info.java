/**
 * The command line (picocli): {@code data}, {@code train}, {@code transfer}, {@code export-package},
 * {@code sweep}, {@code report}, {@code analyze}, {@code figure} and {@code bench}, keeping to the
 * contract of docs/cli.md: {@code --json} prints exactly one JSON object on stdout, progress goes
 * to stderr, exit codes are 0 (success), 2 (bad usage or input, one line) and 1 (other failures).
 * The only package, with {@code Main}, that writes to stdout.
 */
package org.rectransfer.cli;
