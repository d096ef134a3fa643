/**
 * The API in this process runs as it is deployed (NODE_ENV=production, as the Dockerfile sets it),
 * unless the caller chose otherwise. Imported first: graphql-js picks its checks when it is
 * loaded, and in development it adds a second check to every failed `instanceof` of execution —
 * 60 µs of a channel manager's widget request, which production does not spend.
 */
process.env.NODE_ENV ??= "production";
