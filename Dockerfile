# The actorgraph app alone; Neo4j comes from NEO4J_URI (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
ENV ACTORGRAPH_SKIP_NEO4J_PREPARE=1 NODE_ENV=production
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY scripts ./scripts
COPY cypher ./cypher
COPY ingest ./ingest
COPY schema.graphql ./
COPY web ./web
RUN npm ci --include=dev && npm prune --omit=dev
EXPOSE 4000
CMD ["node", "bin/actorgraph.js", "start"]
