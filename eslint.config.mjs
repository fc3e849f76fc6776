import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "dist/**",
      "tests/fixtures/**",
      "demo/**",
      "test-results/**",
      "playwright-report/**",
      ".bench/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // App Router only: there is no pages/ directory.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    // Components render prepared props only; server code stays on the server (STYLE.md principle 4).
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/lib/server/*", "**/lib/server/*"] }],
    },
  },
];

export default config;
