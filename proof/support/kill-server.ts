import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';

/** Direct children of a process (Linux /proc). */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * SIGKILLs the gateway for real. `startGatewayProcess` spawns tsx's CLI, which runs the server in
 * a child node process and only relays catchable signals: killing the CLI with SIGKILL would leave
 * the server running (it finishes its requests, then exits). So kill the server process itself,
 * then the CLI, and resolve when the CLI has exited.
 */
export function killServerHard(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
  const pid = child.pid;
  if (pid !== undefined) {
    for (const server of childPids(pid)) {
      try {
        process.kill(server, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    child.kill('SIGKILL');
  }
  return exited;
}
