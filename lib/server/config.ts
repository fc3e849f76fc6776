import "server-only";
import path from "node:path";
import { z } from "zod";

/**
 * Server options. The CLI validates its flags, resolves user paths (before Next
 * chdirs into its own folder, STYLE.md packaging facts) and passes them through
 * MASSGEN_DASH_* env vars; the server re-validates them here at startup.
 */
const absolutePath = z.string().refine((p) => path.isAbsolute(p), "must be an absolute path");

const boolFlag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

export const serverConfigSchema = z.object({
  roots: z.array(absolutePath),
  demo: z.boolean(),
  host: z.string().min(1),
  port: z.number().int().min(0).max(65535),
  token: z.string().min(16).nullable(),
  /** "off" is for one-shot use (the `list` command); "polling" avoids inotify entirely. */
  watch: z.enum(["native", "polling", "off"]),
});

export type ServerConfig = z.infer<typeof serverConfigSchema>;

const envSchema = z.object({
  MASSGEN_DASH_ROOTS: z
    .string()
    .default("[]")
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "MASSGEN_DASH_ROOTS must be a JSON array of absolute paths" });
        return z.NEVER;
      }
    }),
  MASSGEN_DASH_DEMO: boolFlag,
  MASSGEN_DASH_HOST: z.string().default("127.0.0.1"),
  MASSGEN_DASH_PORT: z.coerce.number().default(4545),
  MASSGEN_DASH_TOKEN: z.string().optional(),
  MASSGEN_DASH_WATCH: z.enum(["native", "polling", "off"]).default("native"),
});

export function parseServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const e = envSchema.parse(env);
  return serverConfigSchema.parse({
    roots: e.MASSGEN_DASH_ROOTS,
    demo: e.MASSGEN_DASH_DEMO,
    host: e.MASSGEN_DASH_HOST,
    port: e.MASSGEN_DASH_PORT,
    token: e.MASSGEN_DASH_TOKEN || null,
    watch: e.MASSGEN_DASH_WATCH,
  });
}

/** Env for a server process started with these options (inverse of parseServerConfig). */
export function configToEnv(c: ServerConfig): Record<string, string> {
  const env: Record<string, string> = {
    MASSGEN_DASH_ROOTS: JSON.stringify(c.roots),
    MASSGEN_DASH_DEMO: c.demo ? "1" : "0",
    MASSGEN_DASH_HOST: c.host,
    MASSGEN_DASH_PORT: String(c.port),
    MASSGEN_DASH_WATCH: c.watch,
  };
  if (c.token) env.MASSGEN_DASH_TOKEN = c.token;
  return env;
}

let cached: ServerConfig | undefined;

/** The process's config, validated once; throws a readable zod error on bad env. */
export function getServerConfig(): ServerConfig {
  cached ??= parseServerConfig(process.env);
  return cached;
}
