import { main } from "./main";

// The scan is thousands of small fs calls; libuv's default 4 threads serialize them.
// Must be set before the first async fs call creates the pool.
process.env.UV_THREADPOOL_SIZE ??= "16";

/** Entry of dist/cli.mjs. Serve keeps the process alive; list and errors exit with their code. */
main(process.argv).then((code) => {
  if (code !== 0) process.exit(code);
});
