// Obsidian's requestUrl in the fake, answered over a real socket by the local GitHub API server.
import * as http from "http";
import type { RequestUrlParam, RequestUrlResponse } from "../__mocks__/obsidian";

export function requestUrlOverHttp(param: RequestUrlParam): Promise<RequestUrlResponse> {
	return new Promise((resolve, reject) => {
		const headers: Record<string, string> = { ...param.headers };
		if (param.contentType) headers["content-type"] = param.contentType;
		const request = http.request(param.url, { method: param.method ?? "GET", headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on("data", (chunk: Buffer) => chunks.push(chunk));
			response.on("end", () => {
				const body = Buffer.concat(chunks);
				const text = body.toString("utf8");
				const flat = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : String(v)]));
				let json: unknown = null;
				try {
					json = JSON.parse(text);
				} catch {
					// not JSON: callers read text or bytes
				}
				const arrayBuffer = body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
				resolve({ status: response.statusCode ?? 0, headers: flat, arrayBuffer, json, text });
			});
		});
		request.on("error", reject);
		if (param.body !== undefined) request.write(typeof param.body === "string" ? param.body : Buffer.from(param.body));
		request.end();
	});
}
