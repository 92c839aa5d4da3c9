// Serves a folder on 127.0.0.1 with `python3 -m http.server` on a free port (the same server the README's
// web-serve command uses, which sends .wasm as application/wasm), for the browser test and benchmark.
import {spawn} from 'node:child_process';

export async function startServer(root) {
  const child = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', root],
                      {stdio: ['ignore', 'pipe', 'pipe']});
  child.stderr.resume();  // request log; drained so the server never blocks on a full pipe
  const port = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`http.server did not start: ${seen}`)), 15000);
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /port (\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`http.server exited with ${code}: ${seen}`));
    });
  });
  child.stdout.resume();
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
  };
}
