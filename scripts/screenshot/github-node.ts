// The Node side of the publish screenshots: the local GitHub API test server (a real bare git
// repository behind it) and requestUrl answered over a real socket, bundled for the script.
export { GitHubTestServer } from "../../tests/github-server/github-api-server";
export { seed } from "../../tests/github-server/harness";
export { requestUrlOverHttp } from "../../tests/github-server/request-url-over-http";
