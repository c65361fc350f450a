# recap's container image, for queue mode (`recap worker`; later `recap serve`): see docker-compose.yml.
# Two stages: the build needs the dev dependencies (TypeScript), the runtime image carries only the
# production dependencies, the compiled dist/ and the bin/recap.js entry point.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# --ignore-scripts: the package's "prepare" script compiles the sources, which are not copied yet
# (they come after, so that editing them does not invalidate this cached layer). `npm ci` installs
# exactly the lockfile; .npmrc makes a dependency that declares another Node an error.
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY workers ./workers
COPY pipelines ./pipelines
COPY types ./types
RUN npm run build \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY bin/recap.js ./bin/recap.js
USER node
ENTRYPOINT ["node", "bin/recap.js"]
