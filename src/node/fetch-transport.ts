import { lowerCaseHeaders, TransportError, type HttpRequest, type HttpResponse, type HttpTransport } from "../publish/targets/http-transport";

/**
 * The command line's transport: Node's fetch. Redirects are not followed, so a request carrying the
 * token can never be forwarded to another host; a stalled request is abandoned after a timeout and
 * counts as no answer (the client retries it).
 */
export function createFetchTransport(options: { timeoutMs?: number; userAgent?: string } = {}): HttpTransport {
	const timeoutMs = options.timeoutMs ?? 60_000;
	return async (request: HttpRequest): Promise<HttpResponse> => {
		let response: Response;
		try {
			response = await fetch(request.url, {
				method: request.method,
				headers: { "user-agent": options.userAgent ?? "learning-log", ...request.headers },
				body: typeof request.body === "string" || request.body === undefined ? request.body : new Blob([request.body as Uint8Array<ArrayBuffer>]),
				redirect: "manual",
				signal: AbortSignal.timeout(timeoutMs),
			});
		} catch (error) {
			// The cause names the network failure (ECONNRESET, timeout); it never holds headers.
			const cause = (error as { cause?: unknown }).cause;
			const reason = cause instanceof Error ? cause.message : error instanceof Error ? error.message : "unknown";
			throw new TransportError(`no answer from ${new URL(request.url).host}: ${reason}`);
		}
		let body: Uint8Array;
		try {
			body = new Uint8Array(await response.arrayBuffer());
		} catch {
			throw new TransportError(`connection to ${new URL(request.url).host} dropped while reading the answer`);
		}
		const headers: Record<string, string> = {};
		response.headers.forEach((value, name) => (headers[name] = value));
		return { status: response.status, headers: lowerCaseHeaders(headers), body };
	};
}
