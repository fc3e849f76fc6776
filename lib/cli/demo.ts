import { mkdirSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Command } from "commander";
import { CliError } from "./cli-error";
import { runSimulation } from "./live-sim";
import { demoRoot } from "./paths";
import { runServe, type ServeOptions } from "./serve";

/**
 * `massgen-dash demo --live [--speed X] [--out DIR] [--loop]`: replay a bundled
 * G5 run (3 agents, answers, votes, a subagent, a report) into a temp dir (or
 * DIR) as MassGen would write it, and serve that dir (issue 5 "Live demo").
 */
export const LIVE_TEMPLATE = "log_20251225_204406_076604/turn_1/attempt_1";
/** Pause between two replays with --loop: long enough to see the run complete. */
const LOOP_PAUSE_MS = 3000;

interface DemoOptions {
  live?: boolean;
  speed: string;
  out?: string;
  loop?: boolean;
  port?: string;
}

export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .description("serve a live replay of a bundled MassGen run (the live view without running MassGen)")
    .option("--live", "replay the run in real time into a log dir and serve it")
    .option("--speed <x>", "replay speed factor (e.g. 10 = ten times faster)", "1")
    .option("--out <dir>", "write the replay here (default: a new temp dir)")
    .option("--loop", "start a new replay each time one ends")
    .option("--port <port>", "port (also accepted before `demo`, like every serve flag)")
    .action(async (o: DemoOptions, cmd: Command) => {
      const serve = cmd.parent?.opts() as ServeOptions;
      return runDemo(o, o.port ? { ...serve, port: o.port } : serve);
    });
}

async function runDemo(o: DemoOptions, serve: ServeOptions): Promise<void> {
  if (!o.live) throw new CliError("demo needs --live (for the static demo logs use `massgen-dash --demo`)");
  const speed = Number(o.speed);
  if (!Number.isFinite(speed) || speed <= 0 || speed > 1000) throw new CliError(`--speed must be a number above 0 (at most 1000), got "${o.speed}"`);
  const demo = demoRoot();
  if (!demo) throw new CliError("the bundled demo logs are missing");
  const out = o.out ? path.resolve(o.out) : mkdtempSync(path.join(os.tmpdir(), "massgen-dash-live-"));
  mkdirSync(out, { recursive: true });
  await runServe({ ...serve, logs: [out], demo: false });
  console.log(`Live demo: replaying a recorded run at ${speed}× into ${out}`);
  void (async () => {
    do {
      const { logName } = await runSimulation({ templateRun: path.join(demo, LIVE_TEMPLATE), root: out, speed });
      console.log(`Live demo: ${logName} complete.`);
      if (o.loop) await new Promise((r) => setTimeout(r, LOOP_PAUSE_MS));
    } while (o.loop);
  })().catch((e: unknown) => console.error(`Live demo stopped: ${e instanceof Error ? e.message : String(e)}`));
}
