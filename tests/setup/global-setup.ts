// Pin the time zone for every test worker: most of our users are in Korea (UTC+9), and dates that
// cross midnight there are exactly where date bugs hide.
export default function globalSetup(): void {
	process.env.TZ = "Asia/Seoul";
}
