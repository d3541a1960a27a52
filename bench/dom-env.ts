// A DOM for the bench (Node has none): jsdom's window as the globals the view code expects,
// installed before Obsidian's DOM helpers are added to its prototypes. jsdom is loaded from the
// project's node_modules at run time (it comes with jest-environment-jsdom) rather than bundled.
import { createRequire } from "module";
import { join } from "path";

const { JSDOM } = createRequire(join(process.cwd(), "package.json"))("jsdom") as typeof import("jsdom");
const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
const globals = globalThis as unknown as Record<string, unknown>;
for (const name of ["window", "document", "Node", "HTMLElement", "Element", "DocumentFragment", "Event", "MutationObserver"]) {
	globals[name] = name === "window" ? dom.window : (dom.window as unknown as Record<string, unknown>)[name];
}
