// Checks request and response bodies of the test server against GitHub's own OpenAPI description
// (@octokit/openapi), so the server cannot drift from what api.github.com accepts and returns.
import { existsSync, readFileSync, renameSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export interface Schema {
	type?: string;
	nullable?: boolean;
	enum?: unknown[];
	properties?: Record<string, Schema>;
	required?: string[];
	additionalProperties?: boolean | Schema;
	items?: Schema;
	oneOf?: Schema[];
	anyOf?: Schema[];
	allOf?: Schema[];
	format?: string;
}

interface Operation {
	requestBody?: { content: Record<string, { schema: Schema }> };
	responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

type Paths = Record<string, Record<string, Operation>>;

/** The endpoints the test server implements. */
const P = "/repos/{owner}/{repo}";
export const TEMPLATES = [P, `${P}/branches/{branch}`, `${P}/git/ref/{ref}`, `${P}/git/refs/{ref}`, `${P}/git/trees/{tree_sha}`, `${P}/git/trees`, `${P}/git/blobs`, `${P}/git/commits`, `${P}/contents/{path}`, `${P}/pages`, `${P}/pages/builds/latest`, `${P}/actions/runs`, `${P}/actions/runs/{run_id}/jobs`];

let paths: Paths | null = null;

/**
 * The full description is 73 MB; parsing it in every test worker costs seconds and hundreds of MB.
 * The operations used here are cut out once per package version and kept in the temp folder.
 */
function loadPaths(): Paths {
	// From the project root too: benches run this code bundled into a temporary folder.
	const resolve = (name: string) => require.resolve(name, { paths: [process.cwd(), __dirname] });
	const packageJson = resolve("@octokit/openapi/package.json");
	const version = (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version;
	const cache = join(tmpdir(), `learning-log-openapi-${version}-${TEMPLATES.length}.json`);
	if (existsSync(cache)) return JSON.parse(readFileSync(cache, "utf8")) as Paths;
	const full = JSON.parse(readFileSync(resolve("@octokit/openapi/generated/api.github.com.deref.json"), "utf8")) as { paths: Paths };
	const subset: Paths = Object.fromEntries(TEMPLATES.map((template) => [template, full.paths[template]]));
	const partial = `${cache}.${process.pid}`;
	writeFileSync(partial, JSON.stringify(subset));
	renameSync(partial, cache);
	return subset;
}

function operation(template: string, method: string): Operation {
	paths ??= loadPaths();
	const found = paths[template]?.[method.toLowerCase()];
	if (!found) throw new Error(`GitHub's API has no ${method} ${template}`);
	return found;
}

export function requestSchema(template: string, method: string): Schema | null {
	return operation(template, method).requestBody?.content["application/json"]?.schema ?? null;
}

/** null when GitHub documents no JSON body for that status (e.g. an injected 502). */
export function responseSchema(template: string, method: string, status: number): Schema | null {
	const response = operation(template, method).responses[String(status)];
	return response?.content?.["application/json"]?.schema ?? null;
}

export function documentsStatus(template: string, method: string, status: number): boolean {
	return String(status) in operation(template, method).responses;
}

/** Every way `value` breaks `schema`, as readable paths; empty when it conforms. */
export function validate(schema: Schema, value: unknown, at = "$"): string[] {
	if (value === null) return schema.nullable || schema.type === "null" || (schema.enum?.includes(null) ?? false) ? [] : alternatives(schema, value, at, [`${at}: null not allowed`]);
	if (schema.allOf) {
		const errors = schema.allOf.flatMap((part) => validate(part, value, at));
		if (errors.length) return errors;
	}
	if (schema.oneOf || schema.anyOf) {
		const branches = (schema.oneOf ?? schema.anyOf)!;
		// GitHub's oneOf branches overlap (a file also fits "symlink"): checked as anyOf.
		if (!branches.some((branch) => validate(branch, value, at).length === 0)) return [`${at}: matches none of ${branches.length} alternatives`];
	}
	if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`];
	const typeError = checkType(schema.type, value, at);
	if (typeError) return [typeError];
	if (Array.isArray(value) && schema.items) return value.flatMap((item, index) => validate(schema.items!, item, `${at}[${index}]`));
	if (typeof value === "object" && !Array.isArray(value)) return validateObject(schema, value as Record<string, unknown>, at);
	return [];
}

function alternatives(schema: Schema, value: unknown, at: string, otherwise: string[]): string[] {
	const branches = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
	return branches.some((branch) => validate(branch, value, at).length === 0) ? [] : otherwise;
}

function checkType(type: string | undefined, value: unknown, at: string): string | null {
	if (!type) return null;
	const ok =
		(type === "string" && typeof value === "string") ||
		(type === "integer" && Number.isInteger(value)) ||
		(type === "number" && typeof value === "number") ||
		(type === "boolean" && typeof value === "boolean") ||
		(type === "array" && Array.isArray(value)) ||
		(type === "object" && typeof value === "object" && value !== null && !Array.isArray(value));
	return ok ? null : `${at}: expected ${type}, got ${JSON.stringify(value)?.slice(0, 60)}`;
}

function validateObject(schema: Schema, value: Record<string, unknown>, at: string): string[] {
	const errors: string[] = [];
	for (const name of schema.required ?? []) if (!(name in value)) errors.push(`${at}.${name}: required`);
	for (const [name, item] of Object.entries(value)) {
		const property = schema.properties?.[name];
		if (property) errors.push(...validate(property, item, `${at}.${name}`));
		else if (schema.additionalProperties === false) errors.push(`${at}.${name}: not allowed`);
		else if (typeof schema.additionalProperties === "object") errors.push(...validate(schema.additionalProperties, item, `${at}.${name}`));
	}
	return errors;
}

/**
 * A value with every required field of `schema`, so a response can be complete: the server fills
 * in what it knows and the rest keeps a valid placeholder.
 */
export function sample(schema: Schema, depth = 0): unknown {
	if (depth > 12) return null;
	if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => sample(part, depth + 1)));
	if (schema.oneOf || schema.anyOf) return sample((schema.oneOf ?? schema.anyOf)![0], depth + 1);
	if (schema.nullable) return null;
	if (schema.enum) return schema.enum[0];
	switch (schema.type) {
		case "string":
			return schema.format === "date-time" ? "2026-11-28T00:00:00Z" : schema.format === "uri" ? "https://github.invalid/" : schema.format === "email" ? "someone@example.invalid" : "";
		case "integer":
		case "number":
			return 0;
		case "boolean":
			return false;
		case "array":
			return [];
		default: {
			const result: Record<string, unknown> = {};
			for (const name of schema.required ?? []) result[name] = sample(schema.properties?.[name] ?? {}, depth + 1);
			return result;
		}
	}
}

/** `known` wins; objects merge field by field; arrays and scalars replace. */
export function complete(placeholder: unknown, known: unknown): unknown {
	if (typeof placeholder !== "object" || placeholder === null || Array.isArray(placeholder)) return known;
	if (typeof known !== "object" || known === null || Array.isArray(known)) return known;
	const result: Record<string, unknown> = { ...(placeholder as Record<string, unknown>) };
	for (const [name, value] of Object.entries(known)) result[name] = complete(result[name], value);
	return result;
}
