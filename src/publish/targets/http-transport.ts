/**
 * The one thing the GitHub client needs from the platform: send a request, get the answer. The
 * plugin implements it with Obsidian's `requestUrl` (no CORS, works on mobile), the command line
 * with `fetch`. A transport rejects only when no answer arrived (network failure, dropped
 * connection); every HTTP status, 4xx and 5xx included, is a normal answer.
 */
export interface HttpRequest {
	method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
	url: string;
	headers: Record<string, string>;
	body?: string | Uint8Array;
}

export interface HttpResponse {
	status: number;
	/** Header names in lower case. */
	headers: Record<string, string>;
	body: Uint8Array;
}

export type HttpTransport = (request: HttpRequest) => Promise<HttpResponse>;

/** Raised by a transport when the request got no answer; the client retries these. */
export class TransportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "TransportError";
	}
}

export function lowerCaseHeaders(headers: Record<string, string>): Record<string, string> {
	const lowered: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers)) lowered[name.toLowerCase()] = value;
	return lowered;
}

const decoder = new TextDecoder();

export function responseText(response: HttpResponse): string {
	return decoder.decode(response.body);
}
