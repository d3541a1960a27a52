import { decideRetry, DEFAULT_RETRY_POLICY, rateLimitWait } from "../../../../src/publish/targets/github/retry-policy";

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const response = (status: number, headers: Record<string, string> = {}, message = "") => ({ kind: "response" as const, status, headers, message });

describe("decideRetry", () => {
	test("backs off exponentially on 5xx and lost connections, then gives up", () => {
		const waits = [0, 1, 2, 3].map((n) => decideRetry(response(502), n, NOW, DEFAULT_RETRY_POLICY));
		expect(waits).toEqual([1000, 2000, 4000, 8000].map((waitMs) => ({ action: "retry", waitMs })));
		expect(decideRetry(response(500), 4, NOW, DEFAULT_RETRY_POLICY)).toEqual({ action: "give-up" });
		expect(decideRetry({ kind: "no-answer" }, 0, NOW, DEFAULT_RETRY_POLICY)).toEqual({ action: "retry", waitMs: 1000 });
		expect(decideRetry({ kind: "no-answer" }, 4, NOW, DEFAULT_RETRY_POLICY)).toEqual({ action: "give-up" });
	});

	test("caps a single back-off", () => {
		const policy = { ...DEFAULT_RETRY_POLICY, maxRetries: 10 };
		expect(decideRetry(response(503), 9, NOW, policy)).toEqual({ action: "retry", waitMs: policy.maxDelayMs });
	});

	test("does not retry what a retry cannot fix", () => {
		for (const status of [400, 401, 404, 409, 422]) expect(decideRetry(response(status), 0, NOW, DEFAULT_RETRY_POLICY)).toEqual({ action: "give-up" });
		expect(decideRetry(response(403, {}, "Resource not accessible by personal access token"), 0, NOW, DEFAULT_RETRY_POLICY)).toEqual({ action: "give-up" });
	});

	test("honours retry-after on a secondary rate limit", () => {
		const limited = response(403, { "retry-after": "7" }, "You have exceeded a secondary rate limit");
		expect(decideRetry(limited, 0, NOW, DEFAULT_RETRY_POLICY)).toEqual({ action: "retry", waitMs: 7000 });
		expect(decideRetry(response(429, { "retry-after": "3" }), 0, NOW, DEFAULT_RETRY_POLICY)).toEqual({ action: "retry", waitMs: 3000 });
	});

	test("waits until x-ratelimit-reset when the quota is used up", () => {
		const reset = String(NOW / 1000 + 90);
		const decision = decideRetry(response(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset }), 0, NOW, DEFAULT_RETRY_POLICY);
		expect(decision).toEqual({ action: "retry", waitMs: 91_000 });
	});

	test("reports when the limit ends instead of waiting too long", () => {
		const reset = NOW / 1000 + 3600;
		const decision = decideRetry(response(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) }), 0, NOW, DEFAULT_RETRY_POLICY);
		expect(decision).toEqual({ action: "rate-limited", retryAt: reset * 1000 + 1000 });
	});

	test("a secondary limit without retry-after waits a minute, then longer", () => {
		const limited = { status: 403, headers: {}, message: "You have exceeded a secondary rate limit" };
		expect(rateLimitWait(limited, 0, NOW)).toBe(60_000);
		expect(rateLimitWait(limited, 2, NOW)).toBe(240_000);
	});
});
