import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  output: "standalone",
  // The server reads user log dirs chosen at run time; nothing to trace there.
  outputFileTracingExcludes: { "*": ["node_modules/sharp/**", "node_modules/@img/**", "tests/**", ".bench/**", "demo/**", "dist/**", "e2e/**", "scripts/**"] },
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  devIndicators: false,
};

export default nextConfig;
