// A small, faithful stand-in for the `obsidian` module, which exists only inside the app.
// Each part lives in obsidian-fake/; test-only helpers are marked as such there.
export * from "./obsidian-fake/events";
export * from "./obsidian-fake/vault";
export * from "./obsidian-fake/metadata-cache";
export * from "./obsidian-fake/component";
export * from "./obsidian-fake/app";
export * from "./obsidian-fake/workspace";
export * from "./obsidian-fake/plugin";
export * from "./obsidian-fake/ui";
export * from "./obsidian-fake/suggest";
export * from "./obsidian-fake/helpers";
