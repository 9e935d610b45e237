import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { parseEnv } from "./lib/env";
import { DATA_POLICY } from "./lib/http/csp";

// Fail the build, not the first request, when the environment is wrong.
parseEnv(process.env);

const securityHeaders = [
  // HTTPS only from now on, for two years (browsers ignore the header on plain HTTP, so a local
  // http://localhost start is unaffected). Not "preload": joining the preload list is the
  // deployment's decision, hard to take back.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Imported source texts may be up to 2 MB (checked, with a Finnish message, in the action);
  // the preview posts the text once and the confirmation posts it again.
  experimental: { serverActions: { bodySizeLimit: "5mb" } },
  reactStrictMode: true,
  async headers() {
    // Pages get their policy, with a nonce, from proxy.ts; data answers a policy that runs nothing.
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: DATA_POLICY }] },
      { source: "/kieli", headers: [{ key: "Content-Security-Policy", value: DATA_POLICY }] },
    ];
  },
};

// Interface texts come from messages/{fi,sv,en}.json (lib/i18n/request.ts picks the page's).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
