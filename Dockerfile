# PRM: the API and the built SPA on one port.
FROM node:20-bookworm-slim AS build
RUN npm install --global pnpm@10 --no-fund --no-audit
WORKDIR /app
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json turbo.json tsconfig.base.json ./
COPY packages/domain/package.json packages/domain/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY bench/package.json bench/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app /app
EXPOSE 4000
USER node
CMD ["node", "--enable-source-maps", "apps/api/dist/main.js"]
