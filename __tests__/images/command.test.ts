// runCommand: what the engines and git rely on — an argument array and no shell, stdin always closed,
// both streams captured and forwarded line by line (a line split across chunks, or a character split
// across them, arrives whole), a non-zero exit as a result, a missing program as an error, and a cancel
// that stops the program.
import { CommandAborted, runCommand } from '../../src/images/command.js';
import { processAlive as alive } from '../support/processes.js';

const node = process.execPath;

/** Whether the process is gone within the moment a signalled process needs to exit (2 s). */
async function exits(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 20));
  return !alive(pid);
}

describe('runCommand', () => {
  it('passes arguments verbatim, feeds stdin, and returns both streams and the exit code', async () => {
    const script =
      "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{process.stdout.write('in:'+s+'|'+process.argv[1]+'\\n');process.stderr.write('err ✓\\n');process.exit(3)})";
    const result = await runCommand(node, ['-e', script, '$(touch /tmp/x); `id`'], { input: 'pa55' });
    expect(result).toEqual({ exitCode: 3, stdout: 'in:pa55|$(touch /tmp/x); `id`\n', stderr: 'err ✓\n' });
  });

  it('forwards whole lines of each stream, also when a line or a character is split across writes', async () => {
    const script = [
      "process.stdout.write('one\\ntw');",
      'setTimeout(()=>{process.stdout.write(Buffer.from([0x6f,0x20,0xe2,0x9c]));',
      "setTimeout(()=>{process.stdout.write(Buffer.from([0x93,0x0a]));process.stderr.write('tail without newline')},30)},30)",
    ].join('');
    const lines: string[] = [];
    await runCommand(node, ['-e', script], { onLine: (l) => lines.push(l) });
    expect(lines.sort()).toEqual(['one', 'tail without newline', 'two ✓'].sort());
  });

  it('gives a program that never reads stdin EOF instead of a hang, and merges the environment', async () => {
    const result = await runCommand(node, ['-e', 'console.log(process.env.EXTRA, typeof process.env.PATH)'], {
      env: { EXTRA: 'yes' },
      input: 'x'.repeat(1 << 20),
    });
    expect(result.stdout).toBe('yes string\n');
  });

  it('rejects for a program that cannot be started', async () => {
    await expect(runCommand('/nonexistent/engine', ['build'])).rejects.toThrow(/ENOENT/);
  });

  it('reports a program ended by a signal as 128 + its number', async () => {
    const result = await runCommand(node, ['-e', "process.kill(process.pid, 'SIGKILL')"]);
    expect(result.exitCode).toBe(137);
  });

  it('stops the program when the signal aborts, and starts nothing once aborted', async () => {
    const controller = new AbortController();
    const lines: string[] = [];
    const running = runCommand(node, ['-e', "console.log('started');setInterval(()=>{},1000)"], {
      signal: controller.signal,
      onLine: (l) => {
        lines.push(l);
        controller.abort();
      },
    });
    await expect(running).rejects.toBeInstanceOf(CommandAborted);
    expect(lines).toEqual(['started']);
    await expect(runCommand(node, ['-e', '0'], { signal: controller.signal })).rejects.toBeInstanceOf(
      CommandAborted,
    );
  });

  it('stops what the program started too (its process group), as a RUN step under podman needs', async () => {
    const controller = new AbortController();
    let grandchild = 0;
    const script = [
      "const c=require('node:child_process').spawn(process.execPath,['-e','setInterval(()=>{},1000)'],{stdio:'ignore'});",
      "console.log('grandchild '+c.pid);setInterval(()=>{},1000)",
    ].join('');
    const running = runCommand(node, ['-e', script], {
      signal: controller.signal,
      onLine: (l) => {
        grandchild = Number(l.split(' ')[1]);
        controller.abort();
      },
    });
    await expect(running).rejects.toBeInstanceOf(CommandAborted);
    expect(grandchild).toBeGreaterThan(0);
    // The signal reached it with its parent; give it the moment it needs to exit.
    expect(await exits(grandchild)).toBe(true);
  });

  it('kills what the program started in a session of its own and left running (a podman RUN step)', async () => {
    const controller = new AbortController();
    let orphan = 0;
    // Like buildah-oci-runtime's step: its own session, deaf to SIGTERM (a namespace's first process is).
    const script = [
      "const c=require('node:child_process').spawn(process.execPath,['-e',\"process.on('SIGTERM',()=>{});setInterval(()=>{},1000)\"],{stdio:'ignore',detached:true});",
      "setTimeout(()=>console.log('step '+c.pid),300);setInterval(()=>{},1000)",
    ].join('');
    const running = runCommand(node, ['-e', script], {
      signal: controller.signal,
      onLine: (l) => {
        orphan = Number(l.split(' ')[1]);
        controller.abort();
      },
    });
    await expect(running).rejects.toBeInstanceOf(CommandAborted);
    expect(orphan).toBeGreaterThan(0);
    expect(await exits(orphan)).toBe(true);
  });

  it('kills a program that ignores SIGTERM once the grace period is over', async () => {
    const controller = new AbortController();
    const lines: string[] = [];
    const script =
      "process.on('SIGTERM',()=>console.log('TERM ignored'));console.log('ready');setInterval(()=>{},1000)";
    const running = runCommand(node, ['-e', script], {
      signal: controller.signal,
      killAfterMs: 200,
      onLine: (l) => {
        lines.push(l);
        controller.abort();
      },
    });
    await expect(running).rejects.toBeInstanceOf(CommandAborted);
    expect(lines).toEqual(['ready', 'TERM ignored']);
  });
});
