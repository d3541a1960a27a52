import { requestUrl } from "obsidian";
import { lowerCaseHeaders, TransportError, type HttpRequest, type HttpResponse, type HttpTransport } from "../publish/targets/http-transport";

/**
 * The plugin's transport: Obsidian's requestUrl (no CORS limits, works on mobile). `throw: false`
 * so GitHub's 4xx answers arrive with their bodies (409 empty repository, 422 not a fast forward).
 */
export function createRequestUrlTransport(): HttpTransport {
	return async (request: HttpRequest): Promise<HttpResponse> => {
		const { "content-type": contentType, ...headers } = lowerCaseHeaders(request.headers);
		let response;
		try {
			response = await requestUrl({
				url: request.url,
				method: request.method,
				headers,
				contentType,
				body: request.body === undefined || typeof request.body === "string" ? request.body : toArrayBuffer(request.body),
				throw: false,
			});
		} catch (error) {
			// Only network failures reach here (throw: false); their text never holds our headers.
			const reason = error instanceof Error ? error.message : "unknown";
			throw new TransportError(`no answer from ${new URL(request.url).host}: ${reason}`);
		}
		return { status: response.status, headers: lowerCaseHeaders(response.headers ?? {}), body: new Uint8Array(response.arrayBuffer) };
	};
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
