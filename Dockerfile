# syntax=docker/dockerfile:1
# One image for every role: APP_ROLE=api | worker | all (default).
# The runtime is the current Node LTS, the major in .nvmrc (CI tests on the same).
ARG NODE_MAJOR=26

FROM node:${NODE_MAJOR}-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
COPY web ./web
# The API and the review UI (web/dist, served by the API at /).
RUN npm run build

FROM node:${NODE_MAJOR}-trixie-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
USER node
EXPOSE 3000
# Probes: /health/live (process up) and /health/ready (PostgreSQL, Redis, migrations).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# exec form: node itself is PID 1 and receives SIGTERM directly (no shell in between).
CMD ["node", "dist/main.js"]
