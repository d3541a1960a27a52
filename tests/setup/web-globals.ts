// Obsidian runs in Electron, which has these web APIs; jest's jsdom environment lacks them.
import { deserialize, serialize } from "v8";
import { TextDecoder, TextEncoder } from "util";
import { webcrypto } from "crypto";

const globals = globalThis as unknown as Record<string, unknown>;
globals.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;
globals.TextEncoder ??= TextEncoder;
globals.TextDecoder ??= TextDecoder;
if (!(globals.crypto as Crypto | undefined)?.subtle) {
	Object.defineProperty(globals, "crypto", { value: webcrypto, configurable: true });
}
