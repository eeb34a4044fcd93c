# The portal as one image: built server and web client, run against an external PostgreSQL (DATABASE_URL as the portal
# role, MIGRATION_DATABASE_URL as the owner; README "Database roles").
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN npm install --global pnpm@10.34.9
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.json ./
COPY invoer/package.json invoer/
COPY server/package.json server/
COPY web/package.json web/
COPY test/package.json test/
RUN pnpm install --frozen-lockfile --filter @portal/server... --filter @portal/web...
COPY invoer invoer
COPY server server
COPY web web
COPY schema schema
# The server build bundles without a type check (fast starts); the image still refuses code that does not type-check.
RUN pnpm --filter @portal/invoer build && pnpm --filter @portal/server typecheck && pnpm --filter @portal/server build && pnpm --filter @portal/web build \
 && pnpm --filter @portal/server deploy --prod --legacy /out/server

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=4000 PORTAL_WEB_DIST=/app/web/dist
WORKDIR /app
COPY --from=build /out/server server
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/web/dist web/dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "server/dist/main.js"]
