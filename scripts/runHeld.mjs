// Runs a command with its output held back, then prints that output whole under a heading when
// the command ends, so that commands run side by side never interleave. Shared by
// scripts/parallel.mjs (lint, the type check and the unit tests) and tests/e2e/run.mjs (two test
// files at once).
import { spawn } from "node:child_process";

/** A duration for progress lines, e.g. "12.3s". @param {number} ms */
export const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} heading printed above the output
 * @returns {Promise<{ code: number, status: string, out: string, ms: number }>} status: "exit N"
 *   or the signal that ended it; code is 1 when a signal ended it
 */
export function runHeld(command, args, heading) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code, signal) => {
      process.stdout.write(`\n===== ${heading} =====\n${out}\n`);
      const status = signal ?? `exit ${code}`;
      resolve({ code: code ?? 1, status, out, ms: Date.now() - started });
    });
  });
}
