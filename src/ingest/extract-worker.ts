// The module each extraction worker thread runs (see extraction-pool.ts): piscina calls its default export.
export { extractArticle as default } from "../extraction/index.ts";
