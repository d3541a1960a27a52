/**
 * When to try a GitHub request again, and how long to wait first: the rules of GitHub's rate-limit
 * documentation plus bounded exponential back-off for server errors and lost connections. Pure:
 * the clock is an argument, so tests decide what time it is and nobody sleeps.
 */
export interface RetryPolicy {
	/** Retries after the first attempt, for any reason. */
	maxRetries: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** Longer waits than this are not worth it: fail with the time the limit ends. */
	maxRateLimitWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
	maxRetries: 4,
	baseDelayMs: 1000,
	maxDelayMs: 30_000,
	maxRateLimitWaitMs: 15 * 60_000,
};

export type Outcome =
	| { kind: "no-answer" }
	| { kind: "response"; status: number; headers: Record<string, string>; message: string };

export type RetryDecision =
	| { action: "retry"; waitMs: number }
	| { action: "give-up" }
	/** A rate limit whose end is too far away (or retries are used up): report when it ends. */
	| { action: "rate-limited"; retryAt: number };

const RETRIABLE_STATUSES = new Set([500, 502, 503, 504]);
const SECONDARY_LIMIT_WAIT_MS = 60_000;

/** `retriesDone` counts the retries already made for this request. */
export function decideRetry(outcome: Outcome, retriesDone: number, now: number, policy: RetryPolicy): RetryDecision {
	const exhausted = retriesDone >= policy.maxRetries;
	if (outcome.kind === "no-answer" || RETRIABLE_STATUSES.has(outcome.status)) {
		if (exhausted) return { action: "give-up" };
		return { action: "retry", waitMs: Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retriesDone) };
	}
	const waitMs = rateLimitWait(outcome, retriesDone, now);
	if (waitMs === null) return { action: "give-up" };
	if (exhausted || waitMs > policy.maxRateLimitWaitMs) return { action: "rate-limited", retryAt: now + waitMs };
	return { action: "retry", waitMs };
}

/** How long GitHub asks us to wait, or null when the answer is not a rate limit at all. */
export function rateLimitWait(
	outcome: { status: number; headers: Record<string, string>; message: string },
	retriesDone: number,
	now: number,
): number | null {
	if (outcome.status !== 403 && outcome.status !== 429) return null;
	const retryAfter = Number(outcome.headers["retry-after"]);
	if (outcome.headers["retry-after"] !== undefined && Number.isFinite(retryAfter)) return Math.max(0, retryAfter * 1000);
	if (outcome.headers["x-ratelimit-remaining"] === "0") {
		const reset = Number(outcome.headers["x-ratelimit-reset"]);
		// One extra second: the reset time is rounded down to whole seconds.
		if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - now) + 1000;
	}
	if (outcome.status === 429 || /secondary rate limit|abuse/i.test(outcome.message)) {
		return SECONDARY_LIMIT_WAIT_MS * 2 ** retriesDone;
	}
	return null;
}
