// GraphiQL's editor (Monaco) runs its language services in web workers. This is what
// `graphiql/setup-workers/vite` does, in our own source: Vite's dev server pre-bundles
// dependencies and cannot follow the `?worker` imports inside that published file (the dev server
// fails to start), while imports from app code go through Vite's worker plugin in dev and build.
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";
import JsonWorker from "monaco-editor/esm/vs/language/json/json.worker.js?worker";
import GraphQLWorker from "monaco-graphql/esm/graphql.worker.js?worker";
import type {} from "monaco-editor"; // declares window.MonacoEnvironment

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === "json") return new JsonWorker();
    if (label === "graphql") return new GraphQLWorker();
    return new EditorWorker();
  },
};
