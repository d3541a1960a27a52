import { detectSiteMath } from "../../../src/publish/site/site-math";
import { DEFAULT_PUBLISH_SETTINGS } from "../../../src/publish/publish-settings";
import { parseSiteConfig } from "../../../src/publish/site/site-config";

const MATHJAX2_DOLLAR = `<script type="text/x-mathjax-config">
MathJax.Hub.Config({ tex2jax: { inlineMath: [ ['$','$'], ["\\\\(","\\\\)"] ], processEscapes: true } });
</script>
<script src="https://cdn.example/mathjax/2.7.9/MathJax.js?config=TeX-AMS_CHTML"></script>`;
const MATHJAX3_DEFAULT = `<script>window.MathJax = { tex: { tags: 'ams' } };</script><script src="https://cdn.example/mathjax@3/es5/tex-chtml.js"></script>`;
const MATHJAX3_DOLLAR = `<script>MathJax = { tex: { inlineMath: [["$", "$"], ["\\\\(", "\\\\)"]] } };</script><script src="/mathjax/tex-chtml.js"></script>`;
const KATEX_DOLLAR = `<script src="katex/contrib/auto-render.min.js"></script>
<script>renderMathInElement(document.body, { delimiters: [ {left: "$$", right: "$$", display: true}, {left: "$", right: "$", display: false} ] });</script>`;
const KATEX_DEFAULT = `<script defer src="katex.min.js"></script><script defer src="contrib/auto-render.min.js" onload="renderMathInElement(document.body);"></script>`;

describe("how the site's math reads dollars", () => {
	test.each([
		["MathJax 2 with ['$','$']", [MATHJAX2_DOLLAR], null, { engine: "mathjax", singleDollar: true }],
		["MathJax 3 with its defaults (only \\( \\))", [MATHJAX3_DEFAULT], null, { engine: "mathjax", singleDollar: false }],
		["MathJax 3 with [\"$\", \"$\"]", [MATHJAX3_DOLLAR], null, { engine: "mathjax", singleDollar: true }],
		["KaTeX auto-render with a $ delimiter", [KATEX_DOLLAR], null, { engine: "katex", singleDollar: true }],
		["KaTeX auto-render with its defaults", [KATEX_DEFAULT], null, { engine: "katex", singleDollar: false }],
		["no math at all", ["<link rel=stylesheet href=x.css>"], null, { engine: null, singleDollar: false }],
		["the Chirpy theme (its MathJax reads $)", [], "jekyll-theme-chirpy", { engine: "mathjax", singleDollar: true }],
		["Chirpy as a remote theme", [], "cotes2020/jekyll-theme-chirpy", { engine: "mathjax", singleDollar: true }],
		["minimal-mistakes alone loads no math", [], "minimal-mistakes-jekyll", { engine: null, singleDollar: false }],
	] as const)("%s", (_name, includes, theme, expected) => {
		expect(detectSiteMath(includes, theme)).toEqual(expected);
	});

	test("parseSiteConfig reads the theme from `theme` or `remote_theme` and the includes given", () => {
		expect(parseSiteConfig("remote_theme: cotes2020/jekyll-theme-chirpy\n", DEFAULT_PUBLISH_SETTINGS).math.singleDollar).toBe(true);
		expect(parseSiteConfig("theme: minima\n", DEFAULT_PUBLISH_SETTINGS, [MATHJAX2_DOLLAR]).math).toEqual({ engine: "mathjax", singleDollar: true });
		expect(parseSiteConfig(null, DEFAULT_PUBLISH_SETTINGS).math).toEqual({ engine: null, singleDollar: false });
	});
});
